"""Things the editor tests do again and again."""

from __future__ import annotations

from PySide6.QtCore import Qt

from scdesk.model import Person
from scdesk.storage.organization_files import OpenOrganization


def choose_person(qtbot, picker, typed: str) -> None:
    """Type into a picker and pick the first match from its pop-up, as a person would."""
    qtbot.keyClicks(picker, typed)
    qtbot.waitUntil(lambda: picker.matches.rowCount() > 0)
    popup = picker.completer_.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.value() is not None


def add_person(org: OpenOrganization, **values) -> int:
    with org.database.transaction() as session:
        person = Person(**values)
        session.add(person)
        session.flush()
        return person.id
