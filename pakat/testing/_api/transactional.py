"""Transactional emails: queued as the server queues them, never sent.

The checks and answers are MailWizz 2.1.13's (``Transactional_emailsController`` and the
``TransactionalEmail`` model): refusals are one string of messages joined with ``<br />``, the
body is base64-decoded leniently and sent back as HTML, the email stays ``unsent`` until it is
delivered (here: :meth:`Sandbox.deliver_transactional_emails`).

Three things follow Pakat's documents rather than stock MailWizz, which has none of them, and
their refusal texts are the sandbox's own: ``email[template_uid]`` (the template's content, with
``{{ params.KEY }}`` and ``{{ contact.KEY }}`` filled, replaces the body; an unknown template is
refused), ``email[plain_text]`` (base64-decoded and kept; otherwise the text is made from the
body), and a ``from_email`` on a domain not verified in the account (refused unless the Sandbox's
``check_sender_domain`` is off). The sandbox also refuses, with 422, a body or plain text that is
not UTF-8 once decoded: the server would accept it and then answer every list page and view that
holds the email with an empty body.
"""

from __future__ import annotations

import base64
import calendar
import html
import json
import re
import sqlite3
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from ... import _server_messages as said
from .._routing import ROUTER, ApiError, Config, collection, created, page_args, record, success
from .._store import bump_quota, new_uid, now
from .._validation import indexed, mapping
from ._common import fetch_page
from ._yii import Errors, html_encode, is_blank, php_base64_decode, php_empty
from .subscribers import is_blacklisted

if TYPE_CHECKING:
    from .._routing import Context, Reply, Request

__all__ = ["deliver_due", "load_email"]

CUSTOMER_ID = "1"  # the sandbox's one account
_LABELS = {
    "to_email": "To email",
    "to_name": "To name",
    "from_email": "From email",
    "from_name": "From name",
    "reply_to_email": "Reply to email",
    "reply_to_name": "Reply to name",
    "subject": "Subject",
    "body": "Body",
    "send_at": "Send at",
}
# What `$email->attributes = ...` assigns: the attributes the model's rules name (those labelled
# above), but the body, which is read on its own. The rest of the email[...] fields (priority,
# retries, ...) are ignored.
_ASSIGNED = tuple(name for name in _LABELS if name != "body")
# The record's keys, in the order of the table's columns (email_id left out).
_COLUMNS = (
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
)
# yyyy-mm-dd hh:mm:ss as Yii's date validator reads "yyyy-mm-dd hh:mm:ss": "mm" is minutes, so the
# month is read as minutes and then overwritten (never checked), and the day is checked against
# January (1..31).
_SEND_AT = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2}) ([0-9]{2}):([0-9]{2}):([0-9]{2})")
_PLACEHOLDER = re.compile(r"\{\{\s*(params|contact)\.([^\s{}]+)\s*\}\}")
_TAGS = re.compile(r"<[^>]*>")
_PARAGRAPH_ENDS = re.compile(r"(?i)<\s*(br|/p|/div|/h[1-6]|/li|/tr)\b[^>]*>")


# What an email holds when nothing else was stored (also for sandbox files of older versions).
_DEFAULTS: dict[str, Any] = {
    "to_email": "",
    "to_name": "",
    "from_email": "",
    "from_name": "",
    "reply_to_email": None,
    "reply_to_name": None,
    "subject": "",
    "plain_text": "",
    "priority": "5",
    "retries": "0",
    "max_retries": "3",
    "send_at": "",
    "fallback_system_servers": "no",
    "status": "unsent",
    "params": {},
    "contact": {},
}


def load_email(db: sqlite3.Connection, row: sqlite3.Row) -> dict[str, Any]:
    """Everything stored for one email, the body as HTML and attachments as bytes (for inspection)."""
    data: dict[str, Any] = {**_DEFAULTS, "last_updated": row["date_added"], **json.loads(row["data"])}
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


def _render(db: sqlite3.Connection, row: sqlite3.Row, *, with_attachments: bool) -> dict[str, Any]:
    """A record as the server sends it; attachments only in a view, with their bytes as base64."""
    email = load_email(db, row)
    rec = {column: email.get(column) for column in _COLUMNS}
    rec["customer_id"] = CUSTOMER_ID
    if with_attachments:
        rec["attachments"] = [
            {"type": a["type"], "name": a["name"], "content": base64.b64encode(a["data"]).decode("ascii")}
            for a in email["attachments"]
        ]
    return rec


def _get(db: sqlite3.Connection, uid: str) -> sqlite3.Row:
    row: sqlite3.Row | None = db.execute(
        "SELECT * FROM transactional_emails WHERE uid = ?", (uid,)
    ).fetchone()
    if row is None:
        raise ApiError(404, "The email does not exist.")
    return row


@ROUTER.add("GET", "/transactional-emails", "listTransactionalEmails")
def list_emails(ctx: Context, req: Request) -> Reply:
    """Newest first; records without attachments."""
    page, per_page = page_args(req)
    count, rows = fetch_page(
        ctx, select="* FROM transactional_emails", where="1", args=(), page=page, per_page=per_page
    )
    return collection(count, page, per_page, [_render(ctx.db, row, with_attachments=False) for row in rows])


def _text(data: bytes, what: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise ApiError(
            422,
            f"{what} is not UTF-8 text once base64-decoded. (The sandbox refuses it; the server would "
            "accept it and then answer every list page and view holding this email with an empty body.)",
        ) from None


def _send_at(value: str | None, errors: Errors) -> str:
    """The stored ``send_at``: now (UTC) when empty; "" (MySQL's zero date, shown as "") when the
    format passes but the calendar date does not exist, such as month 13 or February 30."""
    if php_empty(value):
        return now()
    assert value is not None
    match = _SEND_AT.fullmatch(value)
    if match is None:
        errors.add("send_at", "The format of Send at is invalid.")
        return value
    year, month, day, hour, minute, second = (int(part) for part in match.groups())
    if year < 1 or not 1 <= day <= 31 or hour > 23 or minute > 59 or second > 59:
        errors.add("send_at", "The format of Send at is invalid.")
        return value
    if not 1 <= month <= 12 or day > calendar.monthrange(year, month)[1]:
        return ""
    return value


def _plain_text(body: str) -> str:
    """Plain text made from the HTML, roughly as the server's htmlToText does."""
    text = _PARAGRAPH_ENDS.sub("\n", body)
    text = html.unescape(_TAGS.sub("", text))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line).strip()


def _fill(content: str, params: Mapping[str, str], contact: Mapping[str, str]) -> str:
    """``{{ params.KEY }}`` and ``{{ contact.KEY }}`` filled; unknown keys are left as written."""

    def value(match: re.Match[str]) -> str:
        source = params if match.group(1) == "params" else contact
        return source.get(match.group(2), match.group(0))

    return _PLACEHOLDER.sub(value, content)


def _validate(ctx: Context, form: Mapping[str, str]) -> tuple[dict[str, Any], str]:
    """The checks of the model, in its rules' order; returns what is stored and the body."""
    config = ctx.config
    email = mapping(form, "email")
    params, contact = mapping(form, "email[params]"), mapping(form, "email[contact]")
    values: dict[str, str | None] = {key: email.get(key) for key in _ASSIGNED}
    errors = Errors()
    template_uid = email.get("template_uid", "")
    template = None
    if not is_blank(template_uid):
        template = ctx.db.execute("SELECT content FROM templates WHERE uid = ?", (template_uid,)).fetchone()
    if template is not None:
        body = _fill(template["content"], params, contact)
    else:
        raw = email.get("body")
        body = "" if php_empty(raw) else _text(php_base64_decode(raw or ""), "Body")
    values["body"] = body
    required = ("to_email", "to_name", "from_name", "subject")
    errors.required(values, _LABELS, *required, *(() if not is_blank(template_uid) else ("body",)))
    if not is_blank(template_uid) and template is None:
        errors.add("template_uid", "The template does not exist.")
    errors.length(
        values,
        _LABELS,
        *("to_email", "to_name", "from_email", "from_name", "reply_to_email", "reply_to_name"),
        maximum=150,
    )
    errors.email(values, _LABELS, "to_email", "from_email", "reply_to_email")
    from_email = values.get("from_email") or ""
    domain = from_email.rpartition("@")[2].lower()
    if config.check_sender_domain and from_email and domain not in config.verified_domains:
        errors.add("from_email", f"The domain {domain} is not a verified sending domain of this account.")
    errors.length(values, _LABELS, "subject", maximum=255)
    values["send_at"] = _send_at(email.get("send_at"), errors)
    if not errors and is_blacklisted(ctx.db, values["to_email"] or ""):
        errors.add("to_email", said.TRANSACTIONAL_BLACKLISTED)
    if errors:
        raise ApiError(422, errors.as_string())
    # Decoded as the body is; empty ("" or "0", PHP's empty()) means: made from the body.
    plain = email.get("plain_text")
    plain_text = "" if php_empty(plain) else _text(php_base64_decode(plain or ""), "Plain text")
    if php_empty(plain_text):
        plain_text = "" if php_empty(body) else _plain_text(body)
    stored: dict[str, Any] = {
        **{key: values[key] for key in _ASSIGNED},
        # NOT NULL without a default: a missing from_email is stored as "".
        "from_email": values["from_email"] or "",
        "plain_text": plain_text,
        "priority": "5",
        "retries": "0",
        "max_retries": "3",
        "fallback_system_servers": "no",
        "status": "unsent",
        "last_updated": now(),
        # Kept for Sandbox.outbox(), never sent back.
        "template_uid": template_uid,
        "params": params,
        "contact": contact,
    }
    return stored, body


def _extension(name: str) -> str:
    """PHP's ``pathinfo($name, PATHINFO_EXTENSION)``."""
    base = name.rsplit("/", 1)[-1]
    return base.rsplit(".", 1)[1] if "." in base else ""


def _attachments(config: Config, items: list[dict[str, str]]) -> list[tuple[str, str, bytes]]:
    """``(name, type, data)`` of each attachment, checked as the controller and the file validator
    check them; the first failure is raised as the server words it."""
    files: list[tuple[str, str, bytes]] = []
    for item in items:
        name, kind, data = item.get("name"), item.get("type"), item.get("data")
        if php_empty(name) or php_empty(kind) or php_empty(data):
            raise ApiError(422, "Please send the data in the correct format ([name, type, data]).")
        assert name is not None and kind is not None and data is not None
        if not _extension(name):
            raise ApiError(422, "Your attachment file is missing the extension.")
        content = php_base64_decode(data)
        if content in (b"", b"0"):
            raise ApiError(422, "Your attachment file is empty.")
        files.append((name, kind, content))
    problem = None
    if len(files) > config.max_attachments:
        problem = f"File cannot accept more than {config.max_attachments} files."
    for name, _, content in files:
        if problem is not None:
            break
        if len(content) > config.attachment_max_size:
            problem = (
                f'The file "{name}" is too large. Its size cannot exceed {config.attachment_max_size} bytes.'
            )
        elif _extension(name).lower() not in config.attachment_extensions:
            problem = (
                f'The file "{name}" cannot be uploaded. Only files with these extensions are allowed: '
                f"{', '.join(config.attachment_extensions)}."
            )
    if problem is not None:
        raise ApiError(422, f"Some files failed to be attached, here is why: <br />{html_encode(problem)}")
    # Files are saved under their names: two of the same name share one file, the later content.
    last = {name: content for name, _, content in files}
    # MySQL (no strict mode) cuts the name to 100 characters and the type to 50.
    return [(name[:100], kind[:50], last[name]) for name, kind, _ in files]


@ROUTER.add("POST", "/transactional-emails", "sendTransactionalEmail")
def send_email(ctx: Context, req: Request) -> Reply:
    """Validates as the server does (see the module's docstring for what follows Pakat instead);
    answers 201 with the new ``email_uid``. Attachments are checked after the email, and any
    refusal of theirs undoes the email too."""
    stored, body = _validate(ctx, req.form)
    items = indexed(req.form, "email[attachments]")
    files = _attachments(ctx.config, items) if ctx.config.attachments_enabled and items else []
    uid = new_uid()
    cursor = ctx.db.execute(
        "INSERT INTO transactional_emails (uid, data, body, date_added) VALUES (?, ?, ?, ?)",
        (uid, json.dumps(stored), body, now()),
    )
    ctx.db.executemany(
        "INSERT INTO attachments (email_id, position, name, type, data) VALUES (?, ?, ?, ?, ?)",
        [(cursor.lastrowid, n, name, kind, data) for n, (name, kind, data) in enumerate(files)],
    )
    bump_quota(ctx.db, 1)
    return created(email_uid=uid)


@ROUTER.add("GET", "/transactional-emails/{email_uid}", "getTransactionalEmail")
def get_email(ctx: Context, req: Request) -> Reply:
    """The record with the body as HTML and ``attachments`` as ``{type, name, content}``."""
    return record(_render(ctx.db, _get(ctx.db, req.params["email_uid"]), with_attachments=True))


@ROUTER.add("DELETE", "/transactional-emails/{email_uid}", "deleteTransactionalEmail")
def delete_email(ctx: Context, req: Request) -> Reply:
    row = _get(ctx.db, req.params["email_uid"])
    ctx.db.execute("DELETE FROM transactional_emails WHERE id = ?", (row["id"],))
    return success()


def deliver_due(db: sqlite3.Connection, config: Config, moment: datetime | None = None) -> int:
    """What the server's send cron does to unsent emails whose ``send_at`` has passed: each is
    marked ``sent``, or deleted when its recipient is blacklisted by now. Returns how many were
    marked sent."""
    stamp = (moment or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M:%S")
    delivered = 0
    for row in db.execute("SELECT id, data, date_added FROM transactional_emails ORDER BY id").fetchall():
        data = {**_DEFAULTS, "last_updated": row["date_added"], **json.loads(row["data"])}
        # A zero date ("") is before any time.
        if data["status"] != "unsent" or data["send_at"] >= stamp:
            continue
        if is_blacklisted(db, data["to_email"]):
            db.execute("DELETE FROM transactional_emails WHERE id = ?", (row["id"],))
            continue
        data.update(status="sent", last_updated=stamp)
        db.execute("UPDATE transactional_emails SET data = ? WHERE id = ?", (json.dumps(data), row["id"]))
        delivered += 1
    return delivered
