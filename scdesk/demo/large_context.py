"""How big the large demo is, and what its generators share while they run.

Everything the generators keep is plain lists of integers (ids, day numbers), indexed by
position: at a million rows, objects per row would cost more than the inserts.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

from scdesk.demo.bulk import BulkWriter, Days
from scdesk.demo.partners import PartnerCity


@dataclass(frozen=True)
class Plan:
    """Row counts at a scale (1.0 is the benchmark size)."""

    scale: float

    def _n(self, full: int, least: int = 1) -> int:
        return max(least, round(full * self.scale))

    @property
    def partnerships(self) -> int:
        return 6 + round(24 * min(self.scale, 1.0))

    @property
    def people(self) -> int:
        return self._n(100_000, 200)

    @property
    def memberships(self) -> int:
        return self._n(20_000, 100)

    @property
    def meetings(self) -> int:
        return self._n(5_000, 20)

    @property
    def exchanges(self) -> int:
        return self._n(20_000, 40)

    @property
    def participations(self) -> int:
        return self._n(200_000, 400)

    @property
    def hours(self) -> int:
        return self._n(500_000, 1000)

    @property
    def contact_details(self) -> int:
        return self._n(10_000, 20)

    def estimated_rows(self) -> int:
        """For the progress bar: the fixed counts plus estimates of the dependent tables."""
        return (
            self.people
            + self.contact_details
            + self.memberships
            + self.meetings * 9  # with their attendance
            + self.exchanges * 3  # with itinerary items
            + self.participations * 5 // 4  # with host placements
            + self.hours
            + self.people // 2  # rebuilding the search index
        )


@dataclass
class ExchangeFacts:
    """What later tables need of the exchanges, column-wise."""

    ids: list[int] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)  # day numbers
    ends: list[int] = field(default_factory=list)
    committees: list[int] = field(default_factory=list)
    workers: list[list[int]] = field(default_factory=list)  # local participants' ids


@dataclass
class LargeContext:
    writer: BulkWriter
    rng: random.Random
    plan: Plan
    days: Days
    reference: int  # the reference date's day number
    partners: list[PartnerCity] = field(default_factory=list)
    partnership_ids: list[int] = field(default_factory=list)
    committee_ids: list[int] = field(default_factory=list)
    committee_names: list[str] = field(default_factory=list)
    committee_partner: list[int | None] = field(default_factory=list)  # index into partners
    committee_span: list[tuple[int, int]] = field(default_factory=list)  # first, last day
    board_id: int = 0
    events_id: int = 0
    youth_id: int = 0
    admin_id: int | None = None  # who administers the directory profile
    locals: list[int] = field(default_factory=list)  # members and volunteers
    hosts: list[int] = field(default_factory=list)
    guests: list[list[int]] = field(default_factory=list)  # by partner index
    locals_joined: list[int] = field(default_factory=list)  # member-since day, as locals
    # Terms of office: person, committee index, first day, last day (inclusive).
    terms: list[tuple[int, int, int, int]] = field(default_factory=list)
    chairs: list[int] = field(default_factory=list)  # people who ever chaired: approvers
    meetings: list[tuple[int, int, int, list[int]]] = field(default_factory=list)
    exchanges: ExchangeFacts = field(default_factory=ExchangeFacts)

    def day(self, value: date) -> int:
        return self.days.index(value)
