"""Editors are tried on an organization with a few records, inside a real undo stack."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QUndoStack

from scdesk.storage.organization_files import OpenOrganization
from scdesk.ui.editors import RecordEditor, editor_for


@pytest.fixture
def undo_stack(qtbot) -> Iterator[QUndoStack]:
    stack = QUndoStack()
    yield stack
    stack.blockSignals(True)  # its history goes with the test, before the editors close


@pytest.fixture
def open_editor(qtbot, org: OpenOrganization, undo_stack) -> Callable[[str], RecordEditor]:
    """Make the editor of a kind, shown in a window as a person would see it."""

    def make(kind: str) -> RecordEditor:
        editor = editor_for(kind, org, undo_stack)
        qtbot.addWidget(editor)
        editor.resize(900, 700)
        editor.show()
        return editor

    return make
