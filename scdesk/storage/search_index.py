"""The full-text search index (SQLite FTS5) over people and exchanges.

The index is its own FTS5 table kept in step by triggers, so every write path (ORM, bulk
Core inserts, roster imports) updates it, and tombstoned records drop out of it. Phones are
indexed also as bare digits, so "2175550101" finds "(217) 555-0101".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, text

from scdesk.domain.i18n import _
from scdesk.domain.vocabulary import record_kind

TOKENIZER = "unicode61 remove_diacritics 2"


def _digits(expr: str) -> str:
    for char in (" ", "-", "(", ")", ".", "+", "/"):
        expr = f"replace({expr}, '{char}', '')"
    return expr


def _phone_terms(column: str) -> str:
    """The phone as typed, its bare digits, and the digits without up to three leading ones
    (a country code or trunk prefix), so "2175550101" finds "+1 (217) 555-0101"."""
    digits = _digits(column)
    suffixes = " || ' ' || ".join(f"substr({digits}, {n})" for n in (2, 3, 4))
    return f"{column} || ' ' || {digits} || ' ' || {suffixes}"


def _person_rows(condition: str) -> str:
    """SELECT producing index rows of people, their extra contact details included."""
    extra = (
        "(SELECT group_concat(value, ' ') FROM contact_detail c"
        " WHERE c.person_id = p.id AND c.kind = '{kind}' AND c.deleted_at IS NULL)"
    )
    return (
        "SELECT p.id, p.given_name || ' ' || p.family_name || ' ' || p.sort_name,"
        f" p.email || ' ' || coalesce({extra.format(kind='email')}, ''),"
        f" {_phone_terms('p.phone')} || ' ' || coalesce({extra.format(kind='phone')}, ''),"
        " p.skills, p.languages, p.notes"
        f" FROM person p WHERE {condition} p.deleted_at IS NULL"
    )


_PERSON_COLUMNS = "rowid, names, emails, phones, skills, languages, notes"


def _refresh_person(person_id: str) -> str:
    return (
        f"DELETE FROM person_fts WHERE rowid = {person_id}; "
        f"INSERT INTO person_fts ({_PERSON_COLUMNS}) {_person_rows(f'p.id = {person_id} AND')};"
    )


_EXCHANGE_ROW = (
    "INSERT INTO exchange_fts (rowid, title, place, notes, outcomes)"
    " SELECT new.id, new.title, new.place, new.notes, new.outcomes WHERE new.deleted_at IS NULL;"
)

# Words' first one and two letters are indexed as such, so the first keystrokes of a search
# read one list instead of merging those of every word so begun: counting the 22,521 of
# 100,000 people that "m" finds took 10 ms without, 1 ms with (see migration 0009).
PREFIXES = "prefix = '1 2'"


def search_tables_ddl(prefixes: bool = True) -> tuple[str, ...]:
    """The statements creating the index tables (with the prefix indexes, or without as
    before migration 0009)."""
    options = f"tokenize = '{TOKENIZER}'" + (f", {PREFIXES}" if prefixes else "")
    return (
        f"CREATE VIRTUAL TABLE person_fts USING fts5("
        f"names, emails, phones, skills, languages, notes, {options})",
        f"CREATE VIRTUAL TABLE exchange_fts USING fts5(title, place, notes, outcomes, {options})",
    )


SEARCH_DDL: tuple[str, ...] = (
    *search_tables_ddl(),
    "CREATE TRIGGER person_fts_insert AFTER INSERT ON person BEGIN"
    f" {_refresh_person('new.id')} END",
    "CREATE TRIGGER person_fts_update AFTER UPDATE ON person BEGIN"
    f" {_refresh_person('new.id')} END",
    "CREATE TRIGGER person_fts_delete AFTER DELETE ON person BEGIN"
    " DELETE FROM person_fts WHERE rowid = old.id; END",
    "CREATE TRIGGER contact_fts_insert AFTER INSERT ON contact_detail BEGIN"
    f" {_refresh_person('new.person_id')} END",
    "CREATE TRIGGER contact_fts_update AFTER UPDATE ON contact_detail BEGIN"
    f" {_refresh_person('old.person_id')} {_refresh_person('new.person_id')} END",
    "CREATE TRIGGER contact_fts_delete AFTER DELETE ON contact_detail BEGIN"
    f" {_refresh_person('old.person_id')} END",
    f"CREATE TRIGGER exchange_fts_insert AFTER INSERT ON exchange BEGIN {_EXCHANGE_ROW} END",
    "CREATE TRIGGER exchange_fts_update AFTER UPDATE ON exchange BEGIN"
    f" DELETE FROM exchange_fts WHERE rowid = old.id; {_EXCHANGE_ROW} END",
    "CREATE TRIGGER exchange_fts_delete AFTER DELETE ON exchange BEGIN"
    " DELETE FROM exchange_fts WHERE rowid = old.id; END",
)


def install_search_index(connection: Connection) -> None:
    """Create the index and its triggers, and fill it from the records already there."""
    for statement in SEARCH_DDL:
        connection.exec_driver_sql(statement)
    rebuild_search_index(connection)


_TRIGGERS = tuple(s for s in SEARCH_DDL if s.startswith("CREATE TRIGGER"))


def recreate_search_tables(connection: Connection, prefixes: bool = True) -> None:
    """Create the index tables anew with other options, and fill them from the records (the
    triggers name the tables, so they stay as they are)."""
    for table in ("person_fts", "exchange_fts"):
        connection.exec_driver_sql(f"DROP TABLE {table}")
    for statement in search_tables_ddl(prefixes):
        connection.exec_driver_sql(statement)
    rebuild_search_index(connection)
    optimize_search_index(connection)


def optimize_search_index(connection: Connection) -> None:
    """Merge the index into one b-tree per table. A bulk fill leaves many segments: counting
    the people "m" finds among 100,000 took 2 ms before, 0.8 ms after (0.7 s to merge). Not
    done after every rebuild: a roster import of many people would pay it."""
    for table in ("person_fts", "exchange_fts"):
        connection.exec_driver_sql(f"INSERT INTO {table} ({table}) VALUES ('optimize')")


@contextmanager
def search_index_suspended(connection: Connection) -> Iterator[None]:
    """Drop the search-index triggers for a bulk load, then restore them and rebuild the
    index in one pass, which is several times faster than a trigger per row. DDL is
    transactional in SQLite: if the load fails, the rollback brings the triggers back."""
    for statement in _TRIGGERS:
        connection.exec_driver_sql(f"DROP TRIGGER {statement.split()[2]}")
    yield
    for statement in _TRIGGERS:
        connection.exec_driver_sql(statement)
    rebuild_search_index(connection)


# The person columns the index is made of; an update that sets none of them (and neither
# removes nor restores the person) leaves the person's index row as it was.
PERSON_SEARCHED = frozenset(
    {"given_name", "family_name", "sort_name", "email", "phone", "skills", "languages", "notes"}
)


@contextmanager
def person_index_trigger_off(connection: Connection) -> Iterator[None]:
    """Drop the person update trigger for updates known to leave the index as it is (each
    one costs a delete and insert in the index), then put it back as it was, in the same
    transaction."""
    row = connection.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'person_fts_update'"
    ).first()
    if row is None:  # already off: the whole index is being rebuilt
        yield
        return
    connection.exec_driver_sql("DROP TRIGGER person_fts_update")
    yield
    connection.exec_driver_sql(row[0])


def rebuild_search_index(connection: Connection) -> None:
    connection.exec_driver_sql("DELETE FROM person_fts")
    connection.exec_driver_sql(f"INSERT INTO person_fts ({_PERSON_COLUMNS}) {_person_rows('')}")
    connection.exec_driver_sql("DELETE FROM exchange_fts")
    connection.exec_driver_sql(
        "INSERT INTO exchange_fts (rowid, title, place, notes, outcomes)"
        " SELECT id, title, place, notes, outcomes FROM exchange WHERE deleted_at IS NULL"
    )


_TOKEN = re.compile(r"\w+", re.UNICODE)


def match_expression(user_text: str) -> str | None:
    """Turn what a person typed into an FTS5 query: every word, as a prefix, must match."""
    tokens = _TOKEN.findall(user_text)
    if not tokens:
        return None
    return " ".join(f'"{token}"*' for token in tokens)


def _search(connection: Connection, index: str, user_text: str, limit: int) -> list[int]:
    query = match_expression(user_text)
    if query is None:
        return []
    rows = connection.execute(
        text(f"SELECT rowid FROM {index} WHERE {index} MATCH :q ORDER BY rank LIMIT :n"),
        {"q": query, "n": limit},
    )
    return [row[0] for row in rows]


def search_people(connection: Connection, user_text: str, limit: int = 50) -> list[int]:
    """Ids of matching people, best match first."""
    return _search(connection, "person_fts", user_text, limit)


def search_exchanges(connection: Connection, user_text: str, limit: int = 50) -> list[int]:
    """Ids of matching exchanges, best match first."""
    return _search(connection, "exchange_fts", user_text, limit)


def check_search_index(connection: Connection) -> list[str]:
    """Problems found in the index: FTS5's own check, and rows out of step with records."""
    problems = []
    for table in ("person_fts", "exchange_fts"):
        try:
            connection.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES('integrity-check')")
        except Exception as error:  # sqlite reports corruption as a DatabaseError
            problems.append(
                _(
                    "The {index} is damaged, so searches may miss records or find wrong ones "
                    "(SQLite says: {detail})"
                ).format(index=record_kind(table), detail=str(error))
            )
    pairs = (("person_fts", "person"), ("exchange_fts", "exchange"))
    for index, table in pairs:
        indexed = connection.exec_driver_sql(f"SELECT count(*) FROM {index}").scalar_one()
        live = connection.exec_driver_sql(
            f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL"
        ).scalar_one()
        if indexed != live:
            problems.append(
                _(
                    "The {index} holds {indexed} entries for {live} {table} records; "
                    "searches may miss some"
                ).format(
                    index=record_kind(index), indexed=indexed, live=live, table=record_kind(table)
                )
            )
    return problems


def first_people_matches(connection: Connection, user_text: str, limit: int) -> list[int]:
    """Ids of up to `limit` matching people in index order, without ranking: quick even
    when a single typed letter matches tens of thousands."""
    query = match_expression(user_text)
    if query is None:
        return []
    rows = connection.execute(
        text("SELECT rowid FROM person_fts WHERE person_fts MATCH :q LIMIT :n"),
        {"q": query, "n": limit},
    )
    return [row[0] for row in rows]
