"""Spreadsheet cells that cannot run as formulas.

Stand-in with the same name and behaviour as `scdesk.interchange.flat.cells.neutralize_cell`,
which another branch is adding; switch to that one once it is in main.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralize_cell(value: str) -> str:
    """Text a spreadsheet would read as a formula gets a leading apostrophe."""
    return f"'{value}" if value.startswith(FORMULA_STARTS) else value
