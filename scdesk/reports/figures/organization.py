"""Who a report is from: the organization's name, its place and its logo, if it has one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from scdesk.domain.countries import SOURCE_LANGUAGE, local_country_name
from scdesk.operations.organizations import current_profile
from scdesk.operations.report_logo import report_logo


@dataclass(frozen=True)
class OrganizationHeading:
    name: str
    place: str
    logo: Path | None = None


def organization_heading(
    session: Session,
    attachments: Path | None = None,
    logo: Path | None = None,
    language: str = SOURCE_LANGUAGE,
) -> OrganizationHeading:
    """The profile's name and place, and the logo: `logo` when given (a one-off choice, as
    `scdesk report --logo`), else the organization's report logo from its attachments.
    The country is named in `language`, the report's."""
    profile = current_profile(session)
    place = ", ".join(
        p
        for p in (profile.city, profile.region, local_country_name(profile.country, language))
        if p
    )
    if logo is None and attachments is not None:
        logo = report_logo(session, attachments)
    return OrganizationHeading(profile.name, place, logo)
