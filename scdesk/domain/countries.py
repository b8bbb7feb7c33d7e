"""ISO 3166 countries by name, for pickers and messages."""

from __future__ import annotations

from functools import cache

import pycountry


@cache
def countries() -> list[tuple[str, str]]:
    """(alpha-2 code, common name), sorted by name."""
    pairs = [(c.alpha_2, getattr(c, "common_name", None) or c.name) for c in pycountry.countries]
    return sorted(pairs, key=lambda pair: pair[1])


@cache
def currencies() -> list[tuple[str, str]]:
    """(ISO 4217 code, name), sorted by code."""
    return sorted((c.alpha_3, c.name) for c in pycountry.currencies)
