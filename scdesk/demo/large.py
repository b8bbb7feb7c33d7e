"""The large demo, for benchmarks: 100,000 people, 20,000 exchanges, 200,000 participations
and 500,000 volunteer-hours entries, written in bulk in one transaction.

It keeps the small demo's shape (the same six partner cities first, the same rules) but
trades hand-written history for volume. The search-index triggers are suspended during the
load and the index is rebuilt once at the end.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy.orm import Session

from scdesk.demo.bulk import BulkWriter, Days, indexes_suspended, roomy_cache
from scdesk.demo.common import (
    REFERENCE_DATE,
    CancelCheck,
    Progress,
    ProgressCallback,
    UuidSource,
)
from scdesk.demo.large_activity import add_exchanges, add_meetings
from scdesk.demo.large_context import LargeContext, Plan
from scdesk.demo.large_hours import add_hours
from scdesk.demo.large_people import add_contact_details, add_memberships, add_people
from scdesk.demo.names import CULTURES, pick_name
from scdesk.demo.partners import (
    MORE_CITIES,
    PARTNERS,
    STANDING_COMMITTEES,
    Contact,
    PartnerCity,
    Renewal,
    Step,
    mayor_on,
)
from scdesk.model import (
    CommitteeKind,
    MembershipStanding,
    PartnershipKind,
    PartnershipOrigin,
    PartnershipStatus,
)
from scdesk.model.base import utcnow
from scdesk.operations.organizations import current_profile
from scdesk.storage.search_index import search_index_suspended
from scdesk.storage.sort_keys import sort_keys_suspended

_S = PartnershipStatus
# Tables whose indexes are rebuilt after the load rather than kept up to date during it.
BIG_TABLES = (
    "person",
    "contact_detail",
    "membership",
    "meeting_attendance",
    "exchange",
    "participation",
    "host_placement",
    "itinerary_item",
    "volunteer_hours",
)
MORE_STANDING = (
    ("Communications", date(2006, 1, 1), "Newsletter, website and press."),
    ("Membership", date(1996, 1, 1), "Recruiting and welcoming members."),
    ("Arts and Culture", date(2001, 1, 1), "Exhibitions, concerts and film weeks."),
    ("Education", date(2009, 1, 1), "School links and teacher exchanges."),
)


def build_large(
    session: Session,
    progress: ProgressCallback | None,
    should_cancel: CancelCheck | None,
    scale: float,
    seed: int,
) -> None:
    """Fill an empty organization with the large demo, inside the caller's transaction."""
    plan = Plan(scale)
    tracker = Progress(plan.estimated_rows(), progress, should_cancel)
    tracker.check()
    # Bookkeeping times are the real ones, as for records made through the ORM.
    writer = BulkWriter(session, UuidSource(seed + 1), tracker, utcnow())
    days = Days(date(1980, 1, 1), date(2028, 12, 31))
    ctx = LargeContext(writer, random.Random(seed), plan, days, days.index(REFERENCE_DATE))
    cache_mb = max(64, round(600 * min(scale, 4.0)))  # the database is ~370 MB at scale 1
    with (
        roomy_cache(writer.connection, cache_mb),
        search_index_suspended(writer.connection),
        indexes_suspended(writer.connection, BIG_TABLES),
        sort_keys_suspended(writer.connection),  # filled before the indexes are rebuilt
    ):
        _add_partnerships(ctx)
        _add_committees(ctx)
        add_people(ctx)
        add_contact_details(ctx)
        add_memberships(ctx)
        add_meetings(ctx)
        add_exchanges(ctx)
        add_hours(ctx)
        tracker.advance(0, "Rebuilding the search index")
    _update_profile(session, ctx)
    session.flush()
    tracker.finish("Done")


def partner_cities(rng: random.Random, count: int) -> list[PartnerCity]:
    """The six written partner cities, then synthesized ones up to `count`."""
    cities = list(PARTNERS)
    for city, region, country, kind, status in MORE_CITIES[: max(0, count - len(PARTNERS))]:
        cities.append(_synthesize(rng, city, region, country, kind, status))
    return cities


def _synthesize(
    rng: random.Random,
    city: str,
    region: str,
    country: str,
    kind: PartnershipKind,
    status: _S,
) -> PartnerCity:
    """A plausible history ending in `status`, entirely before the reference date."""
    first_years = {
        _S.EXPLORING: (2019, 2025),
        _S.PROPOSED: (2016, 2023),
        _S.ACTIVE: (1985, 2018),
        _S.INACTIVE: (1985, 2004),
        _S.ENDED: (1985, 1998),
    }[status]
    day = date(rng.randrange(*first_years), rng.randrange(1, 13), rng.randrange(1, 29))
    history = [Step(_S.EXPLORING, day, "First contact")]
    order = (_S.PROPOSED, _S.ACTIVE, _S.INACTIVE, _S.ENDED)
    signed_on = None
    steps = () if status == _S.EXPLORING else order[: order.index(status) + 1]
    for step in steps:
        day += timedelta(days=rng.randrange(120, 700) if step != _S.INACTIVE else 3000)
        history.append(Step(step, min(day, REFERENCE_DATE - timedelta(days=30))))
        if step == _S.ACTIVE:
            signed_on = history[-1].on
    culture = CULTURES[country]
    mayor = pick_name(rng, culture)
    renewals: list[Renewal] = []
    if signed_on is not None:
        renewed = date(signed_on.year + 10, signed_on.month, min(signed_on.day, 28))
        paused = next((s.on for s in history if s.status == _S.INACTIVE), REFERENCE_DATE)
        while renewed <= paused:
            their_mayor = pick_name(rng, culture).full
            renewals.append(Renewal(renewed, mayor_on(renewed), f"Mayor {their_mayor}"))
            renewed = date(renewed.year + 10, renewed.month, renewed.day)
    contacts = []
    for role in ("International Relations", "Chair, friendship association"):
        name = pick_name(rng, culture)
        contacts.append(
            Contact(name.full, role, f"City of {city}", phone=f"{culture.phone_prefix}0150")
        )
    return PartnerCity(
        city=city,
        region=region,
        country=country,
        kind=kind,
        origin=rng.choice(list(PartnershipOrigin)),
        history=tuple(history),
        signed_on=signed_on,
        our_signatory=mayor_on(signed_on) if signed_on else "",
        partner_signatory=f"Mayor {mayor.full}" if signed_on else "",
        renewals=tuple(renewals),
        contacts=tuple(contacts),
        sights=(f"{city} City Hall", f"Old town of {city}", f"University of {city}"),
        exchanges_per_year=1.0,
    )


def _add_partnerships(ctx: LargeContext) -> None:
    ctx.partners = partner_cities(ctx.rng, ctx.plan.partnerships)
    ids = ctx.writer.insert(
        "partnership",
        (
            "partner_city",
            "partner_region",
            "partner_country",
            "kind",
            "status",
            "origin",
            "origin_notes",
            "first_contact_on",
            "signed_on",
            "our_signatory",
            "partner_signatory",
            "notes",
        ),
        [
            (
                p.city,
                p.region,
                p.country,
                p.kind.value,
                p.status.value,
                p.origin.value,
                p.origin_notes,
                p.first_contact_on.isoformat(),
                p.signed_on.isoformat() if p.signed_on else None,
                p.our_signatory,
                p.partner_signatory,
                p.notes,
            )
            for p in ctx.partners
        ],
        "Partnerships",
    )
    ctx.partnership_ids = list(ids)
    pairs = list(zip(ids, ctx.partners, strict=True))
    ctx.writer.insert(
        "partnership_status_change",
        ("partnership_id", "status", "changed_on", "note"),
        [(i, s.status.value, s.on.isoformat(), s.note) for i, p in pairs for s in p.history],
        "Partnerships",
    )
    ctx.writer.insert(
        "partnership_renewal",
        ("partnership_id", "renewed_on", "our_signatory", "partner_signatory", "note"),
        [
            (i, r.on.isoformat(), r.our_signatory, r.partner_signatory, r.note)
            for i, p in pairs
            for r in p.renewals
        ],
        "Partnerships",
    )
    ctx.writer.insert(
        "partner_contact",
        ("partnership_id", "name", "role", "organization", "email", "phone", "languages", "notes"),
        [
            (i, c.name, c.role, c.organization, c.email, c.phone, c.languages, c.notes)
            for i, p in pairs
            for c in p.contacts
        ],
        "Partnerships",
    )


def _add_committees(ctx: LargeContext) -> None:
    rows: list[tuple[object, ...]] = []
    partner_of: list[int | None] = []
    for index, (partnership_id, partner) in enumerate(
        zip(ctx.partnership_ids, ctx.partners, strict=True)
    ):
        name = f"{partner.short_name or partner.city} Committee"
        about = f"Runs the partnership with {partner.city} ({partner.region})."
        rows.append((name, CommitteeKind.PARTNERSHIP.value, partnership_id, about))
        partner_of.append(index)
    standing = [(n, k, f, d) for n, k, f, d in STANDING_COMMITTEES]
    standing += [(n, CommitteeKind.OTHER_STANDING, f, d) for n, f, d in MORE_STANDING]
    for name, kind, _founded, about in standing:
        rows.append((name, kind.value, None, about))
        partner_of.append(None)
    ids = ctx.writer.insert(
        "committee", ("name", "kind", "partnership_id", "description"), rows, "Committees"
    )
    ctx.committee_ids = list(ids)
    ctx.committee_names = [str(row[0]) for row in rows]
    ctx.committee_partner = partner_of
    names = [row[0] for row in rows]
    ctx.board_id = ids[names.index("Board")]
    ctx.events_id = ids[names.index("Events")]
    ctx.youth_id = ids[names.index("Youth Exchange")]
    starts = [ctx.day(p.first_contact_on) for p in ctx.partners]
    starts += [ctx.day(founded) for _n, _k, founded, _d in standing]
    ends = [_paused_day(ctx, p) for p in ctx.partners] + [ctx.reference] * len(standing)
    ctx.committee_span = list(zip(starts, ends, strict=True))


def _paused_day(ctx: LargeContext, partner: PartnerCity) -> int:
    """The last day a partnership's committee worked (the reference date if it still does)."""
    for step in partner.history:
        if step.status in (_S.INACTIVE, _S.ENDED):
            return ctx.day(step.on)
    return ctx.reference


def _update_profile(session: Session, ctx: LargeContext) -> None:
    profile = current_profile(session)
    profile.website = "https://springfieldsistercities.example.org"
    profile.directory_id = "US-IL-0147"
    profile.standing = MembershipStanding.DUES_PAYING
    profile.primary_contact_id = ctx.chairs[-1] if ctx.chairs else None
    profile.administrator_id = ctx.admin_id
    profile.notes = "Large demo organization for benchmarks."
