"""Terms of office and meetings of the small demo's committees.

Chair terms of one committee follow each other without overlap (the domain refuses two chairs
at once); nobody holds two posts on one committee at the same time; meetings are attended by
the people sitting on the committee that day.
"""

from __future__ import annotations

from datetime import date, time, timedelta

from scdesk.demo.common import REFERENCE_DATE
from scdesk.demo.small_context import SmallContext, Term
from scdesk.demo.texts import MEETING_PLACES, MEETING_TOPICS, minutes_html
from scdesk.model import (
    Committee,
    CommitteeKind,
    Meeting,
    MeetingAttendance,
    Membership,
    PartnershipStatus,
    Person,
    Post,
)

# Posts the sample files give their people: (person, committee, post, start, end).
FIXED_TERMS = (
    ("jose", "Guadalajara Committee", Post.MEMBER, date(2011, 3, 14), date(2020, 12, 31)),
    ("jose", "Guadalajara Committee", Post.CHAIR, date(2021, 1, 1), None),
    ("ben", "Board", Post.MEMBER, date(2014, 1, 1), date(2021, 12, 31)),
    ("ben", "Board", Post.CHAIR, date(2022, 1, 1), None),
    ("francoise", "Board", Post.SECRETARY, date(2016, 1, 1), None),
    ("soren", "Youth Exchange", Post.TREASURER, date(2019, 1, 1), None),
    ("soren", "Guadalajara Committee", Post.MEMBER, date(2015, 1, 20), None),
    ("zoe", "Guadalajara Committee", Post.MEMBER, date(2019, 9, 1), None),
    ("amelia", "Youth Exchange", Post.MEMBER, date(2022, 2, 2), None),
    ("max", "Board", Post.MEMBER, date(2020, 1, 5), None),
    ("keiko", "Ichinomiya Committee", Post.MEMBER, date(2018, 4, 1), None),
    ("lukasz", "Freiburg Committee", Post.MEMBER, date(2017, 5, 3), date(2018, 1, 15)),
    ("lukasz", "Lviv Committee", Post.MEMBER, date(2019, 8, 24), None),
    ("lan", "Events", Post.MEMBER, date(2023, 3, 1), None),
)

OFFICER_POSTS = (Post.VICE_CHAIR, Post.SECRETARY, Post.TREASURER)


def add_terms(ctx: SmallContext) -> None:
    for key, name, post, start, end in FIXED_TERMS:
        ctx.add_term(Term(ctx.people[key], ctx.committees[name], post, start, end))
    for committee in ctx.committees.values():
        start, end = ctx.committee_span(committee)
        _chain(ctx, committee, Post.CHAIR, start, end)
        posts = OFFICER_POSTS if committee.kind == CommitteeKind.BOARD else OFFICER_POSTS[:2]
        for post in posts:
            _chain(ctx, committee, post, max(start, date(2008, 1, 1)), end)
        for _ in range(ctx.rng.randrange(5, 10)):
            _plain_member(ctx, committee, start, end)
    for term in ctx.terms:
        ctx.add(
            Membership,
            person_id=term.person.id,
            committee_id=term.committee.id,
            post=term.post,
            started_on=term.start,
            ended_on=term.end,
        )


def _chain(
    ctx: SmallContext, committee: Committee, post: Post, start: date, end: date | None
) -> None:
    """Successive terms of one post from `start`, up to a fixed holder or to `end`."""
    fixed = [t for t in ctx.terms_of(committee) if t.post == post]
    stop = min((t.start for t in fixed), default=end or REFERENCE_DATE)
    day = start
    while day < stop:
        following = date(day.year + ctx.rng.choice((2, 2, 3, 4)), 1, 1)
        last = following >= stop
        term_end = (stop - timedelta(days=1)) if last else following - timedelta(days=1)
        if last and not fixed and end is None:
            term_end = None  # the current holder
        person = _free_person(ctx, committee, day, term_end)
        ctx.add_term(Term(person, committee, post, day, term_end))
        day = following


def _plain_member(ctx: SmallContext, committee: Committee, start: date, end: date | None) -> None:
    first = ctx.day_between(start, end or REFERENCE_DATE)
    last = end
    if ctx.rng.random() < 0.25:
        last = ctx.day_between(first, end or REFERENCE_DATE)
    person = _free_person(ctx, committee, first, last)
    ctx.add_term(Term(person, committee, Post.MEMBER, first, last))


def _free_person(ctx: SmallContext, committee: Committee, start: date, end: date | None) -> Person:
    """Someone who had joined by `start` and holds nothing on this committee then."""
    finish = end or date.max
    busy = {
        id(t.person)
        for t in ctx.terms_of(committee)
        if t.start <= finish and (t.end is None or t.end >= start)
    }
    free = [p for p in ctx.locals if id(p) not in busy]
    joined = [p for p in free if p.member_since is not None and p.member_since <= start]
    if not joined:  # the organization's first years: its founders
        joined = sorted(free, key=lambda p: p.member_since or date.max)[:3]
    return ctx.rng.choice(joined)


def add_meetings(ctx: SmallContext) -> None:
    for committee in ctx.committees.values():
        partner = ctx.partner_of(committee)
        for day in _schedule(committee.kind):
            if partner is not None and partner.status_on(day) in (
                None,
                PartnershipStatus.INACTIVE,
                PartnershipStatus.ENDED,
            ):
                continue
            present = [p for p in ctx.members_on(committee, day) if ctx.rng.random() < 0.8]
            chair = ctx.holder(committee, Post.CHAIR, day)
            if chair is not None and chair not in present:
                present.insert(0, chair)
            if not present:
                continue
            online = date(2020, 4, 1) <= day <= date(2021, 6, 30)
            meeting = ctx.add(
                Meeting,
                committee_id=committee.id,
                held_on=day,
                starts_at=time(18, 30) if committee.kind == CommitteeKind.BOARD else time(19, 0),
                place="Online (Zoom)" if online else ctx.rng.choice(MEETING_PLACES[:3]),
                minutes=minutes_html(
                    committee.name,
                    day.isoformat(),
                    [p.full_name for p in present],
                    ctx.rng.sample(MEETING_TOPICS, 2),
                ),
            )
            for person in present:
                ctx.add(MeetingAttendance, meeting=meeting, person_id=person.id)
            ctx.meetings.append((meeting, committee, present))


def _schedule(kind: CommitteeKind) -> list[date]:
    """Meeting days from 2016 to the reference date: the board monthly (not in summer),
    partnership committees every other month, the other standing committees quarterly."""
    if kind == CommitteeKind.BOARD:
        months, weekday, week = (1, 2, 3, 4, 5, 6, 9, 10, 11, 12), 1, 2  # second Tuesday
    elif kind == CommitteeKind.PARTNERSHIP:
        months, weekday, week = (1, 3, 5, 7, 9, 11), 3, 1  # first Thursday
    else:
        months, weekday, week = (2, 5, 8, 11), 2, 3  # third Wednesday
    days = []
    for year in range(2016, REFERENCE_DATE.year + 1):
        for month in months:
            first = date(year, month, 1)
            day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (week - 1))
            if day <= REFERENCE_DATE:
                days.append(day)
    return days
