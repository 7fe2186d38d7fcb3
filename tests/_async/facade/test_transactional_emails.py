"""client.transactional_emails on the wire."""

from __future__ import annotations

import base64
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

import pakat
from pakat import AsyncPakat, Attachment, NotFoundError
from tests.facade.conftest import OK, MockServer, collection, record

TEHRAN = ZoneInfo("Asia/Tehran")
SENT = {"status": "success", "email_uid": "em1"}
PERSIAN_HTML = "<html dir='rtl'><body><h1>سلام علی،</h1><p>سفارش شما ثبت شد ✅</p></body></html>"
EMAIL = {"email_uid": "em1", "to_name": "علی", "subject": "رسید", "status": "sent", "brand_new": [1]}
# Everything send() needs; tests override what they look at.
BASE: dict[str, Any] = {
    "to_email": "ali@example.com",
    "to_name": "علی رضایی",
    "from_name": "فروشگاه پاکات",
    "subject": "رسید سفارش",
}


def decoded(value: str) -> bytes:
    return base64.b64decode(value, validate=True)


async def test_send_html_is_byte_exact_base64_and_send_at_is_utc(
    client: AsyncPakat, server: MockServer
) -> None:
    server.on("POST", "/transactional-emails", SENT)
    uid = await client.transactional_emails.send(
        **BASE,
        html=PERSIAN_HTML,
        from_email="shop@example.com",
        reply_to_name="پشتیبانی",
        reply_to_email="help@example.com",
        plain_text="سلام علی",
        send_at=datetime(2025, 1, 15, 13, 30, tzinfo=TEHRAN),  # +03:30 since 2023
    )
    assert uid == "em1"
    assert server.last.method == "POST"
    assert server.last.url.path == "/api/transactional-emails"
    assert server.last.headers["content-type"].startswith("multipart/form-data; boundary=")
    form = server.form()
    assert decoded(form.pop("email[body]")) == PERSIAN_HTML.encode("utf-8")
    # Plain text is base64 too: a server that reads it decodes it as it decodes the body.
    assert decoded(form.pop("email[plain_text]")).decode("utf-8") == "سلام علی"
    assert form == {
        "email[to_email]": "ali@example.com",
        "email[to_name]": "علی رضایی",
        "email[from_name]": "فروشگاه پاکات",
        "email[from_email]": "shop@example.com",
        "email[reply_to_name]": "پشتیبانی",
        "email[reply_to_email]": "help@example.com",
        "email[subject]": "رسید سفارش",
        "email[send_at]": "2025-01-15 10:00:00",
    }


@pytest.mark.parametrize(
    ("send_at", "wire"),
    [
        (datetime(2021, 7, 1, 14, 30, tzinfo=TEHRAN), "2021-07-01 10:00:00"),  # +04:30: summer time then
        (datetime(2025, 7, 1, 13, 30, tzinfo=TEHRAN), "2025-07-01 10:00:00"),  # +03:30: no DST since 2022
        ("2025-01-15T13:30:00+03:30", "2025-01-15 10:00:00"),
        ("2025-01-15T10:00:00Z", "2025-01-15 10:00:00"),
    ],
)
async def test_send_at_is_converted_to_utc(
    client: AsyncPakat, server: MockServer, send_at: Any, wire: str
) -> None:
    server.on("POST", "/transactional-emails", SENT)
    await client.transactional_emails.send(**BASE, html="<p>x</p>", send_at=send_at)
    assert server.form()["email[send_at]"] == wire


async def test_send_at_none_is_sent_as_now_in_utc(client: AsyncPakat, server: MockServer) -> None:
    server.on("POST", "/transactional-emails", SENT)
    before = datetime.now(UTC).replace(microsecond=0)
    await client.transactional_emails.send(**BASE, html="<p>x</p>")
    sent = datetime.strptime(server.form()["email[send_at]"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    assert before <= sent <= datetime.now(UTC) + timedelta(seconds=1)


async def test_html_from_bytes_and_from_a_path(
    client: AsyncPakat, server: MockServer, tmp_path: Path
) -> None:
    server.on("POST", "/transactional-emails", SENT)
    page = tmp_path / "receipt.html"
    page.write_bytes(PERSIAN_HTML.encode("utf-8"))
    await client.transactional_emails.send(**BASE, html=page)
    await client.transactional_emails.send(**BASE, html=b"<p>\xd8\xb3\xd9\x84\xd8\xa7\xd9\x85</p>")
    assert decoded(server.form(0)["email[body]"]) == PERSIAN_HTML.encode("utf-8")
    assert decoded(server.form(1)["email[body]"]).decode("utf-8") == "<p>سلام</p>"


async def test_attachments_on_the_wire(client: AsyncPakat, server: MockServer, tmp_path: Path) -> None:
    server.on("POST", "/transactional-emails", SENT)
    pdf = tmp_path / "فاکتور.pdf"
    pdf_bytes = b"%PDF-1.4\n\x00\x01\x02\xff binary"
    pdf.write_bytes(pdf_bytes)
    await client.transactional_emails.send(
        **BASE,
        html="<p>x</p>",
        attachments=[
            pdf,
            Attachment("notes.txt", "یادداشت".encode()),
            Attachment("data.bin", b"\x00\xff", type="application/x-custom"),
        ],
    )
    form = server.form()
    assert [form[f"email[attachments][{n}][name]"] for n in range(3)] == [
        "فاکتور.pdf",
        "notes.txt",
        "data.bin",
    ]
    assert [form[f"email[attachments][{n}][type]"] for n in range(3)] == [
        "application/pdf",
        "text/plain",
        "application/x-custom",
    ]
    assert decoded(form["email[attachments][0][data]"]) == pdf_bytes
    assert decoded(form["email[attachments][1][data]"]) == "یادداشت".encode()
    assert decoded(form["email[attachments][2][data]"]) == b"\x00\xff"
    assert not any(name.startswith("email[attachments][3]") for name in form)


async def test_a_fourth_or_nameless_attachment_is_refused_before_sending(
    client: AsyncPakat, server: MockServer
) -> None:
    four = [Attachment(f"{n}.txt", b"x") for n in range(4)]
    with pytest.raises(ValueError, match="at most 3 attachments"):
        await client.transactional_emails.send(**BASE, html="<p>x</p>", attachments=four)
    with pytest.raises(ValueError, match="has no name"):
        await client.transactional_emails.send(**BASE, html="<p>x</p>", attachments=[Attachment("", b"x")])
    assert server.requests == []


async def test_template_send_carries_params_contact_and_no_body(
    client: AsyncPakat, server: MockServer
) -> None:
    server.on("POST", "/transactional-emails", SENT)
    await client.transactional_emails.send(
        **BASE,
        template_uid="tpl9",
        params={"order_id": 1234, "total": "۲۵۰٬۰۰۰ تومان", "empty": None},
        contact={"first_name": "علی", "city": "تهران"},
        send_at="2025-01-15T10:00:00+00:00",
    )
    form = server.form()
    # No placeholder body: a server without template support must refuse, not deliver it.
    assert form == {
        "email[to_email]": "ali@example.com",
        "email[to_name]": "علی رضایی",
        "email[from_name]": "فروشگاه پاکات",
        "email[subject]": "رسید سفارش",
        "email[template_uid]": "tpl9",
        "email[send_at]": "2025-01-15 10:00:00",
        "email[params][order_id]": "1234",
        "email[params][total]": "۲۵۰٬۰۰۰ تومان",
        "email[params][empty]": "",
        "email[contact][first_name]": "علی",
        "email[contact][city]": "تهران",
    }


async def test_extra_fields_are_sent_last_and_win(client: AsyncPakat, server: MockServer) -> None:
    server.on("POST", "/transactional-emails", SENT)
    await client.transactional_emails.send(
        **BASE, html="<p>x</p>", extra={"email[subject]": "raw", "email[priority]": "1"}
    )
    form = server.form()
    assert (form["email[subject]"], form["email[priority]"]) == ("raw", "1")


@pytest.mark.parametrize(
    ("change", "error", "message"),
    [
        ({"to_name": "Ali\r\nBcc: x@evil.test"}, ValueError, "to_name must be a single line"),
        ({"subject": "hi\nthere"}, ValueError, "subject must be a single line"),
        ({"from_name": "Shop\r"}, ValueError, "from_name must be a single line"),
        ({"reply_to_name": "a\nb"}, ValueError, "reply_to_name must be a single line"),
        ({"subject": "  "}, ValueError, "subject must not be empty"),
        ({"to_name": ""}, ValueError, "to_name must not be empty"),
        ({"to_email": "ali"}, ValueError, "to_email is not a valid email"),
        ({"from_email": "shop@"}, ValueError, "from_email is not a valid email"),
        ({"reply_to_email": "a b@example.com"}, ValueError, "reply_to_email is not a valid email"),
        ({"send_at": datetime(2025, 1, 15, 10, 0)}, ValueError, "naive datetime: give it a timezone"),
        ({"send_at": "2025-01-15 10:00:00"}, ValueError, "has no UTC offset"),
        ({"send_at": "tomorrow"}, ValueError, "not an ISO-8601"),
        ({"send_at": 1736935200}, TypeError, "send_at must be a datetime"),
        ({"html": None}, ValueError, "exactly one of html"),
        ({"template_uid": "tpl9"}, ValueError, "exactly one of html"),
        ({"html": "   "}, ValueError, "html must not be empty"),
        ({"html": 42}, TypeError, "html must be str, bytes or a path"),
        ({"template_uid": "", "html": None}, ValueError, "template_uid must not be empty"),
        ({"params": {"a[b]": "x"}}, ValueError, "invalid key"),
        ({"contact": ["first_name"]}, TypeError, "contact must be a mapping"),
        ({"extra": {"email[x]": 1}}, TypeError, "extra must map"),
    ],
)
async def test_bad_input_is_refused_before_sending(
    client: AsyncPakat, server: MockServer, change: dict[str, Any], error: type[Exception], message: str
) -> None:
    arguments = {**BASE, "html": "<p>x</p>", **change}
    with pytest.raises(error, match=re.escape(message)):
        await client.transactional_emails.send(**arguments)
    assert server.requests == []


async def test_a_lost_answer_is_outcome_unknown_and_not_repeated(
    client: AsyncPakat, server: MockServer
) -> None:
    server.on("POST", "/transactional-emails", httpx.ReadError("connection reset"), SENT)
    with pytest.raises(pakat.OutcomeUnknownError, match="outcome is unknown"):
        await client.transactional_emails.send(**BASE, html="<p>x</p>")
    assert len(server.requests) == 1


async def test_list_get_delete(client: AsyncPakat, server: MockServer) -> None:
    server.on("GET", "/transactional-emails", collection([EMAIL], page=2, total_pages=2, count="11"))
    server.on("GET", "/transactional-emails/em1", record(EMAIL))
    server.on("DELETE", "/transactional-emails/em1", OK)
    page = await client.transactional_emails.list(page=2, per_page=10)
    assert server.query() == {"page": "2", "per_page": "10"}
    assert (page.count, page.page, page.has_next) == (11, 2, False)
    assert page.items[0].to_name == "علی"
    email = await client.transactional_emails.get("em1")
    assert (email.email_uid, email.subject, email.status) == ("em1", "رسید", "sent")
    assert email.to_dict()["brand_new"] == [1]
    assert await client.transactional_emails.delete("em1") is None
    assert [(r.method, r.url.path) for r in server.requests] == [
        ("GET", "/api/transactional-emails"),
        ("GET", "/api/transactional-emails/em1"),
        ("DELETE", "/api/transactional-emails/em1"),
    ]
    assert server.last.content == b""
    with pytest.raises(NotFoundError):
        await client.transactional_emails.get("missing")


async def test_unknown_status_stays_a_string(client: AsyncPakat, server: MockServer) -> None:
    server.on("GET", "/transactional-emails/em1", record({**EMAIL, "status": "quarantined"}))
    assert (await client.transactional_emails.get("em1")).status == "quarantined"


async def test_bad_ids_and_paging_are_refused_before_sending(client: AsyncPakat, server: MockServer) -> None:
    with pytest.raises(ValueError, match="email_uid"):
        await client.transactional_emails.get(" ")
    with pytest.raises(ValueError, match="email_uid"):
        await client.transactional_emails.delete("")
    with pytest.raises(ValueError, match="per_page"):
        await client.transactional_emails.list(per_page=0)
    with pytest.raises(ValueError, match="per_page"):
        client.transactional_emails.iter(per_page=51)
    assert server.requests == []


def _page(request: httpx.Request) -> httpx.Response:
    page = int(request.url.params["page"])
    records = [{"email_uid": f"e{i}"} for i in range((page - 1) * 2, min(page * 2, 3))]
    return httpx.Response(200, json=collection(records, page=page, total_pages=2, count=3))


async def test_iter_follows_next_page(client: AsyncPakat, server: MockServer) -> None:
    server.on("GET", "/transactional-emails", _page)
    assert [e.email_uid async for e in client.transactional_emails.iter(per_page=12)] == ["e0", "e1", "e2"]
    assert [server.query(i) for i in range(2)] == [
        {"page": "1", "per_page": "12"},
        {"page": "2", "per_page": "12"},
    ]
