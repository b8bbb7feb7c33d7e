"""Hours as the windows write them beside a name or in a total: "1 hour", "2.5 hours",
"1 heure", "3 horas", each language choosing its form by its own plural rule (a Qt numerus
message; the number itself in the reader's format)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from scdesk.domain.i18n import plural_count
from scdesk.ui.lists.formats import hours


class CountedHours(QObject):
    # self.tr on a QObject: the form pyside6-lupdate records plural forms for.
    def hours(self, number: str, n: int) -> str:
        return self.tr("{hours} hour(s)", "", n).format(hours=number)


def hours_text(value: float) -> str:
    """`value` hours, the word agreeing with the number."""
    return CountedHours().hours(hours(value), plural_count(value))
