"""`scdesk privacy erase|export`: a person's right to erasure and to a copy of their data."""

from __future__ import annotations

import argparse
from pathlib import Path

from scdesk.cli.backup import confirm
from scdesk.cli.common import EXIT_OK, CommandError, add_org_option, open_chosen
from scdesk.operations import privacy
from scdesk.operations.records import RecordNotFound
from scdesk.storage.organization_files import OpenOrganization

PERSON_HELP = "the person: record id, UUID or email address"


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "privacy", help="erase a person on request, or export everything held about them"
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)

    erase = actions.add_parser(
        "erase",
        help="clear a person's personal data everywhere, keeping an anonymous tombstone",
    )
    add_org_option(erase)
    erase.add_argument("person", help=PERSON_HELP)
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    erase.set_defaults(handler=erase_command)

    export = actions.add_parser(
        "export", help="write a zip with everything held about a person (subject access)"
    )
    add_org_option(export)
    export.add_argument("person", help=PERSON_HELP)
    export.add_argument("--to", required=True, type=Path, metavar="FILE", help="the zip to write")
    export.set_defaults(handler=export_command)


def person_id(org: OpenOrganization, reference: str) -> tuple[int, str]:
    with org.database.session() as session:
        try:
            person = privacy.find_person(session, reference)
        except LookupError as error:  # RecordNotFound included
            raise CommandError(str(error)) from error
        return person.id, person.full_name


def erase_command(args: argparse.Namespace) -> int:
    with open_chosen(args) as org:
        found_id, name = person_id(org, args.person)
        if not args.yes and not confirm(
            f"Erase {name or 'this person'} (record {found_id})? This cannot be undone."
        ):
            print("Nothing was changed.")
            return EXIT_OK
        try:
            result = privacy.erase_person(org, found_id)
        except RecordNotFound as error:
            raise CommandError(str(error)) from error
    print(
        f"Erased record {result.person_id} ({result.person_uuid}) and "
        f"{result.contact_details} contact detail(s)."
    )
    for attachment in result.attachments_to_review:
        print(f"  review attachment {attachment.attachment_id}: {attachment.filename}")
    for mention in result.mentions_to_review:
        print(f"  review {mention.table} {mention.record_id}, field {mention.field}")
    print("Backups still hold the old data until they rotate; a restore erases it again.")
    return EXIT_OK


def export_command(args: argparse.Namespace) -> int:
    with open_chosen(args) as org:
        found_id, _name = person_id(org, args.person)
        target = privacy.export_person_file(org, found_id, args.to)
    print(f"Wrote {target}.")
    return EXIT_OK
