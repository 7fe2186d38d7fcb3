"""Templates: the rows `templates.*` of docs/server-behaviour.md, on the wire and through the facade.

The tests that drive a client, written once: here for AsyncPakat, generated into tests/_sync
for Pakat. The rows proven on the wire alone are in tests/behaviour/test_templates.py.
"""

from __future__ import annotations

import httpx
import pytest

import pakat
from pakat import AsyncPakat
from pakat.testing import Sandbox
from tests.behaviour.conftest import answered, form, refused
from tests.behaviour.test_templates import EMPTY_PAGE, HTML, b64, create, zipped
from tests.facade.conftest import MockServer

# listTemplates ----------------------------------------------------------------------------------


@pytest.mark.behaviour("templates.list.ok")
async def test_list_holds_uid_name_and_a_null_screenshot_newest_first(
    wire: httpx.Client, api: AsyncPakat
) -> None:
    first, second = create(wire, "خوش‌آمدگویی"), create(wire, "خبرنامه")
    body = answered(wire.get("/templates"), 200)
    assert body["status"] == "success"
    assert body["data"] == {
        "count": "2",
        "total_pages": 1,
        "current_page": 1,
        "next_page": None,
        "prev_page": None,
        "records": [
            {"template_uid": second, "name": "خبرنامه", "screenshot": None},
            {"template_uid": first, "name": "خوش‌آمدگویی", "screenshot": None},
        ],
    }
    page = await api.templates.list()
    assert [t.template_uid for t in page.items] == [second, first]
    assert page.items[0].screenshot is None
    assert not page.items[0].content  # UNSET: lists carry no HTML


@pytest.mark.behaviour("templates.list.filter-name")
async def test_name_filter_is_a_case_insensitive_partial_match(wire: httpx.Client, api: AsyncPakat) -> None:
    news = create(wire, "Weekly NEWS")
    persian = create(wire, "خبرنامه ماهانه")
    odd = create(wire, "50%_off")
    welcome = create(wire, "Welcome")

    def names(**query: str) -> list[str]:
        return [
            r["template_uid"] for r in answered(wire.get("/templates", params=query), 200)["data"]["records"]
        ]

    assert names(**{"filter[name]": "news"}) == [news]
    assert names(**{"filter[name]": "ماهانه"}) == [persian]
    assert names(**{"filter[name]": "%_"}) == [odd]  # % and _ are matched as themselves
    assert names(**{"filter[name]": "_"}) == [odd]
    assert names(**{"filter[name]": "=weekly news"}) == [news]  # exact
    assert names(**{"filter[name]": "=weekly"}) == []
    # Ordered after "w" (Persian letters sort after Latin ones), not 50%_off:
    assert set(names(**{"filter[name]": ">w"})) == {news, welcome, persian}
    # Tags are stripped from query values before the filter sees them.
    assert names(**{"filter[name]": "<>news"}) == [news]
    assert len(names(**{"filter[name]": "<news"})) == 4
    # Empty, "0" or a filter that is not an array: ignored.
    assert len(names(**{"filter[name]": ""})) == 4
    assert len(names(**{"filter[name]": "0"})) == 4
    assert len(names(filter="news")) == 4
    assert names(**{"filter[name][]": "welcome"}) != []  # array: exact match (IN)
    assert names(**{"filter[name][]": "welc"}) == []

    assert [t.template_uid for t in (await api.templates.list(name="NEWS")).items] == [news]
    assert [t.template_uid async for t in api.templates.iter(name="ماهانه")] == [persian]
    assert [t.template_uid for t in (await api.templates.list(name="%")).items] == [odd]


@pytest.mark.behaviour("templates.list.filter-name")
@pytest.mark.parametrize("name", ["", "  ", "0", "=Weekly", ">a", " >=a", "a<b", 5])
async def test_facade_refuses_names_the_server_would_not_search_for(
    api: AsyncPakat, sandbox: Sandbox, name: object
) -> None:
    with pytest.raises((ValueError, TypeError)):
        await api.templates.list(name=name)  # type: ignore[arg-type]
    with pytest.raises((ValueError, TypeError)):
        api.templates.iter(name=name)  # type: ignore[arg-type]
    assert sandbox.counters["listTemplates"] == 0


@pytest.mark.behaviour("templates.list.empty", "templates.list.filter-name")
async def test_no_templates_or_no_match_is_a_null_paged_empty_page(
    wire: httpx.Client, api: AsyncPakat
) -> None:
    assert answered(wire.get("/templates"), 200) == {"status": "success", "data": EMPTY_PAGE}
    create(wire, "Welcome")
    assert answered(wire.get("/templates", params={"filter[name]": "nothing"}), 200)["data"] == EMPTY_PAGE
    page = await api.templates.list(name="nothing")
    assert (page.items, page.count, page.total_pages) == ((), 0, 0)


@pytest.mark.behaviour("templates.list.not-modified", "templates.get.not-modified")
@pytest.mark.parametrize("call", ["list", "get"])
async def test_the_facade_never_asks_for_a_304_and_types_one_it_gets(
    call: str, client: AsyncPakat, server: MockServer
) -> None:
    # The sandbox does not implement HTTP caching (cross.cache.*); the facade never sends
    # If-None-Match or If-Modified-Since, so it always gets a full answer. A 304 that reaches it
    # anyway (a caching proxy) is an APIError, not a crash.
    path = "/templates" if call == "list" else "/templates/abc"
    server.on("GET", path, httpx.Response(304, headers={"ETag": '"abc"'}))
    with pytest.raises(pakat.APIError) as caught:
        await client.templates.list() if call == "list" else await client.templates.get("abc")
    assert caught.value.status_code == 304
    headers = {name.lower() for name in server.last.headers}
    assert not headers & {"if-none-match", "if-modified-since"}


# getTemplate ------------------------------------------------------------------------------------


@pytest.mark.behaviour("templates.get.ok")
async def test_get_holds_name_content_as_text_and_screenshot_but_no_uid(
    wire: httpx.Client, api: AsyncPakat
) -> None:
    uid = create(wire, "خوش‌آمدگویی")
    assert answered(wire.get(f"/templates/{uid}"), 200) == {
        "status": "success",
        "data": {"record": {"name": "خوش‌آمدگویی", "content": HTML, "screenshot": None}},
    }
    template = await api.templates.get(uid)
    assert (template.name, template.content, template.screenshot) == ("خوش‌آمدگویی", HTML, None)
    assert not template.template_uid  # UNSET: the server does not send it here


@pytest.mark.behaviour("templates.get.bad-utf8", "templates.create.ok")
async def test_html_that_is_not_utf8_is_stored_and_then_answered_with_an_empty_body(
    wire: httpx.Client, api: AsyncPakat, sandbox: Sandbox, server: MockServer, client: AsyncPakat
) -> None:
    cp1256 = "<p>سلام</p>".encode("cp1256")
    uid = answered(
        wire.post("/templates", files=form({"template[name]": "قدیمی", "template[content]": b64(cp1256)})),
        201,
    )["template_uid"]
    response = wire.get(f"/templates/{uid}")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert response.content == b""
    with pytest.raises(pakat.APIResponseValidationError):
        await api.templates.get(uid)
    # The facade refuses such HTML before sending it.
    before = sandbox.counters["createTemplate"]
    with pytest.raises(ValueError, match="UTF-8"):
        await api.templates.create("قدیمی", html=cp1256)
    assert sandbox.counters["createTemplate"] == before
    # And a scripted empty answer gives the same typed error.
    server.on(
        "GET",
        "/templates/abc",
        httpx.Response(200, content=b"", headers={"Content-Type": "application/json"}),
    )
    with pytest.raises(pakat.APIResponseValidationError):
        await client.templates.get("abc")


@pytest.mark.behaviour("templates.get.not-found")
async def test_get_of_an_unknown_template_is_404(wire: httpx.Client, api: AsyncPakat) -> None:
    refused(wire.get("/templates/nosuchtemplate1"), 404, "The template does not exist.")
    with pytest.raises(pakat.NotFoundError, match="The template does not exist"):
        await api.templates.get("nosuchtemplate1")


# createTemplate ---------------------------------------------------------------------------------


@pytest.mark.behaviour("templates.create.ok")
async def test_create_answers_201_with_the_uid_and_stores_the_html_as_given(
    wire: httpx.Client, api: AsyncPakat
) -> None:
    body = answered(
        wire.post("/templates", files=form({"template[name]": "A", "template[content]": b64(HTML)})), 201
    )
    assert set(body) == {"status", "template_uid"} and body["status"] == "success"
    assert len(body["template_uid"]) == 13
    # No required tags for templates; base64 is decoded leniently (line breaks, junk, no padding).
    encoded = b64("<p>بدون برچسب</p>")
    messy = "\n".join(encoded[i : i + 8] for i in range(0, len(encoded), 8)).rstrip("=") + "!!"
    uid = answered(
        wire.post("/templates", files=form({"template[name]": "B", "template[content]": messy})), 201
    )["template_uid"]
    assert answered(wire.get(f"/templates/{uid}"), 200)["data"]["record"]["content"] == "<p>بدون برچسب</p>"
    uid = await api.templates.create("C", html="<p>ساده</p>")
    assert (await api.templates.get(uid)).content == "<p>ساده</p>"


@pytest.mark.behaviour("templates.create.validation")
async def test_create_without_name_or_content_is_a_flat_422(wire: httpx.Client, api: AsyncPakat) -> None:
    both = {"name": "Name cannot be blank.", "content": "Content cannot be blank."}
    refused(wire.post("/templates", files=form({"nothing": "x"})), 422, both)
    refused(wire.post("/templates", data={}), 422, both)
    refused(
        wire.post("/templates", files=form({"template[name]": "A"})),
        422,
        {"content": "Content cannot be blank."},
    )
    refused(
        wire.post("/templates", files=form({"template[name]": "A", "template[content]": ""})),
        422,
        {"content": "Content cannot be blank."},
    )
    refused(
        wire.post("/templates", files=form({"template[name]": "A", "template[content]": "!!!!"})),
        422,
        {"content": "Content cannot be blank."},
    )
    refused(
        wire.post("/templates", files=form({"template[name]": " ", "template[content]": b64(HTML)})),
        422,
        {"name": "Name cannot be blank."},
    )
    refused(
        wire.post("/templates", files=form({"template[name]": "ن" * 256, "template[content]": b64(HTML)})),
        422,
        {"name": "Name is too long (maximum is 255 characters)."},
    )
    with pytest.raises(pakat.ValidationError) as caught:
        await api.templates.create("ن" * 256, html=HTML)
    assert caught.value.errors == {"name": "Name is too long (maximum is 255 characters)."}


@pytest.mark.behaviour("templates.create.archive")
async def test_an_archive_wins_over_content_and_makes_the_name_optional(
    wire: httpx.Client, api: AsyncPakat
) -> None:
    archive = zipped({"images/logo.png": b"\x89PNG", "index.html": "  <p>از زیپ</p>\n"})
    uid = answered(
        wire.post(
            "/templates",
            files=form(
                {"template[name]": "Zip", "template[content]": b64(HTML), "template[archive]": b64(archive)}
            ),
        ),
        201,
    )["template_uid"]
    assert answered(wire.get(f"/templates/{uid}"), 200)["data"]["record"] == {
        "name": "Zip",
        "content": "<p>از زیپ</p>",
        "screenshot": None,
    }
    # Without a name the template is named after the uploaded file (a random name).
    nameless = answered(wire.post("/templates", files=form({"template[archive]": b64(archive)})), 201)[
        "template_uid"
    ]
    name = answered(wire.get(f"/templates/{nameless}"), 200)["data"]["record"]["name"]
    assert name and name.isalnum()
    # Entry file: index.html first, else a file ending so, else any .html or .htm.
    nested = zipped({"a.html": "<p>a</p>", "site/index.html": "<p>index</p>"})
    uid = answered(wire.post("/templates", files=form({"template[archive]": b64(nested)})), 201)[
        "template_uid"
    ]
    assert answered(wire.get(f"/templates/{uid}"), 200)["data"]["record"]["content"] == "<p>index</p>"
    other = zipped({"readme.txt": "x", "page.htm": "<p>htm</p>"})
    uid = await api.templates.create("Other", archive=other)
    assert (await api.templates.get(uid)).content == "<p>htm</p>"


@pytest.mark.behaviour("templates.create.archive-errors")
async def test_archive_refusals(wire: httpx.Client, api: AsyncPakat) -> None:
    def post(archive: str) -> httpx.Response:
        return wire.post("/templates", files=form({"template[name]": "Z", "template[archive]": archive}))

    refused(post("!!!!"), 422, "It does not seem that you have selected an archive.")
    refused(post(b64("not a zip at all")), 422, "Your archive does not seem to be a valid zip file.")
    refused(post(b64(b"PK\x03\x04broken")), 422, {"archive": "Cannot open the archive file."})
    refused(
        post(b64(zipped({"readme.txt": "no html"}))),
        422,
        {"archive": "Cannot find template entry file, usually called index.html"},
    )
    refused(
        post(b64(zipped({"index.html": "  \n"}))),
        422,
        {"archive": "The template entry file seems to be empty."},
    )
    assert answered(wire.get("/templates"), 200)["data"]["records"] == []
    with pytest.raises(pakat.ValidationError) as caught:
        await api.templates.create("Z", archive=zipped({"readme.txt": "no html"}))
    assert caught.value.errors == {"archive": "Cannot find template entry file, usually called index.html"}
    with pytest.raises(ValueError, match="not a zip"):
        await api.templates.create("Z", archive=b"not a zip")


@pytest.mark.behaviour("templates.create.inline-css")
async def test_inline_css_is_not_read(wire: httpx.Client, api: AsyncPakat, sandbox: Sandbox) -> None:
    fields = {"template[name]": "A", "template[content]": b64(HTML), "template[inline_css]": "maybe"}
    uid = answered(wire.post("/templates", files=form(fields)), 201)["template_uid"]
    assert answered(wire.get(f"/templates/{uid}"), 200)["data"]["record"]["content"] == HTML
    uid = await api.templates.create("B", html=HTML, inline_css=True)
    assert (await api.templates.get(uid)).content == HTML


# updateTemplate ---------------------------------------------------------------------------------


@pytest.mark.behaviour("templates.update.ok")
async def test_update_changes_what_is_given_and_answers_status_alone(
    wire: httpx.Client, api: AsyncPakat
) -> None:
    uid = create(wire, "Old")
    assert answered(wire.put(f"/templates/{uid}", data={"template[name]": "New"}), 200) == {
        "status": "success"
    }
    assert answered(wire.get(f"/templates/{uid}"), 200)["data"]["record"] == {
        "name": "New",
        "content": HTML,
        "screenshot": None,
    }
    answered(wire.put(f"/templates/{uid}", data={"template[content]": b64("<p>دوم</p>")}), 200)
    assert answered(wire.get(f"/templates/{uid}"), 200)["data"]["record"]["name"] == "New"
    assert await api.templates.update(uid, html="<p>سوم</p>") is None
    assert (await api.templates.get(uid)).content == "<p>سوم</p>"


@pytest.mark.behaviour("templates.update.archive")
async def test_update_with_an_archive_answers_201_with_the_same_uid(
    wire: httpx.Client, api: AsyncPakat
) -> None:
    uid = create(wire, "Kept")
    archive = zipped({"index.html": "<p>نو</p>"})
    body = answered(wire.put(f"/templates/{uid}", data={"template[archive]": b64(archive)}), 201)
    assert body == {"status": "success", "template_uid": uid}
    assert answered(wire.get(f"/templates/{uid}"), 200)["data"]["record"] == {
        "name": "Kept",
        "content": "<p>نو</p>",
        "screenshot": None,
    }
    answered(
        wire.put(f"/templates/{uid}", data={"template[archive]": b64(archive), "template[name]": "New"}), 201
    )
    assert answered(wire.get(f"/templates/{uid}"), 200)["data"]["record"]["name"] == "New"
    refused(
        wire.put(f"/templates/{uid}", data={"template[archive]": b64("nope")}),
        422,
        "Your archive does not seem to be a valid zip file.",
    )
    assert await api.templates.update(uid, archive=zipped({"index.htm": "<p>async</p>"})) is None
    assert (await api.templates.get(uid)).content == "<p>async</p>"


@pytest.mark.behaviour("templates.update.validation")
async def test_a_name_or_content_given_empty_is_refused(wire: httpx.Client, api: AsyncPakat) -> None:
    uid = create(wire, "A")
    refused(
        wire.put(f"/templates/{uid}", data={"template[name]": ""}), 422, {"name": "Name cannot be blank."}
    )
    refused(
        wire.put(f"/templates/{uid}", data={"template[content]": ""}),
        422,
        {"content": "Content cannot be blank."},
    )
    refused(
        wire.put(f"/templates/{uid}", data={"template[name]": "x" * 300}),
        422,
        {"name": "Name is too long (maximum is 255 characters)."},
    )
    assert answered(wire.get(f"/templates/{uid}"), 200)["data"]["record"]["content"] == HTML
    with pytest.raises(ValueError):
        await api.templates.update(uid, name="")


@pytest.mark.behaviour("templates.update.empty-body")
async def test_an_update_without_fields_changes_nothing(wire: httpx.Client, api: AsyncPakat) -> None:
    uid = create(wire, "A")
    assert answered(wire.put(f"/templates/{uid}"), 200) == {"status": "success"}
    assert answered(wire.put(f"/templates/{uid}", data={"other": "x"}), 200) == {"status": "success"}
    assert answered(wire.get(f"/templates/{uid}"), 200)["data"]["record"] == {
        "name": "A",
        "content": HTML,
        "screenshot": None,
    }
    with pytest.raises(ValueError, match="nothing to update"):
        await api.templates.update(uid)


@pytest.mark.behaviour("templates.update.not-found")
async def test_update_of_an_unknown_template_is_404(wire: httpx.Client, api: AsyncPakat) -> None:
    refused(
        wire.put("/templates/unknown1", data={"template[name]": "x"}), 404, "The template does not exist."
    )
    with pytest.raises(pakat.NotFoundError):
        await api.templates.update("unknown1", name="x")


# deleteTemplate ---------------------------------------------------------------------------------


@pytest.mark.behaviour("templates.delete.ok")
async def test_delete_removes_it_and_campaigns_keep_their_copy(
    wire: httpx.Client, api: AsyncPakat, sandbox: Sandbox
) -> None:
    uid = create(wire, "A", '<p>[COMPANY_FULL_ADDRESS] <a href="[UNSUBSCRIBE_URL]">x</a></p>')
    list_uid = sandbox.create_list()
    campaign_uid = await api.campaigns.create(
        name="C",
        list_uid=list_uid,
        subject="S",
        from_name="F",
        from_email="f@example.com",
        reply_to="f@example.com",
        template_uid=uid,
    )
    assert answered(wire.delete(f"/templates/{uid}"), 200) == {"status": "success"}
    refused(wire.get(f"/templates/{uid}"), 404, "The template does not exist.")
    assert "[UNSUBSCRIBE_URL]" in sandbox.campaign(campaign_uid)["template"]["content"]
    uid = await api.templates.create("B", html=HTML)
    assert await api.templates.delete(uid) is None
    assert (await api.templates.list()).count == 0


@pytest.mark.behaviour("templates.delete.not-found")
async def test_delete_of_an_unknown_or_deleted_template_is_404(wire: httpx.Client, api: AsyncPakat) -> None:
    uid = create(wire, "A")
    answered(wire.delete(f"/templates/{uid}"), 200)
    refused(wire.delete(f"/templates/{uid}"), 404, "The template does not exist.")
    with pytest.raises(pakat.NotFoundError):
        await api.templates.delete("unknown1")
