"""Numbers, dates and months in the reader's locale ("1,234.5" or "1.234,5")."""

from __future__ import annotations

import re
from datetime import date, time

from PySide6.QtCore import QDate, QLocale, QTime

from scdesk.reports.figures.period import Period

_WEEKDAY = re.compile(r"d{4}[,.\s]*")


class Formatter:
    """Formats figures for print with one locale (the default one unless told)."""

    def __init__(self, locale: QLocale | None = None) -> None:
        self.locale = locale or QLocale()
        long_format = self.locale.dateFormat(QLocale.FormatType.LongFormat)
        self._date_format = _WEEKDAY.sub("", long_format).strip(" ,")

    def count(self, value: int) -> str:
        return self.locale.toString(int(value))

    def hours(self, value: float) -> str:
        return self.locale.toString(float(value), "f", 1)

    def headline_hours(self, value: float) -> str:
        """Hours for a key figure: whole hours once they run into thousands."""
        return self.number(value) if value >= 1000 else self.hours(value)

    def number(self, value: float, decimals: int = 0) -> str:
        if decimals == 0:
            return self.count(round(value))
        return self.locale.toString(float(value), "f", decimals)

    def date(self, value: date | None) -> str:
        if value is None:
            return ""
        return self.locale.toString(QDate(value.year, value.month, value.day), self._date_format)

    def short_date(self, value: date | None) -> str:
        if value is None:
            return ""
        qdate = QDate(value.year, value.month, value.day)
        return self.locale.toString(qdate, QLocale.FormatType.ShortFormat)

    def time(self, value: time | None) -> str:
        if value is None:
            return ""
        return self.locale.toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)

    def month(self, key: str, with_year: bool = False) -> str:
        """ "2025-03" as "Mar" (or "Mar 2025")."""
        year, month = (int(part) for part in key.split("-"))
        name = self.locale.standaloneMonthName(month, QLocale.FormatType.ShortFormat)
        return f"{name} {year}" if with_year else name

    def period(self, period: Period) -> str:
        if period.is_calendar_year:
            return str(period.start.year)
        return f"{self.date(period.start)} – {self.date(period.end)}"

    def days(self, start: date | None, end: date | None) -> str:
        if start is None:
            return ""
        if end is None or end == start:
            return self.date(start)
        return f"{self.date(start)} – {self.date(end)}"
