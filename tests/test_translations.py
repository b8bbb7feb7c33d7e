"""Spanish and French are complete, compiled, and what the app speaks when chosen."""

from __future__ import annotations

import ast
import importlib.util
import re
import string
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from scdesk.domain import rules
from scdesk.domain.errors import RuleViolation
from scdesk.domain.i18n import Translatable, _
from scdesk.ui.i18n import LANGUAGES, chosen_language, rule_message
from scdesk.ui.lists import formats
from scdesk.ui.user_preferences import SYSTEM

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("translations", ROOT / "tools" / "translations.py")
translations = importlib.util.module_from_spec(_spec)
sys.modules["translations"] = translations
_spec.loader.exec_module(translations)

SHIPPED = sorted(set(LANGUAGES) - {"en"})
COMPILED = [*SHIPPED, "en"]  # English's file holds the plural forms of counted messages


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("language", COMPILED)
def test_every_visible_string_has_a_finished_translation(language: str) -> None:
    assert translations.missing_translations(language) == []


@pytest.mark.parametrize("language", COMPILED)
def test_translations_fill_in_exactly_the_values_the_english_text_has(language: str) -> None:
    """No value the translation cannot fill, and none dropped (a file name, a line…)."""
    for message in translations.read_ts(translations.ts_file(language)):
        if message.finished:
            wanted, given = placeholders(message.source), placeholders(message.translation)
            assert given == wanted, (
                f"{message.context}: {message.source!r} → {message.translation!r}: "
                f"missing {sorted(wanted - given)}, unknown {sorted(given - wanted)}"
            )


@pytest.mark.parametrize("language", COMPILED)
def test_shipped_qm_files_are_compiled_from_the_current_ts_files(
    language: str, tmp_path: Path
) -> None:
    shipped = translations.ts_file(language).with_suffix(".qm")
    fresh = tmp_path / shipped.name
    translations.release(translations.ts_file(language), fresh)
    assert shipped.read_bytes() == fresh.read_bytes(), "run tools/translations.py"


def test_every_context_is_one_the_running_app_looks_up() -> None:
    """`x.tr()` on a variable files its text under the variable's name, where nothing looks."""
    known = {context for context, _text in translations.hidden_messages()}
    for path in translations.sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                known.add(node.name)
            elif (
                isinstance(node, ast.Call)
                and getattr(node.func, "attr", getattr(node.func, "id", "")) == "translate"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                known.add(node.args[0].value)
    contexts = {m.context for m in translations.read_ts(translations.ts_file(SHIPPED[0]))}
    assert contexts <= known, sorted(contexts - known)


def test_messages_of_translation_wrappers_keep_their_real_context(tmp_path: Path) -> None:
    """A bare `tr("…")` wrapper's texts are filed under the context the wrapper looks up."""
    dropped = translations.update([tmp_path / "scdesk_es.ts"])
    hidden = {text for _context, text in translations.hidden_messages()}
    assert dropped <= hidden, sorted(dropped - hidden)


def test_the_system_language_is_followed_when_none_is_chosen() -> None:
    assert chosen_language(SYSTEM, QLocale("fr_CA")) == "fr"
    assert chosen_language(SYSTEM, QLocale("es_MX")) == "es"
    assert chosen_language(SYSTEM, QLocale("de_DE")) == "en"
    assert chosen_language("es", QLocale("fr_FR")) == "es"


def test_choosing_spanish_translates_the_app_and_qt_s_own_buttons(speak) -> None:
    speak("es")
    assert QCoreApplication.translate("PreferencesDialog", "Preferences") == "Preferencias"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    assert QLocale().language() == QLocale.Language.Spanish


def test_a_broken_rule_speaks_french_with_french_dates(speak) -> None:
    speak("fr")
    with pytest.raises(RuleViolation) as broken:
        rules.check_date_order(
            "starts_on", date(2025, 6, 20), "ends_on", date(2025, 6, 2), _("The exchange")
        )
    message = rule_message(broken.value)
    assert message.startswith("L'échange")
    assert "2 juin 2025" in message and "20 juin 2025" in message


def test_rule_messages_stay_plain_english_below_the_interface() -> None:
    with pytest.raises(RuleViolation) as broken:
        rules.check_nights(0)
    assert broken.value.message == "Nights must be between 1 and 366."
    assert isinstance(broken.value.message, Translatable)
    assert str(broken.value) == "nights: Nights must be between 1 and 366."


def test_marked_messages_are_found_in_the_source_for_translators() -> None:
    found = translations.marked_messages()
    assert "{what} is required." in found
    assert "The organization's name" in found
    assert not [m for m in found if re.search(r"\{\}", m)], "name every value: {what}, {day}"


def test_money_and_numbers_are_written_the_way_the_reader_writes_them(speak) -> None:
    speak("fr")
    QLocale.setDefault(QLocale("fr_FR"))
    assert formats.money(125000, "EUR").replace("\u202f", " ").replace("\xa0", " ") == (
        "1 250,00 €"
    )
    assert formats.money(125000, "USD").startswith("1")
    assert "USD" in formats.money(125000, "USD")
    QLocale.setDefault(QLocale("en_US"))
    assert formats.money(125000, "USD") == "$1,250.00"
    assert formats.hours(2.5) == "2.5"


# The organization has one name in each language; a committee has another.
ORGANIZATION_WORDS = {"es": ("organizaci", ("asociaci",)), "fr": ("organisation", ("comité",))}
COMMITTEE_WORDS = {"es": "comit", "fr": "commission"}
# Where "Organization" is a partner contact's employer (a town hall), not ours.
CONTACTS_EMPLOYER = {"PartnershipEditor", "PartnershipReport", "TripSheet"}


@pytest.mark.parametrize("language", SHIPPED)
def test_the_organization_and_its_committees_keep_one_name_each(language: str) -> None:
    organization, not_used = ORGANIZATION_WORDS[language]
    for message in translations.read_ts(translations.ts_file(language)):
        source = re.sub(r"\{[^}]*\}", "", message.source).lower()
        text = message.translation.lower()
        ours = message.context not in CONTACTS_EMPLOYER and "partner_city" not in source
        if "organization" in source and ours:
            assert organization in text, f"{message.source!r} → {message.translation!r}"
        if "committee" in source and "committee posts" not in source:
            assert COMMITTEE_WORDS[language] in text or "{" in text, (
                f"{message.source!r} → {message.translation!r}"
            )
        assert not any(word in text for word in not_used), f"{message.translation!r}"


@pytest.mark.parametrize("language", SHIPPED)
def test_redo_and_the_editors_revert_say_different_things(language: str) -> None:
    texts = {
        (message.context, message.source): message.translation.replace("&", "")
        for message in translations.read_ts(translations.ts_file(language))
    }
    assert texts[("MainWindow", "&Redo")] != texts[("RecordEditor", "Re&vert")]
    assert texts[("RecordEditor", "Revert")].startswith(texts[("RecordEditor", "Re&vert")])


def test_french_titles_of_hours_need_no_elision_before_a_name() -> None:
    texts = {
        (message.context, message.source): message.translation
        for message in translations.read_ts(translations.ts_file("fr"))
    }
    assert texts[("HoursEditor", "{hours} by {name}")].startswith("{name}")
