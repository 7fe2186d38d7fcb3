"""What the clients send, property-based: text arrives byte-exact, bytes intact, send_at in the
client's timezone (the encoders alone are tested in tests/reliability/test_properties.py).

Text is checked twice: on the wire (the request body captured through httpx.MockTransport and
parsed as a server would) and end to end (sent to the sandbox and read back through the facade).
"""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pakat import AsyncPakat, Attachment
from pakat.testing import Sandbox
from pakat.testing._input import clean
from tests._wire import parse_form
from tests.reliability._strategies import (
    PHP_BLANKS,
    any_text,
    aware,
    floor_second,
    local_instants,
    one_line,
    some_html,
)

PROFILE = settings.get_profile("reliability")

MOCK_URL = "http://127.0.0.1:9/api"


class Recorder:
    """Answers every request with `reply` and keeps the requests."""

    def __init__(self, reply: dict[str, Any]) -> None:
        self.reply = reply
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return httpx.Response(201 if request.method == "POST" else 200, json=self.reply)

    def form(self) -> dict[str, str]:
        assert len(self.requests) == 1
        return dict(parse_form(self.requests[0]))


def mock_client(reply: dict[str, Any], **options: Any) -> tuple[AsyncPakat, Recorder]:
    recorder = Recorder(reply)
    http = httpx.AsyncClient(transport=httpx.MockTransport(recorder))
    return AsyncPakat(api_key="sk-prop", base_url=MOCK_URL, http_client=http, **options), recorder


SUBSCRIBER = {"status": "success", "data": {"record": {"subscriber_uid": "s1", "email": "a@example.org"}}}
OK = {"status": "success"}


# (a) Text arrives byte-exact ------------------------------------------------------------------


@PROFILE
@given(fname=any_text, city=any_text)
async def test_subscriber_field_values_are_byte_exact_on_the_wire(fname: str, city: str) -> None:
    client, recorder = mock_client(SUBSCRIBER)
    async with client:
        await client.subscribers.create("l1", "a@example.org", fields={"FNAME": fname, "CITY": city})
    form = recorder.form()
    assert form["FNAME"] == fname and form["CITY"] == city
    assert form["EMAIL"] == "a@example.org"


@PROFILE
@given(value=any_text)
async def test_subscriber_update_values_are_byte_exact_urlencoded(value: str) -> None:
    client, recorder = mock_client(OK)
    async with client:
        await client.subscribers.update("l1", "s1", fields={"NOTES": value})
    assert recorder.requests[0].headers["content-type"] == "application/x-www-form-urlencoded"
    assert recorder.form() == {"NOTES": value}


@PROFILE
@given(name=one_line, description=one_line, new_description=any_text)
async def test_list_texts_are_byte_exact(name: str, description: str, new_description: str) -> None:
    client, recorder = mock_client({"status": "success", "list_uid": "l1"})
    async with client:
        await client.lists.create(
            name=name,
            description=description,
            from_name=name,
            from_email="a@example.com",
            reply_to="a@example.com",
        )
        await client.lists.update("l1", description=new_description)
    created = dict(parse_form(recorder.requests[0]))
    assert created["general[name]"] == name
    assert created["general[description]"] == description
    assert created["defaults[from_name]"] == name
    assert dict(parse_form(recorder.requests[1])) == {"general[description]": new_description}


@PROFILE
@given(name=one_line, subject=one_line, plain=any_text, html=some_html)
async def test_campaign_texts_are_byte_exact(name: str, subject: str, plain: str, html: str) -> None:
    client, recorder = mock_client({"status": "success", "campaign_uid": "c1"})
    async with client:
        await client.campaigns.create(
            name=name,
            list_uid="l1",
            subject=subject,
            from_name=name,
            from_email="a@example.com",
            reply_to="a@example.com",
            html=html,
            plain_text=plain,
        )
    form = recorder.form()
    assert form["campaign[name]"] == name
    assert form["campaign[subject]"] == subject
    assert base64.b64decode(form["campaign[template][plain_text]"], validate=True) == plain.encode()
    assert base64.b64decode(form["campaign[template][content]"], validate=True) == html.encode()


@PROFILE
@given(name=one_line, html=some_html)
async def test_template_texts_are_byte_exact(name: str, html: str) -> None:
    client, recorder = mock_client({"status": "success", "template_uid": "t1"})
    async with client:
        await client.templates.create(name, html=html)
    form = recorder.form()
    assert form["template[name]"] == name
    assert base64.b64decode(form["template[content]"], validate=True).decode() == html


@PROFILE
@given(
    subject=one_line,
    plain=any_text,
    html=some_html,
    params=st.dictionaries(st.from_regex(r"[a-z_]{1,8}", fullmatch=True), any_text, max_size=3),
)
async def test_transactional_texts_are_byte_exact(
    subject: str, plain: str, html: str, params: dict[str, str]
) -> None:
    # What the server counts as blank or too long is refused before sending (other tests).
    assume(subject.strip(PHP_BLANKS) and html.strip(PHP_BLANKS) and len(subject) <= 150)
    client, recorder = mock_client({"status": "success", "email_uid": "e1"})
    async with client:
        await client.transactional_emails.send(
            to_email="a@example.org",
            to_name=subject,
            from_name=subject,
            subject=subject,
            html=html,
            plain_text=plain,
            params=params,
            send_at=datetime(2030, 1, 1, tzinfo=UTC),
        )
    form = recorder.form()
    assert form["email[subject]"] == form["email[to_name]"] == form["email[from_name]"] == subject
    assert base64.b64decode(form["email[plain_text]"], validate=True).decode() == plain
    assert base64.b64decode(form["email[body]"], validate=True).decode() == html
    assert {key: form[f"email[params][{key}]"] for key in params} == params


@pytest.fixture
async def live(sb: Sandbox) -> AsyncIterator[tuple[Sandbox, AsyncPakat, str]]:
    async with AsyncPakat(api_key=sb.api_key, base_url=sb.url) as client:
        yield sb, client, sb.create_list()


@PROFILE
@given(fname=any_text, notes=any_text)
async def test_subscriber_text_survives_the_round_trip_through_the_sandbox(
    live: tuple[Sandbox, AsyncPakat, str], fname: str, notes: str
) -> None:
    # The server trims values and strips tags (docs/server-behaviour.md cross.body.cleaning), then
    # cuts them to 255 characters (subscribers.create.values): what comes back is the text as it
    # cleans and cuts it, every other byte exact. (Six pieces with combining marks pass 255.)
    _, client, list_uid = live
    created = await client.subscribers.create(
        list_uid, f"p{abs(hash((fname, notes)))}@example.org", fields={"FNAME": fname}
    )
    uid = str(created.subscriber_uid)
    assert (await client.subscribers.get(list_uid, uid))["FNAME"] == clean(fname)[:255]
    await client.subscribers.update(list_uid, uid, fields={"LNAME": notes})
    assert (await client.subscribers.get(list_uid, uid))["LNAME"] == clean(notes)[:255]
    await client.subscribers.delete(list_uid, uid)


@PROFILE
@given(
    name=one_line,
    html=some_html,
    plain=any_text,
    params=st.dictionaries(st.sampled_from(["a", "b_c"]), any_text),
)
async def test_template_and_email_text_survive_the_round_trip_through_the_sandbox(
    live: tuple[Sandbox, AsyncPakat, str], name: str, html: str, plain: str, params: dict[str, str]
) -> None:
    # Plain values are cleaned as the server cleans them (trimmed, tags stripped); base64 content
    # is not touched by that. A name that cleans to nothing would be refused as blank.
    assume(clean(name).strip(PHP_BLANKS) and html.strip(PHP_BLANKS) and len(name) <= 150)
    sb, client, _ = live
    template_uid = await client.templates.create(name, html=html)
    stored = await client.templates.get(template_uid)
    assert stored.name == clean(name)
    assert stored.content == html
    await client.templates.delete(template_uid)
    email_uid = await client.transactional_emails.send(
        to_email="a@example.org",
        to_name=name,
        from_name=name,
        from_email="shop@pakat.example",
        subject=name,
        html=html,
        plain_text=plain,
        params=params,
    )
    recorded = next(email for email in sb.outbox() if email["email_uid"] == email_uid)
    assert recorded["subject"] == recorded["to_name"] == clean(name)
    assert recorded["body"] == html
    # Sent as it is, plain text is cleaned; sent base64-encoded (as the server reads it), it is not.
    if plain not in ("", "0"):  # PHP's empty(): the server then makes the text from the body
        assert recorded["plain_text"] in (plain, clean(plain))
    assert recorded["params"] == {key: clean(value) for key, value in params.items()}


@PROFILE
@given(data=st.binary(min_size=1, max_size=2048), html=some_html)
async def test_attachment_and_html_bytes_arrive_intact_at_the_sandbox(
    live: tuple[Sandbox, AsyncPakat, str], data: bytes, html: str
) -> None:
    """Attachments are any bytes (but those the server reads as empty); the HTML is UTF-8 bytes
    (the sandbox, like Pakat, keeps bodies as text)."""
    assume(data != b"0" and html.strip(PHP_BLANKS))
    sb, client, _ = live
    email_uid = await client.transactional_emails.send(
        to_email="a@example.org",
        to_name="A",
        from_name="B",
        from_email="shop@pakat.example",
        subject="S",
        html=html.encode("utf-8"),
        attachments=[Attachment("blob.pdf", data, type="application/octet-stream")],
    )
    recorded = next(email for email in sb.outbox() if email["email_uid"] == email_uid)
    assert recorded["body"] == html
    assert recorded["attachments"] == [{"name": "blob.pdf", "type": "application/octet-stream", "data": data}]


@PROFILE
@given(moment=aware, zone=st.timezones())
async def test_campaign_send_at_on_the_wire_uses_the_client_timezone(
    moment: datetime, zone: ZoneInfo
) -> None:
    client, recorder = mock_client({"status": "success", "campaign_uid": "c1"}, customer_timezone=zone)
    async with client:
        await client.campaigns.create(
            name="N",
            list_uid="l1",
            subject="S",
            from_name="F",
            from_email="a@example.com",
            reply_to="a@example.com",
            html="<p>x</p>",
            send_at=moment,
        )
    assert floor_second(moment).astimezone(UTC) in local_instants(recorder.form()["campaign[send_at]"], zone)
