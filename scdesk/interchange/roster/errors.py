"""What goes wrong with a roster file, said so that the person can act on it."""

from __future__ import annotations

from dataclasses import dataclass

from scdesk.domain.i18n import Translatable, _, joined

# The most problems one message lists; a file with more is broken throughout anyway.
MAX_PROBLEMS = 50


@dataclass(frozen=True)
class Problem:
    """One problem: the table, line and field when they are known."""

    message: str
    table: str = ""
    line: int = 0
    field: str = ""

    def __str__(self) -> str:
        return self.text()

    def text(self) -> Translatable:
        """The problem with where it is, as the windows translate it."""
        where = [
            part
            for part in (
                _("table {table}").format(table=self.table) if self.table else "",
                _("line {line}").format(line=self.line) if self.line else "",
                _("field {field}").format(field=self.field) if self.field else "",
            )
            if part
        ]
        if where:
            return _("{where}: {problem}").format(where=joined(where, ", "), problem=self.message)
        return joined([self.message], "")


class RosterFileError(Exception):
    """The file cannot be imported; nothing was changed."""

    def __init__(self, file_name: str, problems: list[Problem]) -> None:
        self.file_name = file_name
        self.problems = problems[:MAX_PROBLEMS]
        self.more = max(0, len(problems) - MAX_PROBLEMS)
        self.message = self.describe()
        super().__init__(self.message)

    def describe(self) -> Translatable:
        """Every problem, one a line; English, and translated by the windows."""
        name = self.file_name
        lines = (
            [_("{file}: {problem}").format(file=name, problem=self.problems[0].text())]
            if len(self.problems) == 1
            else [
                _("{file}: {count} problems:").format(
                    file=name, count=len(self.problems) + self.more
                )
            ]
            + [Translatable("  - {problem}", {"problem": p.text()}) for p in self.problems]
        )
        if self.more:
            lines.append(_("  … and {count} more.").format(count=self.more))
        lines.append(_("Nothing was changed."))
        return joined(lines, "\n")


def refuse(file_name: str, message: str, **where: object) -> RosterFileError:
    return RosterFileError(file_name, [Problem(message, **where)])  # type: ignore[arg-type]


class SecretNeeded(Exception):
    """A key or passphrase is needed and none was given (the caller asks and tries again)."""

    def __init__(self, what: str, reason: str) -> None:
        super().__init__(reason)
        self.what = what  # "signing key" or "passphrase"
        self.reason = reason


class RosterSyncError(Exception):
    """A roster exchange that cannot go ahead as asked (no earlier exchange for a delta, …)."""
