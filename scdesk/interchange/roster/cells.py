"""Single cells of a roster file: written safely for spreadsheets, read strictly.

Each reader returns the value in its one canonical text form, or raises CellError saying
what is wrong in words a person can act on.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from scdesk.domain.i18n import _
from scdesk.interchange.roster.format import FORMULA_STARTS, Field

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_COUNTRY = re.compile(r"[A-Z]{2}")
_PHONE_LIKE = re.compile(r"[0-9+()./\- x]*", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
TRUE, FALSE = "true", "false"


class CellError(ValueError):
    pass


def looks_like_phone(value: str) -> bool:
    return bool(_PHONE_LIKE.fullmatch(value))


def write_text(value: str, field: Field) -> str:
    """Put an apostrophe before text a spreadsheet would take for a formula."""
    if value.startswith(FORMULA_STARTS) and not (
        field.may_look_like_formula and looks_like_phone(value)
    ):
        return "'" + value
    return value


def read_text(value: str, field: Field) -> str:
    if value.startswith("'"):
        return value[1:]
    if value.startswith(FORMULA_STARTS) and not (
        field.may_look_like_formula and looks_like_phone(value)
    ):
        raise CellError(
            _(
                "“{value}” looks like a spreadsheet formula. Text that begins with "
                "= + - @ is written with an apostrophe in front; a spreadsheet may have "
                "changed this file."
            ).format(value=value[:40])
        )
    if _CONTROL.search(value):
        raise CellError(_("contains control characters, which no field allows."))
    return value


def read_uuid(value: str) -> str:
    value = value.lower()
    if not _UUID.fullmatch(value):
        raise CellError(
            _("“{value}” is not a UUID (like 0c7e6a3e-2b1d-4f7a-9a55-1e2b3c4d5e6f).").format(
                value=value[:40]
            )
        )
    return value


def read_date(value: str) -> str:
    try:
        if len(value) != 10:
            raise ValueError
        date.fromisoformat(value)
    except ValueError:
        raise CellError(
            _("“{value}” is not a date written as YYYY-MM-DD.").format(value=value[:40])
        ) from None
    return value


def read_datetime(value: str) -> str:
    """Any ISO 8601 time with a zone, as UTC "YYYY-MM-DDTHH:MM:SSZ"."""
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
        if moment.tzinfo is None or "T" not in value.upper():
            raise ValueError
    except ValueError:
        raise CellError(
            _("“{value}” is not a time in UTC written as YYYY-MM-DDTHH:MM:SSZ.").format(
                value=value[:40]
            )
        ) from None
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def read_boolean(value: str) -> str:
    lowered = value.lower()
    if lowered in ("true", "1"):
        return TRUE
    if lowered in ("false", "0"):
        return FALSE
    raise CellError(_("“{value}” is not true or false.").format(value=value[:40]))


def read_choice(value: str, field: Field) -> str:
    if value not in field.enum:
        raise CellError(
            _("“{value}” is not one of: {choices}.").format(
                value=value[:40], choices=", ".join(field.enum)
            )
        )
    return value


def read_country(value: str) -> str:
    if not _COUNTRY.fullmatch(value):
        raise CellError(
            _("“{value}” is not a two-letter country code in capitals (like US).").format(
                value=value[:40]
            )
        )
    return value


def read_cell(value: str, field: Field) -> str:
    """The canonical text of one cell; an empty cell stays empty (a missing value)."""
    if value == "":
        return ""
    if field.format == "uuid":
        return read_uuid(value)
    if field.type == "date":
        return read_date(value)
    if field.type == "datetime":
        return read_datetime(value)
    if field.type == "boolean":
        return read_boolean(value)
    if field.enum:
        return read_choice(value, field)
    if field.pattern and field.name == "country":
        return read_country(value)
    return read_text(value, field)
