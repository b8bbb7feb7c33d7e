"""Roster import and export, and backup: scdesk against raw sqlite3 in the same run.

Everything runs in the roster benchmark's sandbox (a temporary SCDESK_HOME and no keyring:
the export's signing key is passed in) on a byte copy of the organization, so the
person's own organization gets no sync state and no backups from a benchmark.
"""

from __future__ import annotations

import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from scdesk.bench import roster
from scdesk.bench.table import paired_medians, timed
from scdesk.interchange.roster.exporting import export_roster
from scdesk.operations.backups import backup_now
from scdesk.storage.backup import MANIFEST_SUFFIX
from scdesk.storage.organization_files import OpenOrganization


@dataclass(frozen=True)
class FileTimings:
    """Seconds: the roster import once (it builds its source first), the rest medians."""

    imported: float
    raw_insert: float
    exported: float
    raw_export: float
    backup: float
    raw_backup: float


def raw_backup(database: Path, target: Path) -> None:
    """The baseline: sqlite3's Connection.backup of the same file, nothing else."""
    target.unlink(missing_ok=True)
    with closing(sqlite3.connect(database)) as source, closing(sqlite3.connect(target)) as copy:
        source.backup(copy)


class BackupRuns:
    """Times backups of one organization as the baseline times its copies: each run first
    removes the previous run's backup (untimed), then takes a new one.

    The baseline overwrites its last copy, so its 500 MB of freshly freed memory is at hand
    when it writes the next. This virtual machine hands freed memory back to its host at
    once (free page reporting, `min_free_ms` 0): memory freed seconds before a write must be
    fetched back page by page. Removing each backup right after timing it, as this harness
    did until 28 Nov, made alternate runs take 0.6 s and 1.6 s against the baseline's steady
    0.83 s; removed right before the next run, as the baseline does, the backup takes
    0.9-1.0 s run after run. Kept run after run instead, backups made each new one cost
    more and rotation would start deleting mid-run."""

    def __init__(self, org: OpenOrganization) -> None:
        self._org = org
        self._previous: list[Path] = []

    def __call__(self) -> float:
        for made in self._previous:
            made.unlink(missing_ok=True)
        start = time.perf_counter()
        path = backup_now(self._org, "benchmark")
        took = time.perf_counter() - start
        self._previous = [path, path.with_suffix(MANIFEST_SUFFIX)]
        return took


def measure(org: OpenOrganization, people: int, runs: int) -> FileTimings:
    with roster.sandbox() as folder:
        with roster.bench_copy(org) as copy:
            exported, raw_export = paired_medians(
                timed(lambda: export_roster(copy, folder / "full.zip", signing_key=roster.KEY)),
                timed(lambda: roster.raw_select_csv(copy)),
                runs,
            )
            backup, raw = paired_medians(
                BackupRuns(copy),
                timed(lambda: raw_backup(copy.folder.database, folder / "raw")),
                runs,
            )
        imported = roster.full_import(folder, people, lambda _line: None)
    return FileTimings(imported["import"], imported["raw"], exported, raw_export, backup, raw)
