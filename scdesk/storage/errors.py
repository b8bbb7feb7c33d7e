"""Problems with an organization's files that the user must be told about.

Each message says what happened and what to do; the file concerned is left as it was.
"""

from __future__ import annotations

import errno
from pathlib import Path

from scdesk.domain.i18n import _

NOT_WRITABLE = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})


class StorageError(Exception):
    """A problem with stored files that is the user's to act on, not a bug.

    `message` is marked with scdesk.domain.i18n._, so the windows can show it translated;
    `str()` of the error stays English, with the path, for the command line and the log."""

    def __init__(self, path: Path | str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = Path(path)
        self.message = message


class NotADatabaseError(StorageError):
    pass


class DamagedDatabaseError(StorageError):
    pass


class NewerDatabaseError(StorageError):
    pass


class OrganizationLockedError(StorageError):
    pass


class FolderNotWritableError(StorageError):
    pass


class UnknownOrganizationError(StorageError):
    pass


def folder_not_writable(folder: Path, error: OSError) -> FolderNotWritableError:
    """The message for a folder that refuses writes (permissions, read-only disk)."""
    return FolderNotWritableError(
        folder,
        _(
            "scdesk cannot write in its data folder ({reason}). Give your user write "
            "access to it, or set SCDESK_HOME to a folder you can write to."
        ).format(reason=error.strerror),
    )
