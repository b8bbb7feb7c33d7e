"""The installable build: PyInstaller makes the one-folder app, and it opens the demo."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def load_smoke():
    spec = importlib.util.spec_from_file_location("smoke", ROOT / "packaging" / "smoke.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["smoke"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_the_bundle_builds_and_opens_the_demo_organization(tmp_path: Path) -> None:
    """Catches what only a frozen app misses: a data file, a plugin, a lazily imported module."""
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(ROOT / "packaging" / "scdesk.spec"),
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(tmp_path / "dist"),
            "--workpath",
            str(tmp_path / "work"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        timeout=1200,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    bundle = tmp_path / "dist" / ("scdesk.app" if sys.platform == "darwin" else "scdesk")
    assert load_smoke().smoke_test(bundle) == []
