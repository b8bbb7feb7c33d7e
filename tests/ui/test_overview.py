"""The overview answers "what's next?": exchanges coming up open in one click, and the
everyday tasks are one button away."""

from __future__ import annotations

import threading
from datetime import date, timedelta

from PySide6.QtCore import Qt

from scdesk.model import Exchange
from scdesk.model.enums import ExchangeDirection, ExchangeField, ExchangeStatus
from scdesk.operations import organization_overview
from scdesk.operations.organization_overview import upcoming_exchanges
from scdesk.operations.partnerships import create_partnership
from scdesk.operations.records import create_record
from scdesk.ui import overview as overview_module
from scdesk.ui.overview import OverviewPage


def figures_shown(qtbot, page: OverviewPage) -> OverviewPage:
    qtbot.waitUntil(lambda: not page.reading())
    return page


def add_exchange(session, partnership_id: int, title: str, starts: date, ends: date, status):
    return create_record(
        session,
        Exchange,
        {
            "title": title,
            "field": ExchangeField.CULTURAL,
            "direction": ExchangeDirection.INBOUND,
            "status": status,
            "starts_on": starts,
            "ends_on": ends,
            "partnership_id": partnership_id,
        },
    ).id


def test_upcoming_exchanges_are_those_still_ahead_under_way_first(org) -> None:
    today = date(2026, 6, 1)
    with org.database.transaction() as session:
        lyon = create_partnership(session, {"partner_city": "Lyon", "partner_country": "FR"}).id
        add = lambda title, start, end, status=ExchangeStatus.CONFIRMED: add_exchange(  # noqa: E731
            session, lyon, title, start, end, status
        )
        add("Past visit", today - timedelta(days=30), today - timedelta(days=20))
        running = add("Choir tour", today - timedelta(days=2), today + timedelta(days=3))
        later = add("Youth camp", today + timedelta(days=40), today + timedelta(days=50))
        soon = add("Mayors' visit", today + timedelta(days=5), today + timedelta(days=6))
        add(
            "Called off",
            today + timedelta(days=7),
            today + timedelta(days=8),
            ExchangeStatus.CANCELLED,
        )
    with org.database.session() as session:
        found = upcoming_exchanges(session, today)
    assert [e.id for e in found] == [running, soon, later]
    assert found[0].under_way(today) and not found[1].under_way(today)
    assert found[0].partner_city == "Lyon"


def test_choosing_an_exchange_coming_up_opens_it(qtbot, open_window, org) -> None:
    today = date.today()
    with org.database.transaction() as session:
        lyon = create_partnership(session, {"partner_city": "Lyon", "partner_country": "FR"}).id
        visit = add_exchange(
            session,
            lyon,
            "Mayors' visit",
            today + timedelta(days=5),
            today + timedelta(days=6),
            ExchangeStatus.PLANNED,
        )
    window = open_window(org)
    page = figures_shown(qtbot, window.pages.currentWidget())
    assert isinstance(page, OverviewPage)
    assert "Mayors&#x27; visit" in page.upcoming.text()
    page.upcoming.linkActivated.emit(f"exchange:{visit}")
    exchanges = window.current_page()
    assert window.navigation.currentItem().text() == "Exchanges"
    assert exchanges.editor.record_id() == visit


def test_an_organization_without_plans_says_how_to_fill_coming_up(qtbot, open_window, org) -> None:
    window = open_window(org)
    page = figures_shown(qtbot, window.pages.currentWidget())
    assert "No exchange is planned yet" in page.upcoming.text()


def test_everyday_task_buttons_open_their_section(qtbot, open_window, org) -> None:
    window = open_window(org)
    page = window.pages.currentWidget()
    buttons = {b.text(): b for b in page.action_buttons}
    qtbot.mouseClick(buttons["Log volunteer hours"], Qt.MouseButton.LeftButton)
    assert window.navigation.currentItem().text() == "Hours"
    window.show_section("overview")
    qtbot.mouseClick(buttons["Record an exchange"], Qt.MouseButton.LeftButton)
    assert window.navigation.currentItem().text() == "Exchanges"
    editor = window.current_page().editor
    assert editor.record_id() is None and editor._showing_form  # a new, empty exchange


def test_coming_back_to_the_overview_shows_what_changed_meanwhile(qtbot, open_window, org) -> None:
    window = open_window(org)
    page = figures_shown(qtbot, window.pages.currentWidget())
    assert "No exchange is planned yet" in page.upcoming.text()
    window.show_section("exchange")
    with org.database.transaction() as session:
        lyon = create_partnership(session, {"partner_city": "Lyon", "partner_country": "FR"}).id
        start = date.today() + timedelta(days=9)
        add_exchange(session, lyon, "Choir tour", start, start, ExchangeStatus.PLANNED)
    window.show_section("overview")
    figures_shown(qtbot, page)
    assert "Choir tour" in page.upcoming.text()
    assert "<b>1</b>" in page.text.text()  # one partnership, one exchange now


def test_the_overview_shows_at_once_and_its_figures_once_read_on_a_worker(
    qtbot, org, monkeypatch
) -> None:
    release = threading.Event()

    def held_overview(session):
        release.wait(timeout=10)
        return organization_overview.overview(session)

    monkeypatch.setattr(overview_module, "overview", held_overview)
    page = OverviewPage(org)
    qtbot.addWidget(page)
    assert "Springfield Sister Cities" in page.heading.text()
    assert "Counting the records" in page.text.text()
    with qtbot.waitSignal(page.shown, timeout=5_000):
        release.set()
    assert "Volunteer hours entries" in page.text.text()


def test_the_first_show_leaves_the_database_to_the_worker(qtbot, org, monkeypatch) -> None:
    """Showing the page before its figures arrive asks nothing on the interface thread: the
    worker is reading them already, and a first connection there would delay the paint."""
    asked_here: list[int] = []
    monkeypatch.setattr(overview_module, "changes_so_far", lambda session: asked_here.append(1))
    page = OverviewPage(org)
    qtbot.addWidget(page)
    page.show()
    assert asked_here == []
    figures_shown(qtbot, page)
