"""Which column holds what: targets, a guess from the headers, and saving mappings as JSON.

Guesses cover the headers Google Contacts, Outlook and typical Excel lists use, in
English, German, French and Spanish. A person can change every choice; the result can be
saved under a name and reused for the next file from the same source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from typing import Any

from scdesk.domain.names import fold
from scdesk.model import PersonCategory


class Target(StrEnum):
    """What a column can become. Values are stable: saved mappings store them."""

    GIVEN_NAME = "given_name"
    MIDDLE_NAME = "middle_name"
    FAMILY_NAME = "family_name"
    FULL_NAME = "full_name"  # "First Last" or "Last, First"
    EMAIL = "email"
    OTHER_EMAIL = "other_email"
    PHONE = "phone"
    OTHER_PHONE = "other_phone"
    STREET = "street"
    CITY = "city"
    REGION = "region"
    POSTAL_CODE = "postal_code"
    COUNTRY = "country"
    MEMBER_SINCE = "member_since"
    COMMITTEE = "committee"
    POST = "post"
    LANGUAGES = "languages"
    SKILLS = "skills"
    CATEGORY = "category"
    DIRECTORY_ID = "directory_id"
    NOTES = "notes"


# Targets several columns may feed (the others take one column each).
MULTIPLE = frozenset({Target.OTHER_EMAIL, Target.OTHER_PHONE, Target.NOTES})
# When a single target is guessed for two columns, the second becomes this.
OVERFLOW = {Target.EMAIL: Target.OTHER_EMAIL, Target.PHONE: Target.OTHER_PHONE}


class DateOrder(StrEnum):
    MONTH_FIRST = "month_first"  # 01/05/2020 is January 5 (United States)
    DAY_FIRST = "day_first"  # 01/05/2020 is 1 May (most of the world)


@lru_cache(maxsize=4096)  # a few headers, looked up on every row
def normalize_header(header: str) -> str:
    """“E-mail 1 - Value” → “e mail 1 value”: lower case, no accents or punctuation."""
    return " ".join(re.sub(r"[^\w]+", " ", fold(header)).split())


_T = Target
# Headers (normalized) each target is guessed from, separated by "|".
_HEADERS: dict[Target, str] = {
    _T.GIVEN_NAME: "first name|firstname|first|given name|given names|forename|vorname|prenom"
    "|nombre|nombres|voornaam",
    _T.FAMILY_NAME: "last name|lastname|last|surname|family name|nachname|familienname|nom"
    "|nom de famille|apellido|apellidos|achternaam",
    _T.FULL_NAME: "name|full name|display name|contact|contact name|member|member name"
    "|volunteer|volunteer name|person|participant|last first|last name first name"
    "|surname first name|name first last|first last|first name last name|nombre completo"
    "|nom complet|vollstandiger name|mitglied|file as",
    _T.EMAIL: "email|e mail|email address|e mail address|mail|email 1|primary email|courriel"
    "|adresse e mail|correo|correo electronico|e mail adresse|emailadresse",
    _T.OTHER_EMAIL: "email 2|e mail 2 address|e mail 3 address|secondary email|other email"
    "|other emails",
    _T.PHONE: "phone|telephone|tel|phone number|telephone number|mobile|mobile phone|cell"
    "|cell phone|mobile number|primary phone|home phone|telefon|telefonnummer|handy|mobil"
    "|telefono|celular|movil|portable|numero de telephone",
    _T.OTHER_PHONE: "business phone|work phone|other phone|home phone 2|business phone 2"
    "|company main phone|phone 2|second phone|other phones",
    _T.STREET: "street|address|street address|address line 1|home street|home address"
    "|mailing address|strasse|adresse|direccion|calle",
    _T.CITY: "city|town|home city|ort|stadt|wohnort|ville|ciudad|localidad",
    _T.REGION: "state|region|province|county|home state|state province|bundesland|provincia|estado",
    _T.POSTAL_CODE: "zip|zip code|zipcode|postal code|postcode|post code|home postal code|plz"
    "|postleitzahl|code postal|codigo postal|cp",
    _T.COUNTRY: "country|home country region|country region|land|pays|pais",
    _T.MEMBER_SINCE: "member since|joined|date joined|join date|joined on|membership date"
    "|start date|since|mitglied seit|eintritt|eintrittsdatum|membre depuis|date d adhesion"
    "|miembro desde|fecha de alta",
    _T.COMMITTEE: "committee|committees|committee name|group|team|ausschuss|arbeitskreis"
    "|comite|commission",
    _T.POST: "role|post|position|office|committee role|funktion|amt|rolle|fonction|cargo|rol",
    _T.LANGUAGES: "languages|language|languages spoken|sprachen|langues|idiomas",
    _T.SKILLS: "skills|skill|expertise|talents|fahigkeiten|competences|habilidades",
    _T.CATEGORY: "category|type|member type|membership type|kind",
    _T.DIRECTORY_ID: "directory id|member id|central directory id|membership number",
    _T.NOTES: "notes|note|comments|comment|remarks|bemerkungen|notizen|anmerkungen|remarques"
    "|commentaires|notas|observaciones",
}
# Middle names are not guessed: most rosters file them in notes, not in the given name.
SYNONYMS: dict[str, Target] = {
    header: target for target, headers in _HEADERS.items() for header in headers.split("|")
}
# Google and Outlook number their repeated columns; the first of each is the main one.
_NUMBERED = (
    (re.compile(r"^e mail (\d+) value$"), _T.EMAIL),
    (re.compile(r"^phone (\d+) value$"), _T.PHONE),
    (re.compile(r"^address 1 (street|city|region|postal code|country)$"), None),
)
_ADDRESS_PARTS = {
    "street": _T.STREET,
    "city": _T.CITY,
    "region": _T.REGION,
    "postal code": _T.POSTAL_CODE,
    "country": _T.COUNTRY,
}


def guess_target(header: str) -> Target | None:
    key = normalize_header(header)
    if key in SYNONYMS:
        return SYNONYMS[key]
    for pattern, target in _NUMBERED:
        match = pattern.match(key)
        if match and target is None:
            return _ADDRESS_PARTS[match.group(1)]
        if match and target is not None:
            return target if match.group(1) == "1" else OVERFLOW[target]
    return None


@dataclass
class ColumnMapping:
    """Column header → target, and how to read values the headers cannot tell."""

    columns: dict[str, Target] = field(default_factory=dict)
    date_order: DateOrder = DateOrder.MONTH_FIRST
    category: PersonCategory = PersonCategory.MEMBER  # for people the file gives none
    encoding: str | None = None  # text files: read in this encoding instead of detecting

    def columns_for(self, target: Target) -> list[str]:
        return [header for header, chosen in self.columns.items() if chosen == target]

    def column_for(self, target: Target) -> str | None:
        found = self.columns_for(target)
        return found[0] if found else None

    def assign(self, header: str, target: Target | None) -> None:
        """Map `header` to `target`; a single target leaves the column that had it."""
        if target is not None and target not in MULTIPLE:
            for other in self.columns_for(target):
                del self.columns[other]
        if target is None:
            self.columns.pop(header, None)
        else:
            self.columns[header] = target

    def to_json(self) -> dict[str, Any]:
        return {
            "columns": {header: target.value for header, target in self.columns.items()},
            "date_order": self.date_order.value,
            "category": self.category.value,
            "encoding": self.encoding,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ColumnMapping:
        return cls(
            columns={header: Target(value) for header, value in data["columns"].items()},
            date_order=DateOrder(data.get("date_order", DateOrder.MONTH_FIRST)),
            category=PersonCategory(data.get("category", PersonCategory.MEMBER)),
            encoding=data.get("encoding"),
        )


def guess_mapping(headers: tuple[str, ...] | list[str], country: str = "") -> ColumnMapping:
    """The mapping a person would most likely choose for these headers.

    `country` (the organization's) decides how 01/05/2020 reads until the file's own
    dates settle it: month first in the United States and its neighbours in that habit.
    """
    mapping = ColumnMapping(date_order=default_date_order(country))
    for header in headers:
        target = guess_target(header)
        if target is None:
            continue
        if target not in MULTIPLE and mapping.column_for(target) is not None:
            target = OVERFLOW.get(target)
            if target is None:
                continue
        mapping.columns[header] = target
    names = {Target.GIVEN_NAME, Target.FAMILY_NAME} & set(mapping.columns.values())
    full = mapping.column_for(Target.FULL_NAME)
    if names and full and normalize_header(full) == "file as":
        del mapping.columns[full]  # Google's "File As" repeats the name columns
    return mapping


MONTH_FIRST_COUNTRIES = frozenset({"US", "PH", "FM", "MH", "PW", "AS", "GU", "MP", "PR", "VI"})


def default_date_order(country: str) -> DateOrder:
    if country.upper() in MONTH_FIRST_COUNTRIES:
        return DateOrder.MONTH_FIRST
    return DateOrder.DAY_FIRST
