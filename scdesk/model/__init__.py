"""The organization's records as SQLAlchemy typed models.

Storage and domain only: nothing here imports Qt.
"""

from scdesk.model.attachment import Attachment
from scdesk.model.base import Base, Record, utcnow
from scdesk.model.committee import Committee, Meeting, MeetingAttendance, Membership
from scdesk.model.enums import (
    CommitteeKind,
    ExchangeDirection,
    ExchangeField,
    ExchangeStatus,
    HoursPurpose,
    MembershipStanding,
    ParticipantRole,
    PartnershipKind,
    PartnershipOrigin,
    PartnershipStatus,
    PersonCategory,
    PersonStatus,
    Post,
)
from scdesk.model.exchange import Exchange, HostPlacement, ItineraryItem, Participation
from scdesk.model.hours import VolunteerHours
from scdesk.model.organization import OrganizationProfile
from scdesk.model.partnership import (
    PartnerContact,
    Partnership,
    PartnershipRenewal,
    PartnershipStatusChange,
)
from scdesk.model.person import ContactDetail, Person
from scdesk.model.sync import SyncBaseline, SyncHistory, SyncIdentity, SyncPeer

__all__ = [
    "Attachment",
    "Base",
    "Committee",
    "CommitteeKind",
    "ContactDetail",
    "Exchange",
    "ExchangeDirection",
    "ExchangeField",
    "ExchangeStatus",
    "HostPlacement",
    "HoursPurpose",
    "ItineraryItem",
    "Meeting",
    "MeetingAttendance",
    "Membership",
    "MembershipStanding",
    "OrganizationProfile",
    "ParticipantRole",
    "Participation",
    "PartnerContact",
    "Partnership",
    "PartnershipKind",
    "PartnershipOrigin",
    "PartnershipRenewal",
    "PartnershipStatus",
    "PartnershipStatusChange",
    "Person",
    "PersonCategory",
    "PersonStatus",
    "Post",
    "Record",
    "SyncBaseline",
    "SyncHistory",
    "SyncIdentity",
    "SyncPeer",
    "VolunteerHours",
    "utcnow",
]
