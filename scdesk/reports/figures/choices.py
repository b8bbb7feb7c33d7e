"""What a person can pick from when asking for a report: partnerships, committees, and the
exchanges of a period (the large demo has 20,000 exchanges: never offer them all at once)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from scdesk.domain.countries import SOURCE_LANGUAGE, local_country_name
from scdesk.model import Committee, Exchange, Partnership
from scdesk.reports.figures.period import Period
from scdesk.reports.figures.sql import live, within

Choice = tuple[int, str]


def partnership_choices(session: Session, language: str = SOURCE_LANGUAGE) -> list[Choice]:
    """Each partnership as "city, country", the country named in `language`."""
    rows = session.execute(
        select(Partnership.id, Partnership.partner_city, Partnership.partner_country)
        .where(live(Partnership))
        .order_by(Partnership.partner_city)
    )
    return [(i, f"{city}, {local_country_name(country, language)}") for i, city, country in rows]


def committee_choices(session: Session) -> list[Choice]:
    rows = session.execute(
        select(Committee.id, Committee.name).where(live(Committee)).order_by(Committee.name)
    )
    return [(i, name) for i, name in rows]


def exchange_choices(session: Session, period: Period) -> list[Choice]:
    rows = session.execute(
        select(Exchange.id, Exchange.title, Exchange.starts_on)
        .where(live(Exchange), within(Exchange.starts_on, period))
        .order_by(Exchange.starts_on, Exchange.title)
    )
    return [(i, f"{title} ({start.isoformat()})") for i, title, start in rows]
