"""The backup taken before an import changes anything, through the rotating backup store.

Copying a large database takes seconds. An import can start that copy early, in the
background, while the file is checked and the person reads the preview (`BackupInAdvance`);
when the import is confirmed the copy is used if nothing changed since it was taken (the
organization's change number is the same), and taken again otherwise. Either way, the
backup holds exactly what the import starts from.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from types import TracebackType

from scdesk.operations.backups import backup_now, take_backup
from scdesk.storage.backup import BEFORE_IMPORT, Backup, remove_backup
from scdesk.storage.organization_files import OpenOrganization

log = logging.getLogger(__name__)


def backup_before_import(org: OpenOrganization) -> Path:
    """Back up the organization (database and attachments); return the backup's path."""
    return backup_now(org, BEFORE_IMPORT)


class BackupInAdvance:
    """A before-import backup running on its own thread from the moment it is made.

    Use it as a context manager, or call `cancel()` when the import does not go ahead:
    then nothing of it is left behind.
    """

    def __init__(self, org: OpenOrganization) -> None:
        self.org = org
        self._stop = threading.Event()
        self._backup: Backup | None = None
        self._used = False
        self._thread = threading.Thread(target=self._take, name="backup before import")
        self._thread.daemon = True  # a cancelled copy never holds the program open
        self._thread.start()

    def _take(self) -> None:
        try:
            self._backup = take_backup(self.org, BEFORE_IMPORT, cancelled=self._stop.is_set).backup
        except BaseException:  # `path_for` takes it again, and that failure is reported
            if not self._stop.is_set():
                log.warning("the backup before an import failed in advance", exc_info=True)

    def done(self) -> bool:
        return not self._thread.is_alive()

    def wait(self) -> Backup | None:
        """The backup once the copy is finished; None when it failed or was cancelled."""
        self._thread.join()
        return self._backup

    def path_for(self, change_number: int) -> Path:
        """A backup holding the organization at `change_number` (its current one, read in
        the import's transaction): the one taken in advance, or a new one if it differs."""
        backup = self.wait()
        self._used = True
        if backup is not None and backup.change_number == change_number:
            return backup.path
        return backup_before_import(self.org)

    def cancel(self) -> None:
        """The import did not go ahead: stop the copy, and remove the backup if it was
        finished, since it was taken only for this import. After `path_for`, keep it."""
        self._stop.set()
        backup = self.wait()
        if backup is not None and not self._used:
            remove_backup(backup)
            self._backup = None

    def __enter__(self) -> BackupInAdvance:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.cancel()
