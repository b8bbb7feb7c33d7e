"""Words the contacts import shows for targets, kinds of file and choices, translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from scdesk.interchange.contacts.mapping import DateOrder, Target
from scdesk.interchange.contacts.sources import FileKind, SourceTable
from scdesk.model import PersonCategory

CONTEXT = "ContactsImport"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def target_label(target: Target) -> str:
    return {
        Target.GIVEN_NAME: tr("Given name"),
        Target.MIDDLE_NAME: tr("Middle name (added to the given name)"),
        Target.FAMILY_NAME: tr("Family name"),
        Target.FULL_NAME: tr("Full name (“First Last” or “Last, First”)"),
        Target.EMAIL: tr("Email"),
        Target.OTHER_EMAIL: tr("Another email"),
        Target.PHONE: tr("Phone"),
        Target.OTHER_PHONE: tr("Another phone"),
        Target.STREET: tr("Street"),
        Target.CITY: tr("City"),
        Target.REGION: tr("Region or state"),
        Target.POSTAL_CODE: tr("Postal code"),
        Target.COUNTRY: tr("Country"),
        Target.MEMBER_SINCE: tr("Member since"),
        Target.COMMITTEE: tr("Committee"),
        Target.POST: tr("Post on the committee"),
        Target.LANGUAGES: tr("Languages"),
        Target.SKILLS: tr("Skills"),
        Target.CATEGORY: tr("Kind of person"),
        Target.DIRECTORY_ID: tr("Central directory id"),
        Target.NOTES: tr("Notes"),
    }[target]


def category_label(category: PersonCategory) -> str:
    return {
        PersonCategory.MEMBER: tr("Members"),
        PersonCategory.VOLUNTEER: tr("Volunteers"),
        PersonCategory.HOST_FAMILY: tr("Host families"),
        PersonCategory.GUEST: tr("Guests from abroad"),
        PersonCategory.CONTACT: tr("Contacts"),
    }[category]


def date_order_label(order: DateOrder) -> str:
    if order == DateOrder.MONTH_FIRST:
        return tr("Month first: 01/05/2020 is 5 January (United States)")
    return tr("Day first: 01/05/2020 is 1 May")


def describe_table(table: SourceTable) -> str:
    """“A CSV file in Windows-1252, separated by semicolons: 8 rows.”"""
    if table.kind == FileKind.XLSX:
        return tr("An Excel workbook, sheet “{sheet}”: {rows} rows.").format(
            sheet=table.sheet, rows=len(table.rows)
        )
    if table.kind == FileKind.VCARD:
        return tr("An address book (vCard) in {encoding}: {rows} cards.").format(
            encoding=table.encoding, rows=len(table.rows)
        )
    separators = {
        ",": tr("commas"),
        ";": tr("semicolons"),
        "\t": tr("tabs"),
        "|": tr("vertical bars"),
    }
    return tr("A CSV file in {encoding}, separated by {separator}: {rows} rows.").format(
        encoding=table.encoding,
        separator=separators.get(table.delimiter, table.delimiter),
        rows=len(table.rows),
    )
