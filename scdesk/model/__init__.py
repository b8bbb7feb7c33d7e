"""The organization's records as SQLAlchemy typed models.

Storage and domain only: nothing here imports Qt.

The record classes are declared the first time any name of this package is asked for
(`from scdesk.model import Person`), all of them at once, so SQLAlchemy can resolve every
relationship. Declaring and configuring them takes about a quarter of a second, which the
first window does without (its overview reads its figures through plain table
descriptions); `scdesk.model.base` (the declarative base, `utcnow`) and
`scdesk.model.enums` load alone.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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

RECORD_MODULES = (
    "attachment",
    "committee",
    "exchange",
    "hours",
    "organization",
    "partnership",
    "person",
    "sync",
)

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


def __getattr__(name: str) -> object:
    """Declare every record class on the first use of any name of the package (PEP 562)."""
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    for module in ("base", "enums", *RECORD_MODULES):
        loaded = importlib.import_module(f"{__name__}.{module}")
        globals().update({n: getattr(loaded, n) for n in __all__ if hasattr(loaded, n)})
    return globals()[name]
