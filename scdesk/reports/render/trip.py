"""The trip sheet laid out for the trip leader: marked confidential on every page."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from scdesk.reports.figures.trip import TripSheet
from scdesk.reports.render.blocks import Block, Facts, Heading, Paragraph, ReportLayout, TableBlock
from scdesk.reports.render.formatting import Formatter
from scdesk.reports.render.labels import label
from scdesk.reports.render.sections import prepared_on

translate = QCoreApplication.translate


def trip_layout(sheet: TripSheet, fmt: Formatter) -> ReportLayout:
    facts = sheet.facts
    missing = translate("TripSheet", "None recorded")
    blocks: list[Block] = [
        Facts(
            (
                (translate("TripSheet", "Dates"), fmt.days(facts.starts_on, facts.ends_on)),
                (translate("TripSheet", "Place"), facts.place),
                (translate("TripSheet", "Partnership"), facts.partnership),
                (translate("TripSheet", "Committee"), facts.committee or ""),
                (
                    translate("TripSheet", "Kind"),
                    f"{label(facts.field)} · {label(facts.direction)} · {label(facts.status)}",
                ),
            )
        ),
        Paragraph(
            translate(
                "TripSheet",
                "This sheet holds personal details of the people travelling and hosting. Keep "
                "it with you, share it only with the people running the trip, and destroy it "
                "afterwards.",
            ),
            note=True,
        ),
        Heading(translate("TripSheet", "Participants"), 2),
        TableBlock(
            (
                translate("TripSheet", "Name"),
                translate("TripSheet", "Role"),
                translate("TripSheet", "Phone"),
                translate("TripSheet", "Email"),
                translate("TripSheet", "Languages"),
            ),
            [(t.name, label(t.role), t.phone, t.email, t.languages) for t in sheet.travellers],
            empty=translate("TripSheet", "No participants are recorded yet."),
            widths=(19, 13, 19, 31, 18),  # room for a phone number and most emails on one line
            points=8.5,
        ),
        Heading(translate("TripSheet", "Emergency contacts"), 2),
        TableBlock(
            (
                translate("TripSheet", "Person"),
                translate("TripSheet", "Call"),
                translate("TripSheet", "Relation"),
                translate("TripSheet", "Phone"),
            ),
            [(e.person, e.contact or missing, e.relation, e.phone) for e in sheet.emergency],
            empty=translate("TripSheet", "No participants are recorded yet."),
        ),
        Heading(translate("TripSheet", "Host placements"), 2),
        TableBlock(
            (
                translate("TripSheet", "Guest"),
                translate("TripSheet", "Host"),
                translate("TripSheet", "Address"),
                translate("TripSheet", "Host's phone"),
                translate("TripSheet", "Nights"),
            ),
            [
                (s.guest, s.host, s.host_address, s.host_phone, fmt.count(s.nights))
                for s in sheet.stays
            ],
            numeric=frozenset({4}),
            empty=translate("TripSheet", "No host placements for this exchange."),
        ),
        Heading(translate("TripSheet", "Itinerary"), 2),
        TableBlock(
            (
                translate("TripSheet", "Day"),
                translate("TripSheet", "Time"),
                translate("TripSheet", "What"),
                translate("TripSheet", "Where"),
                translate("TripSheet", "Notes"),
            ),
            [
                (fmt.date(i.day), fmt.time(i.starts_at), i.title, i.place, i.notes)
                for i in sheet.itinerary
            ],
            empty=translate("TripSheet", "No itinerary is recorded yet."),
        ),
    ]
    if sheet.partner_contacts:
        blocks += [
            Heading(translate("TripSheet", "Contacts in the partner city"), 2),
            TableBlock(
                (
                    translate("TripSheet", "Name"),
                    translate("TripSheet", "Role"),
                    translate("TripSheet", "Phone"),
                    translate("TripSheet", "Email"),
                ),
                [(c.name, c.role, c.phone, c.email) for c in sheet.partner_contacts],
            ),
        ]
    return ReportLayout(
        title=translate("TripSheet", "Trip sheet: {title}").format(title=facts.title),
        subtitle=fmt.days(facts.starts_on, facts.ends_on),
        organization=sheet.organization,
        prepared_on=prepared_on(fmt),
        blocks=blocks,
        confidential=True,
    )
