"""The main window: sections, global search, status bar, menus, remembered state, leaving
with unsaved changes, and switching organizations."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from scdesk import __version__
from scdesk.operations.organizations import create_organization, open_organization
from scdesk.operations.search import KINDS
from scdesk.ui import main_window as main_window_module
from scdesk.ui.global_search import SearchResults
from scdesk.ui.lists.people_page import PeoplePage
from scdesk.ui.main_window import MainWindow
from scdesk.ui.overview import OverviewPage

Button = QMessageBox.StandardButton


def click_section(qtbot, window: MainWindow, title: str) -> None:
    (item,) = window.navigation.findItems(title, Qt.MatchFlag.MatchExactly)
    rect = window.navigation.visualItemRect(item)
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_navigation_lists_every_section_and_switches_pages(qtbot, open_window, demo) -> None:
    window = open_window(demo)
    titles = [window.navigation.item(r).text() for r in range(window.navigation.count())]
    assert titles == [
        "Overview",
        "Partnerships",
        "Committees",
        "Exchanges",
        "People",
        "Hours",
        "Reports",
        "Roster sync",
        "Backups",
    ]
    assert isinstance(window.pages.currentWidget(), OverviewPage)
    click_section(qtbot, window, "People")
    page = window.pages.currentWidget()
    assert isinstance(page, PeoplePage)
    assert window.count_label.text() == f"{page.model.total_count()} people"
    click_section(qtbot, window, "Exchanges")
    assert window.count_label.text().endswith("exchanges")


def test_sections_have_keyboard_shortcuts_in_the_view_menu(qtbot, open_window, demo) -> None:
    window = open_window(demo)
    shortcuts = [action.shortcut().toString() for action in window.section_actions]
    assert shortcuts == [f"Ctrl+{n}" for n in range(1, len(window.entries) + 1)]
    window.section_actions[3].trigger()
    assert window.navigation.currentItem().text() == "Exchanges"


def test_the_readme_names_the_keys_the_menus_show(qtbot, open_window, demo) -> None:
    window = open_window(demo)
    readme = " ".join((Path(__file__).parents[2] / "README.md").read_text("utf-8").split())
    for action, entry in zip(window.section_actions, window.entries, strict=True):
        assert f"{action.shortcut().toString()} {entry.title()}" in readme
    assert f"redone ({window.redo_action.shortcut().toString()}," in readme


def test_standard_shortcuts_are_bound(qtbot, open_window, demo) -> None:
    window = open_window(demo)
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.redo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Redo)
    redo_keys = {key.toString() for key in window.redo_action.shortcuts()}
    assert redo_keys == {
        key.toString() for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    }, "every key the platform knows for Redo works, not only the one the menu shows"
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    assert list(menus) == ["&File", "&Edit", "&View", "&Help"]
    find = next(a for a in menus["&Edit"].actions() if a.text() == "&Find…")
    assert find.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)


def test_global_search_finds_a_person_and_enter_opens_them(qtbot, open_window, demo) -> None:
    window = open_window(demo)
    window.focus_search()
    qtbot.keyClicks(window.search.field, "ben okaf")
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.search.results, timeout=2_000)
    results = window.search.results
    groups = [results.tree.topLevelItem(i).text(0) for i in range(results.tree.topLevelItemCount())]
    assert groups[0].startswith("People")
    assert results.tree.currentItem().text(0) == "Ben Okafor"
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)
    page = window.pages.currentWidget()
    assert isinstance(page, PeoplePage)
    assert window.navigation.currentItem().text() == "People"
    shown = page.model.record_id(page.view.currentIndex().row())
    assert page.editor.record_id() == shown
    assert page.editor.control("family_name").text() == "Okafor"
    assert window.search.field.text() == ""


def test_global_search_groups_exchanges_and_partnerships_and_arrows_move(
    qtbot, open_window, demo
) -> None:
    window = open_window(demo)
    qtbot.keyClicks(window.search.field, "lviv")
    with qtbot.waitSignal(window.search.answered, timeout=5_000):
        window.search.search_now()
    results = window.search.results
    groups = [results.tree.topLevelItem(i).text(0) for i in range(results.tree.topLevelItemCount())]
    assert any(g.startswith("Exchanges") for g in groups)
    assert any(g.startswith("Partnerships") for g in groups)
    first = results.tree.currentItem()
    qtbot.keyClick(window.search.field, Qt.Key.Key_Down)
    assert results.tree.currentItem() is not first
    qtbot.keyClick(window.search.field, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is not results


def test_search_results_are_grouped_by_every_kind_the_search_finds_in_its_order(qtbot) -> None:
    results = SearchResults()
    qtbot.addWidget(results)
    assert tuple(results.group_titles()) == KINDS


def test_nothing_found_says_so(qtbot, open_window, demo) -> None:
    window = open_window(demo)
    qtbot.keyClicks(window.search.field, "zzqx")
    with qtbot.waitSignal(window.search.answered, timeout=5_000):
        window.search.search_now()
    assert window.search.results.summary.text() == "Nothing found for “zzqx”."


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_the_window(
    qtbot, open_window, demo, answer_questions
) -> None:
    window = open_window(demo)
    page = window.show_section("person")
    page.open_record(page.model.record_id(0))
    qtbot.keyClicks(page.editor.control("notes"), " Call back.")
    asked = answer_questions(Button.Cancel)
    assert not window.close()
    assert window.isVisible() and len(asked) == 1
    answer_questions(Button.Discard)
    assert window.close()


def test_window_geometry_section_and_splitter_are_remembered(qtbot, open_window, demo) -> None:
    window = open_window(demo)
    window.show_section("exchange")
    smallest = window.minimumSizeHint()  # the offscreen screen is small: stay within it
    window.resize(smallest.width() + 7, smallest.height() + 9)
    window.splitter.setSizes([250, 900])
    navigation_width = window.splitter.sizes()[0]
    assert window.close()
    again = MainWindow(demo)  # as the app opens it: no size asked for
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == (smallest.width() + 7, smallest.height() + 9)
    assert again.navigation.currentItem().text() == "Exchanges"
    assert abs(again.splitter.sizes()[0] - navigation_width) <= 2


def test_switching_organization_shows_the_other_and_clears_undo(qtbot, open_window, demo) -> None:
    create_organization("Shelbyville Twinning", city="Shelbyville", country="US")
    window = open_window(demo)
    people = window.show_section("person")
    people.new_record()
    qtbot.keyClicks(people.editor.control("given_name"), "Temporary")
    assert people.editor.save()
    assert window.undo_stack.count() == 1
    assert window.switch_organization("shelbyville-twinning")
    assert window.windowTitle() == "Shelbyville Twinning — scdesk"
    assert window.organization_button.text() == "Shelbyville Twinning"
    assert window.undo_stack.count() == 0
    window.show_section("person")
    assert window.count_label.text() == "0 people"
    window._fill_organization_menu()
    names = [a.text() for a in window.organization_menu.actions() if a.isCheckable()]
    assert names == ["Shelbyville Twinning", "Springfield Sister Cities"]
    window.close()
    window.close_organization()


def test_about_shows_the_version(qtbot, open_window, demo, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        main_window_module.QMessageBox,
        "about",
        staticmethod(lambda _p, _t, text: shown.append(text)),
    )
    window = open_window(demo)
    window.about()
    assert __version__ in shown[0]


def test_opening_the_demo_builds_it_in_the_background_then_shows_it(qtbot, open_window):
    create_organization("Shelbyville Twinning", city="Shelbyville", country="US")
    org = open_organization("Shelbyville Twinning")
    window = open_window(org)
    window.open_demo()
    assert window.tasks.running()  # the window stays responsive meanwhile
    qtbot.waitUntil(lambda: not window.tasks.running(), timeout=60_000)
    assert window.windowTitle() == "Springfield Sister Cities — scdesk"
    assert window.show_section("person").model.total_count() > 100
    window.close()
    window.close_organization()
