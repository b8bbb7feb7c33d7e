"""How people's names are shown and sorted."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower case without diacritics: "Núñez" and "nunez" sort and match alike."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def sort_name(given_name: str, family_name: str) -> str:
    return fold(f"{family_name} {given_name}")


def display_name(given_name: str, family_name: str) -> str:
    return " ".join(part for part in (given_name.strip(), family_name.strip()) if part)
