"""Subscribers of a list, searches, and unsubscription."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from ... import _server_messages as said
from .._routing import (
    ROUTER,
    ApiError,
    Context,
    Reply,
    Request,
    collection,
    not_found,
    page_args,
    record,
    success,
)
from .._store import new_uid, now
from .._validation import Validator
from ._common import SUBSCRIBER_STATUSES, fetch_page, get_list, get_subscriber, list_fields, render_subscriber

__all__: list[str] = []

_SOURCES = ("web", "api", "import")


def _validate(
    db: sqlite3.Connection, req: Request, list_id: int, fields: list[sqlite3.Row], current: sqlite3.Row | None
) -> sqlite3.Row | None:
    """Check the form; the unsubscribed subscriber a create subscribes again, if any.

    An address already on the list is refused with 409, unless a create finds it unsubscribed.
    """
    form = req.form
    v = Validator(form)
    for field in fields:
        tag = field["tag"]
        # On update only the fields given are checked; a required one may not be blanked.
        required = field["required"] == "yes" or tag == "EMAIL"
        if required and (current is None or tag in form):
            v.require(tag, label=field["label"])
    v.email("EMAIL")
    v.enum("details[status]", SUBSCRIBER_STATUSES)
    v.enum("details[source]", _SOURCES)
    v.check()
    email = form.get("EMAIL", "").strip()
    if not email:
        return None
    clash: sqlite3.Row | None = db.execute(
        "SELECT * FROM subscribers WHERE list_id = ? AND email = ? AND id != ?",
        (list_id, email, current["id"] if current is not None else -1),
    ).fetchone()
    if clash is None:
        return None
    if current is not None:
        raise ApiError(409, said.SUBSCRIBER_EXISTS_ELSEWHERE)
    if clash["status"] != "unsubscribed":
        raise ApiError(409, said.SUBSCRIBER_EXISTS)
    return clash


def _values(form: dict[str, str], fields: list[sqlite3.Row], base: dict[str, str]) -> dict[str, str]:
    values = dict(base)
    for field in fields:
        if field["tag"] != "EMAIL" and field["tag"] in form:
            values[str(field["id"])] = form[field["tag"]]
    return values


def _reply(db: sqlite3.Connection, subscriber_id: int, fields: list[sqlite3.Row], status: int) -> Reply:
    row = db.execute("SELECT * FROM subscribers WHERE id = ?", (subscriber_id,)).fetchone()
    return Reply(status, {"status": "success", "data": {"record": render_subscriber(row, fields)}})


@ROUTER.add("GET", "/lists/{list_uid}/subscribers", "listSubscribers")
def list_subscribers(ctx: Context, req: Request) -> Reply:
    """Oldest first. ``status`` keeps only subscribers with that status."""
    list_row = get_list(ctx.db, req.params["list_uid"])
    page, per_page = page_args(req)
    where, args = "list_id = ?", [list_row["id"]]
    if "status" in req.query:
        where += " AND status = ?"
        args.append(req.query["status"])
    count, rows = fetch_page(
        ctx, select="* FROM subscribers", where=where, args=tuple(args), page=page, per_page=per_page
    )
    fields = list_fields(ctx.db, list_row["id"])
    return collection(count, page, per_page, [render_subscriber(row, fields) for row in rows])


@ROUTER.add("POST", "/lists/{list_uid}/subscribers", "createSubscriber")
def create_subscriber(ctx: Context, req: Request) -> Reply:
    """Answers the whole new subscriber under ``data.record``. Status defaults to confirmed, as on a
    single opt-in list; fields left out take their default value. An unsubscribed address is
    subscribed again, its fields set anew as for a new subscriber."""
    list_row = get_list(ctx.db, req.params["list_uid"])
    fields = list_fields(ctx.db, list_row["id"])
    returning = _validate(ctx.db, req, list_row["id"], fields, None)
    form = req.form
    defaults = {
        str(f["id"]): f["default_value"] for f in fields if f["default_value"] and f["tag"] != "EMAIL"
    }
    if returning is not None:
        ctx.db.execute(
            "UPDATE subscribers SET status = ?, source = ?, ip_address = ?, fields = ? WHERE id = ?",
            (
                form.get("details[status]", "confirmed"),
                form.get("details[source]", "api"),
                form.get("details[ip_address]", ""),
                json.dumps(_values(form, fields, defaults)),
                returning["id"],
            ),
        )
        return _reply(ctx.db, returning["id"], fields, 201)
    cursor = ctx.db.execute(
        "INSERT INTO subscribers (uid, list_id, email, status, source, ip_address, date_added, fields) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            new_uid(),
            list_row["id"],
            form["EMAIL"].strip(),
            form.get("details[status]", "confirmed"),
            form.get("details[source]", "api"),
            form.get("details[ip_address]", ""),
            now(),
            json.dumps(_values(form, fields, defaults)),
        ),
    )
    assert cursor.lastrowid is not None
    return _reply(ctx.db, cursor.lastrowid, fields, 201)


@ROUTER.add("GET", "/lists/{list_uid}/subscribers/{subscriber_uid}", "getSubscriber")
def get_subscriber_(ctx: Context, req: Request) -> Reply:
    list_row = get_list(ctx.db, req.params["list_uid"])
    row = get_subscriber(ctx.db, list_row["id"], req.params["subscriber_uid"])
    return record(render_subscriber(row, list_fields(ctx.db, list_row["id"])))


@ROUTER.add("PUT", "/lists/{list_uid}/subscribers/{subscriber_uid}", "updateSubscriber")
def update_subscriber(ctx: Context, req: Request) -> Reply:
    """Changes only the fields given; answers the whole subscriber under ``data.record``."""
    list_row = get_list(ctx.db, req.params["list_uid"])
    try:
        row = get_subscriber(ctx.db, list_row["id"], req.params["subscriber_uid"])
    except ApiError:
        raise ApiError(409, said.SUBSCRIBER_MISSING) from None
    fields = list_fields(ctx.db, list_row["id"])
    _validate(ctx.db, req, list_row["id"], fields, row)
    form = req.form
    ctx.db.execute(
        "UPDATE subscribers SET email = ?, status = ?, source = ?, ip_address = ?, fields = ? WHERE id = ?",
        (
            form.get("EMAIL", row["email"]).strip(),
            form.get("details[status]", row["status"]),
            form.get("details[source]", row["source"]),
            form.get("details[ip_address]", row["ip_address"]),
            json.dumps(_values(form, fields, json.loads(row["fields"]))),
            row["id"],
        ),
    )
    return _reply(ctx.db, row["id"], fields, 200)


@ROUTER.add("DELETE", "/lists/{list_uid}/subscribers/{subscriber_uid}", "deleteSubscriber")
def delete_subscriber(ctx: Context, req: Request) -> Reply:
    list_row = get_list(ctx.db, req.params["list_uid"])
    row = get_subscriber(ctx.db, list_row["id"], req.params["subscriber_uid"])
    ctx.db.execute("DELETE FROM subscribers WHERE id = ?", (row["id"],))
    return success()


def _required_email(source: dict[str, str]) -> str:
    v = Validator(source)
    v.require("EMAIL", label="Email")
    v.email("EMAIL")
    v.check()
    return source["EMAIL"].strip()


@ROUTER.add("GET", "/lists/{list_uid}/subscribers/search-by-email", "findSubscriberByEmail")
def find_by_email(ctx: Context, req: Request) -> Reply:
    """404 when the list has no subscriber with that address (compared without regard to case)."""
    list_row = get_list(ctx.db, req.params["list_uid"])
    email = _required_email(req.query)
    row = ctx.db.execute(
        "SELECT uid, status, date_added FROM subscribers WHERE list_id = ? AND email = ?",
        (list_row["id"], email),
    ).fetchone()
    if row is None:
        raise not_found("subscriber")
    return success(
        data={"subscriber_uid": row["uid"], "status": row["status"], "date_added": row["date_added"]}
    )


@ROUTER.add("GET", "/lists/subscribers/search-by-email-in-all-lists", "findSubscriberByEmailInAllLists")
def find_by_email_in_all_lists(ctx: Context, req: Request) -> Reply:
    """Every list's subscriber with that address, each with its list; an empty page when none."""
    email = _required_email(req.query)
    page, per_page = page_args(req)
    count, rows = fetch_page(
        ctx,
        select="s.*, l.uid AS list_uid, l.data AS list_data FROM subscribers s JOIN lists l ON l.id = s.list_id",
        count_from="subscribers s",
        where="s.email = ?",
        args=(email,),
        order="s.id",
        page=page,
        per_page=per_page,
    )
    records: list[dict[str, Any]] = []
    for row in rows:
        general = json.loads(row["list_data"])["general"]
        rec = render_subscriber(row, list_fields(ctx.db, row["list_id"]))
        rec["list"] = {
            "list_uid": row["list_uid"],
            "display_name": general.get("display_name") or general["name"],
            "name": general["name"],
        }
        records.append(rec)
    return collection(count, page, per_page, records)


@ROUTER.add("GET", "/lists/{list_uid}/subscribers/search-by-custom-fields", "searchSubscribersByCustomFields")
def search_by_custom_fields(ctx: Context, req: Request) -> Reply:
    """Query parameters other than page/per_page are ``TAG=value`` pairs (``custom_fields[TAG]``
    is read the same); a subscriber matches when every given field equals its value exactly."""
    list_row = get_list(ctx.db, req.params["list_uid"])
    page, per_page = page_args(req)
    wanted = {
        name.removeprefix("custom_fields[").removesuffix("]"): value
        for name, value in req.query.items()
        if name not in ("page", "per_page")
    }
    if not wanted:
        raise ApiError(422, {"custom_fields": "Give at least one field tag and value, such as FNAME=Sara."})
    fields = list_fields(ctx.db, list_row["id"])
    by_tag = {f["tag"]: f["id"] for f in fields}
    unknown = {tag: f"This list has no field with the tag {tag}." for tag in wanted if tag not in by_tag}
    if unknown:
        raise ApiError(422, unknown)
    where, args = "list_id = ?", [list_row["id"]]
    for tag, value in wanted.items():
        if tag == "EMAIL":
            where += " AND email = ?"
        else:
            # The id comes from our own table, so it is safe inside the JSON path.
            where += f" AND COALESCE(json_extract(fields, '$.\"{by_tag[tag]}\"'), '') = ?"
        args.append(value)
    count, rows = fetch_page(
        ctx, select="* FROM subscribers", where=where, args=tuple(args), page=page, per_page=per_page
    )
    return collection(count, page, per_page, [render_subscriber(row, fields) for row in rows])


@ROUTER.add("PUT", "/lists/{list_uid}/subscribers/{subscriber_uid}/unsubscribe", "unsubscribeSubscriber")
def unsubscribe(ctx: Context, req: Request) -> Reply:
    list_row = get_list(ctx.db, req.params["list_uid"])
    row = get_subscriber(ctx.db, list_row["id"], req.params["subscriber_uid"])
    ctx.db.execute("UPDATE subscribers SET status = 'unsubscribed' WHERE id = ?", (row["id"],))
    return success()


@ROUTER.add("PUT", "/lists/subscribers/unsubscribe-by-email-from-all-lists", "unsubscribeByEmailFromAllLists")
def unsubscribe_everywhere(ctx: Context, req: Request) -> Reply:
    """404 when no list has a subscriber with that address."""
    email = _required_email(req.form)
    cursor = ctx.db.execute("UPDATE subscribers SET status = 'unsubscribed' WHERE email = ?", (email,))
    if cursor.rowcount == 0:
        raise not_found("subscriber")
    return success()
