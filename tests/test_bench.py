"""A small, fast run of the benchmark suite, so it keeps working (its figures mean nothing
here: CI machines are busy and the small demo is small)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from scdesk.bench import backups
from scdesk.operations.organizations import create_organization
from scdesk.storage.backup import BackupPolicy

ROW = re.compile(
    r"^\| (?P<operation>[^|]+) \| (?P<ours>[^|]+) \| (?P<raw>[^|]+) \| .* \| (yes|NO) \|$"
)


@pytest.mark.slow
def test_the_benchmark_suite_prints_every_row_against_its_baseline_and_the_targets_met(
    scdesk_home: Path,
) -> None:
    finished = subprocess.run(
        [
            sys.executable,
            "-m",
            "scdesk.bench",
            "--size",
            "small",
            "--runs",
            "1",
            "--import-people",
            "100",
        ],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr
    lines = finished.stdout.strip().splitlines()
    rows = [match for line in lines if (match := ROW.match(line))]
    operations = [row["operation"] for row in rows]
    assert operations[0] == "scdesk demo --size small"
    for expected in (
        "cold start to an interactive main window",
        "peak memory, organization open, every view visited",
        "search-as-you-type over the people",
        "sort the People list by name",
        "sort the People list by member since",
        "open an exchange with 50 participants",
        "annual report PDF",
        "member directory PDF",
        "roster import of 100 persons into an empty organization",
        "full roster export",
        "backup",
    ):
        assert any(operation.startswith(expected) for operation in operations), expected
    cold = next(row for row in rows if row["operation"].startswith("cold start"))
    for side in (cold["ours"], cold["raw"]):  # each read from its own window's "shown at"
        assert re.fullmatch(r"\d+(\.\d+)? (ms|s)", side.strip()), side
    measured_against_raw = [row for row in rows if row["raw"].strip() != "—"]
    assert len(measured_against_raw) == 5
    met = sum(line.endswith("| yes |") for line in lines)
    assert lines[-1] == f"targets met: {met}/{len(rows)}"


def test_the_backup_bench_restores_for_any_number_of_repeats_whatever_rotation_removes(
    scdesk_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each restore backs up the state before it; once rotation keeps only the newest ten,
    the backup taken to be restored is among those it removes, from the eleventh on."""
    create_organization("Springfield Sister Cities")
    repeats = BackupPolicy().recent + 1
    assert backups.main(["--org", "Springfield Sister Cities", "--repeat", str(repeats)]) == 0
    out = capsys.readouterr().out
    assert f"median of {repeats}" in out
    assert re.search(r"^  scdesk restore +\d+\.\d{3} s", out, re.M)
