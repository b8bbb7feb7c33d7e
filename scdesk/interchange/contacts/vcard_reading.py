"""Read an address book (vCard 2.1, 3.0 or 4.0) into a table, one row per card.

The columns are named as Google Contacts names its CSV columns, so the same mapping
guesses both. Handled: folded lines, escaped commas, semicolons and newlines, grouped
properties (Apple's `item1.EMAIL` with its `item1.X-ABLabel`), preferred values first,
vCard 2.1 quoted-printable text.
"""

from __future__ import annotations

import quopri
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from scdesk.domain.i18n import _
from scdesk.interchange.contacts.problems import RowProblem
from scdesk.interchange.contacts.sources import (
    MAX_ROWS,
    FileKind,
    SourceRow,
    SourceTable,
    UnreadableFile,
)
from scdesk.interchange.contacts.text_decoding import DecodedText

NAME_COLUMNS = ("Last Name", "First Name", "Middle Name", "Name Prefix", "Name Suffix")
ADDRESS_PARTS = (
    "PO Box",
    "Extended Address",
    "Street",
    "City",
    "Region",
    "Postal Code",
    "Country",
)
SINGLE_COLUMNS = (
    "First Name",
    "Middle Name",
    "Last Name",
    "Name Prefix",
    "Name Suffix",
    "Full Name",
    "Nickname",
    "Organization Name",
    "Organization Title",
    "Birthday",
    "Notes",
    "Categories",
    "Website",
)
SINGLE_PROPERTIES = {
    "FN": "Full Name",
    "NICKNAME": "Nickname",
    "TITLE": "Organization Title",
    "BDAY": "Birthday",
    "NOTE": "Notes",
    "CATEGORIES": "Categories",
    "URL": "Website",
}
# TYPE values that say nothing a person would call a label.
SILENT_TYPES = {"internet", "pref", "voice", "x400", "x-internet"}
TYPE_LABELS = {"cell": "Mobile", "fax": "Fax", "home": "Home", "work": "Work", "main": "Main"}
APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")


@dataclass
class Property:
    line: int
    group: str
    name: str
    params: dict[str, list[str]]
    value: str  # still escaped

    @property
    def types(self) -> list[str]:
        return [t.casefold() for t in self.params.get("TYPE", [])]

    @property
    def preferred(self) -> bool:
        return "pref" in self.types or "PREF" in self.params


@dataclass
class Card:
    line: int
    properties: list[Property] = field(default_factory=list)


def _lines(text: str) -> list[tuple[int, str]]:
    """Logical lines with the number of the physical line each begins on (unfolded)."""
    logical: list[tuple[int, str]] = []
    soft_break = False
    for number, raw in enumerate(re.split(r"\r\n|\r|\n", text), start=1):
        if logical and (raw[:1] in (" ", "\t") or soft_break):
            start, joined = logical[-1]
            logical[-1] = (start, joined[:-1] + raw if soft_break else joined + raw[1:])
        else:
            logical.append((number, raw))
        # vCard 2.1 quoted-printable lines end with "=" when they continue.
        soft_break = "QUOTED-PRINTABLE" in logical[-1][1].upper() and raw.endswith("=")
    return logical


def _split(text: str, separator: str, *, quoting: bool = False) -> list[str]:
    """Split at separators outside double quotes (`quoting`, for parameters) or not escaped
    by a backslash (for values, whose parts keep their escapes for `unescape`)."""
    parts, current, quoted, escaped = [], [], False, False
    for char in text:
        if escaped:
            escaped = False
        elif char == "\\" and not quoting:
            escaped = True
        elif char == '"' and quoting:
            quoted = not quoted
        elif char == separator and not quoted:
            parts.append("".join(current))
            current = []
            continue
        current.append(char)
    parts.append("".join(current))
    return parts


def _parse_property(line: int, text: str) -> Property | None:
    head, colon, value = text.partition(":")
    if '"' in head:  # a quoted parameter value may hold a colon
        pieces = _split(text, ":", quoting=True)
        head, value = pieces[0], ":".join(pieces[1:])
    if not colon:
        return None
    name_part, *param_parts = _split(head, ";", quoting=True)
    group, _dot, name = name_part.rpartition(".")
    params: dict[str, list[str]] = defaultdict(list)
    for part in param_parts:
        key, equals, values = part.partition("=")
        if not equals:  # vCard 2.1: a bare TYPE value
            key, values = "TYPE", key
        params[key.strip().upper()] += [v.strip().strip('"') for v in values.split(",") if v]
    return Property(line, group, name.strip().upper(), dict(params), value)


def unescape(value: str) -> str:
    return re.sub(
        r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value, flags=re.DOTALL
    )


def _decoded(prop: Property) -> str:
    encoding = [e.casefold() for e in prop.params.get("ENCODING", [])]
    if "quoted-printable" in encoding:
        charset = (prop.params.get("CHARSET") or ["utf-8"])[0]
        try:
            return quopri.decodestring(prop.value.encode("latin-1")).decode(charset)
        except (UnicodeError, LookupError):
            return prop.value
    return prop.value


def _cards(path: Path, text: str, notices: list[RowProblem]) -> list[Card]:
    cards: list[Card] = []
    current: Card | None = None
    for line, content in _lines(text):
        if not content.strip():
            continue
        prop = _parse_property(line, content)
        upper = content.strip().upper()
        if upper == "BEGIN:VCARD":
            if current is not None:
                raise UnreadableFile(
                    path,
                    _(
                        "the card that begins on line {line} has no END:VCARD before the next "
                        "card. The file is damaged: export it again from your address book."
                    ).format(line=current.line),
                    line=line,
                )
            current = Card(line)
        elif upper == "END:VCARD":
            if current is None:
                raise UnreadableFile(
                    path,
                    _("END:VCARD without a card begun. The file is damaged: export it again."),
                    line=line,
                )
            cards.append(current)
            current = None
            if len(cards) > MAX_ROWS:
                raise UnreadableFile(
                    path,
                    _("it holds more than {count} cards. Split it and import each part.").format(
                        count=f"{MAX_ROWS:,}"
                    ),
                    line=line,
                )
        elif current is None:
            notices.append(
                RowProblem(
                    path.name, line, "", _("text outside any card; ignored."), _("Nothing to do.")
                )
            )
        elif prop is None:
            notices.append(
                RowProblem(
                    path.name,
                    line,
                    "",
                    _("this line is not a vCard property (no “:”); ignored."),
                    _("Check the card in your address book."),
                )
            )
        else:
            current.properties.append(prop)
    if current is not None:
        raise UnreadableFile(
            path,
            _(
                "the card that begins on line {line} has no END:VCARD: the file is cut "
                "off. Export it again from your address book."
            ).format(line=current.line),
            line=current.line,
        )
    if not cards:
        raise UnreadableFile(path, _("the address book holds no cards."))
    return cards


def _label(prop: Property, group_labels: dict[str, str]) -> str:
    if prop.group and prop.group.casefold() in group_labels:
        return group_labels[prop.group.casefold()]
    labels = [TYPE_LABELS.get(t, t.title()) for t in prop.types if t not in SILENT_TYPES]
    return ", ".join(dict.fromkeys(labels))


def _card_values(card: Card) -> dict[str, str]:
    """The card as Google-style column → value."""
    values: dict[str, str] = {}
    group_labels = {}
    for prop in card.properties:
        if prop.name == "X-ABLABEL" and prop.group:
            label = unescape(prop.value)
            match = APPLE_LABEL.match(label)
            group_labels[prop.group.casefold()] = match.group(1) if match else label
    ordered = sorted(card.properties, key=lambda p: not p.preferred)  # stable: pref first
    counters: dict[str, int] = defaultdict(int)
    for prop in ordered:
        encoding = [e.casefold() for e in prop.params.get("ENCODING", [])]
        if "b" in encoding or "base64" in encoding:
            continue  # photos and keys
        value = _decoded(prop)
        if prop.name == "N":
            parts = _split(value, ";") + [""] * 5
            for column, part in zip(NAME_COLUMNS, parts, strict=False):
                values[column] = unescape(part).replace(",", " ").strip()
        elif prop.name == "ORG":
            values.setdefault(
                "Organization Name",
                ", ".join(unescape(p).strip() for p in _split(value, ";") if p.strip()),
            )
        elif prop.name in SINGLE_PROPERTIES:
            values.setdefault(SINGLE_PROPERTIES[prop.name], unescape(value).strip())
        elif prop.name in ("EMAIL", "TEL"):
            kind = "E-mail" if prop.name == "EMAIL" else "Phone"
            counters[kind] += 1
            number = counters[kind]
            text = unescape(value).strip()
            if text.casefold().startswith(("tel:", "mailto:")):
                text = text.split(":", 1)[1]
            values[f"{kind} {number} - Label"] = _label(prop, group_labels)
            values[f"{kind} {number} - Value"] = text
        elif prop.name == "ADR":
            counters["Address"] += 1
            number = counters["Address"]
            values[f"Address {number} - Label"] = _label(prop, group_labels)
            parts = _split(value, ";") + [""] * 7
            for part_name, part in zip(ADDRESS_PARTS, parts, strict=False):
                values[f"Address {number} - {part_name}"] = unescape(part).strip()
    return values


def read_vcard(path: Path, decoded: DecodedText) -> SourceTable:
    table = SourceTable(path, FileKind.VCARD, (), [], encoding=decoded.encoding_name)
    cards = _cards(path, decoded.text, table.notices)
    all_values = [_card_values(card) for card in cards]
    headers = list(SINGLE_COLUMNS)
    for values in all_values:
        headers += [key for key in values if key not in headers]
    table.headers = tuple(headers)
    for card, values in zip(cards, all_values, strict=True):
        table.rows.append(SourceRow(card.line, tuple(values.get(h, "") for h in headers)))
    for card in cards:
        version = next((p.value.strip() for p in card.properties if p.name == "VERSION"), "")
        if version not in ("2.1", "3.0", "4.0"):
            table.notices.append(
                RowProblem(
                    path.name,
                    card.line,
                    "",
                    _("the card says it is vCard version “{version}”; read as 4.0.").format(
                        version=version or "none"
                    ),
                    _("Check the imported person."),
                )
            )
    table.drop_blank_rows()
    return table
