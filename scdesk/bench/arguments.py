"""The command lines of the benchmarks: one shape for all, their defaults in --help."""

from __future__ import annotations

import argparse

from scdesk.operations.demo_organization import LARGE_DEMO_NAME


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
    parser.add_argument("--org", default=default, help=describe + shown)


def add_runs(parser: argparse.ArgumentParser, default: int) -> None:
    parser.add_argument(
        "--runs",
        type=int,
        default=default,
        help="timed runs, after a warm-up; the median shows (default: %(default)s)",
    )
