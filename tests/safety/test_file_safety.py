"""Files: everything scdesk keeps is readable by its owner only, and every file it writes
appears whole or not at all."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from scdesk.interchange.flat import export_flat
from scdesk.logs import configure_logging, stop_logging
from scdesk.model import Person
from scdesk.operations import backups, privacy
from scdesk.operations.attachments import attach_file, export_attachment
from scdesk.reports.export.csv_files import write_csv_files
from scdesk.reports.export.xlsx_file import write_xlsx_file
from scdesk.reports.figures.table import Table
from scdesk.storage.atomic import atomic_output
from scdesk.ui.user_preferences import Preferences, save_preferences

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def not_private(root: Path) -> list[str]:
    """Folders that are not 0700 and files that are not 0600, under and including root."""
    wrong = []
    for path in [root, *sorted(root.rglob("*"))]:
        expected = 0o700 if path.is_dir() else 0o600
        if mode(path) != expected:
            wrong.append(f"{path.relative_to(root.parent)} {oct(mode(path))}")
    return wrong


def test_everything_in_the_data_folder_is_private(org, scdesk_home, tmp_path) -> None:
    configure_logging()
    try:
        scan = tmp_path / "scan.pdf"
        scan.write_bytes(b"%PDF-1.4 scan")
        scan.chmod(0o644)
        with org.database.transaction() as session:
            person = Person(given_name="Zoë", family_name="Müller")
            session.add(person)
            session.flush()
            attach_file(session, org.folder.attachments, person, scan)
        backups.backup_now(org, "manual")
        privacy.erase_person(org, person.id)
        save_preferences(Preferences(language="fr"))
        with org.database.transaction() as session:
            session.add(Person(given_name="Kofi", family_name="Mensah"))
        assert Path(f"{org.folder.database}-wal").exists()
    finally:
        stop_logging()
    assert not_private(scdesk_home) == []


def test_exports_are_private_too(org, add_people, tmp_path) -> None:
    [person_id] = add_people("Zoë Müller")
    exports = tmp_path / "exports"
    privacy.export_person_file(org, person_id, exports / "zoe.zip")
    export_flat(org, "csv", exports / "people.csv")
    export_flat(org, "vcard", exports / "people.vcf")
    table = Table("people", ("Name",), [("Zoë Müller",)])
    write_csv_files([table], exports / "report.csv")
    write_xlsx_file([table], exports / "report.xlsx")
    assert {p.name: oct(mode(p)) for p in exports.iterdir()} == {
        p.name: "0o600" for p in exports.iterdir()
    }
    assert len(list(exports.iterdir())) == 5


def test_an_attachment_saved_out_is_private_and_whole(org, tmp_path) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    with org.database.transaction() as session:
        person = Person(given_name="Zoë", family_name="Müller")
        session.add(person)
        session.flush()
        attachment = attach_file(session, org.folder.attachments, person, scan)
    target = export_attachment(org.folder.attachments, attachment, tmp_path / "out" / "copy.pdf")
    assert target.read_bytes() == b"%PDF-1.4 scan" and mode(target) == 0o600


def test_a_failed_write_leaves_the_old_file_and_no_temporary_one(tmp_path) -> None:
    target = tmp_path / "report.csv"
    target.write_text("old, whole")
    with pytest.raises(RuntimeError), atomic_output(target) as handle:
        handle.write(b"new, half")
        raise RuntimeError("the disk went away")
    assert target.read_text() == "old, whole"
    assert [p.name for p in tmp_path.iterdir()] == ["report.csv"]
