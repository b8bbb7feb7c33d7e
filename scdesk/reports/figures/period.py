"""The dates a report covers: a calendar year, or any range of days."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from scdesk.domain.i18n import _


@dataclass(frozen=True)
class Period:
    """From `start` to `end`, both days included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(
                _("The period ends ({end}) before it starts ({start}).").format(
                    end=self.end, start=self.start
                )
            )

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31))

    @property
    def is_calendar_year(self) -> bool:
        return (self.start.month, self.start.day, self.end.month, self.end.day) == (
            1,
            1,
            12,
            31,
        ) and (self.start.year == self.end.year)

    def months(self) -> list[str]:
        """Every month the period touches, as "YYYY-MM" (the key SQL groups hours by)."""
        months = []
        year, month = self.start.year, self.start.month
        while (year, month) <= (self.end.year, self.end.month):
            months.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return months

    def label(self) -> str:
        """Plain text for file names and spreadsheets; the renderer uses the user's locale."""
        if self.is_calendar_year:
            return str(self.start.year)
        return f"{self.start.isoformat()} to {self.end.isoformat()}"
