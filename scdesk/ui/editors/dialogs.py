"""A small form in a dialog (a contact, a renewal, a meeting): OK runs an operation.

When the operation breaks a rule, the message appears under the field it names and the
dialog stays open with what was typed; nothing was written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from scdesk.domain.errors import RuleViolation, together
from scdesk.ui.editors.fields import FieldError
from scdesk.ui.editors.form import BoundForm
from scdesk.ui.help_key import give_help_key

Submit = Callable[[dict[str, Any]], None]


class FormDialog(QDialog):
    """Fields in a form; OK hands their values to `submit`, which writes them."""

    def __init__(
        self, title: str, submit: Submit, parent: QWidget | None = None, intro: str = ""
    ) -> None:
        super().__init__(parent)
        give_help_key(self)
        self.setWindowTitle(title)
        self._submit = submit
        self.fields = BoundForm()
        self.problem = FieldError()
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.intro.setVisible(bool(intro))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)

    def set_intro(self, text: str) -> None:
        """A few words above the fields saying what OK will do."""
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def add(self, name: str, label: str, control: QWidget) -> QWidget:
        return self.fields.add(self.form, name, label, control)

    def control(self, name: str) -> QWidget:
        return self.fields.control(name)

    def error(self, name: str) -> str:
        return self.fields.error(name)

    def fill(self, values: dict[str, Any]) -> None:
        self.fields.set_values(values)

    def accept(self) -> None:
        self.fields.clear_errors()
        self.problem.clear()
        unresolved = self.fields.resolve_choices()
        if unresolved:  # a name typed that is nobody's, or several people's
            self._show(together(unresolved, None))
            return
        try:
            self._submit(self.fields.values())
        except RuleViolation as error:
            self._show(error)
            return
        super().accept()

    def _show(self, error: RuleViolation) -> None:
        """Show the problems by their fields, growing the dialog so none is cut off."""
        self.fields.show_violation(error, self.problem)
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)
