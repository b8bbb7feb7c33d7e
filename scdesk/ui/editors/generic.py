"""A plain form built from a model's columns: the fallback until a kind has its own editor."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget
from sqlalchemy import Boolean, Date, Enum, Integer, Text
from sqlalchemy import inspect as sa_inspect

from scdesk.model import Record
from scdesk.operations.records import editable_fields
from scdesk.ui.editors.base import RecordEditor, scrolling
from scdesk.ui.editors.fields import DateField, choice_combo
from scdesk.ui.editors.vocabulary import record_nouns


class GenericEditor(RecordEditor):
    """Every editable column of `model` as a labelled control, in column order."""

    def build_form(self) -> QWidget:
        body, form = self.form_group(self.noun().capitalize())
        columns = sa_inspect(self.model).columns
        for name in editable_fields(self.model):
            column = columns[name]
            if name == "sort_name" or column.foreign_keys:
                continue
            self.add_field(form, name, name.replace("_", " ").capitalize() + ":", _control(column))
        return scrolling(body)

    def noun(self) -> str:
        table = self.model.__tablename__
        return record_nouns().get(table, table.replace("_", " "))

    def title_of(self, values: dict[str, Any]) -> str:
        for value in values.values():
            if isinstance(value, str) and value.strip():
                return value
        return ""


def _control(column: Any) -> QWidget:
    kind = column.type
    if isinstance(kind, Enum):
        return choice_combo(((v, v) for v in kind.enums), None)
    if isinstance(kind, Boolean):
        return QCheckBox()
    if isinstance(kind, Date) or kind.python_type is date:
        return DateField("—")
    if isinstance(kind, Integer):
        spin = QSpinBox()
        spin.setRange(-(2**31), 2**31 - 1)
        return spin
    if isinstance(kind, Text):
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)  # Tab leaves the field, as everywhere else
        return edit
    return QLineEdit()


def generic_editor_class(kind_name: str, record_model: type[Record]) -> type[GenericEditor]:
    return type(
        f"Generic{record_model.__name__}Editor",
        (GenericEditor,),
        {
            "kind": kind_name,
            "model": record_model,
        },
    )
