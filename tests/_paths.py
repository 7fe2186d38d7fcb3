"""Where the tests find the project's files and the vendor's spec."""

from __future__ import annotations

import json
import os
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
