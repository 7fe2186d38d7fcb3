"""Checks on arguments that are not wire encodings: ids, choices, non-empty updates."""

from __future__ import annotations

from collections.abc import Collection, Mapping


def require_uid(value: str | int, name: str) -> str:
    """An object id for a URL path; an empty one would silently address the collection instead."""
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    text = str(value).strip()
    if not text:
        raise ValueError(f"{name} must not be empty")
    return text


def numeric_id(value: str | int, name: str, where: str) -> str:
    """A numeric id for a URL path (`country_id`, `server_id`): the server's route takes digits
    only, and anything else would be answered 404 "Page not found."."""
    text = require_uid(value, name)
    if not (text.isascii() and text.isdigit()):
        raise ValueError(f"{name} must be a number, such as {where} gives; got {text!r}")
    return text


def choice(value: str, allowed: Collection[str], name: str) -> str:
    """One of a closed set of request values (statuses, types)."""
    if value not in allowed:
        raise ValueError(f"{name} must be one of {', '.join(sorted(allowed))}; got {value!r}")
    return value


def yes_no(value: bool | None) -> str | None:
    return None if value is None else ("yes" if value else "no")


def require_changes(fields: Mapping[str, object], what: str) -> None:
    """Refuse an update that would send nothing."""
    if not fields:
        raise ValueError(f"nothing to update: pass at least one field of the {what}")
