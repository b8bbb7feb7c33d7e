"""Where the organization's report logo is chosen: the image on the title page of every
report, kept with the organization (see scdesk.operations.report_logo)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from scdesk.domain.errors import RuleViolation
from scdesk.operations.report_logo import remove_report_logo, report_logo, set_report_logo
from scdesk.storage.errors import StorageError
from scdesk.storage.organization_files import OpenOrganization
from scdesk.ui.i18n import rule_message

THUMBNAIL = 40  # pixels high


class ReportLogo(QGroupBox):
    """The logo as it is now, and buttons to choose another or go without one."""

    changed = Signal()
    failed = Signal(str)  # why the chosen file cannot be the logo

    def __init__(self, org: OpenOrganization, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Logo on the title page"), parent)
        self.org = org
        self.picture = QLabel()
        self.picture.setMinimumHeight(THUMBNAIL)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        self.picture.setAccessibleName(self.tr("Report logo"))
        self.choose_button = QPushButton(self.tr("C&hoose…"))
        self.choose_button.setAccessibleName(self.tr("Choose the report logo"))
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.setAccessibleName(self.tr("Print reports without a logo"))
        layout = QHBoxLayout(self)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.remove_button)
        self.choose_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self.remove)
        self.refresh()

    def refresh(self) -> None:
        with self.org.database.session() as session:
            logo = report_logo(session, self.org.folder.attachments)
        image = QPixmap(str(logo)) if logo else QPixmap()
        if image.isNull():
            self.picture.setPixmap(QPixmap())
            self.picture.setText(self.tr("None: reports show the organization's name only."))
            self.picture.setToolTip("")
        else:
            scaled = image.scaledToHeight(
                THUMBNAIL * self.devicePixelRatio(), Qt.TransformationMode.SmoothTransformation
            )
            scaled.setDevicePixelRatio(self.devicePixelRatio())
            self.picture.setPixmap(scaled)
            self.picture.setToolTip(self.tr("The logo printed on the title page of reports"))
        self.remove_button.setEnabled(not image.isNull())

    def choose(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the report logo"),
            str(Path.home()),
            self.tr("PNG or JPEG images (*.png *.jpg *.jpeg)"),
        )
        if path:
            self.use(Path(path))

    def use(self, source: Path) -> None:
        """Keep `source` as the organization's report logo."""
        try:
            with self.org.database.transaction() as session:
                set_report_logo(session, self.org.folder.attachments, source)
        except RuleViolation as error:
            self.failed.emit(rule_message(error))
            return
        except StorageError as error:
            self.failed.emit(f"{error.path}: {error.message}")
            return
        self.refresh()
        self.changed.emit()

    def remove(self) -> None:
        with self.org.database.transaction() as session:
            remove_report_logo(session)
        self.refresh()
        self.changed.emit()
