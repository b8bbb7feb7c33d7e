"""`scdesk demo`: the demo organization, small (to explore) or large (to benchmark)."""

from __future__ import annotations

import argparse
import sys
import time

from scdesk.cli.common import EXIT_OK
from scdesk.operations.demo_organization import create_demo_organization


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "demo",
        help="create the demo organization “Springfield Sister Cities”",
        description="Create the demo organization: small (about 150 people, ten years of "
        "exchanges) to explore scdesk, or large (100,000 people) to measure it.",
    )
    parser.add_argument("--size", choices=("small", "large"), default="small")
    parser.add_argument(
        "--replace", action="store_true", help="delete an existing demo organization first"
    )
    parser.set_defaults(handler=demo_command)


class ConsoleProgress:
    """Prints progress to stderr at most twice a second."""

    def __init__(self) -> None:
        self._last = 0.0

    def __call__(self, done: int, total: int, label: str) -> None:
        now = time.monotonic()
        if now - self._last < 0.5 and done < total:
            return
        self._last = now
        percent = 100 * done // max(total, 1)
        print(f"\r  {percent:3d}%  {label:<40}", end="", file=sys.stderr, flush=True)


def demo_command(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    entry = create_demo_organization(args.size, replace=args.replace, progress=ConsoleProgress())
    seconds = time.perf_counter() - started
    print(file=sys.stderr)
    print(
        f"Created “{entry.name}” in {seconds:.1f} s. Open it with `scdesk`, or check it with "
        f'`scdesk check --org "{entry.name}"`.'
    )
    return EXIT_OK
