"""Volunteer hours of the small demo: on exchanges, committee work, meetings, events and
other tasks, each with the link its purpose asks for, most of them approved by a chair.

José Núñez, Keiko Tanaka and Ben Okafor get, for 2024, exactly the totals of the sample
volunteers workbook in shared/data, so an import of that workbook can be checked against them.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from scdesk.demo.common import REFERENCE_DATE, REFERENCE_TIME
from scdesk.demo.small_context import SmallContext
from scdesk.demo.texts import EVENTS, HOURS_DESCRIPTIONS
from scdesk.model import (
    Committee,
    ExchangeStatus,
    HoursPurpose,
    Person,
    PersonStatus,
    Post,
    VolunteerHours,
)

_P = HoursPurpose

# 2024 hours from the sample workbook: person, committee, entries (hours).
WORKBOOK_2024 = (
    ("jose", "Guadalajara Committee", (6, 8.5, 4, 10, 3, 5, 6)),
    ("keiko", "Ichinomiya Committee", (4, 8)),
    ("ben", "Board", (8,) * 10),
)


def add_hours(ctx: SmallContext) -> None:
    entries: list[dict[str, Any]] = []
    entries += _exchange_hours(ctx)
    entries += _meeting_hours(ctx)
    entries += _committee_hours(ctx)
    entries += _event_hours(ctx)
    entries += _other_hours(ctx)
    fixed = {ctx.people[key].id for key, _, _ in WORKBOOK_2024}
    entries = [e for e in entries if not (e["person"].id in fixed and e["worked_on"].year == 2024)]
    entries += _workbook_hours(ctx)
    entries.sort(key=lambda e: (e["worked_on"], e["person"].id))
    for entry in entries:
        committee = entry.pop("approving_committee")
        approver = _approver(ctx, committee, entry["worked_on"], entry["person"])
        worked_on: date = entry["worked_on"]
        settled = (REFERENCE_DATE - worked_on).days > 60
        if approver is not None and ctx.rng.random() < (0.95 if settled else 0.4):
            approved = datetime.combine(
                worked_on + timedelta(days=ctx.rng.randrange(2, 30)), time(20, 15)
            )
            entry["approved_by_id"] = approver.id
            entry["approved_at"] = min(approved, REFERENCE_TIME)
        person = entry.pop("person")
        ctx.add(VolunteerHours, person_id=person.id, **entry)


def _entry(
    person: Person,
    day: date,
    hours: float,
    purpose: HoursPurpose,
    description: str,
    committee: Committee | None,
    **link: int,
) -> dict[str, Any]:
    return dict(
        person=person,
        worked_on=min(day, REFERENCE_DATE),
        hours=hours,
        purpose=purpose,
        description=description,
        approving_committee=committee,
        **link,
    )


def _exchange_hours(ctx: SmallContext) -> list[dict[str, Any]]:
    rng = ctx.rng
    entries = []
    for crew in ctx.crews:
        exchange = crew.exchange
        start, end = exchange.starts_on, exchange.ends_on
        assert start is not None and end is not None
        if exchange.status == ExchangeStatus.PLANNED or start > REFERENCE_DATE:
            continue
        texts = HOURS_DESCRIPTIONS[_P.EXCHANGE]
        for person in crew.organizers:
            for _ in range(rng.randrange(3, 7)):
                day = ctx.day_between(start - timedelta(days=45), end)
                hours = rng.choice((1, 1.5, 2, 3, 4, 6, 8))
                entries.append(
                    _entry(
                        person,
                        day,
                        hours,
                        _P.EXCHANGE,
                        rng.choice(texts),
                        crew.committee,
                        exchange_id=exchange.id,
                    )
                )
        if exchange.status == ExchangeStatus.CANCELLED:
            continue
        for person in crew.helpers:
            for _ in range(rng.randrange(1, 4)):
                day = ctx.day_between(start, end)
                hours = rng.choice((2, 3, 4, 5, 6, 8))
                entries.append(
                    _entry(
                        person,
                        day,
                        hours,
                        _P.EXCHANGE,
                        rng.choice(texts),
                        crew.committee,
                        exchange_id=exchange.id,
                    )
                )
    return entries


def _meeting_hours(ctx: SmallContext) -> list[dict[str, Any]]:
    rng = ctx.rng
    entries = []
    for meeting, committee, present in ctx.meetings:
        for person in present:
            if rng.random() < 0.35:
                hours = rng.choice((1.5, 2, 2, 2.5, 3))
                description = rng.choice(HOURS_DESCRIPTIONS[_P.MEETING])
                entries.append(
                    _entry(
                        person,
                        meeting.held_on,
                        hours,
                        _P.MEETING,
                        description,
                        committee,
                        meeting_id=meeting.id,
                    )
                )
    return entries


def _committee_hours(ctx: SmallContext) -> list[dict[str, Any]]:
    rng = ctx.rng
    entries = []
    for term in ctx.terms:
        if term.post == Post.MEMBER:
            continue
        first = max(term.start, date(2016, 1, 1))
        last = min(term.end or REFERENCE_DATE, REFERENCE_DATE)
        if first > last:
            continue
        for _ in range(max(1, (last - first).days // 120)):
            entries.append(
                _entry(
                    term.person,
                    ctx.day_between(first, last),
                    rng.choice((1, 1.5, 2, 3, 4, 5)),
                    _P.COMMITTEE,
                    rng.choice(HOURS_DESCRIPTIONS[_P.COMMITTEE]),
                    term.committee,
                    committee_id=term.committee.id,
                )
            )
    return entries


def _event_hours(ctx: SmallContext) -> list[dict[str, Any]]:
    rng = ctx.rng
    entries = []
    events = ctx.committees["Events"]
    for year in range(2016, REFERENCE_DATE.year + 1):
        if year == 2020:
            continue  # no public events in the pandemic year
        for month, day_of_month, name in EVENTS:
            day = date(year, month, day_of_month)
            if day > REFERENCE_DATE:
                continue
            crew = ctx.members_on(events, day)
            active = [p for p in ctx.locals if p.status == PersonStatus.ACTIVE]
            crew += rng.sample(active, rng.randrange(2, 6))
            for person in dict.fromkeys(crew):
                entries.append(
                    _entry(person, day, rng.choice((3, 4, 4, 5, 6, 8)), _P.EVENT, name, events)
                )
    return entries


def _other_hours(ctx: SmallContext) -> list[dict[str, Any]]:
    rng = ctx.rng
    active = [p for p in ctx.locals if p.status == PersonStatus.ACTIVE]
    return [
        _entry(
            rng.choice(active),
            ctx.day_between(date(2016, 1, 1), REFERENCE_DATE),
            rng.choice((0.5, 1, 1.5, 2, 3)),
            _P.OTHER,
            rng.choice(HOURS_DESCRIPTIONS[_P.OTHER]),
            None,
        )
        for _ in range(200)
    ]


def _workbook_hours(ctx: SmallContext) -> list[dict[str, Any]]:
    entries = []
    for key, committee_name, amounts in WORKBOOK_2024:
        committee = ctx.committees[committee_name]
        for index, hours in enumerate(amounts):
            day = date(2024, 1, 15) + timedelta(days=35 * index)
            entries.append(
                _entry(
                    ctx.people[key],
                    day,
                    hours,
                    _P.COMMITTEE,
                    HOURS_DESCRIPTIONS[_P.COMMITTEE][index % 4],
                    committee,
                    committee_id=committee.id,
                )
            )
    return entries


def _approver(
    ctx: SmallContext, committee: Committee | None, day: date, person: Person
) -> Person | None:
    """The chair of the committee the work was for, or the board's chair or vice chair."""
    board = ctx.committees["Board"]
    candidates = (
        ctx.holder(committee, Post.CHAIR, day) if committee is not None else None,
        ctx.holder(board, Post.CHAIR, day),
        ctx.holder(board, Post.VICE_CHAIR, day),
    )
    return next((c for c in candidates if c is not None and c is not person), None)
