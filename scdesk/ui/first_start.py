"""Choose, create or try an organization: shown at first start and when none is remembered.

A language list at the top lets the person pick the app's language before anything else:
the dialog changes to it at once (built again in it, keeping what was typed) and the choice
is saved as the Preferences' language, so the main window opens in it too.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scdesk.domain.errors import RuleViolation
from scdesk.operations.demo_organization import create_demo_organization, find_demo
from scdesk.operations.organizations import create_organization
from scdesk.storage.errors import StorageError
from scdesk.storage.registry import Registry
from scdesk.ui.i18n import (
    LANGUAGES,
    country_choices,
    current_language,
    error_text,
    install_language,
)
from scdesk.ui.user_preferences import load_preferences, save_preferences


def country_picker(parent: QWidget | None = None, selected: str = "") -> QComboBox:
    """A searchable combo box of ISO countries, holding the alpha-2 code as item data."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItem("", "")
    for code, name in country_choices():
        combo.addItem(name, code)
    combo.setCurrentIndex(max(combo.findData(selected), 0))
    combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
    combo.completer().setCompletionMode(combo.completer().CompletionMode.PopupCompletion)
    return combo


class ChooseOrganizationDialog(QDialog):
    """Open a known organization, create a new one, or open the demo."""

    def __init__(self, registry: Registry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.registry = registry
        self.chosen_slug: str | None = None
        self.setMinimumWidth(520)
        self.body = QWidget()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.body)
        self._build()

    def _build(self) -> None:
        """Everything the dialog shows, in the language installed now."""
        self.setWindowTitle(self.tr("Welcome to scdesk"))
        intro = QLabel(
            self.tr(
                "<h2>Welcome to scdesk</h2>"
                "<p>scdesk keeps your sister city organization's partnerships, committees, "
                "exchanges, people and volunteer hours on this computer. It works without an "
                "internet connection.</p>"
            )
        )
        intro.setWordWrap(True)

        layout = QVBoxLayout(self.body)
        layout.addLayout(self._language_row())
        layout.addWidget(intro)
        layout.addWidget(self._existing_group())
        layout.addWidget(self._create_group())
        layout.addWidget(self._demo_group())

    def _language_row(self) -> QHBoxLayout:
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES.items():  # each named in itself
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(current_language()), 0))
        self.language.currentIndexChanged.connect(
            lambda index: self.choose_language(self.language.itemData(index))
        )
        label = QLabel(self.tr("&Language:"))
        label.setBuddy(self.language)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(label)
        row.addWidget(self.language)
        return row

    def choose_language(self, language: str) -> None:
        """Speak `language` from now on: here at once, and in every window opened next."""
        if language == current_language():
            return
        save_preferences(replace(load_preferences(), language=language))
        install_language(QCoreApplication.instance(), language)
        typed = (self.name_edit.text(), self.city_edit.text(), self.country_combo.currentData())
        selected = self.organizations.currentRow()
        old = self.body
        self.body = QWidget()
        self._layout.replaceWidget(old, self.body)
        old.hide()
        old.deleteLater()  # its language list is still reporting the change
        self._build()
        self.name_edit.setText(typed[0])
        self.city_edit.setText(typed[1])
        self.country_combo.setCurrentIndex(max(self.country_combo.findData(typed[2]), 0))
        if selected >= 0:
            self.organizations.setCurrentRow(selected)
        self.language.setFocus(Qt.FocusReason.OtherFocusReason)

    def _existing_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Open an organization on this computer"))
        self.organizations = QListWidget()
        self.organizations.setAccessibleName(self.tr("Organizations on this computer"))
        for entry in self.registry.entries():
            item = QListWidgetItem(entry.name)
            item.setData(Qt.ItemDataRole.UserRole, entry.slug)
            self.organizations.addItem(item)
        self.organizations.itemActivated.connect(lambda _item: self._open_selected())
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(self._open_selected)
        empty = self.organizations.count() == 0
        self.open_button.setEnabled(not empty)
        if not empty:
            self.organizations.setCurrentRow(0)
        self.organizations.setMaximumHeight(120)
        layout = QVBoxLayout(group)
        if empty:
            layout.addWidget(QLabel(self.tr("There is no organization on this computer yet.")))
        else:
            layout.addWidget(self.organizations)
            layout.addWidget(self.open_button, alignment=Qt.AlignmentFlag.AlignRight)
        return group

    def _create_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Create a new organization"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Springfield Sister Cities"))
        self.name_edit.setAccessibleName(self.tr("Organization name"))
        self.city_edit = QLineEdit()
        self.city_edit.setAccessibleName(self.tr("City"))
        self.country_combo = country_picker(group)
        self.country_combo.setAccessibleName(self.tr("Country"))
        self.create_button = QPushButton(self.tr("&Create"))
        self.create_button.clicked.connect(self._create)
        form = QFormLayout(group)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("C&ity:"), self.city_edit)
        form.addRow(self.tr("Co&untry:"), self.country_combo)
        form.addRow("", self.create_button)
        return group

    def _demo_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Just looking?"))
        text = QLabel(
            self.tr(
                "Open the demo organization “Springfield Sister Cities”: six partnerships, "
                "about 150 people and ten years of exchanges, all made up."
            )
        )
        text.setWordWrap(True)
        exists = find_demo("small", self.registry) is not None
        self.demo_button = QPushButton(
            self.tr("Open the &demo") if exists else self.tr("Create the &demo")
        )
        self.demo_button.clicked.connect(self._open_demo)
        layout = QHBoxLayout(group)
        layout.addWidget(text, 1)
        layout.addWidget(self.demo_button)
        return group

    def _open_selected(self) -> None:
        item = self.organizations.currentItem()
        if item is not None:
            self.chosen_slug = item.data(Qt.ItemDataRole.UserRole)
            self.accept()

    def _create(self) -> None:
        try:
            entry = create_organization(
                self.name_edit.text(),
                self.registry,
                city=self.city_edit.text().strip(),
                country=self.country_combo.currentData() or "",
            )
        except (StorageError, RuleViolation) as error:
            QMessageBox.warning(
                self, self.tr("The organization was not created"), error_text(error)
            )
            return
        self.chosen_slug = entry.slug
        self.accept()

    def _open_demo(self) -> None:
        entry = find_demo("small", self.registry)
        if entry is None:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                entry = create_demo_organization("small", registry=self.registry)
            except StorageError as error:
                QMessageBox.warning(self, self.tr("The demo was not created"), error_text(error))
                return
            finally:
                QGuiApplication.restoreOverrideCursor()
        self.chosen_slug = entry.slug
        self.accept()
