"""The Roster sync page, driven as an administrator would."""

from __future__ import annotations

import threading
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as NoKeyring
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QProgressDialog, QPushButton

from scdesk.interchange.backup import BackupInAdvance
from scdesk.interchange.roster import keys
from scdesk.interchange.roster.applying import apply_import
from scdesk.interchange.roster.exporting import export_roster
from scdesk.interchange.roster.importing import preview_import
from scdesk.interchange.roster.state import history
from scdesk.model import Person
from scdesk.operations.organizations import create_organization, open_organization
from scdesk.operations.records import create_record, update_record
from scdesk.storage.backup import list_backups
from scdesk.ui.roster import page as page_module
from scdesk.ui.roster.export_dialog import ExportDialog
from scdesk.ui.roster.history_model import HistoryModel
from scdesk.ui.roster.page import RosterSyncPage
from scdesk.ui.roster.preview_dialog import PreviewDialog
from tests.roster_files import fingerprint


@pytest.fixture
def sides(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Springfield with two people, and a replica that imported its first file."""
    home = open_organization(create_organization("Springfield", country="US").slug)
    replica = open_organization(create_organization("Replica", country="US").slug)
    with home.database.transaction() as session:
        for given in ("Ada", "Grace"):
            create_record(
                session,
                Person,
                {"given_name": given, "family_name": "Hopper", "consent_directory": True},
            )
    export_roster(home, tmp_path / "first.zip")
    apply_import(replica, preview_import(replica, tmp_path / "first.zip"))
    yield home, replica
    home.close()
    replica.close()


def make_page(qtbot, org) -> RosterSyncPage:  # type: ignore[no-untyped-def]
    page = RosterSyncPage(org)
    qtbot.addWidget(page)
    page.messages = []  # type: ignore[attr-defined]
    page.notify = lambda title, text: page.messages.append(text)  # type: ignore[attr-defined]
    return page


def city_of_ada(org) -> str:  # type: ignore[no-untyped-def]
    with org.database.session() as session:
        return session.query(Person).filter_by(given_name="Ada").one().city


def test_a_page_with_no_files_yet_says_where_to_start(qtbot) -> None:  # type: ignore[no-untyped-def]
    with open_organization(create_organization("New", country="US").slug) as org:
        page = make_page(qtbot, org)
        page.show()
        assert page.first_steps.isVisible()
        assert page.first_steps.text().startswith("No roster file sent or received yet.")


def test_exporting_adds_the_file_to_the_history(qtbot, sides, tmp_path) -> None:  # type: ignore[no-untyped-def]
    home, _ = sides
    page = make_page(qtbot, home)
    assert page.history_model.rowCount() == 1
    with qtbot.waitSignal(page.finished):
        page.export_to(tmp_path / "second.zip", "full")
    assert page.history_model.rowCount() == 2
    assert not page.first_steps.isVisibleTo(page)
    assert page.history_model.index(0, 1).data() == "Sent"
    assert "kept in this computer's keyring" in page.key_status.text()
    assert page.messages[-1].startswith("File number 2 was written")


def test_a_conflict_is_decided_in_the_preview_before_anything_changes(
    qtbot, sides, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    home, replica = sides
    for org, city in ((home, "Lyon"), (replica, "Lille")):
        with org.database.transaction() as session:
            ada = session.query(Person).filter_by(given_name="Ada").one()
            update_record(session, Person, ada.id, {"city": city})
    export_roster(home, tmp_path / "second.zip")
    page = make_page(qtbot, replica)
    seen = {}

    def decide(dialog: PreviewDialog) -> int:
        qtbot.addWidget(dialog)
        seen["before"] = dialog.apply_button.isEnabled()
        assert dialog.conflicts.item(0, 2).text() == "Lille"
        assert dialog.conflicts.item(0, 3).text() == "Lyon"
        qtbot.mouseClick(dialog.take_all, Qt.MouseButton.LeftButton)
        seen["after"] = dialog.apply_button.isEnabled()
        return QDialog.DialogCode.Accepted

    page.show_preview = decide  # type: ignore[method-assign]
    with qtbot.waitSignal(page.finished) as blocker:
        page.import_from(tmp_path / "second.zip")
    result = blocker.args[0]
    assert seen == {"before": False, "after": True}
    assert result is not None and result.took_theirs == 1
    assert city_of_ada(replica) == "Lyon"
    assert page.history_model.index(0, 1).data() == "Received"


def test_cancelling_the_preview_changes_nothing(qtbot, sides, tmp_path) -> None:  # type: ignore[no-untyped-def]
    home, replica = sides
    with home.database.transaction() as session:
        ada = session.query(Person).filter_by(given_name="Ada").one()
        update_record(session, Person, ada.id, {"city": "Lyon"})
    export_roster(home, tmp_path / "second.zip")
    before, backups = fingerprint(replica), list_backups(replica.folder)
    page = make_page(qtbot, replica)

    def cancel(dialog: PreviewDialog) -> int:
        qtbot.addWidget(dialog)
        assert dialog.apply_button.isEnabled()  # no conflicts to decide
        assert dialog.tabs.currentIndex() == 1
        return QDialog.DialogCode.Rejected

    page.show_preview = cancel  # type: ignore[method-assign]
    with qtbot.waitSignal(page.finished) as blocker:
        page.import_from(tmp_path / "second.zip")
    assert blocker.args == [None]
    assert fingerprint(replica) == before
    assert list_backups(replica.folder) == backups  # the one begun for the preview is gone


def test_a_bad_file_is_explained_and_changes_nothing(qtbot, sides, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _, replica = sides
    warnings = []
    monkeypatch.setattr(
        "scdesk.ui.roster.page.QMessageBox.warning", lambda *a: warnings.append(a[2])
    )
    bad = tmp_path / "bad.zip"
    bad.write_text("not a roster", encoding="utf-8")
    before = fingerprint(replica)
    page = make_page(qtbot, replica)
    with qtbot.waitSignal(page.finished) as blocker:
        page.import_from(bad)
    assert blocker.args == [None]
    assert warnings and warnings[0].startswith("bad.zip: this is not a roster exchange file")
    assert fingerprint(replica) == before


def test_without_a_keyring_the_page_says_so_and_asks_for_the_key(qtbot, sides, tmp_path) -> None:  # type: ignore[no-untyped-def]
    home, _ = sides
    keyring.set_keyring(NoKeyring())
    page = make_page(qtbot, home)
    assert "no keyring" in page.key_status.text()
    assert not page.enter_key_button.isEnabled()
    reasons = []
    key = keys.new_key()
    page.ask_key = lambda reason: reasons.append(reason) or key  # type: ignore[method-assign]
    with qtbot.waitSignal(page.finished) as blocker:
        page.export_to(tmp_path / "signed.zip", "full")
    assert blocker.args[0] is not None
    assert "no keyring" in reasons[0]
    with home.database.session() as session:
        assert history(session)[0].direction == "sent"


def test_the_history_model_is_a_well_behaved_model(qtmodeltester, sides) -> None:  # type: ignore[no-untyped-def]
    home, _ = sides
    with home.database.session() as session:
        model = HistoryModel(history(session))
    qtmodeltester.check(model)
    assert model.index(0, 5).data() == "2 people, 0 posts held"


def test_checking_and_applying_run_on_the_worker_while_the_window_stays_responsive(
    qtbot, sides, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    home, replica = sides
    with home.database.transaction() as session:
        ada = session.query(Person).filter_by(given_name="Ada").one()
        update_record(session, Person, ada.id, {"city": "Lyon"})
    export_roster(home, tmp_path / "second.zip")
    threads, release = {}, threading.Event()

    def held(name, real):  # type: ignore[no-untyped-def]
        def work(*args, **options):  # type: ignore[no-untyped-def]
            threads[name] = threading.current_thread()
            assert release.wait(10)
            return real(*args, **options)

        return work

    monkeypatch.setattr(page_module, "preview_import", held("preview", preview_import))
    monkeypatch.setattr(page_module, "apply_import", held("apply", apply_import))
    page = make_page(qtbot, replica)
    page.show_preview = lambda dialog: QDialog.DialogCode.Accepted  # type: ignore[method-assign]
    page.import_from(tmp_path / "second.zip")
    clicks = []
    button = QPushButton()
    qtbot.addWidget(button)
    button.clicked.connect(lambda: clicks.append(1))
    qtbot.waitUntil(lambda: "preview" in threads)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # the window answers meanwhile
    assert clicks == [1] and page.busy
    with qtbot.waitSignal(page.finished) as blocker:
        release.set()
    assert blocker.args[0].changed == 1
    assert threads["preview"] is not threading.main_thread()
    assert threads["apply"] is not threading.main_thread()
    assert city_of_ada(replica) == "Lyon"


def test_cancel_while_the_import_is_written_changes_nothing(
    qtbot, sides, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    home, replica = sides
    with home.database.transaction() as session:
        ada = session.query(Person).filter_by(given_name="Ada").one()
        update_record(session, Person, ada.id, {"city": "Lyon"})
    export_roster(home, tmp_path / "second.zip")
    release = threading.Event()

    def slow_apply(*args, **options):  # type: ignore[no-untyped-def]
        assert release.wait(10)  # a large import takes a while
        return apply_import(*args, **options)

    monkeypatch.setattr(page_module, "apply_import", slow_apply)
    before = fingerprint(replica)
    page = make_page(qtbot, replica)
    page.show_preview = lambda dialog: QDialog.DialogCode.Accepted  # type: ignore[method-assign]
    page.import_from(tmp_path / "second.zip")

    def progress_windows() -> list[QProgressDialog]:
        return [w for w in page.findChildren(QProgressDialog) if w.isVisible()]

    qtbot.waitUntil(lambda: len(progress_windows()) == 1, timeout=5000)
    [progress] = progress_windows()
    assert progress.windowTitle() == "Importing the roster file"
    cancel = progress.findChild(QPushButton)
    with qtbot.waitSignal(page.finished) as blocker:
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        release.set()
    assert blocker.args == [None]
    assert fingerprint(replica) == before
    assert city_of_ada(replica) != "Lyon"


def test_a_file_changing_nothing_says_what_apply_still_does(qtbot, sides, tmp_path) -> None:  # type: ignore[no-untyped-def]
    home, replica = sides
    export_roster(replica, tmp_path / "back.zip")  # acknowledges home's first file
    preview = preview_import(home, tmp_path / "back.zip")
    dialog = PreviewDialog(preview)
    qtbot.addWidget(dialog)
    summary = dialog.findChild(QLabel).text()
    assert summary.endswith(
        "None of your records change. Apply records that the directory has your file "
        "number 1, so that your next export can hold only the changes since."
    )


def test_the_export_window_says_when_a_changes_only_file_becomes_possible(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ExportDialog(delta_possible=False, keyring_available=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.delta.isEnabled()
    assert dialog.why_no_delta.isVisible()
    assert "acknowledging one of ours" in dialog.why_no_delta.text()


def test_confirming_before_the_backup_is_done_says_so_then_imports(
    qtbot, sides, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    home, replica = sides
    with home.database.transaction() as session:
        ada = session.query(Person).filter_by(given_name="Ada").one()
        update_record(session, Person, ada.id, {"city": "Lyon"})
    export_roster(home, tmp_path / "second.zip")
    release = threading.Event()

    class SlowBackup(BackupInAdvance):  # a large database takes seconds to copy
        def _take(self) -> None:
            assert release.wait(10)
            super()._take()

    monkeypatch.setattr(page_module, "BackupInAdvance", SlowBackup)
    page = make_page(qtbot, replica)
    page.show_preview = lambda dialog: QDialog.DialogCode.Accepted  # type: ignore[method-assign]
    page.import_from(tmp_path / "second.zip")

    def progress_windows() -> list[QProgressDialog]:
        return [w for w in page.findChildren(QProgressDialog) if w.isVisible()]

    qtbot.waitUntil(lambda: len(progress_windows()) == 1, timeout=5000)
    [progress] = progress_windows()
    qtbot.waitUntil(lambda: progress.labelText().startswith("Finishing the copy"))
    with qtbot.waitSignal(page.finished) as blocker:
        release.set()
    assert blocker.args[0].changed == 1
    assert blocker.args[0].backup in [b.path for b in list_backups(replica.folder)]
    assert city_of_ada(replica) == "Lyon"


def test_cancel_while_the_export_is_written_leaves_no_file_and_no_history(
    qtbot, sides, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    home, _ = sides
    release = threading.Event()

    def slow_export(*args, **options):  # type: ignore[no-untyped-def]
        assert release.wait(10)  # a large roster takes a while to write
        return export_roster(*args, **options)

    monkeypatch.setattr(page_module, "export_roster", slow_export)
    page = make_page(qtbot, home)
    page.export_to(tmp_path / "second.zip", "full")
    qtbot.waitUntil(
        lambda: any(w.isVisible() for w in page.findChildren(QProgressDialog)), timeout=5000
    )
    [progress] = [w for w in page.findChildren(QProgressDialog) if w.isVisible()]
    assert progress.windowTitle() == "Writing the roster file"
    with qtbot.waitSignal(page.finished) as blocker:
        qtbot.mouseClick(progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
        release.set()
    assert blocker.args == [None]
    assert not (tmp_path / "second.zip").exists()
    assert page.history_model.rowCount() == 1
