"""What happened to a campaign's emails: bounces, delivery logs, unsubscriptions, opens and clicks."""

from __future__ import annotations

import sqlite3
from typing import Any

from .._routing import ROUTER, Context, Reply, Request, collection, not_found, page_args, record, success
from .._store import now
from .._validation import Validator
from ._common import fetch_page, get_campaign, get_subscriber, subscriber_ref

__all__: list[str] = []

_BOUNCE_TYPES = ("internal", "soft", "hard")


def _campaign_subscriber(ctx: Context, req: Request) -> tuple[sqlite3.Row, sqlite3.Row]:
    campaign = get_campaign(ctx.db, req.params["campaign_uid"])
    return campaign, get_subscriber(ctx.db, campaign["list_id"], req.params["subscriber_uid"])


def _bounce(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "message": row["message"],
        "processed": row["processed"],
        "bounce_type": row["bounce_type"],
        "subscriber": subscriber_ref(row["subscriber_uid"], row["email"]),
    }


@ROUTER.add("GET", "/campaigns/{campaign_uid}/bounces", "listCampaignBounces")
def list_bounces(ctx: Context, req: Request) -> Reply:
    campaign = get_campaign(ctx.db, req.params["campaign_uid"])
    page, per_page = page_args(req)
    count, rows = fetch_page(
        ctx,
        select="b.*, s.uid AS subscriber_uid, s.email FROM bounces b JOIN subscribers s ON s.id = b.subscriber_id",
        count_from="bounces b",
        where="b.campaign_id = ?",
        args=(campaign["id"],),
        order="b.id",
        page=page,
        per_page=per_page,
    )
    return collection(count, page, per_page, [_bounce(row) for row in rows])


@ROUTER.add("POST", "/campaigns/{campaign_uid}/bounces", "createCampaignBounce")
def create_bounce(ctx: Context, req: Request) -> Reply:
    """Records the bounce (unprocessed); a hard bounce blacklists the subscriber, as Pakat does."""
    campaign = get_campaign(ctx.db, req.params["campaign_uid"])
    v = Validator(req.form)
    v.require("bounce_type", "subscriber_uid")
    v.enum("bounce_type", _BOUNCE_TYPES)
    subscriber = None
    if req.form.get("subscriber_uid"):
        subscriber = ctx.db.execute(
            "SELECT * FROM subscribers WHERE uid = ? AND list_id = ?",
            (req.form["subscriber_uid"], campaign["list_id"]),
        ).fetchone()
        if subscriber is None:
            v.error("subscriber_uid", "The subscriber does not exist in the campaign's list.")
    v.check()
    assert subscriber is not None
    cursor = ctx.db.execute(
        "INSERT INTO bounces (campaign_id, subscriber_id, message, bounce_type, processed, date_added) "
        "VALUES (?, ?, ?, ?, 'no', ?)",
        (campaign["id"], subscriber["id"], req.form.get("message", ""), req.form["bounce_type"], now()),
    )
    if req.form["bounce_type"] == "hard":
        ctx.db.execute("UPDATE subscribers SET status = 'blacklisted' WHERE id = ?", (subscriber["id"],))
    row = ctx.db.execute(
        "SELECT b.*, s.uid AS subscriber_uid, s.email FROM bounces b JOIN subscribers s ON s.id = b.subscriber_id "
        "WHERE b.id = ?",
        (cursor.lastrowid,),
    ).fetchone()
    return record(_bounce(row), status=201)


_LOG_SELECT = (
    "d.*, c.uid AS campaign_uid, l.uid AS list_uid, s.uid AS subscriber_uid, s.email "
    "FROM delivery_logs d JOIN campaigns c ON c.id = d.campaign_id JOIN lists l ON l.id = c.list_id "
    "JOIN subscribers s ON s.id = d.subscriber_id"
)


def _log(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "campaign": {"campaign_uid": row["campaign_uid"], "list": {"list_uid": row["list_uid"]}},
        "subscriber": subscriber_ref(row["subscriber_uid"], row["email"]),
        "message": row["message"],
        "retries": row["retries"],
        "max_retries": row["max_retries"],
        "email_message_id": row["email_message_id"],
        "delivery_confirmed": row["delivery_confirmed"],
        "status": row["status"],
        "date_added": row["date_added"],
    }


@ROUTER.add("GET", "/campaigns/{campaign_uid}/delivery-logs", "listCampaignDeliveryLogs")
def list_delivery_logs(ctx: Context, req: Request) -> Reply:
    campaign = get_campaign(ctx.db, req.params["campaign_uid"])
    page, per_page = page_args(req)
    count, rows = fetch_page(
        ctx,
        select=_LOG_SELECT,
        count_from="delivery_logs d",
        where="d.campaign_id = ?",
        args=(campaign["id"],),
        order="d.id",
        page=page,
        per_page=per_page,
    )
    return collection(count, page, per_page, [_log(row) for row in rows])


@ROUTER.add("GET", "/campaigns/email-message-id/{email_message_id}", "getDeliveryLogByEmailMessageId")
def get_delivery_log(ctx: Context, req: Request) -> Reply:
    row = ctx.db.execute(
        f"SELECT {_LOG_SELECT} WHERE d.email_message_id = ?", (req.params["email_message_id"],)
    ).fetchone()
    if row is None:
        raise not_found("delivery log")
    return record(_log(row))


@ROUTER.add("GET", "/campaigns/{campaign_uid}/unsubscribes", "listCampaignUnsubscribes")
def list_unsubscribes(ctx: Context, req: Request) -> Reply:
    campaign = get_campaign(ctx.db, req.params["campaign_uid"])
    page, per_page = page_args(req)
    count, rows = fetch_page(
        ctx,
        select="u.*, s.uid AS subscriber_uid, s.email FROM unsubscribes u JOIN subscribers s ON s.id = u.subscriber_id",
        count_from="unsubscribes u",
        where="u.campaign_id = ?",
        args=(campaign["id"],),
        order="u.id",
        page=page,
        per_page=per_page,
    )
    records = [
        {
            "ip_address": row["ip_address"],
            "user_agent": row["user_agent"],
            "reason": row["reason"],
            "note": row["note"],
            "date_added": row["date_added"],
            "subscriber": subscriber_ref(row["subscriber_uid"], row["email"]),
        }
        for row in rows
    ]
    return collection(count, page, per_page, records)


@ROUTER.add("GET", "/campaigns/{campaign_uid}/track-url/{subscriber_uid}/{hash}", "trackCampaignUrl")
def track_url(ctx: Context, req: Request) -> Reply:
    """Records a click. ``hash`` names a link of the campaign's HTML: the SHA-1 hex of its URL."""
    campaign, subscriber = _campaign_subscriber(ctx, req)
    url = ctx.db.execute(
        "SELECT destination FROM campaign_urls WHERE campaign_id = ? AND hash = ?",
        (campaign["id"], req.params["hash"]),
    ).fetchone()
    if url is None:
        raise not_found("url")
    ctx.db.execute(
        "INSERT INTO clicks (campaign_id, subscriber_id, hash, ip_address, user_agent, date_added) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (campaign["id"], subscriber["id"], req.params["hash"], req.client_ip, req.user_agent, now()),
    )
    track = f"{ctx.config.base_url}/campaigns/{campaign['uid']}/track-url/{subscriber['uid']}/{req.params['hash']}"
    return record({"track_url": track, "destination": url["destination"]})


@ROUTER.add("GET", "/campaigns/{campaign_uid}/track-opening/{subscriber_uid}", "trackCampaignOpening")
def track_opening(ctx: Context, req: Request) -> Reply:
    """Records an open; every call counts, unique opens count subscribers."""
    campaign, subscriber = _campaign_subscriber(ctx, req)
    ctx.db.execute(
        "INSERT INTO opens (campaign_id, subscriber_id, ip_address, user_agent, date_added) VALUES (?, ?, ?, ?, ?)",
        (campaign["id"], subscriber["id"], req.client_ip, req.user_agent, now()),
    )
    return success()


@ROUTER.add(
    "POST", "/campaigns/{campaign_uid}/track-unsubscribe/{subscriber_uid}", "trackCampaignUnsubscribe"
)
def track_unsubscribe(ctx: Context, req: Request) -> Reply:
    """Unsubscribes the subscriber and records it once per campaign. Optional form fields
    ``ip_address``, ``user_agent``, ``reason`` and ``note`` are stored with it."""
    campaign, subscriber = _campaign_subscriber(ctx, req)
    form = req.form
    ctx.db.execute(
        "INSERT OR IGNORE INTO unsubscribes (campaign_id, subscriber_id, ip_address, user_agent, reason, note, "
        "date_added) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            campaign["id"],
            subscriber["id"],
            form.get("ip_address", req.client_ip),
            form.get("user_agent", req.user_agent),
            form.get("reason", ""),
            form.get("note", ""),
            now(),
        ),
    )
    ctx.db.execute("UPDATE subscribers SET status = 'unsubscribed' WHERE id = ?", (subscriber["id"],))
    return success()
