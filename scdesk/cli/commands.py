"""`scdesk COMMAND`: the command line's parser and the commands, which run the same
operations as the windows. (`scdesk` alone starts the app: see scdesk.cli.main.)"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from scdesk import __version__
from scdesk.cli import backup, check, demo, org, privacy, report, roster
from scdesk.cli.common import EXIT_FAILED, EXIT_INTERRUPTED, CommandError, report_error
from scdesk.domain.errors import RuleViolation
from scdesk.storage.errors import StorageError

COMMANDS = (org, demo, check, roster, report, backup, privacy)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="scdesk",
        description="scdesk keeps a sister city organization's partnerships, committees, "
        "exchanges, people and volunteer hours. Without a command it opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"scdesk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        module.register(commands)
    return parser


def run_command(argv: Sequence[str]) -> int:
    """Run the command named in `argv`; with none (only options), start the app."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from scdesk.ui.app import run_app  # Qt is loaded only when the window is wanted

        return run_app()
    try:
        return args.handler(args)
    except CommandError as error:
        report_error(str(error))
        return error.code
    except StorageError as error:
        report_error(f"{error.path}: {error.message}")
        return EXIT_FAILED
    except RuleViolation as error:
        report_error(f"{error.field}: {error.message}")
        return EXIT_FAILED
    except KeyboardInterrupt:
        report_error("interrupted; nothing was changed by the unfinished step.")
        return EXIT_INTERRUPTED
