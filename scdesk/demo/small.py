"""The small demo: Springfield Sister Cities, about 150 people and ten years of activity.

Built through the ORM, so every record passes the same before-flush validation as a form
would; flushes come between steps so later steps can use the ids of earlier records.
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from sqlalchemy.orm import Session

from scdesk.demo.common import DEFAULT_SEED, Progress, UuidSource
from scdesk.demo.partners import PARTNERS, STANDING_COMMITTEES, PartnerCity
from scdesk.demo.small_committees import add_meetings, add_terms
from scdesk.demo.small_context import SmallContext
from scdesk.demo.small_exchanges import add_exchanges
from scdesk.demo.small_hours import add_hours
from scdesk.demo.small_people import add_people
from scdesk.model import (
    Committee,
    CommitteeKind,
    MembershipStanding,
    PartnerContact,
    Partnership,
    PartnershipRenewal,
    PartnershipStatusChange,
)
from scdesk.operations.attachments import attach_file
from scdesk.operations.organizations import current_profile

STEPS = (
    "Partnerships",
    "Committees",
    "People",
    "Terms of office",
    "Meetings",
    "Exchanges",
    "Volunteer hours",
    "Organization profile",
)


def build_small(
    session: Session, progress: Progress, attachments: Path, seed: int = DEFAULT_SEED
) -> None:
    """Fill an empty organization with the small demo, inside the caller's transaction."""
    ctx = SmallContext(session, random.Random(seed), UuidSource(seed + 1))
    _add_partnerships(ctx)
    progress.advance(1, STEPS[0])
    _add_committees(ctx)
    progress.advance(1, STEPS[1])
    add_people(ctx)
    session.flush()
    progress.advance(1, STEPS[2])
    add_terms(ctx)
    session.flush()
    progress.advance(1, STEPS[3])
    add_meetings(ctx)
    session.flush()
    progress.advance(1, STEPS[4])
    add_exchanges(ctx)
    session.flush()
    progress.advance(1, STEPS[5])
    add_hours(ctx)
    session.flush()
    progress.advance(1, STEPS[6])
    _update_profile(ctx)
    _attach_agreements(ctx, attachments)
    session.flush()
    progress.advance(1, STEPS[7])


def _add_partnerships(ctx: SmallContext) -> None:
    for partner in PARTNERS:
        partnership = ctx.add(
            Partnership,
            partner_city=partner.city,
            partner_region=partner.region,
            partner_country=partner.country,
            kind=partner.kind,
            status=partner.status,
            origin=partner.origin,
            origin_notes=partner.origin_notes,
            first_contact_on=partner.first_contact_on,
            signed_on=partner.signed_on,
            our_signatory=partner.our_signatory,
            partner_signatory=partner.partner_signatory,
            notes=partner.notes,
        )
        for step in partner.history:
            ctx.add(
                PartnershipStatusChange,
                partnership=partnership,
                status=step.status,
                changed_on=step.on,
                note=step.note,
            )
        for renewal in partner.renewals:
            ctx.add(
                PartnershipRenewal,
                partnership=partnership,
                renewed_on=renewal.on,
                our_signatory=renewal.our_signatory,
                partner_signatory=renewal.partner_signatory,
                note=renewal.note,
            )
        for contact in partner.contacts:
            ctx.add(
                PartnerContact,
                partnership=partnership,
                name=contact.name,
                role=contact.role,
                organization=contact.organization,
                email=contact.email,
                phone=contact.phone,
                languages=contact.languages,
                notes=contact.notes,
            )
        ctx.partnerships[partner.city] = partnership
        ctx.partner_cities[partner.city] = partner
    ctx.session.flush()


def _add_committees(ctx: SmallContext) -> None:
    for partner in PARTNERS:
        ctx.committees[partner.committee_name] = ctx.add(
            Committee,
            name=partner.committee_name,
            kind=CommitteeKind.PARTNERSHIP,
            partnership_id=ctx.partnerships[partner.city].id,
            description=f"Runs the partnership with {partner.city} ({partner.region}).",
        )
    for name, kind, _founded, description in STANDING_COMMITTEES:
        ctx.committees[name] = ctx.add(Committee, name=name, kind=kind, description=description)
    ctx.session.flush()


def _update_profile(ctx: SmallContext) -> None:
    profile = current_profile(ctx.session)
    profile.website = "https://springfieldsistercities.example.org"
    profile.social_page = "https://social.example.org/@springfieldsistercities"
    profile.directory_id = "US-IL-0147"
    profile.standing = MembershipStanding.DUES_PAYING
    profile.primary_contact_id = ctx.people["ben"].id
    profile.administrator_id = ctx.people["francoise"].id
    profile.notes = (
        "Illinois not-for-profit corporation since 1988, tax-exempt under 501(c)(3). "
        "The board meets on the second Tuesday of the month at Lincoln Library."
    )


def _attach_agreements(ctx: SmallContext, store: Path) -> None:
    """The signed memorandum of each formal partnership, as a short text file."""
    with tempfile.TemporaryDirectory(prefix="scdesk-demo-") as folder:
        for city, partner in ctx.partner_cities.items():
            if partner.signed_on is None:
                continue
            slug = (partner.short_name or city).lower().replace(" ", "-")
            source = Path(folder) / f"memorandum-{slug}-{partner.signed_on.year}.txt"
            source.write_text(_memorandum(partner), encoding="utf-8")
            attach_file(
                ctx.session,
                store,
                ctx.partnerships[city],
                source,
                title=f"Memorandum of understanding with {city}",
            )


def _memorandum(partner: PartnerCity) -> str:
    kind = "sister city" if partner.kind.value == "sister" else "friendship city"
    return (
        f"MEMORANDUM OF UNDERSTANDING\n\n"
        f"between the City of Springfield, Illinois, United States of America,\n"
        f"and the City of {partner.city}, {partner.region}.\n\n"
        f"The two cities establish a {kind} relationship to promote mutual understanding,\n"
        f"cultural, educational, municipal and economic exchange between their residents.\n\n"
        f"Signed on {partner.signed_on:%B %d, %Y}.\n\n"
        f"For Springfield: {partner.our_signatory}\n"
        f"For {partner.city}: {partner.partner_signatory}\n"
    )
