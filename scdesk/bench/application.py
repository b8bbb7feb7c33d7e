"""The app a benchmark that shows widgets measures with: offscreen, quiet, and reading the
app's preferences in a scratch home."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QApplication

from scdesk.bench import roster
from scdesk.bench.quiet import quiet_offscreen_warnings
from scdesk.ui.app import make_application


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
