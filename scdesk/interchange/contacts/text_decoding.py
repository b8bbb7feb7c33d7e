"""Turn the bytes of a text file into text, detecting the encoding rather than assuming it.

In order: a byte order mark says it outright; the pattern of zero bytes gives away UTF-16
without one; strict UTF-8 decoding is conclusive when it succeeds (legacy encodings almost
never produce valid multi-byte sequences by accident); otherwise charset-normalizer ranks
the legacy code pages by how plausible the decoded text is.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from scdesk.domain.i18n import _
from scdesk.interchange.contacts.sources import UnreadableFile

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM begins the same way
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Excel's "ANSI" on Western Windows. When several code pages decode a file equally well
# (short files often leave cp1250, cp1252 and cp1257 tied) this is the one that wrote it.
WESTERN_WINDOWS = "cp1252"

NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 with BOM",
    "utf-16-le": "UTF-16",
    "utf-16-be": "UTF-16 (big-endian)",
    "utf-32-le": "UTF-32",
    "utf-32-be": "UTF-32 (big-endian)",
    "cp1252": "Windows-1252 (Western European)",
    "cp1250": "Windows-1250 (Central European)",
    "cp1251": "Windows-1251 (Cyrillic)",
    "latin_1": "ISO-8859-1 (Latin-1)",
    "iso8859_15": "ISO-8859-15 (Latin-9)",
    "mac_roman": "Mac Roman",
}


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str  # a Python codec name
    had_bom: bool = False

    @property
    def encoding_name(self) -> str:
        if self.encoding == "utf-8" and self.had_bom:
            return NAMES["utf-8-sig"]
        return NAMES.get(self.encoding, self.encoding)


def _zero_byte_pattern(data: bytes) -> str | None:
    """UTF-16 without a BOM: mostly-ASCII text has a zero in every other byte."""
    sample = data[:4096]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    even = sample[0::2].count(0) / max(len(sample[0::2]), 1)
    odd = sample[1::2].count(0) / max(len(sample[1::2]), 1)
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def _legacy_encoding(data: bytes) -> str | None:
    matches = list(from_bytes(data[:200_000]))
    if not matches:
        return None
    least_chaos = min(match.chaos for match in matches)
    tied = [match for match in matches if match.chaos <= least_chaos + 1e-6]
    for match in tied:
        if WESTERN_WINDOWS in match.could_be_from_charset:
            return WESTERN_WINDOWS
    return tied[0].encoding


def decode_text(path: Path, data: bytes, encoding: str | None = None) -> DecodedText:
    """Decode `data` read from `path`, in `encoding` if one is chosen, else as detected."""
    had_bom = False
    for bom, name in _BOMS:
        if data.startswith(bom):
            data, had_bom = data[len(bom) :], True
            encoding = encoding or name
            break
    encoding = encoding or _zero_byte_pattern(data)
    if encoding is None and b"\x00" in data:
        raise UnreadableFile(
            path,
            _("this is not a text file (it holds binary data). Choose a CSV, XLSX or vCard file."),
            line=data[: data.index(b"\x00")].count(b"\n") + 1,
        )
    if encoding is None:
        try:
            return DecodedText(data.decode("utf-8"), "utf-8")
        except UnicodeDecodeError:
            encoding = _legacy_encoding(data)
    if encoding is None:
        raise UnreadableFile(
            path,
            _(
                "its encoding cannot be recognised: it is not text in any common encoding. "
                "Save it from your spreadsheet as “CSV UTF-8”, then import it again."
            ),
        )
    try:
        return DecodedText(data.decode(encoding), encoding, had_bom)
    except (UnicodeDecodeError, LookupError) as error:
        line = data[: getattr(error, "start", 0)].count(b"\n") + 1
        raise UnreadableFile(
            path,
            _(
                "this is not valid {encoding} text ({details}). Save it from your spreadsheet "
                "as “CSV UTF-8”, or choose its encoding, then import it again."
            ).format(encoding=NAMES.get(encoding, encoding), details=str(error)),
            line=line,
        ) from error
