"""Keyboard only: Tab reaches every control of every main view, and each has a name to speak."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QTabBar,
    QWidget,
)
from sqlalchemy import select

from scdesk.model import Partnership, Person
from scdesk.operations.partnerships import create_partnership
from scdesk.operations.records import create_record
from scdesk.storage.registry import Registry
from scdesk.ui.backups.backups_page import BackupsPage
from scdesk.ui.editors.partnership import PartnershipEditor
from scdesk.ui.first_start import ChooseOrganizationDialog
from scdesk.ui.help.window import HelpWindow
from scdesk.ui.lists.people_page import PeoplePage
from scdesk.ui.main_window import MainWindow
from scdesk.ui.preferences import PreferencesDialog

MAX_PRESSES_KEPT = 12


@pytest.fixture
def demo(org):
    """A small organization: a partnership and a person, so editors show their fields."""
    with org.database.transaction() as session:
        create_partnership(session, {"partner_city": "Lyon", "partner_country": "FR"})
        create_record(session, Person, {"given_name": "Ada", "family_name": "Okafor"})
    return org


def takes_tab(widget: QWidget, root: QWidget) -> bool:
    return (
        widget.isVisible()
        and widget.isEnabled()
        and widget.window() is root
        and widget.focusProxy() is None
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    )


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says for `widget`: its accessible name, text or label."""
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "").strip()
    if isinstance(widget, QTabBar):
        texts = [widget.tabText(i).strip() for i in range(widget.count())]
        return ", ".join(texts) if all(texts) else ""
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.text().strip():
            return label.text().replace("&", "")
    return ""


def tab_walk(qtbot, root: QWidget) -> list[QWidget]:
    """Press Tab from the first control until focus comes back; the controls met, in order.

    A control may keep Tab for a few presses (a date's day, month and year; a page's links),
    but must let it go.
    """
    expected = [w for w in root.findChildren(QWidget) if takes_tab(w, root)]
    assert expected, f"{type(root).__name__} has nothing to reach"
    start = expected[0]
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    visited, kept = [start], 0
    for _ in range(len(expected) * (MAX_PRESSES_KEPT + 1)):
        before = QApplication.focusWidget()
        qtbot.keyClick(before, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        kept = kept + 1 if now is before else 0
        if len(expected) > 1:
            assert kept < MAX_PRESSES_KEPT, f"Tab is stuck in {type(now).__name__}"
        if now is start and before is not start:
            break
        if now not in visited:
            visited.append(now)
    missed = [f"{type(w).__name__} {spoken_name(w)!r}" for w in expected if w not in visited]
    assert missed == [], f"Tab never reaches these in {type(root).__name__}"
    return visited


def assert_walkable(qtbot, root: QWidget) -> None:
    root.show()
    root.activateWindow()
    qtbot.waitExposed(root)
    unnamed = [type(w).__name__ for w in tab_walk(qtbot, root) if not spoken_name(w)]
    assert unnamed == [], f"controls without an accessible name in {type(root).__name__}"


def test_every_view_of_the_main_window_can_be_walked_with_tab(qtbot, demo) -> None:
    window = MainWindow(demo)
    qtbot.addWidget(window)
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        assert_walkable(qtbot, window)


def test_the_people_list_and_its_editor_can_be_walked_with_tab(qtbot, demo) -> None:
    page = PeoplePage(demo)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    assert_walkable(qtbot, page)


def test_the_partnership_editor_can_be_walked_with_tab(qtbot, demo) -> None:
    editor = PartnershipEditor(demo, QUndoStack())
    qtbot.addWidget(editor)
    with demo.database.session() as session:
        editor.load(session.scalars(select(Partnership.id).limit(1)).one())
    editor.resize(1000, 800)
    assert_walkable(qtbot, editor)


def test_the_welcome_dialog_can_be_walked_with_tab(qtbot, demo) -> None:
    dialog = ChooseOrganizationDialog(Registry())
    qtbot.addWidget(dialog)
    assert_walkable(qtbot, dialog)


def test_preferences_and_the_user_guide_can_be_walked_with_tab(qtbot, demo) -> None:
    for window in (PreferencesDialog(Registry()), HelpWindow()):
        qtbot.addWidget(window)
        assert_walkable(qtbot, window)


def test_the_backups_page_can_be_walked_with_tab(qtbot, demo) -> None:
    page = BackupsPage(demo)
    qtbot.addWidget(page)
    assert_walkable(qtbot, page)
