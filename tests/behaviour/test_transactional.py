"""Transactional emails, row by row (docs/server-behaviour.md, "Transactional emails").

The rows that a client's answer proves too are tested in tests/_async/behaviour/test_transactional.py
(written once for both clients); the tests here stay on the wire.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from pakat.testing import Sandbox
from tests.behaviour.conftest import answered, form, refused

HTML = '<html dir="rtl"><body><h1>سلام علی،</h1><p>سفارش ۱۰۰۱ شما ثبت شد.</p></body></html>'
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
COLUMNS = [
    "email_uid",
    "customer_id",
    "to_email",
    "to_name",
    "from_email",
    "from_name",
    "reply_to_email",
    "reply_to_name",
    "subject",
    "body",
    "plain_text",
    "priority",
    "retries",
    "max_retries",
    "send_at",
    "fallback_system_servers",
    "status",
    "date_added",
    "last_updated",
]
STAMP = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}")


def b64(data: str | bytes) -> str:
    return base64.b64encode(data.encode("utf-8") if isinstance(data, str) else data).decode("ascii")


def email(**fields: str) -> dict[str, str]:
    """The wire fields of a valid email, overridden by ``fields`` (short names: ``to_name=...``);
    a value of None leaves the field out."""
    base: dict[str, Any] = {
        "to_email": "ali.rezaei@example.com",
        "to_name": "علی رضایی",
        "from_name": "فروشگاه پاکات",
        "subject": "رسید سفارش ۱۰۰۱",
        "body": b64(HTML),
    }
    base.update(fields)
    return {f"email[{name}]": value for name, value in base.items() if value is not None}


def attachment(n: int, name: str, data: bytes, kind: str = "application/pdf") -> dict[str, str]:
    return {
        f"email[attachments][{n}][name]": name,
        f"email[attachments][{n}][type]": kind,
        f"email[attachments][{n}][data]": b64(data),
    }


def send(wire: httpx.Client, fields: dict[str, str]) -> httpx.Response:
    return wire.post("/transactional-emails", files=form(fields))


def sent_uid(wire: httpx.Client, fields: dict[str, str]) -> str:
    body = answered(send(wire, fields), 201)
    return str(body["email_uid"])


def view(wire: httpx.Client, uid: str) -> dict[str, Any]:
    record_: dict[str, Any] = answered(wire.get(f"/transactional-emails/{uid}"), 200)["data"]["record"]
    return record_


@pytest.fixture
def custom() -> Iterator[Any]:
    """A sandbox with settings of the test's choosing, and a raw client on it: custom(**knobs)."""
    opened: list[tuple[Sandbox, httpx.Client]] = []

    def make(**knobs: Any) -> tuple[Sandbox, httpx.Client]:
        sb = Sandbox(**knobs).start()
        client = httpx.Client(base_url=sb.url, headers={"X-API-KEY": sb.api_key}, timeout=10)
        opened.append((sb, client))
        return sb, client

    yield make
    for sb, client in opened:
        client.close()
        sb.close()


@pytest.mark.behaviour("transactional.send.send-at-format")
@pytest.mark.parametrize(
    "value",
    [
        "2025-01-15T10:00:00",
        "2025-01-15 10:00:00Z",
        "2025-01-15 10:00:00+03:30",
        "2025-1-5 10:00:00",
        "2025-01-15 1:02:03",
        "2025-01-15 24:00:00",
        "2025-01-15 10:60:00",
        "2025-01-15 10:00:60",
        "2025-01-32 10:00:00",
        "2025-01-00 10:00:00",
        "0000-01-15 10:00:00",
        "۲۰۲۵-۰۱-۱۵ ۱۰:۰۰:۰۰",
        "tomorrow",
        "2025-01-15",
    ],
)
def test_send_at_of_another_shape_is_refused(wire: httpx.Client, value: str) -> None:
    refused(send(wire, email(send_at=value)), 422, "The format of Send at is invalid.")


def pakat_tz() -> Any:
    from zoneinfo import ZoneInfo

    return ZoneInfo("Asia/Tehran")


@pytest.mark.behaviour("transactional.send.email-invalid")
@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("to_email", "ali", "To email is not a valid email address."),
        ("to_email", "ali@localhost", "To email is not a valid email address."),
        ("to_email", "ali rezaei@example.com", "To email is not a valid email address."),
        ("from_email", "shop@", "From email is not a valid email address."),
        ("reply_to_email", "a@b@example.com", "Reply to email is not a valid email address."),
    ],
)
def test_malformed_addresses(wire: httpx.Client, field: str, value: str, message: str) -> None:
    refused(send(wire, email(**{field: value})), 422, message)


@pytest.mark.behaviour("transactional.send.email-invalid")
def test_idn_domains_are_addresses(custom: Any) -> None:
    _, wire = custom(verified_domains=["پاکات.ایران"])
    uid = sent_uid(wire, email(to_email="ali@مثال.ایران", from_email="shop@پاکات.ایران"))
    assert view(wire, uid)["to_email"] == "ali@مثال.ایران"


@pytest.mark.behaviour("transactional.send.body-decoding")
def test_the_body_is_base64_decoded_leniently(wire: httpx.Client) -> None:
    encoded = b64(HTML)
    # Line breaks, stray characters and missing padding are skipped, not refused.
    messy = "\n".join(encoded[i : i + 20] for i in range(0, len(encoded), 20)).rstrip("=") + "!!"
    assert view(wire, sent_uid(wire, email(body=messy)))["body"] == HTML
    # Blanks once decoded count as missing.
    refused(send(wire, email(body=b64("  \n\t "))), 422, "Body cannot be blank.")
    refused(send(wire, email(body="====")), 422, "Body cannot be blank.")
    # Raw HTML is decoded too: the server stores what its letters decode to. That is almost never
    # UTF-8, and the sandbox refuses it (transactional.list.non-utf8-body); when it is, it is kept.
    response = send(wire, email(body="<p>Hello</p>"))
    assert response.status_code == 422 and "not UTF-8" in response.json()["error"]
    assert view(wire, sent_uid(wire, email(body="<>SGVsbG8gd29ybGQ=<>")))["body"] == "Hello world"


@pytest.mark.behaviour("transactional.send.from-domain")
def test_from_email_on_an_unverified_domain(custom: Any) -> None:
    _, wire = custom(verified_domains=["shop.example.com"])
    assert sent_uid(wire, email(from_email="orders@shop.example.com"))
    # The sandbox's assumption (Pakat documents the rule, not its words), in the server's string shape.
    refused(
        send(wire, email(from_email="orders@other.example")),
        422,
        "The domain other.example is not a verified sending domain of this account.",
    )
    # As stock MailWizz does, with the check switched off.
    _, lenient = custom(check_sender_domain=False)
    assert (
        view(lenient, sent_uid(lenient, email(from_email="orders@other.example")))["from_email"]
        == "orders@other.example"
    )


@pytest.mark.behaviour("transactional.send.attachments-disabled")
def test_attachments_are_dropped_when_the_feature_is_off(custom: Any) -> None:
    sb, wire = custom(attachments_enabled=False)
    broken = {"email[attachments][0][name]": "no-extension", "email[attachments][0][data]": "???"}
    uid = sent_uid(wire, {**email(), **attachment(0, "a.pdf", PDF), **broken})
    assert view(wire, uid)["attachments"] == []
    assert sb.outbox()[0]["attachments"] == []


@pytest.mark.behaviour("transactional.send.attachments-shape")
@pytest.mark.parametrize("missing", ["name", "type", "data"])
def test_an_attachment_without_name_type_or_data(wire: httpx.Client, missing: str) -> None:
    item = attachment(1, "b.pdf", PDF)
    for emptiness in (None, "", "0"):
        fields = {**email(), **attachment(0, "a.pdf", PDF), **item}
        if emptiness is None:
            del fields[f"email[attachments][1][{missing}]"]
        else:
            fields[f"email[attachments][1][{missing}]"] = emptiness
        refused(send(wire, fields), 422, "Please send the data in the correct format ([name, type, data]).")
    # All or nothing: the email was not kept either.
    assert answered(wire.get("/transactional-emails"), 200)["data"]["records"] == []


# --- hostile input ----------------------------------------------------------------------------------


@pytest.mark.behaviour("transactional.send.required", "transactional.send.body-decoding")
@pytest.mark.parametrize(
    "fields",
    [
        {"email": "not-an-array"},
        {"email[to_email][0]": "a@example.com", "email[body]": b64("x")},
        {**email(), "email[attachments]": "x"},
        {**email(), "email[attachments][0]": "x"},
        {**email(), "email[attachments][9999999999999999999][name]": "a.pdf"},
        {**email(), "email[send_at]": "9" * 10_000},
        {**email(), "email[body]": "\x00\u200f؟" * 3},
        {**email(), "email[to_email]": "a@" + "ب" * 300 + ".com"},
        {**email(), "email[template_uid]": "x" * 5_000},
        {**email(), "email[priority]": "-1", "email[status]": "sent", "email[customer_id]": "999"},
    ],
)
def test_odd_input_gets_a_server_answer_never_a_500(wire: httpx.Client, fields: dict[str, str]) -> None:
    response = wire.post(
        "/transactional-emails",
        files={k: (None, v.encode("utf-8", "surrogateescape")) for k, v in fields.items()},
    )
    assert response.status_code in (201, 422), response.text
    if response.status_code == 201:
        got = view(wire, response.json()["email_uid"])
        assert (got["status"], got["priority"], got["customer_id"]) == ("unsent", "5", "1")
