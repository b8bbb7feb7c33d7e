"""Closed vocabularies of the domain, stored as their string values."""

from enum import StrEnum


class MembershipStanding(StrEnum):
    """The organization's standing with the central directory."""

    DUES_PAYING = "dues_paying"
    GLOBAL_MEMBER = "global_member"
    LAPSED = "lapsed"


class PartnershipKind(StrEnum):
    SISTER = "sister"
    FRIENDSHIP = "friendship"
    OTHER = "other"


class PartnershipStatus(StrEnum):
    EXPLORING = "exploring"
    PROPOSED = "proposed"
    ACTIVE = "active"
    INACTIVE = "inactive"
    ENDED = "ended"


class PartnershipOrigin(StrEnum):
    MAYORAL = "mayoral"
    TRADE = "trade"
    HISTORY = "history"
    DIASPORA = "diaspora"
    SHARED_CHALLENGES = "shared_challenges"
    FAITH = "faith"
    PERSONAL = "personal"
    OTHER = "other"


class CommitteeKind(StrEnum):
    """A committee serves one partnership, or is a standing one of the organization."""

    PARTNERSHIP = "partnership"
    BOARD = "board"
    YOUTH = "youth"
    EVENTS = "events"
    FUNDRAISING = "fundraising"
    OTHER_STANDING = "other_standing"


class Post(StrEnum):
    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    SECRETARY = "secretary"
    TREASURER = "treasurer"
    MEMBER = "member"


class PersonCategory(StrEnum):
    MEMBER = "member"
    VOLUNTEER = "volunteer"
    HOST_FAMILY = "host_family"
    GUEST = "guest"
    CONTACT = "contact"


class PersonStatus(StrEnum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    LAPSED = "lapsed"


class ExchangeField(StrEnum):
    CULTURAL = "cultural"
    EDUCATIONAL = "educational"
    MUNICIPAL = "municipal"
    BUSINESS = "business"
    HUMANITARIAN = "humanitarian"
    YOUTH = "youth"
    SPORTS = "sports"
    OTHER = "other"


class ExchangeDirection(StrEnum):
    INBOUND = "inbound"
    OUTBOUND = "outbound"
    VIRTUAL = "virtual"


class ExchangeStatus(StrEnum):
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class ParticipantRole(StrEnum):
    DELEGATE = "delegate"
    STUDENT = "student"
    CHAPERONE = "chaperone"
    ORGANIZER = "organizer"
    INTERPRETER = "interpreter"
    HOST = "host"


class HoursPurpose(StrEnum):
    EXCHANGE = "exchange"
    COMMITTEE = "committee"
    MEETING = "meeting"
    EVENT = "event"
    OTHER = "other"
