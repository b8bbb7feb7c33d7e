"""What both demo builders share: the reference date, cancellation, progress and UUIDs.

The demo is generated from a seeded random generator and a fixed "today", so two builds hold
the same records (and the same UUIDs), which makes screenshots, benchmarks and bug reports
reproducible.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import Connection

# History is generated up to this day; it is in the past, so no "not in the future" rule can
# fail. Only planned and confirmed exchanges lie after it, as they would in a real database.
REFERENCE_DATE = date(2026, 11, 1)
REFERENCE_TIME = datetime(2026, 11, 1, 18, 0)
DEFAULT_SEED = 1988  # the year the demo organization was incorporated

ProgressCallback = Callable[[int, int, str], None]
CancelCheck = Callable[[], bool]

# Tables the summary counts, in the order a person reads them.
SUMMARY_TABLES = (
    "partnership",
    "partnership_status_change",
    "partnership_renewal",
    "partner_contact",
    "committee",
    "person",
    "contact_detail",
    "membership",
    "meeting",
    "meeting_attendance",
    "exchange",
    "participation",
    "host_placement",
    "itinerary_item",
    "volunteer_hours",
    "attachment",
)


class DemoError(Exception):
    """The demo cannot be built (the message says why)."""


class DemoCancelled(DemoError):
    """Raised when `should_cancel` answers True; the transaction rolls back, nothing is kept."""

    def __init__(self) -> None:
        super().__init__("Building the demo organization was cancelled; nothing was saved.")


@dataclass(frozen=True)
class DemoSummary:
    """What was built: live records per table, and how long it took."""

    size: str
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def __getitem__(self, table: str) -> int:
        return self.counts[table]


class Progress:
    """Reports progress to the caller and stops the build when asked to.

    `total` is in the builder's own units (steps for the small demo, rows for the large one);
    reports never go past it, and `finish` always reports it, so a progress bar ends full.
    """

    def __init__(
        self,
        total: int,
        callback: ProgressCallback | None = None,
        should_cancel: CancelCheck | None = None,
    ) -> None:
        self.total = max(total, 1)
        self.done = 0
        self._callback = callback
        self._should_cancel = should_cancel

    def check(self) -> None:
        if self._should_cancel is not None and self._should_cancel():
            raise DemoCancelled

    def advance(self, amount: int, message: str) -> None:
        self.done = min(self.done + amount, self.total)
        if self._callback is not None:
            self._callback(self.done, self.total, message)
        self.check()

    def finish(self, message: str = "Done") -> None:
        self.done = self.total
        if self._callback is not None:
            self._callback(self.total, self.total, message)


# The variant nibble of a version-4 UUID is 8, 9, a or b: map a random hex digit onto them.
_VARIANT = {digit: "89ab"[int(digit, 16) % 4] for digit in "0123456789abcdef"}


class UuidSource:
    """Version-4 UUIDs from a seeded generator: random-looking, but the same on every build."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)

    def one(self) -> str:
        return self.many(1)[0]

    def many(self, count: int) -> list[str]:
        """`count` UUID strings; formatting hex by hand is about three times faster than
        going through `uuid.UUID`, which matters for a million rows."""
        hx = self._rng.randbytes(16 * count).hex()
        return [
            f"{hx[i : i + 8]}-{hx[i + 8 : i + 12]}-4{hx[i + 13 : i + 16]}-"
            f"{_VARIANT[hx[i + 16]]}{hx[i + 17 : i + 20]}-{hx[i + 20 : i + 32]}"
            for i in range(0, 32 * count, 32)
        ]


def count_rows(connection: Connection) -> dict[str, int]:
    return {
        table: connection.exec_driver_sql(
            f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL"
        ).scalar_one()
        for table in SUMMARY_TABLES
    }


def is_empty(connection: Connection) -> bool:
    """True when the organization holds nothing but its profile."""
    for table in ("partnership", "person", "committee", "exchange", "volunteer_hours"):
        if connection.exec_driver_sql(f"SELECT 1 FROM {table} LIMIT 1").first() is not None:
            return False
    return True
