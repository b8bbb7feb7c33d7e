"""Marking messages for translation without Qt.

Rules speak English here. A message meant for people is written `_("… {value} …")` and
filled with `.format(value=…)`; the result is still a plain `str` (the command line prints
it as it is), but it remembers its template and values, so the windows can look the
template up in the "rules" translation context and fill in the values — dates in the
reader's own format, and marked values (such as `what`) translated in turn. A value of
a closed vocabulary (a status, a kind…) goes in as `term(value)`: plain words here, the
windows' own word for it there; a date that must not be read the wrong way round goes in
as `LongDate`, with its month written out in the reader's language; a time of day as
`Moment`.

tools/translations.py finds every `_("…")` in scdesk/ and adds it to the .ts files.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any


class Translatable(str):
    """English text that still knows the template and values it was made from."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, values: dict[str, Any] | None = None) -> Translatable:
        values = values or {}
        text = super().__new__(cls, template.format(**values) if values else template)
        text.template = template
        text.values = values
        return text

    def format(self, *args: Any, **values: Any) -> Translatable:  # type: ignore[override]
        if args:
            raise TypeError("translatable messages take named values only")
        return Translatable(self.template, {**self.values, **values})


class Term(str):
    """A value of a closed vocabulary named in a message: "host family" here, the windows'
    own word for `PersonCategory.HOST_FAMILY` there."""

    member: StrEnum

    def __new__(cls, member: StrEnum) -> Term:
        text = super().__new__(cls, str(member.value).replace("_", " "))
        text.member = member
        return text


def term(member: StrEnum) -> Term:
    return Term(member)


class LongDate(date):
    """A date written with its month in words ("4 March 2024"), where digits alone could be
    read day first or month first; the windows write the month in the reader's language."""

    def __str__(self) -> str:
        return f"{self.day} {self:%B %Y}"

    @classmethod
    def of(cls, day: date) -> LongDate:
        return cls(day.year, day.month, day.day)


class Moment(datetime):
    """A date and time to the minute ("2024-05-01 14:30"); the windows write it the
    reader's way."""

    def __str__(self) -> str:
        return f"{self:%Y-%m-%d %H:%M}"

    @classmethod
    def of(cls, moment: datetime) -> Moment:
        return cls(moment.year, moment.month, moment.day, moment.hour, moment.minute)


def plural_count(value: float) -> int:
    """The count a word agrees with: a whole number as it is, a fraction ("1.5 hours") as
    more than one."""
    return int(value) if float(value).is_integer() else 2


def counted(count: int, one: Translatable, many: Translatable) -> Translatable:
    """`one` for a single thing, else `many`, filled with `count` (both marked with `_()`)."""
    return (one if count == 1 else many).format(count=count)


def _(template: str) -> Translatable:
    """Mark `template` for translation; fill it with `.format(name=value)`."""
    return Translatable(template)


def joined(parts: list[str], separator: str) -> Translatable:
    """`parts` joined by `separator`, each translated on its own (plain text stays as it is)."""
    names = [f"part{number}" for number in range(len(parts))]
    template = separator.join("{" + name + "}" for name in names)
    return Translatable(template, dict(zip(names, parts, strict=True)))
