"""Which language the app speaks, and the translators that make it speak it.

The app's own messages come from resources/translations/scdesk_<lang>.qm (built from the
.ts files by tools/translations.py); Qt's standard dialogs and buttons from PySide6's
qtbase_<lang>.qm. English has a .qm too, with only the singular and plural of counted
messages (`tr("%n backup(s)", "", n)`). The language follows the preference, else the
system's languages, else English. Dates, numbers and money follow QLocale's default, set
here to match.

Domain rule messages are written in English below the interface, marked with
scdesk.domain.i18n._; `rule_message` and `error_text` translate them in the "rules" context.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTime, QTranslator

from scdesk.domain.countries import LANGUAGES, SOURCE_LANGUAGE, countries, local_country_name
from scdesk.domain.errors import RuleViolation
from scdesk.domain.i18n import LongDate, Moment, Term, Translatable
from scdesk.resources import resource
from scdesk.ui.user_preferences import load_preferences
from scdesk.ui.vocabulary import label_of

RULES_CONTEXT = "rules"
DAY_FORMAT = "d MMM yyyy"  # a day in every window: lists, date fields, messages

_installed: list[QTranslator] = []
_current: list[str] = []  # the language installed last, once install_language ran


def chosen_language(preference: str, system: QLocale | None = None) -> str:
    """The shipped language to use for `preference` ("system" or a language code)."""
    if preference in LANGUAGES:
        return preference
    for name in (system or QLocale.system()).uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """`language` with the system's country, so a Spanish speaker in the US sees US money."""
    system = system or QLocale.system()
    wanted = QLocale(language)
    if wanted.language() == system.language():
        return system
    return QLocale(wanted.language(), system.territory())


def current_language() -> str:
    """The language the app speaks now (the preference's, before the app installed one)."""
    return _current[0] if _current else chosen_language(load_preferences().language)


def country_name(code: str) -> str:
    """A country's name in the app's language."""
    return local_country_name(code, current_language())


def country_choices() -> list[tuple[str, str]]:
    """(code, name) of every country in the app's language, in its alphabetical order."""
    return countries(current_language())


def translation_file(language: str) -> Path:
    return resource("translations", f"scdesk_{language}.qm")


def install_language(app: QCoreApplication, preference: str) -> str:
    """Install the translators for `preference`, replacing any installed before."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = chosen_language(preference)
    _current[:] = [language]
    QLocale.setDefault(locale_for(language))
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    paths = (
        [translation_file(language)]  # English's own plural forms: "1 backup", "2 backups"
        if language == SOURCE_LANGUAGE
        else [qt_folder / f"qtbase_{language}.qm", translation_file(language)]
    )
    for path in paths:
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
    return language


def _translated(value: Any) -> Any:
    if isinstance(value, Translatable):
        return translated_text(value)
    if isinstance(value, Term):
        return term_text(value.member)
    if isinstance(value, StrEnum):
        return term_text(value)
    if isinstance(value, LongDate):
        return long_date_text(value)
    if isinstance(value, Moment):
        return moment_text(value)
    if isinstance(value, date):
        return day_text(value)
    return value


def term_text(value: StrEnum) -> str:
    """The windows' word for a vocabulary value, as it reads inside a sentence."""
    word = label_of(value)
    if len(word) > 1 and word[0].isupper() and word[1].islower():
        return word[0].lower() + word[1:]
    return word


def long_date_text(day: date) -> str:
    """A date with its month in words, the way the reader writes it ("4 mars 2024",
    "4 de marzo de 2024", "March 4, 2024"): the locale's long format without the weekday."""
    pattern = QLocale().dateFormat(QLocale.FormatType.LongFormat)
    pattern = re.sub(r"d{4}[,.]?\s*", "", pattern).strip()
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def day_text(day: date) -> str:
    """A day the way every window writes one: "5 Jun 2026", "5 jun 2026", "5 juin 2026" (the
    lists, the date fields, messages): unambiguous in every country, the year in full."""
    return QLocale().toString(QDate(day.year, day.month, day.day), DAY_FORMAT)


def clock_text(hour: int, minute: int, second: int = 0, *, seconds: bool = False) -> str:
    """A time of day in the reader's short format, with the seconds when asked for."""
    pattern = QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    if seconds and "ss" not in pattern:
        pattern = pattern.replace("mm", "mm:ss", 1)
    return QLocale().toString(QTime(hour, minute, second), pattern)


def moment_text(moment: datetime, *, seconds: bool = False) -> str:
    """A day and a time ("27 nov 2026 19:03", with `seconds` "27 nov 2026 19:03:46"), both
    as written everywhere else; `moment` is already in the reader's time zone."""
    clock = clock_text(moment.hour, moment.minute, moment.second, seconds=seconds)
    return f"{day_text(moment)} {clock}"


def translated_text(text: str) -> str:
    """A message from below the interface, in the app's language."""
    if not isinstance(text, Translatable):
        return text
    template = QCoreApplication.translate(RULES_CONTEXT, text.template)
    values = {key: _translated(value) for key, value in text.values.items()}
    return template.format(**values)


def error_text(error: BaseException) -> str:
    """What one of our exceptions tells the person, in the app's language.

    Errors from below the interface keep their Translatable as `.message` (StorageError,
    RuleViolation, RosterFileError…) or as their only argument; anything else says its text."""
    several = getattr(error, "violations", None)
    if several:
        return "\n".join(translated_text(violation.message) for violation in several)
    message = getattr(error, "message", None)
    if isinstance(message, str) and message:
        return translated_text(message)
    if error.args and isinstance(error.args[0], Translatable):
        return translated_text(error.args[0])
    return str(error)


def rule_message(error: RuleViolation) -> str:
    """What a broken rule says, in the app's language, ready for a message box or a form."""
    return translated_text(error.message)
