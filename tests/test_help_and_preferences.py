"""F1 opens the user guide; Preferences remembers language, theme, organization, backups."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from scdesk.operations.organizations import create_organization
from scdesk.storage.registry import OrganizationFolder, Registry
from scdesk.ui.app import remembered_organization
from scdesk.ui.editors.dialogs import FormDialog
from scdesk.ui.editors.partnership import PartnershipEditor
from scdesk.ui.help.pages import TOPICS, guide
from scdesk.ui.help.window import HelpWindow
from scdesk.ui.i18n import LANGUAGES
from scdesk.ui.main_window import MainWindow
from scdesk.ui.preferences import PreferencesDialog
from scdesk.ui.theme import apply_theme
from scdesk.ui.user_preferences import Preferences, load_preferences, save_preferences

LINK = re.compile(r"\]\(([^)]+)\)")


@pytest.fixture
def window(qtbot, org) -> MainWindow:
    main = MainWindow(org)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def system_theme_afterwards(qapp):
    yield
    apply_theme(qapp, "system")


def test_f1_opens_the_user_guide_at_getting_started(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide_window = window.help_and_preferences.help_window
    assert guide_window is not None and guide_window.isVisible()
    qtbot.addWidget(guide_window)
    assert guide_window.current_topic() == "getting-started"
    assert "Getting started" in guide_window.browser.toPlainText()


@pytest.mark.parametrize(
    ("section", "topic", "title"),
    [
        ("overview", "getting-started", "Getting started"),
        ("partnership", "getting-started", "Getting started"),
        ("exchange", "recording-an-exchange", "Recording an exchange"),
        ("hours", "logging-hours", "Logging volunteer hours"),
        ("reports", "board-report", "board report"),
        ("roster", "roster", "roster"),
        ("backups", "backups", "Backups"),
    ],
)
def test_f1_on_a_section_opens_the_guide_on_its_topic(
    qtbot, window, section: str, topic: str, title: str
) -> None:
    page = window.show_section(section)
    page.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide_window = window.help_and_preferences.help_window
    assert guide_window is not None and guide_window.isVisible()
    qtbot.addWidget(guide_window)
    assert guide_window.current_topic() == topic
    assert title in guide_window.browser.toPlainText()


def test_f1_in_a_dialog_opened_from_a_section_opens_that_sections_topic(qtbot, window) -> None:
    page = window.show_section("hours")
    dialog = FormDialog("Hours", lambda _values: None, page)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    assert QApplication.activeModalWidget() is dialog
    qtbot.keyClick(dialog, Qt.Key.Key_F1)
    guides = [child for child in dialog.findChildren(HelpWindow) if child.isVisible()]
    assert len(guides) == 1, "the guide opens over the dialog, where the dialog does not block it"
    assert guides[0].current_topic() == "logging-hours"


def test_f1_in_the_preferences_dialog_opens_the_guide_over_it(qtbot, window) -> None:
    window.show_section("hours")
    dialog = window.help_and_preferences.open_preferences()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_F1)
    guides = [child for child in dialog.findChildren(HelpWindow) if child.isVisible()]
    assert len(guides) == 1
    assert guides[0].current_topic() == "getting-started"  # not the section behind it
    dialog.reject()


def test_choosing_a_topic_shows_its_page_and_back_returns(qtbot, window) -> None:
    guide_window = window.help_and_preferences.open_help()
    qtbot.addWidget(guide_window)
    row = TOPICS.index("logging-hours")
    item = guide_window.topics.item(row)
    rect = guide_window.topics.visualItemRect(item)
    qtbot.mouseClick(guide_window.topics.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert guide_window.current_topic() == "logging-hours"
    assert "Logging volunteer hours" in guide_window.browser.toPlainText()
    qtbot.mouseClick(guide_window.back_button, Qt.MouseButton.LeftButton)
    assert guide_window.current_topic() == "getting-started"


def test_a_link_in_a_page_opens_that_page_and_follows_in_the_topic_list(qtbot, window) -> None:
    guide_window = window.help_and_preferences.open_help("getting-started")
    qtbot.addWidget(guide_window)
    guide_window.browser.setSource(guide_window.browser.source().resolved("backups.md"))
    assert guide_window.topics.currentRow() == TOPICS.index("backups")


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_every_topic_has_a_page_in_every_shipped_language(language: str) -> None:
    pages = guide(language)
    assert [page.topic for page in pages] == list(TOPICS)
    for page in pages:
        assert page.path.parent.name == language, f"{page.topic} is not written in {language}"
        assert page.title and page.title != page.topic


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_links_between_guide_pages_lead_to_pages_that_exist(language: str) -> None:
    for page in guide(language):
        for target in LINK.findall(page.path.read_text(encoding="utf-8")):
            assert (page.path.parent / target).is_file(), f"{page.path}: broken link {target}"


def test_preferences_chosen_in_the_dialog_are_remembered(
    qtbot, tmp_path: Path, system_theme_afterwards
) -> None:
    create_organization("Springfield Sister Cities", country="US")
    create_organization("Lyon Friends", country="FR")
    dialog = PreferencesDialog(Registry())
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.organization.setCurrentIndex(dialog.organization.findData("lyon-friends"))
    qtbot.keyClicks(dialog.backup_folder, str(tmp_path))
    dialog.backups_kept.selectAll()
    qtbot.keyClicks(dialog.backups_kept, "25")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == PreferencesDialog.DialogCode.Accepted
    assert load_preferences() == Preferences(
        language="fr",
        theme="dark",
        default_organization="lyon-friends",
        backup_folder=str(tmp_path),
        backups_kept=25,
    )
    reopened = PreferencesDialog(Registry())
    qtbot.addWidget(reopened)
    assert reopened.organization.currentText() == "Lyon Friends"
    assert reopened.backups_kept.value() == 25


def test_the_dark_theme_applies_at_once_and_the_system_theme_returns(
    qtbot, system_theme_afterwards
) -> None:
    dialog = PreferencesDialog(Registry())
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert QApplication.palette().window().color().lightness() < 80
    apply_theme(QApplication.instance(), "system")
    assert QApplication.palette().window().color().lightness() > 160


def test_a_backup_folder_that_does_not_exist_is_refused_and_nothing_is_saved(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    warnings = []
    monkeypatch.setattr(
        "scdesk.ui.preferences.QMessageBox.warning", lambda *args: warnings.append(args[2])
    )
    missing = tmp_path / "no such folder"
    dialog = PreferencesDialog(Registry())
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.backup_folder, str(missing))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert warnings == [f"The folder {missing} does not exist. Choose an existing folder."]
    assert dialog.result() != PreferencesDialog.DialogCode.Accepted
    assert load_preferences() == Preferences()


def test_the_default_organization_opens_at_start_rather_than_the_last_one(qapp) -> None:
    create_organization("Springfield Sister Cities", country="US")
    create_organization("Lyon Friends", country="FR")
    assert remembered_organization(Registry()) is None
    save_preferences(Preferences(default_organization="lyon-friends"))
    assert remembered_organization(Registry()) == "lyon-friends"


def test_backups_go_to_the_chosen_folder_one_subfolder_per_organization(tmp_path: Path) -> None:
    organization = OrganizationFolder(tmp_path / "organizations" / "springfield")
    assert Preferences().backup_settings().folder_for(organization) == organization.backups
    chosen = Preferences(backup_folder=str(tmp_path / "usb"), backups_kept=4).backup_settings()
    assert chosen.folder_for(organization) == tmp_path / "usb" / "springfield"
    assert chosen.policy.recent == 4


def test_twinning_terms_are_explained_where_they_are_chosen(qtbot, org) -> None:
    editor = PartnershipEditor(org, QUndoStack())
    qtbot.addWidget(editor)
    for field in ("kind", "status", "origin", "signed_on"):
        assert len(editor.control(field).toolTip()) > 20, field
