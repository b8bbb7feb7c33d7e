"""The list pages as a person uses them: filter, sort, choose a record, create, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from scdesk.domain.names import fold
from scdesk.model import Person, PersonCategory
from scdesk.ui.i18n import install_language
from scdesk.ui.lists import formats, people_model
from scdesk.ui.lists.committees_page import CommitteesPage
from scdesk.ui.lists.exchanges_page import ExchangesPage
from scdesk.ui.lists.hours_page import HoursPage
from scdesk.ui.lists.partnerships_page import PartnershipsPage
from scdesk.ui.lists.people_model import PeopleTableModel
from scdesk.ui.lists.people_page import PeoplePage
from scdesk.ui.user_preferences import SYSTEM

Button = QMessageBox.StandardButton


def open_page(qtbot, page_class, org, undo_stack=None):
    page = page_class(org, None, undo_stack or QUndoStack())
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def row_of_name(page, text: str) -> int:
    model = page.model
    for row in range(model.rowCount()):
        if model.index(row, people_model.NAME).data() == text:
            return row
    raise AssertionError(f"{text} is not listed")


def choose_row(qtbot, page, row: int) -> None:
    view = page.view
    view.scrollTo(page.model.index(row, 0))
    rect = view.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def people_named(org, fragment: str) -> list[Person]:
    with org.database.session() as session:
        return [
            p
            for p in session.scalars(select(Person).where(Person.deleted_at.is_(None)))
            if fold(fragment) in fold(p.full_name)
        ]


def test_typing_in_the_find_box_narrows_the_people_list(qtbot, demo) -> None:
    page = open_page(qtbot, PeoplePage, demo)
    everyone = page.model.rowCount()
    with qtbot.waitSignal(page.model.reloaded, timeout=2_000):
        qtbot.keyClicks(page.search, "okafor")
    names = [page.model.index(r, people_model.NAME).data() for r in range(page.model.rowCount())]
    assert 0 < len(names) < everyone
    assert all("Okafor" in name for name in names)
    assert page.status_text() == f"{len(names)} of {everyone} people"


def test_choosing_a_category_shows_only_those_people(qtbot, demo) -> None:
    page = open_page(qtbot, PeoplePage, demo)
    page.category.setCurrentIndex(page.category.findData(PersonCategory.HOST_FAMILY))
    categories = {
        page.model.index(r, people_model.CATEGORY).data() for r in range(page.model.rowCount())
    }
    assert categories == {"Host family"}


def test_clicking_a_column_header_sorts_by_it_and_again_reverses(qtbot, demo) -> None:
    page = open_page(qtbot, PeoplePage, demo)
    header = page.view.horizontalHeader()
    position = header.sectionViewportPosition(people_model.CITY) + 10
    click = header.viewport().rect().center()
    click.setX(position)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=click)
    cities = [page.model.index(r, people_model.CITY).data() for r in range(page.model.rowCount())]
    assert cities == sorted(cities) or cities == sorted(cities, reverse=True)
    first_order = cities
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=click)
    cities = [page.model.index(r, people_model.CITY).data() for r in range(page.model.rowCount())]
    assert cities == list(reversed(first_order)) or sorted(cities) == sorted(first_order)
    assert cities[0] != first_order[0]


def test_choosing_a_row_shows_the_person_in_the_editor(qtbot, demo) -> None:
    page = open_page(qtbot, PeoplePage, demo)
    choose_row(qtbot, page, 3)
    assert page.editor.record_id() == page.model.record_id(3)


def test_leaving_unsaved_changes_asks_and_cancel_stays_on_the_record(
    qtbot, demo, answer_questions
) -> None:
    page = open_page(qtbot, PeoplePage, demo)
    choose_row(qtbot, page, 0)
    first = page.editor.record_id()
    qtbot.keyClicks(page.editor.control("notes"), " Speaks Ukrainian.")
    assert page.editor.is_dirty()
    asked = answer_questions(Button.Cancel)
    choose_row(qtbot, page, 2)
    assert len(asked) == 1
    assert page.editor.record_id() == first
    assert page.model.record_id(page.view.currentIndex().row()) == first
    assert page.editor.is_dirty()

    answer_questions(Button.Discard)
    choose_row(qtbot, page, 2)
    assert page.editor.record_id() == page.model.record_id(2)
    assert not page.editor.is_dirty()


def test_a_new_person_saved_in_the_editor_appears_selected_in_the_list(qtbot, demo) -> None:
    page = open_page(qtbot, PeoplePage, demo)
    before = page.model.rowCount()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.editor.record_id() is None
    qtbot.keyClicks(page.editor.control("given_name"), "Zofia")
    qtbot.keyClicks(page.editor.control("family_name"), "Aardvark")
    with qtbot.waitSignal(page.model.reloaded, timeout=2_000):
        assert page.editor.save()
    assert page.model.rowCount() == before + 1
    row = row_of_name(page, "Aardvark, Zofia")
    assert page.view.currentIndex().row() == row
    assert page.editor.record_id() == page.model.record_id(row)
    assert page.status_text() == f"{before + 1} people"


def test_undoing_a_delete_brings_the_person_back_into_the_list(
    qtbot, demo, answer_questions
) -> None:
    stack = QUndoStack()
    page = open_page(qtbot, PeoplePage, demo, stack)
    choose_row(qtbot, page, 1)
    deleted = page.editor.record_id()
    before = page.model.rowCount()
    answer_questions(Button.Yes)
    page.view.setFocus()
    with qtbot.waitSignal(page.model.reloaded, timeout=2_000):
        qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert page.model.rowCount() == before - 1
    assert page.model.row_of(deleted) is None
    with qtbot.waitSignal(page.model.reloaded, timeout=2_000):
        stack.undo()
    assert page.model.rowCount() == before
    assert page.model.row_of(deleted) is not None


def test_opening_a_record_hidden_by_the_filter_clears_the_filter(qtbot, demo) -> None:
    page = open_page(qtbot, PeoplePage, demo)
    page.category.setCurrentIndex(page.category.findData(PersonCategory.GUEST))
    (somebody,) = [p for p in people_named(demo, "Ben Okafor")]
    assert page.model.row_of(somebody.id) is None
    assert page.open_record(somebody.id)
    assert page.category.currentIndex() == 0
    assert page.editor.record_id() == somebody.id
    assert page.model.record_id(page.view.currentIndex().row()) == somebody.id


def test_the_splitter_and_columns_are_remembered(qtbot, demo) -> None:
    page = open_page(qtbot, PeoplePage, demo)
    page.splitter.setSizes([900, 400])
    page.view.horizontalHeader().resizeSection(people_model.EMAIL, 333)
    page.view.sortByColumn(people_model.CITY, Qt.SortOrder.DescendingOrder)
    page.save_state()
    again = open_page(qtbot, PeoplePage, demo)
    assert again.view.horizontalHeader().sectionSize(people_model.EMAIL) == 333
    assert again.model.sort_column() == people_model.CITY
    assert again.model.sort_order() == Qt.SortOrder.DescendingOrder
    assert again.splitter.sizes()[0] > again.splitter.sizes()[1]


def test_every_page_lists_its_records_and_filters_them(qtbot, demo) -> None:
    partnerships = open_page(qtbot, PartnershipsPage, demo)
    assert partnerships.model.rowCount() >= 6
    qtbot.keyClicks(partnerships.search, "Lviv")
    partnerships.filter_bar.apply_now()
    assert partnerships.model.rowCount() == 1

    committees = open_page(qtbot, CommitteesPage, demo)
    total = committees.model.rowCount()
    committees.partnership.setCurrentIndex(1)
    assert 0 < committees.model.rowCount() < total

    exchanges = open_page(qtbot, ExchangesPage, demo)
    total = exchanges.model.rowCount()
    exchanges.year.setCurrentIndex(exchanges.year.findData(2019))
    assert 0 < exchanges.model.rowCount() < total
    starts = {exchanges.model.index(r, 1).data() for r in range(exchanges.model.rowCount())}
    assert all(s.endswith("2019") for s in starts)

    hours = open_page(qtbot, HoursPage, demo)
    total = hours.model.rowCount()
    with qtbot.waitSignal(hours.totals_shown, timeout=5_000):
        hours.approval.setCurrentIndex(hours.approval.findData(False))
    assert 0 < hours.model.rowCount() < total
    assert "waiting for approval" in hours.totals.text()


def test_the_hours_totals_follow_a_deleted_entry(qtbot, demo, answer_questions) -> None:
    page = open_page(qtbot, HoursPage, demo)
    qtbot.waitUntil(lambda: not page.totals_finder.pending(), timeout=5_000)
    before = page.totals.text()
    choose_row(qtbot, page, 0)
    answer_questions(Button.Yes)
    with qtbot.waitSignal(page.totals_shown, timeout=5_000):
        page.delete_record()
    assert page.totals.text() != before
    entries = page.model.rowCount()
    assert f"in {formats.count(entries)} entries" in page.totals.text()


def test_a_page_asks_for_its_list_once_when_it_opens_and_once_per_click(qtbot, demo) -> None:
    queries: list[str] = []
    original = PeoplePage.make_model

    def counting_model(page, database):
        model = original(page, database)
        model.reloaded.connect(lambda: queries.append("ids"))
        return model

    PeoplePage.make_model = counting_model  # type: ignore[method-assign]
    try:
        page = open_page(qtbot, PeoplePage, demo)
    finally:
        PeoplePage.make_model = original  # type: ignore[method-assign]
    assert queries == ["ids"]
    page.view.horizontalHeader().setSortIndicator(people_model.CITY, Qt.SortOrder.AscendingOrder)
    assert queries == ["ids", "ids"]


def test_the_hours_totals_are_added_up_while_the_list_is_already_shown(qtbot, demo) -> None:
    page = open_page(qtbot, HoursPage, demo)
    qtbot.waitUntil(lambda: "waiting for approval" in page.totals.text(), timeout=5_000)
    with qtbot.waitSignal(page.totals_shown, timeout=5_000):
        page.purpose.setCurrentIndex(1)
        assert page.totals.text() == "Adding up the hours…"  # the list did not wait for it
    assert f"in {formats.count(page.model.rowCount())} entries" in page.totals.text()


def test_sorting_keeps_the_chosen_record_selected_though_it_moved_far_away(
    qtbot, demo, monkeypatch
) -> None:
    monkeypatch.setattr(PeopleTableModel, "PAGE_SIZE", 5)
    monkeypatch.setattr(PeopleTableModel, "BLOCK_SIZE", 10)
    page = open_page(qtbot, PeoplePage, demo)
    choose_row(qtbot, page, 0)
    chosen = page.editor.record_id()
    header = page.view.horizontalHeader()
    header.setSortIndicator(people_model.NAME, Qt.SortOrder.DescendingOrder)
    last = page.model.rowCount() - 1
    assert page.model.loaded_row_of(chosen) is None  # the first block is the other end
    qtbot.waitUntil(lambda: page.view.currentIndex().row() == last, timeout=5_000)
    assert page.model.record_id(last) == chosen
    assert page.editor.record_id() == chosen


def test_a_page_stops_its_workers_before_its_organization_closes(qtbot, demo) -> None:
    page = open_page(qtbot, HoursPage, demo)
    located: list[int | None] = []
    page.model.locate(page.model.record_id(0), located.append)
    page.filter_bar.reset()
    page.model.find(page.current_filter())
    page.stop_work()
    assert not page.model.finding()
    qtbot.wait(100)
    assert located == []  # answers that arrive after the stop are dropped


def test_a_list_of_one_person_says_one_person_in_each_language(qtbot, qapp, org) -> None:
    with org.database.transaction() as session:
        session.add(Person(given_name="Ada", family_name="Lovelace"))
    page = open_page(qtbot, PeoplePage, org)
    qtbot.waitUntil(lambda: page.model.total_count() == 1)
    assert page.status_text() == "1 person"
    assert page.count_text(0, 1) == "0 of 1 person"
    assert page.count_text(1, 5) == "1 of 5 people"
    try:
        install_language(qapp, "fr")
        assert page.status_text() == "1 personne"
        assert page.count_text(0, 1) == "0 sur 1 personne"
        install_language(qapp, "es")
        assert page.count_text(2, 7) == "2 de 7 personas"
    finally:
        install_language(qapp, SYSTEM)
