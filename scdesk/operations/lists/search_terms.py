"""Conditions that match what a person typed in a list's search box."""

from __future__ import annotations

from sqlalchemy import (
    ColumnElement,
    Executable,
    and_,
    column,
    false,
    literal,
    or_,
    select,
    text,
    true,
)

from scdesk.storage.search_index import match_expression


def matches_index(record_id: ColumnElement[int], index: str, typed: str) -> ColumnElement[bool]:
    """The record is found in the full-text `index` (person_fts, exchange_fts) by `typed`:
    every word, as a prefix, in any indexed field."""
    query = match_expression(typed)
    if query is None:
        return false()
    found = text(f"SELECT rowid FROM {index} WHERE {index} MATCH :match_{index}").bindparams(
        **{f"match_{index}": query}
    )
    return record_id.in_(found.columns(column("rowid")))


def count_in_index(index: str, typed: str) -> Executable:
    """The statement counting the records found in the full-text `index` by `typed`; exact
    because the index holds live records only (see scdesk.storage.search_index)."""
    query = match_expression(typed)
    if query is None:
        return select(literal(0))
    return text(f"SELECT count(*) FROM {index} WHERE {index} MATCH :match").bindparams(match=query)


def contains_words(columns: list[ColumnElement[str]], typed: str) -> ColumnElement[bool]:
    """Every word typed appears in one of `columns`, ignoring case: for the small lists
    (partnerships, committees) that have no full-text index."""
    words = typed.split()
    if not words:
        return true()
    return and_(
        *(
            or_(*(c.ilike(f"%{_escape_like(word)}%", escape="\\") for c in columns))
            for word in words
        )
    )


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
