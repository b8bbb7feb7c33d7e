"""The detail editor every kind of record shares: load, edit, save, revert, delete, undo.

A RecordEditor shows one record's fields. It only presents and delegates: the values are
written by operations inside one transaction, the domain rules decide what is valid (a
broken rule comes back as RuleViolation and is shown under the field it names), and every
save, duplicate and delete is pushed on the window's QUndoStack.

The contract with the list pages (see editor_for in this package):
- `load(record_id)` shows a record (None: a new, empty one);
- `confirm_leave()` before the page shows another record or the window closes;
- `saved(id)`, `deleted(id)` and `open_record(kind, id)` tell the page what happened.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid
from sqlalchemy.orm import Session

from scdesk.domain.errors import RuleViolation, together
from scdesk.model import Record
from scdesk.operations.editing import ChangedElsewhere, ensure_unchanged
from scdesk.operations.records import (
    create_record,
    delete_record,
    duplicate_record,
    update_record,
    values_of,
)
from scdesk.storage.organization_files import OpenOrganization
from scdesk.ui.editors.commands import perform
from scdesk.ui.editors.dialogs import FormDialog
from scdesk.ui.editors.documents import DocumentsPanel
from scdesk.ui.editors.fields import FieldError
from scdesk.ui.editors.form import BoundForm, form_group
from scdesk.ui.editors.rows import RowTable
from scdesk.ui.flow_layout import FlowLayout
from scdesk.ui.i18n import error_text, rule_message


def scrolling(widget: QWidget) -> QScrollArea:
    """`widget` in a frameless scroll area, so large fonts never clip it."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields; they scroll in view
    return area


def tab_page(*parts: QWidget) -> QScrollArea:
    """One tab's content: groups and tables stacked, tables taking the spare height."""
    page = QWidget()
    layout = QVBoxLayout(page)
    grows = False
    for part in parts:
        stretch = part.grow if isinstance(part, RowTable) else 0
        grows = grows or bool(stretch)
        layout.addWidget(part, stretch)
    if not grows:
        layout.addStretch(1)
    return scrolling(page)


class RecordEditor(QWidget):
    """Base of the detail editors; subclasses build the form and name their operations."""

    saved = Signal(int)
    deleted = Signal(int)
    open_record = Signal(str, int)
    dirty_changed = Signal(bool)

    kind: ClassVar[str] = ""
    model: ClassVar[type[Record]]

    def __init__(
        self, org: OpenOrganization, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.org = org
        self.database = org.database
        self.undo_stack = undo_stack
        self._record_id: int | None = None
        self._revision = 0
        self._loaded: dict[str, Any] = {}
        self.fields = BoundForm(self._edited)
        self._dirty = False
        self._busy = False
        self._showing_form = False
        self._gone_id: int | None = None
        self._stale = False

        self.heading = QLabel()
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.problem = FieldError()

        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString())
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Re&vert"))
        self.revert_button.setAccessibleName(self.tr("Revert"))
        self.revert_button.setToolTip(self.tr("Forget the changes not saved yet"))
        self.revert_button.clicked.connect(self.revert)
        self.duplicate_button = QPushButton(self.tr("D&uplicate"))
        self.duplicate_button.setAccessibleName(self.tr("Duplicate"))
        self.duplicate_button.clicked.connect(self.duplicate)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete)

        save_action = QAction(self.tr("Save"), self)
        save_action.setShortcut(QKeySequence.StandardKey.Save)
        save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_action.triggered.connect(self.save)
        self.addAction(save_action)

        # A kind's own buttons (add_header_button) come first.
        self._header_buttons = [
            self.save_button,
            self.revert_button,
            self.duplicate_button,
            self.delete_button,
        ]

        self.placeholder = QLabel()
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.form = self.build_form()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.placeholder)
        self.pages.addWidget(self.form)

        # The state ("Changed, not saved yet.") reads on a line of its own: beside the
        # buttons it wrapped onto three or four lines in Spanish and French. The buttons
        # wrap onto a second row in a narrow editor (French at 1024 pixels wide).
        self._header_row = QWidget()  # hidden while nothing is open: nothing to act on
        header = FlowLayout(self._header_row)
        header.setContentsMargins(0, 0, 0, 0)
        for button in self._header_buttons:  # placed in reading order, Tab's order too
            header.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.state)
        layout.addWidget(self._header_row)
        layout.addWidget(self.problem)
        layout.addWidget(self.pages, 1)
        undo_stack.indexChanged.connect(self._history_moved)
        self.show_placeholder(self.nothing_chosen_text())

    # ----- what each kind provides ---------------------------------------------------------

    def build_form(self) -> QWidget:
        """The form (usually tabs); fields are registered with `add_field`."""
        raise NotImplementedError

    def noun(self) -> str:
        """What one record is called in messages ("partnership")."""
        raise NotImplementedError

    def title_of(self, values: dict[str, Any]) -> str:
        """The heading for a record with these values."""
        raise NotImplementedError

    def nothing_chosen_text(self) -> str:
        """What the editor says while no record is chosen."""
        return self.tr("Choose a {noun} in the list, or create a new one.").format(noun=self.noun())

    def read(self, session: Session, record: Record | None) -> dict[str, Any]:
        """The bound fields' values from a record (None: a new record's defaults)."""
        source = values_of(record) if record is not None else values_of(self.model())
        return {name: source.get(name) for name in self.fields.bindings}

    def create(self, session: Session, values: dict[str, Any]) -> int:
        return create_record(session, self.model, values).id

    def update(self, session: Session, record_id: int, changes: dict[str, Any]) -> None:
        update_record(session, self.model, record_id, changes)

    def copy(self, session: Session, record_id: int) -> int:
        """Create a copy of a saved record and return its id."""
        return duplicate_record(session, self.model, record_id).id

    def show_related(self, session: Session, record: Record | None) -> None:
        """Refresh what is listed beside the fields (contacts, participants, …)."""

    # ----- building the form ---------------------------------------------------------------

    def add_field(
        self, form: QFormLayout, name: str, label: str, control: QWidget, *, captioned=True
    ) -> QWidget:
        """Bind `control` to the record's field `name` and add it to `form` under `label`."""
        return self.fields.add(form, name, label, control, captioned=captioned)

    form_group = staticmethod(form_group)

    def preferred_width(self) -> int:
        """The width the editor asks for: its form's, and its buttons' on one row."""
        margins = self.layout().contentsMargins()
        spacing = max(self._header_row.layout().spacing(), 6)
        buttons = sum(button.sizeHint().width() + spacing for button in self._header_buttons)
        return max(self.sizeHint().width(), buttons + margins.left() + margins.right())

    @staticmethod
    def record_tabs() -> QTabWidget:
        """Tabs for the parts of a record, every one in sight: scroll arrows hid
        "Documentos" behind a "D" and "Commissions et échanges" altogether. Whole words at
        the editor's usual width (its size hint counts every tab), shortened words only in
        a window too narrow for them."""
        tabs = QTabWidget()
        tabs.setUsesScrollButtons(False)
        tabs.setElideMode(Qt.TextElideMode.ElideRight)
        return tabs

    def add_header_button(self, button: QPushButton) -> QPushButton:
        """A button beside Save and Revert for what only this kind can do."""
        self._header_buttons.insert(0, button)
        return button

    def documents_panel(self) -> DocumentsPanel:
        """The record's attached documents, kept in the organization's attachment store."""
        return DocumentsPanel(self.database, self.org.folder.attachments, self.run)

    def add_dialog(
        self,
        title: str,
        build: Callable[[FormDialog], None],
        write: Callable[[Session, int, dict[str, Any]], Any],
        defaults: dict[str, Any] | None = None,
    ) -> FormDialog | None:
        """A dialog adding something to this record (a contact, a meeting): OK runs
        `write(session, record_id, values)` as one undoable step."""
        owner_id = self._record_id
        if owner_id is None:
            return None
        dialog = FormDialog(
            title, lambda values: self.run(title, lambda s: write(s, owner_id, values)), self
        )
        build(dialog)
        dialog.fill(defaults or {})
        return self.open_dialog(dialog)

    def row_dialog(
        self,
        table: RowTable,
        model: type[Record],
        title: str,
        build: Callable[[FormDialog], None],
        write: Callable[[Session, int, dict[str, Any]], Any] | None = None,
        read: Callable[[Session, int], dict[str, Any]] | None = None,
    ) -> FormDialog | None:
        """A dialog changing the row chosen in `table`, filled with its values; OK writes
        them (`update_record` unless `write` says otherwise) as one undoable step."""
        row_id = table.current_id()
        if row_id is None:
            return None
        write = write or (lambda s, i, values: update_record(s, model, i, values))
        dialog = FormDialog(
            title, lambda values: self.run(title, lambda s: write(s, row_id, values)), self
        )
        build(dialog)
        with self.database.session() as session:
            dialog.fill(read(session, row_id) if read else values_of(session.get(model, row_id)))
        return self.open_dialog(dialog)

    def remove_row(self, table: RowTable, model: type[Record], title: str) -> None:
        """Tombstone the row chosen in `table`, as one undoable step."""
        row_id = table.current_id()
        if row_id is not None:
            self.run(title, lambda s: delete_record(s, model, row_id))

    def open_dialog(self, dialog: FormDialog) -> FormDialog:
        """Show a dialog over the editor without blocking; it writes when OK is pressed."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # ----- the contract ----------------------------------------------------------------------

    def record_id(self) -> int | None:
        return self._record_id

    def is_dirty(self) -> bool:
        return self._dirty

    def values(self) -> dict[str, Any]:
        """What the form shows now, by field name."""
        return self.fields.values()

    def load(self, record_id: int | None) -> None:
        """Show a record, or a new empty one (None); unsaved edits are dropped."""
        with self.database.session() as session:
            record = session.get(self.model, record_id) if record_id is not None else None
            if record_id is not None and (record is None or record.deleted_at is not None):
                self._record_id = None
                self.show_placeholder(self.tr("This {noun} was deleted.").format(noun=self.noun()))
                self._gone_id = record_id
                return
            self.fields.set_values(self.read(session, record))
            self._record_id = record_id
            self._revision = record.revision if record is not None else 0
            self._gone_id = None
            self._loaded = self.values()
            self.show_related(session, record)
        self._clear_errors()
        self._show_form()
        self._set_dirty(False)

    def save(self) -> bool:
        """Write the form; on a broken rule show it by its field and write nothing."""
        if not self._showing_form:
            return False
        if self._record_id is not None and not self._dirty:
            return True
        self._clear_errors()
        unresolved = self.fields.resolve_choices()
        values = self.values()
        noun = self.noun()
        record_id = self._record_id

        def checked(action: Callable[[Session], Any]) -> Callable[[Session], Any]:
            """`action`, undone with every problem reported when a picker's name was
            not settled: the rules' problems are shown with the pickers' at once."""

            def run(session: Session) -> Any:
                try:
                    result = action(session)
                except RuleViolation as error:
                    raise together(unresolved, error) from None
                if unresolved:
                    raise together(unresolved, None)
                return result

            return run

        try:
            if record_id is None:
                text = self.tr("New {noun}").format(noun=noun)
                record_id = self._perform(text, checked(lambda s: self.create(s, values)))
            else:
                changes = {k: v for k, v in values.items() if v != self._loaded.get(k)}
                text = self.tr("Edit {noun}").format(noun=noun)
                self._perform(
                    text, checked(lambda s: self._update_unchanged(s, record_id, changes))
                )
        except RuleViolation as error:
            self.show_violation(error)
            return False
        except ChangedElsewhere as error:
            self.problem.show_message(error_text(error))
            return False
        self.load(record_id)
        self.saved.emit(record_id)
        return True

    def revert(self) -> None:
        """Show the record as saved (or a blank new one), forgetting unsaved edits."""
        if self._showing_form:
            self.load(self._record_id)

    def confirm_leave(self) -> bool:
        """Ask Save / Discard / Cancel if there are unsaved edits; True if we may move on."""
        if not self._dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The {noun} “{title}” has changes that are not saved yet.").format(
                noun=self.noun(), title=self.title_of(self.values())
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.revert()
            return True
        return False

    def duplicate(self) -> int | None:
        """Save a copy of this record and show it; returns the copy's id."""
        source_id = self._record_id
        if source_id is None or not self.confirm_leave():
            return None
        text = self.tr("Duplicate {noun}").format(noun=self.noun())
        try:
            copy_id = self._perform(text, lambda s: self.copy(s, source_id))
        except RuleViolation as error:
            self.problem.show_message(rule_message(error))
            return None
        self.load(copy_id)
        self.saved.emit(copy_id)
        return copy_id

    def delete(self) -> bool:
        """Ask, then tombstone the record (undoable); True if it was deleted."""
        record_id = self._record_id
        if record_id is None:
            return False
        title = self.title_of(self._loaded)
        answer = QMessageBox.question(
            self,
            self.tr("Delete {noun}").format(noun=self.noun()),
            self.tr(
                "Delete the {noun} “{title}”?\n\nIt disappears from the lists. "
                "Edit ▸ Undo brings it back."
            ).format(noun=self.noun(), title=title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        text = self.tr("Delete {noun}").format(noun=self.noun())
        self._perform(text, lambda s: delete_record(s, self.model, record_id))
        self._record_id = None
        self._gone_id = record_id
        self.show_placeholder(
            self.tr("The {noun} “{title}” was deleted.").format(noun=self.noun(), title=title)
        )
        self.deleted.emit(record_id)
        return True

    # ----- showing problems ------------------------------------------------------------------

    def show_violation(self, error: RuleViolation) -> None:
        """Show a broken rule under its field and put the cursor there."""
        self.fields.show_violation(error, self.problem)

    def field_error(self, name: str) -> str:
        """The message shown under a field, empty when none."""
        return self.fields.error(name)

    def control(self, name: str) -> QWidget:
        return self.fields.control(name)

    def run(self, text: str, action: Callable[[Session], Any]) -> Any:
        """Run a change of this record's lists as one undoable step; rules are reported."""
        try:
            return self._perform(text, action)
        finally:
            self._refresh_related()

    def _perform(self, text: str, action: Callable[[Session], Any]) -> Any:
        """One undoable step, during which the editor ignores the history moving."""
        self._busy = True
        try:
            return perform(self.undo_stack, self.database, text, action)
        finally:
            self._busy = False

    def _clear_errors(self) -> None:
        self.problem.clear()
        self.fields.clear_errors()

    # ----- state -----------------------------------------------------------------------------

    def show_placeholder(self, text: str) -> None:
        self.placeholder.setText(text)
        self.pages.setCurrentWidget(self.placeholder)
        self._showing_form = False
        self._header_row.hide()
        self._loaded = {}
        self.heading.clear()
        self.state.clear()
        self.problem.clear()
        self._set_dirty(False)

    def _show_form(self) -> None:
        self.pages.setCurrentWidget(self.form)
        self._showing_form = True
        self._header_row.show()

    def _edited(self, _name: str) -> None:
        if not self._showing_form:
            return
        self._set_dirty(self.values() != self._loaded)

    def _set_dirty(self, dirty: bool) -> None:
        changed = dirty != self._dirty
        self._dirty = dirty
        new = self._showing_form and self._record_id is None
        saved = self._showing_form and self._record_id is not None
        self.save_button.setEnabled(self._showing_form and (dirty or new))
        self.revert_button.setEnabled(dirty)
        self.duplicate_button.setEnabled(saved)
        self.delete_button.setEnabled(saved)
        if self._showing_form:
            values = self.values()
            title = self.title_of(values)
            self.heading.setText(title or self.tr("New {noun}").format(noun=self.noun()))
            if new:
                self.state.setText(self.tr("Not saved yet."))
            elif dirty:
                self.state.setText(self.tr("Changed, not saved yet."))
            else:
                self.state.setText("")
        if changed:
            self.dirty_changed.emit(dirty)

    def _update_unchanged(self, session: Session, record_id: int, changes: dict[str, Any]):
        ensure_unchanged(session, self.model, record_id, self._revision, self.noun())
        self.update(session, record_id, changes)

    def _refresh_related(self) -> None:
        if not self._showing_form:
            return
        with self.database.session() as session:
            record = (
                session.get(self.model, self._record_id) if self._record_id is not None else None
            )
            self.show_related(session, record)

    def _history_moved(self) -> None:
        """Undo or redo changed the database: show what it holds now."""
        if self._busy or not all(map(isValid, (self, self.pages, self.undo_stack))):
            return  # our own step, or the window is being taken down
        if self.undo_stack.count() == 0:
            return  # the history was cleared (closing, switching organization)
        if not self.isVisible():
            self._stale = True  # another page's editor: catch up when shown again
            return
        self._catch_up()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._catch_up()

    def _catch_up(self) -> None:
        self._stale = False
        if self._gone_id is not None:
            with self.database.session() as session:
                record = session.get(self.model, self._gone_id)
                back = record is not None and record.deleted_at is None
            if back:
                self.load(self._gone_id)
            return
        if self._record_id is None:
            return
        if self._dirty:
            self._refresh_related()
        else:
            self.load(self._record_id)
