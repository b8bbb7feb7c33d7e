"""Demo organizations: a small, realistic one to explore and show, a large one to benchmark.

    from scdesk.demo import DEMO_NAME, build_demo
    summary = build_demo(org, "small", progress=print_progress, should_cancel=cancelled)

`org` must be open and empty (just created). The whole demo is written in one transaction:
on an error or a cancellation nothing is kept.
"""

from __future__ import annotations

import time
from enum import StrEnum

from scdesk.demo.common import (
    DEFAULT_SEED,
    REFERENCE_DATE,
    CancelCheck,
    DemoCancelled,
    DemoError,
    DemoSummary,
    Progress,
    ProgressCallback,
    count_rows,
    is_empty,
)
from scdesk.storage.organization_files import OpenOrganization

DEMO_NAME = "Springfield Sister Cities"
DEMO_PROFILE = {"city": "Springfield", "region": "Illinois", "country": "US"}


class DemoSize(StrEnum):
    SMALL = "small"
    LARGE = "large"


def build_demo(
    org: OpenOrganization,
    size: DemoSize | str = DemoSize.SMALL,
    progress: ProgressCallback | None = None,
    should_cancel: CancelCheck | None = None,
    *,
    scale: float = 1.0,
    seed: int = DEFAULT_SEED,
) -> DemoSummary:
    """Fill the empty organization `org` with demo records and say what was made.

    `scale` shrinks or grows the large demo (0.02 builds 2,000 people); it does not apply to
    the small one. Raises DemoCancelled when `should_cancel` answers True, DemoError when the
    organization is not empty or the arguments are wrong; nothing is written then.
    """
    try:
        size = DemoSize(size)
    except ValueError:
        raise DemoError(f"Unknown demo size “{size}”: choose small or large.") from None
    if size == DemoSize.SMALL and scale != 1.0:
        raise DemoError("Only the large demo can be scaled.")
    if not 0 < scale <= 10:
        raise DemoError("The scale must be more than 0 and at most 10.")
    started = time.perf_counter()
    with org.database.filling_transaction() as session:
        if not is_empty(session.connection()):
            raise DemoError(
                f"{org.name} already holds records; build the demo in a new organization."
            )
        if size == DemoSize.SMALL:
            from scdesk.demo.small import STEPS, build_small

            tracker = Progress(len(STEPS), progress, should_cancel)
            tracker.check()
            build_small(session, tracker, org.folder.attachments, seed)
        else:
            from scdesk.demo.large import build_large

            build_large(session, progress, should_cancel, scale, seed)
        counts = count_rows(session.connection())
    return DemoSummary(size.value, counts, time.perf_counter() - started)


__all__ = [
    "DEMO_NAME",
    "DEMO_PROFILE",
    "REFERENCE_DATE",
    "DemoCancelled",
    "DemoError",
    "DemoSize",
    "DemoSummary",
    "build_demo",
]
