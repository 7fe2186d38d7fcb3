"""Templates: the rows `templates.*` of docs/server-behaviour.md, on the wire and through the facade.

The rows that a client's answer proves too are tested in tests/_async/behaviour/test_templates.py
(written once for both clients); the tests here stay on the wire.
"""

from __future__ import annotations

import base64
import io
import zipfile

import httpx
import pytest

from tests.behaviour.conftest import answered, form

HTML = '<!DOCTYPE html><html dir="rtl"><body><h1>سلام [FNAME]!</h1></body></html>'
EMPTY_PAGE = {
    "count": None,
    "total_pages": None,
    "current_page": None,
    "next_page": None,
    "prev_page": None,
    "records": [],
}


def b64(data: str | bytes) -> str:
    return base64.b64encode(data.encode("utf-8") if isinstance(data, str) else data).decode("ascii")


def zipped(files: dict[str, str | bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def create(wire: httpx.Client, name: str, html: str = HTML) -> str:
    body = answered(
        wire.post("/templates", files=form({"template[name]": name, "template[content]": b64(html)})), 201
    )
    return str(body["template_uid"])


@pytest.mark.behaviour("templates.list.paging")
def test_per_page_is_clamped_into_10_to_50(wire: httpx.Client) -> None:
    for n in range(12):
        create(wire, f"t{n}")
    data = answered(wire.get("/templates", params={"per_page": "1"}), 200)["data"]
    assert (len(data["records"]), data["total_pages"], data["next_page"]) == (10, 2, 2)
    data = answered(wire.get("/templates", params={"per_page": "500", "page": "-3"}), 200)["data"]
    assert (len(data["records"]), data["current_page"], data["prev_page"]) == (12, 1, None)
    data = answered(wire.get("/templates", params={"page": "5"}), 200)["data"]
    assert (data["records"], data["count"], data["current_page"], data["next_page"], data["prev_page"]) == (
        [],
        "12",
        5,
        None,
        4,
    )
