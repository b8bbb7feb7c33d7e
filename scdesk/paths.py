"""Where scdesk keeps its files: the platform's user data folder, or $SCDESK_HOME.

Nothing is created at import time; callers ask for a folder and then make it.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "scdesk"
HOME_VARIABLE = "SCDESK_HOME"


def data_home() -> Path:
    """The folder holding every organization known on this computer."""
    override = os.environ.get(HOME_VARIABLE)
    if override:
        return Path(override).expanduser()
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def log_folder() -> Path:
    override = os.environ.get(HOME_VARIABLE)
    if override:
        return Path(override).expanduser() / "logs"
    return platformdirs.user_log_path(APP_NAME, appauthor=False)


def settings_file() -> Path:
    """The preferences file (window geometry, last organization, language)."""
    override = os.environ.get(HOME_VARIABLE)
    if override:
        return Path(override).expanduser() / "settings.ini"
    return platformdirs.user_config_path(APP_NAME, appauthor=False) / "settings.ini"


def ensure_private_folder(path: Path) -> Path:
    """Create `path` (and the parents it needs) readable by the owner only (0700 on POSIX);
    parents that already exist keep their mode."""
    missing = [p for p in (path, *path.parents) if not p.exists()]
    for folder in reversed(missing):
        folder.mkdir(exist_ok=True, mode=0o700)
        if os.name == "posix":
            os.chmod(folder, 0o700)
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path
