"""Campaign activity: bounces, delivery logs, unsubscriptions and tracking, row by row
(docs/server-behaviour.md, sections "Campaign bounces" to "Campaign tracking").

The rows that a client's answer proves too are tested in tests/_async/behaviour/test_activity.py
(written once for both clients); the tests here stay on the wire.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from pakat.testing import Sandbox, url_hash
from tests.behaviour.conftest import answered, form, refused

SHOP = "https://shop.example.com/nowruz?utm_source=pakat&email=[EMAIL]"
ABOUT = "https://example.com/about"
HTML = (
    "<html><body><h1>نوروز مبارک</h1>"
    f'<p><a href="{SHOP.replace("&", "&amp;")}">خرید</a> <a href="{ABOUT}">درباره ما</a></p>'
    '<p><a href="[UNSUBSCRIBE_URL]">لغو عضویت</a> [COMPANY_FULL_ADDRESS]</p></body></html>'
)
UTC_TIME = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d")
PAGING = ("count", "total_pages", "current_page", "next_page", "prev_page")
EMPTY = {"status": "success", "data": {**dict.fromkeys(PAGING), "records": []}}
BOUNCE_KEYS = {"message", "processed", "bounce_type", "subscriber"}
LOG_KEYS = {
    "campaign",
    "subscriber",
    "message",
    "retries",
    "max_retries",
    "email_message_id",
    "delivery_confirmed",
    "status",
    "date_added",
}
UNSUBSCRIBE_KEYS = {"ip_address", "user_agent", "reason", "note", "date_added", "subscriber"}
STATUSES = (
    "success",
    "error",
    "fatal-error",
    "temporary-error",
    "blacklisted",
    "suppressed",
    "giveup",
    "blocked",
    "ds-dp-reject",
    "hdl-by-sg-cmp",
)


@dataclass
class World:
    """A list with confirmed subscribers and a campaign sent to it (not yet marked sent)."""

    list_uid: str
    subscribers: list[str]
    campaign_uid: str


def new_campaign(wire: httpx.Client, list_uid: str, html: str = HTML, **fields: str) -> str:
    body = {
        "campaign[name]": "نوروز ۱۴۰۴",
        "campaign[from_name]": "پاکات",
        "campaign[from_email]": "news@example.com",
        "campaign[reply_to]": "news@example.com",
        "campaign[subject]": "نوروز مبارک",
        "campaign[send_at]": "2025-03-20 10:00:00",
        "campaign[list_uid]": list_uid,
        "campaign[template][content]": base64.b64encode(html.encode()).decode(),
        **fields,
    }
    return str(answered(wire.post("/campaigns", files=form(body)), 201)["campaign_uid"])


def make_world(sandbox: Sandbox, wire: httpx.Client, subscribers: int = 3, **fields: str) -> World:
    list_uid = sandbox.create_list("خبرنامه نوروز")
    uids = sandbox.seed_subscribers(list_uid, subscribers)
    return World(list_uid, uids, new_campaign(wire, list_uid, **fields))


@pytest.fixture
def world(sandbox: Sandbox, wire: httpx.Client) -> World:
    return make_world(sandbox, wire)


def subscriber(wire: httpx.Client, list_uid: str, uid: str) -> dict[str, Any]:
    return answered(wire.get(f"/lists/{list_uid}/subscribers/{uid}"), 200)["data"]["record"]  # type: ignore[no-any-return]


def ref(wire: httpx.Client, list_uid: str, uid: str) -> dict[str, str]:
    # A subscriber's view has no lower-case email: its address is the EMAIL tag.
    return {"subscriber_uid": uid, "email": subscriber(wire, list_uid, uid)["EMAIL"]}


def set_status(sandbox: Sandbox, table: str, uid: str, status: str) -> None:
    """State the API cannot reach directly (a deleted campaign, a subscriber confirmed again)."""
    assert table in ("campaigns", "subscribers")
    with sandbox._store.transaction() as db:
        db.execute(f"UPDATE {table} SET status = ? WHERE uid = ?", (status, uid))


def recorded(sandbox: Sandbox, table: str, campaign_uid: str) -> int:
    """How many opens, clicks, unsubscriptions or bounces the sandbox holds for a campaign."""
    assert table in ("opens", "clicks", "unsubscribes", "bounces")
    with sandbox._store.transaction() as db:
        row = db.execute(
            f"SELECT COUNT(*) FROM {table} t JOIN campaigns c ON c.id = t.campaign_id WHERE c.uid = ?",
            (campaign_uid,),
        ).fetchone()
    return int(row[0])


def bounce(wire: httpx.Client, campaign_uid: str, **fields: str) -> httpx.Response:
    return wire.post(f"/campaigns/{campaign_uid}/bounces", files=form(fields) if fields else None)


def unsubscribe(wire: httpx.Client, campaign_uid: str, subscriber_uid: str, **fields: str) -> httpx.Response:
    return wire.post(
        f"/campaigns/{campaign_uid}/track-unsubscribe/{subscriber_uid}",
        files=form(fields) if fields else None,
    )


# --- Collections: bounces, delivery logs, unsubscriptions -----------------------------------------


def fill(sandbox: Sandbox, wire: httpx.Client, kind: str, w: World) -> None:
    """One record of ``kind`` for every subscriber of the world, oldest for the first subscriber."""
    for uid in w.subscribers:
        if kind == "bounces":
            answered(bounce(wire, w.campaign_uid, subscriber_uid=uid, bounce_type="soft"), 201)
        elif kind == "delivery-logs":
            sandbox.add_delivery_log(w.campaign_uid, uid)
        else:
            answered(unsubscribe(wire, w.campaign_uid, uid), 200)


COLLECTIONS = {
    "bounces": ("bounces", "iter_bounces"),
    "delivery-logs": ("delivery_logs", "iter_delivery_logs"),
    "unsubscribes": ("unsubscribes", "iter_unsubscribes"),
}


@pytest.mark.behaviour("tracking.url.hash")
def test_a_link_hash_is_the_sha1_of_the_campaign_uid_and_the_url(
    sandbox: Sandbox, world: World, wire: httpx.Client
) -> None:
    expected = {hashlib.sha1(f"{world.campaign_uid}{url}".encode()).hexdigest(): url for url in (SHOP, ABOUT)}
    assert sandbox.campaign_urls(world.campaign_uid) == expected
    # The href's &amp; is read as &, and the same link of another campaign has another hash.
    assert url_hash(world.campaign_uid, SHOP) in expected
    copy = answered(wire.post(f"/campaigns/{world.campaign_uid}/copy"), 200)["campaign_uid"]
    assert set(sandbox.campaign_urls(copy)) == {url_hash(copy, SHOP), url_hash(copy, ABOUT)}
    uid = world.subscribers[0]
    refused(
        wire.get(f"/campaigns/{copy}/track-url/{uid}/{url_hash(world.campaign_uid, ABOUT)}"),
        404,
        "The url hash does not exist.",
    )
    # A hash of the URL alone names nothing.
    plain = hashlib.sha1(ABOUT.encode()).hexdigest()
    refused(
        wire.get(f"/campaigns/{world.campaign_uid}/track-url/{uid}/{plain}"),
        404,
        "The url hash does not exist.",
    )


@pytest.mark.behaviour("tracking.unsubscribe.repeat")
def test_a_subscriber_is_recorded_once_per_campaign(
    sandbox: Sandbox, world: World, wire: httpx.Client
) -> None:
    uid = world.subscribers[0]
    answered(unsubscribe(wire, world.campaign_uid, uid, reason="first"), 200)
    set_status(sandbox, "subscribers", uid, "confirmed")  # subscribed again since
    assert answered(unsubscribe(wire, world.campaign_uid, uid, reason="second"), 200) == {"status": "success"}
    assert subscriber(wire, world.list_uid, uid)["status"] == "unsubscribed"
    records = answered(wire.get(f"/campaigns/{world.campaign_uid}/unsubscribes"), 200)["data"]["records"]
    assert [r["reason"] for r in records] == ["first"]


# --- Hostile input gets the server's answer, never a sandbox failure --------------------------------


def test_hostile_input_gets_the_servers_answers(sandbox: Sandbox, world: World, wire: httpx.Client) -> None:
    uid = world.subscribers[0]
    huge = "ک" * 200_000
    rec = answered(bounce(wire, world.campaign_uid, subscriber_uid=uid, message=huge), 201)["data"]["record"]
    assert rec["message"] == "ک" * 250 + "..."
    refused(
        bounce(wire, world.campaign_uid, subscriber_uid="x" * 10_000), 404, "The subscriber does not exist!"
    )
    refused(
        bounce(wire, world.campaign_uid, subscriber_uid=world.subscribers[1], bounce_type="سخت"),
        422,
        "Invalid bounce type!",
    )
    for message_id in ("a" * 5000 + "@x", "%00", "-"):
        assert wire.get(f"/campaigns/email-message-id/{message_id}").status_code == 404
    refused(wire.get("/campaigns/email-message-id/%2F%2E%2E"), 404, "Page not found.")
    refused(
        wire.get(f"/campaigns/{world.campaign_uid}/track-url/{uid}/{'f' * 4000}"),
        404,
        "The url hash does not exist.",
    )
    answered(
        unsubscribe(wire, world.campaign_uid, uid, reason="\u200c" * 100_000, ip_address="", user_agent=""),
        200,
    )
    cut = answered(wire.get(f"/campaigns/{world.campaign_uid}/unsubscribes"), 200)["data"]["records"][0]
    assert (cut["reason"], cut["ip_address"], cut["user_agent"]) == ("\u200c" * 85, "", "")
    odd_agent = {"User-Agent": ("Mozilla/5.0 " + "é" * 300).encode()}
    answered(wire.get(f"/campaigns/{world.campaign_uid}/track-opening/{uid}", headers=odd_agent), 200)
    big = {"page": "9" * 40, "per_page": "-" + "9" * 40}
    data = answered(wire.get(f"/campaigns/{world.campaign_uid}/bounces", params=big), 200)["data"]
    assert (data["records"], data["count"], data["next_page"]) == ([], "1", None)
