"""The per-area benchmarks (`python -m scdesk.bench.lists`, `.editors`, `.reports`,
`.backups`, `.roster`, `.contacts`) behave as the suite does: bad input is refused in one
line with exit status 2 before anything is measured, Qt's offscreen warnings are dropped,
a single run says it is a check, and nothing is left in the person's scdesk home."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import qWarning

from scdesk.bench import backups, contacts, editors, lists, reports, roster
from scdesk.bench.__main__ import main as bench_command
from scdesk.bench.quiet import OFFSCREEN_NOISE, quiet_offscreen_warnings
from scdesk.cli.main import run as scdesk
from scdesk.operations.organizations import create_organization, open_organization

ORG = "Springfield Sister Cities"
A_CHECK = "1 run: a check that the bench works, not a measurement"


def refused(
    capsys: pytest.CaptureFixture[str], command: Callable[[list[str]], object], *argv: str
) -> str:
    """The one error line argparse printed (after the usage) when `command` refused `argv`."""
    with pytest.raises(SystemExit) as exited:
        command(list(argv))
    assert exited.value.code == 2
    error = capsys.readouterr().err
    assert "Traceback" not in error
    [line] = [line for line in error.splitlines() if ": error: " in line]
    assert error.rstrip().endswith(line)
    return line


@pytest.mark.parametrize("bench", [lists, editors, reports, backups], ids=lambda m: m.__name__)
@pytest.mark.parametrize("runs", ["0", "-1", "none"])
def test_runs_below_one_are_refused_in_one_line_before_anything_is_measured(
    bench: ModuleType, runs: str, capsys: pytest.CaptureFixture[str]
) -> None:
    create_organization(ORG)
    line = refused(capsys, bench.main, "--org", ORG, "--runs", runs)
    assert line == (
        f"python -m {bench.__name__}: error: argument --runs: "
        f"must be a whole number of at least 1, not {runs}"
    )


def test_the_suite_refuses_runs_below_one_the_same_way(capsys: pytest.CaptureFixture[str]) -> None:
    line = refused(capsys, bench_command, "--runs", "0")
    assert line.endswith("error: argument --runs: must be a whole number of at least 1, not 0")


def test_the_editors_bench_refuses_an_organization_without_exchanges_as_the_suite_does(
    scdesk_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    create_organization("Empty Town")
    assert bench_command(["--org", "Empty Town", "--runs", "1"]) == 2
    suite_says = capsys.readouterr().err.strip().removeprefix("python -m scdesk.bench: ")
    assert editors.main(["--org", "Empty Town", "--runs", "1"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [f"python -m scdesk.bench.editors: {suite_says}"]
    assert suite_says.startswith("“Empty Town” has no exchange with participants")
    assert [p.name for p in (scdesk_home / "organizations").iterdir()] == ["empty-town"]


@pytest.mark.parametrize("people", ["0", "-5", "many"])
def test_the_contacts_bench_refuses_a_number_of_people_below_one(
    people: str, capsys: pytest.CaptureFixture[str]
) -> None:
    line = refused(capsys, contacts.main, "--people", people)
    assert line.endswith(f"argument --people: must be a whole number of at least 1, not {people}")


@pytest.mark.parametrize("scale", ["0", "-1", "10.5", "nan", "large"])
def test_the_roster_bench_refuses_a_scale_the_large_demo_cannot_be_built_at(
    scale: str, capsys: pytest.CaptureFixture[str]
) -> None:
    line = refused(capsys, roster.main, "--scale", scale, "--no-import")
    assert line.endswith(f"argument --scale: must be more than 0 and at most 10, not {scale}")


@pytest.mark.parametrize("people", ["0", "1000001"])
def test_the_roster_bench_refuses_a_full_import_the_demo_cannot_make(
    people: str, capsys: pytest.CaptureFixture[str]
) -> None:
    line = refused(capsys, roster.main, "--people", people, "--no-large")
    assert line.endswith(
        f"argument --people: must be a whole number of at least 1 and at most 1,000,000, "
        f"not {people}"
    )


def help_of(capsys: pytest.CaptureFixture[str], command: Callable[[list[str]], object]) -> str:
    with pytest.raises(SystemExit) as exited:
        command(["--help"])
    assert exited.value.code == 0
    return " ".join(capsys.readouterr().out.split())  # argparse's wrapping undone


def test_the_roster_and_contacts_benches_say_why_they_have_no_runs(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for bench in (roster, contacts):
        shown = help_of(capsys, bench.main)
        assert "Each step is timed once, so there is no --runs" in shown
        assert "Run it again to see how much the figures vary." in shown
    shown = help_of(capsys, roster.main)
    assert "--people PEOPLE how many people the file of the full import holds" in shown
    assert "--scale SCALE the size of the large demo the delta and the export are" in shown
    shown = help_of(capsys, contacts.main)
    assert "--people PEOPLE how many people the CSV imported lists" in shown
    # As the bench's own output says: "20,000 people in 26,667 rows".
    assert "so 20000 people take 26667 rows (default: 20000)" in shown
    assert len(contacts.roster_rows(20_000)) == 26_667


def test_the_demo_command_says_what_each_size_holds_and_which_is_the_default(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        scdesk(["demo", "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    assert "--size {small,large} small: about 150 people" in shown
    assert "large: 100,000 people" in shown
    assert "(default: small)" in shown


@pytest.mark.qt_log_ignore("something else")
def test_the_offscreen_platforms_warnings_are_dropped_and_others_passed_on(qtlog) -> None:
    with quiet_offscreen_warnings():
        for noise in sorted(OFFSCREEN_NOISE):
            qWarning(noise)
        qWarning("something else")
    assert [record.message for record in qtlog.records] == ["something else"]


@pytest.mark.parametrize("bench", [lists, editors], ids=lambda m: m.__name__)
def test_the_widget_benches_are_quiet_say_one_run_is_a_check_and_leave_no_settings_file(
    bench: ModuleType,
    small_demo: str,
    scdesk_home: Path,
    capsys: pytest.CaptureFixture[str],
    qtlog,
) -> None:
    assert bench.main(["--org", small_demo, "--runs", "1"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == f"“{small_demo}”, {A_CHECK}"
    assert not [r.message for r in qtlog.records if r.message in OFFSCREEN_NOISE]
    assert not (scdesk_home / "settings.ini").exists()


def test_the_editors_bench_shows_a_participant_when_nobody_logged_hours(small_demo: str) -> None:
    with open_organization(small_demo) as org:
        with org.database.transaction() as session:
            session.connection().exec_driver_sql("DELETE FROM volunteer_hours")
        exchange_id, _participants = editors.busiest_exchange(org)
        person_id = editors.busiest_volunteer(org, exchange_id)
        with org.database.session() as session:
            participants = session.connection().exec_driver_sql(
                "SELECT person_id FROM participation WHERE exchange_id = ?", (exchange_id,)
            )
            assert person_id in participants.scalars().all()


def test_the_reports_bench_says_one_run_is_a_check(
    small_demo: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert reports.main(["--org", small_demo, "--runs", "1"]) == 0
    out = capsys.readouterr().out
    assert f"the 3 s target ({A_CHECK})" in out
    assert "1 runs" not in out
    assert reports.main(["--org", small_demo, "--runs", "2"]) == 0
    assert "the 3 s target (median of 2 runs)" in capsys.readouterr().out


def test_the_backups_bench_says_what_its_nothing_to_back_up_row_is(
    capsys: pytest.CaptureFixture[str],
) -> None:
    create_organization(ORG)
    assert backups.main(["--org", ORG, "--runs", "1"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].endswith(f", {A_CHECK}")
    assert re.search(r"^  nothing to back up \(close, hourly\) +\d+\.\d{3} s", out, re.M)
    assert "the check the window makes when it closes and every hour" in " ".join(out.split())
    assert "nothing changed" not in out
