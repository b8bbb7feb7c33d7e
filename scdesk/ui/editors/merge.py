"""Merging two records of the same person: choose the other record, then field by field
which value to keep. Every relation of the other record moves here; it is then deleted."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from scdesk.domain.errors import RuleViolation
from scdesk.model import Person
from scdesk.operations.people import (
    FieldChoice,
    MergeOutcome,
    differing_fields,
    merge_outcomes,
)
from scdesk.storage.database import Database
from scdesk.ui.editors.choices import person_label, person_picker
from scdesk.ui.editors.commands import merge
from scdesk.ui.editors.fields import FieldError, with_error
from scdesk.ui.editors.form import plain_label
from scdesk.ui.editors.rows import shown
from scdesk.ui.help_key import give_help_key
from scdesk.ui.i18n import rule_message
from scdesk.ui.vocabulary import person_field_labels


class MergeDialog(QDialog):
    """Merge another record of a person into the one being edited."""

    merged = Signal(int)

    def __init__(
        self, database: Database, undo_stack: QUndoStack, keep_id: int, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        give_help_key(self)
        self.database = database
        self.undo_stack = undo_stack
        self.keep_id = keep_id
        self._groups: dict[str, tuple[QButtonGroup, FieldChoice]] = {}
        with database.session() as session:
            self.kept_label = person_label(session.get(Person, keep_id))
        self.setWindowTitle(self.tr("Merge two records of one person"))
        intro = QLabel(
            self.tr(
                "Is “{name}” in the list twice? Find the other record. Its committee posts, "
                "exchanges, hours and everything else move to this record, and the other "
                "record is deleted. Edit ▸ Undo takes the merge back."
            ).format(name=self.kept_label)
        )
        intro.setWordWrap(True)
        self.other = person_picker(database, self.tr("Type the other record's name"))
        self.other_error = FieldError()
        find = QFormLayout()
        caption = QLabel(self.tr("The &other record:"))
        caption.setBuddy(self.other)
        self.other.setAccessibleName(self.tr("The other record"))
        find.addRow(caption, with_error(self.other, self.other_error))
        self.moving = QLabel()
        self.moving.setWordWrap(True)
        self.choices = QWidget()
        self.grid = QGridLayout(self.choices)
        area = QScrollArea()
        area.setWidget(self.choices)
        area.setWidgetResizable(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(find)
        layout.addWidget(self.moving)
        layout.addWidget(area, 1)
        layout.addWidget(self.buttons)
        self.other.changed.connect(self._other_chosen)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 100, metrics.lineSpacing() * 30)

    def other_id(self) -> int | None:
        return self.other.value()

    def choose(self, field: str, side: str) -> None:
        """Keep the value of `side` ("kept" or "other") for `field`."""
        group, _choice = self._groups[field]
        group.button(0 if side == "kept" else 1).setChecked(True)

    def chosen_values(self) -> dict[str, Any]:
        """The value to keep for each field where the two records differ."""
        return {
            name: choice.kept if group.checkedId() == 0 else choice.other
            for name, (group, choice) in self._groups.items()
        }

    def accept(self) -> None:
        try:
            merge(
                self.undo_stack,
                self.database,
                self.tr("Merge people"),
                self.keep_id,
                self.other_id(),
                self.chosen_values(),
            )
        except RuleViolation as error:
            self.other_error.show_message(rule_message(error))
            self.other.setFocus()
            return
        self.merged.emit(self.other_id())
        super().accept()

    def _other_chosen(self) -> None:
        self.other_error.clear()
        self._clear_choices()
        other_id = self.other_id()
        self.merge_button.setEnabled(other_id is not None)
        if other_id is None:
            self.moving.clear()
            return
        if other_id == self.keep_id:
            self.other_error.show_message(
                self.tr("That is this record. Choose the other record of this person.")
            )
            self.merge_button.setEnabled(False)
            return
        with self.database.session() as session:
            differences = differing_fields(session, self.keep_id, other_id)
            outcomes = merge_outcomes(session, self.keep_id, other_id)
        self.moving.setText(self._moving_text(outcomes))
        self._show_choices(differences)

    def _show_choices(self, differences: list[FieldChoice]) -> None:
        labels = person_field_labels()
        if not differences:
            self.grid.addWidget(QLabel(self.tr("The two records agree in every field.")), 0, 0)
            return
        for column, title in enumerate(
            (self.tr("Field"), self.tr("This record"), self.tr("The other record"))
        ):
            heading = QLabel(f"<b>{title}</b>")
            self.grid.addWidget(heading, 0, column)
        for row, choice in enumerate(differences, start=1):
            name = plain_label(labels.get(choice.name, choice.name))
            group = QButtonGroup(self)
            self.grid.addWidget(QLabel(name), row, 0, Qt.AlignmentFlag.AlignTop)
            for side, value in enumerate((choice.kept, choice.other)):
                button = QRadioButton(self._value_text(value))
                button.setAccessibleName(
                    self.tr("{field}: keep “{value}”").format(
                        field=name, value=self._value_text(value)
                    )
                )
                group.addButton(button, side)
                self.grid.addWidget(button, row, side + 1, Qt.AlignmentFlag.AlignTop)
            group.button(0 if choice.proposed == "kept" else 1).setChecked(True)
            self._groups[choice.name] = (group, choice)
        self.grid.setRowStretch(len(differences) + 1, 1)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)

    def _clear_choices(self) -> None:
        for group, _choice in self._groups.values():
            group.deleteLater()
        self._groups.clear()
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()

    def _value_text(self, value: Any) -> str:
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        text = shown(value)
        return text if text else self.tr("(empty)")

    def _moving_part(self, key: str, n: int) -> str | None:
        """What moves along one reference, counted in the reader's singular or plural."""
        match key:
            case "membership.person_id":
                return self.tr("%n committee post(s)", "", n)
            case "meeting_attendance.person_id":
                return self.tr("%n meeting(s) attended", "", n)
            case "participation.person_id":
                return self.tr("%n exchange place(s)", "", n)
            case "host_placement.guest_id":
                return self.tr("%n stay(s) as a guest", "", n)
            case "host_placement.host_id":
                return self.tr("%n guest(s) hosted", "", n)
            case "volunteer_hours.person_id":
                return self.tr("%n volunteer hours entry(s)", "", n)
            case "volunteer_hours.approved_by_id":
                return self.tr("%n hours entry(s) approved", "", n)
            case "contact_detail.person_id":
                return self.tr("%n further contact detail(s)", "", n)
            case "organization.primary_contact_id":
                return self.tr("primary contact of the organization")
            case "organization.administrator_id":
                return self.tr("administrator of the organization")
        return None

    def _moving_text(self, outcomes: list[MergeOutcome]) -> str:
        """What the merge does with the other record's rows: most move here, those this
        record already has are combined with its own, a stay between the two goes."""

        def listed(count: Callable[[MergeOutcome], int]) -> str:
            parts = (self._moving_part(o.key, count(o)) for o in outcomes if count(o))
            return ", ".join(part for part in parts if part is not None)

        sentences = []
        if moved := listed(lambda o: o.moved):
            sentences.append(self.tr("Moves to this record: {what}.").format(what=moved))
        if combined := listed(lambda o: o.combined):
            sentences.append(
                self.tr("Already on this record, so combined with its own: {what}.").format(
                    what=combined
                )
            )
        if dropped := listed(lambda o: o.dropped):
            sentences.append(
                self.tr("One record hosting the other, so dropped: {what}.").format(what=dropped)
            )
        if not sentences:
            return self.tr("The other record has nothing else to move.")
        return " ".join(sentences)
