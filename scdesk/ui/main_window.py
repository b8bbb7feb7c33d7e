"""The main window: sections on the left, the chosen one on the right, a global search,
an organization switcher, menus with the platform's shortcuts and a status bar with counts.

The window owns the undo stack every editor pushes on, the background task runner and the
backup schedule; it asks every page to let go of unsaved changes before it closes or
switches organization, and backs up what changed before it lets an organization go.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QItemSelectionModel, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from scdesk import __version__
from scdesk.storage.organization_files import OpenOrganization
from scdesk.storage.registry import Registry
from scdesk.ui.backups.schedule import install_backup_schedule
from scdesk.ui.global_search import GlobalSearch
from scdesk.ui.help_and_preferences import install_help_and_preferences
from scdesk.ui.help_key import HELP_TOPIC
from scdesk.ui.navigation import NavigationEntry, navigation_entries
from scdesk.ui.organization_switcher import (
    open_with_message,
    recent_organizations,
    remember_opened,
    slug_of,
)
from scdesk.ui.settings import app_settings
from scdesk.ui.tasks import TaskRunner
from scdesk.ui.user_preferences import current_backup_settings

GEOMETRY = "main_window/geometry"
WINDOW_STATE = "main_window/state"
SPLITTER = "main_window/splitter"
SECTION = "main_window/section"


class MainWindow(QMainWindow):
    def __init__(self, org: OpenOrganization, registry: Registry | None = None) -> None:
        super().__init__()
        self.org = org
        self.registry = registry or Registry()
        self.undo_stack = QUndoStack(self)
        self.tasks = TaskRunner(self)
        self.entries = navigation_entries()
        self._pages: dict[str, QWidget] = {}
        self._backing_up = False  # a closing backup is running: nothing closes meanwhile

        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setSpacing(2)
        metrics = self.navigation.fontMetrics()
        for entry in self.entries:
            item = QListWidgetItem(entry.title())
            item.setSizeHint(QSize(metrics.horizontalAdvance(item.text()), metrics.height() * 2))
            self.navigation.addItem(item)
        width = self.navigation.sizeHintForColumn(0) + 4 * self.navigation.frameWidth() + 32
        self.navigation.setMinimumWidth(width)
        self.pages = QStackedWidget()
        self.search = GlobalSearch(org.database, self)
        self.pages.addWidget(self.search.results)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([width, 1000])
        self.setCentralWidget(self.splitter)

        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Records shown"))
        self.statusBar().addPermanentWidget(self.count_label)

        self._build_toolbar()
        self._build_menus()
        self.backup_schedule = install_backup_schedule(self)
        self.backup_schedule.taken.connect(self._backup_taken)
        self.navigation.currentRowChanged.connect(self._section_chosen)
        self.search.results_wanted.connect(self._show_search_results)
        self.search.open_requested.connect(self.open_record)
        self.resize(1280, 800)
        self._restore_state()
        self._show_organization()

    # ----- sections ---------------------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        """The page of a section, built the first time it is asked for."""
        page = self._pages.get(key)
        if page is None:
            entry = self._entry(key)
            if entry.uses_undo_stack:
                page = entry.page(self.org, self.pages, self.undo_stack)
            else:
                page = entry.page(self.org, self.pages)
            page.setProperty(HELP_TOPIC, entry.help_topic)  # F1 here, and in its dialogs
            status_changed = getattr(page, "status_changed", None)
            if status_changed is not None:
                status_changed.connect(lambda text, p=page: self._page_status(p, text))
            opener = getattr(page, "open_record_requested", None)
            if opener is not None:
                opener.connect(self.open_record)
            for signal, slot in (
                ("new_record_requested", self.start_new_record),
                ("section_requested", self.show_section),
            ):
                if (requested := getattr(page, signal, None)) is not None:
                    requested.connect(slot)
            restored = getattr(page, "restored", None)
            if restored is not None:
                page.before_restore = self.confirm_leave_all
                restored.connect(lambda _name, p=page: self._records_restored(p))
            self.pages.addWidget(page)
            self._pages[key] = page
        return page

    def show_section(self, key: str) -> QWidget:
        row = [entry.key for entry in self.entries].index(key)
        if self.navigation.currentRow() != row:
            self.navigation.setCurrentRow(row)
        else:
            self._section_chosen(row)
        return self._pages[key]

    def current_page(self) -> QWidget | None:
        row = self.navigation.currentRow()
        return self._pages.get(self.entries[row].key) if row >= 0 else None

    def open_record(self, kind: str, record_id: int) -> None:
        """Show a record (from the search or a link) in its section."""
        page = self.show_section(kind)
        opener = getattr(page, "open_record", None)
        if opener is not None:
            opener(record_id)
            page.setFocus(Qt.FocusReason.OtherFocusReason)

    def start_new_record(self, kind: str) -> None:
        """Show a section with a new, empty record in its editor (a quick action)."""
        page = self.show_section(kind)
        starter = getattr(page, "new_record", None)
        if starter is not None:
            starter()

    def _entry(self, key: str) -> NavigationEntry:
        return next(entry for entry in self.entries if entry.key == key)

    def _section_chosen(self, row: int) -> None:
        if row < 0:
            return
        page = self.page(self.entries[row].key)
        self.pages.setCurrentWidget(page)
        self._page_status(page, self._status_of(page))

    def _page_status(self, page: QWidget, text: str) -> None:
        if page is self.pages.currentWidget():
            self.count_label.setText(text)

    @staticmethod
    def _status_of(page: QWidget) -> str:
        status = getattr(page, "status_text", None)
        return status() if status is not None else ""

    def _show_search_results(self, show: bool) -> None:
        if show:
            self.pages.setCurrentWidget(self.search.results)
            self.navigation.clearSelection()  # no section is shown while results are
            self.count_label.clear()
        else:
            row = self.navigation.currentRow()
            self.navigation.setCurrentRow(row, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self._section_chosen(row)

    # ----- menus and toolbar ------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Organization and search"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        self.organization_button = QToolButton()
        self.organization_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.organization_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.organization_button.setAccessibleName(self.tr("Switch organization"))
        self.organization_menu = QMenu(self.tr("&Switch organization"), self)
        self.organization_menu.aboutToShow.connect(self._fill_organization_menu)
        self.organization_button.setMenu(self.organization_menu)
        toolbar.addWidget(self.organization_button)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search.field)
        toolbar.addWidget(search_label)
        toolbar.addWidget(self.search.field)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        open_action = file_menu.addAction(self.tr("&Open or create an organization…"))
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self.choose_organization)
        file_menu.addMenu(self.organization_menu)
        demo = file_menu.addAction(self.tr("Open the &demo organization"))
        demo.triggered.connect(self.open_demo)
        file_menu.addSeparator()
        refresh = file_menu.addAction(self.tr("&Refresh"))
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh_current)
        check = file_menu.addAction(self.tr("&Check the records for problems"))
        check.triggered.connect(self.check_for_problems)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        # Every key the platform knows for Redo: the menu shows the first (Ctrl+Y on
        # Windows and Linux), and Ctrl+Shift+Z, as other programs use, works too.
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        new_record = edit_menu.addAction(self.tr("&New record"))
        new_record.setShortcut(QKeySequence.StandardKey.New)
        new_record.triggered.connect(lambda: self._ask_page("new_record"))
        duplicate = edit_menu.addAction(self.tr("D&uplicate record"))
        duplicate.triggered.connect(lambda: self._ask_page("duplicate_record"))
        delete = edit_menu.addAction(self.tr("De&lete record…"))
        delete.triggered.connect(lambda: self._ask_page("delete_record"))
        edit_menu.addSeparator()
        find = edit_menu.addAction(self.tr("&Find…"))
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus_search)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        sections = QActionGroup(self)
        self.section_actions: list[QAction] = []
        for number, entry in enumerate(self.entries, start=1):
            action = view_menu.addAction(entry.title())
            action.setCheckable(True)
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked, key=entry.key: self.show_section(key))
            sections.addAction(action)
            self.section_actions.append(action)
        self.navigation.currentRowChanged.connect(
            lambda row: self.section_actions[row].setChecked(True) if row >= 0 else None
        )

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = help_menu.addAction(self.tr("&About scdesk"))
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.about)
        self.help_and_preferences = install_help_and_preferences(
            self, edit_menu=edit_menu, help_menu=help_menu, registry=self.registry
        )
        self.help_and_preferences.preferences_saved.connect(self._preferences_saved)
        self.help_and_preferences.backup_mover.moved.connect(self._preferences_saved)

    def _ask_page(self, method: str) -> None:
        action = getattr(self.current_page(), method, None)
        if action is not None:
            action()

    def focus_search(self) -> None:
        self.search.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.field.selectAll()

    def refresh_current(self) -> None:
        page = self.current_page()
        for name in ("reload", "refresh"):
            action = getattr(page, name, None)
            if action is not None:
                action()
                return

    def check_for_problems(self) -> None:
        """The integrity check, run and answered on the Backups page, where the way back is."""
        page = self.show_section("backups")
        if not page.busy:
            page.check_for_problems()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About scdesk"),
            self.tr(
                "<h3>scdesk {version}</h3><p>The desktop app for sister city organizations: "
                "partnerships, committees, exchanges, people, volunteer hours, board reports "
                "and roster sync with the central directory. Works offline.</p>"
                "<p>Free software under the GNU General Public License, version 3 or later.</p>"
            ).format(version=__version__),
        )

    # ----- organizations ----------------------------------------------------------------------

    def _fill_organization_menu(self) -> None:
        menu = self.organization_menu
        menu.clear()
        current = slug_of(self.org)
        for entry in recent_organizations(self.registry):
            action = menu.addAction(entry.name.replace("&", "&&"))
            action.setCheckable(True)
            action.setChecked(entry.slug == current)
            action.triggered.connect(lambda _c, slug=entry.slug: self.switch_organization(slug))
        menu.addSeparator()
        menu.addAction(self.tr("&Open or create an organization…"), self.choose_organization)
        menu.addAction(self.tr("Open the &demo organization"), self.open_demo)

    def choose_organization(self) -> None:
        # The dialog and its country list load when asked for, not with the window.
        from scdesk.ui.first_start import ChooseOrganizationDialog

        dialog = ChooseOrganizationDialog(self.registry, self)
        if dialog.exec() == ChooseOrganizationDialog.DialogCode.Accepted and dialog.chosen_slug:
            self.switch_organization(dialog.chosen_slug)

    def open_demo(self) -> None:
        # The demo's builders load when asked for, not with the window.
        from scdesk.operations.demo_organization import create_demo_organization, find_demo

        entry = find_demo("small", self.registry)
        if entry is not None:
            self.switch_organization(entry.slug)
            return
        self.tasks.run(
            lambda progress: create_demo_organization(
                "small", progress=progress.report, registry=self.registry
            ),
            title=self.tr("Creating the demo organization"),
            on_success=lambda created: self.switch_organization(created.slug),
        )

    def switch_organization(self, slug: str) -> bool:
        """Close this organization and show another; False if the person stayed."""
        if slug == slug_of(self.org):
            return True
        if self._backing_up:
            return False
        if not self.confirm_leave_all():
            return False
        opened = open_with_message(slug, self)
        if opened is None:
            return False
        self._save_page_states()
        previous, self.org = self.org, opened
        self._stop_page_work()
        self._drop_pages()
        self.undo_stack.clear()  # its steps belong to the other organization's database
        self.search.set_database(opened.database)  # waits for a search still running
        self._back_up_before_letting_go(previous)
        previous.close()
        self._show_organization()
        return True

    def _back_up_before_letting_go(self, org: OpenOrganization) -> None:
        """The backup on close, when something changed: seconds on a large organization. It
        runs on a worker and the window waits for it, painting but taking no input: nothing
        closes or switches until it ends (or the person closes without it)."""
        self._backing_up = True
        self.statusBar().showMessage(self.tr("Backing up what changed…"))
        controls = [self.centralWidget(), self.menuBar(), *self.findChildren(QToolBar)]
        for control in controls:
            control.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            self.backup_schedule.backup_on_close(org)
        finally:
            QApplication.restoreOverrideCursor()
            for control in controls:
                control.setEnabled(True)
            self.statusBar().clearMessage()
            self._backing_up = False

    def _drop_pages(self, keep: QWidget | None = None) -> None:
        """Let go of the built pages (but `keep`); each is built afresh when next shown."""
        for key, page in list(self._pages.items()):
            if page is not keep:
                if (stop := getattr(page, "stop_work", None)) is not None:
                    stop()
                self.pages.removeWidget(page)
                page.deleteLater()
                del self._pages[key]

    def _records_restored(self, backups_page: QWidget) -> None:
        """After a restore every other page shows records that are gone: rebuild them."""
        self.undo_stack.clear()  # its steps name records as they were before the restore
        self._drop_pages(keep=backups_page)

    def _preferences_saved(self) -> None:
        """A new backup folder or number to keep holds from the next backup on (and the
        backups moved there show once the move is done)."""
        self.org.backup_settings = current_backup_settings()
        page = self._pages.get("backups")
        if page is not None and not page.busy:
            page.reload()

    def _backup_taken(self, name: str) -> None:
        page = self._pages.get("backups")
        if page is not None and not page.busy:
            page.reload()
        self.statusBar().showMessage(self.tr("Backed up automatically."), 10_000)

    def _show_organization(self) -> None:
        self.setWindowTitle(self.tr("{name} — scdesk").format(name=self.org.name))
        self.organization_button.setText(self.org.name.replace("&", "&&"))
        remember_opened(slug_of(self.org))
        keys = [entry.key for entry in self.entries]
        key = app_settings().value(SECTION, "overview", str)
        self.navigation.blockSignals(True)
        self.navigation.setCurrentRow(-1)
        self.navigation.blockSignals(False)
        self.show_section(key if key in keys else "overview")

    def close_organization(self) -> None:
        self.org.close()

    # ----- leaving ----------------------------------------------------------------------------

    def confirm_leave_all(self) -> bool:
        """Ask every page with unsaved changes; False as soon as one wants to stay."""
        for page in self._pages.values():
            confirm = getattr(page, "confirm_leave", None)
            if confirm is not None and not confirm():
                self.pages.setCurrentWidget(page)
                return False
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._backing_up or not self.confirm_leave_all():
            event.ignore()
            return
        mover = self.help_and_preferences.backup_mover
        if self.tasks.running() or mover.tasks.running():
            answer = QMessageBox.question(
                self,
                self.tr("Work in progress"),
                self.tr("Some work is still running. Stop it? Nothing half-done is kept."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            self.tasks.cancel_all()
            mover.tasks.cancel_all()  # stops between whole backups; the rest are offered again
        self.tasks.wait()
        mover.tasks.wait()
        self.search.finder.forget()
        self.search.finder.wait()
        self._stop_page_work()
        self._back_up_before_letting_go(self.org)
        self._save_page_states()
        settings = app_settings()
        settings.setValue(GEOMETRY, self.saveGeometry())
        settings.setValue(WINDOW_STATE, self.saveState())
        settings.setValue(SPLITTER, self.splitter.saveState())
        row = self.navigation.currentRow()
        if row >= 0:
            settings.setValue(SECTION, self.entries[row].key)
        super().closeEvent(event)

    def _stop_page_work(self) -> None:
        """Let no page's worker touch the database after it closes."""
        for page in self._pages.values():
            stop = getattr(page, "stop_work", None)
            if stop is not None:
                stop()

    def _save_page_states(self) -> None:
        for page in self._pages.values():
            save = getattr(page, "save_state", None)
            if save is not None:
                save()

    def _restore_state(self) -> None:
        settings = app_settings()
        for key, restore in (
            (GEOMETRY, self.restoreGeometry),
            (WINDOW_STATE, self.restoreState),
            (SPLITTER, self.splitter.restoreState),
        ):
            value = settings.value(key)
            if isinstance(value, QByteArray):
                restore(value)
