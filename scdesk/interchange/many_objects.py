"""Python's cycle collector paused while a bulk step builds many short-lived objects.

A full roster export makes some half a million tuples, dicts and lists, none of which
refer back to each other; the collector still walked all of them every few thousand new
ones, which cost a fifth of the export of the large demo. Nested and concurrent uses (an
export on a worker while the window imports contacts) leave the collector as they found it.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0
_was_enabled = False


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Pause the cycle collector for the block (reference counting frees memory as ever)."""
    global _holders, _was_enabled
    with _lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _was_enabled:
                gc.enable()
