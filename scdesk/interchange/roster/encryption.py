"""Whole-file encryption with a passphrase, for sending a roster file by email.

Layout: the magic line "SCDESK-ROSTER-ENCRYPTED\\n" (24 bytes), a version byte (1), the
scrypt cost as log2(n), r and p (one byte each), a 16-byte salt, a 12-byte nonce, then the
zip encrypted with AES-256-GCM under the key scrypt derives from the passphrase (UTF-8,
NFC). Everything before the ciphertext is authenticated as associated data, so neither
the costs nor the salt can be changed unnoticed.
"""

from __future__ import annotations

import os
import unicodedata

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from scdesk.domain.i18n import _
from scdesk.interchange.roster.errors import refuse

MAGIC = b"SCDESK-ROSTER-ENCRYPTED\n"
VERSION = 1
COST_LOG2, BLOCK_SIZE, PARALLELISM = 15, 8, 1  # 32 MiB and ~0.1 s per derivation
MAX_COST_LOG2, MAX_BLOCK_SIZE, MAX_PARALLELISM = 20, 16, 4  # refuse costs meant to hang us
_SALT, _NONCE = 16, 12
HEADER_SIZE = len(MAGIC) + 4 + _SALT + _NONCE


def is_encrypted(data: bytes) -> bool:
    return data.startswith(MAGIC)


def _derive(
    passphrase: str, salt: bytes, cost_log2: int, block_size: int, parallelism: int
) -> bytes:
    normalized = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return Scrypt(salt=salt, length=32, n=1 << cost_log2, r=block_size, p=parallelism).derive(
        normalized
    )


def encrypt(data: bytes, passphrase: str) -> bytes:
    if not passphrase:
        raise ValueError(_("An empty passphrase protects nothing; choose one."))
    salt, nonce = os.urandom(_SALT), os.urandom(_NONCE)
    header = MAGIC + bytes([VERSION, COST_LOG2, BLOCK_SIZE, PARALLELISM]) + salt + nonce
    key = _derive(passphrase, salt, COST_LOG2, BLOCK_SIZE, PARALLELISM)
    return header + AESGCM(key).encrypt(nonce, data, header)


def decrypt(data: bytes, passphrase: str, file_name: str) -> bytes:
    if len(data) < HEADER_SIZE + 16:
        raise refuse(file_name, _("the encrypted roster file is cut short. Ask for it again."))
    version, cost_log2, block_size, parallelism = data[len(MAGIC) : len(MAGIC) + 4]
    if version != VERSION:
        raise refuse(
            file_name,
            _(
                "the file is encrypted with method {method}, which this scdesk does not know. "
                "Install a newer scdesk to open it."
            ).format(method=version),
        )
    if not (
        1 <= cost_log2 <= MAX_COST_LOG2
        and 1 <= block_size <= MAX_BLOCK_SIZE
        and 1 <= parallelism <= MAX_PARALLELISM
    ):
        raise refuse(file_name, _("the file's encryption settings are out of range; it is forged."))
    start = len(MAGIC) + 4
    salt = data[start : start + _SALT]
    nonce = data[start + _SALT : HEADER_SIZE]
    key = _derive(passphrase, salt, cost_log2, block_size, parallelism)
    try:
        return AESGCM(key).decrypt(nonce, data[HEADER_SIZE:], data[:HEADER_SIZE])
    except InvalidTag:
        raise refuse(
            file_name,
            _(
                "the passphrase is wrong, or the file was changed after it was encrypted. "
                "Check the passphrase with the sender."
            ),
        ) from None
