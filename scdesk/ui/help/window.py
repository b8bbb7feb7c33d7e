"""A window beside the main one: the guide's topics on the left, the page on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import (
    QCloseEvent,
    QKeySequence,
    QShortcut,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from scdesk.ui.help.pages import HelpPage, guide
from scdesk.ui.i18n import current_language
from scdesk.ui.settings import app_settings

GEOMETRY_KEY = "help_window/geometry"
LINE_HEIGHT_PERCENT = 135


def typeset(document: QTextDocument) -> None:
    """Airy lines and room around headings: Markdown pages ignore style sheets."""
    document.setDocumentMargin(document.defaultFont().pointSizeF() * 1.5)
    em = document.defaultFont().pointSizeF() * 1.3
    proportional = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
    block = document.begin()
    while block.isValid():
        layout = block.blockFormat()
        heading = layout.headingLevel()
        layout.setLineHeight(LINE_HEIGHT_PERCENT, proportional)
        if heading > 1:
            layout.setTopMargin(em * 1.2)
        layout.setBottomMargin(em * (0.6 if heading else 0.5))
        QTextCursor(block).setBlockFormat(layout)
        block = block.next()


class HelpWindow(QWidget):
    """The user guide. Links between pages work; Back returns along the pages seen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("scdesk user guide"))
        self.pages: list[HelpPage] = guide(current_language())

        self.topics = QListWidget()
        self.topics.setAccessibleName(self.tr("Topics"))
        for page in self.pages:
            item = QListWidgetItem(page.title)
            item.setData(Qt.ItemDataRole.UserRole, page.topic)
            self.topics.addItem(item)
        self.topics.currentRowChanged.connect(self._show_row)
        self.topics.setSpacing(3)

        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Guide page"))
        self.browser.setOpenExternalLinks(True)
        self.browser.sourceChanged.connect(self._follow_source)

        splitter = QSplitter()
        splitter.addWidget(self.topics)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 620])
        splitter.setChildrenCollapsible(False)

        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back to the previous page"))
        self.back_button.clicked.connect(self.browser.backward)
        self.back_button.setEnabled(False)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            self.tr("Close the guide")
        )
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.setTabOrder(self.topics, self.browser)

        self.resize(900, 640)
        geometry = app_settings().value(GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.show_topic(self.pages[0].topic)

    def show_topic(self, topic: str) -> None:
        for row, page in enumerate(self.pages):
            if page.topic == topic:
                self.topics.setCurrentRow(row)
                self._show_row(row)
                return
        raise KeyError(topic)

    def current_topic(self) -> str:
        return self.browser.source().fileName().removesuffix(".md")

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            url = QUrl.fromLocalFile(str(self.pages[row].path))
            if self.browser.source() != url:
                self.browser.setSource(url)

    def _follow_source(self, url: QUrl) -> None:
        """Keep the topic list on the page shown, however it was reached."""
        typeset(self.browser.document())
        topic = url.fileName().removesuffix(".md")
        for row, page in enumerate(self.pages):
            if page.topic == topic and self.topics.currentRow() != row:
                self.topics.blockSignals(True)
                self.topics.setCurrentRow(row)
                self.topics.blockSignals(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        app_settings().setValue(GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)
