"""What every editor promises the list pages and the main window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from scdesk.model import Person
from scdesk.ui.editors import KINDS, RecordEditor


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_has_an_editor_that_starts_without_a_record(open_editor, kind) -> None:
    editor = open_editor(kind)
    assert isinstance(editor, RecordEditor)
    assert editor.record_id() is None
    assert not editor.is_dirty()
    assert editor.confirm_leave()


@pytest.mark.parametrize("kind", KINDS)
def test_a_new_record_of_every_kind_opens_clean(open_editor, kind) -> None:
    editor = open_editor(kind)
    editor.load(None)
    assert editor.record_id() is None
    assert not editor.is_dirty()


def test_typing_a_name_and_saving_creates_the_person(open_editor, org, qtbot) -> None:
    editor = open_editor("person")
    editor.load(None)
    qtbot.keyClicks(editor.control("given_name"), "Ada")
    qtbot.keyClicks(editor.control("family_name"), "Lovelace")
    assert editor.is_dirty()
    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    with org.database.session() as session:
        person = session.get(Person, saved.args[0])
        assert person.full_name == "Ada Lovelace"
    assert editor.record_id() == saved.args[0]
    assert not editor.is_dirty()
