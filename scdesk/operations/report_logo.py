"""The organization's report logo: an image attached to its profile titled "Logo", printed on
the title page of its reports. Stored like any attachment, so it travels with backups and
the roster exchange; at most one is live at a time."""

from __future__ import annotations

import mimetypes
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from scdesk.domain.errors import RuleViolation
from scdesk.domain.i18n import _
from scdesk.model import Attachment
from scdesk.model.base import utcnow
from scdesk.operations.attachments import attach_file, stored_path
from scdesk.operations.organizations import current_profile

LOGO_TITLE = "Logo"
# What every Qt build reads without plugins, and what a PDF holds without conversion.
LOGO_TYPES = ("image/png", "image/jpeg")


def _live_logos(session: Session):
    profile = current_profile(session)
    return (
        select(Attachment)
        .where(
            Attachment.deleted_at.is_(None),
            Attachment.record_table == profile.__tablename__,
            Attachment.record_uuid == profile.uuid,
            Attachment.media_type.like("image/%"),
            Attachment.title.ilike(LOGO_TITLE),
        )
        .order_by(Attachment.created_at.desc(), Attachment.id.desc())
    )


def check_logo_file(source: Path) -> Path:
    """The file, if it can be a logo; else a RuleViolation that says why."""
    if mimetypes.guess_type(source.name)[0] not in LOGO_TYPES:
        raise RuleViolation("logo", _("Choose a PNG or JPEG image for the logo."))
    if not source.is_file():
        raise RuleViolation("logo", _("{file} is not there.").format(file=str(source)))
    return source


def report_logo(session: Session, store: Path) -> Path | None:
    """The stored logo file (the newest, should there be several), if there is one."""
    logo = session.scalars(_live_logos(session)).first()
    if logo is None or not stored_path(store, logo.sha256).is_file():
        return None
    return stored_path(store, logo.sha256)


def logo_name(session: Session) -> str | None:
    """The logo's original file name, to show where the logo is chosen."""
    logo = session.scalars(_live_logos(session)).first()
    return logo.filename if logo is not None else None


def set_report_logo(session: Session, store: Path, source: Path) -> Attachment:
    """Copy the image into the organization's store as its logo, replacing the last one."""
    check_logo_file(source)
    remove_report_logo(session)
    return attach_file(session, store, current_profile(session), source, LOGO_TITLE)


def remove_report_logo(session: Session) -> int:
    """Reports go without a logo; the old one is tombstoned like any deleted attachment."""
    logos = list(session.scalars(_live_logos(session)))
    for logo in logos:
        logo.deleted_at = utcnow()
    session.flush()
    return len(logos)
