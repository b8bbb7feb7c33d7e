"""The preferences a person chooses, read from and written to `app_settings()`.

One place names the keys, so the preferences dialog, the start of the app and the backup
feature agree on them.
"""

from __future__ import annotations

from dataclasses import dataclass

from scdesk import backup_preference
from scdesk.backup_preference import BACKUP_FOLDER_KEY, BACKUPS_KEPT_KEY, DEFAULT_BACKUPS_KEPT
from scdesk.storage.backup import BackupSettings
from scdesk.ui.settings import app_settings

SYSTEM = "system"
THEMES = (SYSTEM, "light", "dark")

LANGUAGE_KEY = "preferences/language"
THEME_KEY = "preferences/theme"
DEFAULT_ORGANIZATION_KEY = "preferences/default_organization"


@dataclass(frozen=True)
class Preferences:
    language: str = SYSTEM
    """"system", or a shipped language code ("en", "es", "fr")."""
    theme: str = SYSTEM
    default_organization: str = ""
    """An organization's slug; empty means "the one used last"."""
    backup_folder: str = ""
    """Where backups go; empty means the organization's own backups/ folder."""
    backups_kept: int = DEFAULT_BACKUPS_KEPT
    """How many of the newest backups rotation keeps (older ones thin out by day, week, month)."""

    def backup_settings(self) -> BackupSettings:
        """What storage is handed: the chosen folder (one subfolder per organization)."""
        return backup_preference.backup_settings(self.backup_folder, self.backups_kept)


def load_preferences() -> Preferences:
    settings = app_settings()
    theme = settings.value(THEME_KEY, SYSTEM, str)
    return Preferences(
        language=settings.value(LANGUAGE_KEY, SYSTEM, str) or SYSTEM,
        theme=theme if theme in THEMES else SYSTEM,
        default_organization=settings.value(DEFAULT_ORGANIZATION_KEY, "", str),
        backup_folder=settings.value(BACKUP_FOLDER_KEY, "", str),
        backups_kept=backup_preference.backups_kept(
            settings.value(BACKUPS_KEPT_KEY, DEFAULT_BACKUPS_KEPT)
        ),
    )


def current_backup_settings() -> BackupSettings:
    """Where backups go now and how many are kept: handed to every organization opened."""
    return load_preferences().backup_settings()


def save_preferences(preferences: Preferences) -> None:
    settings = app_settings()
    settings.setValue(LANGUAGE_KEY, preferences.language)
    settings.setValue(THEME_KEY, preferences.theme)
    settings.setValue(DEFAULT_ORGANIZATION_KEY, preferences.default_organization)
    settings.setValue(BACKUP_FOLDER_KEY, preferences.backup_folder)
    settings.setValue(BACKUPS_KEPT_KEY, preferences.backups_kept)
    settings.sync()
