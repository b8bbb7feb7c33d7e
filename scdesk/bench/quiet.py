"""Qt's offscreen platform warns on every window it resizes, raises or gives the keyboard
to; the benchmark's table should not be interleaved with that."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

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
