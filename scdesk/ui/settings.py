"""The app's preferences, in one INI file beside the data (or the platform's config folder)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

from scdesk.paths import ensure_private_folder, settings_file


def app_settings() -> QSettings:
    path = settings_file()
    _create_private(path)
    return QSettings(str(path), QSettings.Format.IniFormat)


def _create_private(path: Path) -> None:
    """Create the settings file readable by its owner only (Qt keeps the mode when it
    rewrites the file); a folder that cannot be written is left for QSettings to report."""
    if path.exists():
        return
    try:
        ensure_private_folder(path.parent)
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
    except OSError:
        pass
