"""The attachment store holds exactly the files that committed records refer to."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from scdesk.domain.errors import RuleViolation
from scdesk.model import Attachment, Person
from scdesk.operations import hours
from scdesk.operations.attachments import attach_file, stored_path
from scdesk.operations.health import check_organization
from scdesk.storage.organization_files import OpenOrganization


def stored_files(org: OpenOrganization) -> list[Path]:
    return sorted(p for p in org.folder.attachments.rglob("*") if p.is_file())


def document(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def new_person(session) -> Person:
    person = Person(given_name="Zoë", family_name="Müller")
    session.add(person)
    session.flush()
    return person


def test_an_attachment_in_a_transaction_that_rolls_back_leaves_no_file(org, tmp_path) -> None:
    scan = document(tmp_path, "passport.pdf", b"%PDF-1.4 passport scan")
    with pytest.raises(RuleViolation), org.database.transaction() as session:
        person = new_person(session)
        attachment = attach_file(session, org.folder.attachments, person, scan)
        assert stored_path(org.folder.attachments, attachment.sha256).exists()
        hours.log_hours(session, person.id, date(2024, 5, 1), 30.0)  # more than a day
    assert stored_files(org) == []
    with org.database.session() as session:
        assert session.query(Attachment).count() == 0
    assert check_organization(org).healthy


def test_a_rollback_keeps_a_file_that_committed_records_already_use(org, tmp_path) -> None:
    mou = document(tmp_path, "mou.pdf", b"%PDF-1.4 memorandum")
    with org.database.transaction() as session:
        person = new_person(session)
        kept = attach_file(session, org.folder.attachments, person, mou, "Signed MOU")
    with pytest.raises(RuntimeError), org.database.transaction() as session:
        attach_file(session, org.folder.attachments, session.merge(person), mou, "Copy")
        attach_file(
            session, org.folder.attachments, session.merge(person), document(tmp_path, "a", b"a")
        )
        raise RuntimeError("the user action failed")
    assert stored_files(org) == [stored_path(org.folder.attachments, kept.sha256)]
    assert check_organization(org).healthy


def test_a_rolled_back_savepoint_removes_only_its_own_files(org, tmp_path) -> None:
    letter = document(tmp_path, "letter.pdf", b"%PDF-1.4 letter")
    draft = document(tmp_path, "draft.pdf", b"%PDF-1.4 draft")
    with org.database.transaction() as session:
        person = new_person(session)
        kept = attach_file(session, org.folder.attachments, person, letter)
        savepoint = session.begin_nested()
        attach_file(session, org.folder.attachments, person, draft)
        savepoint.rollback()
    assert stored_files(org) == [stored_path(org.folder.attachments, kept.sha256)]
    assert check_organization(org).healthy


def test_a_committed_savepoint_inside_a_failed_transaction_leaves_no_file(org, tmp_path) -> None:
    letter = document(tmp_path, "letter.pdf", b"%PDF-1.4 letter")
    with pytest.raises(RuntimeError), org.database.transaction() as session:
        person = new_person(session)
        with session.begin_nested():
            attach_file(session, org.folder.attachments, person, letter)
        raise RuntimeError("the user action failed")
    assert stored_files(org) == []
