"""The words messages fill in (kinds of record, fields, statuses, months, counts) are the
reader's; the command line keeps its English."""

from __future__ import annotations

import csv
import errno
import shutil
import xml.etree.ElementTree as ET
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from sqlalchemy import create_engine

from scdesk.domain.i18n import Moment, _, term
from scdesk.domain.vocabulary import record_kind
from scdesk.interchange.contacts.problems import errors_csv_bytes
from scdesk.interchange.roster.items import SPECS, Item, Kind
from scdesk.model import PersonCategory, VolunteerHours
from scdesk.operations.backups import restore_backup
from scdesk.operations.history import HistoryConflict
from scdesk.operations.privacy import ErasureResult, Mention
from scdesk.operations.records import RecordNotFound
from scdesk.reports.figures.directory import DirectoryEntry, DirectoryFigures
from scdesk.reports.figures.lookup import NotFound, find_person
from scdesk.reports.figures.organization import OrganizationHeading
from scdesk.reports.figures.period import Period
from scdesk.reports.render.directory import directory_layout
from scdesk.reports.render.formatting import Formatter
from scdesk.storage.errors import StorageError
from scdesk.storage.failures import reported_as_storage_errors
from scdesk.storage.integrity import explained, integrity_problems
from scdesk.storage.organization_files import OpenOrganization
from scdesk.ui.backups.wording import local_time
from scdesk.ui.i18n import error_text, translated_text
from scdesk.ui.privacy import erasure_summary
from scdesk.ui.roster.preview_dialog import made_text
from tests.contacts.conftest import preview_file

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "safety" / "corpus"


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


def contacts_problems(org: OpenOrganization, tmp_path: Path, column: str, value: str) -> list:
    """The preview's problems for a one-person contacts file whose `column` reads `value`."""
    source = tmp_path / "members.csv"
    source.write_text(
        f"Given name,Family name,Email,{column}\nAda,Lovelace,ada@example.org,{value}\n",
        encoding="utf-8",
    )
    return preview_file(org, source).problems


def test_an_ambiguous_contacts_date_is_spelled_with_french_and_spanish_months(
    speak, org: OpenOrganization, tmp_path: Path
) -> None:
    problems = contacts_problems(org, tmp_path, "Member since", "04/03/2024")
    [hint] = [p.message for p in problems if "could be" in p.message]
    assert (
        str(hint)
        == "“04/03/2024” could be 3 April 2024 or 4 March 2024; read as 3 April 2024 (month first)."
    )
    speak("fr")
    assert translated_text(hint) == (
        "« 04/03/2024 » pourrait être le 3 avril 2024 ou le 4 mars 2024 ; "
        "lu comme le 3 avril 2024 (le mois d'abord)."
    )
    speak("es")
    assert "3 de abril de 2024 o 4 de marzo de 2024" in translated_text(hint)


def test_a_kind_of_person_in_a_message_is_the_window_s_word_for_it(speak) -> None:
    message = _("{kind} is shown as it is.").format(kind=term(PersonCategory.HOST_FAMILY))
    assert str(message) == "host family is shown as it is."
    speak("es")  # the template is no real message: only its value is translated
    assert translated_text(message) == "familia de acogida is shown as it is."


def test_an_unknown_kind_of_person_falls_back_to_the_window_s_word_in_spanish(
    speak, org: OpenOrganization, tmp_path: Path
) -> None:
    problems = contacts_problems(org, tmp_path, "Member type", "alumni")
    [note] = [p.message for p in problems if "alumni" in p.message]
    assert str(note).endswith("recorded as member.")
    speak("es")
    assert translated_text(note).endswith("se registra como socio.")  # the window’s word


def test_the_errors_csv_written_for_the_window_is_in_its_language(
    speak, org: OpenOrganization, tmp_path: Path
) -> None:
    problems = contacts_problems(org, tmp_path, "Member since", "04/03/2024")
    english = list(csv.reader(errors_csv_bytes(problems).decode("utf-8-sig").splitlines()))
    assert english[0] == ["File", "Line", "Column", "Severity", "Problem", "What to do"]
    speak("fr")
    french = list(
        csv.reader(errors_csv_bytes(problems, translated_text).decode("utf-8-sig").splitlines())
    )
    assert french[0] == ["Fichier", "Ligne", "Colonne", "Gravité", "Problème", "Que faire"]
    assert french[1][3] == "avertissement"
    assert "4 mars 2024" in french[1][4]


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


def test_a_person_not_found_for_a_report_is_named_in_spanish(speak, org: OpenOrganization) -> None:
    with org.database.session() as session, pytest.raises(NotFound) as raised:
        find_person(session, "Nobody Atall")
    speak("es")
    assert error_text(raised.value) == (
        "ningún registro (persona) tiene el id o el nombre «Nobody Atall»."
    )


def test_after_an_erasure_the_records_to_review_are_named_in_spanish(speak) -> None:
    result = ErasureResult(
        1, "uuid", 0, mentions_to_review=(Mention("volunteer_hours", 3, "description"),)
    )
    speak("es")
    assert "• anotación de horas de voluntariado 3, descripción" in erasure_summary(result)


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("en", "1 backup, {size}", "2 backups, {size}"),
        ("es", "1 copia, {size}", "2 copias, {size}"),
        ("fr", "1 sauvegarde, {size}", "2 sauvegardes, {size}"),
    ],
)
def test_counts_take_the_singular_and_plural_of_each_language(
    speak, language: str, one: str, two: str
) -> None:
    speak(language)
    say = QCoreApplication.translate
    assert say("BackupsPage", "%n backup(s), {size}", "", 1) == one
    assert say("BackupsPage", "%n backup(s), {size}", "", 2) == two
    if language == "fr":  # French counts nothing in the singular
        assert say("BackupsPage", "%n backup(s), {size}", "", 0) == "0 sauvegarde, {size}"


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_no_counted_message_says_one_thing_in_the_plural(speak, language: str) -> None:
    """Every `tr("%n …(s)", "", n)` has its forms in each language, English included; a
    message holding %n prints the number itself (a word printed apart from its number, as
    a report's key figure, or a number filled in as {hours}, does not)."""
    speak(language)
    english = ET.parse(ROOT / "resources" / "translations" / "scdesk_en.ts").getroot()
    counted = [
        (context.findtext("name"), message.findtext("source"))
        for context in english.iter("context")
        for message in context.iter("message")
        if message.get("numerus") == "yes"
    ]
    assert len(counted) >= 10
    for context, source in counted:
        for n in (1, 2):
            text = QCoreApplication.translate(context, source, "", n)
            assert "(s)" not in text, (language, context, source, n, text)
            if "%n" in source or "%Ln" in source:
                assert n == 1 or "2" in text, (language, context, source, n, text)
        if language == "en" and "(s)" in source:
            one, two = (QCoreApplication.translate(context, source, "", n) for n in (1, 2))
            assert one != two, (context, source, one)


def test_a_directory_of_one_person_says_one_person(qapp) -> None:
    entry = DirectoryEntry(1, "Ada Lovelace", "", "", "", "", None)
    figures = DirectoryFigures(OrganizationHeading("Springfield", ""), date(2025, 1, 1), [entry])
    layout = directory_layout(figures, Formatter())
    assert layout.blocks[0].text.startswith("One person agreed to be listed.")
    figures = DirectoryFigures(figures.organization, figures.on, [entry, entry])
    assert directory_layout(figures, Formatter()).blocks[0].text.startswith("2 people agreed")


def test_a_person_who_is_not_listed_is_called_so_in_french(speak) -> None:
    unnamed = Item(Kind.PERSON, "u-1", False, tuple(None for _name in SPECS[Kind.PERSON].names))
    assert unnamed.label() == "(not listed)"
    speak("fr")
    assert translated_text(unnamed.label()) == "(non listée)"


def test_a_backup_lacking_tables_is_refused_with_its_reason_in_spanish(
    speak, org: OpenOrganization
) -> None:
    with pytest.raises(StorageError) as raised:
        restore_backup(org, CORPUS / "newest-revision-without-people.sqlite3")
    assert "it lacks parts of an scdesk database: table person" in str(raised.value)
    speak("es")
    assert "(le faltan partes de una base de datos de scdesk: table person, " in error_text(
        raised.value
    )


def test_a_backwards_report_period_and_an_import_time_are_written_the_french_way(speak) -> None:
    with pytest.raises(ValueError) as raised:
        Period(date(2025, 6, 20), date(2025, 6, 2))
    assert str(raised.value) == "The period ends (2025-06-02) before it starts (2025-06-20)."
    moment = _("This file was already imported on {moment} (UTC); there is nothing to change.")
    moment = moment.format(moment=Moment.of(datetime(2024, 5, 1, 14, 30, 59)))
    assert str(moment).startswith("This file was already imported on 2024-05-01 14:30 (UTC)")
    speak("fr")
    assert "2 juin 2025" in error_text(raised.value) and "20 juin 2025" in error_text(raised.value)
    assert "1 mai 2024 14:30" in translated_text(moment)


def test_when_a_roster_file_was_made_is_written_the_reader_s_way(speak) -> None:
    speak("fr")
    assert made_text("2024-05-01T14:30:00Z") == local_time(datetime(2024, 5, 1, 14, 30))
    assert "T" not in made_text("2024-05-01T14:30:00Z")
    assert made_text("last Tuesday") == "last Tuesday"
