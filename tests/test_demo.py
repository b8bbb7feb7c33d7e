"""The demo organizations: they build, hold to every domain rule, and are reproducible."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, datetime

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from scdesk.demo import DEMO_NAME, DEMO_PROFILE, DemoCancelled, DemoError, build_demo
from scdesk.demo.common import REFERENCE_DATE, SUMMARY_TABLES, DemoSummary, is_empty
from scdesk.domain.errors import RuleViolation
from scdesk.domain.names import sort_name
from scdesk.domain.validation import VALIDATORS, validate
from scdesk.model import (
    Exchange,
    ExchangeDirection,
    ExchangeField,
    ExchangeStatus,
    OrganizationProfile,
    Person,
    VolunteerHours,
)
from scdesk.operations.health import check_organization
from scdesk.operations.organizations import create_organization, open_organization
from scdesk.operations.people import find_people
from scdesk.storage.bookkeeping import current_change_number
from scdesk.storage.organization_files import OpenOrganization

SAMPLE_PEOPLE = (
    ("José", "Núñez", "jose.nunez@example.org"),
    ("Zoë", "Müller", "zoe.mueller@example.org"),
    ("Søren", "Dahl", "soren.dahl@example.org"),
    ("Françoise", "Garçon", "f.garcon@example.org"),
    ("Amelia", "O'Brien", "amelia.obrien@example.org"),
    ("Ben", "Okafor", "ben.okafor@example.org"),
    ("Maximilian", "von Wedel-Sträßer", "max.vw@example.org"),
    ("Keiko", "Tanaka", "keiko.tanaka@example.org"),
    ("Łukasz", "Wiśniewski", "lukasz.w@example.org"),
    ("Thị Lan", "Nguyễn", "lan.nguyen@example.org"),
    ("Lucía", "García Márquez", "lucia.garcia@example.mx"),
)


def _new_organization(name: str = DEMO_NAME) -> OpenOrganization:
    create_organization(name, **DEMO_PROFILE)
    return open_organization(name)


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("SCDESK_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


PROGRESS: list[tuple[int, int, str]] = []


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> Iterator[tuple[OpenOrganization, DemoSummary]]:
    """One small demo shared by the read-only tests (it takes a few seconds to build)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SCDESK_HOME", str(tmp_path_factory.mktemp("home")))
        org = _new_organization()
        summary = build_demo(org, progress=lambda *report: PROGRESS.append(report))
        yield org, summary
        org.close()


def _rule_breaches(session: Session) -> list[str]:
    """Run every domain validator over every live record, as a flush would, and report what
    fails or what a validator would still have to normalize."""
    problems = []
    for model in VALIDATORS:
        for record in session.scalars(select(model).where(model.deleted_at.is_(None))):
            try:
                validate(session, record)
            except RuleViolation as error:
                problems.append(f"{model.__name__} {record.id}: {error}")
    changed = [r for r in session.dirty if session.is_modified(r)]
    problems += [f"{type(r).__name__} {r.id} was not normalized" for r in changed[:20]]
    session.rollback()
    return problems


def _sql_breaches(session: Session) -> dict[str, int]:
    """Rules checked across rows, each query counting the rows that break one."""
    checks = {
        "overlapping chair terms": """
            SELECT count(*) FROM membership a JOIN membership b
              ON a.committee_id = b.committee_id AND a.id < b.id
             WHERE a.post = 'chair' AND b.post = 'chair'
               AND coalesce(a.started_on, '0000') <= coalesce(b.ended_on, '9999')
               AND coalesce(b.started_on, '0000') <= coalesce(a.ended_on, '9999')""",
        "itinerary outside its exchange": """
            SELECT count(*) FROM itinerary_item i JOIN exchange e ON e.id = i.exchange_id
             WHERE i.day < e.starts_on OR i.day > e.ends_on""",
        "self hosting": "SELECT count(*) FROM host_placement WHERE guest_id = host_id",
        "nights out of range": """
            SELECT count(*) FROM host_placement WHERE nights < 1 OR nights > 366""",
        "placement guest not taking part": """
            SELECT count(*) FROM host_placement h WHERE NOT EXISTS (
              SELECT 1 FROM participation p
               WHERE p.exchange_id = h.exchange_id AND p.person_id = h.guest_id)""",
        "duplicate participation": """
            SELECT count(*) FROM (SELECT 1 FROM participation
             GROUP BY exchange_id, person_id, role HAVING count(*) > 1)""",
        "exchange ends before it starts": "SELECT count(*) FROM exchange WHERE ends_on < starts_on",
        "partner city at home": "SELECT count(*) FROM partnership WHERE partner_country = 'US'",
        "hours without their link": """
            SELECT count(*) FROM volunteer_hours
             WHERE (purpose = 'exchange' AND exchange_id IS NULL)
                OR (purpose = 'committee' AND committee_id IS NULL)
                OR (purpose = 'meeting' AND meeting_id IS NULL)""",
        "hours out of range": "SELECT count(*) FROM volunteer_hours WHERE hours <= 0 OR hours > 24",
        "approved by oneself": """
            SELECT count(*) FROM volunteer_hours WHERE approved_by_id = person_id""",
        "history after the reference date": f"""
            SELECT (SELECT count(*) FROM volunteer_hours WHERE worked_on > '{REFERENCE_DATE}')
                 + (SELECT count(*) FROM person WHERE member_since > '{REFERENCE_DATE}')
                 + (SELECT count(*) FROM meeting WHERE held_on > '{REFERENCE_DATE}')
                 + (SELECT count(*) FROM membership WHERE started_on > '{REFERENCE_DATE}')
                 + (SELECT count(*) FROM partnership_status_change
                     WHERE changed_on > '{REFERENCE_DATE}')
                 + (SELECT count(*) FROM partnership_renewal
                     WHERE renewed_on > '{REFERENCE_DATE}')""",
        "planned exchange in the past": f"""
            SELECT count(*) FROM exchange
             WHERE status = 'planned' AND starts_on <= '{REFERENCE_DATE}'""",
        "completed exchange in the future": f"""
            SELECT count(*) FROM exchange
             WHERE status = 'completed' AND ends_on >= '{REFERENCE_DATE}'""",
        "negative money": """
            SELECT count(*) FROM exchange
             WHERE budget_cents < 0 OR grants_cents < 0 OR costs_cents < 0""",
    }
    return {name: session.execute(text(sql)).scalar_one() for name, sql in checks.items()}


def _bookkeeping_breaches(session: Session) -> list[str]:
    problems = []
    last_change = current_change_number(session.connection())
    seen: set[int] = set()
    for table in ("organization", *SUMMARY_TABLES):
        columns = "uuid, created_at, updated_at, deleted_at, revision, change_seq"
        rows = session.execute(text(f"SELECT {columns} FROM {table}")).all()
        first_revision = 1 if table != "organization" else 2  # created, then filled in
        for row_uuid, created, updated, deleted, revision, change in rows:
            if uuid.UUID(row_uuid).version != 4 or created is None or updated is None:
                problems.append(f"{table}: bad uuid or times {row_uuid}")
            if deleted is not None or revision != first_revision or not 0 < change <= last_change:
                problems.append(f"{table} {row_uuid}: bad bookkeeping")
            if change in seen:
                problems.append(f"{table} {row_uuid}: change number {change} used twice")
            seen.add(change)
    uuids = session.execute(
        text(" UNION ALL ".join(f"SELECT uuid FROM {t}" for t in SUMMARY_TABLES))
    ).scalars()
    all_uuids = list(uuids)
    if len(all_uuids) != len(set(all_uuids)):
        problems.append("a UUID is used twice")
    return problems[:20]


# The small demo ------------------------------------------------------------------------------


def test_small_demo_is_built_healthy(small):
    org, summary = small
    counts = summary.counts
    assert summary.size == "small"
    assert counts["partnership"] == 6
    assert counts["committee"] == 10
    assert 140 <= counts["person"] <= 160
    assert counts["exchange"] >= 80
    assert counts["volunteer_hours"] >= 2000
    assert all(counts[table] > 0 for table in SUMMARY_TABLES)
    report = check_organization(org)
    assert report.healthy, report.problems


def test_small_demo_keeps_every_rule(small):
    org, _ = small
    with org.database.session() as session:
        assert _rule_breaches(session) == []
        assert {k: v for k, v in _sql_breaches(session).items() if v} == {}
        assert _bookkeeping_breaches(session) == []


def test_small_demo_covers_every_kind_of_exchange(small):
    org, _ = small
    with org.database.session() as session:
        for column, enum in (
            (Exchange.field, ExchangeField),
            (Exchange.direction, ExchangeDirection),
            (Exchange.status, ExchangeStatus),
        ):
            assert set(session.scalars(select(column).distinct())) == set(enum)
        years = session.scalars(select(func.strftime("%Y", Exchange.starts_on)).distinct())
        assert {str(y) for y in range(2016, 2027)} <= set(years)


def test_small_demo_holds_the_sample_files_people(small):
    org, _ = small
    with org.database.session() as session:
        people = {(p.given_name, p.family_name): p for p in session.scalars(select(Person))}
        for given, family, email in SAMPLE_PEOPLE:
            assert people[(given, family)].email == email
        guests = [p for p in people.values() if p.category == "guest"]
        assert guests and all(p.country not in ("", "US") for p in guests)
        assert any(not p.consent_directory for p in people.values() if p.category == "member")
        assert sum(p.consent_directory for p in people.values()) > len(people) / 2
        assert any(p.host_rooms > 0 for p in people.values() if p.category == "host_family")


def test_small_demo_gives_the_workbook_hours_of_2024(small):
    org, _ = small
    expected = {("José", "Núñez"): 42.5, ("Keiko", "Tanaka"): 12.0, ("Ben", "Okafor"): 80.0}
    with org.database.session() as session:
        for (given, family), hours in expected.items():
            total = session.scalar(
                select(func.sum(VolunteerHours.hours))
                .join(Person, Person.id == VolunteerHours.person_id)
                .where(Person.given_name == given, Person.family_name == family)
                .where(VolunteerHours.worked_on.between(date(2024, 1, 1), date(2024, 12, 31)))
            )
            assert total == hours


def test_small_demo_updates_the_one_profile(small):
    org, _ = small
    with org.database.session() as session:
        profiles = list(session.scalars(select(OrganizationProfile)))
        assert len(profiles) == 1
        profile = profiles[0]
        assert (profile.name, profile.city, profile.country) == (DEMO_NAME, "Springfield", "US")
        assert profile.website.startswith("https://")
        assert profile.directory_id
        primary = session.get(Person, profile.primary_contact_id)
        administrator = session.get(Person, profile.administrator_id)
        assert primary is not None and primary.family_name == "Okafor"
        assert administrator is not None and administrator.directory_admin


def test_search_finds_jose(small):
    org, _ = small
    with org.database.session() as session:
        for typed in ("Núñez", "nunez", "José Nú", "2175550101"):
            names = [p.full_name for p in find_people(session, typed)]
            assert "José Núñez" in names, typed


def test_small_demo_is_deterministic(small, home):
    first, summary = small
    second = _new_organization()
    try:
        again = build_demo(second)
        assert again.counts == summary.counts
        query = text("SELECT uuid, given_name, family_name, email FROM person ORDER BY id")
        titles = text("SELECT uuid, title, starts_on FROM exchange ORDER BY id")
        with first.database.session() as a, second.database.session() as b:
            assert a.execute(query).all() == b.execute(query).all()
            assert a.execute(titles).all() == b.execute(titles).all()
    finally:
        second.close()


def test_progress_is_reported_to_the_end(small):
    assert PROGRESS and PROGRESS[-1][0] == PROGRESS[-1][1]
    assert [done for done, _, _ in PROGRESS] == sorted(done for done, _, _ in PROGRESS)
    assert all(what for _, _, what in PROGRESS)


def test_cancelling_keeps_nothing(home):
    org = _new_organization()
    calls = []
    try:
        with pytest.raises(DemoCancelled):
            build_demo(
                org,
                "small",
                progress=lambda *_: calls.append(1),
                should_cancel=lambda: len(calls) >= 3,
            )
        with org.database.engine.connect() as connection:
            assert is_empty(connection)
        assert check_organization(org).healthy
    finally:
        org.close()


def test_refuses_an_organization_that_holds_records(home):
    org = _new_organization()
    try:
        with org.database.transaction() as session:
            session.add(Person(given_name="Ada", family_name="Lovelace"))
        with pytest.raises(DemoError, match="already holds records"):
            build_demo(org)
        with org.database.session() as session:
            assert session.scalar(select(func.count(Person.id))) == 1
    finally:
        org.close()


@pytest.mark.parametrize(
    ("size", "scale", "message"),
    [("medium", 1.0, "Unknown demo size"), ("small", 0.5, "Only the large"), ("large", 0, "scale")],
)
def test_refuses_bad_arguments(home, size, scale, message):
    org = _new_organization()
    try:
        with pytest.raises(DemoError, match=message):
            build_demo(org, size, scale=scale)
    finally:
        org.close()


# The large demo, scaled down ------------------------------------------------------------------


def _schema(session: Session) -> list[tuple[str, str]]:
    return session.execute(
        text("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name")
    ).all()


@pytest.mark.slow
def test_large_demo_scaled_down_keeps_every_rule(home):
    org = _new_organization()
    try:
        with org.database.session() as session:
            schema_before = _schema(session)
        summary = build_demo(org, "large", scale=0.02)
        counts = summary.counts
        assert counts["person"] == 2000
        assert counts["volunteer_hours"] == 10_000
        assert counts["exchange"] == 400
        assert 3000 <= counts["participation"] <= 5000
        assert all(counts[t] > 0 for t in SUMMARY_TABLES if t != "attachment")
        assert check_organization(org).healthy
        with org.database.session() as session:
            assert _schema(session) == schema_before  # indexes and triggers are back
            assert _rule_breaches(session) == []
            assert {k: v for k, v in _sql_breaches(session).items() if v} == {}
            assert _bookkeeping_breaches(session) == []
            for person in session.scalars(select(Person)):
                assert person.sort_name == sort_name(person.given_name, person.family_name)
        # The search index follows later changes again (its triggers are restored).
        with org.database.transaction() as session:
            session.add(Person(given_name="Zyxwv", family_name="Qrstuvw"))
        with org.database.session() as session:
            assert [p.given_name for p in find_people(session, "Qrstuvw")] == ["Zyxwv"]
    finally:
        org.close()


@pytest.mark.slow
def test_large_demo_is_deterministic(home):
    rows = []
    for name in ("First", "Second"):
        org = _new_organization(name)
        try:
            build_demo(org, "large", scale=0.01)
            with org.database.session() as session:
                rows.append(
                    session.execute(
                        text(
                            "SELECT p.uuid, p.sort_name, h.uuid, h.worked_on, h.hours"
                            " FROM volunteer_hours h JOIN person p ON p.id = h.person_id"
                            " ORDER BY h.id"
                        )
                    ).all()
                )
        finally:
            org.close()
    assert rows[0] == rows[1]


@pytest.mark.slow
def test_cancelling_the_large_demo_keeps_nothing(home):
    org = _new_organization()
    try:
        with org.database.session() as session:
            schema_before = _schema(session)
        progress: list[int] = []
        with pytest.raises(DemoCancelled):
            build_demo(
                org,
                "large",
                progress=lambda done, _total, _what: progress.append(done),
                should_cancel=lambda: len(progress) >= 8,
                scale=0.05,
            )
        with org.database.session() as session:
            assert is_empty(session.connection())
            assert _schema(session) == schema_before
        assert check_organization(org).healthy
    finally:
        org.close()


def test_reference_date_is_in_the_past():
    assert date.today() >= REFERENCE_DATE
    assert datetime.now().year >= REFERENCE_DATE.year
