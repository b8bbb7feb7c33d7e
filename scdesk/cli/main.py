"""`scdesk`: with no command it starts the app; commands run the same operations.

The launcher stays small because starting the app is the common case and its cold start is
measured: the commands' modules bring the report builders, the roster formats and their
libraries (about a second of imports), which the window loads only when it needs them.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from scdesk.logs import configure_logging


def run(argv: Sequence[str]) -> int:
    if not argv:
        from scdesk.ui.app import run_app  # Qt and the window, nothing of the commands

        return run_app()
    from scdesk.cli.commands import run_command  # the parser needs every command's module

    return run_command(argv)


def main() -> None:
    configure_logging()
    sys.exit(run(sys.argv[1:]))
