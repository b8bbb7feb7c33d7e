"""Small SQL building blocks every report's queries share."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, and_, func
from sqlalchemy.orm import InstrumentedAttribute

from scdesk.model import Record
from scdesk.reports.figures.period import Period


def live(model: type[Record]) -> ColumnElement[bool]:
    """Not tombstoned: deleted records stay in the table but never count."""
    return model.deleted_at.is_(None)


def within(column: InstrumentedAttribute[date], period: Period) -> ColumnElement[bool]:
    return and_(column >= period.start, column <= period.end)


def month_of(column: InstrumentedAttribute[date]) -> ColumnElement[str]:
    """ "YYYY-MM" of a date column, computed by SQLite."""
    return func.strftime("%Y-%m", column)


def held_on(started: InstrumentedAttribute, ended: InstrumentedAttribute, day: date):
    """A dated term (of office, of a post) that covers `day`."""
    return and_(
        (started.is_(None)) | (started <= day),
        (ended.is_(None)) | (ended >= day),
    )
