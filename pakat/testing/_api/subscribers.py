"""Subscribers of a list, searches, bulk creation and unsubscription.

Each handler checks things in the order the server does, and answers with the server's own words:
most refusals are a plain string under ``error``; only missing required fields are a map of tag
to message. Custom field values are stored by field id; a field given several values
(``TAG[]=a&TAG[]=b``) keeps them all and is read back joined with ``", "``.
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import re
import sqlite3
from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING, Any

# The details[status] a create applies (anything else is ignored), what an update applies, and the
# sources: the values openapi.json gives them.
from pakat_client.models.subscriber_create_status import SUBSCRIBER_CREATE_STATUS_VALUES
from pakat_client.models.subscriber_source import SUBSCRIBER_SOURCE_VALUES
from pakat_client.models.subscriber_status import SUBSCRIBER_STATUS_VALUES
from pakat_client.models.subscriber_update_status import SUBSCRIBER_UPDATE_STATUS_VALUES

from ... import _server_messages as said
from .._routing import ROUTER, ApiError, Reply, collection, page_args, record, success
from .._store import fast_uids, new_uid, now
from ._common import (
    LIST_VISIBLE,
    SUBSCRIBERS_LIST_MISSING,
    fetch_page,
    get_list,
    get_subscriber,
    list_fields,
    render_subscriber,
    render_subscriber_view,
)
from .lists import list_document

if TYPE_CHECKING:
    from .._routing import Context, Request

__all__ = ["add_to_blacklist", "is_blacklisted", "valid_address"]

EMAIL_MISSING = "Please provide the subscriber email address."
EMAIL_INVALID = "Please provide a valid email address."
NO_FIELDS = "The subscribers list does not have any custom field defined."
SAVE_FAILED = "Unable to save the subscriber!"
NO_PAYLOAD = "Please provide the subscribers list."
BULK_ROWS_MAX = 10_000
FIND_ALL_MAX = 100
UNSUBSCRIBE_ALL_MAX = 1000

# The server's address check: an ASCII local part, and a domain that is valid once IDNA-encoded.
_ADDRESS_RE = re.compile(
    r"[a-zA-Z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-zA-Z0-9!#$%&'*+/=?^_`{|}~-]+)*@"
    r"(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?\.)+[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?"
)
# A leading comparison in a custom-field search value, as the server's query builder reads it.
_COMPARISON_RE = re.compile(r"^(?:\s*(<>|<=|>=|<|>|=))?(.*)$", re.S)


def valid_address(value: str) -> bool:
    """Whether the server takes ``value`` as an email address."""
    local, at, domain = value.rpartition("@")
    if at and not domain.isascii():
        with contextlib.suppress(UnicodeError):
            value = f"{local}@{domain.encode('idna').decode('ascii')}"
    return len(value.encode("utf-8")) <= 254 and _ADDRESS_RE.fullmatch(value) is not None


def _empty(value: object) -> bool:
    """PHP's ``empty()`` on a request value: absent, ``""``, ``"0"`` or an empty array."""
    return value is None or value in ("", "0") or value == []


def _address(source: Mapping[str, str]) -> str:
    """The ``EMAIL`` of a query or body, or the server's 422 for a missing or invalid one."""
    email = source.get("EMAIL", "").strip()
    if _empty(email):
        raise ApiError(422, EMAIL_MISSING)
    if not valid_address(email):
        raise ApiError(422, EMAIL_INVALID)
    return email


def is_blacklisted(db: sqlite3.Connection, email: str) -> bool:
    """Whether the address is on the email blacklist (compared without regard to case)."""
    return db.execute("SELECT 1 FROM email_blacklist WHERE email = ?", (email,)).fetchone() is not None


def add_to_blacklist(db: sqlite3.Connection, email: str, reason: str) -> None:
    """Put an address on the email blacklist (once)."""
    db.execute(
        "INSERT OR IGNORE INTO email_blacklist (email, reason, date_added) VALUES (?, ?, ?)",
        (email, reason, now()),
    )


def _subscribers_list(ctx: Context, req: Request) -> sqlite3.Row:
    return get_list(ctx.db, req.params["list_uid"], message=SUBSCRIBERS_LIST_MISSING)


def _fields(db: sqlite3.Connection, list_id: int, *, display_order: bool = False) -> list[sqlite3.Row]:
    """The list's fields (in display order, or the server's storage order); 404 when it has none."""
    if display_order:
        fields = list_fields(db, list_id)
    else:
        fields = db.execute("SELECT * FROM fields WHERE list_id = ? ORDER BY id", (list_id,)).fetchall()
    if not fields:
        raise ApiError(404, NO_FIELDS)
    return fields


def _given(source: Mapping[str, str], tag: str) -> str | list[str] | None:
    """What the body holds for a tag: its value, its values (``TAG[0]``, ``TAG[1]``, ...) or None."""
    if tag in source:
        return source[tag]
    prefix = tag + "["
    values = [
        value
        for name, value in source.items()
        if name.startswith(prefix) and name.endswith("]") and "[" not in name[len(prefix) : -1]
    ]
    return values or None


def _stored(value: str | list[str]) -> str | list[str]:
    """A value as stored: each cut to 255 characters, repeated values once."""
    if isinstance(value, str):
        return value[:255]
    unique = list(dict.fromkeys(v[:255] for v in value))
    return unique[0] if len(unique) == 1 else unique


def _remote_ip(req: Request) -> str:
    for header in ("x-mw-remote-addr", "x-remote-addr"):
        if header in req.headers:
            return req.headers[header]
    return req.client_ip


def _details(
    details: Mapping[str, str], statuses: Collection[str], status: str, source: str, ip: str
) -> tuple[str, str, str]:
    """``(status, source, ip_address)`` after ``details[...]``: values out of range are ignored."""
    if details.get("status") in statuses:
        status = details["status"]
    candidate = details.get("ip_address", "")
    if candidate:
        try:
            ipaddress.ip_address(candidate)
        except ValueError:
            pass
        else:
            ip = candidate
    if details.get("source") in SUBSCRIBER_SOURCE_VALUES:
        source = details["source"]
    return status, source, ip


def _form_details(form: Mapping[str, str]) -> dict[str, str]:
    return {
        key: form[f"details[{key}]"]
        for key in ("status", "source", "ip_address")
        if f"details[{key}]" in form
    }


def _missing_required(
    fields: list[sqlite3.Row], source: Mapping[str, str], *, skip_email: bool
) -> dict[str, str]:
    return {
        field["tag"]: f"The field {field['tag']} is required by the list but it has not been provided!"
        for field in fields
        if field["required"] == "yes"
        and not (skip_email and field["tag"] == "EMAIL")
        and _empty(_given(source, field["tag"]))
    }


# Distinct addresses over the account's lists, deleted ones left out: what the account limit counts.
_ACCOUNT_ADDRESSES = (
    "SELECT COUNT(DISTINCT s.email) FROM subscribers s JOIN lists l ON l.id = s.list_id "
    "WHERE COALESCE(json_extract(l.data, '$.status'), 'active') != 'pending-delete'"
)


def _limit_reached(ctx: Context, list_id: int) -> str | None:
    """The 409 message when the account or the list already holds as many addresses as allowed."""
    config = ctx.config
    if config.max_subscribers is not None:
        (total,) = ctx.db.execute(_ACCOUNT_ADDRESSES).fetchone()
        if total >= config.max_subscribers:
            return said.MAX_SUBSCRIBERS
    if config.max_subscribers_per_list is not None:
        (count,) = ctx.db.execute(
            "SELECT COUNT(DISTINCT email) FROM subscribers WHERE list_id = ?", (list_id,)
        ).fetchone()
        if count >= config.max_subscribers_per_list:
            return said.MAX_LIST_SUBSCRIBERS
    return None


def _opt_in_status(list_row: sqlite3.Row) -> str:
    """A new subscriber's status: confirmed on a single opt-in list, unconfirmed on a double one."""
    opt_in = list_document(list_row)["general"].get("opt_in", "double")
    return "confirmed" if opt_in == "single" else "unconfirmed"


def _write(
    db: sqlite3.Connection,
    list_id: int,
    existing: sqlite3.Row | None,
    email: str,
    status: str,
    source: str,
    ip: str,
    values: dict[str, str | list[str]],
    *,
    uid: str | None = None,
    stamp: str | None = None,
) -> tuple[int, str]:
    """Insert a subscriber (with ``uid`` and ``stamp`` if given), or subscribe an unsubscribed one
    again with new values; its id and uid."""
    if existing is not None:
        db.execute(
            "UPDATE subscribers SET email = ?, status = ?, source = ?, ip_address = ?, fields = ? WHERE id = ?",
            (email, status, source, ip, json.dumps(values), existing["id"]),
        )
        subscriber_id, uid = existing["id"], existing["uid"]
    else:
        uid = uid or new_uid()
        cursor = db.execute(
            "INSERT INTO subscribers (uid, list_id, email, status, source, ip_address, date_added, fields) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (uid, list_id, email, status, source, ip, stamp or now(), json.dumps(values)),
        )
        assert cursor.lastrowid is not None
        subscriber_id = cursor.lastrowid
    if status == "blacklisted":
        add_to_blacklist(db, email, "Blacklisted via API")
    return subscriber_id, uid


def _written(row: sqlite3.Row, date_added: Any = None) -> dict[str, Any]:
    """The five attributes a create or update answers with."""
    return {
        "subscriber_uid": row["uid"],
        "email": row["email"],
        "ip_address": row["ip_address"],
        "source": row["source"],
        "date_added": row["date_added"] if date_added is None else date_added,
    }


@ROUTER.add("GET", "/lists/{list_uid}/subscribers", "listSubscribers")
def list_subscribers(ctx: Context, req: Request) -> Reply:
    """Newest first. ``status`` keeps only subscribers with that status when it is a known one;
    any other value is ignored."""
    list_row = _subscribers_list(ctx, req)
    fields = _fields(ctx.db, list_row["id"], display_order=True)
    page, per_page = page_args(req)
    where, args = "list_id = ?", [list_row["id"]]
    if req.query.get("status") in SUBSCRIBER_STATUS_VALUES:
        where += " AND status = ?"
        args.append(req.query["status"])
    count, rows = fetch_page(
        ctx, select="* FROM subscribers", where=where, args=tuple(args), page=page, per_page=per_page
    )
    return collection(count, page, per_page, [render_subscriber(row, fields) for row in rows])


@ROUTER.add("POST", "/lists/{list_uid}/subscribers", "createSubscriber")
def create_subscriber(ctx: Context, req: Request) -> Reply:
    """201 with five attributes of the subscriber under ``data.record``; a new one's
    ``date_added`` is the expression object the server (2.1.13) sends. The status follows the
    list's opt-in. An unsubscribed address is subscribed again, its values set anew."""
    form = req.form
    email = _address(form)
    list_row = _subscribers_list(ctx, req)
    if (list_row["uid"], email) in ctx.config.held_locks:
        raise ApiError(409, said.LOCK_BUSY)
    limit = _limit_reached(ctx, list_row["id"])
    if limit is not None:
        raise ApiError(409, limit)
    existing: sqlite3.Row | None = ctx.db.execute(
        "SELECT * FROM subscribers WHERE list_id = ? AND email = ?", (list_row["id"], email)
    ).fetchone()
    if existing is not None and existing["status"] != "unsubscribed":
        raise ApiError(409, said.SUBSCRIBER_EXISTS)
    if is_blacklisted(ctx.db, email):
        raise ApiError(409, said.SUBSCRIBER_BLACKLISTED)
    fields = _fields(ctx.db, list_row["id"])
    missing = _missing_required(fields, form, skip_email=False)
    if missing:
        raise ApiError(422, missing)
    status, source, ip = _details(
        _form_details(form), SUBSCRIBER_CREATE_STATUS_VALUES, _opt_in_status(list_row), "api", _remote_ip(req)
    )
    values: dict[str, str | list[str]] = {}
    for field in fields:
        if field["tag"] != "EMAIL":
            given = _given(form, field["tag"])
            values[str(field["id"])] = _stored(field["default_value"] if given is None else given)
    subscriber_id, _ = _write(ctx.db, list_row["id"], existing, email, status, source, ip, values)
    row = ctx.db.execute("SELECT * FROM subscribers WHERE id = ?", (subscriber_id,)).fetchone()
    new_date = {"expression": "NOW()", "params": []} if existing is None else None
    return record(_written(row, new_date), status=201)


@ROUTER.add("POST", "/lists/{list_uid}/subscribers/bulk", "createSubscribersBulk")
def create_subscribers_bulk(ctx: Context, req: Request) -> Reply:
    """Up to 10,000 rows (``subscribers[N][TAG]``, ``subscribers[N][details][...]``), each
    handled like a create without the lock; 201 with one record per row in the order sent."""
    list_row = _subscribers_list(ctx, req)
    limit = _limit_reached(ctx, list_row["id"])
    if limit is not None:
        raise ApiError(409, limit)
    rows = _bulk_rows(req.form)
    if rows is None:
        raise ApiError(422, NO_PAYLOAD)
    rows = rows[:BULK_ROWS_MAX]
    fields = _fields(ctx.db, list_row["id"])
    config = ctx.config
    (total,) = ctx.db.execute(_ACCOUNT_ADDRESSES).fetchone()
    (in_list,) = ctx.db.execute(
        "SELECT COUNT(DISTINCT email) FROM subscribers WHERE list_id = ?", (list_row["id"],)
    ).fetchone()
    opt_in_status = _opt_in_status(list_row)
    stamp, uids = now(), iter(fast_uids(len(rows)))
    records: list[dict[str, Any]] = []
    for sent, details in rows:
        email = sent.get("EMAIL")
        if not isinstance(email, str) or _empty(email) or not valid_address(email.strip()):
            records.append({"data": dict(sent), "errors": {"EMAIL": EMAIL_INVALID}})
            continue
        data: dict[str, Any] = {field["tag"]: sent.get(field["tag"]) for field in fields}
        missing = _missing_required(fields, sent, skip_email=False)
        if missing:
            records.append({"data": data, "errors": missing})
            continue
        error = None
        if config.max_subscribers is not None and total >= config.max_subscribers:
            error = {"_common": said.MAX_SUBSCRIBERS}
        elif config.max_subscribers_per_list is not None and in_list >= config.max_subscribers_per_list:
            error = {"_common": said.MAX_LIST_SUBSCRIBERS}
        if error is not None:
            records.append({"data": data, "errors": error})
            continue
        total += 1
        in_list += 1
        email = email.strip()
        existing: sqlite3.Row | None = ctx.db.execute(
            "SELECT * FROM subscribers WHERE list_id = ? AND email = ?", (list_row["id"], email)
        ).fetchone()
        if existing is not None and existing["status"] != "unsubscribed":
            records.append({"data": data, "errors": {"EMAIL": said.SUBSCRIBER_EXISTS}})
            continue
        if is_blacklisted(ctx.db, email):
            records.append({"data": data, "errors": {"EMAIL": said.SUBSCRIBER_BLACKLISTED}})
            continue
        status, source, ip = _details(
            details, SUBSCRIBER_CREATE_STATUS_VALUES, opt_in_status, "api", _remote_ip(req)
        )
        values: dict[str, str | list[str]] = {}
        for field in fields:
            if field["tag"] != "EMAIL":
                value = sent.get(field["tag"])
                values[str(field["id"])] = _stored(
                    value if isinstance(value, str) and not _empty(value) else field["default_value"]
                )
        _, data["subscriber_uid"] = _write(
            ctx.db, list_row["id"], existing, email, status, source, ip, values, uid=next(uids), stamp=stamp
        )
        records.append({"data": data})
    return Reply(201, {"status": "success", "data": {"records": records}})


_BULK_KEY = re.compile(r"subscribers\[([^\[\]]*)\](.*)$", re.S)
_ROW_KEY = re.compile(r"\[([^\[\]]*)\](?:\[([^\[\]]*)\])?$")


def _bulk_rows(form: Mapping[str, str]) -> list[tuple[dict[str, Any], dict[str, str]]] | None:
    """The rows of a bulk body in the order they first appear: each the values sent by tag and its
    ``details``. None when the body has no ``subscribers[...]`` array."""
    rows: dict[str, tuple[dict[str, Any], dict[str, str]]] = {}
    for name, value in form.items():
        match = _BULK_KEY.match(name)
        if match is None:
            continue
        index, rest = match.groups()
        sent, details = rows.setdefault(index, ({}, {}))
        if not rest:
            continue  # subscribers[N]=value: a row that is no array of fields
        key = _ROW_KEY.fullmatch(rest)
        if key is None:
            continue
        tag, sub = key.groups()
        if sub is None:
            sent[tag] = value
        elif tag == "details":
            details[sub] = value
        else:
            values = sent.get(tag)
            sent[tag] = [*values, value] if isinstance(values, list) else [value]
    return list(rows.values()) or None


@ROUTER.add("GET", "/lists/{list_uid}/subscribers/{subscriber_uid}", "getSubscriber")
def get_subscriber_(ctx: Context, req: Request) -> Reply:
    """Status, source and IP, then every field by tag; no ``date_added``."""
    list_row = _subscribers_list(ctx, req)
    row = get_subscriber(
        ctx.db, list_row["id"], req.params["subscriber_uid"], message=said.SUBSCRIBER_MISSING
    )
    return record(render_subscriber_view(row, _fields(ctx.db, list_row["id"])))


@ROUTER.add("PUT", "/lists/{list_uid}/subscribers/{subscriber_uid}", "updateSubscriber")
def update_subscriber(ctx: Context, req: Request) -> Reply:
    """Replaces the values of the tags sent; every required field but EMAIL must be sent each time.
    An unknown subscriber is a 409. Answers the five attributes a create answers."""
    form = req.form
    list_row = _subscribers_list(ctx, req)
    row: sqlite3.Row | None = ctx.db.execute(
        "SELECT * FROM subscribers WHERE uid = ? AND list_id = ?",
        (req.params["subscriber_uid"], list_row["id"]),
    ).fetchone()
    if row is None:
        raise ApiError(409, said.SUBSCRIBER_MISSING)
    email = form.get("EMAIL", "").strip()
    if _empty(email):
        email = row["email"]
    if not valid_address(email):
        raise ApiError(422, EMAIL_INVALID)
    fields = _fields(ctx.db, list_row["id"])
    missing = _missing_required(fields, form, skip_email=True)
    if missing:
        raise ApiError(422, missing)
    clash = ctx.db.execute(
        "SELECT 1 FROM subscribers WHERE list_id = ? AND email = ? AND id != ?",
        (list_row["id"], email, row["id"]),
    ).fetchone()
    if clash is not None:
        raise ApiError(409, said.SUBSCRIBER_EXISTS_ELSEWHERE)
    if row["status"] == "blacklisted":
        raise ApiError(409, said.SUBSCRIBER_BLACKLISTED)
    if is_blacklisted(ctx.db, email):
        if row["status"] == "confirmed":
            # The server's check marks a confirmed subscriber blacklisted, and that sticks.
            ctx.db.execute("UPDATE subscribers SET status = 'blacklisted' WHERE id = ?", (row["id"],))
        return Reply(409, {"status": "error", "error": said.SUBSCRIBER_BLACKLISTED})
    status, source, ip = _details(
        _form_details(form), SUBSCRIBER_UPDATE_STATUS_VALUES, row["status"], row["source"], row["ip_address"]
    )
    values: dict[str, str | list[str]] = json.loads(row["fields"])
    for field in fields:
        given = _given(form, field["tag"])
        if field["tag"] != "EMAIL" and given is not None:
            values[str(field["id"])] = _stored(given)
    ctx.db.execute(
        "UPDATE subscribers SET email = ?, status = ?, source = ?, ip_address = ?, fields = ? WHERE id = ?",
        (email, status, source, ip, json.dumps(values), row["id"]),
    )
    if status == "blacklisted":
        add_to_blacklist(ctx.db, email, "Blacklisted via API")
    updated = ctx.db.execute("SELECT * FROM subscribers WHERE id = ?", (row["id"],)).fetchone()
    return record(_written(updated))


@ROUTER.add("DELETE", "/lists/{list_uid}/subscribers/{subscriber_uid}", "deleteSubscriber")
def delete_subscriber(ctx: Context, req: Request) -> Reply:
    list_row = _subscribers_list(ctx, req)
    row = get_subscriber(
        ctx.db, list_row["id"], req.params["subscriber_uid"], message=said.SUBSCRIBER_MISSING
    )
    ctx.db.execute("DELETE FROM subscribers WHERE id = ?", (row["id"],))
    return success()


@ROUTER.add("GET", "/lists/{list_uid}/subscribers/search-by-email", "findSubscriberByEmail")
def find_by_email(ctx: Context, req: Request) -> Reply:
    """The address is checked before the list; 404 when the list has no subscriber with that
    address (compared without regard to case)."""
    email = _address(req.query)
    list_row = _subscribers_list(ctx, req)
    row = ctx.db.execute(
        "SELECT uid, status, date_added FROM subscribers WHERE list_id = ? AND email = ?",
        (list_row["id"], email),
    ).fetchone()
    if row is None:
        raise ApiError(404, said.SUBSCRIBER_MISSING)
    return success(
        data={"subscriber_uid": row["uid"], "status": row["status"], "date_added": row["date_added"]}
    )


@ROUTER.add("GET", "/lists/subscribers/search-by-email-in-all-lists", "findSubscriberByEmailInAllLists")
def find_by_email_in_all_lists(ctx: Context, req: Request) -> Reply:
    """Not paged: up to 100 subscribers with that address over the lists the account sees, each with
    its list, always as page 1 of 1 with ``count`` a number (0 when none)."""
    email = _address(req.query)
    rows = ctx.db.execute(
        "SELECT s.*, l.uid AS list_uid, l.data AS list_data FROM subscribers s JOIN lists l ON l.id = s.list_id "
        f"WHERE s.email = ? AND l.id IN (SELECT id FROM lists WHERE {LIST_VISIBLE}) ORDER BY s.id LIMIT ?",
        (email, FIND_ALL_MAX),
    ).fetchall()
    records: list[dict[str, Any]] = []
    for row in rows:
        general = json.loads(row["list_data"])["general"]
        records.append(
            {
                "subscriber_uid": row["uid"],
                "email": row["email"],
                "status": row["status"],
                "source": row["source"],
                "ip_address": row["ip_address"],
                "list": {
                    "list_uid": row["list_uid"],
                    "display_name": general.get("display_name") or general["name"],
                    "name": general["name"],
                },
                "date_added": row["date_added"],
            }
        )
    data = {
        "records": records,
        "count": len(records),
        "current_page": 1,
        "next_page": None,
        "prev_page": None,
    }
    return success(data={**data, "total_pages": 1})


@ROUTER.add("GET", "/lists/{list_uid}/subscribers/search-by-custom-fields", "searchSubscribersByCustomFields")
def search_by_custom_fields(ctx: Context, req: Request) -> Reply:
    """Query parameters named by a field tag (``FNAME=Sara``) select subscribers with exactly that
    value (any case); a value may start with a comparison (``>``, ``>=``, ``=``, ``<>``). No
    usable tag gives an empty collection, and so do two or more tags (the server applies them all
    to one stored value). Newest first."""
    list_row = _subscribers_list(ctx, req)
    fields = _fields(ctx.db, list_row["id"], display_order=True)
    page, per_page = page_args(req)
    wanted = [(field, req.query[field["tag"]]) for field in fields if not _empty(req.query.get(field["tag"]))]
    if len(wanted) != 1:
        return collection(0, page, per_page, [])
    field, raw = wanted[0]
    match = _COMPARISON_RE.match(raw)
    assert match is not None
    operator, value = match.group(1) or "=", match.group(2)
    where, args = "list_id = ?", [list_row["id"]]
    if value != "":
        if field["tag"] == "EMAIL":
            where += f" AND email {operator} ? COLLATE NOCASE"
        else:
            # The id comes from our own table, so it is safe inside the JSON path.
            where += (
                f" AND EXISTS (SELECT 1 FROM json_each(fields, '$.\"{int(field['id'])}\"') v "
                f"WHERE v.value {operator} ? COLLATE NOCASE)"
            )
        args.append(value)
    elif field["tag"] != "EMAIL":
        where += f" AND json_extract(fields, '$.\"{int(field['id'])}\"') IS NOT NULL"
    count, rows = fetch_page(
        ctx, select="* FROM subscribers", where=where, args=tuple(args), page=page, per_page=per_page
    )
    return collection(count, page, per_page, [render_subscriber(row, fields) for row in rows])


@ROUTER.add("PUT", "/lists/{list_uid}/subscribers/{subscriber_uid}/unsubscribe", "unsubscribeSubscriber")
def unsubscribe(ctx: Context, req: Request) -> Reply:
    """Only a confirmed subscriber becomes unsubscribed; any other status is left as it is (200)."""
    list_row = _subscribers_list(ctx, req)
    row = get_subscriber(
        ctx.db, list_row["id"], req.params["subscriber_uid"], message=said.SUBSCRIBER_MISSING
    )
    if row["status"] == "confirmed":
        ctx.db.execute("UPDATE subscribers SET status = 'unsubscribed' WHERE id = ?", (row["id"],))
    return success()


@ROUTER.add("PUT", "/lists/subscribers/unsubscribe-by-email-from-all-lists", "unsubscribeByEmailFromAllLists")
def unsubscribe_everywhere(ctx: Context, req: Request) -> Reply:
    """200 whether or not any list has the address; up to 1000 of its subscribers (on lists not
    deleted) become unsubscribed, whatever their status."""
    email = _address(req.form)
    ctx.db.execute(
        "UPDATE subscribers SET status = 'unsubscribed' WHERE id IN ("
        "SELECT s.id FROM subscribers s JOIN lists l ON l.id = s.list_id WHERE s.email = ? "
        "AND COALESCE(json_extract(l.data, '$.status'), 'active') != 'pending-delete' ORDER BY s.id LIMIT ?)",
        (email, UNSUBSCRIBE_ALL_MAX),
    )
    return success()
