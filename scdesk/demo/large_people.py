"""People, their extra contact details and their terms of office, for the large demo."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from functools import cache

from scdesk.demo.large_context import LargeContext
from scdesk.demo.names import CULTURES, LOCAL_MIX, Culture, culture_for, email_local_part, pick_name
from scdesk.demo.texts import LOCAL_PLACES, RELATIONS, SKILLS, STREETS
from scdesk.domain.names import sort_name
from scdesk.model import PersonCategory, PersonStatus, Post

PERSON_COLUMNS = (
    "given_name",
    "family_name",
    "sort_name",
    "email",
    "phone",
    "street",
    "city",
    "region",
    "postal_code",
    "country",
    "languages",
    "skills",
    "category",
    "status",
    "member_since",
    "host_rooms",
    "consent_directory",
    "consent_photos",
    "consent_email",
    "emergency_name",
    "emergency_phone",
    "emergency_relation",
    "directory_id",
    "directory_admin",
    "notes",
)
_DOMAINS = ("example.org", "example.com", "example.net")
_C = PersonCategory
# Shares of the roster, cumulative: guests, members, volunteers, host families, contacts.
_CATEGORIES = ((0.15, _C.GUEST), (0.6, _C.MEMBER), (0.8, _C.VOLUNTEER), (0.95, _C.HOST_FAMILY))
# Plain strings: reading an enum member's value costs more than the rest of a row's work.
_CATEGORY_LIMITS = tuple((limit, category.value) for limit, category in _CATEGORIES)
_GUEST, _MEMBER, _HOST, _CONTACT = (
    c.value for c in (_C.GUEST, _C.MEMBER, _C.HOST_FAMILY, _C.CONTACT)
)
_JOINING = (_MEMBER, _C.VOLUNTEER.value, _HOST)
_ACTIVE, _LAPSED, _INACTIVE = (
    PersonStatus.ACTIVE.value,
    PersonStatus.LAPSED.value,
    PersonStatus.INACTIVE.value,
)


@cache
def _name_keys(given: str, family: str) -> tuple[str, str]:
    """Sort name and email local part, computed once per distinct name."""
    return sort_name(given, family), email_local_part(given, family)


def add_people(ctx: LargeContext) -> None:
    first_id = ctx.writer.next_id("person")
    ctx.guests = [[] for _ in ctx.partners]
    ctx.writer.insert("person", PERSON_COLUMNS, _people(ctx, first_id), "People", ctx.plan.people)


def _people(ctx: LargeContext, first_id: int) -> Iterator[tuple[object, ...]]:
    rng = ctx.rng
    rnd = rng.random
    locals_mix = [CULTURES[code] for code, share in LOCAL_MIX for _ in range(round(share * 100))]
    guest_cultures = [culture_for(p.country) for p in ctx.partners]
    earliest = ctx.day(date(1988, 1, 1))
    span = ctx.reference - earliest
    days = ctx.days.text
    for offset in range(ctx.plan.people):
        person_id = first_id + offset
        roll = rnd()
        category = next((c for limit, c in _CATEGORY_LIMITS if roll < limit), _CONTACT)
        guest = category == _GUEST
        if guest:
            partner_index = int(rnd() * len(ctx.partners))
            partner = ctx.partners[partner_index]
            culture = guest_cultures[partner_index]
            ctx.guests[partner_index].append(person_id)
            city, region, country = partner.city, partner.region, partner.country
            postal_code = street = ""
            languages = culture.language if rnd() < 0.4 else f"{culture.language}, English"
        else:
            culture = locals_mix[int(rnd() * len(locals_mix))]
            city, postal_code = LOCAL_PLACES[int(rnd() * len(LOCAL_PLACES))]
            region, country = "IL", "US"
            street = ""
            if rnd() < 0.75:
                street = f"{100 + int(rnd() * 3900)} {STREETS[int(rnd() * len(STREETS))]}"
            else:
                postal_code = ""
            languages = "English"
            if culture.country != "US" and rnd() < 0.5:
                languages = f"English, {culture.language}"
        name = pick_name(rng, culture)
        sorted_as, local_part = _name_keys(name.given, name.family)
        email = f"{local_part}.{person_id}@{_DOMAINS[person_id % 3]}" if rnd() < 0.9 else ""
        member_since = None
        status = _ACTIVE
        admin = 0
        if category in _JOINING:
            joined = earliest + int(max(rnd(), rnd()) * span)  # more recent joiners
            member_since = days[joined]
            if category != _HOST:
                ctx.locals.append(person_id)
                ctx.locals_joined.append(joined)
                if ctx.admin_id is None and category == _MEMBER:
                    ctx.admin_id, admin = person_id, 1
            else:
                ctx.hosts.append(person_id)
            roll = rnd()
            status = _LAPSED if roll < 0.08 else _INACTIVE if roll < 0.14 else _ACTIVE
        emergency = ("", "", "")
        if rnd() < 0.5:
            givens = culture.given_female if rnd() < 0.5 else culture.given_male
            emergency = (
                f"{givens[int(rnd() * len(givens))]} {name.family}",
                _phone(culture, rnd),
                RELATIONS[int(rnd() * len(RELATIONS))],
            )
        yield (
            name.given,
            name.family,
            sorted_as,
            email,
            _phone(culture, rnd) if rnd() < 0.8 else "",
            street,
            city,
            region,
            postal_code,
            country,
            languages,
            SKILLS[int(rnd() * len(SKILLS))] if rnd() < 0.4 else "",
            category,
            status,
            member_since,
            1 + int(rnd() * 3) if category == _HOST else 0,
            int(rnd() < (0.3 if guest else 0.82)),
            int(rnd() < 0.7),
            int(bool(email) and rnd() < 0.9),
            *emergency,
            f"P-{person_id:07d}" if category == _MEMBER and rnd() < 0.5 else "",
            admin,
            "",
        )


def _phone(culture: Culture, rnd: Callable[[], float]) -> str:
    digits = int(rnd() * 10000)
    if culture.country == "US":
        return f"(217) 555-{digits:04d}"
    return f"{culture.phone_prefix}{digits:04d}"


def add_contact_details(ctx: LargeContext) -> None:
    rnd = ctx.rng.random
    people = ctx.locals

    def rows() -> Iterator[tuple[object, ...]]:
        for _ in range(ctx.plan.contact_details):
            person_id = people[int(rnd() * len(people))]
            if rnd() < 0.5:
                yield (person_id, "email", "work", f"staff{person_id}@work.example.com")
            else:
                yield (person_id, "phone", "work", f"(217) 555-{int(rnd() * 10000):04d}")

    ctx.writer.insert(
        "contact_detail",
        ("person_id", "kind", "label", "value"),
        rows(),
        "People",
        ctx.plan.contact_details,
    )


def add_memberships(ctx: LargeContext) -> None:
    """Chairs and officers in unbroken, non-overlapping successions per committee, then
    plain members up to the planned number of terms."""
    rows: list[tuple[object, ...]] = []
    founded = ctx.day(date(1988, 1, 1))
    officers_from = ctx.day(date(2008, 1, 1))
    for index, committee_id in enumerate(ctx.committee_ids):
        start, end = ctx.committee_span[index]
        for post in (Post.CHAIR, Post.VICE_CHAIR, Post.SECRETARY, Post.TREASURER):
            first = max(start, founded if post == Post.CHAIR else officers_from)
            rows += _succession(ctx, index, committee_id, post, first, end)
    rnd = ctx.rng.random
    days = ctx.days.text
    spans = ctx.committee_span
    while len(rows) < ctx.plan.memberships:
        pick = int(rnd() * len(ctx.locals))
        index = int(rnd() * len(ctx.committee_ids))
        start, end = spans[index]
        first = max(start, ctx.locals_joined[pick])
        if first > end:
            continue
        first += int(rnd() * (end - first + 1))
        last = end
        if rnd() < 0.3:
            last = first + int(rnd() * (end - first + 1))
        person_id = ctx.locals[pick]
        ctx.terms.append((person_id, index, first, last))
        ended = days[last] if last < ctx.reference else None
        rows.append((person_id, ctx.committee_ids[index], Post.MEMBER.value, days[first], ended))
    ctx.writer.insert(
        "membership",
        ("person_id", "committee_id", "post", "started_on", "ended_on"),
        rows,
        "Terms of office",
    )


def _succession(
    ctx: LargeContext, index: int, committee_id: int, post: Post, first: int, end: int
) -> list[tuple[object, ...]]:
    """Terms of two to four years from `first`, each ending the day before the next."""
    rng = ctx.rng
    days = ctx.days
    rows: list[tuple[object, ...]] = []
    start = first
    while start <= end:
        following = days.index(date(days.day(start).year + rng.choice((2, 2, 3, 4)), 1, 1))
        last = min(following - 1, end)
        person_id = _holder(ctx, start)
        ctx.terms.append((person_id, index, start, last))
        if post == Post.CHAIR:
            ctx.chairs.append(person_id)
        ended = days.text[last] if last < ctx.reference else None
        rows.append((person_id, committee_id, post.value, days.text[start], ended))
        start = following
    return rows


def _holder(ctx: LargeContext, start: int) -> int:
    """A local member who had joined by `start` (the earliest joiner if nobody had)."""
    rnd = ctx.rng.random
    for _ in range(50):
        pick = int(rnd() * len(ctx.locals))
        if ctx.locals_joined[pick] <= start:
            return ctx.locals[pick]
    return ctx.locals[min(range(len(ctx.locals)), key=ctx.locals_joined.__getitem__)]
