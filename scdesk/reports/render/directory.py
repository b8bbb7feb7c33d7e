"""The member directory laid out: only people who agreed to be listed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from scdesk.reports.figures.directory import DirectoryEntry, DirectoryFigures
from scdesk.reports.render.blocks import Paragraph, ReportLayout, TableBlock
from scdesk.reports.render.formatting import Formatter
from scdesk.reports.render.labels import label
from scdesk.reports.render.sections import prepared_on

translate = QCoreApplication.translate


def _posts(entry: DirectoryEntry) -> str:
    return "\n".join(
        translate("MemberDirectory", "{post}, {committee}").format(
            post=label(p.post), committee=p.committee
        )
        if p.committee
        else label(p.post)
        for p in entry.posts
    )


def directory_layout(figures: DirectoryFigures, fmt: Formatter) -> ReportLayout:
    listed = len(figures.entries)
    # Two templates, not `translate(…, n)`: lupdate marks a plural form only for `self.tr`.
    agreed = (
        translate(
            "MemberDirectory",
            "One person agreed to be listed. Posts are those held on {date}. For members "
            "only: please do not pass it on.",
        )
        if listed == 1
        else translate(
            "MemberDirectory",
            "{count} people agreed to be listed. Posts are those held on {date}. For members "
            "only: please do not pass it on.",
        )
    )
    blocks = [
        Paragraph(
            agreed.format(count=fmt.count(listed), date=fmt.date(figures.on)),
            note=True,
        ),
        TableBlock(
            (
                translate("MemberDirectory", "Name"),
                translate("MemberDirectory", "Email"),
                translate("MemberDirectory", "Phone"),
                translate("MemberDirectory", "City"),
                translate("MemberDirectory", "Committees and posts"),
            ),
            [(e.name, e.email, e.phone, e.city, _posts(e)) for e in figures.entries],
            empty=translate("MemberDirectory", "Nobody has agreed to be listed yet."),
            widths=(18, 30, 19, 11, 22),
            points=8.5,
        ),
    ]
    return ReportLayout(
        title=translate("MemberDirectory", "Member directory"),
        subtitle=fmt.date(figures.on),
        organization=figures.organization,
        prepared_on=prepared_on(fmt),
        blocks=blocks,
    )
