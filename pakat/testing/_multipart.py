"""Decoding of request bodies: multipart/form-data and application/x-www-form-urlencoded.

Both decoders return the fields in wire order as ``(name, value)`` pairs of ``str``. Values are
decoded from UTF-8 strictly and otherwise kept byte-exact: CR, LF, NUL and a line that merely
looks like a boundary survive unchanged. A body that cannot be decoded raises :class:`FormError`.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

__all__ = ["FormError", "parse_content_type", "parse_multipart", "parse_urlencoded"]


class FormError(ValueError):
    """The body is not a well-formed form of the type its Content-Type names."""


_TOKEN = r"[!#$%&'*+.^_`|~0-9A-Za-z-]+"
# A parameter is `name=token` or `name="quoted string"`; quoted strings may hold `\"` pairs.
_PARAM_RE = re.compile(rf';\s*({_TOKEN})\s*=\s*(?:"((?:[^"\\]|\\.)*)"|({_TOKEN}))', re.DOTALL)
# Browsers and httpx escape these in form-data names the HTML5 way (percent-encoded).
_HTML5_ESCAPES_RE = re.compile(r"%(22|0D|0A|0d|0a)")


def parse_content_type(value: str) -> tuple[str, dict[str, str]]:
    """Split a Content-Type (or Content-Disposition) value into its lower-cased type and parameters."""
    head, _, rest = value.partition(";")
    params: dict[str, str] = {}
    for match in _PARAM_RE.finditer(";" + rest):
        name, quoted, token = match.groups()
        params[name.lower()] = re.sub(r"\\(.)", r"\1", quoted) if quoted is not None else token
    return head.strip().lower(), params


def _disposition_name(header: str) -> tuple[str, bool]:
    """The part's field name, and whether it is a file (it carries a filename)."""
    kind, params = parse_content_type(header)
    if kind != "form-data":
        raise FormError(f"a part has Content-Disposition {kind!r}, not form-data")
    if "name*" in params:
        # RFC 2231/5987 form: charset'language'percent-encoded-value.
        charset, _, encoded = params["name*"].partition("'")
        name = unquote(encoded.partition("'")[2], encoding=charset or "utf-8", errors="strict")
    elif "name" in params:
        name = _HTML5_ESCAPES_RE.sub(lambda m: chr(int(m.group(1), 16)), params["name"])
    else:
        raise FormError("a part has no name")
    return name, "filename" in params or "filename*" in params


def _part_name(head: bytes) -> tuple[str, bool]:
    for line in head.decode("utf-8", errors="strict").split("\r\n"):
        name, colon, value = line.partition(":")
        if colon and name.strip().lower() == "content-disposition":
            return _disposition_name(value.strip())
    raise FormError("a part has no Content-Disposition header")


def _split_parts(body: bytes, boundary: bytes) -> list[tuple[int, int]]:
    """Where each part (headers, blank line, content) lies between the delimiters: ``(start,
    end)`` offsets into ``body``, so that no part is copied.

    A delimiter is CRLF, ``--`` and the boundary followed by optional spaces and CRLF, or by ``--``
    for the last one (RFC 2046). The same bytes followed by anything else are content: a value
    may hold a line such as ``--<boundary>x``. The first delimiter needs no CRLF in front of it
    when there is no preamble.
    """
    delimiter = b"\r\n--" + boundary
    parts: list[tuple[int, int]] = []
    part_start: int | None = None
    search = 0
    first = body.startswith(delimiter[2:])
    while True:
        if first:  # at offset 0, its CRLF left out
            found, first = -2, False
        else:
            found = body.find(delimiter, search)
            if found < 0:
                raise FormError("the multipart body is not closed by its final boundary")
        after = found + len(delimiter)
        closing = body.startswith(b"--", after)
        line_end = after
        if not closing:
            line_end = body.find(b"\r\n", after)
            if line_end < 0 or body[after:line_end].strip(b" \t"):
                search = max(found + 1, 0)
                continue
        if part_start is not None:
            parts.append((part_start, found))
        if closing:
            if part_start is None:
                raise FormError("the multipart body holds no part")
            return parts
        part_start = search = line_end + 2


def parse_multipart(body: bytes, content_type: str) -> list[tuple[str, str]]:
    """Decode a multipart/form-data body.

    Parts that carry a filename are uploads, which PHP keeps apart from the fields (``$_FILES``):
    they are left out. The boundary is taken from ``content_type``. Values are decoded straight
    from the body, which is never copied (a body of 60 MB costs the 60 MB of its values).
    """
    _, params = parse_content_type(content_type)
    boundary = params.get("boundary")
    if not boundary:
        raise FormError("multipart/form-data without a boundary")
    fields: list[tuple[str, str]] = []
    with memoryview(body) as view:
        for start, end in _split_parts(body, boundary.encode("latin-1")):
            if body.startswith(b"\r\n", start, end):
                # A part with no headers at all starts straight with the blank line.
                head, content = b"", start + 2
            else:
                blank = body.find(b"\r\n\r\n", start, end)
                if blank < 0:
                    raise FormError("a multipart part lacks the blank line after its headers")
                head, content = body[start:blank], blank + 4
            try:
                field_name, is_file = _part_name(head)
            except (UnicodeDecodeError, LookupError) as exc:
                raise FormError(f"undecodable multipart part headers: {exc}") from exc
            if is_file:
                continue
            try:
                fields.append((field_name, str(view[content:end], "utf-8", "strict")))
            except UnicodeDecodeError as exc:
                raise FormError(f"the value of {field_name!r} is not UTF-8") from exc
    return fields


def parse_urlencoded(body: bytes) -> list[tuple[str, str]]:
    """Decode an application/x-www-form-urlencoded body, keeping blank values, strictly as UTF-8,
    as ``parse_qsl(body.decode(), keep_blank_values=True)`` does, but without copying the body:
    a value with no ``%`` or ``+`` is decoded straight from it."""
    fields: list[tuple[str, str]] = []
    try:
        with memoryview(body) as view:
            start, size = 0, len(body)
            while start < size:
                end = body.find(b"&", start)
                end = size if end < 0 else end
                if end > start:  # empty pieces ("a&&b") are skipped
                    equals = body.find(b"=", start, end)
                    if equals < 0:
                        fields.append((_component(body, view, start, end), ""))
                    else:
                        fields.append(
                            (_component(body, view, start, equals), _component(body, view, equals + 1, end))
                        )
                start = end + 1
    except (UnicodeDecodeError, ValueError) as exc:
        raise FormError(f"undecodable urlencoded body: {exc}") from exc
    return fields


def _component(body: bytes, view: memoryview, start: int, end: int) -> str:
    text = str(view[start:end], "utf-8", "strict")
    if body.find(b"%", start, end) < 0 and body.find(b"+", start, end) < 0:
        return text
    return unquote(text.replace("+", " "), encoding="utf-8", errors="strict")
