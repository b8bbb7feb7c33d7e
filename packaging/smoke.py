"""Check a built bundle: it creates the demo organization and its main window opens.

    uv run python packaging/smoke.py [dist/scdesk]

Runs the bundle in a fresh, temporary SCDESK_HOME on Qt's offscreen platform: first
`scdesk demo` (the command line inside the bundle), then the app itself with
SCDESK_SMOKE_TEST_SECONDS set, which makes it print the main window's title and quit.
Exits non-zero, saying why, when anything goes wrong. Prints the bundle's size.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_BUNDLE = ROOT / "build" / "dist" / "scdesk"
EXPECTED_TITLE = "Springfield Sister Cities — scdesk"
TIMEOUT_SECONDS = 120


def executable(bundle: Path) -> Path:
    if bundle.suffix == ".app":
        return bundle / "Contents" / "MacOS" / "scdesk"
    return bundle / ("scdesk.exe" if os.name == "nt" else "scdesk")


def folder_size(folder: Path) -> int:
    """Bytes on disk; PyInstaller links some libraries, which must not count twice."""
    return sum(
        path.lstat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT_SECONDS,
        check=False,
    )


def smoke_test(bundle: Path) -> list[str]:
    """What went wrong, or nothing."""
    program = executable(bundle)
    if not program.is_file():
        return [f"{program}: no such program; build the bundle first (see packaging/README.md)"]
    with tempfile.TemporaryDirectory(prefix="scdesk-smoke-") as home:
        env = {
            **os.environ,
            "SCDESK_HOME": home,
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONIOENCODING": "utf-8",
        }
        env.pop("SCDESK_ORG", None)
        demo = run([str(program), "demo"], env)
        if demo.returncode != 0:
            return [f"`scdesk demo` failed with exit code {demo.returncode}:", demo.stderr]
        app = run([str(program)], {**env, "SCDESK_SMOKE_TEST_SECONDS": "3"})
        if app.returncode != 0:
            return [f"the app failed with exit code {app.returncode}:", app.stderr]
        # A Windows bundle is a windowed program without standard output: there the exit
        # code (0 only after the main window showed and closed) is the whole answer.
        if os.name != "nt" and EXPECTED_TITLE not in app.stdout:
            return [
                f"the main window “{EXPECTED_TITLE}” did not open; the app said:",
                app.stdout,
                app.stderr,
            ]
    return []


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", nargs="?", type=Path, default=DEFAULT_BUNDLE)
    bundle = parser.parse_args().bundle.resolve()
    problems = smoke_test(bundle)
    if problems:
        print("Smoke test FAILED: " + "\n".join(problems), file=sys.stderr)
        return 1
    size = folder_size(bundle) / 1024 / 1024
    print(f"Smoke test passed: {bundle} opens the demo organization ({size:.0f} MiB).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
