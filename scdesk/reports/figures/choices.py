"""What a person can pick from when asking for a report: partnerships, committees, and the
exchanges of a period (the large demo has 20,000 exchanges: never offer them all at once)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from scdesk.model import Exchange
from scdesk.operations.lists.choices import committee_choices, partnership_choices
from scdesk.reports.figures.period import Period
from scdesk.reports.figures.sql import live, within

Choice = tuple[int, str]

__all__ = ["committee_choices", "exchange_choices", "partnership_choices"]


def exchange_choices(session: Session, period: Period) -> list[Choice]:
    rows = session.execute(
        select(Exchange.id, Exchange.title, Exchange.starts_on)
        .where(live(Exchange), within(Exchange.starts_on, period))
        .order_by(Exchange.starts_on, Exchange.title)
    )
    return [(i, f"{title} ({start.isoformat()})") for i, title, start in rows]
