"""The error every broken rule raises: it names the field so a form can show it there."""

from __future__ import annotations


class RuleViolation(ValueError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
