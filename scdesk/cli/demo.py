"""`scdesk demo`: the demo organization, small (to explore) or large (to benchmark)."""

from __future__ import annotations

import argparse
import sys
import time
from typing import TextIO

from scdesk.cli.common import EXIT_OK
from scdesk.operations.demo_organization import create_demo_organization


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "demo",
        help="create the demo organization “Springfield Sister Cities”",
        description="Create the demo organization: small (about 150 people, ten years of "
        "exchanges) to explore scdesk, or large (100,000 people) to measure it.",
    )
    parser.add_argument(
        "--size",
        choices=("small", "large"),
        default="small",
        help="small: about 150 people and ten years of activity (about 100 exchanges), made "
        "in seconds, to explore; large: 100,000 people, 20,000 exchanges and 500,000 hours "
        "entries, made in about a minute, to measure (default: %(default)s)",
    )
    parser.add_argument(
        "--replace", action="store_true", help="delete an existing demo organization first"
    )
    parser.set_defaults(handler=demo_command)


class ConsoleProgress:
    """Progress on stderr. On a terminal, one line rewritten at most twice a second; into a
    file or a pipe (a log, a CI job), where carriage returns would pile everything onto one
    long line, a whole line each time the step changes or another tenth is done."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = sys.stderr if stream is None else stream
        self.terminal = self.stream.isatty()
        self._last = 0.0
        self._step = ("", -1)  # the label and the tenth last printed
        self._open = False  # a terminal line waits for its end

    def __call__(self, done: int, total: int, label: str) -> None:
        percent = 100 * done // max(total, 1)
        if not self.terminal:
            step = (label, percent // 10)
            if step != self._step:
                self._step = step
                print(f"  {percent:3d}%  {label}", file=self.stream, flush=True)
            return
        now = time.monotonic()
        if now - self._last < 0.5 and done < total:
            return
        self._last = now
        print(f"\r  {percent:3d}%  {label:<40}", end="", file=self.stream, flush=True)
        self._open = True

    def finish(self) -> None:
        """End the terminal's progress line, so what follows starts on a line of its own."""
        if self._open:
            print(file=self.stream)
            self._open = False


def demo_command(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    progress = ConsoleProgress()
    try:
        entry = create_demo_organization(args.size, replace=args.replace, progress=progress)
    finally:
        progress.finish()
    seconds = time.perf_counter() - started
    print(
        f"Created “{entry.name}” in {seconds:.1f} s. Open it with `scdesk`, or check it with "
        f'`scdesk check --org "{entry.name}"`.'
    )
    return EXIT_OK
