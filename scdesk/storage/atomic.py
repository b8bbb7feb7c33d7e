"""Write files so that a crash leaves either the old content or the new, never half."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


def fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_output(path: Path, mode: int = 0o600) -> Iterator[BinaryIO]:
    """A binary file to write; on success it is fsynced and renamed to `path`, on any error
    (or a crash) `path` keeps its old content and the temporary file is removed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w+b") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
        fsync_folder(path.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def write_bytes_atomic(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write to a temporary file beside `path`, fsync it, then rename it into place."""
    with atomic_output(path, mode) as handle:
        handle.write(data)


def write_text_atomic(path: Path, text: str, mode: int = 0o600) -> None:
    write_bytes_atomic(path, text.encode("utf-8"), mode)
