"""The layers: storage, model, domain, operations and the command line know nothing of Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import scdesk

PACKAGE = Path(scdesk.__file__).parent
QT_FREE = (
    "model",
    "domain",
    "storage",
    "operations",
    "demo",
    "interchange",
    "reports/figures",
    "reports/export",
)


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_storage_domain_and_operations_import_no_qt() -> None:
    offenders = []
    for folder in QT_FREE:
        for path in (PACKAGE / folder).rglob("*.py"):
            qt = {
                name
                for name in imported_modules(path)
                if name.startswith(("PySide6", "shiboken6", "scdesk.ui"))
            }
            if qt:
                offenders.append(f"{path.relative_to(PACKAGE)}: {sorted(qt)}")
    assert offenders == []


def test_command_line_loads_qt_only_to_start_the_app() -> None:
    for path in (PACKAGE / "cli").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top_level = [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]
        for node in top_level:
            module = node.module if isinstance(node, ast.ImportFrom) else node.names[0].name
            assert not (module or "").startswith(("PySide6", "scdesk.ui")), path
