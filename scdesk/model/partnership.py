"""Partnerships with cities abroad, their status history, renewals and contacts."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from scdesk.model.base import Record, enum_column
from scdesk.model.enums import PartnershipKind, PartnershipOrigin, PartnershipStatus


class Partnership(Record):
    __tablename__ = "partnership"

    partner_city: Mapped[str] = mapped_column(String(120))
    partner_region: Mapped[str] = mapped_column(String(120), default="")
    partner_country: Mapped[str] = mapped_column(String(2))  # ISO 3166-1 alpha-2
    kind: Mapped[PartnershipKind] = mapped_column(
        enum_column(PartnershipKind), default=PartnershipKind.SISTER
    )
    status: Mapped[PartnershipStatus] = mapped_column(
        enum_column(PartnershipStatus), default=PartnershipStatus.EXPLORING, index=True
    )
    origin: Mapped[PartnershipOrigin] = mapped_column(
        enum_column(PartnershipOrigin), default=PartnershipOrigin.OTHER
    )
    origin_notes: Mapped[str] = mapped_column(Text, default="")
    first_contact_on: Mapped[date | None] = mapped_column(Date, default=None)
    signed_on: Mapped[date | None] = mapped_column(Date, default=None)
    our_signatory: Mapped[str] = mapped_column(String(200), default="")
    partner_signatory: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    status_history: Mapped[list[PartnershipStatusChange]] = relationship(
        back_populates="partnership", order_by="PartnershipStatusChange.changed_on"
    )
    renewals: Mapped[list[PartnershipRenewal]] = relationship(
        back_populates="partnership", order_by="PartnershipRenewal.renewed_on"
    )
    contacts: Mapped[list[PartnerContact]] = relationship(back_populates="partnership")

    @property
    def label(self) -> str:
        return f"{self.partner_city}, {self.partner_country}"


class PartnershipStatusChange(Record):
    """One dated step in a partnership's life (exploring → proposed → active …)."""

    __tablename__ = "partnership_status_change"

    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[PartnershipStatus] = mapped_column(enum_column(PartnershipStatus))
    changed_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    partnership: Mapped[Partnership] = relationship(back_populates="status_history")


class PartnershipRenewal(Record):
    """A renewal of the memorandum of understanding."""

    __tablename__ = "partnership_renewal"

    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True
    )
    renewed_on: Mapped[date] = mapped_column(Date)
    our_signatory: Mapped[str] = mapped_column(String(200), default="")
    partner_signatory: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")

    partnership: Mapped[Partnership] = relationship(back_populates="renewals")


class PartnerContact(Record):
    """Someone on the partner city's side: a counterpart committee chair, an official."""

    __tablename__ = "partner_contact"

    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnership.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")
    organization: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    languages: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    partnership: Mapped[Partnership] = relationship(back_populates="contacts")
