"""Checks on arguments that are not wire encodings: ids, choices, non-empty updates."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

# What the server's URL rules let through: uids (and link hashes) are letters and digits, matched
# ignoring case; numeric ids are digits. Anything else could only be answered 404 "Page not
# found." (or, as "..", reach another path): refused before sending instead.
_UID = re.compile(r"[A-Za-z0-9]+")
_DIGITS = re.compile(r"[0-9]+")
_NUMERIC_IDS = frozenset({"country_id", "server_id", "field_id"})


def _present(value: str | int, name: str) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    text = str(value).strip()
    if not text:
        raise ValueError(f"{name} must not be empty")
    return text


def require_uid(value: str | int, name: str) -> str:
    """An object id for a URL path; an empty one would silently address the collection instead.

    Uids (`*_uid`, `hash`) must be letters and digits, numeric ids (`country_id`, `server_id`,
    `field_id`) digits, as the server's routes take them; other names are only checked for being
    there."""
    if name in _NUMERIC_IDS:
        return numeric_id(value, name)
    text = _present(value, name)
    if (name.endswith("_uid") or name == "hash") and not _UID.fullmatch(text):
        raise ValueError(
            f"{name} must be letters and digits only, like the uids Pakat issues ('ab123cd456'); got {text!r}"
        )
    return text


def numeric_id(value: str | int, name: str, where: str | None = None) -> str:
    """A numeric id for a URL path (`country_id`, `server_id`, `field_id`): the server's route takes
    digits only, and anything else would be answered 404 "Page not found."; `where` says where the
    caller finds real ids."""
    text = _present(value, name)
    if not _DIGITS.fullmatch(text):
        hint = f", such as {where} gives" if where else " such as '12'"
        raise ValueError(f"{name} must be a number{hint}; got {text!r}")
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
