"""What every command shares: picking the organization, reporting errors, exit codes."""

from __future__ import annotations

import argparse
import os
import sys

from scdesk.cli.preferences import saved_backup_settings
from scdesk.operations.organizations import open_organization
from scdesk.storage.errors import StorageError
from scdesk.storage.organization_files import OpenOrganization
from scdesk.storage.registry import Registry

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

ORG_VARIABLE = "SCDESK_ORG"


class CommandError(Exception):
    """A problem to report on stderr with a non-zero exit code."""

    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.code = code


def add_org_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--org",
        metavar="NAME",
        help=f"the organization (name or folder name); default: ${ORG_VARIABLE}, "
        "or the only organization on this computer",
    )


def chosen_organization(args: argparse.Namespace, registry: Registry | None = None) -> str:
    registry = registry or Registry()
    name = getattr(args, "org", None) or os.environ.get(ORG_VARIABLE)
    if name:
        return registry.find(name).slug
    entries = registry.entries()
    if len(entries) == 1:
        return entries[0].slug
    if not entries:
        raise CommandError(
            "no organization on this computer yet. Create one with "
            "`scdesk org create NAME`, or try `scdesk demo`."
        )
    names = ", ".join(f"“{e.name}”" for e in entries)
    raise CommandError(f"there are several organizations ({names}); choose one with --org NAME.")


def open_chosen(args: argparse.Namespace) -> OpenOrganization:
    """The chosen organization, open; its backups go where the Preferences say."""
    return open_organization(chosen_organization(args), backup_settings=saved_backup_settings())


def report_error(message: str) -> None:
    print(f"scdesk: {message}", file=sys.stderr)


def describe_storage_error(error: StorageError) -> str:
    return f"{error.path}: {error.message}"
