"""What the list filters offer to choose from: partnerships, committees, exchange years."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from scdesk.domain.countries import SOURCE_LANGUAGE, local_country_name
from scdesk.model import Committee, Exchange, Partnership


def partnership_choices(session: Session, language: str = SOURCE_LANGUAGE) -> list[tuple[int, str]]:
    """(id, "City, country") of live partnerships, by city, the country named in `language`
    (a Spanish reader picks "Lyon, Francia", as the reports and editors name it)."""
    rows = session.execute(
        select(Partnership.id, Partnership.partner_city, Partnership.partner_country)
        .where(Partnership.deleted_at.is_(None))
        .order_by(func.lower(Partnership.partner_city), Partnership.id)
    )
    return [
        (row.id, f"{row.partner_city}, {local_country_name(row.partner_country, language)}")
        for row in rows
    ]


def committee_choices(session: Session) -> list[tuple[int, str]]:
    """(id, name) of live committees, by name."""
    rows = session.execute(
        select(Committee.id, Committee.name)
        .where(Committee.deleted_at.is_(None))
        .order_by(func.lower(Committee.name), Committee.id)
    )
    return [(row.id, row.name) for row in rows]


def exchange_years(session: Session) -> list[int]:
    """Years in which some live exchange starts, newest first."""
    year = func.strftime("%Y", Exchange.starts_on)
    rows = session.execute(
        select(year)
        .distinct()
        .where(Exchange.deleted_at.is_(None), Exchange.starts_on.is_not(None))
        .order_by(year.desc())
    )
    return [int(value) for (value,) in rows]
