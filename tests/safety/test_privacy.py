"""A person's rights: erasure that really erases, and a full copy of what is held about them."""

from __future__ import annotations

import json
import stat
import zipfile
from datetime import date
from pathlib import Path

import pytest
from safety_helpers import answer_dialog, person_names

from scdesk.cli.main import run
from scdesk.model import (
    ContactDetail,
    Exchange,
    ParticipantRole,
    Partnership,
    Person,
    VolunteerHours,
)
from scdesk.operations import backups, exchanges, hours, privacy
from scdesk.operations.attachments import attach_file
from scdesk.operations.people import find_people
from scdesk.operations.records import RecordNotFound
from scdesk.storage.organization_files import OpenOrganization
from scdesk.ui.privacy import erase_on_request, export_for_person

PERSONAL = {
    "given_name": "Wiremu",
    "family_name": "Tawhirimatea",
    "email": "wiremu.tawhiri@example.org",
    "phone": "(217) 555-0187",
    "street": "742 Evergreen Terrace",
    "city": "Shelbyville",
    "postal_code": "62565",
    "languages": "Te reo Maori",
    "skills": "kapa haka tutoring",
    "emergency_name": "Hinewai Tawhirimatea",
    "emergency_phone": "(217) 555-0199",
    "emergency_relation": "grand-aunt",
    "directory_id": "SCI-4711",
    "notes": "Allergic to peanuts",
    "member_since": date(2019, 5, 4),
    "consent_photos": True,
}
SECOND_EMAIL = "kapahaka.wiremu@example.net"


@pytest.fixture
def wiremu(org: OpenOrganization, tmp_path: Path) -> int:
    """A person with every personal field filled, a contact detail, an exchange, hours and a
    file attached; an exchange note that names him."""
    document = tmp_path / "wiremu-passport.pdf"
    document.write_bytes(b"%PDF-1.4 passport scan")
    with org.database.transaction() as session:
        person = Person(**PERSONAL)
        session.add(person)
        session.flush()
        session.add(ContactDetail(person=person, kind="email", label="home", value=SECOND_EMAIL))
        partnership = Partnership(partner_city="Rotorua", partner_country="NZ")
        session.add(partnership)
        session.flush()
        exchange = Exchange(
            title="Youth music week",
            partnership_id=partnership.id,
            notes="Wiremu Tawhirimatea led the workshop.",
        )
        session.add(exchange)
        session.flush()
        exchanges.add_participant(session, exchange.id, person.id, ParticipantRole.ORGANIZER)
        hours.log_hours(session, person.id, date(2024, 3, 2), 3.5, exchange_id=exchange.id)
        attach_file(session, org.folder.attachments, person, document, title="Passport")
        return person.id


def database_bytes(org: OpenOrganization) -> bytes:
    database = org.folder.database
    wal = Path(f"{database}-wal")
    return database.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_erasure_clears_every_personal_field_and_keeps_a_tombstone(org, wiremu) -> None:
    result = privacy.erase_person(org, wiremu)
    with org.database.session() as session:
        person = session.get(Person, wiremu)
        assert person.deleted_at is not None and privacy.is_erased(person)
        for field in PERSONAL.keys() - {"notes"}:
            assert getattr(person, field) in ("", None, False), field
        assert person.notes.startswith("Erased on request")
        [detail] = session.query(ContactDetail).all()
        assert (detail.value, detail.deleted_at is not None) == ("", True)
    assert result.person_uuid and result.contact_details == 1


def test_erased_personal_data_is_gone_from_the_database_files(org, wiremu) -> None:
    assert b"Tawhirimatea" in database_bytes(org)
    privacy.erase_person(org, wiremu)
    held = database_bytes(org)
    names = ("Wiremu", "Tawhirimatea")  # an exchange note names him: for review, kept
    for value in (*(v for v in PERSONAL.values() if isinstance(v, str)), SECOND_EMAIL):
        if value not in names:
            assert value.encode() not in held, value
    with org.database.session() as session:
        assert find_people(session, "Tawhirimatea") == []
        assert find_people(session, "kapahaka") == []


def test_erasure_lists_his_files_and_the_notes_that_name_him_for_review(org, wiremu) -> None:
    result = privacy.erase_person(org, wiremu)
    assert [a.filename for a in result.attachments_to_review] == ["wiremu-passport.pdf"]
    assert [(m.table, m.field) for m in result.mentions_to_review] == [("exchange", "notes")]


def test_his_hours_and_participation_still_count_after_erasure(org, wiremu) -> None:
    privacy.erase_person(org, wiremu)
    with org.database.session() as session:
        assert hours.total_hours(session) == 3.5
        assert session.query(VolunteerHours).one().person_id == wiremu


def test_restoring_an_older_backup_erases_him_again(org, wiremu, add_people) -> None:
    path = backups.backup_now(org, "manual")
    privacy.erase_person(org, wiremu)
    result = backups.restore_backup(org, path)
    assert result.erasures_reapplied == 1
    with org.database.session() as session:
        assert privacy.is_erased(session.get(Person, wiremu))
    assert "Wiremu Tawhirimatea" not in person_names(org)


def test_the_subject_access_export_holds_everything_about_him(org, wiremu, tmp_path) -> None:
    target = tmp_path / "exports" / "wiremu.zip"
    privacy.export_person_file(org, wiremu, target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with zipfile.ZipFile(target) as archive:
        names = set(archive.namelist())
        document = json.loads(archive.read("person.json"))
        passport = archive.read("attachments/wiremu-passport.pdf")
    assert names == {"person.json", "README.txt", "attachments/wiremu-passport.pdf"}
    assert passport == b"%PDF-1.4 passport scan"
    assert document["person"]["email"] == PERSONAL["email"]
    assert document["person"]["member_since"] == "2019-05-04"
    assert [d["value"] for d in document["contact_details"]] == [SECOND_EMAIL]
    assert document["exchange_participations"][0]["exchange"] == "Youth music week"
    assert document["exchange_participations"][0]["role"] == "organizer"
    assert document["volunteer_hours"][0]["hours"] == 3.5
    assert document["attachments"][0]["file_in_archive"] == "attachments/wiremu-passport.pdf"


def test_an_unknown_person_is_named_in_the_error(org) -> None:
    with pytest.raises(RecordNotFound, match="No person with id 999"):
        privacy.erase_person(org, 999)
    with org.database.session() as session, pytest.raises(RecordNotFound):
        privacy.find_person(session, "nobody@example.org")


def test_the_command_line_erases_and_exports_by_email(org, wiremu, tmp_path, capsys) -> None:
    org.close()
    target = tmp_path / "wiremu.zip"
    assert run(["privacy", "export", PERSONAL["email"].upper(), "--to", str(target)]) == 0
    assert zipfile.is_zipfile(target)
    assert run(["privacy", "erase", str(wiremu), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "Erased record" in out and "wiremu-passport.pdf" in out
    assert run(["privacy", "erase", PERSONAL["email"], "--yes"]) == 1
    assert "No person with id" in capsys.readouterr().err


def test_the_erase_button_asks_first_then_lists_what_to_review(qtbot, org, wiremu) -> None:
    seen: list[str] = []
    answer_dialog(qtbot, "Cancel", seen)
    assert erase_on_request(None, org, wiremu) is None
    assert "Erase everything personal about Wiremu Tawhirimatea?" in seen[0]
    with org.database.session() as session:
        assert not privacy.is_erased(session.get(Person, wiremu))

    answer_dialog(qtbot, "Erase", seen)
    answer_dialog(qtbot, "OK", seen)
    result = erase_on_request(None, org, wiremu)
    assert result is not None and result.person_id == wiremu
    assert "wiremu-passport.pdf" not in seen[-1]  # listed by title
    assert "Passport" in seen[-1] and "exchange" in seen[-1]


def test_the_export_button_writes_the_zip(qtbot, org, wiremu, tmp_path) -> None:
    written = export_for_person(None, org, wiremu, tmp_path / "wiremu.zip")
    assert written is not None and zipfile.is_zipfile(written)
