"""Files (an MOU, a photo, minutes) kept by content hash and linked to any record."""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from scdesk.model.base import Record


class Attachment(Record):
    __tablename__ = "attachment"

    # The record the file belongs to, by its table and UUID, so any kind can have files
    # and the link survives a roster exchange.
    record_table: Mapped[str] = mapped_column(String(64), index=True)
    record_uuid: Mapped[str] = mapped_column(String(36), index=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(120), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
