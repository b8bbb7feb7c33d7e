"""Half a million volunteer-hours entries for the large demo.

Each entry is given by someone who did that work (an exchange's organizers, travellers and
hosts; a meeting's attendees; a committee's members during their term), on a day in the past,
with the link its purpose asks for; most are approved by someone who chaired a committee.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from scdesk.demo.common import REFERENCE_DATE
from scdesk.demo.large_context import LargeContext
from scdesk.demo.texts import EVENTS, HOURS_DESCRIPTIONS
from scdesk.model import HoursPurpose

_P = HoursPurpose
COLUMNS = (
    "person_id",
    "worked_on",
    "hours",
    "purpose",
    "exchange_id",
    "committee_id",
    "meeting_id",
    "description",
    "approved_by_id",
    "approved_at",
)
LENGTHS = (0.5, 1.0, 1.5, 2.0, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0)


def add_hours(ctx: LargeContext) -> None:
    ctx.writer.insert("volunteer_hours", COLUMNS, _entries(ctx), "Volunteer hours", ctx.plan.hours)


def _entries(ctx: LargeContext) -> Iterator[tuple[object, ...]]:
    rnd = ctx.rng.random
    text = ctx.days.text
    reference = ctx.reference
    since = ctx.day(date(2016, 1, 1))
    approved_text = [f"{day} 20:15:00.000000" for day in text]
    facts = ctx.exchanges
    exchanges = [n for n, workers in enumerate(facts.workers) if workers]
    meetings = [m for m in ctx.meetings if m[3]]
    terms = [
        (person_id, ctx.committee_ids[index], max(start, since), min(end, reference))
        for person_id, index, start, end in ctx.terms
        if max(start, since) <= min(end, reference)
    ]
    events = [
        (ctx.day(date(year, month, day)), name)
        for year in range(2016, REFERENCE_DATE.year + 1)
        if year != 2020  # no public events in the pandemic year
        for month, day, name in EVENTS
        if date(year, month, day) <= REFERENCE_DATE
    ]
    chairs = list(dict.fromkeys(ctx.chairs))
    people = ctx.locals
    texts = {purpose.value: HOURS_DESCRIPTIONS[purpose] for purpose in _P}
    exchange, meeting, committee, event, other = (
        p.value for p in (_P.EXCHANGE, _P.MEETING, _P.COMMITTEE, _P.EVENT, _P.OTHER)
    )
    for _ in range(ctx.plan.hours):
        roll = rnd()
        exchange_id = committee_id = meeting_id = None
        if roll < 0.35 and exchanges:
            purpose = exchange
            n = exchanges[int(rnd() * len(exchanges))]
            workers = facts.workers[n]
            person_id = workers[int(rnd() * len(workers))]
            low, high = facts.starts[n] - 30, min(facts.ends[n], reference)
            day = low + int(rnd() * (high - low + 1))
            exchange_id = facts.ids[n]
        elif roll < 0.55 and meetings:
            purpose = meeting
            meeting_id, _committee, day, present = meetings[int(rnd() * len(meetings))]
            person_id = present[int(rnd() * len(present))]
        elif roll < 0.75 and terms:
            purpose = committee
            person_id, committee_id, low, high = terms[int(rnd() * len(terms))]
            day = low + int(rnd() * (high - low + 1))
        elif roll < 0.9:
            purpose = event
            person_id = people[int(rnd() * len(people))]
            day, description = events[int(rnd() * len(events))]
        else:
            purpose = other
            person_id = people[int(rnd() * len(people))]
            day = since + int(rnd() * (reference - since + 1))
        if purpose != event:
            options = texts[purpose]
            description = options[int(rnd() * len(options))]
        approver = approved_at = None
        if rnd() < (0.95 if day < reference - 60 else 0.4):
            approver = chairs[int(rnd() * len(chairs))]
            if approver == person_id:
                approver = chairs[(chairs.index(approver) + 1) % len(chairs)]
            if approver != person_id:
                approved_at = approved_text[min(day + 2 + int(rnd() * 28), reference)]
            else:
                approver = None
        yield (
            person_id,
            text[day],
            LENGTHS[int(rnd() * len(LENGTHS))],
            purpose,
            exchange_id,
            committee_id,
            meeting_id,
            description,
            approver,
            approved_at,
        )
