"""The Frictionless Data Package descriptor (datapackage.json) of the format.

Each file carries one, with the sizes and hashes of its tables; the same descriptor without
them ships in resources/roster-exchange/datapackage.json for anyone writing the other side.
"""

from __future__ import annotations

import json
from typing import Any

from scdesk.interchange.roster import format as fmt

PROFILE = "tabular-data-package"
DIALECT = {"delimiter": ",", "lineTerminator": "\r\n", "quoteChar": '"', "header": True}


def field_descriptor(field: fmt.Field) -> dict[str, Any]:
    descriptor: dict[str, Any] = {
        "name": field.name,
        "type": field.type,
        "description": field.description,
    }
    if field.format != "default":
        descriptor["format"] = field.format
    constraints: dict[str, Any] = {}
    if field.required:
        constraints["required"] = True
    if field.enum:
        constraints["enum"] = list(field.enum)
    if field.pattern:
        constraints["pattern"] = field.pattern
    if constraints:
        descriptor["constraints"] = constraints
    return descriptor


def table_schema(table: fmt.Table) -> dict[str, Any]:
    foreign_keys = [
        {
            "fields": f.name,
            "reference": {
                "resource": "" if f.reference == table.name else f.reference,
                "fields": "id",
            },
        }
        for f in table.fields
        if f.reference
    ]
    return {
        "fields": [field_descriptor(f) for f in table.fields],
        "primaryKey": ["id"],
        "foreignKeys": foreign_keys,
        "missingValues": [""],
    }


def descriptor(sizes: dict[str, tuple[int, str]] | None = None) -> dict[str, Any]:
    """The package descriptor; `sizes` (bytes, sha256 by table) when describing a file."""
    resources = []
    for table in fmt.TABLES:
        resource: dict[str, Any] = {
            "name": table.name,
            "title": table.title,
            "description": table.description,
            "path": table.path,
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "dialect": DIALECT,
            "schema": table_schema(table),
        }
        if sizes is not None:
            size, digest = sizes[table.name]
            resource["bytes"] = size
            resource["hash"] = f"sha256:{digest}"
        resources.append(resource)
    return {
        "name": "scdesk-roster-exchange",
        "title": f"{fmt.FORMAT_NAME}, version {fmt.FORMAT_VERSION}",
        "profile": PROFILE,
        "version": fmt.FORMAT_VERSION,
        "resources": resources,
    }


def descriptor_bytes(sizes: dict[str, tuple[int, str]] | None = None) -> bytes:
    """Indented for the shipped schema; compact in files (the indenting encoder is slow)."""
    indent = 2 if sizes is None else None
    return (json.dumps(descriptor(sizes), indent=indent, ensure_ascii=False) + "\n").encode("utf-8")
