"""The app's log: a few rotating files in the platform's log folder, readable by the owner only.

What scdesk logs names records by id and UUID, never by what they hold. Messages that
quote outside text (an exception from a library, a file's contents) pass through a filter
that blanks email addresses and phone numbers, so a log attached to a bug report does not
carry the members' contact details.

    path = configure_logging()          # once, at start (the app and the command line)
    log = logging.getLogger(__name__)   # anywhere
    log.info("backup %s taken before %s", name, reason)
"""

from __future__ import annotations

import logging
import os
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

from scdesk.paths import ensure_private_folder, log_folder

LOG_FILE = "scdesk.log"
MAX_BYTES = 1_000_000
KEEP_FILES = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
# Seven or more digits, possibly with the separators people type in phone numbers.
PHONE = re.compile(r"\+?\d[\d ()./-]{5,}\d")
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
TIMESTAMP = re.compile(r"\d{8}T\d{6}(\.\d+)?Z?|\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?")


def redact(text: str) -> str:
    """Blank email addresses and phone numbers (record ids, UUIDs and times stay)."""
    text = EMAIL.sub("<email>", text)
    kept: dict[str, str] = {}

    def keep(match: re.Match[str]) -> str:
        key = f"\0{len(kept)}\0"
        kept[key] = match.group(0)
        return key

    text = UUID.sub(keep, TIMESTAMP.sub(keep, text))
    text = PHONE.sub("<phone>", text)
    for key, original in kept.items():
        text = text.replace(key, original)
    return text


class PersonalDataFilter(logging.Filter):
    """Redacts the message and any exception text of every record written to the file."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = ()
        if record.exc_info:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating file handler whose files are created (and rotated) with mode 0600."""

    def _open(self):  # type: ignore[no-untyped-def] - signature of the standard library
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        if os.name == "posix":
            os.chmod(self.baseFilename, 0o600)
        return open(descriptor, "a", encoding=self.encoding, errors=self.errors)


def log_file() -> Path:
    return log_folder() / LOG_FILE


def configure_logging(level: int = logging.INFO) -> Path | None:
    """Send scdesk's log records to the rotating private file; safe to call again (with
    another SCDESK_HOME, it moves to the new folder). Returns None, and logs nothing, when
    the log folder cannot be made: a log is never a reason for the app not to start."""
    path = log_file()
    logger = logging.getLogger("scdesk")
    for handler in list(logger.handlers):
        if isinstance(handler, PrivateRotatingFileHandler):
            if Path(handler.baseFilename) == path:
                return path
            logger.removeHandler(handler)
            handler.close()
    try:
        ensure_private_folder(path.parent)
    except OSError:
        return None
    handler = PrivateRotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=KEEP_FILES, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(PersonalDataFilter())
    logger.addHandler(handler)
    logger.setLevel(level)
    return path


def stop_logging() -> None:
    """Close and detach the file handler (when the app ends, and between tests)."""
    logger = logging.getLogger("scdesk")
    for handler in list(logger.handlers):
        if isinstance(handler, PrivateRotatingFileHandler):
            logger.removeHandler(handler)
            handler.close()
