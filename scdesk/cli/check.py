"""`scdesk check`: the health of an organization's database and attachments."""

from __future__ import annotations

import argparse

from scdesk.cli.backup import describe_loss, local_time
from scdesk.cli.common import EXIT_FAILED, EXIT_OK, add_org_option, chosen_organization
from scdesk.cli.preferences import saved_backup_settings
from scdesk.operations.health import check_organization, diagnose_damage
from scdesk.operations.organizations import open_organization
from scdesk.storage.errors import DamagedDatabaseError, NotADatabaseError
from scdesk.storage.registry import Registry


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "check", help="check the integrity of an organization's database and files"
    )
    add_org_option(parser)
    parser.set_defaults(handler=check_command)


def check_command(args: argparse.Namespace) -> int:
    registry = Registry()
    slug = chosen_organization(args, registry)
    try:
        org = open_organization(slug, registry, saved_backup_settings())
    except (DamagedDatabaseError, NotADatabaseError) as error:
        return report_damage(registry, slug, error)
    with org:
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


def report_damage(
    registry: Registry, slug: str, error: DamagedDatabaseError | NotADatabaseError
) -> int:
    entry = registry.find(slug)
    damage = diagnose_damage(registry.folder(entry), error, saved_backup_settings())
    print(f"{entry.name}: {damage.database}")
    print(f"The database is damaged: {damage.problem}")
    if damage.newest_good is None or damage.loss is None:
        print("There is no good backup to restore. Keep the folder as it is and ask for help.")
        return EXIT_FAILED
    backup = damage.newest_good
    print(f"The newest good backup is from {local_time(backup.created)} ({backup.reason}).")
    print(describe_loss(damage.loss))
    print(
        f'Restore it with `scdesk backup restore --org "{entry.name}" {backup.path.stem}`; '
        "the damaged file is kept aside as “….corrupt”."
    )
    return EXIT_FAILED
