"""Reports in Spanish and French: countries named in the report's language, counts of one
in the singular, and the Save dialog offering a file name in the reader's language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from report_pdf_tools import pdf_pages

from scdesk.reports.figures.period import Period
from scdesk.reports.figures.request import ReportKind, ReportRequest, collect_figures
from scdesk.reports.render.application import ensure_gui_application
from scdesk.reports.render.blocks import KeyFigures
from scdesk.reports.render.report import report_layout, write_report_pdf
from scdesk.storage.organization_files import OpenOrganization
from scdesk.ui.reports import ReportsPage


@pytest.fixture
def speak(speak: Callable[[str], str]) -> Callable[[str], str]:
    """The shared `speak`, with the report fonts registered as the app registers them."""
    ensure_gui_application()
    return speak


def annual_text(org: OpenOrganization, year: int, language: str, target: Path) -> list[str]:
    request = ReportRequest(ReportKind.ANNUAL, Period.year(year), language=language)
    with org.database.session() as session:
        figures = collect_figures(session, request, org.folder.attachments)
    (path,) = write_report_pdf(figures, target)
    return [" ".join(page.split()) for page in pdf_pages(path)]


@pytest.mark.parametrize(
    ("language", "home", "partners"),
    [
        ("es", "Springfield, Illinois, Estados Unidos", ["Curitiba, Brasil", "Alemania"]),
        ("fr", "Springfield, Illinois, États-Unis", ["Curitiba, Brésil", "Allemagne"]),
    ],
)
def test_the_annual_report_names_countries_in_its_own_language(
    demo, speak, tmp_path, language, home, partners
) -> None:
    speak(language)
    pages = annual_text(demo, 2025, language, tmp_path / f"annual-{language}.pdf")
    everything = "\n".join(pages)
    assert home in pages[0]
    for name in partners:
        assert name in everything
    for english in ("United States", "Brazil", "Germany"):
        assert english not in everything


@pytest.mark.parametrize(
    ("language", "glance", "plural"),
    [
        (
            "es",
            [
                "hermanamiento activo",
                "intercambio",
                "participantes",
                "horas de voluntariado",
                "socio nuevo",
            ],
            "socios nuevos",
        ),
        (
            "fr",
            ["jumelage actif", "échange", "participants", "heures de bénévolat", "nouvel adhérent"],
            "nouveaux",
        ),
        (
            "en",
            ["active partnership", "exchange", "participants", "volunteer hours", "new member"],
            "members",
        ),
    ],
)
def test_a_count_of_one_reads_in_the_singular(
    seeded, org, speak, tmp_path, language, glance, plural
) -> None:
    """The seeded year has one partnership, one exchange, two participants, 8.5 hours and
    one member who joined: the word under each number agrees with it."""
    speak(language)
    request = ReportRequest(ReportKind.ANNUAL, Period.year(2025), language=language)
    with org.database.session() as session:
        layout = report_layout(collect_figures(session, request))
    key_figures = next(block for block in layout.blocks if isinstance(block, KeyFigures))
    assert [words for _number, words in key_figures.items] == glance
    page = annual_text(org, 2025, language, tmp_path / f"annual-{language}.pdf")[1]
    assert plural not in page


@pytest.mark.parametrize(
    ("language", "suggested"),
    [("es", "informe-anual.pdf"), ("fr", "rapport-annuel.pdf"), ("en", "annual-report.pdf")],
)
def test_the_save_dialog_suggests_a_file_name_in_the_app_s_language(
    qtbot, seeded, org, speak, monkeypatch, tmp_path, language, suggested
) -> None:
    speak(language)
    offered: list[str] = []

    def save_file_name(_parent, _caption, name, _filters):
        offered.append(name)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_file_name))
    page = ReportsPage(org)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert [Path(name).name for name in offered] == [suggested]


def test_the_partnership_to_report_on_is_offered_with_its_country_in_the_app_s_language(
    qtbot, seeded, org, speak
) -> None:
    speak("es")
    page = ReportsPage(org)
    qtbot.addWidget(page)
    assert page.options.partnership.currentText() == "Lyon, Francia"


@pytest.mark.parametrize(("language", "renewed"), [("es", "Renovado"), ("fr", "Renouvelée")])
def test_an_agreement_column_holds_its_word_whole(demo, speak, tmp_path, language, renewed):
    """A narrow column printed "Renovad" on one line and "o" on the next."""
    speak(language)
    pages = annual_text(demo, 2025, language, tmp_path / f"annual-{language}.pdf")
    assert renewed in "\n".join(pages)
