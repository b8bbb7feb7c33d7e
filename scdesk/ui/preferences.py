"""The Preferences dialog: language, theme, the organization to open, backups.

Everything is remembered through `app_settings()` (see user_preferences). The theme applies
at once; the language from the next start, when every window is built in it.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from scdesk.backup_preference import MAX_BACKUPS_KEPT
from scdesk.storage.registry import Registry
from scdesk.ui.help_key import give_help_key
from scdesk.ui.i18n import LANGUAGES
from scdesk.ui.theme import apply_theme
from scdesk.ui.user_preferences import (
    SYSTEM,
    Preferences,
    load_preferences,
    save_preferences,
)


def _select_data(combo: QComboBox, value: str) -> None:
    combo.setCurrentIndex(max(combo.findData(value), 0))


class PreferencesDialog(QDialog):
    def __init__(self, registry: Registry | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        give_help_key(self)
        self.setWindowTitle(self.tr("Preferences"))
        self.registry = registry or Registry()
        self.preferences = load_preferences()
        self.previous = self.preferences  # what was saved before OK: the folder left behind

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("The system's language"), SYSTEM)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        _select_data(self.language, self.preferences.language)
        self.language.setToolTip(self.tr("scdesk speaks this language from its next start."))

        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        self.theme.addItem(self.tr("Like the system"), SYSTEM)
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        _select_data(self.theme, self.preferences.theme)

        self.organization = QComboBox()
        self.organization.setAccessibleName(self.tr("Organization to open at start"))
        self.organization.addItem(self.tr("The one I used last"), "")
        for entry in self.registry.entries():
            self.organization.addItem(entry.name, entry.slug)
        _select_data(self.organization, self.preferences.default_organization)

        self.backup_folder = QLineEdit(self.preferences.backup_folder)
        self.backup_folder.setAccessibleName(self.tr("Backup folder"))
        self.backup_folder.setPlaceholderText(self.tr("The organization's own folder"))
        metrics = self.backup_folder.fontMetrics()
        self.backup_folder.setMinimumWidth(
            metrics.horizontalAdvance(self.backup_folder.placeholderText())
            + metrics.averageCharWidth() * 4
        )
        self.backup_folder.setToolTip(
            self.tr(
                "Where scdesk keeps copies of each organization's database, one folder per "
                "organization. A folder on another disk or a USB stick protects you when this "
                "computer fails. When you choose another folder, scdesk offers to move the "
                "backups made so far."
            )
        )
        self.browse = QPushButton(self.tr("C&hoose…"))
        self.browse.setAccessibleName(self.tr("Choose the backup folder"))
        self.browse.clicked.connect(self._choose_backup_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder, 1)
        folder_row.addWidget(self.browse)

        self.backups_kept = QSpinBox()
        self.backups_kept.setAccessibleName(self.tr("Backups to keep"))
        self.backups_kept.setRange(1, MAX_BACKUPS_KEPT)
        self.backups_kept.setValue(self.preferences.backups_kept)
        self.backups_kept.setToolTip(
            self.tr(
                "scdesk keeps this many of the newest backups and, older than those, one a "
                "day for a week, one a week for five weeks and one a month for a year."
            )
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._add_row(form, self.tr("&Language:"), self.language)
        note = QLabel(self.tr("A new language shows the next time scdesk starts."))
        note.setWordWrap(True)
        form.addRow("", note)
        self._add_row(form, self.tr("&Theme:"), self.theme)
        self._add_row(form, self.tr("&Open at start:"), self.organization)
        self._add_row(form, self.tr("&Backup folder:"), self.backup_folder, folder_row)
        self._add_row(form, self.tr("&Keep:"), self.backups_kept)
        self.backups_kept.setSuffix(self.tr(" backups"))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setAccessibleName(self.tr("Save the preferences"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Close without saving")
        )

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    @staticmethod
    def _add_row(form: QFormLayout, text: str, field: QWidget, row=None) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(label, row if row is not None else field)

    def chosen(self) -> Preferences:
        return Preferences(
            language=self.language.currentData(),
            theme=self.theme.currentData(),
            default_organization=self.organization.currentData(),
            backup_folder=self.backup_folder.text().strip(),
            backups_kept=self.backups_kept.value(),
        )

    def _choose_backup_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), self.backup_folder.text() or str(Path.home())
        )
        if folder:
            self.backup_folder.setText(folder)

    def _backup_folder_problem(self, folder: str) -> str | None:
        if not folder:
            return None
        path = Path(folder).expanduser()
        if not path.is_dir():
            return self.tr("The folder {folder} does not exist. Choose an existing folder.")
        if not os.access(path, os.W_OK | os.X_OK):
            return self.tr("scdesk cannot write in {folder}. Choose a folder you can write to.")
        return None

    def accept(self) -> None:
        preferences = self.chosen()
        problem = self._backup_folder_problem(preferences.backup_folder)
        if problem:
            QMessageBox.warning(
                self,
                self.tr("Backup folder"),
                problem.format(folder=preferences.backup_folder),
            )
            self.backup_folder.setFocus()
            return
        save_preferences(preferences)
        if preferences.theme != self.preferences.theme:
            apply_theme(QApplication.instance(), preferences.theme)
        self.previous, self.preferences = self.preferences, preferences
        super().accept()
