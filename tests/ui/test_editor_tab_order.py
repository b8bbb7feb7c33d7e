"""Tab through every page of every kind of editor: it reaches each control once, never gets
stuck in a table, and goes in reading order (down the page, and left to right along a line),
as a person who fills in a form from the keyboard expects."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget, QWidget
from sqlalchemy import func, select

from scdesk.model import (
    Committee,
    Exchange,
    Membership,
    Participation,
    Partnership,
    PartnershipStatusChange,
    VolunteerHours,
)
from scdesk.storage.organization_files import OpenOrganization
from scdesk.ui.editors import KINDS, editor_for
from tests.test_keyboard_walk import spoken_name, tab_walk

SAME_LINE = 8  # pixels: controls whose tops differ by less stand on one line


def busiest(org: OpenOrganization, kind: str) -> int:
    """A record of `kind` with the most rows in its tables, so the tables are shown."""
    counted = {
        "partnership": (PartnershipStatusChange.partnership_id, Partnership),
        "committee": (Membership.committee_id, Committee),
        "exchange": (Participation.exchange_id, Exchange),
        "person": (VolunteerHours.person_id, None),
        "hours": (VolunteerHours.id, None),
    }
    column, _ = counted[kind]
    with org.database.session() as session:
        return session.execute(
            select(column).group_by(column).order_by(func.count().desc(), column).limit(1)
        ).scalar_one()


def position(widget: QWidget, root: QWidget) -> tuple[int, int]:
    point = widget.mapTo(root, QPoint(0, 0))
    return point.y(), point.x()


def out_of_reading_order(walk: list[QWidget], root: QWidget) -> list[str]:
    """Each step of the walk that goes back up the page, or leftwards along a line."""
    wrong = []
    for before, after in itertools.pairwise(walk):
        (y0, x0), (y1, x1) = position(before, root), position(after, root)
        if y1 < y0 - SAME_LINE or (abs(y1 - y0) < SAME_LINE and x1 < x0):
            wrong.append(f"{spoken_name(before)!r} at {(y0, x0)} → {spoken_name(after)!r}")
    return wrong


@pytest.mark.parametrize("kind", KINDS)
def test_tab_goes_through_each_page_of_the_editor_in_reading_order(qtbot, demo, kind) -> None:
    editor = editor_for(kind, demo, QUndoStack())
    qtbot.addWidget(editor)
    editor.load(busiest(demo, kind))
    editor.resize(1000, 900)
    editor.show()
    qtbot.waitExposed(editor)
    tabs = editor.findChild(QTabWidget)
    for page in range(tabs.count() if tabs is not None else 1):
        if tabs is not None:
            tabs.setCurrentIndex(page)
        walk = tab_walk(qtbot, editor)
        assert out_of_reading_order(walk, editor) == [], f"{kind}, page {page}"
