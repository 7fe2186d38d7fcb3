"""Campaigns: create, read, update, delete, copy, status changes and figures.

Nothing is ever sent. A campaign is "delivered" when it is marked sent: every confirmed subscriber
of its list (narrowed to its segment) gets a successful delivery log, and the quota counts them.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from .._links import links_of
from .._routing import (
    ROUTER,
    ApiError,
    Context,
    Reply,
    Request,
    collection,
    created,
    page_args,
    record,
    success,
)
from .._store import bump_quota, new_uid, now
from .._validation import Validator, mapping
from ._common import YES_NO, fetch_page, get_campaign, target_filter
from .segments import segment_count
from .templates import decode_content

__all__ = ["deliver"]

_REQUIRED = (
    "campaign[name]",
    "campaign[from_name]",
    "campaign[from_email]",
    "campaign[subject]",
    "campaign[reply_to]",
    "campaign[send_at]",
    "campaign[list_uid]",
)
_SETTINGS = (
    "from_name",
    "from_email",
    "to_name",
    "reply_to",
    "subject",
    "send_at",
    "group_uid",
    "delivery_servers",
)
_YES_NO_FIELDS = (
    "campaign[template][inline_css]",
    "campaign[template][auto_plain_text]",
    "campaign[options][url_tracking]",
    "campaign[options][json_feed]",
    "campaign[options][xml_feed]",
    "campaign[options][plain_text_email]",
)
_INTEGER_FIELDS = (
    "campaign[options][tracking_domain_id]",
    "campaign[options][autoresponder_time_value]",
    "campaign[options][autoresponder_open_campaign_id]",
)
_ENUMS = {
    "campaign[type]": ("regular", "autoresponder"),
    "campaign[status]": ("pending-sending", "draft", "paused"),
    "campaign[options][autoresponder_event]": ("AFTER-SUBSCRIBE", "AFTER-CAMPAIGN-OPEN"),
    "campaign[options][autoresponder_time_unit]": ("minute", "hour", "day", "week", "month", "year"),
    "campaign[options][cronjob_enabled]": ("0", "1"),
}
_PAUSABLE = ("pending-sending", "sending", "processing")


def _store_urls(db: sqlite3.Connection, campaign_id: int, html: str) -> None:
    """Register the campaign's tracked links. The server does this when it sends the campaign;
    the sandbox does it whenever the content is set, so ``track-url`` works before sending."""
    uid = db.execute("SELECT uid FROM campaigns WHERE id = ?", (campaign_id,)).fetchone()["uid"]
    db.execute("DELETE FROM campaign_urls WHERE campaign_id = ?", (campaign_id,))
    db.executemany(
        "INSERT OR IGNORE INTO campaign_urls (campaign_id, hash, destination) VALUES (?, ?, ?)",
        [(campaign_id, hash_, url) for hash_, url in links_of(uid, html).items()],
    )


def _targets(
    v: Validator, db: sqlite3.Connection, current: sqlite3.Row | None
) -> tuple[int | None, int | None]:
    """The list and segment ids the form leaves the campaign with. A new list drops the old
    segment unless the form names one of the new list."""
    form = v.form
    list_id = current["list_id"] if current is not None else None
    if form.get("campaign[list_uid]"):
        row = db.execute("SELECT id FROM lists WHERE uid = ?", (form["campaign[list_uid]"],)).fetchone()
        if row is None:
            v.error("campaign[list_uid]", "The list does not exist.")
        list_id = row["id"] if row is not None else None
    segment_id = current["segment_id"] if current is not None and "campaign[list_uid]" not in form else None
    if form.get("campaign[segment_uid]") and list_id is not None:
        row = db.execute(
            "SELECT id FROM segments WHERE uid = ? AND list_id = ?", (form["campaign[segment_uid]"], list_id)
        ).fetchone()
        if row is None:
            v.error("campaign[segment_uid]", "The segment does not exist in this list.")
        segment_id = row["id"] if row is not None else None
    elif "campaign[segment_uid]" in form:
        segment_id = None
    return list_id, segment_id


def _content(v: Validator, db: sqlite3.Connection) -> str | None:
    """The HTML the form gives: decoded content or archive, else the named stored template's."""
    content, _ = decode_content(v, "campaign[template][content]", "campaign[template][archive]")
    template_uid = v.form.get("campaign[template][template_uid]")
    if template_uid:
        row = db.execute("SELECT content FROM templates WHERE uid = ?", (template_uid,)).fetchone()
        if row is None:
            v.error("campaign[template][template_uid]", "The template does not exist.")
        elif content is None:
            content = row["content"]
    return content


def _data(form: dict[str, str], current: sqlite3.Row | None, content: str | None) -> dict[str, Any]:
    """The stored settings (senders, subject, send_at, template, options) updated from the form.
    Fields the sandbox does not know are kept under ``extra``: Pakat grows new options."""
    data: dict[str, Any] = (
        json.loads(current["data"])
        if current is not None
        else {"to_name": "[FNAME] [LNAME]", "template": {"content": ""}, "options": {}, "extra": {}}
    )
    data.update({key: form[f"campaign[{key}]"] for key in _SETTINGS if f"campaign[{key}]" in form})
    template = mapping(form, "campaign[template]")
    for encoded in ("content", "archive"):
        template.pop(encoded, None)
    data["template"].update(template)
    if content is not None:
        data["template"]["content"] = content
    data["options"].update(mapping(form, "campaign[options]"))
    known = {*_REQUIRED, "campaign[type]", "campaign[status]", "campaign[segment_uid]"}
    data["extra"].update(
        {
            name: value
            for name, value in form.items()
            if name not in known
            and not name.startswith(("campaign[template][", "campaign[options]["))
            and name.removeprefix("campaign[").removesuffix("]") not in _SETTINGS
        }
    )
    return data


def _read(db: sqlite3.Connection, req: Request, current: sqlite3.Row | None) -> dict[str, Any]:
    """Validate a create (``current`` None) or update form; returns the columns and data to store."""
    form = req.form
    v = Validator(form)
    v.require(*(_REQUIRED if current is None else [f for f in _REQUIRED if f in form]))
    v.email("campaign[from_email]", "campaign[reply_to]")
    v.timestamp("campaign[send_at]")
    for field, allowed in _ENUMS.items():
        v.enum(field, allowed)
    for field in _YES_NO_FIELDS:
        v.enum(field, YES_NO)
    v.integer(*_INTEGER_FIELDS)
    list_id, segment_id = _targets(v, db, current)
    content = _content(v, db)
    v.check()

    def kept(column: str, default: str) -> str:
        return str(current[column]) if current is not None else default

    return {
        "list_id": list_id,
        "segment_id": segment_id,
        "name": form.get("campaign[name]", kept("name", "")),
        "type": form.get("campaign[type]", kept("type", "regular")),
        "status": form.get("campaign[status]", kept("status", "pending-sending")),
        "data": _data(form, current, content),
        "content": content,
    }


def render_campaign(db: sqlite3.Connection, row: sqlite3.Row, *, detail: bool) -> dict[str, Any]:
    """A campaign as listed or, with ``detail``, with its settings, list, segment, template and options."""
    data = json.loads(row["data"])
    group = {"group_uid": data["group_uid"], "name": ""} if data.get("group_uid") else None
    rec: dict[str, Any] = {
        "campaign_uid": row["uid"],
        "campaign_id": row["id"],
        "type": row["type"],
        "name": row["name"],
        "status": row["status"],
        "group": group,
    }
    if not detail:
        return rec
    list_row = db.execute(
        "SELECT l.uid, l.data, (SELECT COUNT(*) FROM subscribers WHERE list_id = l.id) AS n FROM lists l WHERE id = ?",
        (row["list_id"],),
    ).fetchone()
    segment = None
    if row["segment_id"] is not None:
        segment_row = db.execute("SELECT * FROM segments WHERE id = ?", (row["segment_id"],)).fetchone()
        segment = {
            "segment_uid": segment_row["uid"],
            "name": segment_row["name"],
            "subscribers_count": segment_count(db, segment_row),
        }
    rec |= {key: data.get(key, "") for key in ("from_name", "from_email", "to_name", "reply_to", "subject")}
    rec |= {
        "date_added": row["date_added"],
        "send_at": data.get("send_at", ""),
        "list": {
            "list_uid": list_row["uid"],
            "name": json.loads(list_row["data"])["general"]["name"],
            "subscribers_count": list_row["n"],
        },
        "segment": segment,
        "template": data["template"],
        "options": data["options"],
    }
    return rec


@ROUTER.add("GET", "/campaigns", "listCampaigns")
def list_campaigns(ctx: Context, req: Request) -> Reply:
    page, per_page = page_args(req)
    count, rows = fetch_page(ctx, select="* FROM campaigns", where="1", args=(), page=page, per_page=per_page)
    return collection(count, page, per_page, [render_campaign(ctx.db, row, detail=False) for row in rows])


@ROUTER.add("POST", "/campaigns", "createCampaign")
def create_campaign(ctx: Context, req: Request) -> Reply:
    """Status pending-sending unless ``campaign[status]`` says otherwise; nothing is sent."""
    values = _read(ctx.db, req, None)
    uid = new_uid()
    cursor = ctx.db.execute(
        "INSERT INTO campaigns (uid, list_id, segment_id, name, type, status, data, date_added) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            uid,
            values["list_id"],
            values["segment_id"],
            values["name"],
            values["type"],
            values["status"],
            json.dumps(values["data"]),
            now(),
        ),
    )
    assert cursor.lastrowid is not None
    _store_urls(ctx.db, cursor.lastrowid, values["data"]["template"]["content"])
    return created(campaign_uid=uid)


@ROUTER.add("GET", "/campaigns/{campaign_uid}", "getCampaign")
def get_campaign_(ctx: Context, req: Request) -> Reply:
    return record(render_campaign(ctx.db, get_campaign(ctx.db, req.params["campaign_uid"]), detail=True))


@ROUTER.add("PUT", "/campaigns/{campaign_uid}", "updateCampaign")
def update_campaign(ctx: Context, req: Request) -> Reply:
    row = get_campaign(ctx.db, req.params["campaign_uid"])
    values = _read(ctx.db, req, row)
    ctx.db.execute(
        "UPDATE campaigns SET list_id = ?, segment_id = ?, name = ?, type = ?, status = ?, data = ? WHERE id = ?",
        (
            values["list_id"],
            values["segment_id"],
            values["name"],
            values["type"],
            values["status"],
            json.dumps(values["data"]),
            row["id"],
        ),
    )
    if values["content"] is not None:
        _store_urls(ctx.db, row["id"], values["content"])
    return success(campaign_uid=row["uid"])


@ROUTER.add("DELETE", "/campaigns/{campaign_uid}", "deleteCampaign")
def delete_campaign(ctx: Context, req: Request) -> Reply:
    row = get_campaign(ctx.db, req.params["campaign_uid"])
    ctx.db.execute("DELETE FROM campaigns WHERE id = ?", (row["id"],))
    return success()


@ROUTER.add("POST", "/campaigns/{campaign_uid}/copy", "copyCampaign")
def copy_campaign(ctx: Context, req: Request) -> Reply:
    """The copy is a draft with the same settings and content, and no activity."""
    row = get_campaign(ctx.db, req.params["campaign_uid"])
    uid = new_uid()
    cursor = ctx.db.execute(
        "INSERT INTO campaigns (uid, list_id, segment_id, name, type, status, data, date_added) "
        "SELECT ?, list_id, segment_id, name, type, 'draft', data, ? FROM campaigns WHERE id = ?",
        (uid, now(), row["id"]),
    )
    assert cursor.lastrowid is not None
    # A link's hash includes the campaign uid, so the copy's links get hashes of their own.
    _store_urls(ctx.db, cursor.lastrowid, json.loads(row["data"])["template"]["content"])
    return success(campaign_uid=uid)


def _set_status(db: sqlite3.Connection, row: sqlite3.Row, status: str) -> Reply:
    db.execute("UPDATE campaigns SET status = ? WHERE id = ?", (status, row["id"]))
    return success(campaign={"status": status})


@ROUTER.add("PUT", "/campaigns/{campaign_uid}/pause-unpause", "pauseUnpauseCampaign")
def pause_unpause(ctx: Context, req: Request) -> Reply:
    """paused -> sending; pending-sending, sending or processing -> paused; anything else is a 400."""
    row = get_campaign(ctx.db, req.params["campaign_uid"])
    if row["status"] == "paused":
        return _set_status(ctx.db, row, "sending")
    if row["status"] in _PAUSABLE:
        return _set_status(ctx.db, row, "paused")
    raise ApiError(400, f"A campaign with status {row['status']} can be neither paused nor resumed.")


def deliver(db: sqlite3.Connection, row: sqlite3.Row) -> int:
    """Log a successful delivery to every target subscriber not delivered yet; returns how many."""
    where, args = target_filter(db, row["list_id"], row["segment_id"])
    cursor = db.execute(
        "INSERT OR IGNORE INTO delivery_logs (campaign_id, subscriber_id, message, status, retries, max_retries, "
        "email_message_id, delivery_confirmed, date_added) "
        "SELECT ?, s.id, 'OK', 'success', 0, 3, lower(hex(randomblob(16))) || '@sandbox.pakat.invalid', 'yes', ? "
        f"FROM subscribers s WHERE {where}",
        (row["id"], now(), *args),
    )
    bump_quota(db, cursor.rowcount)
    return cursor.rowcount


@ROUTER.add("PUT", "/campaigns/{campaign_uid}/mark-sent", "markCampaignSent")
def mark_sent(ctx: Context, req: Request) -> Reply:
    """Delivers the campaign (see :func:`deliver`) and sets it sent; marking a sent campaign again
    changes nothing, so a retried call is harmless."""
    row = get_campaign(ctx.db, req.params["campaign_uid"])
    if row["status"] != "sent":
        deliver(ctx.db, row)
    return _set_status(ctx.db, row, "sent")


def _rate(part: int, whole: int) -> float:
    return round(part * 100 / whole, 2) if whole else 0.0


@ROUTER.add("GET", "/campaigns/{campaign_uid}/stats", "getCampaignStats")
def campaign_stats(ctx: Context, req: Request) -> Reply:
    """Counts come from the sandbox's own records; rates are percentages of the processed count."""
    row = get_campaign(ctx.db, req.params["campaign_uid"])
    db, cid = ctx.db, row["id"]
    where, args = target_filter(db, row["list_id"], row["segment_id"])
    subscribers = db.execute(f"SELECT COUNT(*) FROM subscribers s WHERE {where}", args).fetchone()[0]
    logs = db.execute(
        "SELECT COUNT(*), COALESCE(SUM(status = 'success'), 0) FROM delivery_logs WHERE campaign_id = ?",
        (cid,),
    ).fetchone()
    processed, delivered = logs[0], logs[1]

    def activity(table: str) -> tuple[int, int]:
        total, unique = db.execute(
            f"SELECT COUNT(*), COUNT(DISTINCT subscriber_id) FROM {table} WHERE campaign_id = ?", (cid,)
        ).fetchone()
        return int(total), int(unique)

    opens, unique_opens = activity("opens")
    clicks, unique_clicks = activity("clicks")
    unsubscribes = db.execute("SELECT COUNT(*) FROM unsubscribes WHERE campaign_id = ?", (cid,)).fetchone()[0]
    bounces = dict.fromkeys(("hard", "soft", "internal"), 0)
    for bounce_type, n in db.execute(
        "SELECT bounce_type, COUNT(*) FROM bounces WHERE campaign_id = ? GROUP BY bounce_type", (cid,)
    ):
        bounces[bounce_type] = n
    counts = {
        "delivery_success": delivered,
        "delivery_error": processed - delivered,
        "opens": opens,
        "unique_opens": unique_opens,
        "clicks": clicks,
        "unique_clicks": unique_clicks,
        "unsubscribes": unsubscribes,
        "complaints": 0,
        "bounces": sum(bounces.values()),
        "hard_bounces": bounces["hard"],
        "soft_bounces": bounces["soft"],
        "internal_bounces": bounces["internal"],
    }
    stats: dict[str, Any] = {
        "campaign_status": row["status"],
        "subscribers_count": subscribers,
        "processed_count": processed,
    }
    for name, n in counts.items():
        stats[f"{name}_count"] = n
        stats[f"{name}_rate"] = _rate(n, processed)
    return success(data=stats)
