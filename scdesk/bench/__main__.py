"""The benchmark suite: `uv run python -m scdesk.bench [--org NAME] [--runs 5] [--rebuild]`.

Prints one table row per hot path (scdesk's time, the raw baseline's time measured in the
same run, the ratio, the target, met or not) and ends with `targets met: N/M`. Use
`--size small` for a quick run on the small demo (CI does, so the suite keeps working).
"""

from __future__ import annotations

import argparse
import sys

from scdesk.bench.suite import Options, run
from scdesk.operations.demo_organization import demo_name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scdesk.bench", description=__doc__)
    parser.add_argument("--org", help="organization to measure (default: the demo of --size)")
    parser.add_argument("--size", choices=("small", "large"), default="large")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per row, after a warm-up")
    parser.add_argument(
        "--rebuild", action="store_true", help="build a fresh demo in a temporary SCDESK_HOME"
    )
    parser.add_argument("--import-people", type=int, help="persons in the roster import")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    small = args.size == "small"
    options = Options(
        org_name=demo_name(args.size) if args.rebuild or not args.org else args.org,
        size=args.size,
        runs=args.runs,
        rebuild=args.rebuild,
        import_people=args.import_people or (300 if small else 50_000),
    )
    run(options)
    return 0


if __name__ == "__main__":
    sys.exit(main())
