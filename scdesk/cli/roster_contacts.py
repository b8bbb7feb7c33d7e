"""Spreadsheets and address books through `scdesk roster import` (the roster command calls
`run_contacts_import` for any file that is not a roster exchange file)."""

from __future__ import annotations

import argparse
import sys

from scdesk.cli.common import EXIT_USAGE, CommandError, open_chosen
from scdesk.interchange.contacts.apply import Decisions, Side, import_into, open_questions
from scdesk.interchange.contacts.mapping import guess_mapping
from scdesk.interchange.contacts.preview import EntryKind, build_preview
from scdesk.interchange.contacts.problems import save_errors_csv
from scdesk.interchange.contacts.reading import read_contacts_file
from scdesk.interchange.contacts.saved_mappings import UnknownMapping, load_mapping
from scdesk.interchange.contacts.sources import UnreadableFile
from scdesk.interchange.contacts.summary import preview_lines, result_line
from scdesk.interchange.flat import export_flat
from scdesk.operations.organizations import current_profile

EXIT_APPLIED = 0  # applied, or nothing to change
EXIT_DECISIONS_NEEDED = 3
EXIT_INVALID_FILE = 4


def run_contacts_import(args: argparse.Namespace) -> int:
    """Preview, then (unless --dry-run, and once nothing is left to decide) import."""
    with open_chosen(args) as org:
        try:
            mapping = load_mapping(org.folder.root, args.mapping) if args.mapping else None
        except UnknownMapping as error:
            raise CommandError(str(error), EXIT_USAGE) from error
        try:
            table = read_contacts_file(args.file, mapping.encoding if mapping else None)
            with org.database.session() as session:
                country = current_profile(session).country
                mapping = mapping or guess_mapping(table.headers, country)
                preview = build_preview(session, table, mapping)
        except UnreadableFile as error:
            print(f"scdesk: {error.path}: {error.message}", file=sys.stderr)
            return EXIT_INVALID_FILE
        print("\n".join(preview_lines(preview)))
        if args.errors_csv is not None:
            save_errors_csv(preview.problems, args.errors_csv)
            print(f"Problems saved to {args.errors_csv}.")
        decisions = Decisions(take=Side(args.take) if args.take else None)
        questions = open_questions(preview, decisions)
        if questions:
            print("Decisions needed (choose with --take mine|theirs, or import in the window):")
            print("\n".join(f"  {question}" for question in questions))
            return EXIT_DECISIONS_NEEDED
        if args.dry_run:
            print("Dry run: nothing was written.")
            return EXIT_APPLIED
        try:
            result = import_into(org, preview, decisions)
        except UnreadableFile as error:
            print(f"scdesk: {error.path}: {error.message}", file=sys.stderr)
            return EXIT_INVALID_FILE
        print(result_line(result))
        alike = len(preview.of_kind(EntryKind.LIKELY_DUPLICATE))
        if alike:
            print(
                f"{alike} of them looked like someone already here and were added as new "
                "people; if they are the same, merge them in the window's People view."
            )
        return EXIT_APPLIED


def run_flat_export(args: argparse.Namespace) -> int:
    """`scdesk roster export --format csv|vcard -o FILE`: every live person, flat."""
    with open_chosen(args) as org:
        count = export_flat(org, args.format, args.output)
    kind = "a CSV file (one row per person and post)" if args.format == "csv" else "vCard 4.0"
    print(f"Wrote {count:,} people to {args.output} as {kind}.")
    return EXIT_APPLIED
