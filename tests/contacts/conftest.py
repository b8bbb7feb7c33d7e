"""Organizations to import into, and the helpers contacts tests share."""

from __future__ import annotations

import argparse
import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from scdesk.interchange.contacts.apply import Decisions, ImportResult, Side, import_into
from scdesk.interchange.contacts.mapping import ColumnMapping, guess_mapping
from scdesk.interchange.contacts.preview import ContactsPreview, build_preview
from scdesk.interchange.contacts.reading import read_contacts_file
from scdesk.model import Person
from scdesk.operations.organizations import create_organization, open_organization
from scdesk.storage.organization_files import OpenOrganization
from scdesk.storage.registry import Registry

ORG_NAME = "Springfield Sister Cities"


@pytest.fixture
def springfield() -> str:
    """A closed, empty organization in Springfield, US (commands open it themselves)."""
    create_organization(ORG_NAME, city="Springfield", region="Illinois", country="US")
    return ORG_NAME


@contextmanager
def opened(name: str = ORG_NAME) -> Iterator[OpenOrganization]:
    org = open_organization(name)
    try:
        yield org
    finally:
        org.close()


def database_digest(name: str = ORG_NAME) -> str:
    """SHA-256 of the organization's database file (and its WAL, if one is left)."""
    folder = Registry().folder(Registry().find(name))
    digest = hashlib.sha256()
    for path in (folder.database, Path(f"{folder.database}-wal")):
        if path.exists():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def import_args(file: Path, **options: object) -> argparse.Namespace:
    values = dict(file=file, org=ORG_NAME, dry_run=False, take=None, mapping=None, errors_csv=None)
    values.update(options)
    return argparse.Namespace(**values)


def preview_file(
    org: OpenOrganization, path: Path, mapping: ColumnMapping | None = None
) -> ContactsPreview:
    table = read_contacts_file(path, mapping.encoding if mapping else None)
    with org.database.session() as session:
        return build_preview(session, table, mapping or guess_mapping(table.headers, "US"))


def import_file(
    org: OpenOrganization, path: Path, take: Side | None = Side.THEIRS
) -> tuple[ContactsPreview, ImportResult]:
    preview = preview_file(org, path)
    return preview, import_into(org, preview, Decisions(take=take))


def person_by_email(session: Session, email: str) -> Person:
    return session.scalars(
        select(Person).where(Person.email.ilike(email), Person.deleted_at.is_(None))
    ).one()


# The interface tests' shared demo organization (built once per session, copied per test).
from tests.ui.conftest import demo, small_demo_home  # noqa: E402, F401
