"""Look for a secret in files the way an attacker with the files would: in every encoding a
program might have written it, and inside zip and gzip containers.

    leaks = find_secret(["/home/me/.local/share/scdesk", export_path], key=signing_key)
    assert leaks == []
"""

from __future__ import annotations

import base64
import gzip
import io
import urllib.parse
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

MIN_LENGTH = 8  # shorter "secrets" would match by chance


def forms_of_text(secret: str) -> set[bytes]:
    """A passphrase as a program might store it: plain in several encodings, or encoded."""
    raw = secret.encode("utf-8")
    forms = {raw, secret.encode("utf-16-le"), secret.encode("utf-16-be")}
    forms |= {urllib.parse.quote(secret).encode(), urllib.parse.quote_plus(secret).encode()}
    return forms | forms_of_bytes(raw)


def forms_of_bytes(secret: bytes) -> set[bytes]:
    """A key as a program might store it: raw, hex, base64, base64url, base32."""
    b32 = base64.b32encode(secret)
    forms = {
        secret,
        secret.hex().encode(),
        secret.hex().upper().encode(),
        base64.b64encode(secret),
        base64.urlsafe_b64encode(secret),
        b32,
        b32.rstrip(b"="),
    }
    forms |= {form.rstrip(b"=") for form in forms}
    grouped = b32.rstrip(b"=")
    forms.add(b"-".join(grouped[i : i + 4] for i in range(0, len(grouped), 4)))
    return {form for form in forms if len(form) >= MIN_LENGTH}


def _contents(name: str, data: bytes, depth: int = 0) -> Iterator[tuple[str, bytes]]:
    """The bytes of a file, and of what it contains when it is a zip or gzip."""
    yield name, data
    if depth > 3:
        return
    if data[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                for entry in archive.namelist():
                    yield from _contents(f"{name}!{entry}", archive.read(entry), depth + 1)
        except (zipfile.BadZipFile, RuntimeError, ValueError):
            return
    elif data[:2] == b"\x1f\x8b":
        try:
            yield from _contents(f"{name}!gunzip", gzip.decompress(data), depth + 1)
        except (OSError, EOFError):
            return


def _files(roots: Iterable[Path]) -> Iterator[Path]:
    for root in roots:
        if root.is_file():
            yield root
        elif root.is_dir():
            yield from (p for p in sorted(root.rglob("*")) if p.is_file())


def find_secret(
    roots: Iterable[Path], *, text: str | None = None, key: bytes | None = None
) -> list[str]:
    """Every file (or archive entry) under `roots` holding the secret in any form."""
    forms: set[bytes] = set()
    if text is not None:
        forms |= forms_of_text(text)
    if key is not None:
        forms |= forms_of_bytes(key)
    assert forms, "a secret of at least eight bytes is needed"
    leaks = []
    for path in _files(roots):
        for name, data in _contents(str(path), path.read_bytes()):
            if any(form in data for form in forms):
                leaks.append(name)
    return leaks
