"""The manifest: what a roster file is, whom it is from, what it builds on, and its signature.

The signature is HMAC-SHA256, with the organization's key, over the manifest's canonical
JSON without its "signature" member (keys sorted, no spaces, UTF-8). The manifest lists
the SHA-256 of every other file in the archive, so the signature covers them all.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass, field, replace
from typing import Any

from scdesk.domain.i18n import _
from scdesk.interchange.roster import format as fmt
from scdesk.interchange.roster.errors import refuse

SIGNATURE_ALGORITHM = "HMAC-SHA256"
KINDS = ("full", "delta")


@dataclass(frozen=True)
class FileRef:
    """A file by its id and its sender's sequence number."""

    file_id: str
    sequence: int

    def as_json(self) -> dict[str, Any]:
        return {"file_id": self.file_id, "sequence": self.sequence}


@dataclass(frozen=True)
class Manifest:
    file_id: str
    sequence: int
    kind: str
    created: str
    organization_id: str
    organization_name: str
    organization_directory_id: str
    sender_id: str
    sender_name: str
    generator: str
    generator_version: str
    builds_on: FileRef | None
    acknowledges: FileRef | None
    counts: dict[str, int]
    checksums: dict[str, str]
    version: str = fmt.FORMAT_VERSION
    key_id: str = ""
    signature: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def unsigned_json(self) -> dict[str, Any]:
        return {
            **self.extra,
            "format": fmt.FORMAT_NAME,
            "version": self.version,
            "file": {
                "id": self.file_id,
                "sequence": self.sequence,
                "kind": self.kind,
                "created": self.created,
            },
            "organization": {
                "id": self.organization_id,
                "name": self.organization_name,
                "directory_id": self.organization_directory_id,
            },
            "sender": {"id": self.sender_id, "name": self.sender_name},
            "generator": {"name": self.generator, "version": self.generator_version},
            "builds_on": self.builds_on.as_json() if self.builds_on else None,
            "acknowledges": self.acknowledges.as_json() if self.acknowledges else None,
            "counts": self.counts,
            "checksums": self.checksums,
        }

    def canonical_bytes(self) -> bytes:
        return canonical(self.unsigned_json())

    def to_bytes(self) -> bytes:
        document = self.unsigned_json()
        document["signature"] = {
            "algorithm": SIGNATURE_ALGORITHM,
            "key_id": self.key_id,
            "value": self.signature,
        }
        return json.dumps(document, indent=2, ensure_ascii=False, sort_keys=True).encode()


def canonical(document: dict[str, Any]) -> bytes:
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def key_id(key: bytes) -> str:
    """A short fingerprint of a key: tells "another key" from "a changed file"."""
    return hashlib.sha256(b"scdesk roster signing key\x00" + key).hexdigest()[:12]


def sign(manifest: Manifest, key: bytes) -> Manifest:
    digest = hmac.new(key, manifest.canonical_bytes(), hashlib.sha256).hexdigest()
    return replace(manifest, key_id=key_id(key), signature=digest)


def verify(manifest: Manifest, key: bytes, file_name: str) -> None:
    expected = hmac.new(key, manifest.canonical_bytes(), hashlib.sha256).hexdigest()
    if hmac.compare_digest(expected, manifest.signature):
        return
    if manifest.key_id and manifest.key_id != key_id(key):
        raise refuse(
            file_name,
            _(
                "the file is signed with another key (key id {theirs}) than the "
                "organization's key kept here (key id {ours}). Ask the sender which key "
                "they used, or set the key the directory gave you (Roster sync, Signing key)."
            ).format(theirs=manifest.key_id, ours=key_id(key)),
            table="manifest.json",
            field="signature",
        )
    raise refuse(
        file_name,
        _(
            "the signature does not match: the file was changed after it was made. Do not use "
            "it; ask the sender for the file again."
        ),
        table="manifest.json",
        field="signature",
    )


# ---- reading ---------------------------------------------------------------------------


class _Reader:
    """Typed access to the manifest's JSON that names the member at fault."""

    def __init__(self, document: Any, file_name: str) -> None:
        self.document = document
        self.file_name = file_name

    def get(self, path: str, kind: type, *, optional: bool = False) -> Any:
        value: Any = self.document
        for key in path.split("."):
            value = value.get(key) if isinstance(value, dict) else None
        if value is None and optional:
            return None
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise refuse(
                self.file_name,
                _("“{path}” is missing or not a {kind}.").format(path=path, kind=kind.__name__),
                table="manifest.json",
                field=path,
            )
        return value

    def ref(self, path: str) -> FileRef | None:
        if self.get(path, dict, optional=True) is None:
            return None
        return FileRef(self.get(f"{path}.file_id", str), self.get(f"{path}.sequence", int))


def read_manifest(data: bytes, file_name: str) -> Manifest:
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise refuse(
            file_name,
            _("the manifest is not valid JSON ({details}).").format(details=str(error)),
            table="manifest.json",
        ) from None
    reader = _Reader(document, file_name)
    if reader.get("format", str) != fmt.FORMAT_NAME:
        raise refuse(
            file_name,
            _("this is not a roster exchange file (its format is “{format}”).").format(
                format=document.get("format")
            ),
            table="manifest.json",
            field="format",
        )
    version = reader.get("version", str)
    _check_version(version, file_name)
    kind = reader.get("file.kind", str)
    if kind not in KINDS:
        raise refuse(
            file_name,
            _("the kind “{kind}” is neither full nor delta.").format(kind=kind),
            table="manifest.json",
            field="file.kind",
        )
    counts = reader.get("counts", dict)
    checksums = reader.get("checksums", dict)
    if not all(isinstance(v, int) for v in counts.values()) or not all(
        isinstance(v, str) for v in checksums.values()
    ):
        raise refuse(
            file_name, _("counts must be numbers and checksums text."), table="manifest.json"
        )
    known = {
        "format",
        "version",
        "file",
        "organization",
        "sender",
        "generator",
        "builds_on",
        "acknowledges",
        "counts",
        "checksums",
        "signature",
    }
    return Manifest(
        file_id=reader.get("file.id", str),
        sequence=reader.get("file.sequence", int),
        kind=kind,
        created=reader.get("file.created", str),
        organization_id=reader.get("organization.id", str).lower(),
        organization_name=reader.get("organization.name", str),
        organization_directory_id=reader.get("organization.directory_id", str, optional=True) or "",
        sender_id=reader.get("sender.id", str),
        sender_name=reader.get("sender.name", str),
        generator=reader.get("generator.name", str, optional=True) or "",
        generator_version=reader.get("generator.version", str, optional=True) or "",
        builds_on=reader.ref("builds_on"),
        acknowledges=reader.ref("acknowledges"),
        counts=counts,
        checksums=checksums,
        version=version,
        key_id=reader.get("signature.key_id", str, optional=True) or "",
        signature=reader.get("signature.value", str, optional=True) or "",
        extra={k: v for k, v in document.items() if k not in known},
    )


def _check_version(version: str, file_name: str) -> None:
    major_text, _dot, _minor = version.partition(".")
    if not major_text.isdigit():
        raise refuse(
            file_name,
            _("the format version “{version}” is not understood.").format(version=version),
            table="manifest.json",
            field="version",
        )
    major = int(major_text)
    if major > fmt.FORMAT_MAJOR:
        raise refuse(
            file_name,
            _(
                "the file uses version {version} of the roster exchange format; this scdesk "
                "reads version {known}. Install a newer scdesk to import it."
            ).format(version=version, known=fmt.FORMAT_MAJOR),
            table="manifest.json",
            field="version",
        )
    if major < 1:
        raise refuse(
            file_name,
            _("the format version “{version}” is not understood.").format(version=version),
            table="manifest.json",
            field="version",
        )
