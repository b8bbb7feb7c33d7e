"""Files shipped with scdesk (fonts, icons, schemas, translations) under `resources/`."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_folder() -> Path:
    """`resources/` of a source checkout, or its copy inside an installed wheel or bundle."""
    for candidate in (_PACKAGE / "_resources", _PACKAGE.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("scdesk's resources folder is missing from this installation.")


def resource(*parts: str) -> Path:
    return resources_folder().joinpath(*parts)
