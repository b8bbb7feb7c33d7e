"""Qt's offscreen platform warns on every window it resizes, raises or gives the keyboard
to; the benchmark's table should not be interleaved with that. And a benchmark that shows
widgets reads the app's preferences: it reads them in a scratch home (`bench_application`)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from scdesk.bench import roster
from scdesk.ui.app import make_application

# What the offscreen platform cannot do for a window, and says each time it is asked.
OFFSCREEN_NOISE = frozenset(
    {
        "This plugin does not support propagateSizeHints()",
        "This plugin does not support raise()",
        "This plugin does not support grabbing the keyboard",
    }
)


@contextmanager
def quiet_offscreen_warnings() -> Iterator[None]:
    """Drop the offscreen platform's warnings; pass on every other message."""
    previous = None

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message in OFFSCREEN_NOISE:
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


@contextmanager
def bench_application() -> Iterator[QApplication]:
    """The app as the window makes it, offscreen and quiet, in a scratch SCDESK_HOME (see
    roster.sandbox) for as long as it measures: the app's preferences (language, theme, a
    list's columns and sort order) are the defaults rather than what a person chose, and
    reading them (which creates settings.ini, private, before Qt ever writes it) leaves no
    empty settings file in the person's home. Open the organization measured before."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with roster.sandbox(), quiet_offscreen_warnings():
        yield make_application()
