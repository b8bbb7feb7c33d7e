"""Exchanges: visits, trips and virtual link-ups, with who took part and where they stayed."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import Date, ForeignKey, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column, relationship

from scdesk.model.base import Record, enum_column, live_index
from scdesk.model.committee import Committee
from scdesk.model.enums import ExchangeDirection, ExchangeField, ExchangeStatus, ParticipantRole
from scdesk.model.partnership import Partnership
from scdesk.model.person import Person


class Exchange(Record):
    __tablename__ = "exchange"
    __table_args__ = (live_index("exchange", "starts_on"),)

    title: Mapped[str] = mapped_column(String(200))
    field: Mapped[ExchangeField] = mapped_column(
        enum_column(ExchangeField), default=ExchangeField.CULTURAL, index=True
    )
    direction: Mapped[ExchangeDirection] = mapped_column(
        enum_column(ExchangeDirection), default=ExchangeDirection.OUTBOUND, index=True
    )
    status: Mapped[ExchangeStatus] = mapped_column(
        enum_column(ExchangeStatus), default=ExchangeStatus.PLANNED, index=True
    )
    starts_on: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    ends_on: Mapped[date | None] = mapped_column(Date, default=None)
    place: Mapped[str] = mapped_column(String(200), default="")
    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnership.id", ondelete="RESTRICT"), index=True
    )
    committee_id: Mapped[int | None] = mapped_column(
        ForeignKey("committee.id", ondelete="SET NULL"), default=None, index=True
    )
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    budget_cents: Mapped[int] = mapped_column(Integer, default=0)
    grants_cents: Mapped[int] = mapped_column(Integer, default=0)
    costs_cents: Mapped[int] = mapped_column(Integer, default=0)
    funding_notes: Mapped[str] = mapped_column(Text, default="")
    outcomes: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    partnership: Mapped[Partnership] = relationship()
    committee: Mapped[Committee | None] = relationship()
    participations: Mapped[list[Participation]] = relationship(back_populates="exchange")
    placements: Mapped[list[HostPlacement]] = relationship(back_populates="exchange")
    itinerary: Mapped[list[ItineraryItem]] = relationship(
        back_populates="exchange", order_by="(ItineraryItem.day, ItineraryItem.starts_at)"
    )


class Participation(Record):
    __tablename__ = "participation"

    exchange_id: Mapped[int] = mapped_column(
        ForeignKey("exchange.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    role: Mapped[ParticipantRole] = mapped_column(
        enum_column(ParticipantRole), default=ParticipantRole.DELEGATE
    )

    exchange: Mapped[Exchange] = relationship(back_populates="participations")
    person: Mapped[Person] = relationship()


class HostPlacement(Record):
    """A guest staying with a host family for some nights of an exchange."""

    __tablename__ = "host_placement"

    exchange_id: Mapped[int] = mapped_column(
        ForeignKey("exchange.id", ondelete="CASCADE"), index=True
    )
    guest_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    host_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    nights: Mapped[int] = mapped_column(Integer, default=1)

    exchange: Mapped[Exchange] = relationship(back_populates="placements")
    guest: Mapped[Person] = relationship(foreign_keys=[guest_id])
    host: Mapped[Person] = relationship(foreign_keys=[host_id])


class ItineraryItem(Record):
    __tablename__ = "itinerary_item"

    exchange_id: Mapped[int] = mapped_column(
        ForeignKey("exchange.id", ondelete="CASCADE"), index=True
    )
    day: Mapped[date] = mapped_column(Date)
    starts_at: Mapped[time | None] = mapped_column(Time, default=None)
    title: Mapped[str] = mapped_column(String(200))
    place: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    exchange: Mapped[Exchange] = relationship(back_populates="itinerary")
