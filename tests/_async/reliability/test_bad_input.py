"""Bad input is refused with a clear ValueError or TypeError before a single byte is sent.

Each case is one call with one bad argument and otherwise good ones; the mock server must have
seen no request at all afterwards. The message must name what is wrong (the `match` column).
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from pakat import AsyncPakat, Attachment
from pakat.testing import Sandbox
from pakat.types import FieldOption
from tests.facade.conftest import MockServer

NAIVE = datetime(2030, 1, 15, 10, 0)
AWARE = datetime(2030, 1, 15, 10, 0, tzinfo=UTC)
ZIP_LIKE_TEXT = b"PK but not really a zip archive"
# What may not be in a value that ends in a mail header: control characters (Unicode category
# Cc, which holds NEL, U+0085), and the line and paragraph separators (Zl, Zp). Mailers and mail
# clients read several of them as line ends; the rest are invisible or garble the header.
BREAKS = {
    "CR": "\r",
    "LF": "\n",
    "CRLF": "\r\n",
    "NEL": "\x85",
    "LS": "\u2028",
    "PS": "\u2029",
    "VT": "\x0b",
    "FF": "\x0c",
    "NUL": "\x00",
    "TAB": "\t",
    "ESC": "\x1b",
    "DEL": "\x7f",
    "CSI": "\x9b",
}


async def send(c: Any, **changes: Any) -> Any:
    kwargs: dict[str, Any] = {
        "to_email": "ali@example.org",
        "to_name": "علی",
        "from_name": "Shop",
        "from_email": "shop@example.com",
        "subject": "Receipt",
        "html": "<p>Hi</p>",
        **changes,
    }
    return await c.transactional_emails.send(**kwargs)


async def new_campaign(c: Any, **changes: Any) -> Any:
    kwargs: dict[str, Any] = {
        "name": "Weekly",
        "list_uid": "ab123",
        "subject": "News",
        "from_name": "Pakat",
        "from_email": "news@example.com",
        "reply_to": "news@example.com",
        "html": "<p>News</p>",
        **changes,
    }
    return await c.campaigns.create(**kwargs)


async def new_list(c: Any, **changes: Any) -> Any:
    kwargs: dict[str, Any] = {
        "name": "News",
        "description": "Weekly news",
        "from_name": "Pakat",
        "from_email": "news@example.com",
        "reply_to": "news@example.com",
        **changes,
    }
    return await c.lists.create(**kwargs)


async def new_customer(c: Any, **changes: Any) -> Any:
    kwargs: dict[str, Any] = {
        "first_name": "Ali",
        "last_name": "Rezaei",
        "email": "ali@example.org",
        "password": "correct horse battery",
        "timezone": "Asia/Tehran",
        "birth_date": "1990-01-02",
        "company_name": "ACME",
        "country": "Iran",
        "city": "Tehran",
        "zip_code": "12345",
        "address_1": "Street 1",
        **changes,
    }
    return await c.customers.create(**kwargs)


Case = tuple[str, Callable[[Any], Any], type[Exception], str]

CASES: list[Case] = [
    # Invalid email syntax.
    ("email-subscriber", lambda c: c.subscribers.create("ab123", "not-an-address"), ValueError, "email"),
    ("email-no-dot", lambda c: c.subscribers.create("ab123", "ali@localhost"), ValueError, "email"),
    ("email-space", lambda c: c.subscribers.create("ab123", "ali rezaei@example.com"), ValueError, "email"),
    ("email-two-ats", lambda c: c.subscribers.create("ab123", "a@b@example.com"), ValueError, "email"),
    ("email-to", lambda c: send(c, to_email="ali@"), ValueError, "to_email"),
    ("email-from", lambda c: send(c, from_email="shop.example.com"), ValueError, "from_email"),
    ("email-reply-to", lambda c: send(c, reply_to_email="x"), ValueError, "reply_to_email"),
    ("email-list-from", lambda c: new_list(c, from_email="news"), ValueError, "from_email"),
    ("email-campaign-reply", lambda c: new_campaign(c, reply_to="@example.com"), ValueError, "reply_to"),
    ("email-find", lambda c: c.subscribers.find_by_email("ab123", "nobody"), ValueError, "email"),
    ("email-unsubscribe-all", lambda c: c.subscribers.unsubscribe_from_all_lists("x@y"), ValueError, "email"),
    ("email-not-str", lambda c: c.subscribers.create("ab123", 42), TypeError, "email"),
    (
        "email-notify-to",
        lambda c: new_list(c, notify_subscribe_to="owner"),
        ValueError,
        "notify_subscribe_to",
    ),
    ("email-customer", lambda c: new_customer(c, email="ali"), ValueError, "email"),
    # Naive datetimes, and text without an offset.
    ("naive-send", lambda c: send(c, send_at=NAIVE), ValueError, "naive"),
    ("naive-campaign", lambda c: new_campaign(c, send_at=NAIVE), ValueError, "naive"),
    ("naive-campaign-update", lambda c: c.campaigns.update("cu1", send_at=NAIVE), ValueError, "naive"),
    ("offsetless-send", lambda c: send(c, send_at="2030-01-15 10:00:00"), ValueError, "no UTC offset"),
    ("offsetless-iso", lambda c: new_campaign(c, send_at="2030-01-15T10:00:00"), ValueError, "no UTC offset"),
    ("not-a-date", lambda c: send(c, send_at="tomorrow at nine"), ValueError, "ISO-8601"),
    ("date-wrong-type", lambda c: send(c, send_at=1736935200), TypeError, "send_at"),
    # Attachments and archives.
    (
        "four-attachments",
        lambda c: send(c, attachments=[Attachment(f"{n}.txt", b"x") for n in range(4)]),
        ValueError,
        "at most 3",
    ),
    ("nameless-attachment", lambda c: send(c, attachments=[Attachment("", b"x")]), ValueError, "no name"),
    ("blank-attachment-name", lambda c: send(c, attachments=[Attachment("  ", b"x")]), ValueError, "no name"),
    ("not-a-zip-campaign", lambda c: new_campaign(c, html=None, archive=ZIP_LIKE_TEXT), ValueError, "zip"),
    ("not-a-zip-template", lambda c: c.templates.create("T", archive=b"<html></html>"), ValueError, "zip"),
    ("not-a-zip-update", lambda c: c.templates.update("tu1", archive=b""), ValueError, "zip"),
    ("archive-as-str", lambda c: c.templates.create("T", archive="page.zip"), TypeError, "zip"),
    # Empty subject (and other required text).
    ("empty-subject", lambda c: send(c, subject=""), ValueError, "subject"),
    ("blank-subject", lambda c: send(c, subject="   "), ValueError, "subject"),
    ("empty-campaign-subject", lambda c: new_campaign(c, subject=""), ValueError, "subject"),
    ("empty-html", lambda c: send(c, html=" \n "), ValueError, "html"),
    ("empty-list-name", lambda c: new_list(c, name=""), ValueError, "name"),
    # Paging.
    ("per-page-0", lambda c: c.lists.list(per_page=0), ValueError, "per_page"),
    ("per-page-51", lambda c: c.lists.list(per_page=51), ValueError, "per_page"),
    ("per-page-iter", lambda c: anext(c.subscribers.iter("ab123", per_page=500)), ValueError, "per_page"),
    ("per-page-negative", lambda c: c.campaigns.delivery_logs("cu1", per_page=-1), ValueError, "per_page"),
    ("page-0", lambda c: c.templates.list(page=0), ValueError, "page"),
    ("per-page-str", lambda c: c.transactional_emails.list(per_page="10"), TypeError, "per_page"),
    # Unknown status filters and other closed choices.
    ("status-filter", lambda c: c.subscribers.list("ab123", status="active"), ValueError, "status"),
    (
        "status-filter-iter",
        lambda c: anext(c.subscribers.iter("ab123", status="Confirmed")),
        ValueError,
        "status",
    ),
    (
        "status-create",
        lambda c: c.subscribers.create("ab123", "a@example.com", status="vip"),
        ValueError,
        "status",
    ),
    ("campaign-status", lambda c: new_campaign(c, status="sent"), ValueError, "status"),
    ("campaign-type", lambda c: new_campaign(c, type="blast"), ValueError, "type"),
    # Field tags with brackets or whitespace.
    (
        "tag-space",
        lambda c: c.subscribers.create("ab123", "a@example.com", fields={"F NAME": "x"}),
        ValueError,
        "tag",
    ),
    (
        "tag-bracket",
        lambda c: c.subscribers.create("ab123", "a@example.com", fields={"F[X]": "x"}),
        ValueError,
        "tag",
    ),
    (
        "tag-close",
        lambda c: c.subscribers.create("ab123", "a@example.com", fields={"F]": "x"}),
        ValueError,
        "tag",
    ),
    ("tag-tab", lambda c: c.subscribers.update("ab123", "s1", fields={"FNAME\t": "x"}), ValueError, "tag"),
    (
        "tag-newline",
        lambda c: c.subscribers.upsert("ab123", "a@example.com", fields={"FNAME\n": "x"}),
        ValueError,
        "tag",
    ),
    (
        "tag-lower",
        lambda c: c.subscribers.create("ab123", "a@example.com", fields={"fname": "x"}),
        ValueError,
        "tag",
    ),
    (
        "tag-search",
        lambda c: c.subscribers.search_by_custom_fields("ab123", {"CITY ": "x"}),
        ValueError,
        "tag",
    ),
    (
        "tag-field-create",
        lambda c: c.fields.create("ab123", type="text", label="City", tag="MY CITY"),
        ValueError,
        "tag",
    ),
    (
        "tag-field-bracket",
        lambda c: c.fields.create("ab123", type="text", label="City", tag="CITY[]"),
        ValueError,
        "tag",
    ),
    ("params-key-bracket", lambda c: send(c, params={"order[id]": "1"}), ValueError, "order[id]"),
    ("contact-key-newline", lambda c: send(c, contact={"name\n": "1"}), ValueError, "contact"),
    # Empty uids would address the collection instead of one object.
    ("empty-uid", lambda c: c.lists.delete(""), ValueError, "list_uid"),
    ("blank-uid", lambda c: c.subscribers.get("ab123", "  "), ValueError, "subscriber_uid"),
]

# Every value that becomes a mail header or a display name, with a line break in it (or any other
# character of BREAKS).
HEADER_VALUES: list[tuple[str, Callable[[Any, str], Any], str]] = [
    ("send-to_name", lambda c, v: send(c, to_name=f"Ali{v}Bcc: victim@example.com"), "to_name"),
    ("send-from_name", lambda c, v: send(c, from_name=f"Shop{v}"), "from_name"),
    ("send-subject", lambda c, v: send(c, subject=f"Receipt{v}X-Injected: 1"), "subject"),
    ("send-reply_to_name", lambda c, v: send(c, reply_to_name=f"{v}Support"), "reply_to_name"),
    (
        "send-attachment-name",
        lambda c, v: send(c, attachments=[Attachment(f"a{v}.txt", b"x")]),
        "attachment name",
    ),
    (
        "send-attachment-type",
        lambda c, v: send(c, attachments=[Attachment("a.txt", b"x", f"text/plain{v}")]),
        "attachment type",
    ),
    ("list-name", lambda c, v: new_list(c, name=f"News{v}"), "name"),
    ("list-from_name", lambda c, v: new_list(c, from_name=f"Pakat{v}"), "from_name"),
    ("list-subject", lambda c, v: new_list(c, subject=f"Hello{v}"), "subject"),
    ("list-update-from_name", lambda c, v: c.lists.update("ab123", from_name=f"P{v}"), "from_name"),
    (
        "list-notify-to",
        lambda c, v: new_list(c, notify_unsubscribe_to=f"a@example.com{v}Bcc: b@example.com"),
        "notify_unsubscribe_to",
    ),
    ("campaign-name", lambda c, v: new_campaign(c, name=f"Weekly{v}"), "name"),
    ("campaign-from_name", lambda c, v: new_campaign(c, from_name=f"Pakat{v}"), "from_name"),
    ("campaign-subject", lambda c, v: new_campaign(c, subject=f"News{v}"), "subject"),
    ("campaign-update-subject", lambda c, v: c.campaigns.update("cu1", subject=f"News{v}"), "subject"),
    ("campaign-cronjob", lambda c, v: new_campaign(c, options={"cronjob": f"* * * * *{v}"}), "cronjob"),
    ("template-name", lambda c, v: c.templates.create(f"T{v}", html="<p>x</p>"), "name"),
    ("segment-name", lambda c, v: c.segments.create("ab123", name=f"Seg{v}"), "name"),
    (
        "field-label",
        lambda c, v: c.fields.create("ab123", type="text", label=f"City{v}", tag="CITY"),
        "label",
    ),
    (
        "field-option",
        lambda c, v: c.fields.create(
            "ab123", type="dropdown", label="C", tag="C", options=[FieldOption(f"a{v}", "a")]
        ),
        "option",
    ),
    ("customer-first_name", lambda c, v: new_customer(c, first_name=f"Ali{v}"), "first_name"),
    ("customer-company", lambda c, v: new_customer(c, company_name=f"ACME{v}"), "company_name"),
    (
        "unsubscribe-user_agent",
        lambda c, v: c.campaigns.track_unsubscribe("cu1", "s1", user_agent=f"UA{v}"),
        "user_agent",
    ),
    # Addresses: To, From and Reply-To headers, and the addresses notifications and stats go to
    # (a list of them too, where each address is checked with the spaces around it removed).
    (
        "list-notify-to-list",
        lambda c, v: new_list(c, notify_subscribe_to=f"a@example.com,{v}b@example.com"),
        "notify_subscribe_to",
    ),
    (
        "campaign-email_stats-list",
        lambda c, v: new_campaign(c, options={"email_stats": f"a@example.com,{v}b@example.com"}),
        "email_stats",
    ),
    ("send-to_email", lambda c, v: send(c, to_email=f"ali{v}@example.org"), "to_email"),
    ("send-from_email", lambda c, v: send(c, from_email=f"shop@exa{v}mple.com"), "from_email"),
    ("send-reply_to_email", lambda c, v: send(c, reply_to_email=f"help{v}@example.com"), "reply_to_email"),
    ("list-from_email", lambda c, v: new_list(c, from_email=f"news{v}@example.com"), "from_email"),
    ("list-reply_to", lambda c, v: new_list(c, reply_to=f"news@example.com{v}"), "reply_to"),
    ("campaign-from_email", lambda c, v: new_campaign(c, from_email=f"news{v}@example.com"), "from_email"),
    ("campaign-reply_to", lambda c, v: new_campaign(c, reply_to=f"news@{v}example.com"), "reply_to"),
    (
        "campaign-email_stats",
        lambda c, v: new_campaign(c, options={"email_stats": f"stats{v}@example.com"}),
        "email_stats",
    ),
]

ALL_CASES = [pytest.param(fn, exc, match, id=name) for name, fn, exc, match in CASES] + [
    pytest.param((lambda c, fn=fn, v=value: fn(c, v)), ValueError, match, id=f"{name}-{label}")
    for name, fn, match in HEADER_VALUES
    for label, value in BREAKS.items()
]


@pytest.mark.parametrize(("call", "error", "match"), ALL_CASES)
async def test_refused_before_sending(
    client: AsyncPakat, server: MockServer, call: Callable[[Any], Any], error: type[Exception], match: str
) -> None:
    with pytest.raises(error) as caught:
        await call(client)
    assert match in str(caught.value)
    assert server.requests == []


async def test_good_input_does_reach_the_server(client: AsyncPakat, server: MockServer) -> None:
    """The refusals above are not a broken client: the same calls with good values are sent."""
    server.on("POST", "/transactional-emails", {"status": "success", "email_uid": "e1"})
    server.on("POST", "/lists", {"status": "success", "list_uid": "l1"})
    server.on("POST", "/campaigns", {"status": "success", "campaign_uid": "c1"})
    attachment = Attachment("a.txt", b"x")
    assert await send(client, send_at=AWARE, reply_to_name="Support", attachments=[attachment]) == "e1"
    assert await new_list(client, notify_subscribe_to="owner@example.com") == "l1"
    assert await new_campaign(client, send_at="2030-01-15T10:00:00+03:30") == "c1"
    assert len(server.requests) == 3
    assert server.form(1)["notifications[subscribe_to]"] == "owner@example.com"


# Format characters stay: Persian needs them ----------------------------------------------------

ZWNJ, RLM = "\u200c", "\u200f"  # zero-width non-joiner, right-to-left mark
PERSIAN_SUBJECT = f"رسید{ZWNJ}های سفارش {RLM}۱۰۰۱{RLM}"  # "order receipts 1001"
PERSIAN_NAME = f"فروشگاه{ZWNJ}ها{RLM}"


async def test_a_persian_subject_with_format_characters_goes_out_byte_exact(fresh_sandbox: Sandbox) -> None:
    sb = fresh_sandbox
    async with AsyncPakat(api_key=sb.api_key, base_url=sb.url) as client:
        email_uid = await client.transactional_emails.send(
            to_email="ali@example.org",
            to_name=PERSIAN_NAME,
            from_name=PERSIAN_NAME,
            from_email="shop@pakat.example",
            reply_to_name=PERSIAN_NAME,
            reply_to_email="help@pakat.example",
            subject=PERSIAN_SUBJECT,
            html="<p>سلام</p>",
            attachments=[Attachment(f"رسید{ZWNJ}ها.pdf", b"%PDF-1.4")],
        )
        list_uid = sb.create_list()
        campaign_uid = await client.campaigns.create(
            name=PERSIAN_NAME,
            list_uid=list_uid,
            subject=PERSIAN_SUBJECT,
            from_name=PERSIAN_NAME,
            from_email="news@pakat.example",
            reply_to="news@pakat.example",
            html='<p>[COMPANY_FULL_ADDRESS]</p><a href="[UNSUBSCRIBE_URL]">لغو</a>',
        )
        sent = next(email for email in sb.outbox() if email["email_uid"] == email_uid)
        assert sent["subject"].encode() == PERSIAN_SUBJECT.encode()
        assert sent["to_name"] == sent["from_name"] == sent["reply_to_name"] == PERSIAN_NAME
        assert (await client.transactional_emails.get(email_uid)).subject == PERSIAN_SUBJECT
        assert (await client.campaigns.get(campaign_uid)).subject == PERSIAN_SUBJECT


async def test_format_characters_reach_the_wire_byte_exact(client: AsyncPakat, server: MockServer) -> None:
    server.on("POST", "/transactional-emails", {"status": "success", "email_uid": "e1"})
    server.on("POST", "/campaigns", {"status": "success", "campaign_uid": "c1"})
    await send(client, subject=PERSIAN_SUBJECT, to_name=PERSIAN_NAME, from_name=PERSIAN_NAME)
    await new_campaign(client, subject=PERSIAN_SUBJECT, from_name=PERSIAN_NAME)
    form = server.form(0)
    assert form["email[subject]"] == PERSIAN_SUBJECT
    assert form["email[to_name]"] == form["email[from_name]"] == PERSIAN_NAME
    assert server.form(1)["campaign[subject]"] == PERSIAN_SUBJECT


# Values that never reach a header keep their line breaks --------------------------------------

MULTILINE = "خط اول\nline two\r\nthird\u2028fourth\x85fifth\u2029\tend"


async def test_values_that_reach_no_header_keep_their_line_breaks(
    client: AsyncPakat, server: MockServer
) -> None:
    server.on("POST", "/lists/ab123/subscribers", {"status": "success", "data": {"record": {}}})
    server.on("PUT", "/lists/ab123/subscribers/s1", {"status": "success", "data": {"record": {}}})
    server.on("POST", "/transactional-emails", {"status": "success", "email_uid": "e1"})
    server.on("POST", "/templates", {"status": "success", "template_uid": "t1"})
    await client.subscribers.create(
        "ab123", "ali@example.org", fields={"NOTES": MULTILINE}
    )  # a textarea field
    await client.subscribers.update("ab123", "s1", fields={"NOTES": MULTILINE})
    await send(client, html=f"<p>{MULTILINE}</p>", plain_text=MULTILINE, params={"note": MULTILINE})
    await client.templates.create("T", html=f"<p>{MULTILINE}</p>")
    assert server.form(0)["NOTES"] == server.form(1)["NOTES"] == MULTILINE
    sent = server.form(2)
    assert base64.b64decode(sent["email[body]"]).decode() == f"<p>{MULTILINE}</p>"
    assert base64.b64decode(sent["email[plain_text]"]).decode() == MULTILINE
    assert sent["email[params][note]"] == MULTILINE
    assert base64.b64decode(server.form(3)["template[content]"]).decode() == f"<p>{MULTILINE}</p>"
