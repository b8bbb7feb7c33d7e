"""The preferences a person chooses, read from and written to `app_settings()`.

One place names the keys, so the preferences dialog, the start of the app and the backup
feature agree on them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from scdesk.ui.settings import app_settings

SYSTEM = "system"
THEMES = (SYSTEM, "light", "dark")
DEFAULT_BACKUPS_KEPT = 10
MAX_BACKUPS_KEPT = 999

LANGUAGE_KEY = "preferences/language"
THEME_KEY = "preferences/theme"
DEFAULT_ORGANIZATION_KEY = "preferences/default_organization"
BACKUP_FOLDER_KEY = "backups/folder"
BACKUPS_KEPT_KEY = "backups/keep"


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

    def backup_folder_for(self, organization_backups: Path) -> Path:
        """The folder backups of one organization go to, honouring a chosen location."""
        if not self.backup_folder:
            return organization_backups
        return Path(self.backup_folder).expanduser() / organization_backups.parent.name


def load_preferences() -> Preferences:
    settings = app_settings()
    theme = settings.value(THEME_KEY, SYSTEM, str)
    try:
        kept = int(settings.value(BACKUPS_KEPT_KEY, DEFAULT_BACKUPS_KEPT))
    except (TypeError, ValueError):
        kept = DEFAULT_BACKUPS_KEPT
    return Preferences(
        language=settings.value(LANGUAGE_KEY, SYSTEM, str) or SYSTEM,
        theme=theme if theme in THEMES else SYSTEM,
        default_organization=settings.value(DEFAULT_ORGANIZATION_KEY, "", str),
        backup_folder=settings.value(BACKUP_FOLDER_KEY, "", str),
        backups_kept=min(max(kept, 1), MAX_BACKUPS_KEPT),
    )


def save_preferences(preferences: Preferences) -> None:
    settings = app_settings()
    settings.setValue(LANGUAGE_KEY, preferences.language)
    settings.setValue(THEME_KEY, preferences.theme)
    settings.setValue(DEFAULT_ORGANIZATION_KEY, preferences.default_organization)
    settings.setValue(BACKUP_FOLDER_KEY, preferences.backup_folder)
    settings.setValue(BACKUPS_KEPT_KEY, preferences.backups_kept)
    settings.sync()
