"""The backup preference the window saved, read without Qt (the command line loads Qt only
to start the app): the preferences file is QSettings' INI format, whose string escapes are
undone here for the two keys the command line needs."""

from __future__ import annotations

import configparser

from scdesk.backup_preference import (
    BACKUP_FOLDER_KEY,
    BACKUPS_KEPT_KEY,
    DEFAULT_BACKUPS_KEPT,
    backup_settings,
    backups_kept,
)
from scdesk.paths import settings_file
from scdesk.storage.backup import BackupSettings

ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}
HEX_DIGITS = "0123456789abcdefABCDEF"


def ini_string(raw: str) -> str | None:
    """A string as QSettings wrote it: quotes dropped, backslash escapes undone, a leading
    "@@" made "@". None for what is not a plain string (a list or another type)."""
    out: list[str] = []
    quoted, index = False, 0
    while index < len(raw):
        char = raw[index]
        index += 1
        if char == '"':
            quoted = not quoted
        elif char == "," and not quoted:
            return None  # QSettings' way of writing a list
        elif char == "\\" and index < len(raw):
            char, index = raw[index], index + 1
            if char == "x":
                digits = ""
                while index < len(raw) and raw[index] in HEX_DIGITS and len(digits) < 4:
                    digits, index = digits + raw[index], index + 1
                out.append(chr(int(digits or "0", 16)))
            else:
                out.append(ESCAPES.get(char, char))
        else:
            out.append(char)
    text = "".join(out)
    if text.startswith("@@"):
        return text[1:]
    return None if text.startswith("@") else text


def saved_backup_settings() -> BackupSettings:
    """Where backups go and how many are kept, as chosen in the window's Preferences."""
    parser = configparser.RawConfigParser(strict=False, delimiters=("=",), interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    try:
        parser.read(settings_file(), encoding="utf-8")
    except (OSError, UnicodeDecodeError, configparser.Error):
        return backup_settings("", DEFAULT_BACKUPS_KEPT)

    def value(key: str) -> str:
        section, _, name = key.partition("/")
        raw = parser.get(section, name, fallback="")
        return ini_string(raw) or ""

    return backup_settings(value(BACKUP_FOLDER_KEY), backups_kept(value(BACKUPS_KEPT_KEY)))
