"""Choose what to export: everything or the changes, encrypted or not."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from scdesk.interchange.roster.exporting import DELTA, FULL
from scdesk.ui.help_key import give_help_key


class ExportDialog(QDialog):
    def __init__(
        self, delta_possible: bool, keyring_available: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        give_help_key(self)
        self.setWindowTitle(self.tr("Export a roster file"))
        what = QGroupBox(self.tr("What to send"))
        self.full = QRadioButton(self.tr("&Everything (a full file)"))
        self.delta = QRadioButton(
            self.tr("Only the &changes since the last file they acknowledged")
        )
        self.full.setChecked(True)
        self.delta.setEnabled(delta_possible)
        box = QVBoxLayout(what)
        box.addWidget(self.full)
        box.addWidget(self.delta)
        if not delta_possible:  # said in plain sight: a disabled choice shows no tooltip
            self.why_no_delta = QLabel(
                self.tr(
                    "Possible once the directory has sent back a file acknowledging one of ours."
                )
            )
            self.why_no_delta.setWordWrap(True)
            self.why_no_delta.setIndent(24)
            self.why_no_delta.setEnabled(False)
            box.addWidget(self.why_no_delta)

        self.encrypt = QCheckBox(self.tr("E&ncrypt with a passphrase (for sending by email)"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Passphrase again"))
        self.remember = QCheckBox(self.tr("&Remember the passphrase in the keyring"))
        self.remember.setEnabled(keyring_available)
        secret = QWidget()
        form = QFormLayout(secret)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("&Again:"), self.repeat)
        form.addRow("", self.remember)
        secret.setEnabled(False)
        self.encrypt.toggled.connect(secret.setEnabled)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(
            self.tr("E&xport…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(what)
        layout.addWidget(self.encrypt)
        layout.addWidget(secret)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    @property
    def kind(self) -> str:
        return DELTA if self.delta.isChecked() else FULL

    @property
    def chosen_passphrase(self) -> str | None:
        return self.passphrase.text() if self.encrypt.isChecked() else None

    def accept(self) -> None:
        if self.encrypt.isChecked():
            if not self.passphrase.text():
                self.problem.setText(self.tr("Choose a passphrase, or export without encrypting."))
                self.problem.show()
                return
            if self.passphrase.text() != self.repeat.text():
                self.problem.setText(self.tr("The two passphrases differ."))
                self.problem.show()
                return
        super().accept()
