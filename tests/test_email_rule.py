"""The quick path of the email rule gives exactly what email-validator itself gives."""

from __future__ import annotations

import pytest
from email_validator import EmailNotValidError, validate_email
from hypothesis import given, settings
from hypothesis import strategies as st

from scdesk.domain.errors import RuleViolation
from scdesk.domain.rules import check_email

ATEXT = "abcXYZ019!#$%&'*+/=?^_`{|}~-"
DOMAINS = (
    "example.org",
    "EXAMPLE.Org",
    "exämple.org",
    "foo.test",
    "localhost",
    "a_b.org",
    "b.c",
    "-x.org",
)


def reference(address: str) -> str | None:
    try:
        return validate_email(address, check_deliverability=False).normalized
    except EmailNotValidError:
        return None


def ours(address: str) -> str | None:
    try:
        return check_email("email", address)
    except RuleViolation:
        return None


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(ATEXT, min_size=0, max_size=12), min_size=1, max_size=4).map(".".join),
    st.sampled_from(DOMAINS),
)
def test_the_quick_email_check_agrees_with_email_validator(local: str, domain: str) -> None:
    address = f"{local}@{domain}"
    assert ours(address) == reference(address)


@pytest.mark.parametrize(
    "address",
    ["a" * 65 + "@example.org", "x@" + "a" * 250 + ".org", '"quoted"@example.org', "no-at-sign"],
)
def test_unusual_addresses_get_the_full_check(address: str) -> None:
    assert ours(address) == reference(address)
