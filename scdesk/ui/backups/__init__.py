"""Backups in the window: the Backups page, the automatic schedule, recovery of a damaged
database. See each module for how the main window uses it.

Only the schedule is re-exported: start-up needs it, while the Backups page (and the health
check it brings) is imported from `backups_page` when it is built, and `recovery` when a
database turns out damaged.
"""

from scdesk.ui.backups.schedule import BackupSchedule, install_backup_schedule

__all__ = ["BackupSchedule", "install_backup_schedule"]
