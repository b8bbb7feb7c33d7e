"""Undoable edits: every save, delete and list change is one command on the window's stack.

The action runs at once (so a broken rule is reported before anything is pushed); the
command then only replays the recorded before and after values through the database.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

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
from scdesk.operations.people import MergeResult, merge_people, unmerge_people
from scdesk.storage.database import Database
from scdesk.ui.i18n import error_text

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
            report_history_problem(error_text(error))


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


class MergeCommand(QUndoCommand):
    """Two records of one person made one; undo brings the other back with its relations."""

    def __init__(
        self,
        database: Database,
        text: str,
        choices: dict[str, Any],
        result: MergeResult,
    ) -> None:
        super().__init__(text)
        self.database = database
        self.choices = choices
        self.result = result
        self._already_done = True

    def redo(self) -> None:
        if self._already_done:
            self._already_done = False
            return
        try:
            with self.database.transaction() as session:
                self.result = merge_people(
                    session, self.result.kept_id, self.result.removed_id, self.choices
                )
        except RuleViolation as error:
            self.setObsolete(True)
            report_history_problem(error_text(error))

    def undo(self) -> None:
        try:
            with self.database.transaction() as session:
                unmerge_people(session, self.result)
        except RuleViolation as error:
            self.setObsolete(True)
            report_history_problem(error_text(error))


def merge(
    undo_stack: QUndoStack,
    database: Database,
    text: str,
    keep_id: int,
    remove_id: int | None,
    choices: dict[str, Any],
) -> MergeResult:
    """Merge `remove_id` into `keep_id` now and put the merge on the undo stack."""
    with database.transaction() as session:
        result = merge_people(session, keep_id, remove_id, choices)
    undo_stack.push(MergeCommand(database, text, choices, result))
    return result
