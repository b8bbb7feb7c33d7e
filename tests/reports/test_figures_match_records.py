"""Every figure of the reports, recomputed here from the records by other means (plain SQL
over the file, or Python over the ORM rows) and compared."""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from datetime import date

import pytest
from sqlalchemy import select

from scdesk.model import (
    Committee,
    Exchange,
    ExchangeStatus,
    HostPlacement,
    Meeting,
    Participation,
    Person,
    PersonStatus,
    VolunteerHours,
)
from scdesk.reports.figures.period import Period
from scdesk.reports.figures.request import ReportKind, ReportRequest, collect_figures
from scdesk.storage.organization_files import OpenOrganization

YEAR = Period.year(2025)


def annual(org: OpenOrganization):
    with org.database.session() as session:
        return collect_figures(session, ReportRequest(ReportKind.ANNUAL, YEAR))


def raw(org: OpenOrganization, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(f"file:{org.folder.database}?mode=ro", uri=True) as connection:
        return connection.execute(sql, params).fetchall()


def test_exchanges_by_field_and_direction_match_the_exchange_records(demo) -> None:
    with demo.database.session() as s:
        counted = [
            e
            for e in s.scalars(select(Exchange))
            if e.deleted_at is None
            and e.starts_on is not None
            and YEAR.start <= e.starts_on <= YEAR.end
            and e.status != ExchangeStatus.CANCELLED
        ]
        ids = {e.id for e in counted}
        participants = Counter(
            p.exchange_id
            for p in s.scalars(select(Participation))
            if p.deleted_at is None and p.exchange_id in ids
        )
        nights: Counter[int] = Counter()
        for placement in s.scalars(select(HostPlacement)):
            if placement.deleted_at is None and placement.exchange_id in ids:
                nights[placement.exchange_id] += placement.nights
    expected: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for e in counted:
        line = expected[(e.field.value, e.direction.value)]
        line[0] += 1
        line[1] += participants[e.id]
        line[2] += nights[e.id]
    figures = annual(demo)
    got = {
        (c.field.value, c.direction.value): [c.exchanges, c.participants, c.host_nights]
        for c in figures.exchange_counts
    }
    assert got == dict(expected)
    assert figures.exchange_totals.exchanges == len(counted) > 5
    assert figures.exchange_totals.participants == sum(participants.values())
    assert figures.exchange_totals.host_nights == sum(nights.values())


def test_hours_by_month_and_by_committee_match_the_hours_records(demo) -> None:
    rows = raw(
        demo,
        "SELECT h.worked_on, h.hours, h.approved_at IS NOT NULL, h.committee_id, e.committee_id "
        "FROM volunteer_hours h LEFT JOIN exchange e ON e.id = h.exchange_id "
        "WHERE h.deleted_at IS NULL AND h.worked_on BETWEEN '2025-01-01' AND '2025-12-31'",
    )
    by_month: dict[str, float] = defaultdict(float)
    by_committee: dict[int | None, float] = defaultdict(float)
    approved = 0.0
    for worked_on, hours, is_approved, own, of_exchange in rows:
        by_month[worked_on[:7]] += hours
        by_committee[own if own is not None else of_exchange] += hours
        approved += hours if is_approved else 0.0
    figures = annual(demo)
    assert {m.month: m.hours for m in figures.hours_by_month} == pytest.approx(
        {f"2025-{m:02d}": by_month.get(f"2025-{m:02d}", 0.0) for m in range(1, 13)}
    )
    assert {line.id: line.hours for line in figures.hours_by_committee} == pytest.approx(
        dict(by_committee)
    )
    assert figures.hours_totals.entries == len(rows) > 100
    assert figures.hours_totals.hours == pytest.approx(sum(h for _d, h, *_ in rows))
    assert figures.hours_totals.approved_hours == pytest.approx(approved)


def test_membership_figures_match_the_people(demo) -> None:
    with demo.database.session() as s:
        members = [
            p
            for p in s.scalars(select(Person))
            if p.deleted_at is None and p.member_since is not None
        ]
    joined = [p for p in members if p.member_since <= YEAR.end]
    membership = annual(demo).membership
    assert membership.new == sum(1 for p in members if p.member_since.year == 2025)
    assert membership.active == sum(1 for p in joined if p.status == PersonStatus.ACTIVE)
    assert membership.lapsed == sum(1 for p in joined if p.status == PersonStatus.LAPSED)
    assert dict(membership.joined_by_year) == {
        year: sum(1 for p in members if p.member_since <= date(year, 12, 31))
        for year in range(2016, 2026)
    }


def test_each_partnership_section_matches_its_own_records(demo) -> None:
    with demo.database.session() as s:
        exchanges = {
            e.id: e.partnership_id
            for e in s.scalars(select(Exchange))
            if e.deleted_at is None
            and e.starts_on
            and YEAR.start <= e.starts_on <= YEAR.end
            and e.status != ExchangeStatus.CANCELLED
        }
        committee_partnership = {c.id: c.partnership_id for c in s.scalars(select(Committee))}
        all_exchanges = {e.id: e.partnership_id for e in s.scalars(select(Exchange))}
        hours: dict[int, float] = defaultdict(float)
        for h in s.scalars(select(VolunteerHours)):
            if h.deleted_at is None and YEAR.start <= h.worked_on <= YEAR.end:
                partnership = all_exchanges.get(h.exchange_id) or committee_partnership.get(
                    h.committee_id
                )
                if partnership:
                    hours[partnership] += h.hours
        meetings = Counter(
            committee_partnership[m.committee_id]
            for m in s.scalars(select(Meeting))
            if m.deleted_at is None and YEAR.start <= m.held_on <= YEAR.end
        )
    sections = {s.partnership.id: s for s in annual(demo).sections}
    assert sections
    for pid, section in sections.items():
        assert section.exchanges == sum(1 for p in exchanges.values() if p == pid)
        assert section.hours == pytest.approx(hours.get(pid, 0.0))
        assert section.meetings == meetings.get(pid, 0)


def test_hours_report_per_person_matches_the_entries_of_a_committee(demo) -> None:
    (committee_id,) = raw(demo, "SELECT id FROM committee WHERE name = 'Board'")[0]
    rows = raw(
        demo,
        "SELECT h.person_id, h.hours FROM volunteer_hours h "
        "LEFT JOIN exchange e ON e.id = h.exchange_id "
        "WHERE h.deleted_at IS NULL AND h.approved_at IS NOT NULL "
        "AND h.worked_on BETWEEN '2025-01-01' AND '2025-12-31' "
        "AND coalesce(h.committee_id, e.committee_id) = ?",
        committee_id,
    )
    expected: dict[int, float] = defaultdict(float)
    for person_id, hours in rows:
        expected[person_id] += hours
    request = ReportRequest(ReportKind.HOURS, YEAR, committee_id=committee_id, approved_only=True)
    with demo.database.session() as session:
        figures = collect_figures(session, request)
    assert {line.id: line.hours for line in figures.by_person} == pytest.approx(dict(expected))
    assert figures.totals.people == len(expected) > 0
    assert figures.choice.committee == "Board"


def test_member_directory_lists_exactly_the_people_who_consented(demo) -> None:
    with demo.database.session() as s:
        consenting = {
            p.id for p in s.scalars(select(Person)) if p.consent_directory and p.deleted_at is None
        }
        figures = collect_figures(s, ReportRequest(ReportKind.DIRECTORY, on=date(2025, 6, 1)))
    assert {entry.id for entry in figures.entries} == consenting
    assert 0 < len(consenting) < 149
