"""Transactional emails: recorded with their decoded body and attachments, never sent."""

from __future__ import annotations

import base64
import json
import sqlite3
from typing import Any

from .._routing import (
    ROUTER,
    Context,
    Reply,
    Request,
    collection,
    created,
    not_found,
    page_args,
    record,
    success,
)
from .._store import bump_quota, new_uid, now
from .._validation import Validator, indexed, mapping
from ._common import fetch_page

__all__ = ["MAX_ATTACHMENTS", "load_email"]

MAX_ATTACHMENTS = 3
_REQUIRED = ("email[to_name]", "email[to_email]", "email[from_name]", "email[subject]", "email[send_at]")
_PLAIN = (
    "to_name",
    "to_email",
    "from_name",
    "from_email",
    "reply_to_name",
    "reply_to_email",
    "subject",
    "plain_text",
    "send_at",
    "template_uid",
)


def load_email(db: sqlite3.Connection, row: sqlite3.Row) -> dict[str, Any]:
    """Everything stored for one email, the body as HTML and attachments as bytes (for inspection)."""
    data: dict[str, Any] = json.loads(row["data"])
    attachments = db.execute(
        "SELECT name, type, data FROM attachments WHERE email_id = ? ORDER BY position", (row["id"],)
    ).fetchall()
    return {
        "email_uid": row["uid"],
        **data,
        "body": row["body"],
        "attachments": [
            {"name": a["name"], "type": a["type"], "data": bytes(a["data"])} for a in attachments
        ],
        "date_added": row["date_added"],
    }


def _render(db: sqlite3.Connection, row: sqlite3.Row, customer_uid: str) -> dict[str, Any]:
    email = load_email(db, row)
    status = "sent" if email["send_at"] <= now() else "unsent"
    return {
        "email_uid": email["email_uid"],
        "customer_uid": customer_uid,
        **{key: email.get(key, "") for key in _PLAIN if key != "template_uid"},
        "body": base64.b64encode(email["body"].encode("utf-8")).decode("ascii"),
        "priority": 0,
        "retries": 0,
        "max_retries": 3,
        "fallback_system_servers": "no",
        "status": status,
        "date_added": email["date_added"],
        "last_updated": email["date_added"],
        # Beyond Pakat's shape: what the sandbox recorded, so tests can see it over HTTP too.
        "template_uid": email.get("template_uid", ""),
        "params": email["params"],
        "contact": email["contact"],
        "attachments": [
            {"name": a["name"], "type": a["type"], "size": len(a["data"])} for a in email["attachments"]
        ],
    }


def _customer_uid(db: sqlite3.Connection) -> str:
    row = db.execute("SELECT value FROM meta WHERE key = 'customer_uid'").fetchone()
    if row is not None:
        return str(row[0])
    uid = new_uid()
    db.execute("INSERT INTO meta (key, value) VALUES ('customer_uid', ?)", (uid,))
    return uid


def _get(db: sqlite3.Connection, uid: str) -> sqlite3.Row:
    row: sqlite3.Row | None = db.execute(
        "SELECT * FROM transactional_emails WHERE uid = ?", (uid,)
    ).fetchone()
    if row is None:
        raise not_found("email")
    return row


@ROUTER.add("GET", "/transactional-emails", "listTransactionalEmails")
def list_emails(ctx: Context, req: Request) -> Reply:
    page, per_page = page_args(req)
    count, rows = fetch_page(
        ctx, select="* FROM transactional_emails", where="1", args=(), page=page, per_page=per_page
    )
    customer = _customer_uid(ctx.db)
    return collection(count, page, per_page, [_render(ctx.db, row, customer) for row in rows])


@ROUTER.add("POST", "/transactional-emails", "sendTransactionalEmail")
def send_email(ctx: Context, req: Request) -> Reply:
    """Validates like Pakat: the required fields, addresses, ``send_at`` as ``Y-m-d H:i:s``, the
    sender's domain verified in the account, base64 body and attachments (at most 3, each with
    name, type and data). ``email[template_uid]`` may stand in for ``email[body]``."""
    form = req.form
    v = Validator(form)
    v.require(*_REQUIRED)
    v.email("email[to_email]", "email[from_email]", "email[reply_to_email]")
    v.timestamp("email[send_at]")
    from_email = form.get("email[from_email]", "")
    domain = from_email.rpartition("@")[2].lower()
    if domain and "@" in from_email and domain not in ctx.config.verified_domains:
        v.error("email[from_email]", f"The domain {domain} is not a verified sending domain of this account.")
    body = v.base64_text("email[body]") if "email[body]" in form else None
    template_uid = form.get("email[template_uid]", "")
    if template_uid:
        template = ctx.db.execute("SELECT content FROM templates WHERE uid = ?", (template_uid,)).fetchone()
        if template is None:
            v.error("email[template_uid]", "The template does not exist.")
        elif body is None or not body.strip():
            body = template["content"]
    else:
        v.require("email[body]")
    attachments = indexed(form, "email[attachments]")
    if len(attachments) > MAX_ATTACHMENTS:
        v.error("email[attachments]", f"At most {MAX_ATTACHMENTS} attachments are allowed.")
    decoded: list[tuple[str, str, bytes]] = []
    for n, attachment in enumerate(attachments):
        prefix = f"email[attachments][{n}]"
        for key in ("name", "type", "data"):
            if not attachment.get(key):
                v.error(f"{prefix}[{key}]", f"{key.capitalize()} cannot be blank.")
        data = v.base64_bytes(f"{prefix}[data]", attachment.get("data", ""))
        if data is not None:
            decoded.append((attachment.get("name", ""), attachment.get("type", ""), data))
    v.check()

    stored: dict[str, Any] = {key: form.get(f"email[{key}]", "") for key in _PLAIN}
    stored["params"] = mapping(form, "email[params]")
    stored["contact"] = mapping(form, "email[contact]")
    uid = new_uid()
    cursor = ctx.db.execute(
        "INSERT INTO transactional_emails (uid, data, body, date_added) VALUES (?, ?, ?, ?)",
        (uid, json.dumps(stored), body or "", now()),
    )
    ctx.db.executemany(
        "INSERT INTO attachments (email_id, position, name, type, data) VALUES (?, ?, ?, ?, ?)",
        [(cursor.lastrowid, n, name, kind, data) for n, (name, kind, data) in enumerate(decoded)],
    )
    bump_quota(ctx.db, 1)
    return created(email_uid=uid)


@ROUTER.add("GET", "/transactional-emails/{email_uid}", "getTransactionalEmail")
def get_email(ctx: Context, req: Request) -> Reply:
    """The body is sent base64-encoded, as Pakat stores it."""
    return record(_render(ctx.db, _get(ctx.db, req.params["email_uid"]), _customer_uid(ctx.db)))


@ROUTER.add("DELETE", "/transactional-emails/{email_uid}", "deleteTransactionalEmail")
def delete_email(ctx: Context, req: Request) -> Reply:
    row = _get(ctx.db, req.params["email_uid"])
    ctx.db.execute("DELETE FROM transactional_emails WHERE id = ?", (row["id"],))
    return success()
