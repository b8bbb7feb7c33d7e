"""The words messages fill in (kinds of record, fields, statuses, months, counts) are the
reader's; the command line keeps its English."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from scdesk.domain.i18n import _
from scdesk.domain.vocabulary import record_kind
from scdesk.model import VolunteerHours
from scdesk.operations.history import HistoryConflict
from scdesk.operations.privacy import ErasureResult, Mention
from scdesk.operations.records import RecordNotFound
from scdesk.storage.failures import reported_as_storage_errors
from scdesk.storage.integrity import explained, integrity_problems
from scdesk.ui.i18n import error_text, install_language, translated_text
from scdesk.ui.privacy import erasure_summary
from scdesk.ui.user_preferences import SYSTEM

CORPUS = Path(__file__).parent / "safety" / "corpus"


@pytest.fixture
def speak(qapp):
    """Switch the app's language for one test; back to the system's afterwards."""
    yield lambda language: install_language(qapp, language)
    install_language(qapp, SYSTEM)


def test_a_missing_record_is_named_by_its_kind_in_spanish_and_in_plain_english(speak) -> None:
    error = RecordNotFound(VolunteerHours, 7)
    assert str(error) == "No volunteer hours entry with id 7."
    speak("es")
    assert error_text(error) == (
        "No hay ningún registro (anotación de horas de voluntariado) con el id 7."
    )


def test_an_undo_that_would_lose_a_change_names_the_record_kind_in_french(speak) -> None:
    conflict = HistoryConflict(
        _(
            "The {what} was changed since this step was made, so it cannot be "
            "undone without losing that change."
        ).format(what=record_kind("itinerary_item"))
    )
    speak("fr")
    assert error_text(conflict).startswith("L'enregistrement (étape du programme) a été modifié")


def test_a_full_disk_while_saving_is_said_in_spanish(speak, tmp_path: Path) -> None:
    with pytest.raises(Exception) as raised, reported_as_storage_errors(tmp_path, _("saving")):
        raise OSError(errno.ENOSPC, "No space left on device")
    assert str(raised.value.message).startswith("the disk is full, so saving could not be")
    speak("es")
    assert error_text(raised.value).startswith(
        "el disco está lleno, así que no se pudo terminar el guardado."
    )


def test_an_index_out_of_step_is_explained_in_plain_french_with_sqlite_s_line_kept(
    speak, tmp_path: Path
) -> None:
    copy = tmp_path / "damaged.sqlite3"
    shutil.copy(CORPUS / "index-out-of-step-with-its-table.sqlite3", copy)
    engine = create_engine(f"sqlite:///{copy}")
    with engine.connect() as connection:
        [problem] = integrity_problems(connection)
    engine.dispose()
    assert str(problem).startswith("The index SQLite keeps to find person records quickly")
    assert str(problem).endswith(
        "(SQLite says: row 18 missing from index sqlite_autoindex_person_1)"
    )
    speak("fr")
    shown = translated_text(problem)
    assert shown.startswith(
        "L'index que SQLite tient pour retrouver vite les enregistrements (personne)"
    )
    assert shown.endswith("(SQLite indique : row 18 missing from index sqlite_autoindex_person_1)")


def test_other_integrity_problems_name_the_record_kind_and_field_in_spanish(speak) -> None:
    missing = explained("NULL value in volunteer_hours.description", {})
    damaged = explained("Tree 7 page 7 cell 0: invalid page number 99", {})
    speak("es")
    assert translated_text(missing).startswith(
        "Un registro (anotación de horas de voluntariado) no tiene descripción"
    )
    assert translated_text(damaged).startswith("Parte del propio archivo de la base de datos")
    assert translated_text(damaged).endswith(
        "(SQLite dice: Tree 7 page 7 cell 0: invalid page number 99)"
    )


def test_after_an_erasure_the_records_to_review_are_named_in_spanish(speak) -> None:
    result = ErasureResult(
        1, "uuid", 0, mentions_to_review=(Mention("volunteer_hours", 3, "description"),)
    )
    speak("es")
    assert "• anotación de horas de voluntariado 3, descripción" in erasure_summary(result)
