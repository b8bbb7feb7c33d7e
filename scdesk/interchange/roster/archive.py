"""The zip container: written byte for byte the same for the same content, read warily.

Reading never extracts anything to disk, and still refuses what would be dangerous if
someone did: entry names that climb out of their folder or are absolute, too many entries,
too much data, and compression ratios only a zip bomb has. Sizes are counted while reading,
not taken from the archive's own claims.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from dataclasses import dataclass

from scdesk.domain.i18n import _
from scdesk.interchange.roster.errors import RosterFileError, refuse
from scdesk.interchange.roster.format import MANIFEST_FILE, TABLES
from scdesk.interchange.zip_contents import ZipContents, ZipKind, scan

ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)
_CHUNK = 1 << 16
TABLES_BY_PATH = {table.path: table for table in TABLES}


@dataclass(frozen=True)
class Limits:
    entries: int = 64
    total_bytes: int = 1 << 30  # 1 GiB of CSV is some five million people
    ratio: int = 200  # CSV compresses 5 to 20 times; a bomb a thousand times and more
    ratio_from_bytes: int = 1 << 20  # tiny entries may compress oddly well


DEFAULT_LIMITS = Limits()


def write_zip(entries: list[tuple[str, bytes]], level: int = 6) -> bytes:
    """A zip of `entries` in the order given, with fixed times: same content, same bytes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data, compresslevel=level)
    return buffer.getvalue()


def is_zip(data: bytes) -> bool:
    return data[:4] in ZIP_MAGIC


def _safe_name(name: str) -> bool:
    if not name or name.startswith(("/", "\\")) or "\\" in name or ":" in name:
        return False
    parts = name.split("/")
    return all(part not in ("", ".", "..") for part in parts[:-1]) and parts[-1] not in (
        "",
        ".",
        "..",
    )


def read_zip(data: bytes, file_name: str, limits: Limits = DEFAULT_LIMITS) -> dict[str, bytes]:
    """Every entry of the archive by name, after checking it is safe to read."""
    if not is_zip(data):
        raise refuse(
            file_name,
            _(
                "this is not a roster exchange file (it is not a zip archive, nor an encrypted "
                "roster file). Choose the .zip file you received."
            ),
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, EOFError, ValueError) as error:
        raise damaged(data, file_name, error) from None
    with archive:
        infos = archive.infolist()
        _check_entries(infos, file_name, limits)
        return {info.filename: _read_entry(archive, info, file_name, limits) for info in infos}


def not_a_roster_zip(contents: ZipContents, file_name: str) -> RosterFileError:
    """A zip that is not a roster file, said with what it is instead."""
    if contents.kind is ZipKind.WORKBOOK:
        return refuse(
            file_name,
            _(
                "this is an Excel workbook, not a roster exchange file. To take people in "
                "from a spreadsheet, import it as a spreadsheet or address book."
            ),
        )
    held = ", ".join(f"“{name}”" for name in contents.names[:5]) or _("nothing")
    more = " …" if len(contents.names) > 5 else ""
    return refuse(
        file_name,
        _(
            "this zip archive holds {held}{more} but no {manifest}, so it is not a roster "
            "exchange file. Choose the .zip file the central directory sent."
        ).format(held=held, more=more, manifest=MANIFEST_FILE),
    )


def damaged(data: bytes, file_name: str, error: Exception) -> RosterFileError:
    """What is known of a zip that cannot be opened: what it is, and where it was cut."""
    contents = scan(data)
    if contents.kind is ZipKind.WORKBOOK:
        return not_a_roster_zip(contents, file_name)
    if contents.cut_in is not None:
        table = TABLES_BY_PATH.get(contents.cut_in)
        return refuse(
            file_name,
            _cut_short(contents.cut_in, len(contents.names) - 1),
            **({"table": table.name} if table else {}),
        )
    return refuse(
        file_name,
        _(
            "the zip archive is damaged or incomplete ({details}); it may have been cut "
            "short while downloading. Ask for the file again."
        ).format(details=str(error)),
    )


def _cut_short(entry: str, whole: int) -> str:
    """Where a cut-short file ends, counting the entries before it that are whole."""
    if whole == 0:
        template = _(
            "the file is incomplete: it ends in the middle of “{entry}”, its first entry. It "
            "was probably cut short while downloading or copying. Ask for the file again."
        )
    elif whole == 1:
        template = _(
            "the file is incomplete: it ends in the middle of “{entry}”, after 1 whole entry. "
            "It was probably cut short while downloading or copying. Ask for the file again."
        )
    else:
        template = _(
            "the file is incomplete: it ends in the middle of “{entry}”, after {count} whole "
            "entries. It was probably cut short while downloading or copying. Ask for the "
            "file again."
        )
    return template.format(entry=entry, count=whole)


def _check_entries(infos: list[zipfile.ZipInfo], file_name: str, limits: Limits) -> None:
    if len(infos) > limits.entries:
        raise refuse(
            file_name,
            _("the archive holds {count} entries; a roster file has at most {most}.").format(
                count=len(infos), most=limits.entries
            ),
        )
    names: set[str] = set()
    declared = 0
    for info in infos:
        if not _safe_name(info.filename):
            raise refuse(
                file_name,
                _(
                    "the archive entry “{name}” would land outside its folder; the file "
                    "is not a genuine roster file and was not opened further."
                ).format(name=info.filename),
            )
        if info.filename in names:
            raise refuse(
                file_name, _("the archive holds “{name}” twice.").format(name=info.filename)
            )
        names.add(info.filename)
        declared += info.file_size
        if declared > limits.total_bytes:
            raise refuse(file_name, _too_big(limits))
        if info.file_size > limits.ratio_from_bytes and info.file_size > limits.ratio * max(
            info.compress_size, 1
        ):
            raise refuse(
                file_name,
                _(
                    "the archive entry “{name}” unpacks to {size} bytes "
                    "from {packed}: a zip bomb, not a roster file."
                ).format(
                    name=info.filename,
                    size=f"{info.file_size:,}",
                    packed=f"{info.compress_size:,}",
                ),
            )


def _too_big(limits: Limits) -> str:
    return _("the archive unpacks to more than {size} MB.").format(
        size=f"{limits.total_bytes // (1 << 20):,}"
    )


def _read_entry(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, file_name: str, limits: Limits
) -> bytes:
    """Read one entry, counting bytes as they come (the archive's sizes may lie)."""
    parts: list[bytes] = []
    size = 0
    allowed = min(info.file_size, limits.total_bytes)
    try:
        with archive.open(info) as entry:
            while chunk := entry.read(_CHUNK):
                size += len(chunk)
                if size > allowed:
                    raise refuse(
                        file_name,
                        _(
                            "the archive entry “{name}” holds more than it declares; "
                            "the file is damaged or forged."
                        ).format(name=info.filename),
                    )
                parts.append(chunk)
    except (zipfile.BadZipFile, EOFError, zlib.error, NotImplementedError) as error:
        raise refuse(
            file_name,
            _(
                "the archive entry “{name}” cannot be read ({details}); the file is "
                "damaged or incomplete. Ask for the file again."
            ).format(name=info.filename, details=str(error)),
        ) from None
    return b"".join(parts)
