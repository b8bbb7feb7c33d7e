"""The command lines of the benchmarks: one shape for all, their defaults in --help."""

from __future__ import annotations

import argparse

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


def add_runs(parser: argparse.ArgumentParser, default: int) -> None:
    parser.add_argument(
        "--runs",
        type=int,
        default=default,
        help="timed runs of each row, after one untimed warm-up (none with 1); the table shows "
        "their median (default: %(default)s)",
    )
