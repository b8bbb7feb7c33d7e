"""Measure every hot path of scdesk on the large demo organization, each beside a raw
baseline timed in the same run, and print a table of ratios and targets ending with
`targets met: N/M`. `--size small --runs 1` is a quick check that the suite works (CI
runs it); its figures mean little. The organizations measured are left as they were.
"""

from __future__ import annotations

import sys

from scdesk.bench.arguments import add_org, add_runs, bench_parser
from scdesk.bench.exchange import NoExchange
from scdesk.bench.suite import Options, run
from scdesk.operations.demo_organization import demo_name


def main(argv: list[str] | None = None) -> int:
    parser = bench_parser("scdesk.bench", __doc__)
    add_org(
        parser, default=None, describe="the organization to measure (default: the demo of --size)"
    )
    parser.add_argument(
        "--size",
        choices=("small", "large"),
        default="large",
        help="the demo measured; the targets are for large (default: %(default)s)",
    )
    add_runs(parser, 5)
    parser.add_argument(
        "--rebuild",
        action="store_true",
        help="build a fresh demo in a temporary folder, removed at the end, even when "
        "`scdesk demo` made one in your scdesk home (then measured by default)",
    )
    parser.add_argument(
        "--import-people",
        type=int,
        help="persons in the roster import row (default: 50,000 for large, 300 for small)",
    )
    args = parser.parse_args(argv)
    small = args.size == "small"
    options = Options(
        org_name=demo_name(args.size) if args.rebuild or not args.org else args.org,
        size=args.size,
        runs=args.runs,
        rebuild=args.rebuild,
        import_people=args.import_people or (300 if small else 50_000),
    )
    try:
        run(options)
    except NoExchange as problem:
        print(f"python -m scdesk.bench: {problem}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
