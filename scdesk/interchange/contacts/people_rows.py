"""Turn a mapped table into the people it describes, with every problem on its row.

Problems never stop the whole file: a row that cannot be a person is skipped and says
why; a value that cannot be kept is left out and says so; rows that are one person (the
same email in other letter case, or one row per post) are combined.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from scdesk.domain import rules
from scdesk.domain.errors import RuleViolation
from scdesk.domain.i18n import LongDate, _, term
from scdesk.domain.names import display_name, fold
from scdesk.interchange.contacts.mapping import ColumnMapping, DateOrder, Target, normalize_header
from scdesk.interchange.contacts.problems import RowProblem, Severity, place
from scdesk.interchange.contacts.sources import SourceRow, SourceTable
from scdesk.interchange.contacts.values import (
    DateProblem,
    cell_text,
    country_code,
    email_text,
    numeric_date_order,
    parse_category,
    parse_date,
    parse_post,
    phone_key,
    phone_text,
    split_full_name,
)
from scdesk.model import Post

TEXT_TARGETS = {
    Target.STREET: "street",
    Target.CITY: "city",
    Target.REGION: "region",
    Target.POSTAL_CODE: "postal_code",
    Target.LANGUAGES: "languages",
    Target.SKILLS: "skills",
    Target.DIRECTORY_ID: "directory_id",
}
# A formula, not text: "=HYPERLINK(…)", "@SUM(…)", "+cmd|' /C calc'!A0".
FORMULA = re.compile(r"^(?:[=@]|[+\-]\s*[A-Za-z_.]+\s*[(|!])")


@dataclass(frozen=True)
class DetailValue:
    """A further email or phone, beside the person's main ones."""

    kind: str  # "email" or "phone"
    label: str
    value: str


@dataclass(frozen=True)
class PostRequest:
    committee: str  # as the file names it; "" for a post in the organization itself
    post: Post | None  # None: the file names the committee but no post (any post will do)
    line: int


@dataclass
class PersonRow:
    """One person as the file gives them: Person field values (only those given)."""

    lines: list[int]
    values: dict[str, Any]
    details: list[DetailValue] = field(default_factory=list)
    posts: list[PostRequest] = field(default_factory=list)

    @property
    def line(self) -> int:
        return self.lines[0]

    @property
    def name(self) -> str:
        return display_name(self.values.get("given_name", ""), self.values.get("family_name", ""))

    def identity(self, country: str) -> str:
        """Rows with the same identity in one file are one person."""
        if self.values.get("email"):
            return "email:" + self.values["email"].casefold()
        name = fold(self.name)
        return f"name:{name}:{phone_key(self.values.get('phone', ''), country)}"


@dataclass(frozen=True)
class _Layout:
    """Where each target's columns are, worked out once per table and mapping."""

    positions: dict[str, int]
    by_target: dict[Target, list[str]]

    @classmethod
    def of(cls, table: SourceTable, mapping: ColumnMapping) -> _Layout:
        by_target: dict[Target, list[str]] = {}
        for header, target in mapping.columns.items():
            if header in table.headers:
                by_target.setdefault(target, []).append(header)
        return cls({h: i for i, h in enumerate(table.headers)}, by_target)


class _RowReader:
    """Reads the cells of one row, collecting its problems."""

    def __init__(
        self, table: SourceTable, mapping: ColumnMapping, layout: _Layout, row: SourceRow
    ) -> None:
        self.table, self.mapping, self.layout, self.row = table, mapping, layout, row
        self.problems: list[RowProblem] = []
        self.skipped = False

    def columns_for(self, target: Target) -> list[str]:
        return self.layout.by_target.get(target, [])

    def column_for(self, target: Target) -> str | None:
        found = self.layout.by_target.get(target)
        return found[0] if found else None

    def cell(self, header: str | None) -> Any:
        position = self.layout.positions.get(header) if header is not None else None
        return None if position is None else self.row.cells[position]

    def text(self, target: Target) -> str:
        return cell_text(self.cell(self.column_for(target)))

    def problem(
        self, column: str, message: str, action: str, severity: Severity = Severity.WARNING
    ) -> None:
        self.problems.append(
            RowProblem(self.table.file_name, self.row.line, column, message, action, severity)
        )
        if severity is Severity.SKIPPED:
            self.skipped = True


def _names(reader: _RowReader) -> tuple[str, str]:
    given = reader.text(Target.GIVEN_NAME)
    middle = reader.text(Target.MIDDLE_NAME)
    family = reader.text(Target.FAMILY_NAME)
    if not given and not family:
        given, family = split_full_name(reader.text(Target.FULL_NAME))
    elif middle:
        given = f"{given} {middle}".strip()
    return given, family


def _checked(
    reader: _RowReader, target: Target, value: str, check: Callable[[str, str], str]
) -> str:
    """A main email or phone that breaks its rule skips the row: it identifies the person."""
    try:
        return check(target.value, value)
    except RuleViolation as error:
        reader.problem(
            reader.column_for(target) or "",
            _("{problem} The row was not imported.").format(problem=error.message),
            _("Correct it in the file and import the file again."),
            Severity.SKIPPED,
        )
        return ""


def _label_beside(reader: _RowReader, header: str) -> str:
    """Google and vCard columns “E-mail 2 - Value” have their label in “E-mail 2 - Label”."""
    if not header.endswith(" - Value"):
        return ""
    label = cell_text(reader.cell(header.removesuffix(" - Value") + " - Label"))
    return label.lstrip("* ").strip()


def _details(reader: _RowReader, target: Target, kind: str, country: str) -> list[DetailValue]:
    check = rules.check_email if kind == "email" else rules.check_phone
    found = []
    for header in reader.columns_for(target):
        raw = reader.cell(header)
        texts = re.split(r"[;\n]", raw) if isinstance(raw, str) else [raw]  # "a@x.org; b@y.org"
        for part in texts:
            text = email_text(part) if kind == "email" else phone_text(part, country)
            if not text:
                continue
            try:
                value = check(header, text)
            except RuleViolation as error:
                reader.problem(
                    header,
                    _("{problem} It was left out.").format(problem=error.message),
                    _("Correct it in the file."),
                )
                continue
            found.append(DetailValue(kind, _label_beside(reader, header) or header, value))
    return found


def _notes(reader: _RowReader) -> str:
    headers = reader.columns_for(Target.NOTES)
    plain = {"notes", "note", "comments", "comment", "remarks"}
    headers.sort(key=lambda h: normalize_header(h) not in plain)
    parts = []
    for position, header in enumerate(headers):
        text = cell_text(reader.cell(header))
        if text:
            parts.append(text if position == 0 else f"{header}: {text}")
    return "\n".join(parts)


def _member_since(reader: _RowReader, order: DateOrder, settled: bool) -> date | None:
    header = reader.column_for(Target.MEMBER_SINCE)
    cell = reader.cell(header)
    try:
        day, ambiguous = parse_date(cell, order)
    except DateProblem as error:
        reader.problem(
            header or "",
            _("{problem} Left empty.").format(problem=error.args[0]),
            _("Correct the date in the file."),
        )
        return None
    if day is not None and day > date.today():
        reader.problem(
            header or "",
            _("{day} is in the future; left empty.").format(day=day),
            _("Correct the date in the file."),
        )
        return None
    if ambiguous and not settled and day is not None:
        other = date(day.year, day.day, day.month)
        reader.problem(
            header or "",
            (
                _("“{text}” could be {day} or {other}; read as {day} (month first).")
                if order == DateOrder.MONTH_FIRST
                else _("“{text}” could be {day} or {other}; read as {day} (day first).")
            ).format(text=cell_text(cell), day=LongDate.of(day), other=LongDate.of(other)),
            _("If that is wrong, change how dates are read in the column mapping."),
        )
    return day


def _posts(reader: _RowReader) -> list[PostRequest]:
    committees = reader.text(Target.COMMITTEE)
    role = reader.text(Target.POST)
    post = parse_post(role) if role else None
    if role and post is None:
        reader.problem(
            reader.column_for(Target.POST) or "",
            _(
                "“{role}” is not a post scdesk knows (chair, vice chair, secretary, treasurer, "
                "member); recorded as member."
            ).format(role=role),
            _("Change the post in scdesk if it should be another."),
        )
        post = Post.MEMBER
    names = [name.strip() for name in re.split(r"[;\n]", committees) if name.strip()]
    if not names and post not in (None, Post.MEMBER):
        names = [""]  # an officer of the organization itself
    return [PostRequest(name, post, reader.row.line) for name in names]


def _warn_formulas(reader: _RowReader) -> None:
    for target in (Target.NOTES, *TEXT_TARGETS, Target.GIVEN_NAME, Target.FAMILY_NAME):
        for header in reader.columns_for(target):
            text = cell_text(reader.cell(header))
            if FORMULA.match(text):
                reader.problem(
                    header,
                    _(
                        "“{text}” looks like a spreadsheet formula. It is kept as plain text, "
                        "and scdesk's spreadsheet exports show it as text, never run it."
                    ).format(text=text if len(text) <= 40 else f"{text[:39]}…"),
                    _("Check that this is what the cell should say."),
                )


def read_person(
    table: SourceTable,
    mapping: ColumnMapping,
    row: SourceRow,
    country: str,
    dates: tuple[DateOrder, bool],
    layout: _Layout | None = None,
) -> tuple[PersonRow | None, list[RowProblem]]:
    """The person on one row (None when the row is skipped) and the row's problems.

    `dates` is the order day and month are read in, and whether the file's own dates
    settled it (then an ambiguous date needs no warning).
    """
    reader = _RowReader(table, mapping, layout or _Layout.of(table, mapping), row)
    given, family = _names(reader)
    if not given and not family:
        reader.problem(
            "",
            _("the row has no name."),
            _("Add the name in the file, or check the column mapping, and import again."),
            Severity.SKIPPED,
        )
        return None, reader.problems
    values: dict[str, Any] = {"given_name": given, "family_name": family}
    values["email"] = _checked(
        reader,
        Target.EMAIL,
        email_text(reader.cell(reader.column_for(Target.EMAIL))),
        rules.check_email,
    )
    values["phone"] = _checked(
        reader,
        Target.PHONE,
        phone_text(reader.cell(reader.column_for(Target.PHONE)), country),
        rules.check_phone,
    )
    if reader.skipped:
        return None, reader.problems
    for target, attribute in TEXT_TARGETS.items():
        values[attribute] = reader.text(target)
    values["street"] = ", ".join(
        line.strip() for line in values["street"].splitlines() if line.strip()
    )
    written_country = reader.text(Target.COUNTRY)
    code = country_code(written_country)
    if code is None:
        reader.problem(
            reader.column_for(Target.COUNTRY) or "",
            _("“{country}” is not a country scdesk knows; left empty.").format(
                country=written_country
            ),
            _("Choose the country in scdesk."),
        )
    values["country"] = code or ""
    values["member_since"] = _member_since(reader, *dates)
    values["notes"] = _notes(reader)
    category_text = reader.text(Target.CATEGORY)
    if category_text:
        category = parse_category(category_text)
        if category is None:
            reader.problem(
                reader.column_for(Target.CATEGORY) or "",
                _(
                    "“{text}” is not a kind of person scdesk knows (member, volunteer, "
                    "host family, guest, contact); recorded as {kind}."
                ).format(text=category_text, kind=term(mapping.category)),
                _("Change it in scdesk if needed."),
            )
        values["category"] = category or mapping.category
    _warn_formulas(reader)
    person = PersonRow(
        lines=[row.line],
        values={key: value for key, value in values.items() if value not in ("", None)},
        details=_details(reader, Target.OTHER_EMAIL, "email", country)
        + _details(reader, Target.OTHER_PHONE, "phone", country),
        posts=_posts(reader),
    )
    return person, reader.problems


def column_date_order(
    table: SourceTable, mapping: ColumnMapping
) -> tuple[DateOrder, list[RowProblem]]:
    """The order the column's own dates prove (a 13 or more in one place), else the mapping's."""
    header = mapping.column_for(Target.MEMBER_SINCE)
    if header is None:
        return (mapping.date_order, False), []
    proofs: dict[DateOrder, int] = {}
    for row in table.rows:
        proven = numeric_date_order(cell_text(row.cells[table.column(header)]))
        if proven is not None:
            proofs.setdefault(proven, row.line)
    if len(proofs) == 1:
        return (next(iter(proofs)), True), []
    if len(proofs) == 2:
        first, second = sorted(proofs.values())
        return (mapping.date_order, False), [
            RowProblem(
                table.file_name,
                second,
                header,
                (
                    _(
                        "this column mixes day-first and month-first dates ({first} and "
                        "{second}); dates that could be either are read month first."
                    )
                    if mapping.date_order == DateOrder.MONTH_FIRST
                    else _(
                        "this column mixes day-first and month-first dates ({first} and "
                        "{second}); dates that could be either are read day first."
                    )
                ).format(first=place(table.unit, first), second=place(table.unit, second)),
                _("Check the dates of this column after the import."),
            )
        ]
    return (mapping.date_order, False), []


def _merge_into(
    kept: PersonRow, other: PersonRow, table: SourceTable, mapping: ColumnMapping
) -> list[RowProblem]:
    """Fold a later row of the same person into the first; say what differed."""
    file, unit = table.file_name, table.unit
    problems = [
        RowProblem(
            file,
            other.line,
            "",
            _("the same person as {place} ({name}); the rows were combined.").format(
                place=place(unit, kept.line), name=other.name
            ),
            _("Nothing to do."),
            Severity.NOTE,
        )
    ]
    for key, value in other.values.items():
        mine = kept.values.get(key)
        if mine in (None, ""):
            kept.values[key] = value
        elif _comparable(key, mine) != _comparable(key, value):
            problems.append(
                RowProblem(
                    file,
                    other.line,
                    mapping.column_for(Target(key)) or key,
                    _(
                        "“{value}” differs from {place} (“{mine}”); {place}'s value was kept."
                    ).format(value=value, place=place(unit, kept.line), mine=mine),
                    _("If this row's value is right, change it in scdesk after the import."),
                )
            )
    kept.lines.append(other.line)
    kept.details += [d for d in other.details if d not in kept.details]
    known = {(fold(p.committee), p.post) for p in kept.posts}
    kept.posts += [p for p in other.posts if (fold(p.committee), p.post) not in known]
    return problems


def _comparable(key: str, value: Any) -> Any:
    return value.casefold() if isinstance(value, str) and key == "email" else value


def people_from_table(
    table: SourceTable, mapping: ColumnMapping, country: str
) -> tuple[list[PersonRow], list[RowProblem]]:
    """Every person of the table (rows of one person combined) and every problem, by line."""
    dates, problems = column_date_order(table, mapping)
    people: dict[str, PersonRow] = {}
    layout = _Layout.of(table, mapping)
    for row in table.rows:
        person, row_problems = read_person(table, mapping, row, country, dates, layout)
        problems += row_problems
        if person is None:
            continue
        identity = person.identity(country)
        if identity in people:
            problems += _merge_into(people[identity], person, table, mapping)
        else:
            people[identity] = person
    problems = sorted([*table.notices, *problems], key=lambda p: p.line)
    return list(people.values()), problems
