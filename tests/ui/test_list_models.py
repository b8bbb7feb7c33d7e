"""The list models sort and filter in SQL: their order is checked against an independent
Python sort of the same records, and each passes Qt's model tester."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import event, func, select

from scdesk.domain.names import fold
from scdesk.domain.rules import country_name
from scdesk.model import (
    Committee,
    Exchange,
    ExchangeDirection,
    ExchangeField,
    HoursPurpose,
    Partnership,
    PartnershipKind,
    Person,
    PersonCategory,
    VolunteerHours,
)
from scdesk.operations.lists import (
    COMMITTEES,
    EXCHANGES,
    HOURS,
    PARTNERSHIPS,
    PEOPLE,
    ExchangeFilter,
    HoursFilter,
    PeopleFilter,
    hours_totals,
    ordered_ids,
    rows_for,
)
from scdesk.operations.lists.base import WALK_SHARE, NoFilter
from scdesk.operations.records import delete_record, update_record
from scdesk.storage.search_index import match_expression
from scdesk.ui.lists import exchanges_model, hours_model, people_model
from scdesk.ui.lists.committees_model import CommitteesTableModel
from scdesk.ui.lists.exchanges_model import ExchangesTableModel
from scdesk.ui.lists.formats import vocabulary
from scdesk.ui.lists.hours_model import HoursTableModel
from scdesk.ui.lists.partnerships_model import COUNTRY, PartnershipsTableModel
from scdesk.ui.lists.people_model import PeopleTableModel
from scdesk.ui.lists.record_table_model import RECORD_ID_ROLE

MODELS = (
    PartnershipsTableModel,
    CommitteesTableModel,
    ExchangesTableModel,
    PeopleTableModel,
    HoursTableModel,
)


def shown_ids(model) -> list[int]:
    return [model.record_id(row) for row in range(model.rowCount())]


def live(session, model_class):
    return session.scalars(select(model_class).where(model_class.deleted_at.is_(None))).all()


def nulls_first(value):
    """SQLite's order: empty values before any other when ascending."""
    return (value is not None, value)


@pytest.mark.parametrize("model_class", MODELS)
def test_every_list_model_passes_the_qt_model_tester(qtmodeltester, demo, model_class) -> None:
    model = model_class(demo.database)
    model.reload()
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)


@pytest.mark.parametrize("model_class", MODELS)
def test_every_column_of_every_list_can_be_sorted_both_ways(demo, model_class) -> None:
    model = model_class(demo.database)
    for column in range(model.columnCount()):
        model.sort(column, Qt.SortOrder.AscendingOrder)
        ascending = shown_ids(model)
        model.sort(column, Qt.SortOrder.DescendingOrder)
        descending = shown_ids(model)
        assert sorted(ascending) == sorted(descending)
        assert model.data(model.index(0, column)) is not None


def test_people_sort_by_family_name_then_given_name_ignoring_accents(demo) -> None:
    model = PeopleTableModel(demo.database)
    model.sort(people_model.NAME, Qt.SortOrder.AscendingOrder)
    with demo.database.session() as session:
        people = live(session, Person)
    expected = [
        p.id for p in sorted(people, key=lambda p: (fold(f"{p.family_name} {p.given_name}"), p.id))
    ]
    assert shown_ids(model) == expected
    first = model.index(0, people_model.NAME).data()
    first_person = next(p for p in people if p.id == expected[0])
    assert first == f"{first_person.family_name}, {first_person.given_name}"


@pytest.mark.parametrize(
    ("column", "attribute"),
    [
        (people_model.EMAIL, "email"),
        (people_model.CITY, "city"),
        (people_model.PHONE, "phone"),
        (people_model.MEMBER_SINCE, "member_since"),
    ],
)
def test_people_sort_by_any_column_as_python_would(demo, column, attribute) -> None:
    model = PeopleTableModel(demo.database)
    with demo.database.session() as session:
        people = live(session, Person)
    model.sort(column, Qt.SortOrder.AscendingOrder)
    by_value = sorted(people, key=lambda p: (nulls_first(getattr(p, attribute)), p.id))
    assert shown_ids(model) == [p.id for p in by_value]
    model.sort(column, Qt.SortOrder.DescendingOrder)
    assert shown_ids(model) == [p.id for p in reversed(by_value)]


def test_people_filtered_by_category_and_by_what_was_typed(demo) -> None:
    model = PeopleTableModel(demo.database)
    model.set_filters(PeopleFilter(category=PersonCategory.GUEST))
    with demo.database.session() as session:
        people = live(session, Person)
    guests = {p.id for p in people if p.category == PersonCategory.GUEST}
    assert set(shown_ids(model)) == guests and guests
    someone = next(p for p in people if p.category == PersonCategory.GUEST and p.family_name)
    typed = someone.family_name[:4].lower()
    model.set_filters(PeopleFilter(text=typed))
    shown = set(shown_ids(model))
    assert someone.id in shown
    for person in people:
        indexed = " ".join(
            (
                person.given_name,
                person.family_name,
                person.email,
                person.phone,
                person.skills,
                person.languages,
                person.notes,
            )
        )
        words = re.findall(r"\w+", fold(indexed))
        if person.id in shown:
            assert any(word.startswith(fold(typed)) for word in words), person.full_name


def test_partnerships_sort_by_the_countrys_name_not_its_code(demo) -> None:
    model = PartnershipsTableModel(demo.database)
    model.sort(COUNTRY, Qt.SortOrder.AscendingOrder)
    with demo.database.session() as session:
        partnerships = live(session, Partnership)
    expected = sorted(partnerships, key=lambda p: (country_name(p.partner_country), p.id))
    assert shown_ids(model) == [p.id for p in expected]
    assert model.index(0, COUNTRY).data() == country_name(expected[0].partner_country)


def test_exchanges_open_newest_first_and_filter_by_year_field_and_direction(demo) -> None:
    model = ExchangesTableModel(demo.database)
    model.reload()
    with demo.database.session() as session:
        exchanges = live(session, Exchange)
    newest_first = sorted(exchanges, key=lambda e: (nulls_first(e.starts_on), e.id), reverse=True)
    assert shown_ids(model) == [e.id for e in newest_first]

    year = newest_first[len(newest_first) // 2].starts_on.year
    wanted = ExchangeFilter(year=year, field=ExchangeField.EDUCATIONAL)
    model.set_filters(wanted)
    expected = {
        e.id
        for e in exchanges
        if e.starts_on and e.starts_on.year == year and e.field == ExchangeField.EDUCATIONAL
    }
    assert set(shown_ids(model)) == expected
    model.set_filters(ExchangeFilter(direction=ExchangeDirection.VIRTUAL))
    virtual = {e.id for e in exchanges if e.direction == ExchangeDirection.VIRTUAL}
    assert set(shown_ids(model)) == virtual and virtual


def test_committees_list_their_partnership_and_sort_by_name(demo) -> None:
    model = CommitteesTableModel(demo.database)
    model.reload()
    with demo.database.session() as session:
        committees = live(session, Committee)
    expected = sorted(committees, key=lambda c: (c.name.lower(), c.id))
    assert shown_ids(model) == [c.id for c in expected]


def test_hours_filtered_by_person_and_dates_with_totals_as_python_adds_them(demo) -> None:
    with demo.database.session() as session:
        entries = live(session, VolunteerHours)
    person_id = entries[0].person_id
    start, end = date(2020, 1, 1), date(2024, 12, 31)
    wanted = HoursFilter(person_id=person_id, worked_from=start, worked_until=end)
    model = HoursTableModel(demo.database, wanted)
    model.reload()
    expected = [e for e in entries if e.person_id == person_id and start <= e.worked_on <= end]
    expected.sort(key=lambda e: (e.worked_on, e.id), reverse=True)
    assert shown_ids(model) == [e.id for e in expected]
    with demo.database.session() as session:
        totals = hours_totals(session, wanted)
    assert totals.entries == len(expected)
    assert totals.hours == pytest.approx(sum(e.hours for e in expected))
    assert totals.approved_hours == pytest.approx(sum(e.hours for e in expected if e.approved))


def test_a_deleted_record_leaves_the_list_when_it_is_reloaded(demo) -> None:
    model = PeopleTableModel(demo.database)
    model.reload()
    first = model.record_id(0)
    rows = model.rowCount()
    with demo.database.transaction() as session:
        delete_record(session, Person, first)
    model.reload()
    assert model.rowCount() == rows - 1
    assert model.row_of(first) is None
    assert model.total_count() == rows - 1


def test_the_model_holds_ids_and_reads_only_the_rows_looked_at(large_demo) -> None:
    model = PeopleTableModel(large_demo.database)
    model.reload()
    assert model.rowCount() == 20_000
    # The first page is read with the ids, in the same session: the view paints it next.
    assert model.cached_rows() == PeopleTableModel.PAGE_SIZE
    model.index(5_000, people_model.NAME).data()
    assert model.cached_rows() == 2 * PeopleTableModel.PAGE_SIZE
    for row in range(0, 20_000, 500):
        model.index(row, people_model.NAME).data()
    assert model.cached_rows() <= PeopleTableModel.CACHE_ROWS
    assert model.index(7, 0).data(RECORD_ID_ROLE) == model.record_id(7)


def test_equal_values_of_different_vocabularies_keep_their_own_words(qtbot) -> None:
    words = {
        vocabulary(v) for v in (HoursPurpose.OTHER, PartnershipKind.OTHER, ExchangeField.OTHER)
    }
    assert len(words) == 3


def test_the_ids_are_read_a_block_at_a_time_in_the_same_order_as_all_at_once(
    demo, monkeypatch
) -> None:
    monkeypatch.setattr(HoursTableModel, "PAGE_SIZE", 3)
    monkeypatch.setattr(HoursTableModel, "BLOCK_SIZE", 6)
    model = HoursTableModel(demo.database)
    model.reload()
    with demo.database.session() as session:
        entries = live(session, VolunteerHours)
    expected = [e.id for e in sorted(entries, key=lambda e: (e.worked_on, e.id), reverse=True)]
    assert model.rowCount() == len(expected) > 12
    assert model.loaded_row_of(expected[7]) is None  # its block was not read yet
    assert model.row_of(expected[7]) == 7  # found where it stands all the same
    last = len(expected) - 1
    assert model.index(last, 0).data(RECORD_ID_ROLE) == expected[last]
    assert model.loaded_row_of(expected[last]) == last
    assert shown_ids(model) == expected


def test_a_record_no_list_shows_has_no_row(demo) -> None:
    model = PeopleTableModel(demo.database, PeopleFilter(category=PersonCategory.GUEST))
    model.reload()
    with demo.database.session() as session:
        host = session.scalars(
            select(Person).where(Person.category != PersonCategory.GUEST)
        ).first()
    assert host is not None
    assert model.row_of(host.id) is None


def test_a_long_list_sorts_by_a_column_without_index_on_a_worker(qtbot, demo, monkeypatch) -> None:
    monkeypatch.setattr(ExchangesTableModel, "SORT_ON_WORKER_ABOVE", 10)
    model = ExchangesTableModel(demo.database)
    model.reload()
    newest_first = shown_ids(model)
    with qtbot.waitSignal(model.reloaded, timeout=5_000):
        model.sort(exchanges_model.PARTICIPANTS, Qt.SortOrder.DescendingOrder)
        assert model.finding()
        assert shown_ids(model) == newest_first  # still the old order, nothing blocked
    with demo.database.session() as session:
        exchanges = live(session, Exchange)
        counts = {e.id: sum(1 for p in e.participations if p.deleted_at is None) for e in exchanges}
    expected = sorted(exchanges, key=lambda e: (counts[e.id], e.id), reverse=True)
    assert shown_ids(model) == [e.id for e in expected]


def expected_hours_order(session, key) -> list[int]:
    entries = live(session, VolunteerHours)
    return [e.id for e in sorted(entries, key=lambda e: (key(e), e.id))]


def test_hours_sorted_by_volunteer_and_by_what_for_follow_renamed_records(demo) -> None:
    model = HoursTableModel(demo.database)
    with demo.database.transaction() as session:
        entry = live(session, VolunteerHours)[0]
        person_id = entry.person_id
        update_record(session, Person, person_id, {"given_name": "Aaron", "family_name": "Aa"})
        on_exchange = session.scalars(
            select(VolunteerHours.exchange_id).where(VolunteerHours.exchange_id.is_not(None))
        ).first()
        update_record(session, Exchange, on_exchange, {"title": "AAA first of all"})
        on_committee = session.scalars(
            select(VolunteerHours.committee_id).where(
                VolunteerHours.exchange_id.is_(None), VolunteerHours.committee_id.is_not(None)
            )
        ).first()
        update_record(session, Committee, on_committee, {"name": "Zzz last of all"})
        session.add(VolunteerHours(person_id=person_id, worked_on=date(2024, 5, 1), hours=2.0))
    model.sort(hours_model.PERSON, Qt.SortOrder.AscendingOrder)
    with demo.database.session() as session:
        assert shown_ids(model) == expected_hours_order(session, lambda e: e.person.sort_name)
        assert model.record_id(0) in {
            e.id for e in live(session, VolunteerHours) if e.person_id == person_id
        }

        def on(e: VolunteerHours) -> str:
            named = e.exchange.title if e.exchange else e.committee.name if e.committee else ""
            return named.lower()

        model.sort(hours_model.ON, Qt.SortOrder.AscendingOrder)
        assert shown_ids(model) == expected_hours_order(session, on)
    assert model.index(model.rowCount() - 1, hours_model.ON).data() == "Zzz last of all"


def _many_matches(demo, monkeypatch) -> tuple[PeopleFilter, list[int]]:
    """A search matching many people, in small pages and blocks, with the ids it should
    show: the matches sorted by name (then id) in Python."""
    monkeypatch.setattr(PeopleTableModel, "PAGE_SIZE", 3)
    monkeypatch.setattr(PeopleTableModel, "BLOCK_SIZE", 6)
    with demo.database.session() as session:
        people = live(session, Person)
        initials = Counter(fold(p.family_name)[:1] for p in people if p.family_name)
        filters = PeopleFilter(text=initials.most_common(1)[0][0])
        found = set(ordered_ids(session, PEOPLE, filters, "name"))
    expected = [p.id for p in sorted(people, key=lambda p: (p.sort_name, p.id)) if p.id in found]
    assert len(expected) >= 3 * WALK_SHARE  # a page is at most a tenth of the matches
    return filters, expected


def test_a_search_matching_many_walks_the_name_index_for_its_first_page(demo, monkeypatch) -> None:
    filters, expected = _many_matches(demo, monkeypatch)
    statements: list[str] = []
    record = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(demo.database.engine, "before_cursor_execute", record)
    model = PeopleTableModel(demo.database)
    model.set_filters(filters)
    event.remove(demo.database.engine, "before_cursor_execute", record)
    reads = [s for s in statements if s.lstrip().startswith("SELECT person.id \nFROM person")]
    assert len(reads) == 1  # the first page's ids; counted from the index alone
    with demo.database.session() as session:
        match = match_expression(filters.text)
        plan = session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {reads[0]}", (match, 3, 0))
        steps = " ".join(row[-1] for row in plan)
    assert "ix_person_live_sort_name" in steps and "TEMP B-TREE" not in steps
    assert model.rowCount() == len(expected)
    assert model.loaded_row_of(expected[4]) is None  # the rest of the block is not read yet
    assert shown_ids(model) == expected  # read on, joined up in the same order
    assert model.row_of(expected[-5]) == len(expected) - 5


def test_a_search_read_a_page_at_a_time_passes_the_qt_model_tester(
    qtmodeltester, demo, monkeypatch
) -> None:
    filters, expected = _many_matches(demo, monkeypatch)
    model = PeopleTableModel(demo.database, filters)
    model.reload()
    qtmodeltester.check(model, force_py=True)
    assert shown_ids(model) == expected


def cell_texts(model, row: int) -> list[str]:
    return [model.index(row, column).data() for column in range(model.columnCount())]


def test_a_painted_row_shows_its_new_values_after_an_edit(demo) -> None:
    model = PeopleTableModel(demo.database)
    model.reload()
    first = model.record_id(0)
    before = cell_texts(model, 0)
    with demo.database.transaction() as session:
        update_record(session, Person, first, {"city": "Zzyzx Springs"})
    model.refresh_record(first)
    assert model.index(0, people_model.CITY).data() == "Zzyzx Springs"
    assert cell_texts(model, 0)[: people_model.CITY] == before[: people_model.CITY]
    with demo.database.transaction() as session:
        update_record(session, Person, first, {"city": "Elsewhere"})
    model.reload()
    assert model.index(model.row_of(first), people_model.CITY).data() == "Elsewhere"


def test_a_painted_row_shows_the_record_now_at_its_place_after_a_new_filter(demo) -> None:
    model = PeopleTableModel(demo.database)
    model.reload()
    painted = [cell_texts(model, row) for row in range(5)]
    model.set_filters(PeopleFilter(category=PersonCategory.GUEST))
    with demo.database.session() as session:
        guests = [session.get(Person, model.record_id(row)) for row in range(5)]
    shown = [cell_texts(model, row) for row in range(5)]
    assert shown != painted
    assert [texts[people_model.EMAIL] for texts in shown] == [g.email for g in guests]
    assert {texts[people_model.CATEGORY] for texts in shown} == {vocabulary(PersonCategory.GUEST)}


def test_a_screenful_formats_each_distinct_value_once(demo, monkeypatch) -> None:
    formatted: Counter = Counter()

    def counting(value):
        formatted[value] += 1
        return vocabulary(value)

    own_columns = PeopleTableModel.table_columns
    monkeypatch.setattr(
        PeopleTableModel,
        "table_columns",
        lambda self: tuple(
            replace(column, format=counting) if column.key == "status" else column
            for column in own_columns(self)
        ),
    )
    model = PeopleTableModel(demo.database)
    model.reload()
    shown = {model.record_id(row): cell_texts(model, row) for row in range(model.rowCount())}
    with demo.database.session() as session:
        people = {p.id: p for p in live(session, Person)}
    for record_id, texts in shown.items():
        assert texts[people_model.STATUS] == vocabulary(people[record_id].status)
    assert len(formatted) >= 2 and set(formatted.values()) == {1}


@pytest.mark.parametrize("listing", (PARTNERSHIPS, COMMITTEES, EXCHANGES, PEOPLE, HOURS))
def test_a_screenful_of_values_is_what_sqlalchemy_reads_value_for_value_type_for_type(
    large_demo, listing
) -> None:
    """rows_for runs its own SQL on the driver's cursor; SQLAlchemy's reading of the same
    columns is the reference (enums as enums, dates as dates, not their stored text)."""
    with large_demo.database.session() as session:
        ids = ordered_ids(session, listing, NoFilter(), listing.keys[0], False, 0, 2000)
        ids.append(session.scalar(select(func.max(listing.model.id))) + 1)  # no such record
        read = rows_for(session, listing, ids)
        values = [column.value for column in listing.columns]
        reference = session.execute(
            select(listing.model.id, *values)
            .select_from(listing.source)
            .where(listing.model.id.in_(ids[:-1]))
        ).all()
    assert len(ids) > 901 or listing in (PARTNERSHIPS, COMMITTEES)  # two queries at least
    expected = {row[0]: tuple(row[1:]) for row in reference}
    assert read == expected
    for record_id, row in expected.items():
        assert [type(value) for value in read[record_id]] == [type(value) for value in row]


def test_a_search_keystroke_reads_its_ids_and_first_page_in_one_transaction(demo) -> None:
    model = PeopleTableModel(demo.database)
    model.reload()
    begun: list[int] = []
    event.listen(demo.database.engine, "begin", lambda _connection: begun.append(1))
    model.set_filters(PeopleFilter(text="mar"))
    texts = [cell_texts(model, row) for row in range(min(50, model.rowCount()))]
    assert texts and len(begun) == 1


def test_a_search_answered_on_the_worker_brings_its_first_page(qtbot, demo) -> None:
    model = PeopleTableModel(demo.database)
    model.reload()
    with qtbot.waitSignal(model.reloaded, timeout=5_000):
        model.find(PeopleFilter(text="mar"))
    begun: list[int] = []
    event.listen(demo.database.engine, "begin", lambda _connection: begun.append(1))
    texts = [cell_texts(model, row) for row in range(min(50, model.rowCount()))]
    assert texts and begun == []  # painted from what the worker read


def test_an_edit_while_a_search_runs_shows_the_new_values(qtbot, demo) -> None:
    model = PeopleTableModel(demo.database)
    model.set_filters(PeopleFilter(text="mar"))
    marked = model.record_id(0)
    model.set_filters(PeopleFilter())
    model.find(PeopleFilter(text="mar"))  # its worker may read the values before the edit
    with demo.database.transaction() as session:
        update_record(session, Person, marked, {"city": "Zzyzx Springs"})
    model.refresh_record(marked)
    qtbot.waitUntil(lambda: not model.finding(), timeout=5_000)
    assert model.index(model.row_of(marked), people_model.CITY).data() == "Zzyzx Springs"
