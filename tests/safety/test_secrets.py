"""Secrets live in the keyring only: not in the database, the backups, the settings, the logs
or any exported file, whatever encoding one would look for."""

from __future__ import annotations

import gzip
import io
import zipfile
from pathlib import Path

import keyring
import pytest
from keyring.backends.fail import Keyring as NoKeyring
from secrets_scan import find_secret

from scdesk.interchange.flat import export_flat
from scdesk.interchange.roster import format as fmt
from scdesk.interchange.roster import keys
from scdesk.interchange.roster.applying import Decision, apply_import
from scdesk.interchange.roster.applying import Decisions as RosterDecisions
from scdesk.interchange.roster.exporting import export_roster
from scdesk.interchange.roster.importing import Secrets, preview_import
from scdesk.interchange.roster.manifest import Manifest
from scdesk.interchange.roster.package import build_file
from scdesk.logs import configure_logging, stop_logging
from scdesk.operations import backups, privacy
from scdesk.operations.organizations import create_organization, current_profile, open_organization
from scdesk.storage.atomic import write_bytes_atomic
from scdesk.ui.settings import app_settings
from scdesk.ui.user_preferences import Preferences, save_preferences

PASSPHRASE = "correct horse battery staple, Zoë"


def test_the_scanner_finds_a_secret_in_any_form_and_inside_archives(tmp_path) -> None:
    key = keys.new_key()
    (tmp_path / "hex.txt").write_text(f"key={key.hex()}")
    (tmp_path / "grouped.txt").write_text(keys.key_text(key))
    (tmp_path / "utf16.ini").write_bytes(PASSPHRASE.encode("utf-16-le"))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("inner/notes.txt", "passphrase: " + PASSPHRASE)
    (tmp_path / "export.zip").write_bytes(buffer.getvalue())
    (tmp_path / "log.gz").write_bytes(gzip.compress(key))
    (tmp_path / "clean.txt").write_text("nothing to see")

    found = find_secret([tmp_path], text=PASSPHRASE, key=key)
    assert sorted({Path(f.split("!")[0]).name for f in found}) == [
        "export.zip",
        "grouped.txt",
        "hex.txt",
        "log.gz",
        "utf16.ini",
    ]
    assert any(f.endswith("!inner/notes.txt") for f in found)


def test_no_secret_reaches_the_database_backups_settings_logs_or_exports(
    org, add_people, scdesk_home, tmp_path
) -> None:
    log = configure_logging()
    try:
        with org.database.session() as session:
            organization_uuid = current_profile(session).uuid
        key = keys.new_key()
        keys.store_signing_key(organization_uuid, key)
        keys.remember_passphrase(organization_uuid, PASSPHRASE)
        [person_id] = add_people("Zoë Müller", email="zoe@example.org")
        save_preferences(Preferences(language="fr"))
        app_settings().sync()

        exports = tmp_path / "exports"
        backups.backup_now(org, "manual")
        privacy.export_person_file(org, person_id, exports / "zoe.zip")
        export_flat(org, "csv", exports / "people.csv")
        export_flat(org, "vcard", exports / "people.vcf")
        stored_key = keys.stored_signing_key(organization_uuid)
        for name, passphrase in (("roster.zip", None), ("roster-for-email.zip", PASSPHRASE)):
            data = build_file(
                roster_manifest(organization_uuid), EMPTY_ROWS, stored_key, passphrase
            )
            write_bytes_atomic(exports / name, data)
        privacy.erase_person(org, person_id)
    finally:
        stop_logging()

    places = [scdesk_home, exports]
    assert log is not None and log.exists() and (scdesk_home / "settings.ini").exists()
    assert find_secret(places, text=PASSPHRASE) == []
    assert find_secret(places, key=key) == []


EMPTY_ROWS = {table.name: [] for table in fmt.TABLES}


def roster_manifest(organization_uuid: str) -> Manifest:
    return Manifest(
        file_id="f-1",
        sequence=1,
        kind="full",
        created="2025-03-01T10:00:00Z",
        organization_id=organization_uuid,
        organization_name="Springfield Sister Cities",
        organization_directory_id="",
        sender_id=organization_uuid,
        sender_name="Springfield Sister Cities",
        generator="scdesk",
        generator_version="test",
        builds_on=None,
        acknowledges=None,
        counts={},
        checksums={},
    )


@pytest.fixture
def no_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    yield
    keyring.set_keyring(previous)


def test_without_a_keyring_secrets_are_refused_not_written_elsewhere(
    org, scdesk_home, no_keyring
) -> None:
    key = keys.new_key()
    with pytest.raises(keys.KeyringUnavailable):
        keys.store_signing_key("org-uuid", key)
    with pytest.raises(keys.KeyringUnavailable):
        keys.remember_passphrase("org-uuid", PASSPHRASE)
    backups.backup_now(org, "manual")
    assert find_secret([scdesk_home], text=PASSPHRASE, key=key) == []


def test_a_roster_exchange_leaves_no_secret_behind(org, add_people, scdesk_home, tmp_path) -> None:
    """The signing key and the passphrase stay in the keyring through a whole exchange:
    an encrypted export, its import by a second replica, a backup, the log."""
    log = configure_logging()
    try:
        add_people("Zoë Müller", "Kwame Mensah", consent_directory=True)
        exports = tmp_path / "exports"
        first = export_roster(org, exports / "to-the-directory.zip", passphrase=PASSPHRASE)
        with org.database.session() as session:
            organization_uuid = current_profile(session).uuid
        keys.remember_passphrase(organization_uuid, PASSPHRASE)
        key = keys.stored_signing_key(organization_uuid)
        assert first.key_generated and key is not None

        replica = open_organization(create_organization("Replica", country="US").slug)
        try:
            typed = Secrets(passphrase=PASSPHRASE)  # as the person at the replica types it
            preview = preview_import(replica, first.path, typed)
            apply_import(replica, preview, RosterDecisions(everything=Decision.THEIRS))
            export_roster(replica, exports / "back-again.zip", passphrase=PASSPHRASE)
            backups.backup_now(replica, "manual")
        finally:
            replica.close()
    finally:
        stop_logging()
    assert log is not None and log.exists()
    places = [scdesk_home, exports]
    assert find_secret(places, text=PASSPHRASE) == []
    assert find_secret(places, key=key) == []
