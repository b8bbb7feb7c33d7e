"""The error every broken rule raises: it names the field so a form can show it there.

A record checked as a whole reports every rule it breaks at once (RuleViolations), so a
form can show each problem under its own field after one Save.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager


class RuleViolation(ValueError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class RuleViolations(RuleViolation):
    """Several broken rules of one record; it reads as the first, and lists them all."""

    def __init__(self, violations: Sequence[RuleViolation]) -> None:
        first = violations[0]
        super().__init__(first.field, first.message)
        self.violations = list(violations)
        self.args = ("\n".join(f"{v.field}: {v.message}" for v in self.violations),)


def violations_of(error: RuleViolation) -> list[RuleViolation]:
    """Each broken rule an error stands for."""
    return list(getattr(error, "violations", [error]))


def together(first: Sequence[RuleViolation], then: RuleViolation | None) -> RuleViolation:
    """`first`, then those of `then` on other fields, as one error."""
    problems = Problems()
    for violation in first:
        problems.add(violation)
    taken = {violation.field for violation in first}
    for violation in violations_of(then) if then is not None else []:
        if violation.field not in taken:
            problems.add(violation)
    return problems.as_error()


class Problems:
    """Collects the rules a record breaks instead of stopping at the first."""

    def __init__(self) -> None:
        self.found: list[RuleViolation] = []

    @contextmanager
    def check(self) -> Iterator[None]:
        try:
            yield
        except RuleViolation as error:
            self.found.extend(violations_of(error))

    def add(self, error: RuleViolation) -> None:
        self.found.extend(violations_of(error))

    def as_error(self) -> RuleViolation:
        """What was found (at least one): the one violation, or all of them together."""
        return self.found[0] if len(self.found) == 1 else RuleViolations(self.found)

    def raise_found(self) -> None:
        if self.found:
            raise self.as_error()
