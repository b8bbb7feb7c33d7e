"""Partnership use cases: create one, move it through its statuses, record renewals."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from scdesk.model import (
    Partnership,
    PartnershipRenewal,
    PartnershipStatus,
    PartnershipStatusChange,
)
from scdesk.operations.records import create_record, get_record


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
