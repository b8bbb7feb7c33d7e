"""A partnership is named "city, country" with the country in the reader's language wherever
it is offered: the list filters, the editors' choices and the global search. A Spanish
reader saw "Lviv, UA" in a filter and "Lviv · Ukraine" in the search."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QUndoStack

from scdesk.operations.search import search_everything
from scdesk.ui.editors import editor_for
from scdesk.ui.global_search import GlobalSearch
from scdesk.ui.i18n import day_text
from scdesk.ui.lists.committees_page import CommitteesPage
from scdesk.ui.lists.exchanges_page import ExchangesPage


def offered(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


@pytest.mark.parametrize(
    ("language", "lviv", "freiburg"),
    [
        ("es", "Lviv, Ucrania", "Freiburg im Breisgau, Alemania"),
        ("fr", "Lviv, Ukraine", "Freiburg im Breisgau, Allemagne"),
        ("en", "Lviv, Ukraine", "Freiburg im Breisgau, Germany"),
    ],
)
def test_list_filters_and_editors_offer_partnerships_with_the_country_in_the_app_s_language(
    qtbot, demo, speak, language, lviv, freiburg
) -> None:
    speak(language)
    for page_class in (ExchangesPage, CommitteesPage):
        page = page_class(demo, None, QUndoStack())
        qtbot.addWidget(page)
        assert {lviv, freiburg} <= set(offered(page.partnership)), page_class.__name__
    for kind in ("exchange", "committee"):
        editor = editor_for(kind, demo, QUndoStack())
        qtbot.addWidget(editor)
        editor.load(None)
        assert {lviv, freiburg} <= set(offered(editor.partnership)), kind


def test_search_names_a_partnership_s_country_in_the_language_asked_for(demo) -> None:
    with demo.database.session() as session:
        (spanish,) = [
            h for h in search_everything(session, "lviv", language="es") if h.kind == "partnership"
        ]
        (english,) = [h for h in search_everything(session, "lviv") if h.kind == "partnership"]
    assert spanish.detail.endswith("Ucrania")
    assert english.detail.endswith("Ukraine")


def test_the_global_search_writes_a_partnership_s_country_and_an_exchange_s_day_in_spanish(
    qtbot, demo, speak
) -> None:
    speak("es")
    search = GlobalSearch(demo.database)
    qtbot.addWidget(search.field)
    with demo.database.session() as session:
        exchange = next(h for h in search_everything(session, "lviv") if h.kind == "exchange")
    assert isinstance(exchange.day, date)

    with qtbot.waitSignal(search.answered, timeout=5_000):
        qtbot.keyClicks(search.field, "lviv")
        search.search_now()
    search.finder.wait()
    details = {}
    tree = search.results.tree
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        for i in range(group.childCount()):
            details[group.child(i).text(0)] = group.child(i).text(1)
    assert details["Lviv"].endswith("Ucrania")
    written = details[exchange.title]
    assert written.startswith(day_text(exchange.day))
    assert exchange.day.isoformat() not in written
