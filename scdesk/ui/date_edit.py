"""A date editor that lets Tab go while it shows its "no date" text."""

from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QWidget


class DateEdit(QDateEdit):
    """QDateEdit keeps Tab for ever while it shows its special ("no date") text, since there
    are no day, month and year sections to step through: a keyboard trap. Here Tab leaves."""

    def shows_no_date(self) -> bool:
        return bool(self.specialValueText()) and self.date() == self.minimumDate()

    def focusNextPrevChild(self, forward: bool) -> bool:
        if self.shows_no_date():
            return QWidget.focusNextPrevChild(self, forward)
        return super().focusNextPrevChild(forward)
