"""Column guesses for the headers real tools write, and mappings saved by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from scdesk.interchange.contacts.mapping import (
    ColumnMapping,
    DateOrder,
    Target,
    guess_mapping,
)
from scdesk.interchange.contacts.saved_mappings import (
    load_mapping,
    mappings_file,
    save_mapping,
    saved_mapping_names,
)
from scdesk.model import PersonCategory
from scdesk.storage.errors import StorageError

OUTLOOK = (  # noqa: SIM905
    "First Name,Middle Name,Last Name,Title,Suffix,Nickname,E-mail Address,E-mail 2 Address,"
    "E-mail 3 Address,Home Phone,Home Phone 2,Business Phone,Mobile Phone,Home Street,"
    "Home City,Home State,Home Postal Code,Home Country/Region,Business Street,Birthday,Notes"
).split(",")


def test_outlook_headers_are_guessed_with_the_first_email_and_phone_as_main() -> None:
    mapping = guess_mapping(OUTLOOK, "US")

    assert mapping.columns == {
        "First Name": Target.GIVEN_NAME,
        "Last Name": Target.FAMILY_NAME,
        "E-mail Address": Target.EMAIL,
        "E-mail 2 Address": Target.OTHER_EMAIL,
        "E-mail 3 Address": Target.OTHER_EMAIL,
        "Home Phone": Target.PHONE,
        "Home Phone 2": Target.OTHER_PHONE,
        "Business Phone": Target.OTHER_PHONE,
        "Mobile Phone": Target.OTHER_PHONE,
        "Home Street": Target.STREET,
        "Home City": Target.CITY,
        "Home State": Target.REGION,
        "Home Postal Code": Target.POSTAL_CODE,
        "Home Country/Region": Target.COUNTRY,
        "Notes": Target.NOTES,
    }


def test_google_numbered_columns_map_the_first_as_main_and_leave_labels_out(
    shared_data: Path,
) -> None:
    headers = (shared_data / "contacts-google.csv").read_text("utf-8").splitlines()[0].split(",")

    mapping = guess_mapping(headers, "US")

    assert mapping.column_for(Target.EMAIL) == "E-mail 1 - Value"
    assert mapping.columns_for(Target.OTHER_EMAIL) == ["E-mail 2 - Value"]
    assert mapping.column_for(Target.PHONE) == "Phone 1 - Value"
    assert mapping.column_for(Target.STREET) == "Address 1 - Street"
    assert "E-mail 1 - Label" not in mapping.columns
    assert "Address 1 - Formatted" not in mapping.columns
    assert "File As" not in mapping.columns


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("Last, First", Target.FULL_NAME),
        ("Full Name", Target.FULL_NAME),
        ("Surname", Target.FAMILY_NAME),
        ("E-Mail", Target.EMAIL),
        ("Email Address", Target.EMAIL),
        ("Cell Phone", Target.PHONE),
        ("ZIP Code", Target.POSTAL_CODE),
        ("Member Since", Target.MEMBER_SINCE),
        ("Date Joined", Target.MEMBER_SINCE),
        ("Committee", Target.COMMITTEE),
        ("Role", Target.POST),
        ("Position", Target.POST),
        ("Nachname", Target.FAMILY_NAME),
        ("Vorname", Target.GIVEN_NAME),
        ("Mitglied seit", Target.MEMBER_SINCE),
        ("Prénom", Target.GIVEN_NAME),
        ("Téléphone", Target.PHONE),
        ("Correo electrónico", Target.EMAIL),
        ("Código postal", Target.POSTAL_CODE),
        ("Hours 2024", None),
        ("Birthday", None),
    ],
)
def test_typical_spreadsheet_headers_are_guessed(header: str, target: Target | None) -> None:
    assert guess_mapping([header], "US").columns.get(header) == target


def test_how_dates_are_read_follows_the_organizations_country() -> None:
    assert guess_mapping(["Joined"], "US").date_order == DateOrder.MONTH_FIRST
    assert guess_mapping(["Joined"], "DE").date_order == DateOrder.DAY_FIRST


def test_assigning_a_single_target_takes_it_from_the_column_that_had_it() -> None:
    mapping = guess_mapping(["Email", "Work email", "Notes", "Remarks"], "US")

    mapping.assign("Work email", Target.EMAIL)
    mapping.assign("Remarks", Target.NOTES)

    assert mapping.columns == {
        "Work email": Target.EMAIL,
        "Notes": Target.NOTES,
        "Remarks": Target.NOTES,
    }


def test_a_mapping_saved_under_a_name_comes_back_the_same(tmp_path: Path) -> None:
    mapping = ColumnMapping(
        {"Wer": Target.FULL_NAME, "Mail": Target.EMAIL},
        DateOrder.DAY_FIRST,
        PersonCategory.VOLUNTEER,
        "cp1252",
    )

    save_mapping(tmp_path, "Youth list", mapping)
    save_mapping(tmp_path, "Board list", ColumnMapping({"Name": Target.FULL_NAME}))

    assert saved_mapping_names(tmp_path) == ["Board list", "Youth list"]
    assert load_mapping(tmp_path, "youth LIST") == mapping


def test_saving_under_an_existing_name_replaces_that_mapping(tmp_path: Path) -> None:
    save_mapping(tmp_path, "List", ColumnMapping({"A": Target.EMAIL}))
    save_mapping(tmp_path, "list", ColumnMapping({"B": Target.EMAIL}))

    assert saved_mapping_names(tmp_path) == ["list"]
    assert load_mapping(tmp_path, "LIST").columns == {"B": Target.EMAIL}


def test_a_damaged_mappings_file_says_what_to_do(tmp_path: Path) -> None:
    mappings_file(tmp_path).write_text("{not json", "utf-8")

    with pytest.raises(StorageError, match="Remove this file; your records are not affected"):
        saved_mapping_names(tmp_path)
