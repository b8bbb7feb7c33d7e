"""Figures for the overview page: the profile, a count of each kind of record, and the
exchanges coming up, so the first page a volunteer sees answers "what's next?"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from scdesk.domain.i18n import _
from scdesk.model import Committee, Exchange, Partnership, Person, Record, VolunteerHours
from scdesk.model.enums import ExchangeStatus
from scdesk.operations.organizations import current_profile
from scdesk.storage.bookkeeping import current_change_number

COUNTED: tuple[tuple[str, type[Record]], ...] = (
    (_("Partnerships"), Partnership),
    (_("Committees"), Committee),
    (_("People"), Person),
    (_("Exchanges"), Exchange),
    (_("Volunteer hours entries"), VolunteerHours),
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
    rows = session.execute(
        select(
            Exchange.id,
            Exchange.title,
            Exchange.starts_on,
            Exchange.ends_on,
            Partnership.partner_city,
            Exchange.status,
        )
        .join(Partnership, Exchange.partnership_id == Partnership.id)
        .where(
            Exchange.deleted_at.is_(None),
            Exchange.status.in_(STILL_AHEAD),
            Exchange.starts_on.is_not(None),
            or_(Exchange.starts_on >= today, Exchange.ends_on >= today),
        )
        .order_by(Exchange.starts_on, Exchange.id)
        .limit(limit)
    )
    return tuple(UpcomingExchange(*row) for row in rows)


def overview(session: Session, today: date | None = None) -> OrganizationOverview:
    profile = current_profile(session)
    counts = tuple(
        (label, session.scalar(select(func.count(model.id)).where(model.deleted_at.is_(None))))
        for label, model in COUNTED
    )
    upcoming = upcoming_exchanges(session, today or date.today())
    return OrganizationOverview(
        profile.name,
        profile.city,
        profile.region,
        profile.country,
        counts,
        upcoming,
        changes_so_far(session),
    )


def changes_so_far(session: Session) -> int:
    """The change counter: when it has not moved, figures read earlier are still right."""
    return current_change_number(session.connection())
