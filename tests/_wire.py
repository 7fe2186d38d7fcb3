"""Reading request bodies the way a server would."""

from __future__ import annotations

from email.parser import BytesParser
from email.policy import HTTP
from urllib.parse import parse_qsl

import httpx


def parse_form(request: httpx.Request) -> list[tuple[str, str]]:
    """The (name, value) pairs of a multipart or urlencoded body, in order, decoded as UTF-8."""
    content_type = request.headers.get("content-type", "")
    body = request.read()
    if content_type.startswith("application/x-www-form-urlencoded"):
        return parse_qsl(body.decode(), keep_blank_values=True)
    assert content_type.startswith("multipart/form-data; boundary="), content_type
    head = b"Content-Type: " + content_type.encode() + b"\r\n\r\n"
    pairs = []
    for part in BytesParser(policy=HTTP).parsebytes(head + body).iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        assert isinstance(name, str) and isinstance(payload, bytes)
        pairs.append((name, payload.decode("utf-8")))
    return pairs
