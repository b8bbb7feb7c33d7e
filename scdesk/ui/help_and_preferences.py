"""Wire the user guide (F1) and the Preferences dialog into a main window's menus.

    install_help_and_preferences(window, edit_menu=..., help_menu=...)

The main window owns its menus; this adds two actions to them (creating "Edit" and "Help"
menus only when none are given) and keeps the guide window alive while the main one is.
After a change of backup folder it offers to move the backups there (`backup_mover`).

F1 opens the guide on the topic of what has the focus: a widget (a section's page, and
through it its editors and their dialogs) names its topic in the `help_topic` property;
with none on the way up, the current section's page decides, and failing that the guide
starts at "getting-started".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QWidget

from scdesk.storage.registry import Registry
from scdesk.ui.backups.move import BackupMover
from scdesk.ui.help_key import FIRST_TOPIC, help_topic_of

if TYPE_CHECKING:
    from scdesk.ui.help.window import HelpWindow
    from scdesk.ui.preferences import PreferencesDialog


class HelpAndPreferences(QObject):
    """The two actions and the guide window they open."""

    preferences_saved = Signal()  # the person pressed OK in Preferences

    def __init__(self, window: QMainWindow, registry: Registry | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.registry = registry
        self.help_window: HelpWindow | None = None
        self.backup_mover = BackupMover(window, registry)

        self.help_action = QAction(self.tr("scdesk &User Guide"), window)
        self.help_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.help_action.setMenuRole(QAction.MenuRole.NoRole)
        self.help_action.triggered.connect(lambda: self.open_help(self.current_topic()))
        # A modal dialog blocks the window's shortcuts: each dialog of ours has an F1 of its
        # own (help_key.give_help_key). An application-wide event filter would hand every event of
        # the app to Python: 50 ms while the first window is built, and on every paint.

        self.preferences_action = QAction(self.tr("&Preferences…"), window)
        self.preferences_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.preferences_action.triggered.connect(self.open_preferences)

    def current_topic(self) -> str:
        """The guide's topic for what the person is working on now."""
        topic = help_topic_of(QApplication.focusWidget())
        if topic is None:
            current_page = getattr(self.window, "current_page", None)
            topic = help_topic_of(current_page()) if current_page is not None else None
        return topic or FIRST_TOPIC

    def open_help(self, topic: str | None = None, over: QWidget | None = None) -> HelpWindow:
        """Show the guide (at `topic`, e.g. "logging-hours"), reusing an open guide window.

        Over a modal dialog (`over`), the guide is a window of that dialog's own, so the
        dialog does not block it; it closes with the dialog."""
        from scdesk.ui.help.window import HelpWindow  # loaded when first opened

        if over is not None:
            window = HelpWindow(over)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        else:
            if self.help_window is None:
                self.help_window = HelpWindow(self.window)
            window = self.help_window
        if topic:
            window.show_topic(topic)
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def open_preferences(self) -> PreferencesDialog:
        from scdesk.ui.preferences import PreferencesDialog  # loaded when first opened

        dialog = PreferencesDialog(self.registry, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.preferences_saved)
        dialog.accepted.connect(
            lambda: self.backup_mover.offer(
                [dialog.previous.backup_settings()], dialog.preferences.backup_settings()
            )
        )
        dialog.open()
        return dialog


def install_help_and_preferences(
    window: QMainWindow,
    edit_menu: QMenu | None = None,
    help_menu: QMenu | None = None,
    registry: Registry | None = None,
) -> HelpAndPreferences:
    installed = HelpAndPreferences(window, registry)
    bar = window.menuBar()
    if help_menu is None:
        help_menu = bar.addMenu(QCoreApplication.translate("HelpAndPreferences", "&Help"))
    if edit_menu is None:
        edit_menu = QMenu(QCoreApplication.translate("HelpAndPreferences", "&Edit"), bar)
        bar.insertMenu(help_menu.menuAction(), edit_menu)  # Help stays last
    if edit_menu.actions():
        edit_menu.addSeparator()
    edit_menu.addAction(installed.preferences_action)
    first = help_menu.actions()[0] if help_menu.actions() else None
    help_menu.insertAction(first, installed.help_action)
    window.addAction(installed.help_action)  # F1 works even with the menu bar hidden
    return installed
