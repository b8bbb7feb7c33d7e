"""Opening an exchange with 50 participants in the exchange editor.

The busiest exchange of the organization is used; if it has fewer than 50 participants,
people who are not in it yet are added as delegates until it has 50 (said in the table).
"""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

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


def exchange_with_participants(org: OpenOrganization) -> tuple[int, int]:
    """(exchange id, participants added to reach PARTICIPANTS)."""
    with org.database.transaction() as session:
        exchange_id, count = session.execute(BUSIEST).one()
        missing = max(0, PARTICIPANTS - count)
        people = session.execute(NOT_IN_IT, {"exchange": exchange_id, "n": missing}).scalars()
        for person_id in people:
            add_participant(session, exchange_id, person_id, ParticipantRole.DELEGATE)
    return exchange_id, missing


def open_exchange_time(org: OpenOrganization, app: QApplication, runs: int) -> tuple[float, int]:
    """(median seconds to load and show the exchange, participants added first)."""
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
