"""Domain rules: what makes a record valid, independent of any window or file format."""

from scdesk.domain.errors import RuleViolation

__all__ = ["RuleViolation"]
