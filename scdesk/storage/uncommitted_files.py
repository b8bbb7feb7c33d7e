"""Files written beside the database for a transaction that has not committed yet.

A file store (attachments) lives next to the database, not in it, so a rollback does not
undo a file copied in during the transaction. Registering the file here removes it again
when its transaction, or the savepoint it was written in, ends without committing; once
the outermost transaction commits, the file stays.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.orm import Session, SessionTransaction

_PENDING = "scdesk.uncommitted_files"
_COMMITTED = "scdesk.transaction_committed"


def remove_unless_committed(session: Session, path: Path) -> None:
    """Delete `path`, a file this transaction just created, if the transaction rolls back."""
    transaction = session.get_nested_transaction() or session.get_transaction() or session.begin()
    if not event.contains(session, "after_transaction_end", _on_transaction_end):
        event.listen(session, "after_commit", _on_commit)
        event.listen(session, "after_transaction_end", _on_transaction_end)
    session.info.setdefault(_PENDING, {}).setdefault(transaction, []).append(path)


def _on_commit(session: Session) -> None:
    # SQLAlchemy announces a commit (of a savepoint too) just before that transaction ends.
    session.info[_COMMITTED] = True


def _on_transaction_end(session: Session, transaction: SessionTransaction) -> None:
    committed = session.info.pop(_COMMITTED, False)
    pending: dict[SessionTransaction, list[Path]] = session.info.get(_PENDING, {})
    paths = pending.pop(transaction, [])
    if committed and transaction.parent is not None:
        pending.setdefault(transaction.parent, []).extend(paths)  # the outer one decides
    elif not committed:
        for path in paths:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path)
