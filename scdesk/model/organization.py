"""The organization's own profile: one row per database."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from scdesk.model.base import Record, enum_column
from scdesk.model.enums import MembershipStanding


class OrganizationProfile(Record):
    __tablename__ = "organization"

    name: Mapped[str] = mapped_column(String(200))
    city: Mapped[str] = mapped_column(String(120), default="")
    region: Mapped[str] = mapped_column(String(120), default="")
    country: Mapped[str] = mapped_column(String(2), default="")  # ISO 3166-1 alpha-2
    directory_id: Mapped[str] = mapped_column(String(64), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    social_page: Mapped[str] = mapped_column(String(300), default="")
    primary_contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), default=None
    )
    administrator_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), default=None
    )
    standing: Mapped[MembershipStanding] = mapped_column(
        enum_column(MembershipStanding), default=MembershipStanding.DUES_PAYING
    )
    notes: Mapped[str] = mapped_column(Text, default="")
