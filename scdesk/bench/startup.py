"""Cold start and peak memory, each in a fresh Python process (offscreen).

A cold start is the wall time from launching `python` to a shown, interactive main window
on the organization (the event queue drained once), through the modules `scdesk` loads:
the process writes the clock's time at that moment, so what it does afterwards (the
overview's worker finishing its counts, Python tearing down on exit, 0.17 s even for the
baseline) is no part of either side's start.
Its baseline is a process that only imports PySide6.QtWidgets and sqlalchemy.orm and shows
an empty QMainWindow: what no Qt and SQLAlchemy app can avoid. Peak memory is the process's
own high-water mark (VmHWM) after visiting every section and waiting for what each reads
on a worker.

Both run with Python's bytecode cache, as an installed app does (installers compile it, and
Python writes it on the first run): with PYTHONDONTWRITEBYTECODE set, as on some CI and
development machines, every start compiles every module from source, which measures the
compiler, not the start-up. The cache goes to a folder of the benchmark's own
(PYTHONPYCACHEPREFIX), and the warm-up run fills it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from functools import cache

# Written by both scripts once their window is shown and the event queue drained once.
SHOWN_AT = """
import time
print("shown at", time.time(), flush=True)
"""

BASELINE_SCRIPT = (
    """
import sqlalchemy.orm
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
app.processEvents()
"""
    + SHOWN_AT
)

MAIN_WINDOW_SCRIPT = """
import sys
import scdesk.cli.main  # what `scdesk` loads before it opens the window
from scdesk.operations.organizations import open_organization
from scdesk.ui.app import make_application
from scdesk.ui.main_window import MainWindow
app = make_application()
org = open_organization(sys.argv[1])
window = MainWindow(org)
window.show()
app.processEvents()
"""

COLD_START_SCRIPT = MAIN_WINDOW_SCRIPT + SHOWN_AT

EVERY_VIEW_SCRIPT = (
    MAIN_WINDOW_SCRIPT
    + """
import time
from scdesk.ui.latest_query import LatestQuery
for entry in window.entries:
    window.show_section(entry.key)
    app.processEvents()
    # What a section reads on a worker (the overview's figures, the hours' totals) is in
    # memory only once it arrives: wait for it (30 s at most) before the next section.
    deadline = time.monotonic() + 30
    while any(query.pending() for query in window.findChildren(LatestQuery)):
        if time.monotonic() > deadline:
            raise SystemExit(f"the {entry.key} section was still reading after 30 s")
        app.processEvents()
        time.sleep(0.002)
# VmHWM, this process's own peak: ru_maxrss would carry over the peak of the process that
# started it (Linux keeps it across fork and exec), such as a bench that just built the demo.
with open("/proc/self/status") as status:
    print(next(line.split()[1] for line in status if line.startswith("VmHWM:")))
window.close_organization()
"""
)


@cache
def _bytecode_cache() -> str:
    return tempfile.mkdtemp(prefix="scdesk-bench-pycache-")


def remove_bytecode_cache() -> None:
    """Remove the benchmark's bytecode cache, if a subprocess row made one."""
    if _bytecode_cache.cache_info().currsize:
        shutil.rmtree(_bytecode_cache(), ignore_errors=True)
        _bytecode_cache.cache_clear()


def _run(script: str, *args: str) -> tuple[float, str]:
    """(seconds from launching the script to its window shown, what it printed)."""
    environment = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=_bytecode_cache()
    )
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    launched = time.time()  # the clock the script reads too: both sides of one moment
    finished = subprocess.run(
        [sys.executable, "-c", script, *args],
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    if finished.returncode != 0:
        raise RuntimeError(f"The benchmark subprocess failed:\n{finished.stderr.strip()}")
    shown = [line for line in finished.stdout.splitlines() if line.startswith("shown at ")]
    elapsed = float(shown[-1].removeprefix("shown at ")) - launched if shown else float("nan")
    return elapsed, finished.stdout


def cold_start(org_name: str) -> float:
    """Seconds from launching Python to scdesk's main window shown on `org_name`."""
    return _run(COLD_START_SCRIPT, org_name)[0]


def empty_window_start() -> float:
    """The baseline: seconds for Python, PySide6.QtWidgets, sqlalchemy.orm, a QMainWindow."""
    return _run(BASELINE_SCRIPT)[0]


def peak_memory_mb(org_name: str) -> float:
    """Peak resident memory (MB) with `org_name` open and every section visited."""
    output = _run(EVERY_VIEW_SCRIPT, org_name)[1]
    return int(output.strip().splitlines()[-1]) / 1024  # Linux reports kilobytes
