"""`scdesk check`: the health of an organization's database and attachments."""

from __future__ import annotations

import argparse

from scdesk.cli.common import EXIT_FAILED, EXIT_OK, add_org_option, open_chosen
from scdesk.operations.health import check_organization


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "check", help="check the integrity of an organization's database and files"
    )
    add_org_option(parser)
    parser.set_defaults(handler=check_command)


def check_command(args: argparse.Namespace) -> int:
    with open_chosen(args) as org:
        report = check_organization(org)
        print(f"{org.name}: {org.folder.database}")
    for table, count in report.counts.items():
        print(f"  {table.replace('_', ' ')}: {count:,}")
    if report.healthy:
        print("Healthy: integrity, foreign keys, search index and attachments are all in order.")
        return EXIT_OK
    print("Problems found:")
    for problem in report.problems:
        print(f"  - {problem}")
    print("Restore the newest backup, or ask for help with the problems above.")
    return EXIT_FAILED
