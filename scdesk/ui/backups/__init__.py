"""Backups in the window: the Backups page, the automatic schedule, recovery of a damaged
database. See each module for how the main window uses it."""

from scdesk.ui.backups.backups_page import BackupsPage
from scdesk.ui.backups.recovery import offer_recovery
from scdesk.ui.backups.schedule import BackupSchedule, install_backup_schedule

__all__ = ["BackupSchedule", "BackupsPage", "install_backup_schedule", "offer_recovery"]
