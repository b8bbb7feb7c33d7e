"""The exchanges list: title, dates, field, direction, status, partnership, committee,
participants; filtered by what was typed, status, field, direction, year, partnership,
committee and participant."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, func, select

from scdesk.model import (
    Committee,
    Exchange,
    ExchangeDirection,
    ExchangeField,
    ExchangeStatus,
    Participation,
    Partnership,
)
from scdesk.operations.lists.base import ListColumn, RecordList
from scdesk.operations.lists.search_terms import matches_index

_PARTICIPANTS = (
    select(func.count(Participation.id))
    .where(Participation.exchange_id == Exchange.id, Participation.deleted_at.is_(None))
    .scalar_subquery()
)

EXCHANGES = RecordList(
    model=Exchange,
    source=Exchange.__table__.outerjoin(
        Partnership.__table__, Partnership.id == Exchange.partnership_id
    ).outerjoin(Committee.__table__, Committee.id == Exchange.committee_id),
    columns=(
        ListColumn("title", Exchange.title, sort=func.lower(Exchange.title)),
        ListColumn("starts_on", Exchange.starts_on, indexed=True),
        ListColumn("field", Exchange.field),
        ListColumn("direction", Exchange.direction),
        ListColumn("status", Exchange.status),
        ListColumn(
            "partnership", Partnership.partner_city, sort=func.lower(Partnership.partner_city)
        ),
        ListColumn("committee", Committee.name, sort=func.lower(Committee.name)),
        ListColumn("participants", _PARTICIPANTS),
    ),
)


@dataclass(frozen=True)
class ExchangeFilter:
    text: str = ""
    status: ExchangeStatus | None = None
    field: ExchangeField | None = None
    direction: ExchangeDirection | None = None
    year: int | None = None
    partnership_id: int | None = None
    committee_id: int | None = None
    person_id: int | None = None

    def conditions(self) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if self.text.strip():
            conditions.append(matches_index(Exchange.id, "exchange_fts", self.text))
        for column, wanted in (
            (Exchange.status, self.status),
            (Exchange.field, self.field),
            (Exchange.direction, self.direction),
            (Exchange.partnership_id, self.partnership_id),
            (Exchange.committee_id, self.committee_id),
        ):
            if wanted is not None:
                conditions.append(column == wanted)
        if self.year is not None:
            conditions.append(Exchange.starts_on >= date(self.year, 1, 1))
            conditions.append(Exchange.starts_on < date(self.year + 1, 1, 1))
        if self.person_id is not None:
            taking_part = select(Participation.exchange_id).where(
                Participation.person_id == self.person_id, Participation.deleted_at.is_(None)
            )
            conditions.append(Exchange.id.in_(taking_part))
        return conditions
