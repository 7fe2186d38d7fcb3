"""Transactional emails, row by row (docs/server-behaviour.md, "Transactional emails").

The tests that drive a client, written once: here for AsyncPakat, generated into tests/_sync
for Pakat. The rows proven on the wire alone are in tests/behaviour/test_transactional.py.
"""

from __future__ import annotations

import base64
import re
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

import pakat
from pakat import AsyncPakat, Attachment
from pakat.testing import Sandbox
from tests.behaviour.conftest import answered, refused
from tests.behaviour.test_transactional import (
    COLUMNS,
    HTML,
    PDF,
    STAMP,
    attachment,
    b64,
    custom,
    email,
    pakat_tz,
    send,
    sent_uid,
    view,
)
from tests.facade.conftest import MockServer, collection, record

__all__ = ["custom"]  # fixtures of the wire tests, used here too


# --- list -----------------------------------------------------------------------------------------


@pytest.mark.behaviour("transactional.list.ok", "transactional.list.order")
async def test_list_is_a_page_of_records_newest_first(wire: httpx.Client, api: AsyncPakat) -> None:
    uids = [sent_uid(wire, email(subject=f"رسید {n}")) for n in range(12)]
    first = answered(wire.get("/transactional-emails"), 200)["data"]
    assert (first["count"], first["total_pages"], first["current_page"]) == ("12", 2, 1)
    assert (first["next_page"], first["prev_page"]) == (2, None)
    assert [r["email_uid"] for r in first["records"]] == uids[::-1][:10]
    assert list(first["records"][0]) == COLUMNS  # every column but email_id, no attachments
    second = answered(wire.get("/transactional-emails", params={"page": 2}), 200)["data"]
    assert [r["email_uid"] for r in second["records"]] == uids[1::-1]
    page = await api.transactional_emails.list(page=1, per_page=10)
    assert (page.count, page.total_pages, page.has_next) == (12, 2, True)
    assert [e.email_uid for e in page.items] == uids[::-1][:10]
    assert [e.email_uid async for e in api.transactional_emails.iter(per_page=10)] == uids[::-1]


@pytest.mark.behaviour("transactional.list.empty")
async def test_an_account_without_emails_is_the_null_paged_collection(
    wire: httpx.Client, api: AsyncPakat
) -> None:
    for page in (1, 3):
        body = answered(wire.get("/transactional-emails", params={"page": page}), 200)
        assert body["data"] == {
            "count": None,
            "total_pages": None,
            "current_page": None,
            "next_page": None,
            "prev_page": None,
            "records": [],
        }
    empty = await api.transactional_emails.list()
    assert (empty.count, list(empty.items), empty.has_next) == (0, [], False)
    assert [x async for x in api.transactional_emails.iter()] == []


@pytest.mark.behaviour("transactional.list.record-fields", "transactional.list.nullable-fields")
async def test_record_fields_hold_what_the_server_stores(wire: httpx.Client, api: AsyncPakat) -> None:
    uid = sent_uid(wire, email())
    listed = answered(wire.get("/transactional-emails"), 200)["data"]["records"][0]
    got = view(wire, uid)
    assert {k: v for k, v in got.items() if k != "attachments"} == listed
    assert got["body"] == HTML  # the HTML itself, not base64
    assert got["plain_text"] == "سلام علی،\nسفارش ۱۰۰۱ شما ثبت شد."  # made from the body
    assert (got["customer_id"], got["priority"], got["retries"], got["max_retries"]) == ("1", "5", "0", "3")
    assert got["fallback_system_servers"] == "no"
    assert "customer_uid" not in got
    assert all(STAMP.fullmatch(got[key]) for key in ("send_at", "date_added", "last_updated"))
    # Not sent: the reply-to pair is null, from_email an empty string.
    assert (got["reply_to_email"], got["reply_to_name"], got["from_email"]) == (None, None, "")
    facade = await api.transactional_emails.get(uid)
    assert (facade.body, facade.reply_to_email, facade.from_email, facade.customer_id) == (
        HTML,
        None,
        "",
        "1",
    )


@pytest.mark.behaviour("transactional.list.non-utf8-body")
async def test_a_body_that_is_not_utf8(
    wire: httpx.Client, api: AsyncPakat, client: AsyncPakat, server: MockServer
) -> None:
    windows_1256 = "<p>سلام</p>".encode("cp1256")
    # The sandbox refuses it at once (a deliberate strictness): the server would take it and then
    # answer every list page and view that holds it with an empty body.
    response = send(wire, email(body=b64(windows_1256)))
    assert response.status_code == 422
    assert "not UTF-8" in response.json()["error"]
    assert answered(wire.get("/transactional-emails"), 200)["data"]["records"] == []
    # The facade never sends such bytes.
    with pytest.raises(ValueError, match="html must be UTF-8"):
        await api.transactional_emails.send(
            to_email="ali@example.com", to_name="علی", from_name="پاکات", subject="س", html=windows_1256
        )
    with pytest.raises(ValueError, match="plain_text must be UTF-8"):
        await api.transactional_emails.send(
            to_email="ali@example.com", to_name="علی", from_name="پاکات", subject="س", html="<p>x</p>",
            plain_text=windows_1256,
        )  # fmt: skip
    # What the server then answers (200 with an empty body) is a clear error, not a crash.
    empty = httpx.Response(200, content=b"", headers={"content-type": "application/json; charset=UTF-8"})
    server.on("GET", "/transactional-emails", empty)
    server.on("GET", "/transactional-emails/em1", empty)
    with pytest.raises(pakat.APIResponseValidationError, match="empty body"):
        await client.transactional_emails.list()
    with pytest.raises(pakat.APIResponseValidationError, match="empty body"):
        await client.transactional_emails.get("em1")


# --- send -----------------------------------------------------------------------------------------


@pytest.mark.behaviour("transactional.send.ok")
async def test_a_valid_email_is_queued_with_201(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    body = answered(send(wire, email()), 201)
    assert list(body) == ["status", "email_uid"] and body["status"] == "success"
    assert re.fullmatch(r"[a-z0-9]{13}", body["email_uid"])
    got = view(wire, body["email_uid"])
    assert (got["status"], got["priority"], got["retries"], got["max_retries"]) == ("unsent", "5", "0", "3")
    uid = await api.transactional_emails.send(
        to_email="sara@example.org", to_name="سارا", from_name="پاکات", subject="کد", html="<p>۴۸۲۱</p>"
    )
    assert (await api.transactional_emails.get(uid)).status == "unsent"
    assert sandbox.processed["sendTransactionalEmail"] == 2


@pytest.mark.behaviour("transactional.send.required")
async def test_missing_fields_are_one_br_joined_string(wire: httpx.Client, api: AsyncPakat) -> None:
    everything = (
        "To email cannot be blank.<br />To name cannot be blank.<br />From name cannot be blank.<br />"
        "Subject cannot be blank.<br />Body cannot be blank."
    )
    refused(send(wire, {"email[send_at]": "2025-01-15 06:30:00"}), 422, everything)
    # Blank after trimming counts as missing; from_email is not required.
    refused(
        send(wire, email(to_name="   ", subject="\t")),
        422,
        "To name cannot be blank.<br />Subject cannot be blank.",
    )
    # Rule order, first message per field: blanks, then lengths, then addresses.
    refused(
        send(wire, email(from_name=None, to_email="not-an-address", reply_to_name="ن" * 151)),
        422,
        "From name cannot be blank.<br />Reply to name is too long (maximum is 150 characters)."
        "<br />To email is not a valid email address.",
    )
    assert answered(wire.get("/transactional-emails"), 200)["data"]["records"] == []
    # The facade reads the string as one line of messages, with the server's string kept as sent.
    with pytest.raises(pakat.ValidationError) as raised:
        await api.transactional_emails.send(
            to_email="ali@example.com", to_name="علی", from_name="پاکات", subject="س", html="<p>x</p>",
            extra={"email[to_email]": "", "email[subject]": ""},
        )  # fmt: skip
    assert raised.value.status_code == 422
    assert raised.value.message == "To email cannot be blank. Subject cannot be blank."
    assert raised.value.errors == "To email cannot be blank.<br />Subject cannot be blank."
    # What the server would read as blank (PHP's trim() removes NUL too) is refused before sending.
    for change, message in (
        ({"to_name": "\x00 "}, "to_name must not be empty"),
        ({"html": "\x00\n"}, "html must not be empty"),
    ):
        with pytest.raises(ValueError, match=message):
            await api.transactional_emails.send(
                **{
                    "to_email": "a@example.com",
                    "to_name": "a",
                    "from_name": "b",
                    "subject": "c",
                    "html": "x",
                    **change,
                }
            )


@pytest.mark.behaviour("transactional.send.send-at-optional")
async def test_send_at_defaults_to_now_in_utc(
    wire: httpx.Client, server: MockServer, client: AsyncPakat
) -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    for fields in (email(), email(send_at="")):
        got = view(wire, sent_uid(wire, fields))
        at = datetime.strptime(got["send_at"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
        assert before <= at <= datetime.now(UTC)
    # The facade always states it (None is now), so the stored time is the caller's.
    server.on("POST", "/transactional-emails", {"status": "success", "email_uid": "em1"})
    await client.transactional_emails.send(
        to_email="a@example.com", to_name="a", from_name="b", subject="c", html="x"
    )
    assert STAMP.fullmatch(server.form()["email[send_at]"])


@pytest.mark.behaviour("transactional.send.send-at-format")
async def test_send_at_month_is_never_checked(wire: httpx.Client, api: AsyncPakat) -> None:
    # Read as UTC; the past is accepted; a date that does not exist passes and is stored as the
    # zero date, shown as "".
    assert (
        view(wire, sent_uid(wire, email(send_at="2020-02-29 23:59:59")))["send_at"] == "2020-02-29 23:59:59"
    )
    for impossible in ("2025-13-01 10:00:00", "2025-02-30 10:00:00", "2025-99-31 10:00:00"):
        assert view(wire, sent_uid(wire, email(send_at=impossible)))["send_at"] == ""
    # The facade sends UTC in the server's shape from any aware time, and refuses naive ones.
    tehran = datetime(2025, 1, 15, 13, 30, tzinfo=pakat_tz())
    uid = await api.transactional_emails.send(
        to_email="a@example.com", to_name="a", from_name="b", subject="c", html="x", send_at=tehran
    )
    assert (await api.transactional_emails.get(uid)).send_at == "2025-01-15 10:00:00"
    with pytest.raises(ValueError, match="naive datetime"):
        await api.transactional_emails.send(
            to_email="a@example.com", to_name="a", from_name="b", subject="c", html="x",
            send_at=datetime(2025, 1, 15, 10, 0),
        )  # fmt: skip


@pytest.mark.behaviour("transactional.send.too-long")
async def test_names_and_addresses_over_150_and_subjects_over_255(
    wire: httpx.Client, api: AsyncPakat
) -> None:
    refused(send(wire, email(to_name="ع" * 151)), 422, "To name is too long (maximum is 150 characters).")
    refused(send(wire, email(subject="س" * 256)), 422, "Subject is too long (maximum is 255 characters).")
    long_address = "a" * 140 + "@example.com"
    refused(
        send(wire, email(to_email=long_address)), 422, "To email is too long (maximum is 150 characters)."
    )
    assert sent_uid(wire, email(to_name="ع" * 150, subject="س" * 255))  # characters, not bytes
    with pytest.raises(ValueError, match="to_name is 151 characters long; the server takes at most 150"):
        await api.transactional_emails.send(
            to_email="a@example.com", to_name="ع" * 151, from_name="b", subject="c", html="x"
        )
    with pytest.raises(ValueError, match="subject is 256 characters long; the server takes at most 255"):
        await api.transactional_emails.send(
            to_email="a@example.com", to_name="a", from_name="b", subject="س" * 256, html="x"
        )


@pytest.mark.behaviour("transactional.send.blacklisted")
async def test_a_blacklisted_recipient_is_refused(custom: Any) -> None:
    sb, wire = custom(blacklist=["Blocked@Example.com"])
    refused(send(wire, email(to_email="blocked@example.com")), 422, "This email address is blacklisted!")
    # Checked only once the fields are valid.
    refused(send(wire, email(to_email="blocked@example.com", subject="")), 422, "Subject cannot be blank.")
    async with AsyncPakat(api_key=sb.api_key, base_url=sb.url, max_retries=0) as api:
        with pytest.raises(pakat.ValidationError) as raised:
            await api.transactional_emails.send(
                to_email="blocked@example.com", to_name="a", from_name="b", subject="c", html="x"
            )
    assert raised.value.message == "This email address is blacklisted!"


@pytest.mark.behaviour("transactional.send.plain-text-ignored")
async def test_plain_text_is_base64_decoded_else_made_from_the_body(
    wire: httpx.Client, client: AsyncPakat, server: MockServer
) -> None:
    # Stock MailWizz ignores it; the sandbox decodes it as a server honouring it would (see the row).
    assert view(wire, sent_uid(wire, email(plain_text=b64("سلام علی"))))["plain_text"] == "سلام علی"
    assert view(wire, sent_uid(wire, email()))["plain_text"].startswith("سلام علی،")
    # The facade encodes it like the body, so a server that reads it gets text, not garbage.
    server.on("POST", "/transactional-emails", {"status": "success", "email_uid": "em1"})
    await client.transactional_emails.send(
        to_email="a@example.com",
        to_name="a",
        from_name="b",
        subject="c",
        html="<p>x</p>",
        plain_text="متن ساده",
    )
    assert base64.b64decode(server.form()["email[plain_text]"]).decode("utf-8") == "متن ساده"


@pytest.mark.behaviour("transactional.send.template-uid", "transactional.send.params-contact")
async def test_a_template_replaces_the_body(sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat) -> None:
    template_uid = await api.templates.create(
        "کد تأیید",
        html="<p>سلام {{ contact.first_name }}، کد شما {{params.code}} است. {{ params.unknown }}</p>",
    )
    fields = {
        **email(body=None, template_uid=template_uid),
        "email[params][code]": "۴۸۲۱۹۳",
        "email[contact][first_name]": "سارا",
    }
    got = view(wire, sent_uid(wire, fields))
    # Pakat fills the placeholders it has values for; an unknown one stays as written (assumed).
    assert got["body"] == "<p>سلام سارا، کد شما ۴۸۲۱۹۳ است. {{ params.unknown }}</p>"
    assert "template_uid" not in got and "params" not in got
    # With a body as well, the template still wins.
    assert view(wire, sent_uid(wire, email(template_uid=template_uid)))["body"].startswith("<p>سلام ")
    # An unknown template is refused (the sandbox's words: AsyncPakat's are not known).
    refused(send(wire, email(body=None, template_uid="nosuchtemplate")), 422, "The template does not exist.")
    outbox = sandbox.outbox()
    assert outbox[0]["template_uid"] == template_uid
    assert outbox[0]["params"] == {"code": "۴۸۲۱۹۳"} and outbox[0]["contact"] == {"first_name": "سارا"}
    # The facade sends the template alone: no placeholder body a server without templates would deliver.
    uid = await api.transactional_emails.send(
        to_email="sara@example.org", to_name="سارا", from_name="پاکات", subject="کد", template_uid=template_uid,
        params={"code": 1234}, contact={"first_name": "سارا"},
    )  # fmt: skip
    assert "1234" in (await api.transactional_emails.get(uid)).body


@pytest.mark.behaviour("transactional.send.template-uid")
async def test_a_template_send_carries_no_body(client: AsyncPakat, server: MockServer) -> None:
    server.on("POST", "/transactional-emails", {"status": "success", "email_uid": "em1"})
    await client.transactional_emails.send(
        to_email="a@example.com",
        to_name="a",
        from_name="b",
        subject="c",
        template_uid="tpl9",
        params={"x": "1"},
    )
    sent = server.form()
    assert "email[body]" not in sent
    assert (sent["email[template_uid]"], sent["email[params][x]"]) == ("tpl9", "1")
    # On a server without template support (stock MailWizz) that is refused, never delivered blank.
    server.on(
        "POST",
        "/transactional-emails",
        httpx.Response(422, json={"status": "error", "error": "Body cannot be blank."}),
    )
    with pytest.raises(pakat.ValidationError, match="Body cannot be blank"):
        await client.transactional_emails.send(
            to_email="a@example.com", to_name="a", from_name="b", subject="c", template_uid="tpl9"
        )


@pytest.mark.behaviour("transactional.send.attachments-ok")
async def test_attachments_are_kept_and_shown_in_the_view(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    uid = sent_uid(
        wire,
        {**email(), **attachment(0, "receipt-1001.pdf", PDF), **attachment(1, "logo.png", png, "image/png")},
    )
    assert view(wire, uid)["attachments"] == [
        {"type": "application/pdf", "name": "receipt-1001.pdf", "content": b64(PDF)},
        {"type": "image/png", "name": "logo.png", "content": b64(png)},
    ]
    assert [a["data"] for a in sandbox.outbox()[0]["attachments"]] == [PDF, png]
    # The declared type is not checked against the content.
    other = sent_uid(wire, {**email(), **attachment(0, "x.pdf", png, "text/x-anything")})
    assert view(wire, other)["attachments"][0]["type"] == "text/x-anything"
    # Through the facade, from bytes and from a path.
    uid = await api.transactional_emails.send(
        to_email="a@example.com", to_name="a", from_name="b", subject="c", html="x",
        attachments=[Attachment("فاکتور.pdf", PDF)],
    )  # fmt: skip
    got = (await api.transactional_emails.get(uid)).to_dict()["attachments"]
    assert got == [{"type": "application/pdf", "name": "فاکتور.pdf", "content": b64(PDF)}]
    # Without attachments, a view still has the key.
    assert view(wire, sent_uid(wire, email()))["attachments"] == []


@pytest.mark.behaviour("transactional.send.attachments-no-extension")
async def test_an_attachment_name_without_extension(wire: httpx.Client, api: AsyncPakat) -> None:
    for name in ("receipt", "receipt.", "archive.d/receipt"):
        refused(
            send(wire, {**email(), **attachment(0, name, PDF)}),
            422,
            "Your attachment file is missing the extension.",
        )
    with pytest.raises(ValueError, match="has no extension"):
        await api.transactional_emails.send(
            to_email="a@example.com",
            to_name="a",
            from_name="b",
            subject="c",
            html="x",
            attachments=[Attachment("receipt", PDF)],
        )


@pytest.mark.behaviour("transactional.send.attachments-empty")
async def test_an_attachment_that_decodes_to_nothing(wire: httpx.Client, api: AsyncPakat) -> None:
    for data in ("====", "!!!!", b64(b"0")):
        fields = {**email(), **attachment(0, "a.pdf", PDF), "email[attachments][0][data]": data}
        refused(send(wire, fields), 422, "Your attachment file is empty.")
    for content in (b"", b"0"):
        with pytest.raises(ValueError, match="is empty"):
            await api.transactional_emails.send(
                to_email="a@example.com", to_name="a", from_name="b", subject="c", html="x",
                attachments=[Attachment("a.pdf", content)],
            )  # fmt: skip


@pytest.mark.behaviour("transactional.send.attachments-limits")
async def test_too_many_too_large_or_not_allowed(custom: Any, wire: httpx.Client) -> None:
    prefix = "Some files failed to be attached, here is why: <br />"
    four = {k: v for n in range(4) for k, v in attachment(n, f"{n}.pdf", PDF).items()}
    refused(send(wire, {**email(), **four}), 422, prefix + "File cannot accept more than 3 files.")
    refused(
        send(wire, {**email(), **attachment(0, "setup.exe", b"MZ")}),
        422,
        prefix + "The file &quot;setup.exe&quot; cannot be uploaded. Only files with these extensions are "
        "allowed: png, jpg, jpeg, gif, pdf, doc, docx, xls, xlsx, ppt, pptx.",
    )
    refused(
        send(wire, {**email(), **attachment(0, "big.pdf", b"%" * 1_048_577)}),
        422,
        prefix + "The file &quot;big.pdf&quot; is too large. Its size cannot exceed 1048576 bytes.",
    )
    # The first failure is the first file's; upper-case extensions are allowed.
    first = {
        **attachment(0, 'a"<b>.exe', b"MZ"),
        **attachment(1, "b.txt", b"x"),
        **attachment(2, "C.PDF", PDF),
    }
    error = send(wire, {**email(), **first}).json()["error"]
    # The name arrives cleaned as every value does (the tag is stripped); the message is HTML-encoded.
    assert error.startswith(prefix + "The file &quot;a&quot;.exe&quot; cannot be uploaded.")
    assert answered(wire.get("/transactional-emails"), 200)["data"]["records"] == []
    # The limits are the server's settings (MailWizz's defaults here, five files and 1 MiB).
    sb, five = custom(max_attachments=5, attachment_extensions=["pdf", "txt"])
    assert sent_uid(
        five, {**email(), **{k: v for n in range(5) for k, v in attachment(n, f"{n}.txt", b"x").items()}}
    )
    async with AsyncPakat(api_key=sb.api_key, base_url=sb.url, max_retries=0) as api:
        with pytest.raises(pakat.ValidationError) as raised:
            await api.transactional_emails.send(
                to_email="a@example.com", to_name="a", from_name="b", subject="c", html="x",
                attachments=[Attachment("setup.exe", b"MZ")],
            )  # fmt: skip
    assert raised.value.message == (
        'Some files failed to be attached, here is why: The file "setup.exe" cannot be uploaded. '
        "Only files with these extensions are allowed: pdf, txt."
    )


@pytest.mark.behaviour("transactional.send.attachments-storage-quirks")
async def test_long_types_and_names_are_cut_and_same_names_share_content(
    wire: httpx.Client, api: AsyncPakat
) -> None:
    docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    name = "گزارش-" + "x" * 120 + ".pdf"
    uid = sent_uid(
        wire,
        {
            **email(),
            **attachment(0, "a.docx", b"PK\x03\x04", docx),
            **attachment(1, name, PDF),
            **attachment(2, "same.pdf", b"%PDF first"),
        },
    )
    uid2 = sent_uid(
        wire, {**email(), **attachment(0, "same.pdf", b"%PDF one"), **attachment(1, "same.pdf", b"%PDF two")}
    )
    stored = view(wire, uid)["attachments"]
    assert stored[0]["type"] == "application/vnd.openxmlformats-officedocument.word"
    assert stored[1]["name"] == name[:100]
    assert [a["content"] for a in view(wire, uid2)["attachments"]] == [b64(b"%PDF two")] * 2
    # The facade refuses two attachments of one name rather than lose the first's content.
    with pytest.raises(ValueError, match=re.escape("two attachments are named 'same.pdf'")):
        await api.transactional_emails.send(
            to_email="a@example.com", to_name="a", from_name="b", subject="c", html="x",
            attachments=[Attachment("same.pdf", b"%PDF one"), Attachment("same.pdf", b"%PDF two")],
        )  # fmt: skip


@pytest.mark.behaviour("transactional.send.not-post", "transactional.delete.not-delete")
async def test_a_verb_routed_by_override_is_refused(client: AsyncPakat, server: MockServer) -> None:
    # The facade never sends X-HTTP-Method-Override; should a proxy route a call wrongly, the
    # server's 400 comes out as a BadRequestError with its words.
    for method, path, verb in (
        ("POST", "/transactional-emails", "POST"),
        ("DELETE", "/transactional-emails/em1", "DELETE"),
    ):
        server.on(
            method,
            path,
            httpx.Response(
                400, json={"status": "error", "error": f"Only {verb} requests allowed for this endpoint."}
            ),
        )
    with pytest.raises(pakat.BadRequestError, match="Only POST requests allowed"):
        await client.transactional_emails.send(
            to_email="a@example.com", to_name="a", from_name="b", subject="c", html="x"
        )
    with pytest.raises(pakat.BadRequestError, match="Only DELETE requests allowed"):
        await client.transactional_emails.delete("em1")
    assert all("x-http-method-override" not in r.headers for r in server.requests)


# --- view, status, delete -------------------------------------------------------------------------


@pytest.mark.behaviour("transactional.get.ok")
async def test_a_view_is_the_record_with_attachments(wire: httpx.Client, api: AsyncPakat) -> None:
    uid = sent_uid(
        wire,
        email(
            from_email="orders@example.com",
            reply_to_email="help@example.com",
            reply_to_name="پشتیبانی",
            send_at="2025-01-15 06:30:00",
        )
        | attachment(0, "r.pdf", PDF),
    )
    body = answered(wire.get(f"/transactional-emails/{uid}"), 200)
    got = body["data"]["record"]
    assert list(got) == [*COLUMNS, "attachments"]
    assert (got["email_uid"], got["from_email"], got["reply_to_email"], got["send_at"]) == (
        uid,
        "orders@example.com",
        "help@example.com",
        "2025-01-15 06:30:00",
    )
    email_ = await api.transactional_emails.get(uid)
    assert (email_.reply_to_name, email_.body, email_.to_name) == ("پشتیبانی", HTML, "علی رضایی")


@pytest.mark.behaviour("transactional.get.not-found", "transactional.delete.not-found")
async def test_unknown_uids(wire: httpx.Client, api: AsyncPakat) -> None:
    refused(wire.get("/transactional-emails/nosuchemail1"), 404, "The email does not exist.")
    uid = sent_uid(wire, email())
    assert answered(wire.delete(f"/transactional-emails/{uid}"), 200) == {"status": "success"}
    refused(wire.delete(f"/transactional-emails/{uid}"), 404, "The email does not exist.")
    refused(wire.get(f"/transactional-emails/{uid}"), 404, "The email does not exist.")
    with pytest.raises(pakat.NotFoundError, match=re.escape("The email does not exist.")):
        await api.transactional_emails.get(uid)
    with pytest.raises(pakat.NotFoundError, match=re.escape("The email does not exist.")):
        await api.transactional_emails.delete(uid)


@pytest.mark.behaviour("transactional.get.status-values", "transactional.get.vanishes")
async def test_unsent_until_delivered_and_dropped_when_blacklisted(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    due = sent_uid(wire, email(send_at="2020-01-01 00:00:00"))
    later = sent_uid(
        wire, email(send_at=(datetime.now(UTC) + timedelta(days=1)).strftime("%Y-%m-%d %H:%M:%S"))
    )
    doomed = sent_uid(wire, email(to_email="soon.blocked@example.com", send_at="2020-01-01 00:00:00"))
    impossible = sent_uid(wire, email(send_at="2020-13-01 00:00:00"))
    # A past send_at is not "sent" by itself: the send job delivers.
    assert {view(wire, uid)["status"] for uid in (due, later, doomed, impossible)} == {"unsent"}
    sandbox.add_to_blacklist("soon.blocked@example.com")
    assert sandbox.deliver_transactional_emails() == 2
    assert (view(wire, due)["status"], view(wire, impossible)["status"], view(wire, later)["status"]) == (
        "sent",
        "sent",
        "unsent",
    )
    refused(wire.get(f"/transactional-emails/{doomed}"), 404, "The email does not exist.")
    assert (await api.transactional_emails.get(due)).status == "sent"


@pytest.mark.behaviour("transactional.get.status-values")
async def test_unknown_statuses_are_kept_as_strings(client: AsyncPakat, server: MockServer) -> None:
    server.on("GET", "/transactional-emails/em1", record({"email_uid": "em1", "status": "failed"}))
    server.on("GET", "/transactional-emails", collection([{"email_uid": "em2", "status": "quarantined"}]))
    assert (await client.transactional_emails.get("em1")).status == "failed"
    assert (await client.transactional_emails.list()).items[0].status == "quarantined"


@pytest.mark.behaviour("transactional.delete.ok")
async def test_delete_removes_the_email_and_its_files(sandbox: Sandbox, api: AsyncPakat) -> None:
    uid = await api.transactional_emails.send(
        to_email="a@example.com", to_name="a", from_name="b", subject="c", html="x",
        attachments=[Attachment("a.pdf", PDF)],
    )  # fmt: skip
    keep = await api.transactional_emails.send(
        to_email="b@example.com", to_name="b", from_name="b", subject="c", html="y"
    )
    assert await api.transactional_emails.delete(uid) is None
    assert [e["email_uid"] for e in sandbox.outbox()] == [keep]
    assert [e.email_uid async for e in api.transactional_emails.iter()] == [keep]
