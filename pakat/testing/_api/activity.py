"""What happened to a campaign's emails: bounces, delivery logs, unsubscriptions, opens and clicks.

These actions find a campaign in any status, pending-delete included: the server's lookups here
do not leave deleted campaigns out. The collections and bounce creation answer an unknown
campaign with "The campaign does not exist!" (with an exclamation mark); the tracking actions
with "The campaign does not exist.". Subscribers are found by uid in any list.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

# The values openapi.json allows, as the generated client holds them.
from pakat_client.models.bounce_type import BOUNCE_TYPE_VALUES

from .._routing import ROUTER, ApiError, collection, page_args, record, success
from .._store import now
from ._common import fetch_page, list_fields, subscriber_ref

if TYPE_CHECKING:
    from .._routing import Context, Reply, Request

__all__: list[str] = []

_CAMPAIGN_MISSING = "The campaign does not exist!"
_TRACKED_CAMPAIGN_MISSING = "The campaign does not exist."
# The characters MailWizz's route for a Message-ID accepts (its URL rules ignore case).
_MESSAGE_ID = re.compile(r"[A-Za-z0-9@._-]+")
_SPECIAL_CHARS = re.compile(r"&(amp|quot|lt|gt|#0*39);")
_SPECIAL_VALUES = {"amp": "&", "quot": '"', "lt": "<", "gt": ">"}
# PHP's strip_tags, near enough: "<" followed by anything but white space opens a tag, which runs
# to the next ">" (or to the end of the text when there is none).
_TAG = re.compile(r"<(?=\S)[^>]*(?:>|$)")
_URL_FIXES = {
    "&amp;": "&",
    "%5B": "[",
    "%5D": "]",
    "%26": "&",
    "%3D": "=",
    "%3F": "?",
    "%7C": "|",
    " ": "%20",
    "&utm;_": "&utm_",
}
_URL_TAG = re.compile(r"\[[^\[\]]*\]")


def _campaign(ctx: Context, campaign_uid: str, missing: str) -> sqlite3.Row:
    row: sqlite3.Row | None = ctx.db.execute(
        "SELECT * FROM campaigns WHERE uid = ?", (campaign_uid,)
    ).fetchone()
    if row is None:
        raise ApiError(404, missing)
    return row


def _subscriber(ctx: Context, subscriber_uid: str) -> sqlite3.Row | None:
    if not subscriber_uid:
        return None
    row: sqlite3.Row | None = ctx.db.execute(
        "SELECT * FROM subscribers WHERE uid = ?", (subscriber_uid,)
    ).fetchone()
    return row


def _cut_bytes(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` UTF-8 bytes, as PHP's substr cuts, then stored by MySQL (which
    drops a character left incomplete at the end)."""
    return text.encode("utf-8")[:limit].decode("utf-8", "ignore")


def _truncate(text: str, length: int) -> str:
    """The server's truncateLength: special characters decoded and tags removed, then a text of
    ``length + 3`` characters or more becomes its first ``length`` characters and "..."."""
    text = _SPECIAL_CHARS.sub(lambda m: _SPECIAL_VALUES.get(m.group(1), "'"), text)
    text = _TAG.sub("", text)
    return text[:length] + "..." if len(text) - 3 >= length else text


# Bounces ------------------------------------------------------------------------------------------


def _bounce(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "message": row["message"],
        "processed": row["processed"],
        "bounce_type": row["bounce_type"],
        "subscriber": subscriber_ref(row["subscriber_uid"], row["email"]),
    }


_BOUNCE_SELECT = (
    "b.*, s.uid AS subscriber_uid, s.email FROM bounces b JOIN subscribers s ON s.id = b.subscriber_id"
)


def _campaign_page(
    ctx: Context, req: Request, select: str, table: str, render: Callable[[sqlite3.Row], dict[str, Any]]
) -> Reply:
    """A page of the campaign's rows of ``table`` (``"bounces b"``: the table and its alias in
    ``select``), newest first, each as ``render`` makes it."""
    campaign = _campaign(ctx, req.params["campaign_uid"], _CAMPAIGN_MISSING)
    page, per_page = page_args(req)
    alias = table.split()[1]
    count, rows = fetch_page(
        ctx,
        select=select,
        count_from=table,
        where=f"{alias}.campaign_id = ?",
        args=(campaign["id"],),
        order=f"{alias}.id",
        page=page,
        per_page=per_page,
    )
    return collection(count, page, per_page, [render(row) for row in rows])


@ROUTER.add("GET", "/campaigns/{campaign_uid}/bounces", "listCampaignBounces")
def list_bounces(ctx: Context, req: Request) -> Reply:
    """Newest first."""
    return _campaign_page(ctx, req, _BOUNCE_SELECT, "bounces b", _bounce)


@ROUTER.add("POST", "/campaigns/{campaign_uid}/bounces", "createCampaignBounce")
def create_bounce(ctx: Context, req: Request) -> Reply:
    """Records one unprocessed bounce per subscriber and campaign. Checked in the server's order:
    campaign, subscriber (by uid, any list), an earlier bounce, then the type (default internal).
    The message defaults to "BOUNCED BACK". A hard bounce blacklists every confirmed subscriber
    with the address."""
    campaign = _campaign(ctx, req.params["campaign_uid"], _CAMPAIGN_MISSING)
    subscriber = _subscriber(ctx, req.form.get("subscriber_uid", ""))
    if subscriber is None:
        raise ApiError(404, "The subscriber does not exist!")
    earlier = ctx.db.execute(
        "SELECT 1 FROM bounces WHERE campaign_id = ? AND subscriber_id = ?",
        (campaign["id"], subscriber["id"]),
    ).fetchone()
    if earlier is not None:
        raise ApiError(422, "This subscriber has already been marked as bounced!")
    bounce_type = req.form.get("bounce_type", "internal")
    if bounce_type not in BOUNCE_TYPE_VALUES:
        raise ApiError(422, "Invalid bounce type!")
    message = _truncate(req.form.get("message", "BOUNCED BACK"), 250)
    cursor = ctx.db.execute(
        "INSERT INTO bounces (campaign_id, subscriber_id, message, bounce_type, processed, date_added) "
        "VALUES (?, ?, ?, ?, 'no', ?)",
        (campaign["id"], subscriber["id"], message, bounce_type, now()),
    )
    if bounce_type == "hard" and subscriber["status"] == "confirmed":
        # The address goes on the blacklist, which blacklists it wherever it is confirmed.
        ctx.db.execute(
            "UPDATE subscribers SET status = 'blacklisted' WHERE email = ? AND status = 'confirmed'",
            (subscriber["email"],),
        )
    row = ctx.db.execute(f"SELECT {_BOUNCE_SELECT} WHERE b.id = ?", (cursor.lastrowid,)).fetchone()
    return record(_bounce(row), status=201)


# Delivery logs ------------------------------------------------------------------------------------

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
        # Read from the database, so sent as strings.
        "retries": str(row["retries"]),
        "max_retries": str(row["max_retries"]),
        "email_message_id": row["email_message_id"],
        "delivery_confirmed": row["delivery_confirmed"],
        "status": row["status"],
        "date_added": row["date_added"],
    }


@ROUTER.add("GET", "/campaigns/{campaign_uid}/delivery-logs", "listCampaignDeliveryLogs")
def list_delivery_logs(ctx: Context, req: Request) -> Reply:
    """Newest first."""
    return _campaign_page(ctx, req, _LOG_SELECT, "delivery_logs d", _log)


@ROUTER.add("GET", "/campaigns/email-message-id/{email_message_id}", "getDeliveryLogByEmailMessageId")
@ROUTER.add(
    "GET",
    "/campaigns/delivery-logs/email-message-id/{email_message_id}",
    "getDeliveryLogByEmailMessageId",
    alias=True,
)
def get_delivery_log(ctx: Context, req: Request) -> Reply:
    """Served at Pakat's documented path and at MailWizz's own. A Message-ID with characters the
    MailWizz route does not take (anything but letters, digits, ``@ . _ -``) reaches no action:
    404 "Page not found.". The match ignores case, as MySQL compares."""
    message_id = req.params["email_message_id"]
    if not _MESSAGE_ID.fullmatch(message_id):
        raise ApiError(404, "Page not found.")
    row = ctx.db.execute(
        f"SELECT {_LOG_SELECT} WHERE d.email_message_id = ? COLLATE NOCASE ORDER BY d.id LIMIT 1",
        (message_id,),
    ).fetchone()
    if row is None:
        raise ApiError(404, "The delivery log does not exist!")
    return record(_log(row))


# Unsubscribes -------------------------------------------------------------------------------------


def _unsubscribe(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "ip_address": row["ip_address"],
        "user_agent": row["user_agent"],
        "reason": row["reason"],
        "note": None,  # nothing the API does sets it
        "date_added": row["date_added"],
        "subscriber": subscriber_ref(row["subscriber_uid"], row["email"]),
    }


@ROUTER.add("GET", "/campaigns/{campaign_uid}/unsubscribes", "listCampaignUnsubscribes")
def list_unsubscribes(ctx: Context, req: Request) -> Reply:
    """Newest first. ``note`` is always null: nothing the API does sets it."""
    select = "u.*, s.uid AS subscriber_uid, s.email FROM unsubscribes u JOIN subscribers s ON s.id = u.subscriber_id"
    return _campaign_page(ctx, req, select, "unsubscribes u", _unsubscribe)


# Tracking -----------------------------------------------------------------------------------------


def _tracked(ctx: Context, req: Request) -> tuple[sqlite3.Row, sqlite3.Row]:
    """The campaign (any, pending-delete included) and the subscriber (any list) of a tracking call."""
    campaign = _campaign(ctx, req.params["campaign_uid"], _TRACKED_CAMPAIGN_MISSING)
    subscriber = _subscriber(ctx, req.params["subscriber_uid"])
    if subscriber is None:
        raise ApiError(404, "The subscriber does not exist.")
    return campaign, subscriber


def _record_open(ctx: Context, req: Request, campaign: sqlite3.Row, subscriber: sqlite3.Row) -> None:
    ctx.db.execute(
        "INSERT INTO opens (campaign_id, subscriber_id, ip_address, user_agent, date_added) VALUES (?, ?, ?, ?, ?)",
        (campaign["id"], subscriber["id"], req.client_ip, _cut_bytes(req.user_agent, 255), now()),
    )


def _normalize_url(url: str) -> str:
    """The server's normalizeUrl: a URL with a query has a few escapes and ``&amp;`` undone."""
    if not any(mark in url for mark in ("?", "&", "%3F", "%26")):
        return url
    for old, new in _URL_FIXES.items():
        url = url.replace(old, new)
    return url


def _fill_tags(ctx: Context, url: str, campaign: sqlite3.Row, subscriber: sqlite3.Row) -> str:
    """Personalisation tags in a destination, filled for the subscriber: the campaign list's field
    tags (``[EMAIL]``, ``[FNAME]``, ...) and ``[SUBSCRIBER_UID]``, ``[SUBSCRIBER_EMAIL]``,
    ``[CAMPAIGN_UID]``, ``[CAMPAIGN_NAME]``, ``[LIST_UID]``. Other tags stay as they are."""
    values: dict[str, str] = {}
    own_list = subscriber["list_id"] == campaign["list_id"]
    stored: dict[str, str] = json.loads(subscriber["fields"])
    for field in list_fields(ctx.db, campaign["list_id"]):
        if field["tag"] == "EMAIL":
            values["[EMAIL]"] = subscriber["email"] if own_list else ""
        else:
            values[f"[{field['tag']}]"] = stored.get(str(field["id"]), "") if own_list else ""
    list_uid = ctx.db.execute("SELECT uid FROM lists WHERE id = ?", (campaign["list_id"],)).fetchone()["uid"]
    values |= {
        "[SUBSCRIBER_UID]": subscriber["uid"],
        "[SUBSCRIBER_EMAIL]": subscriber["email"],
        "[CAMPAIGN_UID]": campaign["uid"],
        "[CAMPAIGN_NAME]": campaign["name"],
        "[LIST_UID]": list_uid,
    }
    return _URL_TAG.sub(lambda m: values.get(m.group(0), m.group(0)), url)


@ROUTER.add("GET", "/campaigns/{campaign_uid}/track-url/{subscriber_uid}/{hash}", "trackCampaignUrl")
def track_url(ctx: Context, req: Request) -> Reply:
    """Records a click on the link ``hash`` names (see :func:`pakat.testing.url_hash`), and an open
    too when open tracking is on (``campaign[options][open_tracking]`` not "no") and the subscriber
    has none yet. Answers the public tracking address (the sandbox's root, not under /api) and the
    destination with its tags filled."""
    campaign, subscriber = _tracked(ctx, req)
    link_hash = req.params["hash"]
    url = ctx.db.execute(
        "SELECT hash, destination FROM campaign_urls WHERE campaign_id = ? AND hash = ?",
        (campaign["id"], link_hash),
    ).fetchone()
    if url is None:
        raise ApiError(404, "The url hash does not exist.")
    ctx.db.execute(
        "INSERT INTO clicks (campaign_id, subscriber_id, hash, ip_address, user_agent, date_added) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (
            campaign["id"],
            subscriber["id"],
            url["hash"],
            req.client_ip,
            _cut_bytes(req.user_agent, 255),
            now(),
        ),
    )
    destination = _normalize_url(url["destination"])
    if "[" in destination:
        destination = _fill_tags(ctx, destination, campaign, subscriber)
    options = json.loads(campaign["data"]).get("options", {})
    opened = ctx.db.execute(
        "SELECT 1 FROM opens WHERE campaign_id = ? AND subscriber_id = ?", (campaign["id"], subscriber["id"])
    ).fetchone()
    if options.get("open_tracking", "yes") != "no" and opened is None:
        _record_open(ctx, req, campaign, subscriber)
    frontend = ctx.config.base_url.removesuffix("/api")
    track = f"{frontend}/campaigns/track-url/{req.params['campaign_uid']}/{req.params['subscriber_uid']}/{link_hash}"
    return success(data={"track_url": track, "destination": destination})


@ROUTER.add("GET", "/campaigns/{campaign_uid}/track-opening/{subscriber_uid}", "trackCampaignOpening")
def track_opening(ctx: Context, req: Request) -> Reply:
    """Records an open; every call counts (unique opens count subscribers). ``data`` is ``[]``."""
    campaign, subscriber = _tracked(ctx, req)
    _record_open(ctx, req, campaign, subscriber)
    return success(data=[])


@ROUTER.add(
    "POST", "/campaigns/{campaign_uid}/track-unsubscribe/{subscriber_uid}", "trackCampaignUnsubscribe"
)
def track_unsubscribe(ctx: Context, req: Request) -> Reply:
    """Unsubscribes a confirmed subscriber and records it once per campaign; a subscriber in any
    other status is left alone and nothing is recorded, with the same answer. Optional form fields
    ``ip_address`` (cut to 45 bytes, default the caller's address), ``user_agent`` (255 bytes,
    default the caller's User-Agent) and ``reason`` (255 bytes, default "Unsubscribed via API!")."""
    campaign, subscriber = _tracked(ctx, req)
    if subscriber["status"] != "confirmed":
        return success()
    ctx.db.execute("UPDATE subscribers SET status = 'unsubscribed' WHERE id = ?", (subscriber["id"],))
    form = req.form
    ctx.db.execute(
        "INSERT OR IGNORE INTO unsubscribes (campaign_id, subscriber_id, ip_address, user_agent, reason, note, "
        "date_added) VALUES (?, ?, ?, ?, ?, '', ?)",
        (
            campaign["id"],
            subscriber["id"],
            _cut_bytes(form.get("ip_address", req.client_ip), 45),
            _cut_bytes(form.get("user_agent", req.user_agent), 255),
            _cut_bytes(form.get("reason", "Unsubscribed via API!"), 255),
            now(),
        ),
    )
    return success()
