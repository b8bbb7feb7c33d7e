"""The partnerships list: partner city and country, kind, status, signing date, exchanges."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, case, func, select

from scdesk.domain.countries import countries
from scdesk.model import Exchange, Partnership, PartnershipKind, PartnershipStatus
from scdesk.operations.lists.base import ListColumn, RecordList
from scdesk.operations.lists.search_terms import contains_words

# Countries sort by their name, not their code: Germany (DE) before Japan (JP) before Spain (ES).
_COUNTRY_BY_NAME = case(
    {code: rank for rank, (code, _name) in enumerate(countries())},
    value=Partnership.partner_country,
    else_=len(countries()),
)

_EXCHANGES = (
    select(func.count(Exchange.id))
    .where(Exchange.partnership_id == Partnership.id, Exchange.deleted_at.is_(None))
    .scalar_subquery()
)

PARTNERSHIPS = RecordList(
    model=Partnership,
    source=Partnership.__table__,
    columns=(
        ListColumn("city", Partnership.partner_city, sort=func.lower(Partnership.partner_city)),
        ListColumn("country", Partnership.partner_country, sort=_COUNTRY_BY_NAME),
        ListColumn("kind", Partnership.kind),
        ListColumn("status", Partnership.status),
        ListColumn("signed_on", Partnership.signed_on),
        ListColumn("exchanges", _EXCHANGES),
    ),
)


@dataclass(frozen=True)
class PartnershipFilter:
    text: str = ""
    status: PartnershipStatus | None = None
    kind: PartnershipKind | None = None

    def conditions(self) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if self.text.strip():
            searched = [
                Partnership.partner_city,
                Partnership.partner_region,
                Partnership.our_signatory,
                Partnership.partner_signatory,
            ]
            conditions.append(contains_words(searched, self.text))
        if self.status is not None:
            conditions.append(Partnership.status == self.status)
        if self.kind is not None:
            conditions.append(Partnership.kind == self.kind)
        return conditions
