"""Every control has a name for screen readers, Tab walks the page in reading order, and
the pages follow the system palette."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QWidget

from scdesk.ui.main_window import MainWindow

RECORD_PAGES = ("partnership", "committee", "exchange", "person", "hours")


@pytest.fixture
def window(open_window, demo) -> MainWindow:
    return open_window(demo)


def inside(widget: QWidget, ancestor: QWidget) -> bool:
    return ancestor is widget or ancestor.isAncestorOf(widget)


def unnamed_controls(root: QWidget, skip: tuple[QWidget, ...] = ()) -> list[str]:
    """Focusable, visible controls without an accessible name (buttons may use their text);
    parts of a combo box or spin box belong to it."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if any(inside(widget, other) for other in skip):
            continue
        parent = widget.parentWidget()
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            continue
        named = widget.accessibleName() or (
            isinstance(widget, QAbstractButton) and widget.text().replace("&", "")
        )
        if not named:
            missing.append(f"{type(widget).__name__} {widget.objectName()}")
    return missing


@pytest.mark.parametrize("key", RECORD_PAGES)
def test_every_control_of_the_lists_has_an_accessible_name(window, key) -> None:
    page = window.show_section(key)
    assert unnamed_controls(page, skip=(page.editor,)) == []


def test_the_window_controls_have_accessible_names(window) -> None:
    pages = tuple(window.pages.widget(i) for i in range(window.pages.count()))
    assert unnamed_controls(window, skip=pages) == []


def test_tab_walks_the_filters_then_the_list_then_new_then_the_editor(qtbot, window) -> None:
    page = window.show_section("person")
    page.search.setFocus()
    visited = [QApplication.focusWidget()]
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
        if inside(QApplication.focusWidget(), page.editor):
            break
    order = [page.search, page.category, page.status, page.committee, page.view, page.new_button]
    positions = [visited.index(widget) for widget in order]
    assert positions == sorted(positions)
    assert inside(visited[-1], page.editor)


def test_the_lists_use_the_palette_of_the_system(qtbot, window) -> None:
    page = window.show_section("person")
    dark = QPalette(QApplication.palette())
    dark.setColor(QPalette.ColorRole.Base, Qt.GlobalColor.black)
    dark.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.white)
    QApplication.setPalette(dark)
    try:
        qtbot.wait(10)
        assert page.view.palette().color(QPalette.ColorRole.Base) == Qt.GlobalColor.black
        assert window.navigation.palette().color(QPalette.ColorRole.Text) == Qt.GlobalColor.white
        assert page.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
        assert page.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    finally:
        QApplication.setPalette(QApplication.style().standardPalette())
