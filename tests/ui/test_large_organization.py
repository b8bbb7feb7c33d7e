"""Every list opens on the large demo (scaled to 20,000 people and 100,000 hours entries),
and searching finds the person asked for."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from scdesk.model import Person
from scdesk.ui.lists import people_model
from scdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.large


@pytest.fixture
def window(open_window, large_demo) -> MainWindow:
    return open_window(large_demo)


def somebody(org, number: int = 12_345) -> Person:
    with org.database.session() as session:
        return session.scalars(select(Person).where(Person.id == number)).one()


@pytest.mark.parametrize(
    ("key", "at_least"),
    [
        ("partnership", 6),
        ("committee", 6),
        ("exchange", 3_000),
        ("person", 20_000),
        ("hours", 90_000),
    ],
)
def test_every_list_opens_with_its_rows(qtbot, window, key, at_least) -> None:
    page = window.show_section(key)
    model = page.model
    assert model.rowCount() >= at_least
    last = model.rowCount() - 1
    assert model.index(0, 0).data()
    assert model.index(last, 0).data() is not None
    assert model.cached_rows() <= model.CACHE_ROWS
    assert window.count_label.text()


def test_the_people_list_finds_a_person_by_name_as_it_is_typed(qtbot, window, large_demo) -> None:
    person = somebody(large_demo)
    page = window.show_section("person")
    with qtbot.waitSignal(page.model.reloaded, timeout=5_000):
        qtbot.keyClicks(page.search, f"{person.given_name} {person.family_name}")
    names = [page.model.index(r, people_model.NAME).data() for r in range(page.model.rowCount())]
    assert f"{person.family_name}, {person.given_name}" in names
    assert page.model.row_of(person.id) is not None


def test_the_global_search_finds_a_person_by_email_and_opens_them(
    qtbot, window, large_demo
) -> None:
    person = somebody(large_demo, 4_321)
    qtbot.keyClicks(window.search.field, person.email)
    with qtbot.waitSignal(window.search.open_requested, timeout=10_000):
        window.search.open_chosen()
    page = window.pages.currentWidget()
    assert page.editor.record_id() == person.id
    assert page.model.record_id(page.view.currentIndex().row()) == person.id
