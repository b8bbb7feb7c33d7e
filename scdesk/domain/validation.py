"""Check and normalize every new or changed record before it is written.

Installed as a before_flush hook on every session, so no path (a form, the command line, an
import) can write a record that breaks a rule. Tombstoned records are not re-checked:
deleting an old, imperfect record must always be possible.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from scdesk.domain import rules
from scdesk.domain.errors import Problems, RuleViolation
from scdesk.domain.i18n import _
from scdesk.domain.names import sort_name
from scdesk.model import (
    Attachment,
    Committee,
    CommitteeKind,
    ContactDetail,
    Exchange,
    HostPlacement,
    HoursPurpose,
    ItineraryItem,
    Meeting,
    Membership,
    OrganizationProfile,
    Participation,
    PartnerContact,
    Partnership,
    PartnershipRenewal,
    PartnershipStatusChange,
    Person,
    Post,
    Record,
    VolunteerHours,
)


def _organization(session: Session) -> OrganizationProfile | None:
    with session.no_autoflush:
        return session.scalars(
            select(OrganizationProfile).where(OrganizationProfile.deleted_at.is_(None)).limit(1)
        ).first()


def validate_organization(_session: Session, org: OrganizationProfile) -> None:
    problems = Problems()
    with problems.check():
        org.name = rules.require_text("name", org.name, _("The organization's name"))
    with problems.check():
        org.country = rules.check_country("country", org.country)
    with problems.check():
        org.website = rules.check_url("website", org.website)
    with problems.check():
        org.social_page = rules.check_url("social_page", org.social_page)
    problems.raise_found()


def validate_partnership(session: Session, partnership: Partnership) -> None:
    problems = Problems()
    with problems.check():
        partnership.partner_city = rules.require_text(
            "partner_city", partnership.partner_city, _("The partner city")
        )
    with problems.check():
        partnership.partner_country = rules.check_country(
            "partner_country", partnership.partner_country, required=True
        )
        org = _organization(session)
        if org is not None:
            rules.check_partner_country(partnership.partner_country, org.country)
    with problems.check():
        rules.check_date_order(
            "first_contact_on",
            partnership.first_contact_on,
            "signed_on",
            partnership.signed_on,
            _("The partnership (first contact to signing)"),
        )
    problems.raise_found()


def validate_status_change(_session: Session, change: PartnershipStatusChange) -> None:
    if change.changed_on is None:
        raise RuleViolation("changed_on", _("Give the date of the status change."))


def validate_renewal(_session: Session, renewal: PartnershipRenewal) -> None:
    if renewal.renewed_on is None:
        raise RuleViolation("renewed_on", _("Give the date of the renewal."))


def validate_partner_contact(_session: Session, contact: PartnerContact) -> None:
    problems = Problems()
    with problems.check():
        contact.name = rules.require_text("name", contact.name, _("The contact's name"))
    with problems.check():
        contact.email = rules.check_email("email", contact.email)
    with problems.check():
        contact.phone = rules.check_phone("phone", contact.phone)
    problems.raise_found()


def validate_committee(_session: Session, committee: Committee) -> None:
    problems = Problems()
    with problems.check():
        committee.name = rules.require_text("name", committee.name, _("The committee's name"))
    serves = committee.partnership_id is not None or committee.partnership is not None
    if committee.kind == CommitteeKind.PARTNERSHIP and not serves:
        problems.add(
            RuleViolation("partnership_id", _("Choose the partnership this committee serves."))
        )
    if committee.kind != CommitteeKind.PARTNERSHIP and serves:
        problems.add(
            RuleViolation(
                "partnership_id", _("A standing committee does not serve one partnership.")
            )
        )
    problems.raise_found()


def validate_membership(session: Session, membership: Membership) -> None:
    rules.check_date_order(
        "started_on", membership.started_on, "ended_on", membership.ended_on, _("The term")
    )
    if membership.post == Post.CHAIR and _committee_of(membership) is not None:
        _check_single_chair(session, membership)


def _committee_of(membership: Membership) -> int | Committee | None:
    """The committee by id, or by the object itself when it is not written yet (None: a post
    of the organization itself)."""
    if membership.committee_id is not None:
        return membership.committee_id
    # A bulk import checks plain column values, which carry no `committee` relationship.
    committee = getattr(membership, "committee", None)
    if committee is None:
        return None
    return committee.id if committee.id is not None else committee


def _terms_overlap(first: Membership, second: Membership) -> bool:
    return (first.started_on or date.min) <= (second.ended_on or date.max) and (
        second.started_on or date.min
    ) <= (first.ended_on or date.max)


def _check_single_chair(session: Session, membership: Membership) -> None:
    """Chair terms on one committee never overlap, so there is one current chair: checked
    against the terms written already and those written in the same flush."""
    committee = _committee_of(membership)
    pending = [
        other
        for other in (*session.new, *session.dirty)
        if isinstance(other, Membership)
        and other is not membership
        and other.deleted_at is None
        and other.post == Post.CHAIR
        and _committee_of(other) == committee
    ]
    clash = any(_terms_overlap(membership, other) for other in pending)
    if not clash and isinstance(committee, int):
        start = membership.started_on or date.min
        end = membership.ended_on or date.max
        query = select(Membership.id).where(
            Membership.committee_id == committee,
            Membership.post == Post.CHAIR,
            Membership.deleted_at.is_(None),
            or_(Membership.started_on.is_(None), Membership.started_on <= end),
            or_(Membership.ended_on.is_(None), Membership.ended_on >= start),
        )
        unwritten = [other.id for other in pending if other.id is not None]
        if membership.id is not None:
            unwritten.append(membership.id)
        if unwritten:
            query = query.where(Membership.id.not_in(unwritten))
        with session.no_autoflush:
            clash = session.scalars(query.limit(1)).first() is not None
    if clash:
        raise RuleViolation(
            "post",
            _(
                "This committee already has a chair for these dates. End the current chair's "
                "term first."
            ),
        )


def validate_meeting(_session: Session, meeting: Meeting) -> None:
    if meeting.held_on is None:
        raise RuleViolation("held_on", _("Give the date of the meeting."))


def validate_person(_session: Session, person: Person) -> None:
    problems = Problems()
    person.given_name = (person.given_name or "").strip()
    person.family_name = (person.family_name or "").strip()
    if not person.given_name and not person.family_name:
        problems.add(
            RuleViolation("family_name", _("Enter a name (given name, family name or both)."))
        )
    person.sort_name = sort_name(person.given_name, person.family_name)
    with problems.check():
        person.email = rules.check_email("email", person.email)
    with problems.check():
        person.phone = rules.check_phone("phone", person.phone)
    with problems.check():
        person.emergency_phone = rules.check_phone("emergency_phone", person.emergency_phone)
    with problems.check():
        person.country = rules.check_country("country", person.country)
    with problems.check():
        person.host_rooms = rules.check_not_negative(
            "host_rooms", person.host_rooms or 0, _("Rooms")
        )
    with problems.check():
        rules.check_not_in_future(
            "member_since", person.member_since, date.today(), _("Member since")
        )
    problems.raise_found()


def validate_contact_detail(_session: Session, detail: ContactDetail) -> None:
    detail.value = rules.require_text("value", detail.value, _("The contact detail"))
    if detail.kind == "email":
        detail.value = rules.check_email("value", detail.value)
    elif detail.kind == "phone":
        detail.value = rules.check_phone("value", detail.value)


def validate_exchange(_session: Session, exchange: Exchange) -> None:
    problems = Problems()
    with problems.check():
        exchange.title = rules.require_text("title", exchange.title, _("The exchange's title"))
    if exchange.partnership_id is None and exchange.partnership is None:
        problems.add(RuleViolation("partnership_id", _("Choose the partnership of this exchange.")))
    with problems.check():
        rules.check_date_order(
            "starts_on", exchange.starts_on, "ends_on", exchange.ends_on, _("The exchange")
        )
    with problems.check():
        exchange.currency = rules.check_currency(exchange.currency)
    for field, what in (
        ("budget_cents", _("The budget")),
        ("grants_cents", _("Grants")),
        ("costs_cents", _("Costs")),
    ):
        with problems.check():
            rules.check_not_negative(field, getattr(exchange, field) or 0, what)
    problems.raise_found()


def validate_participation(session: Session, participation: Participation) -> None:
    query = select(Participation.id).where(
        Participation.exchange_id == participation.exchange_id,
        Participation.person_id == participation.person_id,
        Participation.role == participation.role,
        Participation.deleted_at.is_(None),
    )
    if participation.id is not None:
        query = query.where(Participation.id != participation.id)
    with session.no_autoflush:
        if participation.exchange_id and session.scalars(query.limit(1)).first():
            raise RuleViolation("person_id", _("This person already takes part in that role."))


def validate_placement(_session: Session, placement: HostPlacement) -> None:
    problems = Problems()
    with problems.check():
        rules.check_host_is_not_guest(placement.guest_id, placement.host_id)
    with problems.check():
        placement.nights = rules.check_nights(placement.nights)
    problems.raise_found()


def validate_itinerary_item(session: Session, item: ItineraryItem) -> None:
    problems = Problems()
    with problems.check():
        item.title = rules.require_text("title", item.title, _("The itinerary item"))
    if item.day is None:
        problems.add(RuleViolation("day", _("Give the day of the itinerary item.")))
        problems.raise_found()
    with session.no_autoflush:
        exchange = item.exchange or session.get(Exchange, item.exchange_id)
    if exchange is not None:
        with problems.check():
            rules.check_within(
                "day", item.day, exchange.starts_on, exchange.ends_on, _("The itinerary item")
            )
    problems.raise_found()


_PURPOSE_LINK = {
    HoursPurpose.EXCHANGE: (
        "exchange_id",
        "exchange",
        _("Choose the exchange these hours were for."),
    ),
    HoursPurpose.COMMITTEE: ("committee_id", "committee", _("Choose the committee.")),
    HoursPurpose.MEETING: ("meeting_id", "meeting", _("Choose the meeting.")),
}


def validate_hours(_session: Session, entry: VolunteerHours) -> None:
    problems = Problems()
    with problems.check():
        volunteer = entry.person_id if entry.person_id is not None else entry.person
        rules.require_chosen("person_id", volunteer, _("the volunteer"))
    if entry.worked_on is None:
        problems.add(RuleViolation("worked_on", _("Give the day the hours were given.")))
    with problems.check():
        rules.check_not_in_future("worked_on", entry.worked_on, date.today(), _("The day worked"))
    with problems.check():
        entry.hours = rules.check_hours(entry.hours)
    link = _PURPOSE_LINK.get(entry.purpose)
    if link and getattr(entry, link[0]) is None and getattr(entry, link[1]) is None:
        problems.add(RuleViolation(link[0], link[2]))
    problems.raise_found()


def validate_attachment(_session: Session, attachment: Attachment) -> None:
    attachment.filename = rules.require_text("filename", attachment.filename, _("The file name"))
    if len(attachment.sha256 or "") != 64:
        raise RuleViolation("sha256", _("The attachment has no valid content hash."))


VALIDATORS: dict[type[Record], Callable[[Session, object], None]] = {
    OrganizationProfile: validate_organization,
    Partnership: validate_partnership,
    PartnershipStatusChange: validate_status_change,
    PartnershipRenewal: validate_renewal,
    PartnerContact: validate_partner_contact,
    Committee: validate_committee,
    Membership: validate_membership,
    Meeting: validate_meeting,
    Person: validate_person,
    ContactDetail: validate_contact_detail,
    Exchange: validate_exchange,
    Participation: validate_participation,
    HostPlacement: validate_placement,
    ItineraryItem: validate_itinerary_item,
    VolunteerHours: validate_hours,
    Attachment: validate_attachment,
}


def validate(session: Session, record: Record) -> None:
    """Raise RuleViolation if `record` breaks a rule; normalize its values otherwise."""
    if record.deleted_at is not None:
        return
    validator = VALIDATORS.get(type(record))
    if validator is not None:
        validator(session, record)


def validate_pending(session: Session, _context: object, _instances: object) -> None:
    """before_flush hook: validate every new and modified record of the session."""
    for record in list(session.new) + list(session.dirty):
        if isinstance(record, Record):
            validate(session, record)
