"""Searching runs on a worker: typing goes on while a search is running, and only the
answer to what was typed last is shown."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtGui import QUndoStack

from scdesk.operations.search import search_everything
from scdesk.ui import global_search
from scdesk.ui.global_search import GlobalSearch
from scdesk.ui.lists import people_model, record_table_model
from scdesk.ui.lists.people_page import PeoplePage


@pytest.fixture
def held_search(monkeypatch):
    """Searches for "b" wait on the worker until the test lets them go; others run at once."""
    release = threading.Event()
    asked: list[str] = []

    def slow_for_b(session, typed, language):
        asked.append(typed)
        if typed == "b":
            release.wait(timeout=10)
        return search_everything(session, typed, language=language)

    monkeypatch.setattr(global_search, "search_everything", slow_for_b)
    return release, asked


def test_typing_goes_on_while_a_search_is_running(qtbot, demo, held_search) -> None:
    release, asked = held_search
    search = GlobalSearch(demo.database)
    qtbot.addWidget(search.field)
    qtbot.keyClicks(search.field, "b")
    search.search_now()
    qtbot.waitUntil(lambda: asked == ["b"], timeout=5_000)
    qtbot.keyClicks(search.field, "en okaf")  # the "b" search is still held on the worker
    assert search.field.text() == "ben okaf"
    assert search.finder.pending()
    release.set()
    with qtbot.waitSignal(search.answered, timeout=5_000):
        search.search_now()
    search.finder.wait()


def test_only_the_newest_search_is_shown(qtbot, demo, held_search) -> None:
    release, asked = held_search
    search = GlobalSearch(demo.database)
    qtbot.addWidget(search.field)
    shown: list[str] = []
    search.results_wanted.connect(lambda _wanted: shown.append(search.results.summary.text()))
    qtbot.keyClicks(search.field, "b")
    search.search_now()
    qtbot.waitUntil(lambda: asked == ["b"], timeout=5_000)
    qtbot.keyClicks(search.field, "en okaf")
    search.search_now()  # asked while the "b" search still runs
    with qtbot.waitSignal(search.answered, timeout=5_000):
        release.set()
    search.finder.wait()
    qtbot.wait(50)  # let a late (stale) answer arrive, if one were going to be shown
    assert shown == ["Found for “ben okaf”: press Enter to open the chosen one."]
    assert search.results.tree.currentItem().text(0) == "Ben Okafor"


def test_enter_before_the_hits_arrive_opens_the_first_of_them(qtbot, demo) -> None:
    search = GlobalSearch(demo.database)
    qtbot.addWidget(search.field)
    qtbot.keyClicks(search.field, "ben okaf")
    with qtbot.waitSignal(search.open_requested, timeout=5_000) as opened:
        search.open_chosen()  # still within the typing pause: nothing found yet
    kind, _record_id = opened.args
    assert kind == "person"
    assert search.field.text() == ""


def test_clearing_the_field_drops_a_search_still_running(qtbot, demo, held_search) -> None:
    release, asked = held_search
    search = GlobalSearch(demo.database)
    qtbot.addWidget(search.field)
    wanted: list[bool] = []
    search.results_wanted.connect(wanted.append)
    qtbot.keyClicks(search.field, "b")
    search.search_now()
    qtbot.waitUntil(lambda: asked == ["b"], timeout=5_000)
    search.field.clear()
    release.set()
    search.finder.wait()
    qtbot.wait(50)
    assert wanted == [False]
    assert search.results.tree.topLevelItemCount() == 0


def test_typing_in_the_people_find_box_goes_on_while_the_list_is_searched(
    qtbot, demo, monkeypatch
) -> None:
    release = threading.Event()
    asked: list[str] = []
    real_ordered_ids = record_table_model.ordered_ids

    def slow_for_b(session, listing, filters, *order):
        if filters.text:
            asked.append(filters.text)
        if filters.text == "b":
            release.wait(timeout=10)
        return real_ordered_ids(session, listing, filters, *order)

    monkeypatch.setattr(record_table_model, "ordered_ids", slow_for_b)
    page = PeoplePage(demo, None, QUndoStack())
    qtbot.addWidget(page)
    page.show()
    everyone = page.model.rowCount()
    shown: list[int] = []
    page.model.reloaded.connect(lambda: shown.append(page.model.rowCount()))
    qtbot.keyClicks(page.search, "b")
    qtbot.waitUntil(lambda: asked == ["b"], timeout=5_000)
    with qtbot.waitSignal(page.filter_bar.typed, timeout=5_000):
        qtbot.keyClicks(page.search, "en okaf")  # the "b" search is still held on the worker
    assert page.search.text() == "ben okaf"
    assert page.model.finding() and page.model.rowCount() == everyone
    with qtbot.waitSignal(page.model.reloaded, timeout=5_000):
        release.set()
    page.model._finder.wait()
    qtbot.wait(50)
    assert len(shown) == 1  # the stale answer for "b" was never shown
    names = [page.model.index(r, people_model.NAME).data() for r in range(page.model.rowCount())]
    assert names == ["Okafor, Ben"]
