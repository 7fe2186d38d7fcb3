"""client.templates on the wire."""

from __future__ import annotations

import base64
import io
import zipfile
from pathlib import Path
from typing import Any

import httpx
import pytest

from pakat import AsyncPakat, NotFoundError
from tests.facade.conftest import OK, MockServer, collection, record

PERSIAN_HTML = (
    "<html dir='rtl'><body><h1>به پاکات خوش آمدید</h1><p>سلام {{ contact.name }}، ✅</p></body></html>"
)
CREATED = {"status": "success", "template_uid": "tpl1"}
TEMPLATE = {
    "template_uid": "tpl1",
    "name": "خوش‌آمد",
    "content": PERSIAN_HTML,
    "screenshot": "https://example.com/s.png",
    "brand_new": [1],
}


def decoded(value: str) -> bytes:
    return base64.b64decode(value, validate=True)


def a_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("index.html", PERSIAN_HTML)
        archive.writestr("images/logo.png", b"\x89PNG\r\n")
    return buffer.getvalue()


async def test_list_sends_paging_and_reads_string_counts(client: AsyncPakat, server: MockServer) -> None:
    server.on("GET", "/templates", collection([TEMPLATE], page=1, total_pages=2, count="11"))
    page = await client.templates.list(per_page=10)
    assert (server.last.method, server.last.url.path) == ("GET", "/api/templates")
    assert server.query() == {"page": "1", "per_page": "10"}
    assert (page.count, page.total_pages, page.has_next) == (11, 2, True)
    assert (page.items[0].template_uid, page.items[0].name) == ("tpl1", "خوش‌آمد")
    assert page.items[0].to_dict()["brand_new"] == [1]


async def test_iter_follows_next_page(client: AsyncPakat, server: MockServer) -> None:
    def reply(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        records = [{**TEMPLATE, "template_uid": f"t{i}"} for i in range((page - 1) * 2, min(page * 2, 3))]
        return httpx.Response(200, json=collection(records, page=page, total_pages=2, count=3))

    server.on("GET", "/templates", reply)
    assert [t.template_uid async for t in client.templates.iter(per_page=12)] == ["t0", "t1", "t2"]
    assert [server.query(i) for i in range(2)] == [
        {"page": "1", "per_page": "12"},
        {"page": "2", "per_page": "12"},
    ]


async def test_create_sends_persian_html_byte_exact_as_base64(client: AsyncPakat, server: MockServer) -> None:
    server.on("POST", "/templates", CREATED)
    uid = await client.templates.create(
        "خوش‌آمد", html=PERSIAN_HTML, inline_css=True, extra={"template[category]": "onboarding"}
    )
    assert uid == "tpl1"
    assert (server.last.method, server.last.url.path) == ("POST", "/api/templates")
    assert server.last.headers["content-type"].startswith("multipart/form-data; boundary=")
    form = server.form()
    assert decoded(form.pop("template[content]")) == PERSIAN_HTML.encode("utf-8")
    assert form == {
        "template[name]": "خوش‌آمد",
        "template[inline_css]": "yes",
        "template[category]": "onboarding",
    }


@pytest.mark.parametrize("kind", ["path", "bytes"])
async def test_create_reads_html_from_a_path_or_bytes(
    client: AsyncPakat, server: MockServer, tmp_path: Path, kind: str
) -> None:
    data = PERSIAN_HTML.encode("utf-8")
    file = tmp_path / "welcome.html"
    file.write_bytes(data)
    server.on("POST", "/templates", CREATED)
    await client.templates.create("Welcome", html=file if kind == "path" else data, inline_css=False)
    form = server.form()
    assert decoded(form.pop("template[content]")) == data
    assert form == {"template[name]": "Welcome", "template[inline_css]": "no"}


@pytest.mark.parametrize("kind", ["path", "bytes"])
async def test_create_from_a_zip_archive(
    client: AsyncPakat, server: MockServer, tmp_path: Path, kind: str
) -> None:
    data = a_zip()
    file = tmp_path / "welcome.zip"
    file.write_bytes(data)
    server.on("POST", "/templates", CREATED)
    assert await client.templates.create("Welcome", archive=file if kind == "path" else data) == "tpl1"
    form = server.form()
    assert decoded(form.pop("template[archive]")) == data
    assert form == {"template[name]": "Welcome"}


@pytest.mark.parametrize(
    ("arguments", "error", "match"),
    [
        ({}, ValueError, "exactly one of html .* or archive"),
        ({"html": "<p>x</p>", "archive": b"PK"}, ValueError, "not both"),
        ({"archive": PERSIAN_HTML.encode()}, ValueError, "archive is not a zip"),
        ({"archive": "welcome.zip"}, TypeError, "archive takes bytes or a path"),
        ({"html": " \n "}, ValueError, "html must not be empty"),
        ({"html": "<p>x</p>", "inline_css": "yes"}, TypeError, "inline_css must be True, False or None"),
        ({"html": "<p>x</p>", "extra": {"template[x]": 1}}, TypeError, "extra must map str"),
    ],
)
async def test_create_refuses_bad_content_before_sending(
    client: AsyncPakat, server: MockServer, arguments: dict[str, Any], error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match):
        await client.templates.create("Welcome", **arguments)
    assert server.requests == []


async def test_create_refuses_bad_names_and_an_archive_file_that_is_not_a_zip(
    client: AsyncPakat, server: MockServer, tmp_path: Path
) -> None:
    with pytest.raises(ValueError, match="name must not be empty"):
        await client.templates.create(" ", html="<p>x</p>")
    with pytest.raises(ValueError, match="name must be a single line"):
        await client.templates.create("Welcome\r\nX", html="<p>x</p>")
    file = tmp_path / "welcome.zip"
    file.write_text(PERSIAN_HTML, encoding="utf-8")
    with pytest.raises(ValueError, match="archive is not a zip"):
        await client.templates.create("Welcome", archive=file)
    assert server.requests == []


async def test_update_is_a_urlencoded_put_of_the_given_fields(client: AsyncPakat, server: MockServer) -> None:
    server.on("PUT", "/templates/tpl1", OK)
    assert await client.templates.update("tpl1", name="خوش‌آمد ۲", html=PERSIAN_HTML, inline_css=False) is None
    assert (server.last.method, server.last.url.path) == ("PUT", "/api/templates/tpl1")
    assert server.last.headers["content-type"] == "application/x-www-form-urlencoded"
    form = server.form()
    assert decoded(form.pop("template[content]")) == PERSIAN_HTML.encode("utf-8")
    assert form == {"template[name]": "خوش‌آمد ۲", "template[inline_css]": "no"}


async def test_update_with_an_archive_or_only_extra(client: AsyncPakat, server: MockServer) -> None:
    server.on("PUT", "/templates/tpl1", OK)
    await client.templates.update("tpl1", archive=a_zip())
    assert decoded(server.form()["template[archive]"]) == a_zip()
    await client.templates.update("tpl1", extra={"template[category]": "onboarding"})
    assert server.form() == {"template[category]": "onboarding"}


async def test_update_refuses_nothing_to_change_and_both_contents(
    client: AsyncPakat, server: MockServer
) -> None:
    with pytest.raises(ValueError, match="nothing to update"):
        await client.templates.update("tpl1")
    with pytest.raises(ValueError, match="not both"):
        await client.templates.update("tpl1", html="<p>x</p>", archive=a_zip())
    with pytest.raises(ValueError, match="template_uid must not be empty"):
        await client.templates.update("", name="x")
    with pytest.raises(ValueError, match="archive is not a zip"):
        await client.templates.update("tpl1", archive=b"not a zip")
    assert server.requests == []


async def test_get_and_delete(client: AsyncPakat, server: MockServer) -> None:
    server.on("GET", "/templates/tpl1", record(TEMPLATE))
    server.on("DELETE", "/templates/tpl1", OK)
    template = await client.templates.get("tpl1")
    assert (server.last.method, server.last.url.path) == ("GET", "/api/templates/tpl1")
    assert (template.name, template.content) == ("خوش‌آمد", PERSIAN_HTML)
    assert await client.templates.delete("tpl1") is None
    assert (server.last.method, server.last.url.path) == ("DELETE", "/api/templates/tpl1")
    with pytest.raises(NotFoundError):
        await client.templates.get("missing")
    with pytest.raises(ValueError, match="template_uid"):
        await client.templates.delete("")
    with pytest.raises(ValueError, match="per_page"):
        await client.templates.list(per_page=51)
    assert len(server.requests) == 3
