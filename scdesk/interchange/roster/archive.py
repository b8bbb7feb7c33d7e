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
            "this is not a roster exchange file (it is not a zip archive, nor an encrypted "
            "roster file). Choose the .zip file you received.",
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
            "this is an Excel workbook, not a roster exchange file. To take people in from "
            "a spreadsheet, import it as a spreadsheet or address book.",
        )
    held = ", ".join(f"“{name}”" for name in contents.names[:5]) or "nothing"
    more = " …" if len(contents.names) > 5 else ""
    return refuse(
        file_name,
        f"this zip archive holds {held}{more} but no {MANIFEST_FILE}, so it is not a roster "
        "exchange file. Choose the .zip file the central directory sent.",
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
            f"the file is incomplete: it ends in the middle of “{contents.cut_in}”, "
            f"{_entry_count(contents.names[:-1])}. It was probably cut short while "
            "downloading or copying. Ask for the file again.",
            **({"table": table.name} if table else {}),
        )
    return refuse(
        file_name,
        f"the zip archive is damaged or incomplete ({error}); it may have been cut short "
        "while downloading. Ask for the file again.",
    )


def _entry_count(whole: tuple[str, ...]) -> str:
    if not whole:
        return "its first entry"
    return f"after {len(whole)} whole {'entry' if len(whole) == 1 else 'entries'}"


def _check_entries(infos: list[zipfile.ZipInfo], file_name: str, limits: Limits) -> None:
    if len(infos) > limits.entries:
        raise refuse(
            file_name,
            f"the archive holds {len(infos)} entries; a roster file has at most {limits.entries}.",
        )
    names: set[str] = set()
    declared = 0
    for info in infos:
        if not _safe_name(info.filename):
            raise refuse(
                file_name,
                f"the archive entry “{info.filename}” would land outside its folder; the file "
                "is not a genuine roster file and was not opened further.",
            )
        if info.filename in names:
            raise refuse(file_name, f"the archive holds “{info.filename}” twice.")
        names.add(info.filename)
        declared += info.file_size
        if declared > limits.total_bytes:
            raise refuse(file_name, _too_big(limits))
        if info.file_size > limits.ratio_from_bytes and info.file_size > limits.ratio * max(
            info.compress_size, 1
        ):
            raise refuse(
                file_name,
                f"the archive entry “{info.filename}” unpacks to {info.file_size:,} bytes "
                f"from {info.compress_size:,}: a zip bomb, not a roster file.",
            )


def _too_big(limits: Limits) -> str:
    return f"the archive unpacks to more than {limits.total_bytes // (1 << 20):,} MB."


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
                        f"the archive entry “{info.filename}” holds more than it declares; "
                        "the file is damaged or forged.",
                    )
                parts.append(chunk)
    except (zipfile.BadZipFile, EOFError, zlib.error, NotImplementedError) as error:
        raise refuse(
            file_name,
            f"the archive entry “{info.filename}” cannot be read ({error}); the file is "
            "damaged or incomplete. Ask for the file again.",
        ) from None
    return b"".join(parts)
