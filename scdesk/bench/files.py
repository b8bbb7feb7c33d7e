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


def timed_backup(org: OpenOrganization) -> float:
    """Seconds for one backup of `org`, which is then removed (untimed), as the baseline
    writes its copy over the last one: backups kept run after run made each new one cost
    more (+1 s from the third on this virtual machine, whose memory is slow the first time
    the system's cache grows into it), and rotation would start deleting mid-run."""
    start = time.perf_counter()
    path = backup_now(org, "benchmark")
    took = time.perf_counter() - start
    for made in (path, path.with_suffix(MANIFEST_SUFFIX)):
        made.unlink(missing_ok=True)
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
                lambda: timed_backup(copy),
                timed(lambda: raw_backup(copy.folder.database, folder / "raw")),
                runs,
            )
        imported = roster.full_import(folder, people, lambda _line: None)
    return FileTimings(imported["import"], imported["raw"], exported, raw_export, backup, raw)
