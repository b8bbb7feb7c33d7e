"""Create the demo organization, for the command line and the first-start dialog alike."""

from __future__ import annotations

from collections.abc import Callable

from scdesk.demo import DEMO_NAME, build_demo
from scdesk.domain.i18n import _
from scdesk.operations import organizations
from scdesk.storage.errors import StorageError, UnknownOrganizationError
from scdesk.storage.registry import OrganizationEntry, Registry

LARGE_DEMO_NAME = f"{DEMO_NAME} (large)"

Progress = Callable[[int, int, str], None]


def demo_name(size: str) -> str:
    return LARGE_DEMO_NAME if size == "large" else DEMO_NAME


def find_demo(size: str = "small", registry: Registry | None = None) -> OrganizationEntry | None:
    try:
        return (registry or Registry()).find(demo_name(size))
    except UnknownOrganizationError:
        return None


def create_demo_organization(
    size: str = "small",
    *,
    replace: bool = False,
    progress: Progress | None = None,
    registry: Registry | None = None,
) -> OrganizationEntry:
    """Build the demo organization; an existing one is kept unless `replace` is asked for."""
    registry = registry or Registry()
    name = demo_name(size)
    existing = find_demo(size, registry)
    if existing is not None:
        if not replace:
            raise StorageError(
                registry.file,
                _(
                    "“{name}” already exists. Open it, or rebuild it with "
                    "`scdesk demo --size {size} --replace`."
                ).format(name=name, size=size),
            )
        organizations.remove_organization(existing.slug, delete_files=True, registry=registry)
    entry = organizations.create_organization(
        name, registry, city="Springfield", region="Illinois", country="US"
    )
    try:
        with organizations.open_organization(entry.slug, registry) as org:
            build_demo(org, size, progress=progress)
    except BaseException:
        organizations.remove_organization(entry.slug, delete_files=True, registry=registry)
        raise
    return entry
