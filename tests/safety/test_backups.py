"""Backups: taken safely while the app works, rotated, and restored without losing a thing."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from safety_helpers import database_fingerprint, person_names, wreck

from scdesk.model import Person
from scdesk.model.base import utcnow
from scdesk.operations import backups
from scdesk.operations.attachments import attach_file, stored_path
from scdesk.operations.organizations import open_organization
from scdesk.operations.people import find_people
from scdesk.storage import backup as store
from scdesk.storage.backup import (
    Backup,
    BackupCancelled,
    BackupPolicy,
    BackupSettings,
    backups_to_keep,
)
from scdesk.storage.database import make_engine
from scdesk.storage.errors import DamagedDatabaseError, StorageError
from scdesk.storage.migrate import upgrade
from scdesk.storage.organization_files import OpenOrganization
from scdesk.storage.registry import Registry
from scdesk.storage.revisions import HEAD_REVISION


def people_in(database: Path) -> list[str]:
    with sqlite3.connect(database) as connection:
        rows = connection.execute(
            "SELECT given_name || ' ' || family_name FROM person ORDER BY id"
        ).fetchall()
    connection.close()
    return [row[0] for row in rows]


def test_a_backup_holds_the_records_and_says_why_it_was_taken(org, add_people) -> None:
    add_people("Zoë Müller", "Kofi Mensah")
    path = backups.backup_now(org, "before import")
    assert people_in(path) == ["Zoë Müller", "Kofi Mensah"]
    [listed] = store.list_backups(org.folder)
    assert (listed.path, listed.reason, listed.schema) == (path, "before import", HEAD_REVISION)
    assert listed.database_bytes == path.stat().st_size
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()


def test_a_backup_during_an_unfinished_save_holds_only_what_was_saved(org, add_people) -> None:
    add_people("Zoë Müller")
    writer = sqlite3.connect(org.folder.database, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute(
        "UPDATE person SET given_name = 'Half', family_name = 'Written' WHERE given_name = 'Zoë'"
    )
    try:
        path = backups.backup_now(org, "manual")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert people_in(path) == ["Zoë Müller"]


def test_a_backup_is_taken_only_when_something_changed(org, add_people) -> None:
    first = backups.backup_if_changed(org, store.ON_CLOSE)
    assert first is not None
    assert backups.backup_if_changed(org, store.ON_CLOSE) is None
    add_people("Kofi Mensah")
    second = backups.closing_backup(org)
    assert second is not None and people_in(second) == ["Kofi Mensah"]


@pytest.mark.parametrize(("minutes_ago", "taken"), [(20, False), (90, True)])
def test_the_hourly_backup_waits_an_hour_after_the_last_one(
    org, add_people, minutes_ago: int, taken: bool
) -> None:
    store.create_backup(org.folder, "manual", now=utcnow() - timedelta(minutes=minutes_ago))
    add_people("Kofi Mensah")
    assert (backups.hourly_backup(org) is not None) == taken
    assert len(store.list_backups(org.folder)) == (2 if taken else 1)


def synthetic(created: datetime, size: int = 1000) -> Backup:
    return Backup(Path(f"/b/{created:%Y%m%dT%H%M%S}.sqlite3"), created, "hourly", size)


def test_rotation_keeps_the_newest_ten_then_one_per_day_week_and_month() -> None:
    start = datetime(2024, 1, 1)
    every_six_hours = [synthetic(start + timedelta(hours=6 * n)) for n in range(4 * 400)]
    newest_first = sorted(every_six_hours, key=lambda b: b.created, reverse=True)
    kept = backups_to_keep(newest_first, BackupPolicy(size_cap=10**12))
    newest = newest_first[0].created
    assert newest_first[:10] == kept[:10]
    days = {b.created.date() for b in kept}
    assert {newest.date() - timedelta(days=n) for n in range(7)} <= days
    weeks = {b.created.isocalendar()[:2] for b in kept}
    assert len(weeks) >= 5
    months = {(b.created.year, b.created.month) for b in kept}
    assert len(months) == 12
    assert len(kept) <= 10 + 7 + 5 + 12
    assert kept[-1].created.month == 3 and kept[-1].created.year == 2024  # a year back


def test_rotation_under_the_size_cap_lets_the_oldest_go_but_keeps_the_newest() -> None:
    start = datetime(2024, 1, 1)
    newest_first = [synthetic(start - timedelta(days=n), size=400) for n in range(20)]
    kept = backups_to_keep(newest_first, BackupPolicy(size_cap=2000))
    assert kept == newest_first[:5]
    alone = backups_to_keep(newest_first, BackupPolicy(size_cap=10))
    assert alone == newest_first[:1]


def test_rotation_deletes_the_files_of_the_backups_it_lets_go(org) -> None:
    start = datetime(2024, 6, 1)
    policy = BackupPolicy(recent=4, daily=6, weekly=1, monthly=1)
    for day in range(12):
        store.create_backup(
            org.folder,
            "hourly",
            now=start + timedelta(days=day),
            settings=BackupSettings(policy=policy),
        )
    kept = store.list_backups(org.folder)
    assert [b.created.day for b in kept] == [12, 11, 10, 9, 8, 7]
    files = sorted(p.name for p in org.folder.backups.iterdir() if p.is_file())
    assert files == sorted([b.path.name for b in kept] + [b.manifest.name for b in kept])


def attach(org: OpenOrganization, tmp_path: Path, name: str, content: bytes) -> str:
    source = tmp_path / name
    source.write_bytes(content)
    with org.database.transaction() as session:
        person = Person(given_name="Zoë", family_name="Müller")
        session.add(person)
        session.flush()
        return attach_file(session, org.folder.attachments, person, source).sha256


def test_attachments_are_copied_once_and_shared_by_the_backups(org, tmp_path) -> None:
    mou = attach(org, tmp_path, "mou.pdf", b"%PDF-1.4 signed memorandum")
    first = backups.take_backup(org, "manual").backup
    photo = attach(org, tmp_path, "photo.jpg", b"\xff\xd8\xff photo")
    second = backups.take_backup(org, "manual").backup
    assert set(first.attachments) == {mou}
    assert set(second.attachments) == {mou, photo}
    copies = sorted(p.name for p in (org.folder.backups / "attachments").glob("*/*"))
    assert copies == sorted([mou, photo])


def test_restoring_brings_back_the_records_and_keeps_the_current_state(org, add_people) -> None:
    add_people("Zoë Müller")
    path = backups.backup_now(org, "manual")
    add_people("Mistake Entry")
    result = backups.restore_backup(org, path.stem)
    assert person_names(org) == ["Zoë Müller"]
    assert result.safety_backup is not None
    assert people_in(result.safety_backup) == ["Zoë Müller", "Mistake Entry"]
    backups.restore_backup(org, result.safety_backup.name)  # and back again
    assert person_names(org) == ["Zoë Müller", "Mistake Entry"]


def test_restoring_puts_back_attachment_files_that_went_missing(org, tmp_path) -> None:
    sha = attach(org, tmp_path, "mou.pdf", b"%PDF-1.4 signed memorandum")
    path = backups.backup_now(org, "manual")
    stored_path(org.folder.attachments, sha).unlink()
    result = backups.restore_backup(org, path)
    assert stored_path(org.folder.attachments, sha).read_bytes() == b"%PDF-1.4 signed memorandum"
    assert result.lost_attachments == ()


def test_what_would_be_lost_counts_the_changes_made_since_the_backup(org, add_people) -> None:
    add_people("Zoë Müller")
    backups.backup_now(org, "manual")
    [backup] = store.list_backups(org.folder)
    assert backups.what_would_be_lost(org.folder.database, backup).nothing_lost
    add_people("Kofi Mensah", "Ana Lima")
    loss = backups.what_would_be_lost(org.folder.database, backup)
    assert (loss.changes, loss.by_table) == (2, {"person": 2})


def test_a_damaged_database_is_set_aside_and_the_newest_good_backup_restored(
    org, add_people
) -> None:
    add_people("Zoë Müller")
    backups.backup_now(org, "manual")
    add_people("Kofi Mensah")
    slug, folder = org.folder.root.name, org.folder
    org.close()
    wreck(folder.database)
    damaged = folder.database.read_bytes()
    with pytest.raises(DamagedDatabaseError):
        open_organization(slug)

    result = backups.restore_organization(slug)
    assert result.damaged_file is not None and result.damaged_file.name.endswith(".corrupt")
    assert result.damaged_file.read_bytes() == damaged
    with open_organization(slug) as reopened:
        assert person_names(reopened) == ["Zoë Müller"]


def test_a_damaged_backup_is_passed_over_for_the_newest_good_one(org, add_people) -> None:
    add_people("Zoë Müller")
    good = backups.backup_now(org, "manual")
    bad = backups.backup_now(org, "manual")
    wreck(bad)
    assert backups.newest_good_backup(org.folder).path == good


def test_a_cancelled_backup_leaves_nothing_behind(org, add_people) -> None:
    add_people(*(f"Person{n} Example" for n in range(2000)))
    before = backups.backup_now(org, "manual")
    with pytest.raises(BackupCancelled):
        backups.backup_now(org, "manual", cancelled=lambda: True)
    assert sorted(p.name for p in org.folder.backups.iterdir() if p.is_file()) == sorted(
        [before.name, before.with_suffix(".json").name]
    )


def test_a_backup_cancelled_during_its_check_leaves_nothing_behind(org, add_people) -> None:
    add_people(*(f"Person{n} Example" for n in range(2000)))
    before = backups.backup_now(org, "manual")
    copied = []

    def progress(done: int, total: int) -> None:
        copied.append(done == total)

    with pytest.raises(BackupCancelled):
        backups.backup_now(org, "manual", progress=progress, cancelled=lambda: any(copied))
    assert copied[-1]  # every page was copied: the check was what got cancelled
    assert sorted(p.name for p in org.folder.backups.iterdir() if p.is_file()) == sorted(
        [before.name, before.with_suffix(".json").name]
    )


def test_a_damaged_database_is_not_backed_up_over_good_backups(org, add_people) -> None:
    add_people("Zoë Müller")
    good = backups.backup_now(org, "manual")
    org.close()
    wreck(org.folder.database)
    with pytest.raises(DamagedDatabaseError, match="damaged"):
        store.create_backup(org.folder, "manual")
    assert [b.path for b in store.list_backups(org.folder)] == [good]


def test_restoring_an_older_schema_upgrades_it(org, tmp_path) -> None:
    old = tmp_path / "old-scdesk.sqlite3"
    engine = make_engine(old)
    with engine.begin() as connection:
        upgrade(connection, "0001")
        connection.exec_driver_sql(
            "INSERT INTO person (given_name, family_name, sort_name, email, phone, street, city,"
            " region, postal_code, country, languages, skills, category, status, host_rooms,"
            " consent_directory, consent_photos, consent_email, emergency_name,"
            " emergency_phone, emergency_relation, directory_id, directory_admin, notes, uuid,"
            " created_at, updated_at, revision, change_seq) VALUES ('Zoë', 'Müller',"
            " 'muller zoe', '', '', '', '', '', '', '', '', '', 'member', 'active', 0, 0, 0, 0,"
            " '', '', '', '', 0, '', 'u-zoe', '2020-01-01', '2020-01-01', 1, 1)"
        )
    engine.dispose()
    backups.restore_backup(org, old)
    assert person_names(org) == ["Zoë Müller"]
    with org.database.session() as session:
        assert [p.family_name for p in find_people(session, "muller")] == ["Müller"]


def test_a_restore_from_a_file_that_is_not_a_backup_changes_nothing(org, tmp_path) -> None:
    bogus = tmp_path / "minutes.sqlite3"
    bogus.write_text("Minutes of the board meeting\n" * 100)
    before = database_fingerprint(org.folder.database)
    with pytest.raises(StorageError, match="not an scdesk backup"):
        backups.restore_backup(org, bogus)
    assert database_fingerprint(org.folder.database) == before
    assert store.list_backups(org.folder) == []


def test_an_upgrade_backup_is_listed_as_such() -> None:
    registry = Registry()
    entry = registry.add("Old Springfield")
    folder = registry.folder(entry)
    folder.root.mkdir(parents=True)
    engine = make_engine(folder.database)
    with engine.begin() as connection:
        upgrade(connection, "0001")
    engine.dispose()
    with open_organization(entry.slug) as org:
        [backup] = store.list_backups(org.folder)
        assert (backup.reason, backup.schema, str(backup.path)) == (
            "before upgrade",
            "0001",
            org.upgrade_backup,
        )


def test_a_backup_with_another_page_size_is_restored(org) -> None:
    healthy = Path(__file__).with_name("healthy-with-small-pages.sqlite3")
    backups.restore_backup(org, healthy)
    assert len(person_names(org)) == 20
    with sqlite3.connect(org.folder.database) as connection:
        assert connection.execute("PRAGMA page_size").fetchone() == (4096,)
    connection.close()


def test_backups_go_to_the_chosen_folder_and_rotation_keeps_the_chosen_number(
    org, add_people, tmp_path
) -> None:
    usb = tmp_path / "usb stick"
    usb.mkdir()
    org.backup_settings = BackupSettings(usb, BackupPolicy(recent=3))
    add_people("Zoë Müller")
    first = backups.backup_now(org, "manual")
    for name in ("Kofi Mensah", "Ana Lima", "Mistake Entry"):
        add_people(name)
        backups.backup_now(org, "manual")
    chosen = usb / org.folder.root.name
    listed = store.list_backups(org.folder, org.backup_settings)
    assert len(listed) == 3 and all(b.path.parent == chosen for b in listed)
    assert not first.exists()
    assert store.list_backups(org.folder) == []  # nothing in the organization's own folder
    assert not org.folder.backups.exists()
    result = backups.restore_backup(org, listed[-1].name)
    assert person_names(org) == ["Zoë Müller", "Kofi Mensah"]
    assert result.safety_backup.parent == chosen
    after = store.list_backups(org.folder, org.backup_settings)
    assert (len(after), after[0].reason) == (3, "before restore")


def test_attachment_copies_follow_the_chosen_folder(org, tmp_path) -> None:
    (tmp_path / "elsewhere").mkdir()
    org.backup_settings = BackupSettings(tmp_path / "elsewhere")
    sha = attach(org, tmp_path, "mou.pdf", b"%PDF-1.4 signed memorandum")
    path = backups.backup_now(org, "manual")
    assert path.parent == tmp_path / "elsewhere" / org.folder.root.name
    assert store.attachment_copy(path.parent, sha).exists()
    stored_path(org.folder.attachments, sha).unlink()
    assert backups.restore_backup(org, path).lost_attachments == ()
    assert stored_path(org.folder.attachments, sha).exists()


def test_the_backup_before_an_upgrade_goes_to_the_chosen_folder(tmp_path) -> None:
    registry = Registry()
    entry = registry.add("Old Springfield")
    folder = registry.folder(entry)
    folder.root.mkdir(parents=True)
    engine = make_engine(folder.database)
    with engine.begin() as connection:
        upgrade(connection, "0001")  # as the first scdesk left it
    engine.dispose()
    (tmp_path / "elsewhere").mkdir()
    settings = BackupSettings(tmp_path / "elsewhere")
    with open_organization(entry.slug, registry, settings) as org:
        assert Path(org.upgrade_backup).parent == tmp_path / "elsewhere" / entry.slug
    [backup] = store.list_backups(folder, settings)
    assert backup.reason == "before upgrade"


def test_a_chosen_backup_folder_on_a_disk_not_connected_is_refused_not_created(
    org, tmp_path
) -> None:
    unplugged = tmp_path / "media" / "usb"
    org.backup_settings = BackupSettings(unplugged)
    before = database_fingerprint(org.folder.database)
    with pytest.raises(StorageError) as raised:
        backups.backup_now(org, "manual")
    assert raised.value.path == unplugged and "is its disk connected?" in raised.value.message
    assert not unplugged.exists() and not (tmp_path / "media").exists()
    assert database_fingerprint(org.folder.database) == before


def watch_memory_maps(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """Record the memory map size of each connection a copy reads, writes or checks through."""
    seen: list[tuple[str, int]] = []
    real_check, real_prepare = store._run_check, store._prepare_for_copy

    def map_size(connection: sqlite3.Connection) -> int:
        return connection.execute("PRAGMA mmap_size").fetchone()[0]

    def check(connection: sqlite3.Connection, check: str, cancelled) -> list[tuple[str]]:
        seen.append((check, map_size(connection)))
        return real_check(connection, check, cancelled)

    def prepare(src: sqlite3.Connection, dst: sqlite3.Connection) -> None:
        real_prepare(src, dst)
        seen.extend([("copy source", map_size(src)), ("copy", map_size(dst))])

    monkeypatch.setattr(store, "_run_check", check)
    monkeypatch.setattr(store, "_prepare_for_copy", prepare)
    return seen


def test_backups_and_restores_read_every_file_without_a_memory_map(
    org, add_people, monkeypatch, tmp_path
) -> None:
    # A mapped file on a USB stick that is pulled out kills the app (SIGBUS), where an
    # ordinary read fails with an error the app can explain.
    add_people("Zoë Müller", "Kofi Mensah")
    usb = tmp_path / "usb"
    usb.mkdir()
    org.backup_settings = BackupSettings(usb)
    seen = watch_memory_maps(monkeypatch)
    path = backups.backup_now(org, "manual")
    assert path.parent == usb / org.folder.root.name
    assert people_in(path) == ["Zoë Müller", "Kofi Mensah"]
    assert store.passes_integrity_check(path)
    add_people("Mistake Entry")
    backups.restore_backup(org, path.stem)
    assert person_names(org) == ["Zoë Müller", "Kofi Mensah"]
    checks = {check for check, _size in seen}
    assert {"copy source", "copy", store.QUICK_CHECK, store.INTEGRITY_CHECK} <= checks
    assert [size for _check, size in seen] == [0] * len(seen)


def test_a_backup_checks_its_finished_copy_once_even_when_a_save_comes_mid_copy(
    org, add_people, monkeypatch
) -> None:
    """The check reads the copy once it is whole (not the source beside it: see
    copy_database); a save committed after the copy's first step changes none of that."""
    add_people("Zoë Müller")
    checked: list[str] = []
    real_check = store._run_check

    def spying_check(connection, check, cancelled):
        checked.append(Path(connection.execute("PRAGMA database_list").fetchone()[2]).name)
        return real_check(connection, check, cancelled)

    monkeypatch.setattr(store, "_run_check", spying_check)
    saved: list[str] = []

    def save_once(done: int, total: int) -> None:
        if not saved:
            saved.append("Ada")
            add_people("Ada Lovelace")

    path = store.create_backup(org.folder, "manual", progress=save_once).backup.path
    assert len(checked) == 1 and checked[0].startswith(store.TEMPORARY_PREFIX)
    assert "Zoë Müller" in people_in(path)
    assert store.passes_integrity_check(path)
