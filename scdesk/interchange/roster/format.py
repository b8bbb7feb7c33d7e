"""The roster exchange format, version 1: its tables and fields, in one place.

Everything else derives from this module: the Table Schemas written into each file and
shipped in resources/roster-exchange/, the reader's checks, the writer's columns. The
specification (docs/roster-exchange-format.md) explains each field; a test checks that it
names every one listed here.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from scdesk.model import (
    CommitteeKind,
    MembershipStanding,
    PartnershipKind,
    PartnershipOrigin,
    PartnershipStatus,
    PersonCategory,
    PersonStatus,
    Post,
)

FORMAT_NAME = "scdesk roster exchange"
FORMAT_VERSION = "1.0"
FORMAT_MAJOR = 1

MANIFEST_FILE = "manifest.json"
DATAPACKAGE_FILE = "datapackage.json"
DATA_FOLDER = "data"

# The scheme of the central directory's own ids in the identifiers table.
DIRECTORY_SCHEME = "central-directory"

ORGANIZATION_CLASS = "organization"
COMMITTEE_CLASS = "committee"
PARTNER_CITY_CLASS = "partner_city"

# Popolo's contact detail types for ours (scdesk says "phone" where Popolo says "voice").
CONTACT_TYPES = {"email": "email", "phone": "voice", "address": "address", "url": "url"}

UUID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
COUNTRY_PATTERN = "^[A-Z]{2}$"


def _values(enum: type) -> tuple[str, ...]:
    return tuple(member.value for member in enum)


@dataclass(frozen=True)
class Field:
    """One column of a table, as a Table Schema field."""

    name: str
    type: str  # Table Schema type: string, date, datetime, boolean
    description: str
    required: bool = False  # on every row, tombstones included
    enum: tuple[str, ...] = ()
    format: str = "default"  # uuid, email, uri
    pattern: str = ""
    reference: str = ""  # "table" this field points at (its id)
    may_look_like_formula: bool = False  # phone numbers begin with "+"

    @property
    def is_text(self) -> bool:
        return self.type == "string" and not self.enum and self.format != "uuid"


@dataclass(frozen=True)
class Table:
    name: str
    title: str
    description: str
    fields: tuple[Field, ...]

    @property
    def path(self) -> str:
        return f"{DATA_FOLDER}/{self.name}.csv"

    @cached_property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    def field(self, name: str) -> Field:
        return self.fields[self.field_names.index(name)]


def _id(description: str) -> Field:
    return Field("id", "string", description, required=True, format="uuid", pattern=UUID_PATTERN)


def _ref(name: str, table: str, description: str) -> Field:
    return Field(name, "string", description, format="uuid", pattern=UUID_PATTERN, reference=table)


def _text(name: str, description: str) -> Field:
    return Field(name, "string", description)


def _choice(name: str, enum: type, description: str, *, required: bool = False) -> Field:
    return Field(name, "string", description, required=required, enum=_values(enum))


def _date(name: str, description: str) -> Field:
    return Field(name, "date", description)


def _flag(name: str, description: str) -> Field:
    return Field(name, "boolean", description)


def _country(name: str, description: str) -> Field:
    return Field(name, "string", description, pattern=COUNTRY_PATTERN)


UPDATED_AT = Field(
    "updated_at",
    "datetime",
    "When the record was last changed, in UTC (2024-05-01T14:30:00Z).",
    required=True,
)
DELETED = Field(
    "deleted",
    "boolean",
    "true for a tombstone: the record was removed. A tombstone carries its id, "
    "updated_at, deleted (and, in organizations, classification) and nothing else.",
    required=True,
)

ORGANIZATIONS = Table(
    "organizations",
    "Organizations",
    "The organization itself (exactly one row), its committees, and the partner cities of "
    "its partnerships (Popolo Organization).",
    (
        _id("The organization's, committee's or partner city's id."),
        Field(
            "classification",
            "string",
            "organization (the sister city organization the file is about), committee, or "
            "partner_city.",
            required=True,
            enum=(ORGANIZATION_CLASS, COMMITTEE_CLASS, PARTNER_CITY_CLASS),
        ),
        _text("name", "Name of the organization or committee; a partner city's name."),
        _ref("parent_id", "organizations", "For a committee: the organization's id."),
        _choice(
            "committee_kind",
            CommitteeKind,
            "For a committee: partnership (serves one partnership) or a standing kind.",
        ),
        _ref(
            "partnership_id",
            "partnerships",
            "For a partnership committee: the partnership it serves.",
        ),
        _text("description", "For a committee: what it does."),
        _text("city", "For the organization: its city."),
        _text("region", "For the organization or a partner city: state, province or region."),
        _country("country", "ISO 3166-1 alpha-2 code of the organization's or city's country."),
        Field("website", "string", "For the organization: its website.", format="uri"),
        Field(
            "social_page", "string", "For the organization: its social media page.", format="uri"
        ),
        _choice(
            "standing",
            MembershipStanding,
            "For the organization: its standing with the central directory.",
        ),
        _ref("primary_contact_id", "persons", "For the organization: its primary contact."),
        _ref("administrator_id", "persons", "For the organization: who administers its profile."),
        UPDATED_AT,
        DELETED,
    ),
)

PARTNERSHIPS = Table(
    "partnerships",
    "Partnerships",
    "The organization's partnerships with cities abroad.",
    (
        _id("The partnership's id."),
        _ref("organization_id", "organizations", "The organization's id."),
        _ref("partner_id", "organizations", "The partner city (a partner_city organization)."),
        _choice("kind", PartnershipKind, "sister, friendship or other."),
        _choice("status", PartnershipStatus, "exploring, proposed, active, inactive or ended."),
        _choice("origin", PartnershipOrigin, "How the partnership began."),
        _date("first_contact_on", "Date of the first contact."),
        _date("signed_on", "Date the memorandum of understanding was signed."),
        _text("our_signatory", "Who signed for our city."),
        _text("partner_signatory", "Who signed for the partner city."),
        UPDATED_AT,
        DELETED,
    ),
)

PERSONS = Table(
    "persons",
    "Persons",
    "Members, volunteers, host families, guests and contacts (Popolo Person). A person who "
    "has not agreed to be listed (consent_directory false) carries only id, updated_at, "
    "deleted and consent_directory.",
    (
        _id("The person's id."),
        _text("given_name", "Given name(s)."),
        _text("family_name", "Family name(s)."),
        Field("email", "string", "Primary email address.", format="email"),
        Field("phone", "string", "Primary phone number.", may_look_like_formula=True),
        _text("street", "Street address."),
        _text("city", "City."),
        _text("region", "State, province or region."),
        _text("postal_code", "Postal code."),
        _country("country", "ISO 3166-1 alpha-2 country code."),
        _text("languages", "Languages spoken, comma-separated."),
        _choice("category", PersonCategory, "member, volunteer, host_family, guest or contact."),
        _choice("status", PersonStatus, "active, inactive or lapsed."),
        _date("member_since", "When the person became a member."),
        _flag(
            "consent_directory",
            "Agreed to be listed in the central directory. When false, the row carries no "
            "personal data.",
        ),
        _flag("consent_photos", "Agreed to appear in photos."),
        _flag("consent_email", "Agreed to receive email."),
        _flag("directory_admin", "Administers the organization's profile in the directory."),
        UPDATED_AT,
        DELETED,
    ),
)

POSTS = Table(
    "posts",
    "Posts",
    "The posts of the organization and its committees that memberships hold (Popolo Post). "
    "Derived from memberships: each is identified by its organization and role.",
    (
        _id("The post's id."),
        _ref("organization_id", "organizations", "The organization or committee."),
        _choice("role", Post, "chair, vice_chair, secretary, treasurer or member."),
        _text("label", "A readable label, such as “Chair, Youth committee”."),
        UPDATED_AT,
        DELETED,
    ),
)

MEMBERSHIPS = Table(
    "memberships",
    "Memberships",
    "A person holding a post over a dated term (Popolo Membership).",
    (
        _id("The membership's id."),
        _ref("person_id", "persons", "The person."),
        _ref("organization_id", "organizations", "The committee, or the organization itself."),
        _ref("post_id", "posts", "The post held."),
        _choice("role", Post, "The post's role (the same as the post's)."),
        _date("start_date", "First day of the term."),
        _date("end_date", "Last day of the term; empty while it lasts."),
        UPDATED_AT,
        DELETED,
    ),
)

CONTACT_DETAILS = Table(
    "contact_details",
    "Contact details",
    "Further ways to reach a person beyond the primary email and phone (Popolo ContactDetail).",
    (
        _id("The contact detail's id."),
        _ref("person_id", "persons", "The person."),
        Field(
            "type",
            "string",
            "email, voice (a phone number), address or url.",
            enum=tuple(CONTACT_TYPES.values()),
        ),
        _text("label", "Such as home, work or mobile."),
        Field("value", "string", "The address, number or link.", may_look_like_formula=True),
        UPDATED_AT,
        DELETED,
    ),
)

IDENTIFIERS = Table(
    "identifiers",
    "Identifiers",
    "Ids of persons and of the organization in other systems (Popolo Identifier); scheme "
    f"“{DIRECTORY_SCHEME}” is the central directory's member id.",
    (
        _id("The identifier's id."),
        _ref("person_id", "persons", "The person identified (or empty)."),
        _ref("organization_id", "organizations", "The organization identified (or empty)."),
        _text("scheme", f"Which system the id belongs to; “{DIRECTORY_SCHEME}” is understood."),
        _text("identifier", "The id in that system."),
        UPDATED_AT,
        DELETED,
    ),
)

TABLES: tuple[Table, ...] = (
    ORGANIZATIONS,
    PARTNERSHIPS,
    PERSONS,
    POSTS,
    MEMBERSHIPS,
    CONTACT_DETAILS,
    IDENTIFIERS,
)
TABLES_BY_NAME = {t.name: t for t in TABLES}

# A text cell beginning with one of these is written with an apostrophe in front, so no
# spreadsheet ever runs it as a formula; readers remove that apostrophe.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")
