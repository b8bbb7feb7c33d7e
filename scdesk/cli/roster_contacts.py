"""`scdesk roster import` for spreadsheets and address books (CSV, XLSX, vCard).

Placeholder: the contacts importer (issue 4, part B) replaces this module.
"""

from __future__ import annotations

import argparse

from scdesk.cli.common import CommandError


def run_contacts_import(args: argparse.Namespace) -> int:
    raise CommandError(
        f"{args.file}: importing spreadsheets and address books is not available yet; only "
        "roster exchange files (.zip) can be imported."
    )
