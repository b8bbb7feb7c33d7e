"""`scdesk org list|create|rename|remove`: the organizations on this computer."""

from __future__ import annotations

import argparse

from scdesk.cli.common import EXIT_OK
from scdesk.operations import organizations


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("org", help="list, create, rename or remove organizations")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="list the organizations on this computer")
    listing.set_defaults(handler=list_command)

    create = actions.add_parser("create", help="create a new organization with its own database")
    create.add_argument("name", help="the organization's name, e.g. “Springfield Sister Cities”")
    create.add_argument("--city", default="")
    create.add_argument("--region", default="")
    create.add_argument("--country", default="", help="ISO country code, e.g. US")
    create.set_defaults(handler=create_command)

    rename = actions.add_parser("rename", help="give an organization a new name")
    rename.add_argument("name", help="its current name")
    rename.add_argument("new_name", help="the new name")
    rename.set_defaults(handler=rename_command)

    remove = actions.add_parser(
        "remove", help="forget an organization (its files are kept unless --delete-files)"
    )
    remove.add_argument("name")
    remove.add_argument(
        "--delete-files", action="store_true", help="also delete its database, backups and files"
    )
    remove.set_defaults(handler=remove_command)


def list_command(_args: argparse.Namespace) -> int:
    summaries = organizations.list_organizations()
    if not summaries:
        print("No organizations yet. Create one with `scdesk org create NAME` or `scdesk demo`.")
        return EXIT_OK
    width = max(len(s.name) for s in summaries)
    for summary in summaries:
        size = f"{summary.database_bytes / 1_048_576:.1f} MB"
        print(f"{summary.name:<{width}}  {size:>9}  {summary.folder}")
    return EXIT_OK


def create_command(args: argparse.Namespace) -> int:
    entry = organizations.create_organization(
        args.name, city=args.city, region=args.region, country=args.country.upper()
    )
    print(f"Created “{entry.name}”.")
    return EXIT_OK


def rename_command(args: argparse.Namespace) -> int:
    entry = organizations.rename_organization(args.name, args.new_name)
    print(f"Renamed to “{entry.name}”.")
    return EXIT_OK


def remove_command(args: argparse.Namespace) -> int:
    entry = organizations.remove_organization(args.name, delete_files=args.delete_files)
    kept = "and deleted its files" if args.delete_files else "(its files are kept)"
    print(f"Removed “{entry.name}” from this computer {kept}.")
    return EXIT_OK
