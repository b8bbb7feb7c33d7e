"""Input controls that hold a record's plain values, and the binding an editor reads them by.

Each control keeps the value the database stores (a date or None, an enum value, cents, an
id) and says when the person changed it, so the editor can track unsaved changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, time
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QObject,
    Qt,
    QTime,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QTextCharFormat, QTextListFormat
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from scdesk.ui.date_edit import DateEdit, TimeEdit
from scdesk.ui.i18n import DAY_FORMAT, country_choices


@dataclass(frozen=True)
class Binding:
    """How an editor reads, writes and watches one control."""

    control: QWidget
    get: Callable[[], Any]
    set: Callable[[Any], None]
    changed: SignalInstance


def bind_line_edit(edit: QLineEdit) -> Binding:
    return Binding(edit, edit.text, lambda v: edit.setText(v or ""), edit.textChanged)


def bind_plain_text(edit: QPlainTextEdit) -> Binding:
    return Binding(edit, edit.toPlainText, lambda v: edit.setPlainText(v or ""), edit.textChanged)


def bind_check_box(box: QCheckBox) -> Binding:
    return Binding(box, box.isChecked, lambda v: box.setChecked(bool(v)), box.toggled)


def bind_spin_box(spin: QSpinBox) -> Binding:
    return Binding(spin, spin.value, lambda v: spin.setValue(int(v or 0)), spin.valueChanged)


def bind_double_spin_box(spin: QDoubleSpinBox) -> Binding:
    return Binding(spin, spin.value, lambda v: spin.setValue(float(v or 0)), spin.valueChanged)


def bind_combo(combo: QComboBox) -> Binding:
    """The item data is the value (an enum value, an id, a code; None for "none")."""

    def set_value(value: Any) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(index if index >= 0 else 0)

    return Binding(combo, combo.currentData, set_value, combo.currentIndexChanged)


def enum_combo(labels: dict[StrEnum, str], parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    for member, label in labels.items():
        combo.addItem(label, member)
    return combo


def choice_combo(
    choices: Iterable[tuple[Any, str]], none_label: str | None, parent: QWidget | None = None
) -> QComboBox:
    """Pick one of (value, label); `none_label` adds a first "no choice" item holding None."""
    combo = QComboBox(parent)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    fill_choices(combo, choices, none_label)
    return combo


def fill_choices(combo: QComboBox, choices: Iterable[tuple[Any, str]], none_label: str | None):
    """Replace the items, keeping the current value when it is still offered."""
    current = combo.currentData()
    blocked = combo.blockSignals(True)
    combo.clear()
    if none_label is not None:
        combo.addItem(none_label, None)
    for value, label in choices:
        combo.addItem(label, value)
    index = combo.findData(current)
    combo.setCurrentIndex(index if index >= 0 else 0)
    combo.blockSignals(blocked)


COUNTRY_NAME_LENGTH = 14


def country_combo(none_label: str, parent: QWidget | None = None) -> QComboBox:
    """A searchable combo box of ISO countries by name, holding the alpha-2 code."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    # As wide as a usual name, not the longest ("Royaume-Uni de Grande-Bretagne et
    # d'Irlande du Nord"), which pushed the field below its label in French; the list that
    # drops down shows every name whole.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(COUNTRY_NAME_LENGTH)
    combo.addItem(none_label, "")
    for code, name in country_choices():
        combo.addItem(name, code)
    view = combo.view()
    view.setMinimumWidth(view.sizeHintForColumn(0) + view.verticalScrollBar().sizeHint().width())
    completer = combo.completer()
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(completer.CompletionMode.PopupCompletion)
    return combo


class _OptionalField(QWidget):
    """A value that may be left empty: an editor showing "empty" text, and a clear button."""

    changed = Signal()

    def __init__(self, edit: _OptionalDateEdit | _OptionalTimeEdit, clear_text: str) -> None:
        super().__init__()
        self.edit = edit
        edit.setParent(self)
        self.clear_button = QToolButton(self)
        self.clear_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton)
        )
        self.clear_button.setToolTip(clear_text)
        self.clear_button.setAccessibleName(clear_text)
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.clear_button.clicked.connect(lambda: self.set_value(None, user=True))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.clear_button)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        self.edit.dateTimeChanged.connect(self._edited)
        self._update_clear()

    def value(self) -> Any:
        return self.edit.value()

    def set_value(self, value: Any, user: bool = False) -> None:
        self.edit.set_value(value)
        self._update_clear()
        if user:
            self.changed.emit()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)
        self.clear_button.setAccessibleName(self.tr("Clear {field}").format(field=name))

    def _edited(self) -> None:
        self._update_clear()
        self.changed.emit()

    def _update_clear(self) -> None:
        self.clear_button.setEnabled(self.value() is not None)


class DateField(_OptionalField):
    """A date that may be left empty, with a calendar."""

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        clear = QCoreApplication.translate("DateField", "Clear the date")
        super().__init__(_OptionalDateEdit(empty_text), clear)
        if parent is not None:
            self.setParent(parent)


class TimeField(_OptionalField):
    """A time of day that may be left empty (midnight stands for "no time")."""

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        clear = QCoreApplication.translate("TimeField", "Clear the time")
        super().__init__(_OptionalTimeEdit(empty_text), clear)
        if parent is not None:
            self.setParent(parent)


class _OptionalDateEdit(DateEdit):
    """Shows `empty_text` for "no date"; the first step or calendar opens on today."""

    EMPTY = QDate(1752, 9, 14)  # QDateEdit's earliest date stands for "no date"

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(self.EMPTY)
        self.setSpecialValueText(empty_text)
        self.setDisplayFormat(DAY_FORMAT)  # as the lists write a day: unambiguous anywhere
        self.setDate(self.EMPTY)
        self.calendarWidget().installEventFilter(self)

    def value(self) -> date | None:
        qdate = self.date()
        return None if qdate == self.EMPTY else qdate.toPython()

    def set_value(self, value: date | None) -> None:
        blocked = self.blockSignals(True)
        self.setDate(QDate(value) if value is not None else self.EMPTY)
        self.blockSignals(blocked)

    def stepBy(self, steps: int) -> None:
        if self.value() is None:
            self.setDate(QDate.currentDate())
            return
        super().stepBy(steps)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.value() is None:
            self.calendarWidget().setSelectedDate(QDate.currentDate())
        return super().eventFilter(watched, event)


class _OptionalTimeEdit(TimeEdit):
    EMPTY = QTime(0, 0)

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumTime(self.EMPTY)
        self.setSpecialValueText(empty_text)
        self.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        self.setTime(self.EMPTY)

    def value(self) -> time | None:
        qtime = self.time()
        return None if qtime == self.EMPTY else qtime.toPython()

    def set_value(self, value: time | None) -> None:
        blocked = self.blockSignals(True)
        self.setTime(QTime(value) if value is not None else self.EMPTY)
        self.blockSignals(blocked)

    def stepBy(self, steps: int) -> None:
        if self.value() is None:
            self.setTime(QTime(9, 0))
            return
        super().stepBy(steps)


def bind_date(field: DateField | TimeField) -> Binding:
    return Binding(field, field.value, field.set_value, field.changed)


class MoneyEdit(QDoubleSpinBox):
    """An amount of money, stored in cents, shown with the locale's separators."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(2)
        self.setRange(0, 99_999_999.99)
        self.setGroupSeparatorShown(True)
        self.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)

    def cents(self) -> int:
        return round(self.value() * 100)

    def set_cents(self, cents: int | None) -> None:
        self.setValue((cents or 0) / 100)

    def set_currency(self, code: str) -> None:
        if self.suffix() != f" {code}":  # setting it again would reset what is being typed
            self.setSuffix(f" {code}")


def bind_money(edit: MoneyEdit) -> Binding:
    return Binding(edit, edit.cents, edit.set_cents, edit.valueChanged)


class RichTextField(QWidget):
    """Formatted text (minutes, notes) with bold, italic and list buttons; stored as HTML."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QTextEdit(self)
        self.edit.setAcceptRichText(True)
        self.edit.setTabChangesFocus(True)
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        self.bold = self._tool(self.tr("Bold"), "B", self._toggle_bold)
        self.italic = self._tool(self.tr("Italic"), "I", self._toggle_italic)
        self.bullets = self._tool(self.tr("Bulleted list"), "•", self._toggle_list)
        bold_font = self.bold.font()
        bold_font.setBold(True)
        self.bold.setFont(bold_font)
        italic_font = self.italic.font()
        italic_font.setItalic(True)
        self.italic.setFont(italic_font)
        for button in (self.bold, self.italic, self.bullets):
            tools.addWidget(button)
        tools.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self._stored_html = ""
        self._shown_html = self.edit.toHtml()
        self.edit.textChanged.connect(self.changed)
        self.edit.currentCharFormatChanged.connect(self._show_format)

    def _tool(self, name: str, text: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(name)
        button.setAccessibleName(name)
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.clicked.connect(slot)
        return button

    def value(self) -> str:
        if not self.edit.toPlainText().strip():
            return ""
        html = self.edit.toHtml()
        # Unchanged text keeps the stored HTML, so reading it back is never an edit.
        return self._stored_html if html == self._shown_html else html

    def set_value(self, html: str | None) -> None:
        blocked = self.edit.blockSignals(True)
        self.edit.setHtml(html or "")
        self.edit.blockSignals(blocked)
        self._stored_html = html or ""
        self._shown_html = self.edit.toHtml()

    def _merge(self, fmt: QTextCharFormat) -> None:
        cursor = self.edit.textCursor()
        if not cursor.hasSelection():
            cursor.select(cursor.SelectionType.WordUnderCursor)
        cursor.mergeCharFormat(fmt)
        self.edit.mergeCurrentCharFormat(fmt)

    def _toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(700 if self.bold.isChecked() else 400)
        self._merge(fmt)

    def _toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(self.italic.isChecked())
        self._merge(fmt)

    def _toggle_list(self) -> None:
        cursor = self.edit.textCursor()
        current = cursor.currentList()
        if current is not None:
            block_format = cursor.blockFormat()
            current.remove(cursor.block())
            block_format.setIndent(0)
            cursor.setBlockFormat(block_format)
        else:
            cursor.createList(QTextListFormat.Style.ListDisc)
        self.bullets.setChecked(cursor.currentList() is not None)

    def _show_format(self, fmt: QTextCharFormat) -> None:
        self.bold.setChecked(fmt.fontWeight() >= 600)
        self.italic.setChecked(fmt.fontItalic())
        self.bullets.setChecked(self.edit.textCursor().currentList() is not None)


def bind_rich_text(field: RichTextField) -> Binding:
    return Binding(field, field.value, field.set_value, field.changed)


class FieldError(QWidget):
    """The message of a broken rule, shown right under its field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel(self)  # its picture is drawn when a message is first shown:
        # drawing one for each field of an editor cost a tenth of opening a list page
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        font = self.text.font()
        font.setBold(True)
        self.text.setFont(font)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        self.hide()

    def show_message(self, message: str) -> None:
        if self.icon.pixmap().isNull():
            size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self.icon.setPixmap(icon.pixmap(size, size))
        self.text.setText(message)
        self.setAccessibleName(message)
        self.show()

    def clear(self) -> None:
        self.text.clear()
        self.hide()

    def message(self) -> str:
        return self.text.text() if not self.isHidden() else ""


def with_error(control: QWidget, error: FieldError) -> QWidget:
    """The control with room for its error message below it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(control)
    layout.addWidget(error)
    box.setFocusProxy(control)
    return box


def money_text(cents: int, currency: str) -> str:
    """An amount with group separators and the currency's symbol (or its code)."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    own = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == currency
    if own and locale.language() != QLocale.Language.C:
        return locale.toCurrencyString(cents / 100, locale.currencySymbol(), 2)
    return f"{locale.toString(cents / 100, 'f', 2)} {currency}"


def short_text() -> QPlainTextEdit:
    """A few lines of plain text (notes, skills) where Tab moves on to the next field."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 5)
    return edit
