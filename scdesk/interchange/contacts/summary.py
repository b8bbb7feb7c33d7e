"""The change summary in plain text, as the command line prints it."""

from __future__ import annotations

from datetime import date
from typing import Any

from scdesk.interchange.contacts.apply import ImportResult
from scdesk.interchange.contacts.csv_reading import DELIMITER_NAMES
from scdesk.interchange.contacts.mapping import Target
from scdesk.interchange.contacts.preview import ContactsPreview, EntryKind, PreviewEntry
from scdesk.interchange.contacts.sources import FileKind, SourceTable

KIND_NAMES = {
    FileKind.CSV: "a CSV file",
    FileKind.XLSX: "an Excel workbook",
    FileKind.VCARD: "an address book (vCard)",
}


def describe_source(table: SourceTable) -> str:
    details = []
    if table.encoding:
        details.append(table.encoding)
    if table.delimiter:
        details.append(f"separated by {DELIMITER_NAMES[table.delimiter]}")
    if table.sheet:
        details.append(f"sheet “{table.sheet}”")
    extra = f" ({', '.join(details)})" if details else ""
    return f"{table.file_name}: {KIND_NAMES[table.kind]}{extra}, {len(table.rows)} {table.unit}s."


def target_words(target: Target) -> str:
    return target.value.replace("_", " ")


def shown(value: Any) -> str:
    if value in ("", None):
        return "(empty)"
    if isinstance(value, date):
        return value.isoformat()
    text = " / ".join(str(value).splitlines())
    return f"“{text[:60]}…”" if len(text) > 60 else f"“{text}”"


def _entry_line(entry: PreviewEntry) -> str:
    parts = [
        f"{c.field}: {shown(c.old)} → {shown(c.new)}" + (" (conflict)" if c.conflict else "")
        for c in entry.changes
    ]
    parts += [f"add {d.kind} {d.value}" for d in entry.new_details]
    parts += [
        f"post: {p.post.value.replace('_', ' ')}, {p.committee_name or 'organization'}"
        for p in entry.new_posts
    ]
    return f"    {entry.row.name} ({', '.join(parts)})" if parts else f"    {entry.row.name}"


def preview_lines(preview: ContactsPreview) -> list[str]:
    lines = [describe_source(preview.table)]
    mapped = [f"{h} → {target_words(t)}" for h, t in preview.mapping.columns.items()]
    unused = [h for h in preview.table.headers if h not in preview.mapping.columns]
    lines.append("Columns: " + "; ".join(mapped))
    if unused:
        lines.append("Not imported: " + ", ".join(unused))
    for kind, title in (
        (EntryKind.ADDED, "to add"),
        (EntryKind.CHANGED, "to change"),
        (EntryKind.LIKELY_DUPLICATE, "like someone already here (same person, or someone new?)"),
    ):
        entries = preview.of_kind(kind)
        if entries:
            lines.append(f"  {len(entries)} {title}:")
            for entry in entries:
                lines.append(_entry_line(entry))
                for resemblance in entry.resemblances:
                    lines.append(
                        f"      looks like {resemblance.name} <{resemblance.email}> "
                        f"({resemblance.reason})"
                    )
    lines.append(f"  {len(preview.of_kind(EntryKind.UNCHANGED))} unchanged")
    for committee in preview.committees:
        lines.append(f"  new committee: {committee.name} ({committee.kind_words})")
    if preview.problems:
        lines.append(f"Problems ({len(preview.problems)}):")
        for problem in preview.problems:
            lines.append(
                f"  {problem.where(preview.table.unit)} [{problem.severity.value}]: "
                f"{problem.message} {problem.action}"
            )
    return lines


def result_line(result: ImportResult) -> str:
    if not result.changed_anything:
        return "Nothing to change: the organization already has everything this file holds."
    return (
        f"Imported: {result.added} added, {result.updated} changed, {result.unchanged} "
        f"unchanged; {result.posts_added} posts, {result.details_added} further emails or "
        f"phones, {result.committees_added} new committees. Backup: {result.backup}"
    )
