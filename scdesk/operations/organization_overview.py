"""Figures for the overview page: the profile, a count of each kind of record, and the
exchanges coming up, so the first page a volunteer sees answers "what's next?".

It is the first page of every window, so it reads its few columns through light table
descriptions (`sqlalchemy.table`) instead of the record classes: declaring those and
configuring their mappers is about a quarter of a second of the cold start, which a window
that only shows these figures does not need. The tests run these queries on a database
made from the record classes, so a renamed table or column fails them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Date, TableClause, column, func, or_, select, table
from sqlalchemy.orm import Session

from scdesk.domain.i18n import _
from scdesk.model.base import enum_column
from scdesk.model.enums import ExchangeStatus
from scdesk.storage.bookkeeping import current_change_number


def _records(name: str, *columns: object) -> TableClause:
    return table(name, column("id"), column("deleted_at"), *columns)


PROFILE = _records(
    "organization", column("name"), column("city"), column("region"), column("country")
)
PARTNERSHIP = _records("partnership", column("partner_city"))
EXCHANGE = _records(
    "exchange",
    column("title"),
    column("starts_on", Date),
    column("ends_on", Date),
    column("partnership_id"),
    column("status", enum_column(ExchangeStatus)),
)
COUNTED: tuple[tuple[str, TableClause], ...] = (
    (_("Partnerships"), PARTNERSHIP),
    (_("Committees"), _records("committee")),
    (_("People"), _records("person")),
    (_("Exchanges"), EXCHANGE),
    (_("Volunteer hours entries"), _records("volunteer_hours")),
)
UPCOMING_LIMIT = 6
STILL_AHEAD = (ExchangeStatus.PLANNED, ExchangeStatus.CONFIRMED)


@dataclass(frozen=True)
class UpcomingExchange:
    """An exchange under way or still to come (planned or confirmed)."""

    id: int
    title: str
    starts_on: date
    ends_on: date | None
    partner_city: str
    status: ExchangeStatus

    def under_way(self, today: date) -> bool:
        return self.starts_on <= today


@dataclass(frozen=True)
class OrganizationOverview:
    name: str
    city: str
    region: str
    country: str
    counts: tuple[tuple[str, int], ...]
    upcoming: tuple[UpcomingExchange, ...] = ()
    change_number: int = 0  # the organization's change counter when these figures were read


def upcoming_exchanges(
    session: Session, today: date, limit: int = UPCOMING_LIMIT
) -> tuple[UpcomingExchange, ...]:
    """The next exchanges by start date, those under way first; cancelled and completed
    ones are left out, and so are planned ones without a date (nothing to count down to)."""
    exchange, partnership = EXCHANGE.c, PARTNERSHIP.c
    rows = session.execute(
        select(
            exchange.id,
            exchange.title,
            exchange.starts_on,
            exchange.ends_on,
            partnership.partner_city,
            exchange.status,
        )
        .select_from(EXCHANGE.join(PARTNERSHIP, exchange.partnership_id == partnership.id))
        .where(
            exchange.deleted_at.is_(None),
            exchange.status.in_(STILL_AHEAD),
            exchange.starts_on.is_not(None),
            or_(exchange.starts_on >= today, exchange.ends_on >= today),
        )
        .order_by(exchange.starts_on, exchange.id)
        .limit(limit)
    )
    return tuple(UpcomingExchange(*row) for row in rows)


def overview(session: Session, today: date | None = None) -> OrganizationOverview:
    profile = session.execute(
        select(PROFILE.c.name, PROFILE.c.city, PROFILE.c.region, PROFILE.c.country)
        .where(PROFILE.c.deleted_at.is_(None))
        .limit(1)
    ).first()
    if profile is None:
        raise LookupError(_("This database has no organization profile."))
    counts = tuple(
        # count(*), not count(id): SQLite then counts index entries without reading the
        # ids, three times faster on the 500,000 hours entries of a large organization.
        (label, session.scalar(select(func.count()).where(records.c.deleted_at.is_(None))))
        for label, records in COUNTED
    )
    upcoming = upcoming_exchanges(session, today or date.today())
    return OrganizationOverview(*profile, counts, upcoming, changes_so_far(session))


def changes_so_far(session: Session) -> int:
    """The change counter: when it has not moved, figures read earlier are still right."""
    return current_change_number(session.connection())
