"""The main window: navigation on the left, the chosen view on the right."""

from __future__ import annotations

from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from scdesk import __version__
from scdesk.storage.organization_files import OpenOrganization
from scdesk.ui.help_and_preferences import install_help_and_preferences
from scdesk.ui.overview import OverviewPage
from scdesk.ui.settings import app_settings


class MainWindow(QMainWindow):
    def __init__(self, org: OpenOrganization) -> None:
        super().__init__()
        self.org = org
        self.setWindowTitle(self.tr("{organization} — scdesk").format(organization=org.name))
        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Views"))
        self.navigation.setMaximumWidth(200)
        self.pages = QStackedWidget()
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.add_page(self.tr("Overview"), OverviewPage(org.database))
        self.navigation.setCurrentRow(0)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.statusBar().showMessage(str(org.folder.database))
        self.resize(1100, 720)
        self._restore_geometry()

    def add_page(self, title: str, page: QWidget) -> None:
        self.navigation.addItem(title)
        self.pages.addWidget(page)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About scdesk"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)
        self.help_and_preferences = install_help_and_preferences(self, help_menu=help_menu)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About scdesk"),
            self.tr(
                "<h3>scdesk {version}</h3><p>The desktop app for sister city organizations: "
                "partnerships, committees, exchanges, people, volunteer hours, board reports "
                "and roster sync with the central directory. Works offline.</p>"
            ).format(version=__version__),
        )

    def _restore_geometry(self) -> None:
        geometry = app_settings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:
        app_settings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)

    def close_organization(self) -> None:
        self.org.close()
