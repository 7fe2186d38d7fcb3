"""Validation of form fields, reported the way Pakat does.

Errors are collected and raised together as a 422 whose ``error`` object follows the bracket path
of each field: ``general[name]`` fails as ``{"general": {"name": "..."}}``, ``EMAIL`` as
``{"EMAIL": "..."}``.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Collection, Mapping
from datetime import datetime
from typing import Any

from ._routing import ApiError

__all__ = ["Validator", "bracket_path", "indexed", "is_email", "mapping", "php_value"]

# Deliberately loose, like the server's check: one @, no spaces, a dot in the domain.
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
_BRACKETS_RE = re.compile(r"\[([^\[\]]*)\]")
_WHITESPACE = re.compile(rb"\s+")


def is_email(value: str) -> bool:
    """Whether ``value`` looks like an email address."""
    return len(value) <= 254 and _EMAIL_RE.match(value) is not None


def bracket_path(name: str) -> list[str]:
    """``"campaign[template][content]"`` -> ``["campaign", "template", "content"]``."""
    head, bracket, _ = name.partition("[")
    if not bracket:
        return [name]
    return [head, *_BRACKETS_RE.findall(name[len(head) :])]


def mapping(form: Mapping[str, str], prefix: str) -> dict[str, str]:
    """The ``prefix[key]`` fields as ``{key: value}`` (``email[params][name]`` with ``email[params]``)."""
    start = prefix + "["
    return {
        name[len(start) : -1]: value
        for name, value in form.items()
        if name.startswith(start) and name.endswith("]") and "[" not in name[len(start) : -1]
    }


def indexed(form: Mapping[str, str], prefix: str, *, loose: bool = False) -> list[dict[str, str]]:
    """The ``prefix[N][key]`` fields as a list of ``{key: value}`` ordered by ``N``.

    ``loose`` also accepts ``prefix[N]key``, the spelling the vendor's spec shows for
    ``campaign_conditions``.
    """
    pattern = re.compile(
        re.escape(prefix) + (r"\[(\d+)\]\[?([^\[\]]+)\]?$" if loose else r"\[(\d+)\]\[([^\[\]]+)\]$")
    )
    groups: dict[int, dict[str, str]] = {}
    for name, value in form.items():
        match = pattern.match(name)
        if match:
            groups.setdefault(int(match.group(1)), {})[match.group(2)] = value
    return [groups[index] for index in sorted(groups)]


def _php_path(name: str) -> tuple[str, list[str]]:
    """A wire name as PHP splits it: the base name and its bracket keys. Characters after a
    closing bracket that is not followed by ``[`` are dropped (``a[0]b`` is ``a[0]``), and an
    unclosed first bracket leaves a plain name."""
    head, bracket, rest = name.partition("[")
    if not bracket or "]" not in rest:
        return name, []
    keys: list[str] = []
    while True:
        key, _, rest = rest.partition("]")
        keys.append(key)
        if not rest.startswith("[") or "]" not in rest:
            return head, keys
        rest = rest[1:]


def php_value(form: Mapping[str, str], name: str) -> str | dict[str, Any] | None:
    """What PHP makes of the wire fields named ``name`` or ``name[...]``: a string, nested dicts
    keyed by the bracket keys (in the order they first appear; ``[]`` takes the next number), or
    None when there is no such field. A later field replaces an earlier one at the same place."""
    value: str | dict[str, Any] | None = None
    for field, text in form.items():
        base, keys = _php_path(field)
        if base != name:
            continue
        if not keys:
            value = text
            continue
        if not isinstance(value, dict):
            value = {}
        node = value
        for position, key in enumerate(keys):
            if key == "":
                numbers = [int(k) for k in node if re.fullmatch(r"-?(0|[1-9]\d*)", k)]
                key = str(max(numbers) + 1 if numbers else 0)
            if position == len(keys) - 1:
                node[key] = text
            else:
                child = node.get(key)
                if not isinstance(child, dict):
                    child = node[key] = {}
                node = child
    return value


def _label(field: str) -> str:
    return bracket_path(field)[-1].replace("_", " ").capitalize()


class Validator:
    """Checks fields of one form and raises every failure at once from :meth:`check`."""

    def __init__(self, form: Mapping[str, str]) -> None:
        self.form = form
        self.errors: dict[str, Any] = {}

    def error(self, field: str, message: str) -> None:
        """Record ``message`` for ``field``; the first message of a field wins."""
        node = self.errors
        *groups, last = bracket_path(field)
        for group in groups:
            child = node.setdefault(group, {})
            if not isinstance(child, dict):
                return
            node = child
        node.setdefault(last, message)

    def require(self, *fields: str, label: str | None = None) -> None:
        """Each field must be present and not blank."""
        for field in fields:
            if not self.form.get(field, "").strip():
                self.error(field, f"{label or _label(field)} cannot be blank.")

    def email(self, *fields: str) -> None:
        """Each field, when given and not empty, must look like an email address."""
        for field in fields:
            value = self.form.get(field, "")
            if value and not is_email(value):
                self.error(field, f"{_label(field)} is not a valid email address.")

    def enum(self, field: str, allowed: Collection[str]) -> None:
        """The field, when given, must be one of ``allowed``."""
        value = self.form.get(field)
        if value is not None and value not in allowed:
            self.error(field, f"{_label(field)} must be one of: {', '.join(allowed)}.")

    def integer(self, *fields: str) -> None:
        """Each field, when given and not empty, must be a whole number."""
        for field in fields:
            value = self.form.get(field, "")
            if value and not re.fullmatch(r"-?\d+", value.strip()):
                self.error(field, f"{_label(field)} must be an integer.")

    def timestamp(self, field: str) -> None:
        """The field, when given, must be a ``Y-m-d H:i:s`` date and time."""
        value = self.form.get(field)
        if value is None:
            return
        try:
            datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
        except ValueError:
            self.error(field, f"{_label(field)} must be a date and time like 2025-01-15 10:00:00.")

    def base64_bytes(self, field: str, value: str | None = None) -> bytes | None:
        """The decoded bytes of a base64 field, or None when absent or invalid (then an error is kept).

        Line breaks and spaces are ignored, as MIME-wrapped base64 holds them; anything else outside
        the base64 alphabet, or bad padding, is an error.
        """
        raw = self.form.get(field) if value is None else value
        if raw is None:
            return None
        try:
            return base64.b64decode(_WHITESPACE.sub(b"", raw.encode("ascii")), validate=True)
        except (binascii.Error, UnicodeEncodeError):
            self.error(field, f"{_label(field)} is not valid base64.")
            return None

    def base64_text(self, field: str) -> str | None:
        """Like :meth:`base64_bytes`, the decoded bytes read as UTF-8 text (HTML content)."""
        data = self.base64_bytes(field)
        if data is None:
            return None
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            self.error(field, f"{_label(field)} does not decode to UTF-8 text.")
            return None

    def check(self) -> None:
        """Raise the 422 holding every error found so far, if any."""
        if self.errors:
            raise ApiError(422, self.errors)
