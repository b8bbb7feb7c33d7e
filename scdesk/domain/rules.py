"""Rules on plain values. Each raises RuleViolation naming the field and saying what to do."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

import pycountry
from email_validator import EmailNotValidError, validate_email

from scdesk.domain.errors import RuleViolation
from scdesk.domain.i18n import _

MAX_HOURS_PER_ENTRY = 24.0
MAX_NIGHTS = 366


def require_text(field: str, value: str | None, what: str) -> str:
    text = (value or "").strip()
    if not text:
        raise RuleViolation(field, _("{what} is required.").format(what=what))
    return text


def check_email(field: str, value: str) -> str:
    """An empty email is allowed; a non-empty one must be a valid address (normalized)."""
    value = (value or "").strip()
    if not value:
        return ""
    quick = _plain_address(value)
    if quick is not None:
        return quick
    try:
        result = validate_email(value, check_deliverability=False)
    except EmailNotValidError as error:
        raise RuleViolation(
            field,
            _("“{value}” is not a valid email address ({error}).").format(
                value=value, error=str(error)
            ),
        ) from None
    return result.normalized


# A local part of plain ASCII "atext" words between dots, which email-validator accepts as
# it is; only its domain needs the full (slow, ~100 µs) check, and domains repeat.
_PLAIN_LOCAL_PART = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
)
_MAX_LOCAL_PART = 64
_MAX_ADDRESS = 254


@lru_cache(maxsize=4096)
def _normalized_domain(domain: str) -> str | None:
    try:
        return validate_email(f"x@{domain}", check_deliverability=False).domain
    except EmailNotValidError:
        return None


def _plain_address(value: str) -> str | None:
    """The normalized form of a common address, or None to ask email-validator itself."""
    local, at, domain = value.rpartition("@")
    if not at or len(local) > _MAX_LOCAL_PART or not _PLAIN_LOCAL_PART.fullmatch(local):
        return None
    normalized = _normalized_domain(domain)
    if normalized is None:
        return None
    address = f"{local}@{normalized}"
    return address if len(address.encode()) <= _MAX_ADDRESS else None


_PHONE_CHARS = re.compile(r"^[0-9+()./\- x]*$", re.IGNORECASE)
_DIGITS = re.compile(r"[0-9]")  # the only digits _PHONE_CHARS lets through


def check_phone(field: str, value: str) -> str:
    value = (value or "").strip()
    if value and (not _PHONE_CHARS.match(value) or len(_DIGITS.findall(value)) < 3):
        raise RuleViolation(
            field, _("“{value}” does not look like a phone number.").format(value=value)
        )
    return value


def check_country(field: str, code: str, *, required: bool = False) -> str:
    """An ISO 3166-1 alpha-2 code (upper case)."""
    code = (code or "").strip().upper()
    if not code:
        if required:
            raise RuleViolation(field, _("A country is required."))
        return ""
    if pycountry.countries.get(alpha_2=code) is None:
        raise RuleViolation(field, _("“{code}” is not an ISO country code.").format(code=code))
    return code


def country_name(code: str) -> str:
    country = pycountry.countries.get(alpha_2=code) if code else None
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


def check_partner_country(partner_country: str, own_country: str) -> None:
    """A partner city is abroad: never in the organization's own country."""
    if own_country and partner_country and partner_country.upper() == own_country.upper():
        raise RuleViolation(
            "partner_country",
            _(
                "The partner city must be in another country than the organization's own "
                "({country})."
            ).format(country=country_name(own_country)),
        )


def check_date_order(
    start_field: str, start: date | None, end_field: str, end: date | None, what: str
) -> None:
    if start is not None and end is not None and end < start:
        raise RuleViolation(
            end_field,
            _("{what} ends on {end}, before it starts on {start}.").format(
                what=what, end=end, start=start
            ),
        )


def check_hours(hours: float | None) -> float:
    if hours is None:
        raise RuleViolation("hours", _("Enter how many hours were given."))
    hours = float(hours)
    if not 0 < hours <= MAX_HOURS_PER_ENTRY:
        raise RuleViolation(
            "hours",
            _("Hours must be more than 0 and at most {limit:g} for one day.").format(
                limit=MAX_HOURS_PER_ENTRY
            ),
        )
    return hours


def check_not_in_future(field: str, value: date | None, today: date, what: str) -> None:
    if value is not None and value > today:
        raise RuleViolation(
            field, _("{what} cannot be in the future ({value}).").format(what=what, value=value)
        )


def check_host_is_not_guest(guest_id: int | None, host_id: int | None) -> None:
    if guest_id is not None and guest_id == host_id:
        raise RuleViolation("host_id", _("A person cannot host themselves."))


def check_nights(nights: int) -> int:
    if not 1 <= int(nights) <= MAX_NIGHTS:
        raise RuleViolation(
            "nights", _("Nights must be between 1 and {limit}.").format(limit=MAX_NIGHTS)
        )
    return int(nights)


def check_not_negative(field: str, value: int, what: str) -> int:
    if value < 0:
        raise RuleViolation(field, _("{what} cannot be negative.").format(what=what))
    return value


def check_currency(code: str) -> str:
    code = (code or "").strip().upper()
    if pycountry.currencies.get(alpha_3=code) is None:
        raise RuleViolation(
            "currency", _("“{code}” is not an ISO currency code.").format(code=code)
        )
    return code


def check_url(field: str, value: str) -> str:
    value = (value or "").strip()
    if value and not re.match(r"^https?://[^\s/$.?#].[^\s]*$", value, re.IGNORECASE):
        raise RuleViolation(
            field,
            _("“{value}” is not a web address (it should start with https://).").format(
                value=value
            ),
        )
    return value


def check_within(field: str, day: date, start: date | None, end: date | None, what: str) -> None:
    if (start is not None and day < start) or (end is not None and day > end):
        raise RuleViolation(
            field,
            _("{what} on {day} falls outside the exchange ({start} to {end}).").format(
                what=what, day=day, start=start, end=end
            ),
        )


def require_chosen(field: str, value: object, what: str) -> None:
    """A reference the person has to pick (a person, an exchange) before anything is saved."""
    if value is None:
        raise RuleViolation(field, _("Choose {what}.").format(what=what))
