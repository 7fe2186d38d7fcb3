"""client.lists on the wire."""

from __future__ import annotations

import pytest

from pakat import AsyncPakat, NotFoundError
from tests.facade.conftest import OK, MockServer, collection, record

LIST = {"general": {"list_uid": "ab12", "name": "خبرنامه", "display_name": "خبرنامه"}, "brand_new": {"x": 1}}


async def test_list_sends_paging_and_reads_string_counts(client: AsyncPakat, server: MockServer) -> None:
    server.on("GET", "/lists", collection([LIST], page=2, total_pages=3, count="21"))
    page = await client.lists.list(page=2, per_page=10)
    assert server.query() == {"page": "2", "per_page": "10"}
    assert (page.count, page.page, page.total_pages, page.next_page, page.has_next) == (21, 2, 3, 3, True)
    assert page.items[0].general.name == "خبرنامه"
    assert page.items[0].to_dict()["brand_new"] == {"x": 1}


async def test_create_sends_bracketed_multipart_fields_and_returns_uid(
    client: AsyncPakat, server: MockServer
) -> None:
    server.on("POST", "/lists", {"status": "success", "list_uid": "new1"})
    uid = await client.lists.create(
        name="خبرنامه پاکات",
        description="هفتگی",
        from_name="Pakat",
        from_email="news@example.com",
        reply_to="reply@example.com",
        notify_subscribe=True,
        company={"name": "Pakat", "city": "Tehran"},
        extra={"defaults[subject]": "override", "future[flag]": "1"},
    )
    assert uid == "new1"
    assert server.last.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert server.form() == {
        "general[name]": "خبرنامه پاکات",
        "general[description]": "هفتگی",
        "defaults[from_name]": "Pakat",
        "defaults[from_email]": "news@example.com",
        "defaults[reply_to]": "reply@example.com",
        "defaults[subject]": "override",
        "notifications[subscribe]": "yes",
        "company[name]": "Pakat",
        "company[city]": "Tehran",
        "future[flag]": "1",
    }


async def test_update_is_urlencoded_and_refuses_an_empty_change(
    client: AsyncPakat, server: MockServer
) -> None:
    server.on("PUT", "/lists/ab12", OK)
    await client.lists.update("ab12", name="new name")
    assert server.last.headers["content-type"] == "application/x-www-form-urlencoded"
    assert server.form() == {"general[name]": "new name"}
    with pytest.raises(ValueError, match="nothing to update"):
        await client.lists.update("ab12")
    assert len(server.requests) == 1


async def test_bad_input_is_refused_before_sending(client: AsyncPakat, server: MockServer) -> None:
    with pytest.raises(ValueError, match="from_email"):
        await client.lists.create(
            name="n", description="d", from_name="f", from_email="nope", reply_to="a@b.co"
        )
    with pytest.raises(ValueError, match="list_uid"):
        await client.lists.get("")
    with pytest.raises(ValueError, match="per_page"):
        await client.lists.list(per_page=51)
    assert server.requests == []


async def test_get_delete_copy_and_not_found(client: AsyncPakat, server: MockServer) -> None:
    server.on("GET", "/lists/ab12", record(LIST))
    server.on("DELETE", "/lists/ab12", OK)
    server.on("POST", "/lists/ab12/copy", {"status": "success", "list_uid": "copy1"})
    assert (await client.lists.get("ab12")).general.list_uid == "ab12"
    assert await client.lists.delete("ab12") is None
    assert await client.lists.copy("ab12") == "copy1"
    with pytest.raises(NotFoundError, match="no route"):
        await client.lists.get("missing")


async def test_iter_follows_next_page(client: AsyncPakat, server: MockServer) -> None:
    server.on("GET", "/lists", lambda r: _page(r))
    names = [x.general.name async for x in client.lists.iter(per_page=12)]
    assert names == ["0", "1", "2", "3", "4"]
    assert [server.query(i)["page"] for i in range(3)] == ["1", "2", "3"]


def _page(request):  # type: ignore[no-untyped-def]
    import httpx

    page = int(request.url.params["page"])
    records = [{"general": {"name": str(i)}} for i in range((page - 1) * 2, min(page * 2, 5))]
    return httpx.Response(200, json=collection(records, page=page, total_pages=3, count=5))
