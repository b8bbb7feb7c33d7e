"""Volunteer hours: who gave how much time, when, and on what."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, Float, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from scdesk.model.base import Record, enum_column, live_covering_index, live_index
from scdesk.model.committee import Committee, Meeting
from scdesk.model.enums import HoursPurpose
from scdesk.model.exchange import Exchange
from scdesk.model.person import Person

REPORT_COLUMNS = ("worked_on", "committee_id", "exchange_id", "person_id", "hours", "approved_at")


class VolunteerHours(Record):
    __tablename__ = "volunteer_hours"
    __table_args__ = (
        *(
            live_index("volunteer_hours", column)
            for column in (
                "worked_on",
                "hours",
                "purpose",
                "description",
                "approved_at",
                "person_sort",
                "on_sort",
            )
        ),
        # The reports' sums of a period's hours (migration 0006).
        live_covering_index("volunteer_hours", "report", *REPORT_COLUMNS),
    )

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    worked_on: Mapped[date] = mapped_column(Date, index=True)
    hours: Mapped[float] = mapped_column(Float)
    purpose: Mapped[HoursPurpose] = mapped_column(
        enum_column(HoursPurpose), default=HoursPurpose.OTHER
    )
    exchange_id: Mapped[int | None] = mapped_column(
        ForeignKey("exchange.id", ondelete="SET NULL"), default=None, index=True
    )
    committee_id: Mapped[int | None] = mapped_column(
        ForeignKey("committee.id", ondelete="SET NULL"), default=None, index=True
    )
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL"), default=None
    )
    description: Mapped[str] = mapped_column(String(300), default="")
    approved_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), default=None
    )
    approved_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    # Copies of the volunteer's sort name and of the exchange's title or committee's name
    # (lowercased), which the hours list sorts by; kept by triggers (scdesk.storage.sort_keys).
    person_sort: Mapped[str] = mapped_column(String(250), default="", server_default="")
    on_sort: Mapped[str] = mapped_column(String(250), default="", server_default="")

    person: Mapped[Person] = relationship(foreign_keys=[person_id])
    approved_by: Mapped[Person | None] = relationship(foreign_keys=[approved_by_id])
    exchange: Mapped[Exchange | None] = relationship()
    committee: Mapped[Committee | None] = relationship()
    meeting: Mapped[Meeting | None] = relationship()

    @property
    def approved(self) -> bool:
        return self.approved_at is not None
