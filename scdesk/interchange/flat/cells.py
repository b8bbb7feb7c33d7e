"""Keep spreadsheet programs from running a cell as a formula.

Excel, LibreOffice and Google Sheets treat a cell that begins with = + - @ (and, once
trimmed, a tab or carriage return) as a formula, which can fetch web pages or run
commands (OWASP "CSV injection"). Prefixing an apostrophe makes them show the text as
typed; every spreadsheet export passes its cells through `neutralize_cell`.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(value: str) -> bool:
    return value.startswith(FORMULA_STARTS)


def neutralize_cell(value: str) -> str:
    """The text a spreadsheet shows as typed: an apostrophe before a formula-looking start."""
    if looks_like_formula(value):
        return "'" + value
    return value


def restore_cell(value: str) -> str:
    """Undo `neutralize_cell`, so a file scdesk exported reads back as it was."""
    if value.startswith("'") and looks_like_formula(value[1:]):
        return value[1:]
    return value
