"""vCard 4.0 (RFC 6350) for address books: one card per live person.

Text is escaped (backslash, comma, semicolon, newline), lines are folded at 75 octets
without splitting a UTF-8 character, and each card carries the person's UUID, so an
address book that imports the file again updates its cards instead of doubling them.
"""

from __future__ import annotations

from collections.abc import Iterable

import phonenumbers

from scdesk import __version__
from scdesk.domain.rules import country_name
from scdesk.interchange.flat.people import ExportedPerson
from scdesk.model.enums import Post

MAX_OCTETS = 75
LABEL_TYPES = {"home": "home", "work": "work", "mobile": "cell", "cell": "cell"}


def escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> str:
    """Split `line` into 75-octet lines, continuation lines beginning with a space."""
    pieces, current, size = [], [], 0
    for char in line:
        width = len(char.encode("utf-8"))
        limit = MAX_OCTETS if not pieces else MAX_OCTETS - 1
        if size + width > limit:
            pieces.append("".join(current))
            current, size = [], 0
        current.append(char)
        size += width
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


def _tel(phone: str, country: str, params: str = "") -> str:
    try:
        number = phonenumbers.parse(phone, country or None)
        if phonenumbers.is_valid_number(number):
            uri = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.RFC3966)
            return f"TEL;VALUE=uri{params}:{uri}"
    except phonenumbers.NumberParseException:
        pass
    return f"TEL;VALUE=text{params}:{escape(phone)}"


def _type(label: str) -> str:
    kind = LABEL_TYPES.get(label.strip().casefold())
    return f";TYPE={kind}" if kind else ""


def _title(post: Post, committee: str) -> str:
    words = post.value.replace("_", " ")
    return f"{words}, {committee}" if committee else words


def card_lines(entry: ExportedPerson, organization: str, country: str) -> list[str]:
    p = entry.person
    lines = [
        "BEGIN:VCARD",
        "VERSION:4.0",
        f"PRODID:-//scdesk//scdesk {__version__}//EN",
        f"UID:urn:uuid:{p.uuid}",
        f"FN:{escape(p.full_name)}",
        f"N:{escape(p.family_name)};{escape(p.given_name)};;;",
        "KIND:individual",
    ]
    if p.email:
        lines.append(f"EMAIL;PREF=1:{escape(p.email)}")
    if p.phone:
        lines.append(_tel(p.phone, country, ";PREF=1"))
    for kind, label, value in entry.details:
        if kind == "email":
            lines.append(f"EMAIL{_type(label)}:{escape(value)}")
        elif kind == "phone":
            lines.append(_tel(value, country, _type(label)))
    if any((p.street, p.city, p.region, p.postal_code, p.country)):
        parts = (p.street, p.city, p.region, p.postal_code, country_name(p.country))
        lines.append("ADR;TYPE=home:;;" + ";".join(escape(part) for part in parts))
    if organization:
        lines.append(f"ORG:{escape(organization)}")
    for held in entry.posts:
        lines.append(f"ROLE:{escape(_title(held.post, held.committee))}")
    if p.notes:
        lines.append(f"NOTE:{escape(p.notes)}")
    lines.append(f"REV:{p.updated_at:%Y%m%dT%H%M%SZ}")
    lines.append("END:VCARD")
    return lines


def vcard_bytes(
    people: Iterable[ExportedPerson], organization: str, country: str
) -> tuple[bytes, int]:
    """The address book's bytes and how many cards it holds."""
    out, count = [], 0
    for entry in people:
        out.extend(fold(line) + "\r\n" for line in card_lines(entry, organization, country))
        count += 1
    return "".join(out).encode("utf-8"), count
