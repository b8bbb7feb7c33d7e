"""F1 on what is being worked on: which topic of the guide a widget belongs to, and the F1
key of our dialogs.

A widget (a section's page, and through it its editors and their dialogs) names its topic
in the `help_topic` property; with none on the way up, the current section's page decides,
and failing that the guide starts at "getting-started". A modal dialog blocks the main
window's F1, so each dialog of ours watches for its own (`give_help_key`): an F1 its
fields leave alone reaches the dialog, which opens the guide over itself through the main
window's HelpAndPreferences.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QWidget

if TYPE_CHECKING:
    from scdesk.ui.help_and_preferences import HelpAndPreferences

HELP_TOPIC = "help_topic"  # the widget property naming the guide's page for it
FIRST_TOPIC = "getting-started"


def help_topic_of(widget: QWidget | None) -> str | None:
    """The topic named by `widget` or the nearest widget holding it (across dialogs, whose
    parent is the editor or page that opened them)."""
    while widget is not None:
        topic = widget.property(HELP_TOPIC)
        if topic:
            return str(topic)
        widget = widget.parentWidget()
    return None


@runtime_checkable
class KeepsTheGuide(Protocol):
    """A main window: it keeps the guide (and Preferences), which a dialog opens over itself."""

    help_and_preferences: HelpAndPreferences


class _HelpKey(QObject):
    """Watches one dialog's own events (not the application's: through an application-wide
    filter every event of the app would pass into Python, 50 ms of the first window)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QDialog)
            and event.matches(QKeySequence.StandardKey.HelpContents)
        ):
            _help_over(watched)
            return True
        return False


def give_help_key(dialog: QDialog) -> None:
    """F1 in `dialog` opens the guide over it, on the topic of what has the focus there (or
    of the section that opened it), as F1 does in the window."""
    dialog.installEventFilter(_HelpKey(dialog))


def _help_over(dialog: QDialog) -> None:
    widget: QWidget | None = dialog
    while widget is not None and not isinstance(widget, KeepsTheGuide):
        widget = widget.parentWidget()
    if widget is None:
        return  # a dialog of no main window: no guide to open over it
    focus = QApplication.focusWidget()
    inside = focus if focus is not None and focus.window() is dialog else dialog
    helper = widget.help_and_preferences
    # A dialog opened from a section takes its topic (through its parent, the section's
    # page); one of the whole window (Preferences) starts at the beginning.
    helper.open_help(help_topic_of(inside) or FIRST_TOPIC, over=dialog)
