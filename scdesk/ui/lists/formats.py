"""How list cells show values: dates, hours, counts, yes/no, countries, vocabulary."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import StrEnum
from functools import cache, lru_cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from scdesk.ui.i18n import country_name, day_text
from scdesk.ui.vocabulary import label_of


def _t(text: str) -> str:
    return QCoreApplication.translate("ListFormats", text)


def day(value: date | None) -> str:
    """ "31 Oct 2026": unambiguous in every country, short enough for a column."""
    if value is None:
        return ""
    return _day(value, QLocale().name())


@lru_cache(maxsize=4096)
def _day(value: date, _language: str) -> str:
    """A day's text, made once per language: a list shows the same days again and again,
    and QLocale's formatting costs 40 µs a cell."""
    return day_text(value)


# A day of every month, for a date column to be as wide as its longest text.
EVERY_MONTH = tuple(date(2028, month, 28) for month in range(1, 13))


def count(value: int | None) -> str:
    return QLocale().toString(int(value or 0))


def hours(value: float | None) -> str:
    """Hours with at most two decimals, in the reader's number format: "2.5", "3"."""
    number = float(value or 0)
    decimals = 0 if number.is_integer() else 2
    text = QLocale().toString(number, "f", decimals)
    return text.rstrip("0").rstrip(QLocale().decimalPoint()) if decimals else text


def yes_no(value: Any) -> str:
    return _t("Yes") if value else _t("No")


def country(code: str | None) -> str:
    return country_name(code) if code else ""


def vocabulary(value: StrEnum | None) -> str:
    """A closed-vocabulary value (status, kind, field…) in the words people use."""
    if value is None:
        return ""
    return _label(type(value), value, QLocale().name())


def short_vocabulary(value: StrEnum | None) -> str:
    """The value's words without their explanation in brackets: "Inbound (guests come to
    us)" reads "Inbound" in a narrow column (the tooltip of a cell shows the same)."""
    return vocabulary(value).split(" (", 1)[0]


@cache
def _label(_vocabulary: type, value: StrEnum, _language: str) -> str:
    """The editors' words for a value, looked up once per language (a list shows
    thousands of them). The vocabulary is part of the key: values of different
    vocabularies can be equal strings ("other")."""
    return label_of(value)


def vocabulary_choices(values: Iterable[StrEnum]) -> list[tuple[StrEnum, str]]:
    """(value, words) pairs for a filter's drop-down."""
    return [(value, vocabulary(value)) for value in values]


def money(cents: int | None, currency: str) -> str:
    """An amount in the reader's way of writing money: "$1,250.00", "1 250,00 €"."""
    if cents is None:
        return ""
    locale = QLocale()
    symbol = currency_symbol(currency, locale)
    return locale.toCurrencyString(cents / 100, symbol, 2)


def currency_symbol(currency: str, locale: QLocale) -> str:
    """The symbol when the reader's locale uses this currency, else the ISO code ("EUR")."""
    if locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode) == currency:
        return locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencySymbol)
    return currency
