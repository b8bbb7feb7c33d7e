"""Date and time editors that let Tab go while they show their "no value" text."""

from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit, QWidget


def _leave_when_empty(edit: QDateTimeEdit, forward: bool) -> bool | None:
    """QDateTimeEdit keeps Tab for ever while it shows its special ("no date") text, as it
    has no day, month or hour sections to step through: a keyboard trap. Leave instead."""
    if edit.specialValueText() and edit.dateTime() == edit.minimumDateTime():
        return QWidget.focusNextPrevChild(edit, forward)
    return None


class DateEdit(QDateEdit):
    def focusNextPrevChild(self, forward: bool) -> bool:
        left = _leave_when_empty(self, forward)
        return super().focusNextPrevChild(forward) if left is None else left


class TimeEdit(QTimeEdit):
    def focusNextPrevChild(self, forward: bool) -> bool:
        left = _leave_when_empty(self, forward)
        return super().focusNextPrevChild(forward) if left is None else left
