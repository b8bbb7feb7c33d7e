"""The command lines of the benchmarks: one shape for all, their defaults in --help, and
bad input refused in one line (argparse's error, exit status 2) before anything is measured."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from scdesk.operations.demo_organization import LARGE_DEMO_NAME
from scdesk.storage.errors import UnknownOrganizationError
from scdesk.storage.registry import Registry


def bench_parser(module: str, doc: str | None) -> argparse.ArgumentParser:
    """A parser for `python -m module`, described by the first paragraph of `doc`."""
    return argparse.ArgumentParser(
        prog=f"python -m {module}",
        description=(doc or "").split("\n\n")[0],
    )


def add_org(
    parser: argparse.ArgumentParser,
    default: str | None = LARGE_DEMO_NAME,
    describe: str = "the organization to measure",
) -> None:
    shown = "" if default is None else " (default: %(default)s)"
    parser.add_argument("--org", type=known_organization, default=default, help=describe + shown)


def known_organization(name: str) -> str:
    """`name`, when an organization of that name is on this computer (argparse says so
    plainly otherwise, instead of a traceback once the measuring has begun)."""
    try:
        Registry().find(name)
    except UnknownOrganizationError as error:
        hint = ""
        if name == LARGE_DEMO_NAME:
            hint = " Make it first with `uv run scdesk demo --size large` (about a minute)."
        raise argparse.ArgumentTypeError(error.message + hint) from None
    return name


def whole_number(at_most: int | None = None) -> Callable[[str], int]:
    """An argparse type: a whole number of at least 1 (and at most `at_most`), so that a
    count of runs or of people of 0 is refused in one line, not met later as a traceback."""
    limit = "" if at_most is None else f" and at most {at_most:,}"

    def count(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = 0
        if value < 1 or (at_most is not None and value > at_most):
            raise argparse.ArgumentTypeError(
                f"must be a whole number of at least 1{limit}, not {text}"
            )
        return value

    return count


positive_int = whole_number()


def add_runs(parser: argparse.ArgumentParser, default: int, warm_up: bool = True) -> None:
    """--runs, at least 1; `warm_up` when each row is timed once untimed first (as
    table.median_seconds does) except with a single run."""
    first = ", after one untimed warm-up (none with 1)" if warm_up else ""
    parser.add_argument(
        "--runs",
        type=positive_int,
        default=default,
        help=f"timed runs of each row{first}, their median shown; 1 is a quick check that "
        "it works, not a measurement (default: %(default)s)",
    )


def how_measured(runs: int) -> str:
    """How the figures were taken, for a bench's output: with one run, that they are a
    check that the bench works, not a measurement (as the suite says of `--runs 1`)."""
    if runs == 1:
        return "1 run: a check that the bench works, not a measurement"
    return f"median of {runs} runs"
