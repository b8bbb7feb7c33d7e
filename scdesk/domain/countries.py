"""ISO 3166 countries by name, for pickers and messages, in English, Spanish or French.

Names in other languages come from the ISO translations pycountry ships (gettext), so
the domain stays free of the interface's translation machinery.
"""

from __future__ import annotations

import gettext
from functools import cache
from types import ModuleType

from scdesk.domain.names import fold

SOURCE_LANGUAGE = "en"
# The languages the app ships, each named in itself so a person finds theirs in any of them.
LANGUAGES = {"en": "English", "es": "Español", "fr": "Français"}


def _iso() -> ModuleType:
    """pycountry, loaded with the first country named: importing it reads its package
    metadata, which the first window, naming no country until its figures arrive, does
    not need (start-up time)."""
    import pycountry

    return pycountry


@cache
def _translations(language: str) -> gettext.NullTranslations:
    if language == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    return gettext.translation("iso3166-1", _iso().LOCALES_DIR, languages=[language], fallback=True)


def _english_name(country: object) -> str:
    return getattr(country, "common_name", None) or country.name  # type: ignore[attr-defined]


def local_country_name(code: str, language: str = SOURCE_LANGUAGE) -> str:
    """The country's usual name in `language`; the code itself when it is not a country."""
    country = _iso().countries.get(alpha_2=code) if code else None
    if country is None:
        return code
    return _translations(language).gettext(_english_name(country))


@cache
def countries(language: str = SOURCE_LANGUAGE) -> list[tuple[str, str]]:
    """(alpha-2 code, common name in `language`), sorted by name as people look for it."""
    translations = _translations(language)
    pairs = [(c.alpha_2, translations.gettext(_english_name(c))) for c in _iso().countries]
    return sorted(pairs, key=lambda pair: fold(pair[1]))


@cache
def currencies() -> list[tuple[str, str]]:
    """(ISO 4217 code, name), sorted by code."""
    return sorted((c.alpha_3, c.name) for c in _iso().currencies)
