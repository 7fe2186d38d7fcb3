"""Facade values as JSON data, for the outer doors that print or return them (the CLI, MCP tools)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

__all__ = ["to_json"]


def to_json(value: Any) -> Any:
    """A facade value as JSON data: pages with their counts, the API's records with every field the
    server sent (`to_dict()`), small values (Quota, BulkResult) field by field."""
    from pakat.pagination import Page

    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, Page):
        return {
            "items": [to_json(item) for item in value.items],
            "page": value.page,
            "per_page": value.per_page,
            "total_pages": value.total_pages,
            "count": value.count,
            "next_page": value.next_page,
        }
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_json(to_dict())
    if attrs.has(type(value)):
        return {field.name: to_json(getattr(value, field.name)) for field in attrs.fields(type(value))}
    if isinstance(value, Mapping):
        return {str(key): to_json(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [to_json(item) for item in value]
    return str(value)  # dates and anything else the server's records may hold
