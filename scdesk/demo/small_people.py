"""The small demo's roster: the people of the sample files in shared/data (so import tests
meet likely duplicates), locals of many backgrounds, host families and guests from abroad."""

from __future__ import annotations

from datetime import date
from typing import Any

from scdesk.demo.common import REFERENCE_DATE
from scdesk.demo.names import (
    CULTURES,
    Culture,
    Name,
    email_local_part,
    pick_local_culture,
    pick_name,
)
from scdesk.demo.small_context import SmallContext
from scdesk.demo.texts import LOCAL_PLACES, RELATIONS, SKILLS, STREETS
from scdesk.model import ContactDetail, Person, PersonCategory, PersonStatus

_C = PersonCategory

# The sample files' people, with the values those files give them.
SAMPLE_PEOPLE: dict[str, dict[str, Any]] = {
    "jose": dict(
        given_name="José",
        family_name="Núñez",
        email="jose.nunez@example.org",
        phone="+1 217 555 0101",
        member_since=date(2011, 3, 14),
        languages="English, Spanish",
        skills="Interpreting (Spanish), Cooking",
        category=_C.HOST_FAMILY,
        host_rooms=1,
        notes="Speaks Spanish; hosts students",
    ),
    "zoe": dict(
        given_name="Zoë",
        family_name="Müller",
        email="zoe.mueller@example.org",
        phone="(217) 555-0102",
        member_since=date(2019, 9, 1),
        languages="English, German, Spanish",
        skills="Photography",
    ),
    "soren": dict(
        given_name="Søren",
        family_name="Dahl",
        email="soren.dahl@example.org",
        phone="217.555.0103",
        member_since=date(2015, 1, 20),
        languages="English, Danish",
        skills="Accounting",
        notes="Prefers phone",
    ),
    "francoise": dict(
        given_name="Françoise",
        family_name="Garçon",
        email="f.garcon@example.org",
        member_since=date(2008, 6, 30),
        languages="English, French",
        skills="Minutes, Grant writing",
        notes="Former mayor's office liaison",
        directory_admin=True,
    ),
    "amelia": dict(
        given_name="Amelia",
        family_name="O'Brien",
        email="amelia.obrien@example.org",
        phone="217-555-0105",
        member_since=date(2022, 2, 2),
        languages="English",
        category=_C.VOLUNTEER,
    ),
    "ben": dict(
        given_name="Ben",
        family_name="Okafor",
        email="ben.okafor@example.org",
        phone="(217) 555-0106",
        street="742 Evergreen Terrace",
        city="Springfield",
        region="IL",
        postal_code="62704",
        member_since=date(2012, 11, 11),
        languages="English, Igbo",
        skills="Public speaking, Fundraising",
        category=_C.HOST_FAMILY,
        host_rooms=2,
        notes="Host family, 2 guest rooms. Allergic to cats.",
    ),
    "max": dict(
        given_name="Maximilian",
        family_name="von Wedel-Sträßer",
        email="max.vw@example.org",
        phone="+49 30 5555 0108",
        member_since=date(2020, 1, 5),
        languages="German, English",
        skills="Business development",
    ),
    "keiko": dict(
        given_name="Keiko",
        family_name="Tanaka",
        email="keiko.tanaka@example.org",
        phone="+81 3 5555 0107",
        street="1-1 Honmachi",
        city="Ichinomiya",
        region="Aichi",
        postal_code="491-8501",
        country="JP",
        languages="Japanese, English",
        skills="Interpreting (Japanese)",
        category=_C.CONTACT,
        member_since=date(2018, 4, 1),
        notes="Ichinomiya City Hall, International Relations. Met at 2019 delegation.",
    ),
    "lukasz": dict(
        given_name="Łukasz",
        family_name="Wiśniewski",
        email="lukasz.w@example.org",
        phone="+48 22 555 01 09",
        languages="Polish, German, English",
        skills="Interpreting (Polish, German)",
        category=_C.VOLUNTEER,
        member_since=date(2017, 5, 3),
        notes="Dr. Łukasz Piotr Wiśniewski; goes by Luke.",
    ),
    "lan": dict(
        given_name="Thị Lan",
        family_name="Nguyễn",
        email="lan.nguyen@example.org",
        phone="217-555-0110",
        street="12 Elm St",
        city="Springfield",
        region="IL",
        postal_code="62701",
        languages="Vietnamese, English",
        skills="Cooking",
        category=_C.HOST_FAMILY,
        host_rooms=1,
        member_since=date(2023, 3, 1),
        notes='Host family 2023; "great cook"',
    ),
    "lucia": dict(
        given_name="Lucía",
        family_name="García Márquez",
        email="lucia.garcia@example.mx",
        phone="+52 33 5555 0111",
        city="Guadalajara",
        region="Jalisco",
        country="MX",
        languages="Spanish, English",
        category=_C.CONTACT,
        notes="Coordinadora de Ciudades Hermanas en Guadalajara.",
    ),
    # Further people the demo names, guests of the partner cities.
    "kwame": dict(given_name="Kwame", family_name="Mensah", category=_C.GUEST, country="GH"),
    "olena": dict(given_name="Olena", family_name="Kovalenko", category=_C.GUEST, country="UA"),
    "joao": dict(given_name="João", family_name="Silva", category=_C.GUEST, country="BR"),
    "yuki": dict(given_name="Yuki", family_name="Satō", category=_C.GUEST, country="JP"),
}

# Phone numbers the sample files (and Ben's work phone) use; generated people never get them.
_SAMPLE_PHONE_ENDINGS = {f"01{n:02d}" for n in range(1, 12)} | {"0186"}
_DOMAINS = ("example.org", "example.com", "example.net")
_US_FORMATS = ("({area}) 555-{n}", "{area}-555-{n}", "{area}.555.{n}", "+1 {area} 555 {n}")


class ContactMaker:
    """Unique names, emails and phone numbers (555-01xx numbers are fictional), so the only
    likely duplicates in the demo are the ones import tests bring in on purpose."""

    def __init__(self, ctx: SmallContext) -> None:
        self.rng = ctx.rng
        self.emails: set[str] = {v["email"] for v in SAMPLE_PEOPLE.values() if "email" in v}
        self.names = {(v["given_name"], v["family_name"]) for v in SAMPLE_PEOPLE.values()}
        self.endings: dict[str, set[str]] = {}

    def name(self, culture: Culture) -> Name:
        while True:
            name = pick_name(self.rng, culture)
            if (name.given, name.family) not in self.names:
                self.names.add((name.given, name.family))
                return name

    def email(self, name: Name) -> str:
        base = email_local_part(name.given, name.family)
        domain = self.rng.choice(_DOMAINS)
        for number in range(1, 100):
            candidate = f"{base}@{domain}" if number == 1 else f"{base}{number}@{domain}"
            if candidate not in self.emails:
                self.emails.add(candidate)
                return candidate
        raise AssertionError("name pool too small")  # pragma: no cover

    def phone(self, culture: Culture) -> str:
        prefix = culture.phone_prefix
        if culture.country == "US":
            prefix = self.rng.choice(("217", "447"))  # Springfield's area code and overlay
        used = self.endings.setdefault(prefix, set(_SAMPLE_PHONE_ENDINGS))
        ending = next(e for e in self._endings() if e not in used)
        used.add(ending)
        if culture.country == "US":
            return self.rng.choice(_US_FORMATS).format(area=prefix, n=ending)
        return f"{prefix}{ending}"

    def _endings(self) -> list[str]:
        endings = [f"01{n:02d}" for n in range(100)] + [f"02{n:02d}" for n in range(100)]
        self.rng.shuffle(endings)
        return endings


def add_people(ctx: SmallContext) -> None:
    contacts = ContactMaker(ctx)
    _add_samples(ctx)
    founders = [_local(ctx, contacts, _C.MEMBER, since=(1988, 1993)) for _ in range(8)]
    members = [_local(ctx, contacts, _C.MEMBER) for _ in range(44)]
    volunteers = [_local(ctx, contacts, _C.VOLUNTEER, since=(2005, 2026)) for _ in range(22)]
    hosts = [_local(ctx, contacts, _C.HOST_FAMILY, since=(1995, 2026)) for _ in range(18)]
    officials = [_local(ctx, contacts, _C.CONTACT) for _ in range(4)]
    samples = ctx.people
    ctx.locals = [
        *(samples[k] for k in ("jose", "zoe", "soren", "francoise", "amelia", "ben", "max")),
        samples["lukasz"],
        *founders,
        *members,
        *volunteers,
    ]
    ctx.hosts = [samples["ben"], samples["jose"], samples["lan"], *hosts]
    for person in officials:
        person.notes = ctx.rng.choice(
            ("City of Springfield protocol office", "Principal, Springfield High School")
        )
    for city, partner in ctx.partner_cities.items():
        culture = CULTURES[partner.country]
        named = [
            p for p in samples.values() if p.category == _C.GUEST and p.country == culture.country
        ]
        generated = [
            _guest(ctx, contacts, culture, partner.city, partner.region)
            for _ in range(partner.guests - len(named))
        ]
        for person in named:
            _fill_guest(ctx, contacts, person, culture, partner.city, partner.region)
        ctx.guests[city] = [*named, *generated]
    _add_contact_details(ctx, contacts)


def _add_samples(ctx: SmallContext) -> None:
    for key, values in SAMPLE_PEOPLE.items():
        values = {
            "city": "Springfield",
            "region": "IL",
            "country": "US",
            "category": _C.MEMBER,
            "status": PersonStatus.ACTIVE,
            "consent_directory": True,
            "consent_email": True,
            "consent_photos": key not in ("soren", "max"),
            **values,
        }
        if values["category"] == _C.GUEST:
            values["consent_directory"] = False
        ctx.people[key] = ctx.add(Person, **values)


def _local(
    ctx: SmallContext,
    contacts: ContactMaker,
    category: PersonCategory,
    since: tuple[int, int] = (1994, 2026),
) -> Person:
    rng = ctx.rng
    culture = pick_local_culture(rng)
    name = contacts.name(culture)
    town, postal_code = rng.choice(LOCAL_PLACES)
    languages = ["English"]
    if culture.country != "US" and rng.random() < 0.6:
        languages.append(culture.language)
    if rng.random() < 0.15:
        languages.append(rng.choice(("Spanish", "French", "German", "Japanese")))
    member_since = None
    if category != _C.CONTACT:
        member_since = ctx.day_between(
            date(since[0], 1, 1), min(date(since[1], 12, 31), REFERENCE_DATE)
        )
    status = PersonStatus.ACTIVE
    if category in (_C.MEMBER, _C.VOLUNTEER):
        roll = rng.random()
        status = (
            PersonStatus.LAPSED
            if roll < 0.08
            else PersonStatus.INACTIVE
            if roll < 0.14
            else PersonStatus.ACTIVE
        )
    values: dict[str, Any] = dict(
        given_name=name.given,
        family_name=name.family,
        email=contacts.email(name) if rng.random() < 0.92 else "",
        phone=contacts.phone(CULTURES["US"]) if rng.random() < 0.85 else "",
        city=town,
        region="IL",
        postal_code=postal_code if rng.random() < 0.8 else "",
        country="US",
        languages=", ".join(dict.fromkeys(languages)),
        skills=", ".join(rng.sample(SKILLS, rng.choice((0, 1, 1, 2, 3)))),
        category=category,
        status=status,
        member_since=member_since,
        host_rooms=rng.choice((1, 1, 2, 2, 3)) if category == _C.HOST_FAMILY else 0,
        consent_directory=rng.random() < 0.82,
        consent_photos=rng.random() < 0.7,
        consent_email=rng.random() < 0.9,
    )
    if values["postal_code"]:
        values["street"] = f"{rng.randrange(100, 3999)} {rng.choice(STREETS)}"
    if category == _C.MEMBER and rng.random() < 0.6:
        values["directory_id"] = f"P-{rng.randrange(100000, 999999)}"
    if rng.random() < 0.7:
        relative = pick_name(rng, culture)
        values["emergency_name"] = f"{relative.given} {name.family.split()[0]}"
        values["emergency_phone"] = contacts.phone(CULTURES["US"])
        values["emergency_relation"] = rng.choice(RELATIONS)
    if category == _C.HOST_FAMILY:
        values["notes"] = rng.choice(
            ("", "No pets.", "Has a dog.", "Vegetarian household.", "Can drive guests to school.")
        )
    return ctx.add(Person, **values)


def _guest(
    ctx: SmallContext, contacts: ContactMaker, culture: Culture, city: str, region: str
) -> Person:
    name = contacts.name(culture)
    person = ctx.add(
        Person,
        given_name=name.given,
        family_name=name.family,
        category=_C.GUEST,
        country=culture.country,
    )
    _fill_guest(ctx, contacts, person, culture, city, region, name)
    return person


def _fill_guest(
    ctx: SmallContext,
    contacts: ContactMaker,
    person: Person,
    culture: Culture,
    city: str,
    region: str,
    name: Name | None = None,
) -> None:
    rng = ctx.rng
    name = name or Name(person.given_name, person.family_name, False)
    person.city = city
    person.region = region
    person.languages = culture.language if rng.random() < 0.4 else f"{culture.language}, English"
    person.email = person.email or (contacts.email(name) if rng.random() < 0.75 else "")
    person.phone = person.phone or (contacts.phone(culture) if rng.random() < 0.6 else "")
    person.consent_photos = rng.random() < 0.7
    person.consent_email = bool(person.email)
    if rng.random() < 0.5:
        relative = pick_name(rng, culture)
        person.emergency_name = relative.full
        person.emergency_phone = contacts.phone(culture)
        person.emergency_relation = rng.choice(RELATIONS)


def _add_contact_details(ctx: SmallContext, contacts: ContactMaker) -> None:
    """Second addresses and numbers, as address books hold them."""
    lukasz = ctx.people["lukasz"]
    ctx.add(
        ContactDetail,
        person=lukasz,
        kind="email",
        label="work",
        value="l.wisniewski@example.com",
    )
    ctx.add(
        ContactDetail, person=ctx.people["ben"], kind="phone", label="work", value="(217) 555-0186"
    )
    ctx.add(
        ContactDetail,
        person=ctx.people["lucia"],
        kind="url",
        label="office",
        value="https://guadalajara.example.mx/relaciones-internacionales",
    )
    for person in ctx.rng.sample(ctx.locals[8:], 12):
        if person.email:
            kind, label = "email", "work"
            value = f"{person.email.split('@')[0]}@work.example.com"
        else:
            kind, label, value = "phone", "work", contacts.phone(CULTURES["US"])
        ctx.add(ContactDetail, person=person, kind=kind, label=label, value=value)
