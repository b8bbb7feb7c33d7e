"""Ten years of exchanges for the small demo, with who took part, who hosted whom, the
itinerary and the money.

The history follows each partnership's status (no visits before first contact or after it
went dormant) and the pandemic (in-person visits of 2020-21 cancelled, link-ups online).
Exchanges after the reference date are planned or confirmed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time, timedelta

from scdesk.demo.common import REFERENCE_DATE
from scdesk.demo.names import CULTURES
from scdesk.demo.partners import SPRINGFIELD_SIGHTS, PartnerCity
from scdesk.demo.small_context import Crew, SmallContext
from scdesk.demo.texts import FUNDING_NOTES, OTHER_ITEMS, OUTCOMES, SIGHT_ITEMS, titles_for
from scdesk.model import (
    Committee,
    Exchange,
    ExchangeDirection,
    ExchangeField,
    ExchangeStatus,
    HostPlacement,
    ItineraryItem,
    ParticipantRole,
    Participation,
    PartnershipStatus,
    Person,
    PersonStatus,
)

_F = ExchangeField
_D = ExchangeDirection
_R = ParticipantRole

FIRST_YEAR = 2016
LAST_YEAR = 2027  # planned exchanges reach into the first half of next year
PANDEMIC = (date(2020, 3, 15), date(2021, 8, 31))

FIELD_WEIGHTS: dict[ExchangeField, float] = {
    _F.CULTURAL: 4,
    _F.EDUCATIONAL: 4,
    _F.MUNICIPAL: 2,
    _F.BUSINESS: 1,
    _F.HUMANITARIAN: 1,
    _F.YOUTH: 3,
    _F.SPORTS: 1.5,
    _F.OTHER: 0.5,
}
# Where a partnership leans one way: aid to Lviv and Kumasi, trade with Ichinomiya.
FIELD_BIAS: dict[str, dict[ExchangeField, float]] = {
    "Lviv": {_F.HUMANITARIAN: 10, _F.BUSINESS: 0, _F.SPORTS: 0.5},
    "Kumasi": {_F.HUMANITARIAN: 3, _F.EDUCATIONAL: 5},
    "Ichinomiya": {_F.BUSINESS: 2.5, _F.CULTURAL: 5},
}
ANNIVERSARY = "Anniversary celebration"
TIMES = (time(9, 0), time(10, 30), time(13, 0), time(14, 30), time(18, 30))


def add_exchanges(ctx: SmallContext) -> None:
    made: list[tuple[Exchange, Committee, str]] = []
    for city, partner in ctx.partner_cities.items():
        for year in range(FIRST_YEAR, LAST_YEAR + 1):
            rate = partner.exchanges_per_year
            count = int(rate) + (ctx.rng.random() < rate - int(rate))
            for _ in range(count):
                last_day = date(year, 6, 30) if year == LAST_YEAR else date(year, 12, 20)
                start = ctx.day_between(date(year, 1, 10), last_day)
                status = partner.status_on(start)
                if status in (None, PartnershipStatus.INACTIVE, PartnershipStatus.ENDED):
                    continue
                formal = status == PartnershipStatus.ACTIVE
                if not formal and ctx.rng.random() < 0.4:
                    continue
                made.append(_add_exchange(ctx, city, partner, start, formal))
        for renewal in partner.renewals:  # each renewal is celebrated together
            if date(FIRST_YEAR, 1, 1) <= renewal.on <= REFERENCE_DATE:
                made.append(_add_exchange(ctx, city, partner, renewal.on, True, ANNIVERSARY))
    ctx.session.flush()  # the exchanges' ids, for their participants
    for exchange, committee, city in made:
        ctx.crews.append(_add_participants(ctx, exchange, committee, city))
        if exchange.status != ExchangeStatus.CANCELLED:
            _add_itinerary(ctx, exchange, ctx.partner_cities[city])


def _add_exchange(
    ctx: SmallContext,
    city: str,
    partner: PartnerCity,
    start: date,
    formal: bool,
    title: str = "",
) -> tuple[Exchange, Committee, str]:
    """One exchange from `start`; a `title` makes it an anniversary (field other)."""
    rng = ctx.rng
    field = _F.OTHER if title else _pick_field(ctx, city, formal)
    direction = _pick_direction(ctx, start, formal)
    if title and PANDEMIC[0] <= start <= PANDEMIC[1]:
        direction = _D.VIRTUAL
    if direction == _D.VIRTUAL:
        days = 0 if rng.random() < 0.7 else rng.randrange(14, 57)
    else:
        days = rng.randrange(4, 14)
    end = start + timedelta(days=days)
    status = _pick_status(ctx, start, end, direction)
    if title and status == ExchangeStatus.CANCELLED:
        status = ExchangeStatus.COMPLETED  # anniversaries are always celebrated
    title = title or rng.choice(titles_for(field, direction))
    committee = ctx.committees[partner.committee_name]
    if field in (_F.YOUTH, _F.EDUCATIONAL) and rng.random() < 0.5:
        committee = ctx.committees["Youth Exchange"]
    name = partner.short_name or partner.city
    budget, grants, costs = _money(ctx, direction, status)
    exchange = ctx.add(
        Exchange,
        title=f"{title} — {name} {start.year}",
        field=field,
        direction=direction,
        status=status,
        starts_on=start,
        ends_on=end,
        place={
            _D.INBOUND: "Springfield, Illinois",
            _D.OUTBOUND: f"{partner.city}, {partner.region}",
            _D.VIRTUAL: "Online",
        }[direction],
        partnership_id=ctx.partnerships[city].id,
        committee_id=committee.id,
        currency=partner.currency if direction == _D.OUTBOUND else "USD",
        budget_cents=budget,
        grants_cents=grants,
        costs_cents=costs,
        funding_notes="; ".join(rng.sample(FUNDING_NOTES, rng.randrange(1, 3))) if grants else "",
        outcomes=rng.choice(OUTCOMES[field]) if status == ExchangeStatus.COMPLETED else "",
        notes=_notes(ctx, partner, direction, status, start),
    )
    return exchange, committee, city


def _pick_field(ctx: SmallContext, city: str, formal: bool) -> ExchangeField:
    if not formal:  # exploring a partnership: officials and culture first
        return ctx.rng.choice((_F.MUNICIPAL, _F.MUNICIPAL, _F.CULTURAL, _F.BUSINESS))
    weights = {**FIELD_WEIGHTS, **FIELD_BIAS.get(city, {})}
    fields = list(weights)
    return ctx.rng.choices(fields, weights=[weights[f] for f in fields])[0]


def _pick_direction(ctx: SmallContext, start: date, formal: bool) -> ExchangeDirection:
    in_pandemic = PANDEMIC[0] <= start <= PANDEMIC[1]
    if in_pandemic and ctx.rng.random() < 0.75:
        return _D.VIRTUAL
    if not formal:
        return ctx.rng.choice((_D.VIRTUAL, _D.VIRTUAL, _D.OUTBOUND))
    return ctx.rng.choices((_D.INBOUND, _D.OUTBOUND, _D.VIRTUAL), weights=(4, 4, 2))[0]


def _pick_status(
    ctx: SmallContext, start: date, end: date, direction: ExchangeDirection
) -> ExchangeStatus:
    if start > REFERENCE_DATE:
        if ctx.rng.random() < 0.05:
            return ExchangeStatus.CANCELLED
        soon = start <= REFERENCE_DATE + timedelta(days=120)
        return (
            ExchangeStatus.CONFIRMED if soon and ctx.rng.random() < 0.6 else ExchangeStatus.PLANNED
        )
    if end >= REFERENCE_DATE:
        return ExchangeStatus.CONFIRMED  # under way
    if direction != _D.VIRTUAL and PANDEMIC[0] <= start <= PANDEMIC[1]:
        return ExchangeStatus.CANCELLED
    return ExchangeStatus.CANCELLED if ctx.rng.random() < 0.07 else ExchangeStatus.COMPLETED


def _money(
    ctx: SmallContext, direction: ExchangeDirection, status: ExchangeStatus
) -> tuple[int, int, int]:
    """Budget, grants and costs in cents: whole dollars planned, odd cents spent."""
    rng = ctx.rng
    top = {_D.INBOUND: 12_000, _D.OUTBOUND: 30_000, _D.VIRTUAL: 600}[direction]
    budget = rng.randrange(top // 10, top) // 50 * 50 * 100
    grants = int(budget * rng.choice((0, 0, 0.2, 0.35, 0.5, 0.6))) // 100 * 100
    share = {
        ExchangeStatus.COMPLETED: rng.uniform(0.8, 1.1),
        ExchangeStatus.CANCELLED: rng.uniform(0, 0.15),
        ExchangeStatus.CONFIRMED: rng.uniform(0.1, 0.4),
        ExchangeStatus.PLANNED: 0.0,
    }[status]
    return budget, grants, int(budget * share)


def _notes(
    ctx: SmallContext,
    partner: PartnerCity,
    direction: ExchangeDirection,
    status: ExchangeStatus,
    start: date,
) -> str:
    if status == ExchangeStatus.CANCELLED:
        if PANDEMIC[0] <= start <= PANDEMIC[1]:
            return "Cancelled: COVID-19 travel restrictions."
        if direction == _D.VIRTUAL:
            return "Cancelled: the partner school could not take part."
        return ctx.rng.choice(("Cancelled: visa delays.", "Cancelled: too few participants."))
    if direction == _D.VIRTUAL:
        return "Held online; the recording was shared with the schools."
    if direction == _D.INBOUND and status == ExchangeStatus.COMPLETED:
        return partner.thanks
    return ""


def _add_participants(
    ctx: SmallContext, exchange: Exchange, committee: Committee, city: str
) -> Crew:
    rng = ctx.rng
    start = exchange.starts_on
    assert start is not None
    seen: set[tuple[int, ParticipantRole]] = set()

    def take_part(person: Person, role: ParticipantRole) -> None:
        if (person.id, role) not in seen:
            seen.add((person.id, role))
            ctx.add(Participation, exchange_id=exchange.id, person_id=person.id, role=role)

    active = [
        p
        for p in ctx.locals
        if p.status == PersonStatus.ACTIVE and (p.member_since or date.min) <= start
    ]
    sitting = [p for p in ctx.members_on(committee, start) if p in active] or active
    organizers = rng.sample(sitting, min(len(sitting), rng.choice((1, 1, 2))))
    for person in organizers:
        take_part(person, _R.ORGANIZER)
    young = exchange.field in (_F.YOUTH, _F.EDUCATIONAL)
    travellers = _R.STUDENT if young else _R.DELEGATE
    partner = ctx.partner_cities[city]
    helpers: list[Person] = []
    language = CULTURES[partner.country].language
    speakers = [p for p in active if language in p.languages]
    if speakers and rng.random() < 0.4:
        interpreter = rng.choice(speakers)
        take_part(interpreter, _R.INTERPRETER)
        helpers.append(interpreter)
    guests = ctx.guests[city]
    if exchange.direction == _D.INBOUND:
        visitors = rng.sample(guests, rng.randrange(2, min(6, len(guests)) + 1))
        for index, guest in enumerate(visitors):
            take_part(guest, _R.CHAPERONE if young and index == 0 else travellers)
        if exchange.status != ExchangeStatus.CANCELLED:
            helpers += _place_guests(ctx, exchange, visitors, take_part)
    else:
        locals_ = rng.sample(active, rng.randrange(2, 8))
        for index, person in enumerate(locals_):
            take_part(person, _R.CHAPERONE if young and index == 0 else travellers)
        if exchange.direction == _D.VIRTUAL:
            for guest in rng.sample(guests, rng.randrange(1, 4)):
                take_part(guest, _R.DELEGATE)
    return Crew(exchange, committee, organizers, helpers)


def _place_guests(
    ctx: SmallContext,
    exchange: Exchange,
    visitors: list[Person],
    take_part: Callable[[Person, ParticipantRole], None],
) -> list[Person]:
    """Put each visitor with a host family, within the rooms each family has."""
    assert exchange.starts_on is not None and exchange.ends_on is not None
    nights = max(1, (exchange.ends_on - exchange.starts_on).days)
    start, end = exchange.starts_on, exchange.ends_on
    hosts = [
        h
        for h in ctx.hosts
        if h.status == PersonStatus.ACTIVE
        and not any(s <= end and start <= e for s, e in ctx.hosting.get(h.id, ()))
    ]
    ctx.rng.shuffle(hosts)
    used: list[Person] = []
    queue = list(visitors)
    for host in hosts:
        if not queue:
            break
        taken = queue[: max(host.host_rooms, 1)]
        queue = queue[len(taken) :]
        used.append(host)
        ctx.hosting.setdefault(host.id, []).append((start, end))
        take_part(host, _R.HOST)
        for guest in taken:
            ctx.add(
                HostPlacement,
                exchange_id=exchange.id,
                guest_id=guest.id,
                host_id=host.id,
                nights=nights,
            )
    return used


def _add_itinerary(ctx: SmallContext, exchange: Exchange, partner: PartnerCity) -> None:
    rng = ctx.rng
    start, end = exchange.starts_on, exchange.ends_on
    assert start is not None and end is not None
    if exchange.direction == _D.VIRTUAL:
        for day in sorted({ctx.day_between(start, end) for _ in range(rng.randrange(1, 4))}):
            ctx.add(
                ItineraryItem,
                exchange_id=exchange.id,
                day=day,
                starts_at=time(rng.choice((8, 9, 17, 18)), 0),
                title="Online session",
                place="Zoom",
            )
        return
    inbound = exchange.direction == _D.INBOUND
    sights = SPRINGFIELD_SIGHTS if inbound else partner.sights
    hall = "Springfield City Hall" if inbound else f"{partner.short_name or partner.city} City Hall"
    ctx.add(
        ItineraryItem,
        exchange_id=exchange.id,
        day=start,
        starts_at=time(18, 0),
        title="Arrival and welcome reception",
        place=hall,
    )
    for offset in range(1, (end - start).days):
        if rng.random() < 0.4:
            continue
        if rng.random() < 0.6:
            place = rng.choice(sights)
            title = rng.choice(SIGHT_ITEMS).format(place=place)
        else:
            title, place = rng.choice(OTHER_ITEMS)
            place = place.format(hall=hall)
        ctx.add(
            ItineraryItem,
            exchange_id=exchange.id,
            day=start + timedelta(days=offset),
            starts_at=rng.choice(TIMES),
            title=title,
            place=place,
        )
    ctx.add(
        ItineraryItem,
        exchange_id=exchange.id,
        day=end,
        starts_at=time(10, 0),
        title="Farewell and departure",
        notes="Bus to the airport at noon.",
    )
