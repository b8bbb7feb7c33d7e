"""Figures for the overview page: the profile and a count of each kind of record."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from scdesk.domain.i18n import _
from scdesk.model import Committee, Exchange, Partnership, Person, Record, VolunteerHours
from scdesk.operations.organizations import current_profile

COUNTED: tuple[tuple[str, type[Record]], ...] = (
    (_("Partnerships"), Partnership),
    (_("Committees"), Committee),
    (_("People"), Person),
    (_("Exchanges"), Exchange),
    (_("Volunteer hours entries"), VolunteerHours),
)


@dataclass(frozen=True)
class OrganizationOverview:
    name: str
    city: str
    region: str
    country: str
    counts: tuple[tuple[str, int], ...]


def overview(session: Session) -> OrganizationOverview:
    profile = current_profile(session)
    counts = tuple(
        (label, session.scalar(select(func.count(model.id)).where(model.deleted_at.is_(None))))
        for label, model in COUNTED
    )
    return OrganizationOverview(profile.name, profile.city, profile.region, profile.country, counts)
