"""`scdesk backup create|list|restore`: copies of an organization's database and files."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime

from scdesk.cli.common import (
    EXIT_OK,
    CommandError,
    add_org_option,
    chosen_organization,
    open_chosen,
)
from scdesk.cli.preferences import saved_backup_settings
from scdesk.operations import backups
from scdesk.operations.backups import LossEstimate
from scdesk.storage.backup import MANUAL, Backup, list_backups
from scdesk.storage.registry import Registry

RECORD_KINDS = {
    "person": "people",
    "contact_detail": "contact details",
    "exchange": "exchanges",
    "participation": "exchange participants",
    "host_placement": "host placements",
    "itinerary_item": "itinerary items",
    "partnership": "partnerships",
    "committee": "committees",
    "membership": "committee posts",
    "meeting": "meetings",
    "meeting_attendance": "meeting attendances",
    "volunteer_hours": "volunteer hours entries",
    "attachment": "attachments",
    "organization": "organization profile",
}


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "backup",
        help="back up, list or restore an organization's database and attachments",
        description="Backups are taken before every upgrade, import, merge and restore, when "
        "the app closes after changes, and hourly while it is open. They go to the folder "
        "chosen in the app's Preferences (by default the organization's own backups folder) "
        "and rotate: the newest ten (or the number chosen there), then one a day for a week, "
        "one a week for five weeks and one a month for a year.",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    create = actions.add_parser("create", help="back up now")
    add_org_option(create)
    create.add_argument("--reason", default=MANUAL, help="a word on why (shown in the list)")
    create.set_defaults(handler=create_command)

    listing = actions.add_parser("list", help="list the backups, newest first")
    add_org_option(listing)
    listing.set_defaults(handler=list_command)

    restore = actions.add_parser(
        "restore",
        help="replace the organization's records with a backup (the current state is "
        "backed up first)",
    )
    add_org_option(restore)
    restore.add_argument(
        "backup",
        nargs="?",
        help="a backup's name from `scdesk backup list`, or a backup file's path "
        "(default: the newest good backup)",
    )
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.set_defaults(handler=restore_command)


def local_time(moment: datetime) -> str:
    """To the second: two backups of one minute are told apart (their names too)."""
    return moment.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M:%S")


def backup_title(backup: Backup) -> str:
    """A backup named as `scdesk backup list` shows it (and `restore` takes it): its name,
    then its time and reason."""
    return f"{backup.path.stem} ({local_time(backup.created)}, {backup.reason})"


def human_size(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:,.0f} {unit}" if unit == "bytes" else f"{size:,.1f} {unit}"
        size /= 1024
    raise AssertionError("unreachable")


def describe_loss(loss: LossEstimate) -> str:
    """What restoring would undo, in plain words."""
    when = local_time(loss.backup.created)
    if loss.changes is None:
        return (
            f"Everything changed after {when} would be lost "
            "(the damaged database cannot tell how much that is)."
        )
    if loss.changes == 0:
        return f"Nothing was changed after {when}: nothing would be lost."
    kinds = ", ".join(
        f"{count:,} {RECORD_KINDS.get(table, table.replace('_', ' '))}"
        for table, count in sorted(loss.by_table.items(), key=lambda item: -item[1])
    )
    changes = "one change" if loss.changes == 1 else f"{loss.changes:,} changes"
    return f"The {changes} made after {when} would be undone ({kinds})."


def create_command(args: argparse.Namespace) -> int:
    with open_chosen(args) as org:
        result = backups.take_backup(org, args.reason)
    backup = result.backup
    print(f"Backed up “{org.name}” to {backup.path} ({human_size(backup.database_bytes)}).")
    if result.missing_attachments:
        print(
            f"Warning: {len(result.missing_attachments)} attachment file(s) were already "
            "missing and are not in this backup; `scdesk check` lists them.",
            file=sys.stderr,
        )
    if result.removed:
        print(f"Rotation removed {len(result.removed)} older backup(s).")
    return EXIT_OK


def format_backup(backup: Backup) -> str:
    return (
        f"{local_time(backup.created)}  {backup.reason:<16} "
        f"{human_size(backup.database_bytes):>10}  {backup.path.stem}"
    )


def list_command(args: argparse.Namespace) -> int:
    registry = Registry()
    entry = registry.find(chosen_organization(args, registry))
    found = list_backups(registry.folder(entry), saved_backup_settings())
    if not found:
        print(f"“{entry.name}” has no backups yet. Take one with `scdesk backup create`.")
        return EXIT_OK
    print(f"{'time':<19}  {'reason':<16} {'size':>10}  name")
    for backup in found:
        print(format_backup(backup))
    return EXIT_OK


def confirm(question: str) -> bool:
    if not sys.stdin.isatty():
        raise CommandError("restoring replaces the current records; add --yes to confirm.")
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")


def restore_command(args: argparse.Namespace) -> int:
    registry = Registry()
    slug = chosen_organization(args, registry)
    folder = registry.folder(registry.find(slug))
    settings = saved_backup_settings()
    choice = backups.resolve_backup(folder, args.backup, settings) if args.backup else None
    chosen = choice or backups.newest_good_backup(folder, settings)
    if chosen is None:
        raise CommandError("there is no good backup to restore.")
    if not args.yes:
        print(f"Restore backup {backup_title(chosen)}?")
        print(describe_loss(backups.what_would_be_lost(folder.database, chosen)))
        print("The current state is kept as a backup (or set aside, if it is damaged).")
        if not confirm("Restore it?"):
            print("Nothing was changed.")
            return EXIT_OK
    result = backups.restore_organization(slug, chosen, registry, settings)
    print(f"Restored backup {backup_title(result.restored)}.")
    if result.damaged_file is not None:
        print(f"The damaged database was kept aside as {result.damaged_file}.")
    if result.safety_backup is not None:
        print(f"The state before the restore is kept as backup {result.safety_backup.stem}.")
    if result.lost_attachments:
        print(
            f"Warning: {len(result.lost_attachments)} attachment file(s) are in no backup "
            "and could not be restored.",
            file=sys.stderr,
        )
    return EXIT_OK
