"""How people's names are shown and sorted."""

from __future__ import annotations

import unicodedata

# Letters that carry no combining mark to strip, spelled the way people type them.
_LETTERS = str.maketrans(
    {"ø": "o", "æ": "ae", "ß": "ss", "ł": "l", "đ": "d", "œ": "oe", "þ": "th", "ð": "d", "ı": "i"}
)


def fold(text: str) -> str:
    """Lower case without diacritics: "Núñez" and "nunez", "Søren" and "soren" alike."""
    if text.isascii():  # most text, and nothing to decompose (a hot path of every import)
        return text.lower().strip()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.translate(_LETTERS).strip()


def sort_name(given_name: str, family_name: str) -> str:
    return fold(f"{family_name} {given_name}")


def display_name(given_name: str, family_name: str) -> str:
    return " ".join(part for part in (given_name.strip(), family_name.strip()) if part)
