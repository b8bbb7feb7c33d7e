"""First start: with no organization yet, the app offers to create one or open the demo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from scdesk.operations.organizations import create_organization, open_organization
from scdesk.storage.registry import Registry
from scdesk.ui.app import make_application, remembered_organization
from scdesk.ui.first_start import ChooseOrganizationDialog
from scdesk.ui.i18n import install_language
from scdesk.ui.main_window import MainWindow
from scdesk.ui.user_preferences import SYSTEM, load_preferences


def test_creating_an_organization_from_the_welcome_dialog(qtbot) -> None:
    dialog = ChooseOrganizationDialog(Registry())
    qtbot.addWidget(dialog)
    assert not dialog.open_button.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "Springfield Sister Cities")
    qtbot.keyClicks(dialog.city_edit, "Springfield")
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData("US"))
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ChooseOrganizationDialog.DialogCode.Accepted
    entry = Registry().find(dialog.chosen_slug)
    assert entry.name == "Springfield Sister Cities"


def test_a_name_is_required_and_nothing_is_created_without_one(qtbot, monkeypatch) -> None:
    warnings = []
    monkeypatch.setattr(
        "scdesk.ui.first_start.QMessageBox.warning", lambda *args: warnings.append(args[2])
    )
    dialog = ChooseOrganizationDialog(Registry())
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert warnings == ["an organization needs a name."]
    assert Registry().entries() == []


def test_an_existing_organization_is_offered_and_opened(qtbot) -> None:
    create_organization("Springfield Sister Cities", country="US")
    dialog = ChooseOrganizationDialog(Registry())
    qtbot.addWidget(dialog)
    assert dialog.organizations.count() == 1
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen_slug == "springfield-sister-cities"


def test_the_only_organization_opens_without_asking(qtbot) -> None:
    make_application()
    assert remembered_organization(Registry()) is None
    create_organization("Springfield Sister Cities", country="US")
    assert remembered_organization(Registry()) == "springfield-sister-cities"


def test_the_main_window_opens_on_the_organization(qtbot) -> None:
    create_organization("Springfield Sister Cities", city="Springfield", country="US")
    org = open_organization("Springfield Sister Cities")
    window = MainWindow(org)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert "Springfield Sister Cities" in window.windowTitle()
    page = window.pages.currentWidget()
    qtbot.waitUntil(lambda: not page.reading())
    assert "Springfield, United States" in page.heading.text()
    assert "People" in page.text.text()
    window.close()
    window.close_organization()


@pytest.fixture
def system_language_afterwards(qapp):
    install_language(qapp, "en")
    yield
    install_language(qapp, SYSTEM)


def test_choosing_french_on_the_welcome_dialog_speaks_french_at_once_and_keeps_it(
    qtbot, system_language_afterwards
) -> None:
    dialog = ChooseOrganizationDialog(Registry())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Welcome to scdesk"
    qtbot.keyClicks(dialog.name_edit, "Jumelages de Lyon")
    dialog.country_combo.setCurrentIndex(dialog.country_combo.findData("FR"))
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    qtbot.waitUntil(lambda: dialog.windowTitle() == "Bienvenue dans scdesk")
    assert dialog.create_button.text() == "&Créer"
    assert dialog.language.currentData() == "fr" and dialog.language.currentText() == "Français"
    assert dialog.name_edit.text() == "Jumelages de Lyon", "what was typed stays"
    assert dialog.country_combo.currentData() == "FR"
    assert dialog.country_combo.currentText() == "France"
    assert load_preferences().language == "fr", "the main window and next starts speak it too"
    assert QApplication.translate("MainWindow", "&File") == "&Fichier"
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert Registry().find(dialog.chosen_slug).name == "Jumelages de Lyon"
