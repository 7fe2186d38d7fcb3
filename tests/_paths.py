"""Where the tests find the project's files and the vendor's spec."""

from __future__ import annotations

import json
import os
import re
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi.json"
VENDOR_SPEC_PATH = Path(
    os.environ.get("PAKAT_VENDOR_SPEC", ROOT.parent / "shared" / "pakat" / "openapi.upstream.json")
)
NODE_BIN = ROOT / "tools" / "node_modules" / ".bin"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


@cache
def spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as f:
        loaded: dict[str, Any] = json.load(f)
    return loaded


def operations(document: dict[str, Any] | None = None) -> list[tuple[str, str, dict[str, Any]]]:
    """(method, path, operation) for every operation of an OpenAPI document (ours by default)."""
    document = spec() if document is None else document
    return [
        (method, path, op)
        for path, item in document["paths"].items()
        if isinstance(item, dict)
        for method, op in item.items()
        if method in HTTP_METHODS
    ]


def resolve(document: dict[str, Any], node: Any) -> Any:
    """Follow local $refs until a non-reference node."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def form_field_patterns(document: dict[str, Any], media: dict[str, Any]) -> list[str]:
    """Regular expressions of the wire names a form body takes besides its flat properties.

    Those are its patternProperties, and the names its `encoding` spreads a property into:
    deepObject arrays (`options[N][name]`, `subscribers[N][details][status]`), deepObject maps
    (`email[params][KEY]`) and form-exploded maps (custom fields by tag, at the top level).
    """
    schema = resolve(document, media["schema"])
    patterns = list(schema.get("patternProperties", {}))
    for name, encoding in media.get("encoding", {}).items():
        prop = resolve(document, schema["properties"][name])
        if encoding["style"] == "form":
            assert encoding["explode"] and prop["type"] == "object", name
            patterns.append(prop["propertyNames"]["pattern"])
            continue
        assert encoding == {"style": "deepObject", "explode": True}, name
        prefix = re.escape(name)
        if prop["type"] == "array":
            prefix += r"\[[0-9]+\]"
            prop = resolve(document, prop["items"])
        patterns.extend(_deep_object_patterns(document, prefix, prop))
    return patterns


def _deep_object_patterns(document: dict[str, Any], prefix: str, schema: dict[str, Any]) -> list[str]:
    out = []
    for key, sub in schema.get("properties", {}).items():
        sub = resolve(document, sub)
        if sub.get("type") == "object":
            out.extend(_deep_object_patterns(document, prefix + re.escape(f"[{key}]"), sub))
        else:
            out.append(f"^{prefix}{re.escape(f'[{key}]')}$")
    if schema.get("additionalProperties"):
        key_pattern = schema.get("propertyNames", {}).get("pattern", "^[^\\[\\]]+$")
        out.append(f"^{prefix}\\[{key_pattern.removeprefix('^').removesuffix('$')}\\]$")
    return out
