"""Partnership use cases: create one, move it through its statuses, record renewals."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from scdesk.domain.errors import RuleViolation
from scdesk.domain.i18n import _
from scdesk.model import (
    Committee,
    Exchange,
    PartnerContact,
    Partnership,
    PartnershipRenewal,
    PartnershipStatus,
    PartnershipStatusChange,
)
from scdesk.operations.records import create_record, get_record, update_record


def create_partnership(
    session: Session, values: dict[str, Any], on: date | None = None
) -> Partnership:
    """Create a partnership; its first status is recorded in its dated history."""
    partnership = create_record(session, Partnership, values)
    session.add(
        PartnershipStatusChange(
            partnership=partnership,
            status=partnership.status,
            changed_on=on or date.today(),
            note="Partnership recorded",
        )
    )
    session.flush()
    return partnership


def change_status(
    session: Session, partnership_id: int, status: PartnershipStatus, on: date, note: str = ""
) -> Partnership:
    partnership = get_record(session, Partnership, partnership_id)
    if partnership.status == status:
        return partnership
    partnership.status = status
    session.add(
        PartnershipStatusChange(partnership=partnership, status=status, changed_on=on, note=note)
    )
    session.flush()
    return partnership


def sign_agreement(
    session: Session, partnership_id: int, on: date, our_signatory: str, partner_signatory: str
) -> Partnership:
    """The memorandum of understanding is signed: the partnership becomes active."""
    partnership = get_record(session, Partnership, partnership_id)
    partnership.signed_on = on
    partnership.our_signatory = our_signatory
    partnership.partner_signatory = partner_signatory
    return change_status(session, partnership_id, PartnershipStatus.ACTIVE, on, "Agreement signed")


def renew_agreement(
    session: Session,
    partnership_id: int,
    on: date,
    our_signatory: str = "",
    partner_signatory: str = "",
    note: str = "",
) -> PartnershipRenewal:
    partnership = get_record(session, Partnership, partnership_id)
    renewal = PartnershipRenewal(
        partnership=partnership,
        renewed_on=on,
        our_signatory=our_signatory,
        partner_signatory=partner_signatory,
        note=note,
    )
    session.add(renewal)
    session.flush()
    return renewal


def edit_partnership(
    session: Session,
    partnership_id: int,
    changes: dict[str, Any],
    status_on: date | None = None,
    status_note: str = "",
) -> Partnership:
    """Change a partnership's details; a new status is recorded, dated, in its history."""
    details = {key: value for key, value in changes.items() if key != "status"}
    partnership = update_record(session, Partnership, partnership_id, details)
    if "status" in changes:
        if status_on is None:
            raise RuleViolation("status_on", _("Give the date the status changed."))
        change_status(
            session, partnership_id, PartnershipStatus(changes["status"]), status_on, status_note
        )
    return partnership


def add_partner_contact(
    session: Session, partnership_id: int, values: dict[str, Any]
) -> PartnerContact:
    """Someone on the partner city's side, for this partnership."""
    get_record(session, Partnership, partnership_id)
    return create_record(session, PartnerContact, {**values, "partnership_id": partnership_id})


def committees_of(session: Session, partnership_id: int) -> list[Committee]:
    """The committees serving a partnership, by name."""
    return list(
        session.scalars(
            select(Committee)
            .where(Committee.partnership_id == partnership_id, Committee.deleted_at.is_(None))
            .order_by(Committee.name)
        )
    )


def exchanges_of(session: Session, partnership_id: int) -> list[Exchange]:
    """A partnership's exchanges, the latest first."""
    return list(
        session.scalars(
            select(Exchange)
            .where(Exchange.partnership_id == partnership_id, Exchange.deleted_at.is_(None))
            .order_by(Exchange.starts_on.desc().nulls_first(), Exchange.title)
        )
    )


def live_contacts(session: Session, partnership_id: int) -> list[PartnerContact]:
    return list(
        session.scalars(
            select(PartnerContact)
            .where(
                PartnerContact.partnership_id == partnership_id,
                PartnerContact.deleted_at.is_(None),
            )
            .order_by(PartnerContact.name)
        )
    )


def live_history(
    session: Session, partnership_id: int
) -> tuple[list[PartnershipStatusChange], list[PartnershipRenewal]]:
    """The dated status changes and the renewals of a partnership, oldest first."""
    changes = session.scalars(
        select(PartnershipStatusChange)
        .where(
            PartnershipStatusChange.partnership_id == partnership_id,
            PartnershipStatusChange.deleted_at.is_(None),
        )
        .order_by(PartnershipStatusChange.changed_on, PartnershipStatusChange.id)
    )
    renewals = session.scalars(
        select(PartnershipRenewal)
        .where(
            PartnershipRenewal.partnership_id == partnership_id,
            PartnershipRenewal.deleted_at.is_(None),
        )
        .order_by(PartnershipRenewal.renewed_on)
    )
    return list(changes), list(renewals)
