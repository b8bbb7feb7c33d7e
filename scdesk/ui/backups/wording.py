"""How backups are described to people: the reasons, the sizes, what a restore would undo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone

from scdesk.storage import backup as store
from scdesk.ui.i18n import moment_text

if TYPE_CHECKING:
    from scdesk.operations.backups import LossEstimate


def _t(text: str) -> str:
    return QCoreApplication.translate("Backups", text)


REASONS: dict[str, Callable[[], str]] = {
    store.MANUAL: lambda: _t("made by hand"),
    store.BEFORE_UPGRADE: lambda: _t("before scdesk was upgraded"),
    store.BEFORE_IMPORT: lambda: _t("before an import"),
    store.BEFORE_MERGE: lambda: _t("before two records were merged"),
    store.BEFORE_RESTORE: lambda: _t("before a restore"),
    store.ON_CLOSE: lambda: _t("when scdesk was closed"),
    store.HOURLY: lambda: _t("hourly, while you worked"),
}

RECORD_KINDS: dict[str, Callable[[], str]] = {
    "person": lambda: _t("people"),
    "contact_detail": lambda: _t("contact details"),
    "exchange": lambda: _t("exchanges"),
    "participation": lambda: _t("exchange participants"),
    "host_placement": lambda: _t("host placements"),
    "itinerary_item": lambda: _t("itinerary items"),
    "partnership": lambda: _t("partnerships"),
    "committee": lambda: _t("committees"),
    "membership": lambda: _t("committee posts"),
    "meeting": lambda: _t("meetings"),
    "meeting_attendance": lambda: _t("meeting attendances"),
    "volunteer_hours": lambda: _t("volunteer hours"),
    "attachment": lambda: _t("attachments"),
    "organization": lambda: _t("the organization's profile"),
}


def reason_text(reason: str) -> str:
    label = REASONS.get(reason)
    return label() if label is not None else reason


def local_time(moment: datetime, *, seconds: bool = False) -> str:
    """A stored (naive UTC) time, in the person's time zone, written as every window writes a
    moment ("27 nov 2026 19:03"); with `seconds` for the list, where backups a minute apart
    would otherwise look the same."""
    stamp = QDateTime.fromSecsSinceEpoch(
        int(moment.replace(tzinfo=UTC).timestamp()), QTimeZone.systemTimeZone()
    )
    day, clock = stamp.date(), stamp.time()
    local = datetime(
        day.year(), day.month(), day.day(), clock.hour(), clock.minute(), clock.second()
    )
    return moment_text(local, seconds=seconds)


def size_text(size: int) -> str:
    """“568.0 KB”, “3.4 MB”: the units people know (1 KB = 1,024 bytes, as file managers say)."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def loss_text(loss: LossEstimate) -> str:
    """What restoring the backup would undo, in plain words."""
    when = local_time(loss.backup.created)
    if loss.changes is None:
        return _t(
            "Everything changed after {when} would be lost: the damaged database cannot tell "
            "how much that is."
        ).format(when=when)
    if loss.changes == 0:
        return _t("Nothing was changed after {when}, so nothing would be lost.").format(when=when)
    kinds = ", ".join(
        _t("{kind}: {count}").format(
            kind=RECORD_KINDS[table]() if table in RECORD_KINDS else table.replace("_", " "),
            count=QLocale().toString(count),
        )
        for table, count in sorted(loss.by_table.items(), key=lambda item: -item[1])
    )
    if loss.changes == 1:
        return _t("The one change made after {when} would be undone ({kinds}).").format(
            when=when, kinds=kinds
        )
    return _t("The {count} changes made after {when} would be undone ({kinds}).").format(
        count=QLocale().toString(loss.changes), when=when, kinds=kinds
    )
