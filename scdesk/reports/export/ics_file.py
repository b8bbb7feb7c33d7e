"""Calendar events as an iCalendar (RFC 5545) file that calendar apps import."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event

from scdesk import __version__
from scdesk.model.base import utcnow
from scdesk.reports.figures.calendar import CalendarEvent
from scdesk.storage.atomic import write_bytes_atomic

UID_DOMAIN = "scdesk"


def ics_bytes(events: list[CalendarEvent], name: str) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", f"-//scdesk//scdesk {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    stamp = utcnow().replace(microsecond=0)
    for item in events:
        event = Event()
        event.add("uid", f"{item.uid}@{UID_DOMAIN}")
        event.add("dtstamp", stamp)
        event.add("summary", item.summary)
        if item.starts_at is None:
            event.add("dtstart", item.starts_on)
            event.add("dtend", (item.ends_on or item.starts_on) + timedelta(days=1))
        else:  # local time where it happens, as the records keep it
            event.add("dtstart", datetime.combine(item.starts_on, item.starts_at))
        if item.place:
            event.add("location", item.place)
        if item.description:
            event.add("description", item.description)
        calendar.add_component(event)
    return calendar.to_ical()


def write_ics_file(events: list[CalendarEvent], name: str, target: Path) -> list[Path]:
    write_bytes_atomic(target, ics_bytes(events, name), mode=0o600)
    return [target]
