"""`scdesk report …` used as a chair or an administrator would, from a shell."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from report_pdf_tools import images_on_page, pdf_text, save_logo
from report_seed import seed_closed

from scdesk.cli.main import run
from scdesk.operations.organizations import create_organization, open_organization
from scdesk.ui.i18n import install_language
from scdesk.ui.user_preferences import SYSTEM, Preferences, save_preferences


@pytest.fixture
def lyon(english) -> None:  # english: a QApplication exists before the command needs Qt
    seed_closed()


def scdesk(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = run(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_annual_report_as_pdf(lyon, capsys, tmp_path: Path) -> None:
    code, out, err = scdesk(
        capsys, "report", "annual", "--year", "2025", "-o", str(tmp_path / "a.pdf")
    )
    assert (code, err) == (0, "")
    assert out == f"Wrote {tmp_path / 'a.pdf'}\n"
    assert "Youth orchestra" not in pdf_text(tmp_path / "a.pdf")  # counted, not listed
    assert "Lyon, France" in pdf_text(tmp_path / "a.pdf")


def test_a_logo_given_on_the_command_line_is_on_the_title_page(lyon, capsys, tmp_path) -> None:
    logo = save_logo(tmp_path / "crest.png")
    target = tmp_path / "a.pdf"
    args = ("report", "annual", "--year", "2025", "-o", str(target))
    assert scdesk(capsys, *args)[0] == 0
    assert images_on_page(target, 1) == []
    assert scdesk(capsys, *args, "--logo", str(logo))[0] == 0
    (image,) = images_on_page(target, 1)
    assert " 48 " in image  # the crest, 48 pixels wide
    assert images_on_page(target, 2) == []  # the title page only


def test_a_logo_that_is_not_an_image_is_refused(lyon, capsys, tmp_path: Path) -> None:
    (tmp_path / "crest.txt").write_text("not a picture")
    with pytest.raises(SystemExit) as refused:
        scdesk(capsys, "report", "annual", "--logo", str(tmp_path / "crest.txt"), "-o", "a.pdf")
    assert refused.value.code == 2
    assert "Choose a PNG or JPEG image for the logo." in capsys.readouterr().err
    assert not Path("a.pdf").exists()


def test_the_format_follows_the_file_extension(lyon, capsys, tmp_path: Path) -> None:
    target = tmp_path / "hours.xlsx"
    assert scdesk(capsys, "report", "hours", "--year", "2025", "-o", str(target))[0] == 0
    people = openpyxl.load_workbook(target)["Hours by person"]
    assert [row[0] for row in people.iter_rows(min_row=2, values_only=True)] == [
        "Ann Archer",
        "Bob Baker",
    ]


def test_hours_can_be_filtered_by_person_and_approval(lyon, capsys, tmp_path: Path) -> None:
    target = tmp_path / "ann.csv"
    code, *_ = scdesk(
        capsys,
        "report",
        "hours",
        "--year",
        "2025",
        "--person",
        "archer",
        "--approved-only",
        "--format",
        "csv",
        "-o",
        str(target),
    )
    assert code == 0
    by_person = (tmp_path / "ann-hours-by-person.csv").read_text(encoding="utf-8-sig")
    assert by_person.splitlines()[1:] == ["Ann Archer,1,6,6"]


def test_partnership_and_trip_reports_find_their_record_by_name(lyon, capsys, tmp_path: Path):
    assert (
        scdesk(
            capsys,
            "report",
            "partnership",
            "--partnership",
            "lyon",
            "--year",
            "2025",
            "-o",
            str(tmp_path / "p.pdf"),
        )[0]
        == 0
    )
    assert "Partnership with Lyon" in pdf_text(tmp_path / "p.pdf")
    assert (
        scdesk(capsys, "report", "trip", "--exchange", "orchestra", "-o", str(tmp_path / "t.ics"))[
            0
        ]
        == 0
    )
    assert "Welcome dinner" in (tmp_path / "t.ics").read_text(encoding="utf-8")


def test_an_unknown_partnership_is_named_in_the_error(lyon, capsys, tmp_path: Path) -> None:
    code, out, err = scdesk(
        capsys, "report", "partnership", "--partnership", "Atlantis", "-o", str(tmp_path / "p.pdf")
    )
    assert code == 1 and out == ""
    assert err == "scdesk: no partnership has the id or name “Atlantis”.\n"
    assert not (tmp_path / "p.pdf").exists()


def test_a_directory_cannot_be_saved_as_a_calendar(lyon, capsys, tmp_path: Path) -> None:
    code, _out, err = scdesk(capsys, "report", "directory", "-o", str(tmp_path / "d.ics"))
    assert code == 2 and "cannot be saved as ics" in err


def test_dates_the_wrong_way_round_are_refused(lyon, capsys, tmp_path: Path) -> None:
    code, _out, err = scdesk(
        capsys,
        "report",
        "annual",
        "--from",
        "2025-06-30",
        "--to",
        "2025-01-01",
        "-o",
        str(tmp_path / "a.pdf"),
    )
    assert code == 2 and "ends (2025-01-01) before it starts (2025-06-30)" in err


def test_the_command_line_renders_without_a_display(tmp_path: Path) -> None:
    """A fresh process with no Qt application and no display makes its own, offscreen."""
    create_organization("Springfield Sister Cities", city="Springfield", country="US")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    result = subprocess.run(
        [sys.executable, "-m", "scdesk", "report", "directory", "-o", str(tmp_path / "d.pdf")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Member directory" in pdf_text(tmp_path / "d.pdf")


def test_open_organization_is_released_after_the_command(lyon, capsys, tmp_path) -> None:
    scdesk(capsys, "report", "directory", "-o", str(tmp_path / "d.csv"))
    with open_organization("Springfield Sister Cities"):
        pass


@pytest.fixture
def back_to_system_language(qapp) -> Iterator[None]:
    """The command installs the report's language in this process; the next test gets the
    system's again."""
    yield
    install_language(qapp, SYSTEM)


def test_language_writes_the_report_in_spanish(
    lyon, back_to_system_language, capsys, tmp_path: Path
) -> None:
    target = tmp_path / "informe.pdf"
    code, _out, err = scdesk(
        capsys, "report", "annual", "--year", "2025", "--language", "es", "-o", str(target)
    )
    assert (code, err) == (0, "")
    text = pdf_text(target)
    assert "Informe anual" in text
    assert "Lyon, Francia" in text
    assert "Annual report" not in text


def test_without_language_the_report_speaks_the_language_chosen_in_preferences(
    lyon, back_to_system_language, capsys, tmp_path: Path
) -> None:
    save_preferences(Preferences(language="fr"))
    target = tmp_path / "rapport.pdf"
    assert scdesk(capsys, "report", "annual", "--year", "2025", "-o", str(target))[0] == 0
    assert "Rapport annuel" in pdf_text(target)


def test_a_language_the_app_does_not_ship_is_refused_with_the_choices(
    lyon, capsys, tmp_path: Path
) -> None:
    with pytest.raises(SystemExit) as refused:
        scdesk(capsys, "report", "annual", "--language", "de", "-o", str(tmp_path / "a.pdf"))
    assert refused.value.code == 2
    assert "choose from 'en', 'es', 'fr'" in capsys.readouterr().err
    assert not (tmp_path / "a.pdf").exists()
