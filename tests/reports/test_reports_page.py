"""The Reports page, driven the way a committee chair would drive it."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from report_pdf_tools import images_on_page, save_logo

from scdesk.reports.figures.request import OutputFormat, ReportKind
from scdesk.ui.reports import ReportsPage
from scdesk.ui.settings import app_settings

WAIT_MS = 60_000


def make_page(qtbot, org) -> ReportsPage:
    page = ReportsPage(org)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


def choose(qtbot, page: ReportsPage, kind: ReportKind) -> None:
    """With the arrow keys, as someone would without a mouse."""
    combo = page.options.kind
    combo.setFocus()
    target = combo.findData(kind.value)
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(abs(target - combo.currentIndex())):
        qtbot.keyClick(combo, key)
    assert combo.currentData() == kind.value


def set_year(qtbot, page: ReportsPage, year: int) -> None:
    page.options.year.selectAll()
    qtbot.keyClicks(page.options.year, str(year))


def test_previewing_the_annual_report_shows_its_pages(qtbot, seeded, org, english) -> None:
    page = make_page(qtbot, org)
    set_year(qtbot, page, 2025)
    assert not page.print_button.isEnabled()
    with qtbot.waitSignal(page.previewReady, timeout=WAIT_MS):
        qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert page.preview.pageCount() >= 3
    assert page.print_button.isEnabled()
    assert page.status.text() == f"{page.preview.pageCount()} pages."
    assert app_settings().value("reports/last_kind") == "annual"


def test_the_form_shows_only_what_the_chosen_report_uses(qtbot, seeded, org) -> None:
    page = make_page(qtbot, org)
    form, o = page.options.form, page.options
    choose(qtbot, page, ReportKind.TRIP)
    assert form.isRowVisible(o.exchange) and not form.isRowVisible(o.partnership)
    choose(qtbot, page, ReportKind.PARTNERSHIP)
    assert form.isRowVisible(o.partnership) and not form.isRowVisible(o.exchange)
    assert o.partnership.currentText() == "Lyon, France"
    qtbot.mouseClick(o.use_dates, Qt.MouseButton.LeftButton)
    assert form.isRowVisible(o.starts) and not form.isRowVisible(o.year)
    choose(qtbot, page, ReportKind.DIRECTORY)
    assert form.isRowVisible(o.on) and not form.isRowVisible(o.starts)


def test_the_trip_sheet_lists_the_exchanges_of_the_chosen_year(qtbot, seeded, org) -> None:
    page = make_page(qtbot, org)
    choose(qtbot, page, ReportKind.TRIP)
    set_year(qtbot, page, 2024)
    assert page.options.exchange.count() == 0
    set_year(qtbot, page, 2025)
    assert page.options.exchange.currentText() == "Youth orchestra visit (2025-06-10)"


def test_saving_as_a_workbook_writes_it_in_the_background(qtbot, seeded, org, tmp_path) -> None:
    page = make_page(qtbot, org)
    choose(qtbot, page, ReportKind.HOURS)
    set_year(qtbot, page, 2025)
    request = page.build_request()
    with qtbot.waitSignal(page.saved, timeout=WAIT_MS) as saved:
        page.save_to(request, tmp_path / "hours", OutputFormat.XLSX)
    assert saved.args[0] == [tmp_path / "hours.xlsx"]
    sheet = openpyxl.load_workbook(tmp_path / "hours.xlsx")["Hours by person"]
    assert sheet.max_row == 3
    assert page.status.text() == "Saved hours.xlsx."
    assert app_settings().value("reports/last_folder") == str(tmp_path)


def choose_logo_file(qtbot, page: ReportsPage, monkeypatch, path: Path) -> None:
    """Press Choose… and pick `path` in the file dialog."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(path), ""))
    qtbot.mouseClick(page.logo.choose_button, Qt.MouseButton.LeftButton)


def saved_pdf(qtbot, page: ReportsPage, target: Path) -> Path:
    with qtbot.waitSignal(page.saved, timeout=WAIT_MS):
        page.save_to(page.build_request(), target, OutputFormat.PDF)
    qtbot.waitUntil(lambda: not page.runner.running())  # its task is told done just after
    return target


def test_the_logo_chosen_on_the_page_goes_on_every_title_page_until_removed(
    qtbot, seeded, org, english, tmp_path, monkeypatch
) -> None:
    page = make_page(qtbot, org)
    set_year(qtbot, page, 2025)
    assert page.logo.picture.pixmap().isNull() and not page.logo.remove_button.isEnabled()
    choose_logo_file(qtbot, page, monkeypatch, save_logo(tmp_path / "crest.png"))
    assert not page.logo.picture.pixmap().isNull() and page.logo.remove_button.isEnabled()
    (image,) = images_on_page(saved_pdf(qtbot, page, tmp_path / "with.pdf"), 1)
    assert " 48 " in image
    again = make_page(qtbot, org)  # kept with the organization, not with this window
    assert not again.logo.picture.pixmap().isNull()
    qtbot.mouseClick(page.logo.remove_button, Qt.MouseButton.LeftButton)
    assert page.logo.picture.pixmap().isNull() and not page.logo.remove_button.isEnabled()
    assert images_on_page(saved_pdf(qtbot, page, tmp_path / "without.pdf"), 1) == []


def test_a_logo_that_is_not_an_image_is_explained_and_the_old_one_kept(
    qtbot, seeded, org, tmp_path, monkeypatch
) -> None:
    page = make_page(qtbot, org)
    choose_logo_file(qtbot, page, monkeypatch, save_logo(tmp_path / "crest.png"))
    (tmp_path / "notes.txt").write_text("not a picture")
    with qtbot.waitSignal(page.logo.failed) as failed:
        choose_logo_file(qtbot, page, monkeypatch, tmp_path / "notes.txt")
    assert failed.args[0] == "Choose a PNG or JPEG image for the logo."
    assert page.status.text() == failed.args[0]
    assert not page.logo.picture.pixmap().isNull()


def test_an_unknown_person_is_explained_not_previewed(qtbot, seeded, org) -> None:
    page = make_page(qtbot, org)
    choose(qtbot, page, ReportKind.HOURS)
    qtbot.keyClicks(page.options.person, "Nobody Atall")
    with qtbot.waitSignal(page.failed, timeout=WAIT_MS) as failed:
        qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert failed.args[0] == "no person has the id or name “Nobody Atall”."
    assert page.status.text() == failed.args[0]
    assert page.preview_button.isEnabled() and page.layout_shown is None


def test_every_control_has_an_accessible_name(qtbot, seeded, org) -> None:
    page = make_page(qtbot, org)
    o = page.options
    controls = [
        o.kind,
        o.year,
        o.use_dates,
        o.starts,
        o.ends,
        o.partnership,
        o.exchange,
        o.committee,
        o.person,
        o.approved_only,
        o.on,
        page.preview_button,
        page.print_button,
        page.save_button,
        page.preview,
        page.logo.choose_button,
        page.logo.remove_button,
        page.logo.picture,
    ]
    assert all(control.accessibleName() for control in controls)
