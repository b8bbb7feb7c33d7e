"""One writer per organization.

An OS-level lock (flock on POSIX, msvcrt on Windows) on a lock file beside the database.
The kernel drops it when the holding process dies, so a lock left by a crash is stale by
construction and simply taken over; the file records who held it, for the message.
"""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path
from typing import IO

from scdesk.domain.i18n import _
from scdesk.storage.errors import OrganizationLockedError

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class OrganizationLock:
    """Held while an organization's database is open for writing."""

    def __init__(self, path: Path, organization_name: str = "") -> None:
        self.path = path
        self.organization_name = organization_name
        self._handle: IO[str] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> None:
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - kept open while held
        if os.name == "posix":
            os.chmod(self.path, 0o600)
        if not _try_lock(handle):
            holder = self._read_holder(handle)
            handle.close()
            name = self.organization_name or _("This organization")
            raise OrganizationLockedError(
                self.path,
                _(
                    "{name} is already open by process {pid} on {host}. Close scdesk there "
                    "first; only one window or command can change an organization at a time."
                ).format(name=name, pid=holder.get("pid"), host=holder.get("host"))
                if holder
                else _(
                    "{name} is already open. Close scdesk there first; "
                    "only one window or command can change an organization at a time."
                ).format(name=name),
            )
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps({"pid": os.getpid(), "host": socket.gethostname()}))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            _unlock(self._handle)
        finally:
            self._handle.close()
            self._handle = None

    @staticmethod
    def _read_holder(handle: IO[str]) -> dict:
        try:
            handle.seek(0)
            return json.loads(handle.read() or "{}")
        except (OSError, ValueError):
            return {}

    def __enter__(self) -> OrganizationLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
