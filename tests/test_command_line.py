"""The command line, used as an administrator would."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

from scdesk.cli.demo import ConsoleProgress
from scdesk.cli.main import run


def scdesk(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = run(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_create_list_rename_and_remove(capsys) -> None:
    assert scdesk(capsys, "org", "list")[1].startswith("No organizations yet")
    code, out, _ = scdesk(
        capsys,
        "org",
        "create",
        "Springfield Sister Cities",
        "--city",
        "Springfield",
        "--country",
        "us",
    )
    assert (code, out) == (0, "Created “Springfield Sister Cities”.\n")
    assert "Springfield Sister Cities" in scdesk(capsys, "org", "list")[1]
    assert scdesk(capsys, "org", "rename", "Springfield Sister Cities", "Springfield SCA")[0] == 0
    code, out, _ = scdesk(capsys, "org", "remove", "Springfield SCA")
    assert code == 0 and "files are kept" in out


def test_check_reports_a_healthy_organization(capsys) -> None:
    scdesk(capsys, "org", "create", "Springfield Sister Cities", "--country", "US")
    code, out, _ = scdesk(capsys, "check")
    assert code == 0
    assert "Healthy" in out and "person: 0" in out


def test_errors_go_to_stderr_with_a_non_zero_exit_code(capsys) -> None:
    code, out, err = scdesk(capsys, "check", "--org", "Nowhere")
    assert code != 0 and out == ""
    assert "no organization called “Nowhere”" in err


def test_several_organizations_need_a_choice(capsys) -> None:
    scdesk(capsys, "org", "create", "Springfield Sister Cities")
    scdesk(capsys, "org", "create", "Shelbyville Twinning")
    code, _, err = scdesk(capsys, "check")
    assert code == 1 and "--org NAME" in err
    assert scdesk(capsys, "check", "--org", "shelbyville twinning")[0] == 0


def test_a_bad_country_is_refused_with_the_field_named(capsys) -> None:
    code, _, err = scdesk(capsys, "org", "create", "Springfield", "--country", "XX")
    assert code == 1 and "country" in err and "XX" in err
    assert scdesk(capsys, "org", "list")[1].startswith("No organizations yet")


@pytest.mark.parametrize("command", [[], ["org"], ["org", "create"], ["demo"], ["check"]])
def test_help_everywhere(command: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "scdesk", *command, "--help"], capture_output=True, text=True
    )
    assert result.returncode == 0
    assert result.stdout.startswith("usage: scdesk")


def test_demo_progress_into_a_file_or_pipe_is_whole_lines(capsys) -> None:
    code, out, err = scdesk(capsys, "demo")
    assert code == 0 and out.startswith("Created “Springfield Sister Cities”")
    assert "\r" not in err  # not one long line of carriage returns in a log
    lines = err.splitlines()
    assert 2 <= len(lines) <= 20
    assert lines[0].split()[1:] == ["Partnerships"]
    assert lines[-1].split()[0] == "100%"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_demo_progress_on_a_terminal_rewrites_one_line_and_ends_it() -> None:
    terminal = Terminal()
    progress = ConsoleProgress(terminal)
    progress(1, 4, "People")
    progress(4, 4, "Exchanges")
    progress.finish()
    assert terminal.getvalue().count("\r") == 2
    assert terminal.getvalue().endswith("\n") and terminal.getvalue().count("\n") == 1
