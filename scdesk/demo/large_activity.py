"""Meetings and exchanges of the large demo, with attendance, participants, host placements
and itineraries.

Same rules as the small demo, kept by construction: exchanges only while a partnership is
open, itinerary days inside the exchange, one guest per host and never oneself, each person
at most once per role in an exchange, history up to the reference date and plans after it.
"""

from __future__ import annotations

from bisect import bisect
from datetime import date
from html import escape
from itertools import accumulate

from scdesk.demo.large_context import LargeContext
from scdesk.demo.partners import SPRINGFIELD_SIGHTS
from scdesk.demo.texts import FUNDING_NOTES, MEETING_PLACES, MEETING_TOPICS, OUTCOMES, titles_for
from scdesk.model import (
    ExchangeDirection,
    ExchangeField,
    ExchangeStatus,
    ParticipantRole,
    PartnershipStatus,
)

_F = ExchangeField
_D = ExchangeDirection
_X = ExchangeStatus
_R = ParticipantRole
FIELDS = tuple(ExchangeField)
FIELD_WEIGHTS = tuple(accumulate((4, 4, 2, 1, 1.5, 3, 1.5, 0.5)))  # in FIELDS order
EXPLORING_FIELDS = (_F.MUNICIPAL, _F.MUNICIPAL, _F.CULTURAL, _F.BUSINESS)
EXCHANGE_COLUMNS = (
    "title",
    "field",
    "direction",
    "status",
    "starts_on",
    "ends_on",
    "place",
    "partnership_id",
    "committee_id",
    "currency",
    "budget_cents",
    "grants_cents",
    "costs_cents",
    "funding_notes",
    "outcomes",
    "notes",
)


def add_meetings(ctx: LargeContext) -> None:
    rnd = ctx.rng.random
    text = ctx.days.text
    since = ctx.day(date(2016, 1, 1))
    windows = [
        (index, max(start, since), min(end, ctx.reference))
        for index, (start, end) in enumerate(ctx.committee_span)
        if max(start, since) <= min(end, ctx.reference)
    ]
    terms_of: list[list[tuple[int, int, int, int]]] = [[] for _ in ctx.committee_ids]
    for term in ctx.terms:
        terms_of[term[1]].append(term)
    first_id = ctx.writer.next_id("meeting")
    meetings: list[tuple[object, ...]] = []
    attendance: list[tuple[object, ...]] = []
    for number in range(ctx.plan.meetings):
        index, low, high = windows[int(rnd() * len(windows))]
        day = low + int(rnd() * (high - low + 1))
        pool = terms_of[index]
        present: list[int] = []
        for _ in range(min(40, len(pool))):
            person_id, _, start, end = pool[int(rnd() * len(pool))]
            if start <= day <= end and person_id not in present:
                present.append(person_id)
                if len(present) == 8:
                    break
        meeting_id = first_id + number
        committee_id = ctx.committee_ids[index]
        topic = MEETING_TOPICS[int(rnd() * len(MEETING_TOPICS))]
        minutes = (
            f"<h3>{escape(ctx.committee_names[index])}: meeting of {text[day]}</h3>"
            f"<p>{len(present)} members present.</p><ol><li>{escape(topic)}</li></ol>"
        )
        place = MEETING_PLACES[int(rnd() * 3)]
        meetings.append((committee_id, text[day], "19:00:00.000000", place, minutes))
        attendance += [(meeting_id, person_id) for person_id in present]
        ctx.meetings.append((meeting_id, committee_id, day, present))
    ctx.writer.insert(
        "meeting",
        ("committee_id", "held_on", "starts_at", "place", "minutes"),
        meetings,
        "Meetings",
    )
    ctx.writer.insert("meeting_attendance", ("meeting_id", "person_id"), attendance, "Meetings")


class _Exchanges:
    """Generates the exchanges and, alongside, the rows of the tables that hang off them."""

    def __init__(self, ctx: LargeContext) -> None:
        self.ctx = ctx
        self.rnd = ctx.rng.random
        self.text = ctx.days.text
        self.rows: list[tuple[object, ...]] = []
        self.participations: list[tuple[object, ...]] = []
        self.placements: list[tuple[object, ...]] = []
        self.itinerary: list[tuple[object, ...]] = []
        self.pandemic = (ctx.day(date(2020, 3, 15)), ctx.day(date(2021, 8, 31)))
        self.titles = {(f, d): titles_for(f, d.value) for f in FIELDS for d in _D}
        # Travellers per exchange, so participations come out near the planned number:
        # each exchange also has ~1.8 organizers and interpreters, and inbound ones a host
        # per guest.
        mean = ctx.plan.participations / ctx.plan.exchanges
        self.travellers = max(2.0, (mean - 1.8) / 1.28)
        start = ctx.day(date(2016, 1, 10))
        end = ctx.day(date(2027, 6, 30))
        self.windows = []
        for index, partner in enumerate(ctx.partners):
            paused = [s.on for s in partner.history if s.status in _CLOSED]
            low = max(start, ctx.day(partner.first_contact_on))
            high = min(end, ctx.day(paused[0]) if paused else end)
            if low <= high:
                self.windows.append((index, low, high))
        self.cumulative = list(accumulate(high - low + 1 for _, low, high in self.windows))

    def make(self, exchange_id: int) -> None:
        ctx, rnd = self.ctx, self.rnd
        pick = bisect(self.cumulative, rnd() * self.cumulative[-1])
        index, low, high = self.windows[min(pick, len(self.windows) - 1)]
        partner = ctx.partners[index]
        start = low + int(rnd() * (high - low + 1))
        formal = partner.status_on(ctx.days.day(start)) == PartnershipStatus.ACTIVE
        if formal:
            field = FIELDS[bisect(FIELD_WEIGHTS, rnd() * FIELD_WEIGHTS[-1])]
        else:
            field = EXPLORING_FIELDS[int(rnd() * 4)]
        in_pandemic = self.pandemic[0] <= start <= self.pandemic[1]
        roll = rnd()
        if in_pandemic and roll < 0.75:
            direction = _D.VIRTUAL
        elif not formal:
            direction = _D.VIRTUAL if roll < 0.66 else _D.OUTBOUND
        else:
            direction = _D.INBOUND if roll < 0.4 else _D.OUTBOUND if roll < 0.8 else _D.VIRTUAL
        if direction == _D.VIRTUAL:
            end = start if rnd() < 0.7 else start + 14 + int(rnd() * 43)
        else:
            end = start + 4 + int(rnd() * 10)
        status = self._status(start, end, direction, in_pandemic)
        committee_id = ctx.committee_ids[index]
        young = field in (_F.YOUTH, _F.EDUCATIONAL)
        if young and rnd() < 0.5:
            committee_id = ctx.youth_id
        titles = self.titles[(field, direction)]
        name = partner.short_name or partner.city
        title = f"{titles[int(rnd() * len(titles))]} — {name} {self.text[start][:4]}"
        budget, grants, costs = self._money(direction, status)
        completed = status == _X.COMPLETED
        self.rows.append(
            (
                title,
                field.value,
                direction.value,
                status.value,
                self.text[start],
                self.text[end],
                {
                    _D.INBOUND: "Springfield, Illinois",
                    _D.OUTBOUND: f"{partner.city}, {partner.region}",
                    _D.VIRTUAL: "Online",
                }[direction],
                ctx.partnership_ids[index],
                committee_id,
                partner.currency if direction == _D.OUTBOUND else "USD",
                budget,
                grants,
                costs,
                FUNDING_NOTES[int(rnd() * len(FUNDING_NOTES))] if grants else "",
                OUTCOMES[field][int(rnd() * len(OUTCOMES[field]))] if completed else "",
                partner.thanks if completed and direction == _D.INBOUND else "",
            )
        )
        workers = self._participants(exchange_id, index, direction, status, young, start, end)
        if status != _X.PLANNED and start <= ctx.reference:
            facts = ctx.exchanges
            facts.ids.append(exchange_id)
            facts.starts.append(start)
            facts.ends.append(end)
            facts.committees.append(committee_id)
            facts.workers.append(workers)
        if direction != _D.VIRTUAL and status != _X.CANCELLED:
            if direction == _D.INBOUND:
                self._itinerary(exchange_id, SPRINGFIELD_SIGHTS, "Springfield", start, end)
            else:
                self._itinerary(exchange_id, partner.sights, name, start, end)

    def _status(self, start: int, end: int, direction: ExchangeDirection, pandemic: bool) -> _X:
        reference, rnd = self.ctx.reference, self.rnd
        if start > reference:
            if rnd() < 0.05:
                return _X.CANCELLED
            soon = start <= reference + 120
            return _X.CONFIRMED if soon and rnd() < 0.6 else _X.PLANNED
        if end >= reference:
            return _X.CONFIRMED
        if direction != _D.VIRTUAL and pandemic:
            return _X.CANCELLED
        return _X.CANCELLED if rnd() < 0.07 else _X.COMPLETED

    def _money(self, direction: ExchangeDirection, status: ExchangeStatus) -> tuple[int, int, int]:
        rnd = self.rnd
        top = 600 if direction == _D.VIRTUAL else 12_000 if direction == _D.INBOUND else 30_000
        budget = int(top * (0.1 + 0.9 * rnd())) // 50 * 5000
        grants = int(budget * (0.6 * rnd() if rnd() < 0.5 else 0)) // 100 * 100
        share = {
            _X.COMPLETED: 0.8 + 0.3 * rnd(),
            _X.CANCELLED: 0.15 * rnd(),
            _X.CONFIRMED: 0.1 + 0.3 * rnd(),
            _X.PLANNED: 0.0,
        }[status]
        return budget, grants, int(budget * share)

    def _participants(
        self,
        exchange_id: int,
        partner_index: int,
        direction: ExchangeDirection,
        status: ExchangeStatus,
        young: bool,
        start: int,
        end: int,
    ) -> list[int]:
        """Participation rows (and placements) of one exchange; returns the locals who
        worked on it, for their volunteer hours."""
        ctx, rng, rnd = self.ctx, self.ctx.rng, self.rnd
        rows = self.participations
        organizers = rng.sample(ctx.locals, 1 if rnd() < 0.5 else 2)
        rows += [(exchange_id, p, _R.ORGANIZER.value) for p in organizers]
        workers = list(organizers)
        if rnd() < 0.3:
            interpreter = ctx.locals[int(rnd() * len(ctx.locals))]
            rows.append((exchange_id, interpreter, _R.INTERPRETER.value))
            workers.append(interpreter)
        count = 2 + int(rnd() * (2 * (self.travellers - 2) + 1))
        role = _R.STUDENT.value if young else _R.DELEGATE.value
        guests = ctx.guests[partner_index]
        if direction == _D.INBOUND:
            visitors = rng.sample(guests, min(count, len(guests)))
        elif direction == _D.VIRTUAL:
            visitors = rng.sample(guests, min(count // 2, len(guests)))
            count -= len(visitors)
        else:
            visitors = []
        travellers = rng.sample(ctx.locals, count) if direction != _D.INBOUND else []
        for position, person_id in enumerate(visitors + travellers):
            chaperone = young and position == 0
            rows.append((exchange_id, person_id, _R.CHAPERONE.value if chaperone else role))
        workers += travellers
        if direction == _D.INBOUND and status != _X.CANCELLED and visitors:
            nights = max(1, end - start)
            hosts = rng.sample(ctx.hosts, min(len(visitors), len(ctx.hosts)))
            for guest_id, host_id in zip(visitors, hosts, strict=False):
                rows.append((exchange_id, host_id, _R.HOST.value))
                self.placements.append((exchange_id, guest_id, host_id, nights))
            workers += hosts
        return workers

    def _itinerary(
        self,
        exchange_id: int,
        sights: tuple[str, ...],
        city: str,
        start: int,
        end: int,
    ) -> None:
        rnd, text = self.rnd, self.text
        hall = f"{city} City Hall"
        items = self.itinerary
        items.append((exchange_id, text[start], "18:00:00.000000", "Arrival and welcome", hall))
        for _ in range(min(3, end - start - 1)):
            day = start + 1 + int(rnd() * (end - start - 1))
            sight = sights[int(rnd() * len(sights))]
            items.append((exchange_id, text[day], "10:00:00.000000", f"Visit to {sight}", sight))
        items.append((exchange_id, text[end], "10:00:00.000000", "Farewell and departure", ""))


_CLOSED = (PartnershipStatus.INACTIVE, PartnershipStatus.ENDED)


def add_exchanges(ctx: LargeContext) -> None:
    maker = _Exchanges(ctx)
    first_id = ctx.writer.next_id("exchange")
    for number in range(ctx.plan.exchanges):
        maker.make(first_id + number)
    writer = ctx.writer
    writer.insert("exchange", EXCHANGE_COLUMNS, maker.rows, "Exchanges")
    writer.insert(
        "participation", ("exchange_id", "person_id", "role"), maker.participations, "Participants"
    )
    writer.insert(
        "host_placement",
        ("exchange_id", "guest_id", "host_id", "nights"),
        maker.placements,
        "Host placements",
    )
    writer.insert(
        "itinerary_item",
        ("exchange_id", "day", "starts_at", "title", "place"),
        maker.itinerary,
        "Itineraries",
    )
