"""Detail editors for every kind of record, for the list pages and the main window.

`editor_for(kind, org, undo_stack, parent)` returns the RecordEditor of a kind, one of
KINDS. See scdesk/ui/editors/base.py for what an editor promises its page.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from scdesk.storage.organization_files import OpenOrganization
from scdesk.ui.editors.base import RecordEditor
from scdesk.ui.editors.committee import CommitteeEditor
from scdesk.ui.editors.exchange import ExchangeEditor
from scdesk.ui.editors.hours import HoursEditor
from scdesk.ui.editors.partnership import PartnershipEditor
from scdesk.ui.editors.person import PersonEditor

EDITORS: dict[str, type[RecordEditor]] = {
    "partnership": PartnershipEditor,
    "committee": CommitteeEditor,
    "exchange": ExchangeEditor,
    "person": PersonEditor,
    "hours": HoursEditor,
}

KINDS: tuple[str, ...] = tuple(EDITORS)


def editor_for(
    kind: str, org: OpenOrganization, undo_stack: QUndoStack, parent: QWidget | None = None
) -> RecordEditor:
    """The detail editor for `kind` ("partnership", "committee", "exchange", "person",
    "hours"), writing to `org` and pushing every change on `undo_stack`."""
    try:
        editor_class = EDITORS[kind]
    except KeyError:
        raise ValueError(f"No editor for {kind!r}; kinds are {', '.join(KINDS)}.") from None
    return editor_class(org, undo_stack, parent)


__all__ = ["KINDS", "RecordEditor", "editor_for"]
