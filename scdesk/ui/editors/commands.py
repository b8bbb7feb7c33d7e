"""Undoable edits: every save, delete and list change is one command on the window's stack.

The action runs at once (so a broken rule is reported before anything is pushed); the
command then only replays the recorded before and after values through the database.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.orm import Session

from scdesk.domain.errors import RuleViolation
from scdesk.operations.history import (
    ChangeSet,
    HistoryConflict,
    redo_changes,
    run_recorded,
    undo_changes,
)
from scdesk.storage.database import Database
from scdesk.ui.i18n import translated_text

T = TypeVar("T")


def report_history_problem(message: str) -> None:
    """Say why a step could not be undone or redone; it then leaves the history."""
    QMessageBox.warning(
        QApplication.activeWindow(),
        QApplication.translate("Editors", "This step cannot be repeated"),
        message,
    )


class RecordedEdit(QUndoCommand):
    """A user action already done; undo and redo apply its recorded values again."""

    def __init__(self, database: Database, text: str, changes: ChangeSet) -> None:
        super().__init__(text)
        self.database = database
        self.changes = changes
        self._already_done = True

    def redo(self) -> None:
        if self._already_done:  # QUndoStack.push calls redo; the action has just run
            self._already_done = False
            return
        self._replay(redo_changes)

    def undo(self) -> None:
        self._replay(undo_changes)

    def _replay(self, step: Callable[[Session, ChangeSet], None]) -> None:
        try:
            with self.database.transaction() as session:
                step(session, self.changes)
        except (HistoryConflict, RuleViolation) as error:
            self.setObsolete(True)
            report_history_problem(translated_text(getattr(error, "message", str(error))))


def perform(
    undo_stack: QUndoStack, database: Database, text: str, action: Callable[[Session], T]
) -> T:
    """Run `action` as one transaction and put it on the undo stack if it changed anything.

    A RuleViolation (or any error) propagates with nothing written and nothing pushed.
    """
    result, changes = run_recorded(database, action)
    if changes:
        undo_stack.push(RecordedEdit(database, text, changes))
    return result
