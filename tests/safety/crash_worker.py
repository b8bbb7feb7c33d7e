"""A zygote for crash tests: imports scdesk once, then forks one child per request.

The test writes one JSON request per line on stdin ({"operation", "home", "slug"}); the
zygote forks a child that opens the organization in that data folder, says it is ready and
runs the operation; the zygote kills it with SIGKILL `kill_after` seconds (random, chosen by
the test) after it was ready and prints how it ended. A real process dies mid-write, and
the hundreds of runs do not each pay the import time of a new Python process.
"""

from __future__ import annotations

import itertools
import json
import os
import select
import signal
import sys
import time
import traceback
from pathlib import Path

from sqlalchemy.orm import configure_mappers

from scdesk.demo import build_demo
from scdesk.demo.large import build_large  # noqa: F401 - imported once, before the forks
from scdesk.domain.rules import check_email, check_phone
from scdesk.interchange.contacts.apply import Decisions as ContactDecisions
from scdesk.interchange.contacts.apply import Side, import_into
from scdesk.interchange.contacts.mapping import guess_mapping
from scdesk.interchange.contacts.preview import build_preview
from scdesk.interchange.contacts.reading import read_contacts_file
from scdesk.interchange.roster.applying import Decision, Decisions, apply_import
from scdesk.interchange.roster.exporting import export_roster
from scdesk.interchange.roster.importing import Secrets, preview_import
from scdesk.interchange.roster.keys import parse_key
from scdesk.model import Person
from scdesk.operations.backups import backup_now
from scdesk.operations.organizations import open_organization
from scdesk.operations.privacy import export_person_file
from scdesk.storage.organization_files import OpenOrganization


def long_import(org: OpenOrganization, _request: dict) -> None:
    """A bulk import of thousands of records in one transaction (the large demo, scaled)."""
    build_demo(org, "large", scale=0.01)


def contacts_import(org: OpenOrganization, request: dict) -> None:
    """The spreadsheet import as a person runs it: read, preview, back up, write."""
    table = read_contacts_file(Path(request["file"]))
    with org.database.session() as session:
        preview = build_preview(session, table, guess_mapping(table.headers, "US"))
    import_into(org, preview, ContactDecisions(take=Side.THEIRS))


def roster_import(org: OpenOrganization, request: dict) -> None:
    """A roster file from the directory: preview, back up, apply (everything theirs)."""
    secrets = Secrets(signing_key=parse_key(request["key"]))
    preview = preview_import(org, Path(request["file"]), secrets)
    apply_import(org, preview, Decisions(everything=Decision.THEIRS))


def roster_exports(org: OpenOrganization, request: dict) -> None:
    for _ in itertools.count():
        export_roster(org, Path(request["target"]), signing_key=parse_key(request["key"]))


def saves(org: OpenOrganization, _request: dict) -> None:
    """Save after save: each changes every person and adds one, in one transaction."""
    for edition in itertools.count(1):
        with org.database.transaction() as session:
            for person in session.query(Person).all():
                person.notes = f"edition {edition}"
            session.add(
                Person(
                    given_name=f"Added{edition}", family_name="Saved", notes=f"edition {edition}"
                )
            )


def backups(org: OpenOrganization, _request: dict) -> None:
    # One backup per run: a loop would soon rotate the template's backup away (rotation
    # keeps the ten newest of a day), and the kill window narrows to one backup's duration.
    backup_now(org, "hourly")


def exports(org: OpenOrganization, request: dict) -> None:
    for _ in itertools.count():
        export_person_file(org, request["person_id"], Path(request["target"]))


OPERATIONS = {
    "import": long_import,
    "contacts import": contacts_import,
    "roster import": roster_import,
    "roster export": roster_exports,
    "save": saves,
    "backup": backups,
    "export": exports,
}


def child(request: dict, ready: int) -> int:
    os.environ["SCDESK_HOME"] = request["home"]
    try:
        with open_organization(request["slug"]) as org:
            os.write(ready, b"r")
            OPERATIONS[request["operation"]](org, request)
    except BaseException:
        traceback.print_exc()
        return 3
    return 0


def wait_until_ready(pid: int, ready: int) -> None:
    """Block until the child has opened the organization (or died trying)."""
    while not select.select([ready], [], [], 0.05)[0]:
        if os.waitpid(pid, os.WNOHANG)[0]:
            raise SystemExit(f"child {pid} died before it was ready")


def wait_or_kill(pid: int, kill_after: float | None) -> int:
    """Wait for the child; past `kill_after` seconds, SIGKILL it. The zygote kills, not the
    test, because only the parent knows the pid still belongs to its unreaped child."""
    deadline = None if kill_after is None else time.monotonic() + kill_after
    while True:
        done, status = os.waitpid(pid, 0 if deadline is None else os.WNOHANG)
        if done:
            return status
        if time.monotonic() >= deadline:
            os.kill(pid, signal.SIGKILL)
            return os.waitpid(pid, 0)[1]
        time.sleep(0.001)


def warm_up() -> None:
    """Load once, before the forks, what every child would otherwise load lazily."""
    configure_mappers()
    check_phone("phone", "+1 217 555 0101")
    check_email("email", "zoe@example.org")


def main() -> None:
    warm_up()
    for line in sys.stdin:
        request = json.loads(line)
        ready_read, ready_write = os.pipe()
        pid = os.fork()
        if pid == 0:
            sys.stdin.close()
            os.close(ready_read)
            os._exit(child(request, ready_write))
        os.close(ready_write)
        wait_until_ready(pid, ready_read)
        os.close(ready_read)
        started = time.monotonic()
        status = wait_or_kill(pid, request.get("kill_after"))
        outcome = {
            "exit": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
            "signal": os.WTERMSIG(status) if os.WIFSIGNALED(status) else None,
            "seconds": time.monotonic() - started,
        }
        print(json.dumps(outcome), flush=True)


if __name__ == "__main__":
    main()
