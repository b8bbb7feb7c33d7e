"""People: volunteers, members, host families and guests from abroad."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from scdesk.model.base import Record, enum_column, live_covering_index, live_index
from scdesk.model.enums import PersonCategory, PersonStatus


class Person(Record):
    __tablename__ = "person"
    __table_args__ = (
        *(
            live_index("person", column)
            for column in (
                "sort_name",
                "email",
                "city",
                "member_since",
                "phone",
                "category",
                "status",
            )
        ),
        # The annual report's membership counts (migration 0006).
        live_covering_index("person", "membership", "member_since", "status"),
    )

    given_name: Mapped[str] = mapped_column(String(120), default="")
    family_name: Mapped[str] = mapped_column(String(120), default="", index=True)
    # Lowercased, diacritics kept: the list sorts on it without computing per row.
    sort_name: Mapped[str] = mapped_column(String(250), default="", index=True)
    email: Mapped[str] = mapped_column(String(254), default="", index=True)
    phone: Mapped[str] = mapped_column(String(64), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    region: Mapped[str] = mapped_column(String(120), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    languages: Mapped[str] = mapped_column(String(200), default="")
    skills: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[PersonCategory] = mapped_column(
        enum_column(PersonCategory), default=PersonCategory.MEMBER, index=True
    )
    status: Mapped[PersonStatus] = mapped_column(
        enum_column(PersonStatus), default=PersonStatus.ACTIVE, index=True
    )
    member_since: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    host_rooms: Mapped[int] = mapped_column(Integer, default=0)
    consent_directory: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_photos: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_email: Mapped[bool] = mapped_column(Boolean, default=False)
    emergency_name: Mapped[str] = mapped_column(String(200), default="")
    emergency_phone: Mapped[str] = mapped_column(String(64), default="")
    emergency_relation: Mapped[str] = mapped_column(String(80), default="")
    directory_id: Mapped[str] = mapped_column(String(64), default="")
    directory_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")

    contact_details: Mapped[list[ContactDetail]] = relationship(back_populates="person")

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.given_name, self.family_name) if p)


class ContactDetail(Record):
    """Further ways to reach a person beyond the primary email and phone (Popolo style)."""

    __tablename__ = "contact_detail"

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # email, phone, address, url
    label: Mapped[str] = mapped_column(String(80), default="")
    value: Mapped[str] = mapped_column(String(300))

    person: Mapped[Person] = relationship(back_populates="contact_details")
