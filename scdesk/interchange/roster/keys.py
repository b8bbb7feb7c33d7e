"""The organization's signing key and remembered passphrases, in the OS keyring only.

Keyring entries: service "scdesk", user "roster-signing-key:<organization uuid>" (the key)
and "roster-passphrase:<organization uuid>" (a remembered file passphrase). Where there is
no keyring, every call raises KeyringUnavailable and the caller asks the person instead;
nothing is ever written anywhere else.

A key is 32 random bytes, shown as base32 in groups of four ("ABCD-EFGH-…"), so it can be
read out over the phone; spaces, hyphens and case are ignored when it is entered.
"""

from __future__ import annotations

import base64
import secrets

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from scdesk.domain.i18n import _

SERVICE = "scdesk"
KEY_BYTES = 32


class KeyringUnavailable(Exception):
    """The keyring cannot be used here; ask the person for the secret instead."""


def signing_key_entry(organization_uuid: str) -> str:
    return f"roster-signing-key:{organization_uuid}"


def passphrase_entry(organization_uuid: str) -> str:
    return f"roster-passphrase:{organization_uuid}"


def _get(entry: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, entry)
    except KeyringError as error:
        raise KeyringUnavailable(str(error)) from error


def _set(entry: str, secret: str) -> None:
    try:
        keyring.set_password(SERVICE, entry, secret)
    except KeyringError as error:
        raise KeyringUnavailable(str(error)) from error


def _delete(entry: str) -> None:
    try:
        keyring.delete_password(SERVICE, entry)
    except PasswordDeleteError:
        pass
    except KeyringError as error:
        raise KeyringUnavailable(str(error)) from error


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def key_text(key: bytes) -> str:
    plain = base64.b32encode(key).decode("ascii").rstrip("=")
    return "-".join(plain[i : i + 4] for i in range(0, len(plain), 4))


def parse_key(text: str) -> bytes:
    """The key written as `key_text` gives it; ValueError says what is wrong."""
    plain = "".join(c for c in text.upper() if c not in " -\t\r\n")
    try:
        key = base64.b32decode(plain + "=" * (-len(plain) % 8))
    except (ValueError, base64.binascii.Error):  # type: ignore[attr-defined]
        raise ValueError(
            _("This is not a roster signing key: use only the letters A to Z and digits 2 to 7.")
        ) from None
    if len(key) != KEY_BYTES:
        raise ValueError(
            _(
                "This key is {length} characters long; a roster signing key has 52 "
                "(13 groups of four)."
            ).format(length=len(plain))
        )
    return key


def stored_signing_key(organization_uuid: str) -> bytes | None:
    text = _get(signing_key_entry(organization_uuid))
    return parse_key(text) if text else None


def store_signing_key(organization_uuid: str, key: bytes) -> None:
    _set(signing_key_entry(organization_uuid), key_text(key))


def remembered_passphrase(organization_uuid: str) -> str | None:
    return _get(passphrase_entry(organization_uuid))


def remember_passphrase(organization_uuid: str, passphrase: str) -> None:
    _set(passphrase_entry(organization_uuid), passphrase)


def forget_passphrase(organization_uuid: str) -> None:
    _delete(passphrase_entry(organization_uuid))
