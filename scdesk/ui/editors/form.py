"""Labelled controls bound to field names, with each field's error shown right under it.

Shared by the record editors and the small dialogs that add a contact, a meeting or a
placement: both show a broken domain rule (RuleViolation) by the field it names.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from scdesk.domain.errors import RuleViolation, violations_of
from scdesk.ui.editors.fields import (
    Binding,
    DateField,
    FieldError,
    MoneyEdit,
    RichTextField,
    TimeField,
    bind_check_box,
    bind_combo,
    bind_date,
    bind_double_spin_box,
    bind_line_edit,
    bind_money,
    bind_plain_text,
    bind_rich_text,
    bind_spin_box,
    with_error,
)
from scdesk.ui.editors.pickers import RecordPicker, bind_picker
from scdesk.ui.i18n import rule_message

_BINDERS: tuple[tuple[type, Callable[[Any], Binding]], ...] = (
    (QLineEdit, bind_line_edit),  # RecordPicker is a QLineEdit too: it is looked up first
    (QPlainTextEdit, bind_plain_text),
    (RichTextField, bind_rich_text),
    (QCheckBox, bind_check_box),
    (MoneyEdit, bind_money),
    (QDoubleSpinBox, bind_double_spin_box),
    (QSpinBox, bind_spin_box),
    (QComboBox, bind_combo),
    (DateField, bind_date),
    (TimeField, bind_date),
)


def binding_for(control: QWidget) -> Binding:
    """The binding matching a control's type."""
    if isinstance(control, RecordPicker):
        return bind_picker(control)
    for widget_type, binder in _BINDERS:
        if isinstance(control, widget_type):
            return binder(control)
    custom = getattr(control, "binding", None)
    if custom is not None:
        return custom()
    raise TypeError(f"No binding for {type(control).__name__}")


def plain_label(text: str) -> str:
    """A label's text without its mnemonic marker and colon, as an accessible name."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":")


def form_group(title: str) -> tuple[QGroupBox, QFormLayout]:
    """A titled group holding a two-column form that wraps long rows at large font sizes."""
    group = QGroupBox(title)
    form = QFormLayout(group)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    return group, form


class BoundForm:
    """The controls of one form by field name: read, fill, and show rule violations."""

    def __init__(self, on_edit: Callable[[str], None] = lambda _name: None) -> None:
        self.bindings: dict[str, Binding] = {}
        self.errors: dict[str, FieldError] = {}
        self._on_edit = on_edit
        self._quiet = False

    def add(
        self,
        form: QFormLayout,
        name: str,
        label: str,
        control: QWidget,
        *,
        captioned: bool = True,
    ) -> QWidget:
        """Bind `control` to the field `name` and add it to `form` under `label`.

        Without a caption (a group's only field) the label is the control's accessible name.
        """
        binding = binding_for(control)
        self.bindings[name] = binding
        error = FieldError()
        self.errors[name] = error
        control.setAccessibleName(plain_label(label))
        binding.changed.connect(lambda *_: self._edited(name))
        if isinstance(control, QCheckBox):
            control.setText(label)
            form.addRow("", with_error(control, error))
        elif not captioned:
            form.addRow(with_error(control, error))
        else:
            caption = QLabel(label)
            caption.setBuddy(control)
            form.addRow(caption, with_error(control, error))
        return control

    def values(self) -> dict[str, Any]:
        return {name: binding.get() for name, binding in self.bindings.items()}

    def set_values(self, values: dict[str, Any]) -> None:
        """Fill the controls without counting it as an edit."""
        self._quiet = True
        try:
            for name, binding in self.bindings.items():
                binding.set(values.get(name))
        finally:
            self._quiet = False

    def control(self, name: str) -> QWidget:
        return self.bindings[name].control

    def error(self, name: str) -> str:
        """The message shown under a field, empty when none."""
        return self.errors[name].message()

    def show_violation(self, error: RuleViolation, elsewhere: FieldError) -> None:
        """Show each broken rule under its field (those of no field in `elsewhere`) and put
        the cursor in the first field, in the form's order, that has a problem."""
        violations = violations_of(error)
        unplaced = [rule_message(v) for v in violations if v.field not in self.errors]
        if unplaced:
            elsewhere.show_message("\n".join(dict.fromkeys(unplaced)))
        placed: dict[str, list[str]] = {}
        for violation in violations:
            if violation.field in self.errors:
                placed.setdefault(violation.field, []).append(rule_message(violation))
        for name, messages in placed.items():
            message = "\n".join(dict.fromkeys(messages))
            self.errors[name].show_message(message)
            self.bindings[name].control.setAccessibleDescription(message)
        first = next((name for name in self.bindings if name in placed), None)
        if first is not None:
            control = self.bindings[first].control
            reveal(control)
            control.setFocus(Qt.FocusReason.OtherFocusReason)

    def resolve_choices(self) -> list[RuleViolation]:
        """Settle the names typed in pickers but not chosen from their lists: one match is
        taken; several or none come back as problems of their fields."""
        problems = []
        for name, binding in self.bindings.items():
            if isinstance(binding.control, RecordPicker):
                message = binding.control.resolve()
                if message:
                    problems.append(RuleViolation(name, message))
        return problems

    def clear_errors(self) -> None:
        for name, error in self.errors.items():
            error.clear()
            self.bindings[name].control.setAccessibleDescription("")

    def _edited(self, name: str) -> None:
        if self._quiet:
            return
        error = self.errors[name]
        if error.message():
            error.clear()
        self._on_edit(name)


def align_labels(*forms: QFormLayout) -> None:
    """Give the label columns of several forms (one per group) the same width."""
    captions = [
        item.widget()
        for form in forms
        for row in range(form.rowCount())
        if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) and item.widget()
    ]
    width = max((caption.sizeHint().width() for caption in captions), default=0)
    for caption in captions:
        caption.setMinimumWidth(width)


def reveal(control: QWidget) -> None:
    """Bring forward the tabs that hold `control`."""
    parent = control.parentWidget()
    while parent is not None:
        if isinstance(parent, QTabWidget):
            for index in range(parent.count()):
                if parent.widget(index).isAncestorOf(control):
                    parent.setCurrentIndex(index)
        parent = parent.parentWidget()
