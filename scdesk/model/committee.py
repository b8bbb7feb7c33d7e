"""Committees, the posts people hold on them, and their meetings."""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import Date, ForeignKey, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column, relationship

from scdesk.model.base import Record, enum_column
from scdesk.model.enums import CommitteeKind, Post
from scdesk.model.partnership import Partnership
from scdesk.model.person import Person


class Committee(Record):
    __tablename__ = "committee"

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[CommitteeKind] = mapped_column(
        enum_column(CommitteeKind), default=CommitteeKind.PARTNERSHIP
    )
    partnership_id: Mapped[int | None] = mapped_column(
        ForeignKey("partnership.id", ondelete="SET NULL"), default=None, index=True
    )
    description: Mapped[str] = mapped_column(Text, default="")

    partnership: Mapped[Partnership | None] = relationship()


class Membership(Record):
    """A post held over a dated term, on a committee or (committee empty) the organization."""

    __tablename__ = "membership"

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    committee_id: Mapped[int | None] = mapped_column(
        ForeignKey("committee.id", ondelete="CASCADE"), default=None, index=True
    )
    post: Mapped[Post] = mapped_column(enum_column(Post), default=Post.MEMBER)
    started_on: Mapped[date | None] = mapped_column(Date, default=None)
    ended_on: Mapped[date | None] = mapped_column(Date, default=None)

    person: Mapped[Person] = relationship()
    committee: Mapped[Committee | None] = relationship()


class Meeting(Record):
    __tablename__ = "meeting"

    committee_id: Mapped[int] = mapped_column(
        ForeignKey("committee.id", ondelete="CASCADE"), index=True
    )
    held_on: Mapped[date] = mapped_column(Date, index=True)
    starts_at: Mapped[time | None] = mapped_column(Time, default=None)
    place: Mapped[str] = mapped_column(String(200), default="")
    minutes: Mapped[str] = mapped_column(Text, default="")  # rich text (HTML)

    committee: Mapped[Committee] = relationship()
    attendance: Mapped[list[MeetingAttendance]] = relationship(back_populates="meeting")


class MeetingAttendance(Record):
    __tablename__ = "meeting_attendance"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)

    meeting: Mapped[Meeting] = relationship(back_populates="attendance")
    person: Mapped[Person] = relationship()
