"""What a zip file holds, read from the header in front of each entry.

A zip's directory sits at its very end, so a file cut short while downloading has none and
Python's zipfile cannot list it at all. The local header in front of each entry still names
it: enough to tell a roster exchange file from an Excel workbook by content, and to say in
which entry a cut-short file ends.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from enum import StrEnum

from scdesk.interchange.roster.format import DATAPACKAGE_FILE, MANIFEST_FILE

LOCAL_HEADER = b"PK\x03\x04"
_HEADER_SIZE = 30
_UTF8_NAMES = 0x800
_SIZES_AFTER_DATA = 0x08


class ZipKind(StrEnum):
    ROSTER = "roster exchange file"
    WORKBOOK = "Excel workbook"
    OTHER = "other zip"


@dataclass(frozen=True)
class ZipContents:
    names: tuple[str, ...]  # every entry whose header was found, in order
    cut_in: str | None  # the entry the file ends inside, when it was cut short

    @property
    def kind(self) -> ZipKind:
        if any(n == "[Content_Types].xml" or n.startswith("xl/") for n in self.names):
            return ZipKind.WORKBOOK
        if any(n in (MANIFEST_FILE, DATAPACKAGE_FILE) for n in self.names):
            return ZipKind.ROSTER
        return ZipKind.OTHER


def scan(data: bytes) -> ZipContents:
    """The entries named by the local headers from the start of `data`, stepping over each
    entry's data; stops where the headers stop (at the directory, or where the file ends)."""
    names: list[str] = []
    offset = 0
    while data[offset : offset + 4] == LOCAL_HEADER and len(data) >= offset + _HEADER_SIZE:
        (flags,) = struct.unpack_from("<H", data, offset + 6)
        (size,) = struct.unpack_from("<I", data, offset + 18)
        name_length, extra_length = struct.unpack_from("<HH", data, offset + 26)
        raw = data[offset + _HEADER_SIZE : offset + _HEADER_SIZE + name_length]
        name = raw.decode("utf-8" if flags & _UTF8_NAMES else "cp437", "replace")
        names.append(name)
        end = offset + _HEADER_SIZE + name_length + extra_length + size
        if flags & _SIZES_AFTER_DATA:
            break  # its size follows its data: the next header cannot be found from here
        if end > len(data):
            return ZipContents(tuple(names), name)
        offset = end
    return ZipContents(tuple(names), None)
