"""Reading one cell as the value scdesk keeps: names, dates, phones, countries, posts."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

import phonenumbers
import pycountry

from scdesk.domain.i18n import _
from scdesk.domain.names import fold
from scdesk.interchange.contacts.mapping import DateOrder
from scdesk.interchange.contacts.sources import Cell
from scdesk.model import PersonCategory, Post


def cell_text(cell: Cell) -> str:
    """A cell as trimmed text (numbers without a trailing “.0”, dates in ISO form)."""
    if cell is None:
        return ""
    if isinstance(cell, datetime):
        return cell.date().isoformat() if cell.time() == datetime.min.time() else cell.isoformat()
    if isinstance(cell, date):
        return cell.isoformat()
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


@lru_cache(maxsize=4096)
def _normalized(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", fold(text)).split())


# --- names -------------------------------------------------------------------------------

# Lower-case words that belong to the family name: "Maximilian von Wedel", "Ana de la Cruz".
PARTICLES = frozenset(
    "von|van|der|den|de|del|della|di|da|dos|das|du|la|le|ten|ter|zu|bin|ibn|al|el".split("|")  # noqa: SIM905
)


def split_full_name(text: str) -> tuple[str, str]:
    """(given, family) from “Last, First” or “First Last”."""
    text = " ".join(text.split())
    if "," in text:
        family, _comma, given = text.partition(",")
        return given.strip(), family.strip()
    words = text.split(" ")
    if len(words) == 1:
        return "", words[0]
    start = len(words) - 1
    while start > 1 and words[start - 1] in PARTICLES:
        start -= 1
    return " ".join(words[:start]), " ".join(words[start:])


# --- dates -------------------------------------------------------------------------------

_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T].*)?$")
_NUMERIC = re.compile(r"^(\d{1,2})([/.\-])(\d{1,2})\2(\d{2}|\d{4})$")
_WRITTEN = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%B %d %Y", "%b %d %Y")


class DateProblem(ValueError):
    pass


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:  # 2-digit years: up to this year is this century
        year += 2000 if year <= date.today().year % 100 else 1900
    return year


def numeric_date_order(text: str) -> DateOrder | None:
    """The order a slashed date itself proves (13/05/2020 is day first), else None."""
    match = _NUMERIC.match(text.strip())
    if not match:
        return None
    first, separator, second = int(match.group(1)), match.group(2), int(match.group(3))
    if separator == "." or first > 12 >= second:
        return DateOrder.DAY_FIRST  # dotted dates are day first wherever they are written
    if second > 12 >= first:
        return DateOrder.MONTH_FIRST
    return None


def parse_date(cell: Cell, order: DateOrder) -> tuple[date | None, bool]:
    """(date, ambiguous): ambiguous when the day and month could be read either way."""
    if isinstance(cell, datetime):
        return cell.date(), False
    if isinstance(cell, date):
        return cell, False
    text = cell_text(cell)
    if not text:
        return None, False
    try:
        match = _ISO.match(text)
        if match:
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3))), False
        match = _NUMERIC.match(text)
        if match:
            proven = numeric_date_order(text)
            first, second = int(match.group(1)), int(match.group(3))
            day_first = (proven or order) == DateOrder.DAY_FIRST
            day, month = (first, second) if day_first else (second, first)
            ambiguous = proven is None and first != second
            return date(_year(match.group(4)), month, day), ambiguous
        if re.fullmatch(r"\d{4}", text):
            return date(int(text), 1, 1), False
        for pattern in _WRITTEN:
            try:
                return datetime.strptime(text, pattern).date(), False
            except ValueError:
                continue
    except ValueError as error:
        raise DateProblem(
            _("“{text}” is not a real date ({details}).").format(text=text, details=str(error))
        ) from None
    raise DateProblem(_("“{text}” is not a date scdesk can read.").format(text=text))


# --- phones ------------------------------------------------------------------------------


def phone_text(cell: Cell, country: str) -> str:
    """A phone as written; one a spreadsheet stored as a number is formatted like a phone."""
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        digits = cell_text(cell)
        number = _valid_number(digits, country) or _valid_number(f"+{digits}", country)
        if number is None:
            return digits
        same_country = phonenumbers.region_code_for_number(number) == country
        style = phonenumbers.PhoneNumberFormat
        return phonenumbers.format_number(
            number, style.NATIONAL if same_country else style.INTERNATIONAL
        )
    return cell_text(cell)


def _valid_number(text: str, country: str) -> phonenumbers.PhoneNumber | None:
    try:
        number = phonenumbers.parse(text, country or None)
    except phonenumbers.NumberParseException:
        return None
    return number if phonenumbers.is_valid_number(number) else None


@lru_cache(maxsize=65536)
def phone_key(text: str, country: str) -> str:
    """What two ways of writing one phone share: E.164 where it parses, else its digits."""
    if not text:
        return ""
    try:
        number = phonenumbers.parse(text, country or None)
        if phonenumbers.is_possible_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    except phonenumbers.NumberParseException:
        pass
    return re.sub(r"\D", "", text)


# --- emails, countries, posts, categories -------------------------------------------------


def email_text(cell: Cell) -> str:
    """An address as written, except that one written all in capitals is lowered."""
    text = cell_text(cell).removeprefix("mailto:")
    return text.lower() if text.isupper() else text


COUNTRY_ALIASES = {
    "usa": "US",
    "u s a": "US",
    "u s": "US",
    "united states of america": "US",
    "america": "US",
    "uk": "GB",
    "great britain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "deutschland": "DE",
    "espana": "ES",
    "mexico": "MX",
    "polska": "PL",
    "nippon": "JP",
    "russia": "RU",
    "south korea": "KR",
    "korea": "KR",
    "vietnam": "VN",
}


def country_code(text: str) -> str | None:
    """The ISO 3166 alpha-2 code for a country written as a name or a code, else None."""
    key = _normalized(text)
    if not key:
        return ""
    if key in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[key]
    try:
        return pycountry.countries.lookup(text.strip()).alpha_2
    except LookupError:
        pass
    for country in pycountry.countries:
        names = (
            country.name,
            getattr(country, "common_name", ""),
            getattr(country, "official_name", ""),
        )
        if any(fold(name) == key for name in names if name):
            return country.alpha_2
    return None


# Role words, most specific first ("vice chair" before "chair"), normalized like headers.
_POST_WORDS: tuple[tuple[Post, str], ...] = (
    (
        Post.VICE_CHAIR,
        "vice chair|vicechair|vice president|co chair|deputy chair|stellvertretende"
        "|stellvertretender|vice presidente|vicepresidente|vicepresident",
    ),
    (
        Post.CHAIR,
        "chair|chairman|chairwoman|chairperson|president|presidente|vorsitzende"
        "|vorsitzender|presidenta",
    ),
    (
        Post.SECRETARY,
        "secretary|secretaire|secretario|secretaria|schriftfuhrer|schriftfuhrerin",
    ),
    (
        Post.TREASURER,
        "treasurer|tresorier|tresoriere|tesorero|tesorera|kassenwart|schatzmeister|schatzmeisterin",
    ),
    (Post.MEMBER, "member|mitglied|membre|miembro|volunteer"),
)


_POST_PATTERNS = tuple((post, re.compile(rf"\b(?:{names})\b")) for post, names in _POST_WORDS)


def parse_post(text: str) -> Post | None:
    """The post a role names (“Vice-Chair”, “Board Chair”, “Trésorière”), else None."""
    words = _normalized(text)
    if not words:
        return Post.MEMBER
    for post, pattern in _POST_PATTERNS:
        if pattern.search(words):
            return post
    return None


_CATEGORY_WORDS = {
    PersonCategory.MEMBER: ("member", "members", "mitglied", "membre", "miembro"),
    PersonCategory.VOLUNTEER: ("volunteer", "volunteers", "helper", "ehrenamtlich", "benevole"),
    PersonCategory.HOST_FAMILY: ("host family", "host", "hosts", "gastfamilie"),
    PersonCategory.GUEST: ("guest", "guests", "visitor", "gast"),
    PersonCategory.CONTACT: ("contact", "contacts", "partner contact", "kontakt"),
}


def parse_category(text: str) -> PersonCategory | None:
    words = _normalized(text)
    for category, names in _CATEGORY_WORDS.items():
        if words in names:
            return category
    return None
