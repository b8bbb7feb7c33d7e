"""The words people see for the domain's closed vocabularies, translated at run time."""

from __future__ import annotations

from enum import StrEnum
from functools import cache

from PySide6.QtCore import QCoreApplication, QLocale

from scdesk.model.enums import (
    CommitteeKind,
    ExchangeDirection,
    ExchangeField,
    ExchangeStatus,
    HoursPurpose,
    ParticipantRole,
    PartnershipKind,
    PartnershipOrigin,
    PartnershipStatus,
    PersonCategory,
    PersonStatus,
    Post,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Vocabulary", text)


def partnership_kinds() -> dict[StrEnum, str]:
    return {
        PartnershipKind.SISTER: _t("Sister city"),
        PartnershipKind.FRIENDSHIP: _t("Friendship city"),
        PartnershipKind.OTHER: _t("Other partnership"),
    }


def partnership_statuses() -> dict[StrEnum, str]:
    return {
        PartnershipStatus.EXPLORING: _t("Exploring"),
        PartnershipStatus.PROPOSED: _t("Proposed"),
        PartnershipStatus.ACTIVE: _t("Active"),
        PartnershipStatus.INACTIVE: _t("Inactive"),
        PartnershipStatus.ENDED: _t("Ended"),
    }


def partnership_origins() -> dict[StrEnum, str]:
    return {
        PartnershipOrigin.MAYORAL: _t("Ties between mayors"),
        PartnershipOrigin.TRADE: _t("Trade"),
        PartnershipOrigin.HISTORY: _t("Shared history"),
        PartnershipOrigin.DIASPORA: _t("Ancestry or diaspora"),
        PartnershipOrigin.SHARED_CHALLENGES: _t("Shared challenges"),
        PartnershipOrigin.FAITH: _t("Faith groups"),
        PartnershipOrigin.PERSONAL: _t("Personal ties"),
        PartnershipOrigin.OTHER: _t("Other"),
    }


def committee_kinds() -> dict[StrEnum, str]:
    return {
        CommitteeKind.PARTNERSHIP: _t("Serves one partnership"),
        CommitteeKind.BOARD: _t("Board"),
        CommitteeKind.YOUTH: _t("Youth"),
        CommitteeKind.EVENTS: _t("Events"),
        CommitteeKind.FUNDRAISING: _t("Fundraising"),
        CommitteeKind.OTHER_STANDING: _t("Other standing committee"),
    }


def posts() -> dict[StrEnum, str]:
    return {
        Post.CHAIR: _t("Chair"),
        Post.VICE_CHAIR: _t("Vice chair"),
        Post.SECRETARY: _t("Secretary"),
        Post.TREASURER: _t("Treasurer"),
        Post.MEMBER: _t("Member"),
    }


def person_categories() -> dict[StrEnum, str]:
    return {
        PersonCategory.MEMBER: _t("Member"),
        PersonCategory.VOLUNTEER: _t("Volunteer"),
        PersonCategory.HOST_FAMILY: _t("Host family"),
        PersonCategory.GUEST: _t("Guest from abroad"),
        PersonCategory.CONTACT: _t("Contact"),
    }


def person_statuses() -> dict[StrEnum, str]:
    return {
        PersonStatus.ACTIVE: _t("Active"),
        PersonStatus.INACTIVE: _t("Inactive"),
        PersonStatus.LAPSED: _t("Lapsed"),
    }


def exchange_fields() -> dict[StrEnum, str]:
    return {
        ExchangeField.CULTURAL: _t("Cultural"),
        ExchangeField.EDUCATIONAL: _t("Educational"),
        ExchangeField.MUNICIPAL: _t("Municipal or technical"),
        ExchangeField.BUSINESS: _t("Business"),
        ExchangeField.HUMANITARIAN: _t("Humanitarian"),
        ExchangeField.YOUTH: _t("Youth"),
        ExchangeField.SPORTS: _t("Sports"),
        ExchangeField.OTHER: _t("Other"),
    }


def exchange_directions() -> dict[StrEnum, str]:
    return {
        ExchangeDirection.INBOUND: _t("Inbound (guests come to us)"),
        ExchangeDirection.OUTBOUND: _t("Outbound (we travel)"),
        ExchangeDirection.VIRTUAL: _t("Virtual"),
    }


def exchange_statuses() -> dict[StrEnum, str]:
    return {
        ExchangeStatus.PLANNED: _t("Planned"),
        ExchangeStatus.CONFIRMED: _t("Confirmed"),
        ExchangeStatus.COMPLETED: _t("Completed"),
        ExchangeStatus.CANCELLED: _t("Cancelled"),
    }


def participant_roles() -> dict[StrEnum, str]:
    return {
        ParticipantRole.DELEGATE: _t("Delegate"),
        ParticipantRole.STUDENT: _t("Student"),
        ParticipantRole.CHAPERONE: _t("Chaperone"),
        ParticipantRole.ORGANIZER: _t("Organizer"),
        ParticipantRole.INTERPRETER: _t("Interpreter"),
        ParticipantRole.HOST: _t("Host"),
    }


def hours_purposes() -> dict[StrEnum, str]:
    return {
        HoursPurpose.EXCHANGE: _t("An exchange"),
        HoursPurpose.COMMITTEE: _t("Committee work"),
        HoursPurpose.MEETING: _t("A meeting"),
        HoursPurpose.EVENT: _t("An event"),
        HoursPurpose.OTHER: _t("Something else"),
    }


def label_of(value: StrEnum) -> str:
    """The word for any vocabulary value."""
    return _labels(QLocale().name()).get((type(value), value), str(value))


@cache
def _labels(_language: str) -> dict[tuple[type, StrEnum], str]:
    """Every vocabulary's words, by (type, value), for one language."""
    every = (
        partnership_kinds,
        partnership_statuses,
        partnership_origins,
        committee_kinds,
        posts,
        person_categories,
        person_statuses,
        exchange_fields,
        exchange_directions,
        exchange_statuses,
        participant_roles,
        hours_purposes,
    )
    return {(type(value), value): label for words in every for value, label in words().items()}


def person_field_labels() -> dict[str, str]:
    """What each of a person's fields is called on the form (and in the merge dialog)."""
    return {
        "given_name": _t("&Given name:"),
        "family_name": _t("&Family name:"),
        "category": _t("&Category:"),
        "status": _t("&Status:"),
        "member_since": _t("&Member since:"),
        "languages": _t("&Languages:"),
        "skills": _t("S&kills:"),
        "email": _t("&Email:"),
        "phone": _t("&Phone:"),
        "street": _t("St&reet:"),
        "city": _t("C&ity:"),
        "region": _t("Re&gion:"),
        "postal_code": _t("P&ostal code:"),
        "country": _t("Co&untry:"),
        "emergency_name": _t("&Name:"),
        "emergency_phone": _t("P&hone:"),
        "emergency_relation": _t("Rela&tion:"),
        "consent_directory": _t("&Be listed in the member directory"),
        "consent_photos": _t("Have their ph&otos published"),
        "consent_email": _t("Recei&ve email from us"),
        "host_rooms": _t("&Guest rooms for hosting:"),
        "directory_id": _t("Central directory &id:"),
        "directory_admin": _t("&Administers the organization's directory profile"),
        "notes": _t("Notes"),
    }
