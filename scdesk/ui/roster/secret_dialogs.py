"""Asking for a signing key or a passphrase, saying why it is needed.

The answers are handed to the caller and forgotten; nothing here stores a secret.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from scdesk.interchange.roster import keys
from scdesk.ui.help_key import give_help_key
from scdesk.ui.i18n import error_text


class SecretDialog(QDialog):
    """One hidden line of text, with the reason it is asked for."""

    def __init__(self, title: str, reason: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        give_help_key(self)
        self.setWindowTitle(title)
        self.reason = QLabel(reason)
        self.reason.setWordWrap(True)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout()
        form.addRow(label, self.edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reason)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


class KeyDialog(SecretDialog):
    def __init__(self, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Signing key"), reason, self.tr("&Key:"), parent)
        self.key: bytes | None = None

    def accept(self) -> None:
        try:
            self.key = keys.parse_key(self.edit.text())
        except ValueError as error:
            self.show_problem(error_text(error))
            return
        super().accept()


class PassphraseDialog(SecretDialog):
    def __init__(self, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Passphrase"), reason, self.tr("&Passphrase:"), parent)

    @property
    def passphrase(self) -> str:
        return self.edit.text()


def ask_key(reason: str, parent: QWidget | None) -> bytes | None:
    dialog = KeyDialog(reason, parent)
    return dialog.key if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_passphrase(reason: str, parent: QWidget | None) -> str | None:
    dialog = PassphraseDialog(reason, parent)
    return dialog.passphrase if dialog.exec() == QDialog.DialogCode.Accepted else None
