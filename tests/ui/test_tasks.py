"""Long work runs off the interface thread, shows progress only when it lasts, and a Cancel
keeps nothing of what the work had written."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget
from sqlalchemy import func, select

from scdesk.model import Person
from scdesk.ui import tasks
from scdesk.ui.tasks import Cancelled, TaskRunner, in_transaction


class FakeProgress:
    """What a test passes to work functions instead of the runner's Task."""

    def __init__(self, cancel_after: int | None = None) -> None:
        self.reports: list[tuple[int, int, str]] = []
        self.cancel_after = cancel_after

    def report(self, done: int, total: int, message: str = "") -> None:
        self.reports.append((done, total, message))

    def cancelled(self) -> bool:
        return self.cancel_after is not None and len(self.reports) >= self.cancel_after

    def check(self) -> None:
        if self.cancelled():
            raise Cancelled


def add_people(count: int, pause: float = 0.0):
    """Work that writes `count` people, reporting and checking for Cancel after each."""

    def work(session, progress) -> int:
        for number in range(count):
            session.add(Person(given_name="Ada", family_name=f"Volunteer {number}"))
            session.flush()
            progress.report(number + 1, count, f"Adding person {number + 1}")
            progress.check()
            time.sleep(pause)
        return count

    return work


def people_count(org) -> int:
    with org.database.session() as session:
        return session.scalar(select(func.count(Person.id)))


@pytest.fixture
def runner(qtbot) -> TaskRunner:
    window = QWidget()
    qtbot.addWidget(window)
    return TaskRunner(window)


def test_work_functions_can_be_run_directly_with_a_fake_progress(org) -> None:
    progress = FakeProgress()
    assert in_transaction(org.database, add_people(3), progress) == 3
    assert [r[0] for r in progress.reports] == [1, 2, 3]
    assert people_count(org) == 3


def test_a_cancel_reported_by_the_progress_keeps_nothing(org) -> None:
    with pytest.raises(Cancelled):
        in_transaction(org.database, add_people(10), FakeProgress(cancel_after=4))
    assert people_count(org) == 0


def test_the_result_arrives_on_the_interface_thread(qtbot, runner, org) -> None:
    threads: list[object] = []
    results: list[int] = []

    def work(session, progress) -> int:
        threads.append(threading.get_ident())
        return add_people(2)(session, progress)

    def done(result: int) -> None:
        threads.append(threading.get_ident())
        results.append(result)

    task = runner.run_in_transaction(org.database, work, title="Adding", on_success=done)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert results == [2]
    assert threads[0] != threads[1] == threading.get_ident()
    assert QThread.currentThread() is QApplication.instance().thread()
    assert people_count(org) == 2


def test_a_failure_is_handed_to_the_failure_callback_and_nothing_is_kept(
    qtbot, runner, org
) -> None:
    failures: list[BaseException] = []

    def work(session, progress) -> None:
        add_people(2)(session, progress)
        raise ValueError("the roster file ends in the middle of row 12")

    task = runner.run_in_transaction(
        org.database, work, title="Importing", on_failure=failures.append
    )
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert [str(f) for f in failures] == ["the roster file ends in the middle of row 12"]
    assert people_count(org) == 0


def test_without_a_failure_callback_the_person_is_told(qtbot, runner, monkeypatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(
        tasks.QMessageBox, "warning", staticmethod(lambda _p, _t, text: told.append(text))
    )

    def work(progress) -> None:
        raise OSError("the disk is full")

    task = runner.run(work, title="Writing the report")
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert len(told) == 1 and "the disk is full" in told[0]


def test_quick_work_never_shows_a_progress_dialog(qtbot, runner, org) -> None:
    task = runner.run_in_transaction(org.database, add_people(1), title="Quick")
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    qtbot.wait(tasks.SHOW_PROGRESS_AFTER_MS + 100)
    assert not [d for d in runner.window.findChildren(QProgressDialog) if d.isVisible()]


def test_long_work_shows_progress_and_cancel_keeps_nothing(qtbot, runner, org) -> None:
    outcomes: list[str] = []
    task = runner.run_in_transaction(
        org.database,
        add_people(400, pause=0.01),
        title="Adding many people",
        on_success=lambda _r: outcomes.append("done"),
        on_cancelled=lambda: outcomes.append("cancelled"),
    )

    def visible_dialog() -> QProgressDialog:
        dialogs = [d for d in runner.window.findChildren(QProgressDialog) if d.isVisible()]
        assert dialogs
        return dialogs[0]

    qtbot.waitUntil(lambda: visible_dialog() is not None, timeout=5_000)
    dialog = visible_dialog()
    qtbot.waitUntil(lambda: dialog.value() > 0, timeout=5_000)
    assert dialog.maximum() == 400
    assert dialog.windowTitle() == "Adding many people"
    (cancel,) = dialog.findChildren(QPushButton)
    assert cancel.text() == "Cancel"
    with qtbot.waitSignal(task.finished, timeout=10_000):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert outcomes == ["cancelled"]
    assert people_count(org) == 0
    assert not task.is_running()


def test_tasks_run_one_after_another(qtbot, runner, org) -> None:
    order: list[str] = []

    def step(name: str):
        def work(progress) -> str:
            order.append(f"{name} starts")
            time.sleep(0.05)
            order.append(f"{name} ends")
            return name

        return work

    first = runner.run(step("first"), title="First", show_progress=False)
    second = runner.run(step("second"), title="Second", show_progress=False)
    with qtbot.waitSignals([first.finished, second.finished], timeout=10_000):
        pass
    assert order == ["first starts", "first ends", "second starts", "second ends"]
