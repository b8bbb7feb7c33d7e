"""Record lists for the windows: ordered ids and a screenful of values, in SQL."""

from scdesk.operations.lists.base import (
    ListColumn,
    ListFilter,
    NoFilter,
    RecordList,
    count_ids,
    indexed_count,
    live_count,
    ordered_ids,
    position_of,
    rows_for,
    walks_index,
)
from scdesk.operations.lists.committees import COMMITTEES, CommitteeFilter
from scdesk.operations.lists.exchanges import EXCHANGES, ExchangeFilter
from scdesk.operations.lists.hours import HOURS, HoursFilter, HoursTotals, hours_totals
from scdesk.operations.lists.partnerships import PARTNERSHIPS, PartnershipFilter
from scdesk.operations.lists.people import PEOPLE, PeopleFilter

__all__ = [
    "COMMITTEES",
    "EXCHANGES",
    "HOURS",
    "PARTNERSHIPS",
    "PEOPLE",
    "CommitteeFilter",
    "ExchangeFilter",
    "HoursFilter",
    "HoursTotals",
    "ListColumn",
    "ListFilter",
    "NoFilter",
    "PartnershipFilter",
    "PeopleFilter",
    "RecordList",
    "count_ids",
    "hours_totals",
    "indexed_count",
    "live_count",
    "ordered_ids",
    "position_of",
    "rows_for",
    "walks_index",
]
