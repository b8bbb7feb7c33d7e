"""SQLite's integrity check, each problem said in plain words.

`PRAGMA integrity_check` answers in SQLite's own English ("row 18 missing from index
sqlite_autoindex_person_1"), which cannot be translated. Each line becomes a sentence
marked for translation that names the kind of record affected and what it means, with
SQLite's line kept as the detail for whoever helps.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection

from scdesk.domain.i18n import Translatable, _
from scdesk.domain.vocabulary import field_name, record_kind

# The most lines one check reports; a file with more is damaged throughout anyway.
MOST_LINES = 20

_INDEX_OUT_OF_STEP = re.compile(
    r"^(?:row \d+ missing from index|wrong # of entries in index) (?P<index>\S+)"
)
_NOT_UNIQUE = re.compile(r"^non-unique entry in index (?P<index>\S+)")
_NULL = re.compile(r"^NULL value in (?P<table>\w+)\.(?P<column>\w+)")
_CHECK = re.compile(r"^CHECK constraint failed in (?P<table>\w+)")
_UNUSED_SPACE = re.compile(r"freelist|is never used|fragmentation", re.IGNORECASE)
_AUTOINDEX = re.compile(r"^sqlite_autoindex_(?P<table>\w+?)_\d+$")


def integrity_problems(connection: Connection) -> list[Translatable]:
    """What SQLite's integrity check finds, one explained problem a line; [] when healthy."""
    rows = connection.exec_driver_sql("PRAGMA integrity_check").fetchall()
    if rows == [("ok",)]:
        return []
    tables = dict(
        connection.exec_driver_sql(
            "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index'"
        ).fetchall()
    )
    return [explained(str(row[0]), tables) for row in rows[:MOST_LINES]]


def _table_of(index: str, tables: dict[str, str]) -> str:
    if index in tables:
        return tables[index]
    automatic = _AUTOINDEX.match(index)
    return automatic["table"] if automatic else index


def explained(line: str, index_tables: dict[str, str]) -> Translatable:
    """One line of SQLite's integrity check as a sentence, SQLite's words kept as detail.

    `index_tables` names the table of each index (from sqlite_master)."""
    line = line.strip()
    if found := _INDEX_OUT_OF_STEP.match(line):
        explanation = _(
            "The index SQLite keeps to find {kind} records quickly no longer matches them: "
            "the records are there, but searches and lists may miss some."
        ).format(kind=record_kind(_table_of(found["index"], index_tables)))
    elif found := _NOT_UNIQUE.match(line):
        explanation = _(
            "Two {kind} records share a value that must be unique, so one of them may be "
            "shown or exported in place of the other."
        ).format(kind=record_kind(_table_of(found["index"], index_tables)))
    elif found := _NULL.match(line):
        explanation = _("A {kind} record has no {field}, which every {kind} record needs.").format(
            kind=record_kind(found["table"]), field=field_name(found["column"])
        )
    elif found := _CHECK.match(line):
        explanation = _("A {kind} record holds a value its rules do not allow.").format(
            kind=record_kind(found["table"])
        )
    elif _UNUSED_SPACE.search(line):
        explanation = _(
            "Unused space inside the database file is not recorded as it should be. No "
            "records are affected, but the file is not as SQLite left it."
        )
    else:
        explanation = _(
            "Part of the database file itself is damaged, so some records may be missing "
            "or unreadable."
        )
    return _("{explanation} (SQLite says: {detail})").format(
        explanation=explanation, detail=" ".join(line.split())
    )
