"""Qt's offscreen platform warns on every window it resizes; the benchmark's table should
not be interleaved with that."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

# The offscreen platform cannot pass a window's size hints on, and says so each time.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"


@contextmanager
def quiet_offscreen_warnings() -> Iterator[None]:
    """Drop the offscreen platform's size-hint warning; pass on every other message."""
    previous = None

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message == OFFSCREEN_NOISE:
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
