"""What the database's tables and fields are called in messages, marked for translation.

A message that names a kind of record or a field (`No {what} with id {id}.`, `{table} row
{row} points at a missing {parent}`) takes the word from here rather than the table's own
name, so the command line says "volunteer hours entry" and the windows say it in the
reader's language (each word is a `_()` message, translated in the "rules" context).
"""

from __future__ import annotations

from scdesk.domain.i18n import Translatable, _

RECORD_KINDS: dict[str, Translatable] = {
    "organization": _("organization"),
    "partnership": _("partnership"),
    "partnership_status_change": _("partnership status change"),
    "partnership_renewal": _("partnership renewal"),
    "partner_contact": _("partner contact"),
    "committee": _("committee"),
    "membership": _("committee post"),
    "meeting": _("meeting"),
    "meeting_attendance": _("meeting attendance"),
    "person": _("person"),
    "contact_detail": _("contact detail"),
    "exchange": _("exchange"),
    "participation": _("exchange participant"),
    "host_placement": _("host placement"),
    "itinerary_item": _("itinerary item"),
    "volunteer_hours": _("volunteer hours entry"),
    "attachment": _("attachment"),
    "sync_identity": _("roster exchange identity"),
    "sync_peer": _("roster exchange partner"),
    "sync_baseline": _("roster exchange baseline"),
    "sync_history": _("roster exchange history"),
    "person_fts": _("people search index"),
    "exchange_fts": _("exchanges search index"),
}

FIELDS: dict[str, Translatable] = {
    "notes": _("notes"),
    "origin_notes": _("notes on the origin"),
    "our_signatory": _("our signatory"),
    "partner_signatory": _("partner's signatory"),
    "title": _("title"),
    "filename": _("file name"),
    "minutes": _("minutes"),
    "outcomes": _("outcomes"),
    "description": _("description"),
    "funding_notes": _("notes on funding"),
    "place": _("place"),
    "skills": _("skills"),
}


def record_kind(table: str) -> str:
    """What one record of `table` is called ("volunteer hours entry"), translatable."""
    return RECORD_KINDS.get(table, table.replace("_", " "))


def field_name(field: str) -> str:
    """What `field` is called in messages ("notes"), translatable where it is known."""
    return FIELDS.get(field) or RECORD_KINDS.get(field) or field.replace("_", " ")
