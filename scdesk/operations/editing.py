"""Saving what a person edited in a form, without overwriting a change made meanwhile."""

from __future__ import annotations

from sqlalchemy.orm import Session

from scdesk.domain.i18n import _
from scdesk.model import Record
from scdesk.operations.records import get_record


class ChangedElsewhere(RuntimeError):
    """The record was changed (by an undo, a merge, another list) since the form showed it."""

    def __init__(self, what: str) -> None:
        self.message = _(
            "This {what} was changed since you opened it. Revert to see the current "
            "values, then make your change again."
        ).format(what=what)
        super().__init__(self.message)


def ensure_unchanged(
    session: Session, model: type[Record], record_id: int, revision: int, what: str
) -> Record:
    """The record, if it still has the revision the form was filled from."""
    record = get_record(session, model, record_id)
    if record.revision != revision or record.deleted_at is not None:
        raise ChangedElsewhere(what)
    return record
