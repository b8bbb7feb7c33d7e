"""How people's names are shown and sorted."""

from __future__ import annotations

import unicodedata

# Letters that carry no combining mark to strip, spelled the way people type them.
_LETTERS = {
    "ø": "o",
    "æ": "ae",
    "ß": "ss",
    "ł": "l",
    "đ": "d",
    "œ": "oe",
    "þ": "th",
    "ð": "d",
    "ı": "i",
}


class _PlainLetters(dict[int, str | None]):
    """A str.translate table filled as characters come: combining marks dropped, the
    letters above spelled plainly, everything else kept (one C loop per text, not a
    Python step per character)."""

    def __missing__(self, code: int) -> str | None:
        char = chr(code)
        plain = None if unicodedata.combining(char) else _LETTERS.get(char, char)
        self[code] = plain
        return plain


_PLAIN = _PlainLetters()


def fold(text: str) -> str:
    """Lower case without diacritics: "Núñez" and "nunez", "Søren" and "soren" alike."""
    if text.isascii():  # most text, and nothing to decompose (a hot path of every import)
        return text.lower().strip()
    return unicodedata.normalize("NFKD", text.casefold()).translate(_PLAIN).strip()


def sort_name(given_name: str, family_name: str) -> str:
    return fold(f"{family_name} {given_name}")


def display_name(given_name: str, family_name: str) -> str:
    return " ".join(part for part in (given_name.strip(), family_name.strip()) if part)
