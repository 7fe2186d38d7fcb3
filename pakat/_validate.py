"""Checks on arguments that are not wire encodings: ids, choices, timezones, non-empty updates."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


class _IdRule(NamedTuple):
    """What one kind of id may hold: the whole id matches `pattern`, in at most `longest` characters."""

    pattern: re.Pattern[str]
    longest: int
    shape: str  # what the error says the id must be
    example: str


# What the server's URL rules let through (docs/server-behaviour.md, cross.route.uid-chars and the
# delivery-log and sending-domain rows): anything else could only be answered 404 "Page not
# found.", or, as "." or "..", which httpx removes from a path, reach another endpoint. None of
# these alphabets holds a space, "/", "?", "#" or "%", so an id that fits is one path segment.
_UID = _IdRule(
    # Uids are 13 characters and link hashes 40 (hex SHA-1), matched ignoring case.
    re.compile(r"[A-Za-z0-9]+"),
    64,
    "letters and digits only",
    "'ab123cd456', as Pakat issues them",
)
# 20 digits hold any 64-bit id.
_NUMBER = _IdRule(re.compile(r"[0-9]+"), 20, "a number", "'12'")
_MESSAGE_ID = _IdRule(
    # The route's characters. A Message-ID never starts with a dot (RFC 5322's dot-atom), which
    # also keeps out the dot segments "." and "..". 255: the column that stores it.
    re.compile(r"[A-Za-z0-9@_\-][A-Za-z0-9@._\-]*"),
    255,
    "letters, digits, '@', '.', '_' and '-', not starting with a dot",
    "'0a1b2c3d@mail.example.com'",
)
_DOMAIN = _IdRule(
    # Labels of letters, digits and hyphens joined by single dots: no empty label, so no "." or "..".
    re.compile(r"[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*"),
    253,
    "a domain name: letters, digits and hyphens joined by single dots (an internationalised "
    "name in its xn-- form, as 'name'.encode('idna') gives it)",
    "'example.com'",
)
_RULES: dict[str, _IdRule] = {
    **dict.fromkeys(
        ("list_uid", "subscriber_uid", "segment_uid", "campaign_uid", "template_uid", "email_uid", "hash"),
        _UID,
    ),
    # Numeric ids: in paths (fields, countries, delivery servers) and in segment conditions.
    **dict.fromkeys(("field_id", "country_id", "server_id", "operator_id", "campaign_id"), _NUMBER),
    "email_message_id": _MESSAGE_ID,
    "domain": _DOMAIN,
}


def _shown(text: str) -> str:
    return repr(text) if len(text) <= 60 else f"{text[:40]!r}... ({len(text)} characters)"


def require_uid(value: str | int, name: str, where: str | None = None) -> str:
    """An id exactly as the server issued it, for a URL path or a form field: one path segment in
    its parameter's alphabet, or a ValueError. Uids (`*_uid`, `hash`) are letters and digits;
    numeric ids (`field_id`, `country_id`, `server_id`, and the ids in segment conditions) digits;
    an `email_message_id` and a sending `domain` have alphabets of their own (`_RULES`; the last
    part of `name` picks the rule, so `conditions[0].field_id` is a field id).

    Nothing is trimmed: an id with spaces or a line break around it is refused, not repaired, as
    is an empty one (which would address the collection) and one longer than any the server
    issues. `where` names the call that lists real ids, for the error message."""
    rule = _RULES[name.rsplit(".", 1)[-1]]
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise TypeError(f"{name} must be a str, not {type(value).__name__}")
    text = str(value)
    if not text.strip():
        raise ValueError(f"{name} must not be empty")
    if len(text) > rule.longest:
        raise ValueError(
            f"{name} is {len(text)} characters long; the server's ids are at most {rule.longest}"
        )
    if text != text.strip():
        raise ValueError(f"{name} has spaces or line breaks around it ({_shown(text)}): pass the id as it is")
    if not rule.pattern.fullmatch(text):
        example = f"{where} gives" if where else rule.example
        raise ValueError(f"{name} must be {rule.shape}, such as {example}; got {_shown(text)}")
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


# The timezones the server accepts are those PHP lists (DateTimeZone::listIdentifiers):
# Area/Location names of these areas, and UTC.
_TIMEZONE_AREAS = frozenset(
    (
        "Africa",
        "America",
        "Antarctica",
        "Arctic",
        "Asia",
        "Atlantic",
        "Australia",
        "Europe",
        "Indian",
        "Pacific",
    )
)


def php_timezone(name: str) -> bool:
    """Whether the server (PHP) knows `name` as a timezone; the sandbox asks the same."""
    area, slash, _ = name.partition("/")
    if name != "UTC" and (not slash or area not in _TIMEZONE_AREAS):
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True
