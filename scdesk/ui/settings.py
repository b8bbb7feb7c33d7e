"""The app's preferences, in one INI file beside the data (or the platform's config folder)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from scdesk.paths import settings_file


def app_settings() -> QSettings:
    return QSettings(str(settings_file()), QSettings.Format.IniFormat)
