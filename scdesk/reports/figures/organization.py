"""Who a report is from: the organization's name, its place and its logo, if it has one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from scdesk.domain.rules import country_name
from scdesk.model import Attachment
from scdesk.operations.attachments import stored_path
from scdesk.operations.organizations import current_profile

LOGO_TITLE = "logo"


@dataclass(frozen=True)
class OrganizationHeading:
    name: str
    place: str
    logo: Path | None = None


def organization_heading(session: Session, attachments: Path | None = None) -> OrganizationHeading:
    """The profile's name and place; the logo is an image attached to the profile titled
    "Logo" (the newest one wins), found in the organization's attachment store."""
    profile = current_profile(session)
    place = ", ".join(p for p in (profile.city, profile.region, country_name(profile.country)) if p)
    logo = None
    if attachments is not None:
        sha256 = session.scalars(
            select(Attachment.sha256)
            .where(
                Attachment.deleted_at.is_(None),
                Attachment.record_table == profile.__tablename__,
                Attachment.record_uuid == profile.uuid,
                Attachment.media_type.like("image/%"),
                Attachment.title.ilike(LOGO_TITLE),
            )
            .order_by(Attachment.created_at.desc())
        ).first()
        if sha256 is not None and stored_path(attachments, sha256).is_file():
            logo = stored_path(attachments, sha256)
    return OrganizationHeading(profile.name, place, logo)
