"""The words a report prints for each closed vocabulary, translated."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from scdesk.model import (
    ExchangeDirection,
    ExchangeField,
    ExchangeStatus,
    ParticipantRole,
    PartnershipKind,
    PartnershipOrigin,
    PartnershipStatus,
    Post,
)


def _labels() -> dict[type[StrEnum], dict[StrEnum, str]]:
    """By vocabulary first: values like "other" occur in several of them."""
    translate = QCoreApplication.translate
    return {
        ExchangeField: {
            ExchangeField.CULTURAL: translate("ReportLabels", "Cultural"),
            ExchangeField.EDUCATIONAL: translate("ReportLabels", "Educational"),
            ExchangeField.MUNICIPAL: translate("ReportLabels", "Municipal and technical"),
            ExchangeField.BUSINESS: translate("ReportLabels", "Business"),
            ExchangeField.HUMANITARIAN: translate("ReportLabels", "Humanitarian"),
            ExchangeField.YOUTH: translate("ReportLabels", "Youth"),
            ExchangeField.SPORTS: translate("ReportLabels", "Sports"),
            ExchangeField.OTHER: translate("ReportLabels", "Other"),
        },
        ExchangeDirection: {
            ExchangeDirection.INBOUND: translate("ReportLabels", "Inbound"),
            ExchangeDirection.OUTBOUND: translate("ReportLabels", "Outbound"),
            ExchangeDirection.VIRTUAL: translate("ReportLabels", "Virtual"),
        },
        ExchangeStatus: {
            ExchangeStatus.PLANNED: translate("ReportLabels", "Planned"),
            ExchangeStatus.CONFIRMED: translate("ReportLabels", "Confirmed"),
            ExchangeStatus.COMPLETED: translate("ReportLabels", "Completed"),
            ExchangeStatus.CANCELLED: translate("ReportLabels", "Cancelled"),
        },
        ParticipantRole: {
            ParticipantRole.DELEGATE: translate("ReportLabels", "Delegate"),
            ParticipantRole.STUDENT: translate("ReportLabels", "Student"),
            ParticipantRole.CHAPERONE: translate("ReportLabels", "Chaperone"),
            ParticipantRole.ORGANIZER: translate("ReportLabels", "Organizer"),
            ParticipantRole.INTERPRETER: translate("ReportLabels", "Interpreter"),
            ParticipantRole.HOST: translate("ReportLabels", "Host"),
        },
        Post: {
            Post.CHAIR: translate("ReportLabels", "Chair"),
            Post.VICE_CHAIR: translate("ReportLabels", "Vice chair"),
            Post.SECRETARY: translate("ReportLabels", "Secretary"),
            Post.TREASURER: translate("ReportLabels", "Treasurer"),
            Post.MEMBER: translate("ReportLabels", "Member"),
        },
        PartnershipKind: {
            PartnershipKind.SISTER: translate("ReportLabels", "Sister city"),
            PartnershipKind.FRIENDSHIP: translate("ReportLabels", "Friendship city"),
            PartnershipKind.OTHER: translate("ReportLabels", "Other partnership"),
        },
        PartnershipStatus: {
            PartnershipStatus.EXPLORING: translate("ReportLabels", "Exploring"),
            PartnershipStatus.PROPOSED: translate("ReportLabels", "Proposed"),
            PartnershipStatus.ACTIVE: translate("ReportLabels", "Active"),
            PartnershipStatus.INACTIVE: translate("ReportLabels", "Inactive"),
            PartnershipStatus.ENDED: translate("ReportLabels", "Ended"),
        },
        PartnershipOrigin: {
            PartnershipOrigin.MAYORAL: translate("ReportLabels", "Mayoral ties"),
            PartnershipOrigin.TRADE: translate("ReportLabels", "Trade"),
            PartnershipOrigin.HISTORY: translate("ReportLabels", "History"),
            PartnershipOrigin.DIASPORA: translate("ReportLabels", "Ancestry and diaspora"),
            PartnershipOrigin.SHARED_CHALLENGES: translate("ReportLabels", "Shared challenges"),
            PartnershipOrigin.FAITH: translate("ReportLabels", "Faith groups"),
            PartnershipOrigin.PERSONAL: translate("ReportLabels", "Personal ties"),
            PartnershipOrigin.OTHER: translate("ReportLabels", "Other"),
        },
    }


def label(value: StrEnum | None) -> str:
    """The printed word for an enum value; empty for None."""
    if value is None:
        return ""
    return _labels()[type(value)][value]
