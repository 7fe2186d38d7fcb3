"""What each facade parameter type is in JSON Schema, and how a JSON argument becomes that type again.

One rule per kind of type, read from the facade's own annotations:

| facade type | JSON | passed to the facade as |
| --- | --- | --- |
| `str`, `int`, `bool`, `float` | string, integer, boolean, number | itself |
| `Literal[...]` (statuses, opt-in, ...) | a string of the listed values | itself |
| `int \\| str` (numeric ids) | integer or string | itself |
| `date \\| str`, `str \\| ZoneInfo` | string | the string (the facade reads it) |
| `datetime \\| str` (`SendAt`) | ISO 8601 with a UTC offset or a zone name | an aware `datetime` |
| `str \\| bytes \\| PathLike` (`Content`: HTML, plain text) | text | the text (the facade base64-encodes it) |
| `bytes \\| PathLike` (zip archives) | `{"base64": ...}`, or `{"path": ...}` under `--root` | bytes, or the file |
| `Attachment \\| str \\| PathLike` | `{"name", "text" or "base64", "type"}`, or `{"path"}` under `--root` | `Attachment` |
| `Mapping[str, str]` (`extra`, `company`) | object of strings | itself |
| `Mapping[str, object]` (custom fields, params, options) | object of strings, numbers, booleans | itself |
| `Sequence[X]` | array of X | a list |
| an attrs class (`FieldOption`, `SegmentCondition`, ...) | object of its fields | an instance |
| `Callable` (`bulk_create`'s callbacks) | not offered: a Python program's hook | left out |

Files are read only under the folder given with `--root`; without it, only content is taken.
"""

from __future__ import annotations

import ast
import base64
import binascii
import functools
import os
import re
import sys
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

import attrs

from pakat import _encoding
from pakat._encoding import Attachment

__all__ = ["Files", "Param", "UnsupportedType", "parameter", "parse_time", "resolve"]

Convert = Callable[[Any, "Files"], Any]
JSON_SCALARS = ["string", "number", "boolean", "null"]
_SEND_AT_FORMS = "2025-01-16T09:00:00+03:30, 2025-01-16T05:30:00Z or 2025-01-16T09:00:00[Asia/Tehran]"


class UnsupportedType(TypeError):
    """A facade parameter whose type has no JSON form here: the tool table cannot be built."""


@dataclass(frozen=True)
class Files:
    """Where tools may read files: `root` (resolved), or nowhere when None."""

    root: Path | None = None

    def read(self, path: object) -> Path:
        """The file `path` names under the root; anything outside it, or no root, is refused."""
        if self.root is None:
            raise ValueError(
                "file paths are not accepted: this server was started without --root; send the content instead"
            )
        if not isinstance(path, str) or not path.strip():
            raise ValueError("path must be a non-empty string")
        candidate = (self.root / path).resolve()
        if not candidate.is_relative_to(self.root):
            raise ValueError(f"{path!r} is outside the folder this server may read files from ({self.root})")
        if not candidate.is_file():
            raise ValueError(f"{path!r}: no such file under {self.root}")
        return candidate


@dataclass(frozen=True)
class Param:
    """One tool argument: its JSON Schema, whether it is required, and its conversion."""

    name: str
    schema: dict[str, Any]
    required: bool
    convert: Convert


def resolve(annotation: object, module: types.ModuleType) -> Any:
    """The type an annotation names, evaluated where the function was written.

    Annotations are strings (`from __future__ import annotations`). The facade's type aliases
    `SendAt` and `Content` are themselves strings written in `pakat._encoding`, naming its
    imports (`datetime`, `os`): they are inlined, and `pakat._encoding`'s names are the fallback.
    """
    if not isinstance(annotation, str):
        return annotation
    return _resolved(annotation, module.__name__)


@functools.cache
def _resolved(annotation: str, module_name: str) -> Any:
    simple = _BUILTIN_TYPES.get(annotation)
    if simple is not None:
        return simple
    namespace = {**vars(_encoding), **vars(sys.modules[module_name])}

    class Inline(ast.NodeTransformer):
        def visit_Name(self, node: ast.Name) -> ast.AST:
            value = namespace.get(node.id)
            if isinstance(value, str):
                return typing.cast(ast.AST, self.visit(ast.parse(value, mode="eval").body))
            return node

    tree = ast.fix_missing_locations(Inline().visit(ast.parse(annotation, mode="eval")))
    return eval(compile(tree, "<annotation>", "eval"), namespace)


_BUILTIN_TYPES: dict[str, type] = {"str": str, "int": int, "bool": bool, "float": float}


def parameter(name: str, annotation: Any, *, required: bool, default: Any, files: Files) -> Param | None:
    """The tool argument for a facade parameter, or None for one a tool does not offer.

    An optional argument sent as null counts as left out, as None does for the facade.
    """
    if any(_is_callable(member) for member in _members(annotation)[0]):
        if required:
            raise UnsupportedType(f"{name}: a function without a default cannot be a tool argument")
        return None
    from pakat.pagination import MAX_PER_PAGE, MIN_PER_PAGE  # with the table, not at start-up

    schema, convert = _kind(annotation, files)
    schema = dict(schema)
    if name == "page":
        schema["minimum"] = 1
    elif name == "per_page":
        schema.update(minimum=MIN_PER_PAGE, maximum=MAX_PER_PAGE)
        schema.setdefault("description", f"Records per page, {MIN_PER_PAGE} to {MAX_PER_PAGE}.")
    if not required and _jsonable(default):
        schema["default"] = list(default) if isinstance(default, tuple) else default
    return Param(name, schema, required, convert)


def _jsonable(value: Any) -> bool:
    if isinstance(value, tuple):
        return not value or all(_jsonable(v) for v in value)
    return isinstance(value, str | int | float | bool) and value is not None


def _members(annotation: Any) -> tuple[list[Any], bool]:
    """The members of a union (a plain type is a union of one), without None, and whether None was one."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = typing.get_args(annotation)
        members = [a for a in args if a is not type(None)]
        return members, len(members) < len(args)
    return [annotation], False


def _is_callable(annotation: Any) -> bool:
    return typing.get_origin(annotation) is Callable or annotation is Callable


def _same(value: Any, files: Files) -> Any:
    return value


def _kind(annotation: Any, files: Files) -> tuple[dict[str, Any], Convert]:
    """Schema and conversion for one type (None in a union only makes the argument optional)."""
    members, _ = _members(annotation)
    if len(members) > 1:
        return _union(members, files)
    (kind,) = members
    origin = typing.get_origin(kind)
    if origin is Literal:
        values = list(typing.get_args(kind))
        return {"type": "string", "enum": values}, _same
    if kind is str:
        return {"type": "string"}, _same
    if kind is bool:
        return {"type": "boolean"}, _same
    if kind is int:
        return {"type": "integer"}, _same
    if kind is float:
        return {"type": "number"}, _same
    if origin in (Mapping, dict, typing.Mapping):
        _, value_type = typing.get_args(kind)
        if value_type is str:
            return {"type": "object", "additionalProperties": {"type": "string"}}, _same
        return {"type": "object", "additionalProperties": {"type": JSON_SCALARS}}, _same
    if origin in (Sequence, list, tuple, typing.Sequence):
        (item,) = typing.get_args(kind)[:1]
        item_schema, item_convert = _item(item, files)
        return {"type": "array", "items": item_schema}, _each(item_convert)
    if isinstance(kind, type) and attrs.has(kind):
        return _attrs_object(kind, files)
    raise UnsupportedType(f"no JSON form for {kind!r}")


def _union(members: list[Any], files: Files) -> tuple[dict[str, Any], Convert]:
    """The unions the facade uses, each read for what it means."""
    if datetime in members:  # SendAt
        return {
            "type": "string",
            "description": f"A date and time with a UTC offset or a zone name, such as {_SEND_AT_FORMS}.",
        }, lambda value, _files: parse_time(value)
    if str in members and bytes in members:  # Content: HTML or plain text
        return {
            "type": "string",
            "description": "The text itself (HTML as HTML): the server's base64 is done for you.",
        }, _same
    if bytes in members:  # a zip archive
        return _file_schema(files), _read_file
    if set(members) == {int, str}:
        return {"type": ["integer", "string"]}, _same
    if str in members and all(m in (date, str) or _is_zone(m) for m in members):
        return {"type": "string"}, _same
    raise UnsupportedType(f"no JSON form for the union {members!r}")


def _is_zone(annotation: Any) -> bool:
    return getattr(annotation, "__name__", "") == "ZoneInfo"


def _item(item: Any, files: Files) -> tuple[dict[str, Any], Convert]:
    members, _ = _members(item)
    if Attachment in members:
        return _attachment_schema(files), _attachment
    return _kind(item, files)


def _each(convert: Convert) -> Convert:
    def each(values: Any, files: Files) -> list[Any]:
        return [convert(value, files) for value in values]

    return each


def _attrs_object(cls: type, files: Files) -> tuple[dict[str, Any], Convert]:
    """An object of an attrs class's fields (FieldOption, SegmentCondition, CampaignCondition)."""
    module = sys.modules[cls.__module__]
    properties: dict[str, Any] = {}
    required: list[str] = []
    converts: dict[str, Convert] = {}
    for field in attrs.fields(cls):
        annotation = resolve(field.type, module)
        schema, convert = _kind(annotation, files)
        if _members(annotation)[1]:
            schema = _nullable(schema)
        properties[field.name] = schema
        converts[field.name] = convert
        if field.default is attrs.NOTHING:
            required.append(field.name)
    schema = {"type": "object", "properties": properties, "required": required, "additionalProperties": False}
    doc = (cls.__doc__ or "").strip()
    if doc:
        schema["description"] = " ".join(doc.split())

    def build(value: Any, files: Files) -> Any:
        return cls(**{key: converts[key](item, files) for key, item in value.items()})

    return schema, build


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    kinds = schema.get("type")
    if isinstance(kinds, list):
        return {**schema, "type": [*kinds, "null"]}
    if isinstance(kinds, str):
        return {**schema, "type": [kinds, "null"]}
    return {"anyOf": [schema, {"type": "null"}]}


def _file_schema(files: Files) -> dict[str, Any]:
    content = {
        "type": "object",
        "properties": {"base64": {"type": "string", "contentEncoding": "base64"}},
        "required": ["base64"],
        "additionalProperties": False,
    }
    if files.root is None:
        return {**content, "description": "A file's content, base64-encoded."}
    on_disk = {
        "type": "object",
        "properties": {"path": {"type": "string"}},
        "required": ["path"],
        "additionalProperties": False,
    }
    return {
        "description": f"A file: its content, base64-encoded, or a path under {files.root}.",
        "oneOf": [content, on_disk],
    }


def _decode(text: str, what: str) -> bytes:
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise ValueError(f"{what} is not valid base64") from None


def _read_file(value: Mapping[str, str], files: Files) -> bytes | os.PathLike[str]:
    if "path" in value:
        return files.read(value["path"])
    return _decode(value["base64"], "base64")


def _attachment_schema(files: Files) -> dict[str, Any]:
    name = {"type": "string", "description": "The file name, with its extension (receipt.pdf)."}
    mime = {"type": "string", "description": "The MIME type; guessed from the name when left out."}
    alternatives: list[dict[str, Any]] = [
        {
            "type": "object",
            "properties": {"name": name, "text": {"type": "string"}, "type": mime},
            "required": ["name", "text"],
            "additionalProperties": False,
        },
        {
            "type": "object",
            "properties": {
                "name": name,
                "base64": {"type": "string", "contentEncoding": "base64"},
                "type": mime,
            },
            "required": ["name", "base64"],
            "additionalProperties": False,
        },
    ]
    described = "A file: its name and its content, as text (sent as UTF-8) or base64"
    if files.root is not None:
        alternatives.append(
            {
                "type": "object",
                "properties": {"path": {"type": "string"}, "name": name, "type": mime},
                "required": ["path"],
                "additionalProperties": False,
            }
        )
        described += f", or a path under {files.root}"
    return {"description": described + ".", "oneOf": alternatives}


def _attachment(value: Mapping[str, str], files: Files) -> Attachment:
    mime = value.get("type")
    if "path" in value:
        path = files.read(value["path"])
        return Attachment(value.get("name") or path.name, path.read_bytes(), mime)
    if "base64" in value:
        return Attachment(value["name"], _decode(value["base64"], f"attachment {value['name']!r}"), mime)
    return Attachment(value["name"], value["text"].encode("utf-8"), mime)


_ZONE_IN_BRACKETS = re.compile(r"(?P<moment>[^\[]+)\[(?P<zone>[^\]]+)\]")
_ZONE_AFTER_SPACE = re.compile(
    r"(?P<moment>\S+(?:[ T]\d[^ ]*)?)\s+(?P<zone>[A-Za-z][A-Za-z0-9_+\-]*(?:/[A-Za-z0-9_+\-]+)*)"
)


def parse_time(value: object) -> datetime:
    """An aware datetime from ISO 8601 with a UTC offset (or Z), or with a zone name after it
    (`2025-01-16T09:00:00[Asia/Tehran]`, or after a space). A time with neither is refused: the
    server would read it in some timezone the caller did not choose."""
    if not isinstance(value, str):
        raise TypeError(f"a time must be a string such as {_SEND_AT_FORMS}")
    text = value.strip()
    zone_name = None
    match = _ZONE_IN_BRACKETS.fullmatch(text) or _ZONE_AFTER_SPACE.fullmatch(text)
    if match:
        text, zone_name = match["moment"].strip(), match["zone"].strip()
    try:
        moment = datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        raise ValueError(f"{value!r} is not an ISO 8601 date and time; use e.g. {_SEND_AT_FORMS}") from None
    if zone_name is not None:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            zone = ZoneInfo(zone_name)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                f"unknown time zone {zone_name!r}: use a tz database name such as Asia/Tehran or UTC"
            ) from None
        return moment.astimezone(zone) if moment.tzinfo is not None else moment.replace(tzinfo=zone)
    if moment.tzinfo is None:
        raise ValueError(
            f"{value!r} has no UTC offset or time zone, so it could mean any moment: add one, such as "
            f"{_SEND_AT_FORMS}"
        )
    return moment
