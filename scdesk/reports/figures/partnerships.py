"""Partnerships in a period: their status at its end, status changes, agreements signed or
renewed. Partnerships are few, but the status is still read from the dated history in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from scdesk.domain.countries import SOURCE_LANGUAGE, local_country_name
from scdesk.model import (
    Partnership,
    PartnershipKind,
    PartnershipRenewal,
    PartnershipStatus,
    PartnershipStatusChange,
)
from scdesk.reports.figures.period import Period
from scdesk.reports.figures.sql import live, within

_Change = PartnershipStatusChange


@dataclass(frozen=True)
class PartnershipLine:
    id: int
    city: str
    country: str
    kind: PartnershipKind
    status: PartnershipStatus | None  # at the end of the period; None: not yet recorded
    first_recorded: date | None
    signed_on: date | None

    @property
    def label(self) -> str:
        return f"{self.city}, {self.country}"


@dataclass(frozen=True)
class StatusChangeLine:
    partnership: str
    status: PartnershipStatus
    changed_on: date
    note: str


@dataclass(frozen=True)
class AgreementLine:
    """An agreement signed (`renewal` False) or renewed in the period."""

    partnership: str
    on: date
    renewal: bool
    our_signatory: str
    partner_signatory: str


def statuses_on(session: Session, day: date) -> dict[int, PartnershipStatus]:
    """Each partnership's status on `day`: the newest dated change on or before it."""
    ranked = (
        select(
            _Change.partnership_id,
            _Change.status,
            func.row_number()
            .over(
                partition_by=_Change.partnership_id,
                order_by=(_Change.changed_on.desc(), _Change.id.desc()),
            )
            .label("rank"),
        )
        .where(live(_Change), _Change.changed_on <= day)
        .subquery()
    )
    rows = session.execute(
        select(ranked.c.partnership_id, ranked.c.status).where(ranked.c.rank == 1)
    )
    return {pid: PartnershipStatus(status) for pid, status in rows}


def partnership_lines(
    session: Session,
    period: Period,
    partnership_id: int | None = None,
    language: str = SOURCE_LANGUAGE,
) -> list[PartnershipLine]:
    statuses = statuses_on(session, period.end)
    first = (
        select(_Change.partnership_id, func.min(_Change.changed_on).label("first"))
        .where(live(_Change))
        .group_by(_Change.partnership_id)
        .subquery()
    )
    query = (
        select(Partnership, first.c.first)
        .outerjoin(first, first.c.partnership_id == Partnership.id)
        .where(live(Partnership))
        .order_by(Partnership.partner_city)
    )
    if partnership_id is not None:
        query = query.where(Partnership.id == partnership_id)
    return [
        PartnershipLine(
            id=p.id,
            city=p.partner_city,
            country=local_country_name(p.partner_country, language),
            kind=p.kind,
            status=statuses.get(p.id),
            first_recorded=first_on,
            signed_on=p.signed_on,
        )
        for p, first_on in session.execute(query)
    ]


def _label_column():
    return Partnership.partner_city, Partnership.partner_country


def status_changes(
    session: Session,
    period: Period,
    partnership_id: int | None = None,
    language: str = SOURCE_LANGUAGE,
) -> list[StatusChangeLine]:
    query = (
        select(*_label_column(), _Change.status, _Change.changed_on, _Change.note)
        .join(Partnership, Partnership.id == _Change.partnership_id)
        .where(live(_Change), live(Partnership), within(_Change.changed_on, period))
        .order_by(_Change.changed_on, _Change.id)
    )
    if partnership_id is not None:
        query = query.where(_Change.partnership_id == partnership_id)
    return [
        StatusChangeLine(
            f"{city}, {local_country_name(country, language)}", PartnershipStatus(status), on, note
        )
        for city, country, status, on, note in session.execute(query)
    ]


def agreements(
    session: Session,
    period: Period,
    partnership_id: int | None = None,
    language: str = SOURCE_LANGUAGE,
) -> list[AgreementLine]:
    """Memoranda signed in the period, then renewals, in date order."""
    signed = select(
        *_label_column(),
        Partnership.signed_on,
        Partnership.our_signatory,
        Partnership.partner_signatory,
    ).where(live(Partnership), within(Partnership.signed_on, period))
    renewed = (
        select(
            *_label_column(),
            PartnershipRenewal.renewed_on,
            PartnershipRenewal.our_signatory,
            PartnershipRenewal.partner_signatory,
        )
        .join(Partnership, Partnership.id == PartnershipRenewal.partnership_id)
        .where(
            live(PartnershipRenewal),
            live(Partnership),
            within(PartnershipRenewal.renewed_on, period),
        )
    )
    if partnership_id is not None:
        signed = signed.where(Partnership.id == partnership_id)
        renewed = renewed.where(Partnership.id == partnership_id)
    lines = [
        AgreementLine(f"{city}, {local_country_name(country, language)}", on, renewal, ours, theirs)
        for renewal, query in ((False, signed), (True, renewed))
        for city, country, on, ours, theirs in session.execute(query)
    ]
    return sorted(lines, key=lambda line: line.on)
