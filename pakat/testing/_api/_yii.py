"""How MailWizz's models validate and report, for the handlers that answer as those models do.

MailWizz runs its checks rule by rule (Yii 1.1 validators) and keeps, per attribute, the first
message it got; the API then sends either that map (``{"general": {"email": "..."}}``) or one
string of the messages, HTML-encoded and joined with ``<br />``. The helpers here follow the PHP
functions those paths use (``trim``, ``empty``, lenient ``base64_decode``, ``htmlspecialchars``)
and the wording of Yii's validators.
"""

from __future__ import annotations

import base64
import html
import re

__all__ = [
    "Errors",
    "html_encode",
    "is_blank",
    "is_yii_email",
    "php_base64_decode",
    "php_empty",
    "php_trim",
]

# PHP's trim() strips these, and only these.
_PHP_WHITESPACE = " \t\n\r\0\x0b"
_BASE64_ALPHABET = re.compile(rb"[^A-Za-z0-9+/]")
# Yii's CEmailValidator pattern (MailWizz keeps Yii's), applied after the domain is punycoded.
_YII_EMAIL = re.compile(
    r"[a-zA-Z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-zA-Z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?\.)+[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?"
)


def php_trim(value: str) -> str:
    return value.strip(_PHP_WHITESPACE)


def php_empty(value: str | None) -> bool:
    """PHP's ``empty()`` on a form value: missing, "" and "0" are empty."""
    return value is None or value in ("", "0")


def is_blank(value: str | None) -> bool:
    """What Yii's required check refuses: missing, or nothing left once trimmed."""
    return value is None or php_trim(value) == ""


def php_base64_decode(value: str) -> bytes:
    """``base64_decode`` without strict mode: characters outside the alphabet (padding included)
    are skipped, and a last group too short to make a byte is dropped. Never fails."""
    data = _BASE64_ALPHABET.sub(b"", value.encode("utf-8", "surrogateescape"))
    if len(data) % 4 == 1:
        data = data[:-1]
    return base64.b64decode(data + b"=" * (-len(data) % 4))


def html_encode(text: str) -> str:
    """``htmlspecialchars`` with ``ENT_QUOTES``, as MailWizz's ``html_encode`` calls it."""
    return html.escape(text, quote=True).replace("&#x27;", "&#039;")


def is_yii_email(value: str) -> bool:
    """Yii's email check with ``validateIDN``: a non-ASCII domain is punycoded first; at most 254
    bytes; a dot is needed in the domain."""
    local, at, domain = value.rpartition("@")
    if at and domain and any(ord(c) > 127 for c in domain):
        try:
            value = f"{local}@{domain.encode('idna').decode('ascii')}"
        except UnicodeError:
            return False
    return len(value.encode("utf-8")) <= 254 and _YII_EMAIL.fullmatch(value) is not None


class Errors:
    """The first message of each attribute, in the order the attributes first failed."""

    def __init__(self) -> None:
        self._first: dict[str, str] = {}

    def add(self, attribute: str, message: str) -> None:
        self._first.setdefault(attribute, message)

    def has(self, attribute: str) -> bool:
        return attribute in self._first

    def __bool__(self) -> bool:
        return bool(self._first)

    def as_dict(self) -> dict[str, str]:
        """``{attribute: message}``, as ``shortErrors->getAll()`` gives it (not encoded)."""
        return dict(self._first)

    def as_string(self) -> str:
        """``shortErrors->getAllAsString()``: each message HTML-encoded, joined with ``<br />``."""
        return "<br />".join(html_encode(message) for message in self._first.values())

    # Yii's validators, with their messages ------------------------------------------------------

    def required(self, values: dict[str, str | None], labels: dict[str, str], *attributes: str) -> None:
        for attribute in attributes:
            if is_blank(values.get(attribute)):
                self.add(attribute, f"{labels[attribute]} cannot be blank.")

    def length(
        self,
        values: dict[str, str | None],
        labels: dict[str, str],
        *attributes: str,
        maximum: int,
        minimum: int | None = None,
    ) -> None:
        """Characters, not bytes (``mb_strlen``); empty values are not checked."""
        for attribute in attributes:
            value = values.get(attribute)
            if not value:
                continue
            if minimum is not None and len(value) < minimum:
                self.add(attribute, f"{labels[attribute]} is too short (minimum is {minimum} characters).")
            elif len(value) > maximum:
                self.add(attribute, f"{labels[attribute]} is too long (maximum is {maximum} characters).")

    def email(self, values: dict[str, str | None], labels: dict[str, str], *attributes: str) -> None:
        for attribute in attributes:
            value = values.get(attribute)
            if value and not is_yii_email(value):
                self.add(attribute, f"{labels[attribute]} is not a valid email address.")
