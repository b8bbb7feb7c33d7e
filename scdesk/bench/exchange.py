"""Opening an exchange with 50 participants in the exchange editor.

The busiest exchange of the organization is used; if it has fewer than 50 participants,
people who are not in it yet are added as delegates until it has 50 (said in the table).
They are added to a byte copy of the organization, in the roster benchmark's sandbox: the
organization measured is left as it was.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from scdesk.bench import roster
from scdesk.bench.table import median_seconds
from scdesk.model.enums import ParticipantRole
from scdesk.operations.exchanges import add_participant
from scdesk.storage.organization_files import OpenOrganization
from scdesk.ui.editors import editor_for

PARTICIPANTS = 50
BUSIEST = text(
    "SELECT exchange_id, count(*) FROM participation WHERE deleted_at IS NULL"
    " GROUP BY exchange_id ORDER BY count(*) DESC, exchange_id LIMIT 1"
)
NOT_IN_IT = text(
    "SELECT id FROM person WHERE deleted_at IS NULL AND id NOT IN "
    "(SELECT person_id FROM participation WHERE exchange_id = :exchange) ORDER BY id LIMIT :n"
)


class NoExchange(Exception):
    """The organization has no exchange to open."""


def busiest_exchange(org: OpenOrganization) -> tuple[int, int]:
    """(id, participants) of the exchange with the most participants."""
    with org.database.session() as session:
        found = session.execute(BUSIEST).first()
    if found is None:
        raise NoExchange(
            f"“{org.name}” has no exchange with participants, and the benchmark opens one. "
            "Leave out --org to measure the demo, or choose an organization with exchanges."
        )
    return found[0], found[1]


def exchange_with_participants(org: OpenOrganization) -> tuple[int, int]:
    """(exchange id, participants added to reach PARTICIPANTS)."""
    exchange_id, count = busiest_exchange(org)
    missing = max(0, PARTICIPANTS - count)
    with org.database.transaction() as session:
        people = session.execute(NOT_IN_IT, {"exchange": exchange_id, "n": missing}).scalars()
        for person_id in people:
            add_participant(session, exchange_id, person_id, ParticipantRole.DELEGATE)
    return exchange_id, missing


def open_exchange_time(org: OpenOrganization, app: QApplication, runs: int) -> tuple[float, int]:
    """(median seconds to load and show the exchange, participants added first), on a copy
    of `org`."""
    with roster.sandbox(), roster.bench_copy(org) as copy:
        return _open_exchange_time(copy, app, runs)


def _open_exchange_time(org: OpenOrganization, app: QApplication, runs: int) -> tuple[float, int]:
    exchange_id, added = exchange_with_participants(org)
    editor = editor_for("exchange", org, QUndoStack())
    editor.resize(900, 800)
    editor.show()

    def opened() -> None:
        editor.load(exchange_id)
        editor.repaint()
        app.processEvents()

    elapsed = median_seconds(opened, runs)
    editor.close()
    editor.deleteLater()
    return elapsed, added
