"""What goes wrong with a roster file, said so that the person can act on it."""

from __future__ import annotations

from dataclasses import dataclass

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
        where = ", ".join(
            part
            for part in (
                f"table {self.table}" if self.table else "",
                f"line {self.line}" if self.line else "",
                f"field {self.field}" if self.field else "",
            )
            if part
        )
        return f"{where}: {self.message}" if where else self.message


class RosterFileError(Exception):
    """The file cannot be imported; nothing was changed."""

    def __init__(self, file_name: str, problems: list[Problem]) -> None:
        self.file_name = file_name
        self.problems = problems[:MAX_PROBLEMS]
        self.more = max(0, len(problems) - MAX_PROBLEMS)
        super().__init__(self.describe())

    def describe(self) -> str:
        lines = (
            [f"{self.file_name}: {self.problems[0]}"]
            if len(self.problems) == 1
            else [f"{self.file_name}: {len(self.problems) + self.more} problems:"]
            + [f"  - {p}" for p in self.problems]
        )
        if self.more:
            lines.append(f"  … and {self.more} more.")
        lines.append("Nothing was changed.")
        return "\n".join(lines)


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
