"""Lookups and renderings shared by the API areas."""

from __future__ import annotations

import json
import re
import sqlite3
from typing import TYPE_CHECKING, Any

from .._catalog import CONDITION_OPERATORS
from .._routing import ApiError, not_found

if TYPE_CHECKING:
    from .._routing import Context

__all__ = [
    "LIST_MISSING",
    "LIST_VISIBLE",
    "SUBSCRIBERS_LIST_MISSING",
    "copy_name",
    "fetch_page",
    "get_campaign",
    "get_list",
    "get_subscriber",
    "get_subscribers_list",
    "list_fields",
    "render_subscriber",
    "render_subscriber_view",
    "segment_filter",
    "subscriber_ref",
    "subscriber_values",
    "target_filter",
]

_OPERATOR_SLUGS = {op["operator_id"]: op["slug"] for op in CONDITION_OPERATORS}

# The 404 of a list route, and of the routes under a list (subscribers, fields, segments).
LIST_MISSING = "The list does not exist."
SUBSCRIBERS_LIST_MISSING = "The subscribers list does not exist."
# SQL condition on ``lists`` rows: the lists the API shows (deleted and archived ones are hidden).
LIST_VISIBLE = "COALESCE(json_extract(data, '$.status'), 'active') NOT IN ('pending-delete', 'archived')"


def copy_name(name: str) -> str:
    """The name of a copy (of a list or a campaign): `` #1`` appended, or a trailing ``#N`` counted up."""
    match = re.search(r"#(\d+)$", name)
    if match is None:
        return f"{name} #1"
    return f"{name[: match.start()]}#{int(match.group(1)) + 1}"


def _one(db: sqlite3.Connection, sql: str, args: tuple[Any, ...], what: str) -> sqlite3.Row:
    row: sqlite3.Row | None = db.execute(sql, args).fetchone()
    if row is None:
        raise not_found(what)
    return row


def get_list(
    db: sqlite3.Connection, list_uid: str, *, message: str = LIST_MISSING, any_status: bool = False
) -> sqlite3.Row:
    """The list row for ``list_uid``; 404 with ``message`` when there is none.

    A deleted (``pending-delete``) or archived list counts as none, unless ``any_status`` (the
    server's field and segment routes still find such lists).
    """
    where = "uid = ?" if any_status else f"uid = ? AND {LIST_VISIBLE}"
    row: sqlite3.Row | None = db.execute(f"SELECT * FROM lists WHERE {where}", (list_uid,)).fetchone()
    if row is None:
        raise ApiError(404, message)
    return row


def get_subscribers_list(db: sqlite3.Connection, list_uid: str) -> sqlite3.Row:
    """The list row for ``list_uid`` as the list's sub-resources (fields, segments, subscribers)
    look it up: 404 "The subscribers list does not exist." when there is none."""
    row: sqlite3.Row | None = db.execute("SELECT * FROM lists WHERE uid = ?", (list_uid,)).fetchone()
    if row is None:
        raise ApiError(404, "The subscribers list does not exist.")
    return row


def get_subscriber(
    db: sqlite3.Connection, list_id: int, subscriber_uid: str, *, message: str | None = None
) -> sqlite3.Row:
    """The subscriber ``subscriber_uid`` of list ``list_id``; 404 when it is not in that list
    (with ``message``, else "The subscriber does not exist.")."""
    row: sqlite3.Row | None = db.execute(
        "SELECT * FROM subscribers WHERE uid = ? AND list_id = ?", (subscriber_uid, list_id)
    ).fetchone()
    if row is None:
        raise ApiError(404, message) if message is not None else not_found("subscriber")
    return row


def get_campaign(db: sqlite3.Connection, campaign_uid: str) -> sqlite3.Row:
    """The campaign row for ``campaign_uid``; 404 when there is none."""
    return _one(db, "SELECT * FROM campaigns WHERE uid = ?", (campaign_uid,), "campaign")


def list_fields(db: sqlite3.Connection, list_id: int) -> list[sqlite3.Row]:
    """The list's custom fields in display order."""
    return db.execute("SELECT * FROM fields WHERE list_id = ? ORDER BY sort_order, id", (list_id,)).fetchall()


def subscriber_values(row: sqlite3.Row, fields: list[sqlite3.Row]) -> dict[str, str]:
    """The subscriber's value of each field, by tag: ``EMAIL`` its address, a field with several
    values those joined with ``", "``, a field without a value ``""``."""
    stored: dict[str, str | list[str]] = json.loads(row["fields"])
    out: dict[str, str] = {}
    for field in fields:
        if field["tag"] == "EMAIL":
            out["EMAIL"] = row["email"]
            continue
        value = stored.get(str(field["id"]), "")
        out[field["tag"]] = ", ".join(value) if isinstance(value, list) else value
    return out


def render_subscriber(row: sqlite3.Row, fields: list[sqlite3.Row]) -> dict[str, Any]:
    """A subscriber as collections send it (listSubscribers, the custom-field search):
    ``subscriber_uid``, every field of the list by tag in the order of ``fields`` (display
    order), then ``status``, ``source``, ``ip_address`` and ``date_added``. No lower-case
    ``email`` key: the address is under ``EMAIL``."""
    return {
        "subscriber_uid": row["uid"],
        **subscriber_values(row, fields),
        "status": row["status"],
        "source": row["source"],
        "ip_address": row["ip_address"],
        "date_added": row["date_added"],
    }


def render_subscriber_view(row: sqlite3.Row, fields: list[sqlite3.Row]) -> dict[str, Any]:
    """A subscriber as getSubscriber sends it: ``subscriber_uid``, ``status``, ``source``,
    ``ip_address``, then every field by tag in the order of ``fields`` (the server's storage
    order). No ``date_added``."""
    return {
        "subscriber_uid": row["uid"],
        "status": row["status"],
        "source": row["source"],
        "ip_address": row["ip_address"],
        **subscriber_values(row, fields),
    }


def subscriber_ref(uid: str, email: str) -> dict[str, str]:
    """The short form other records use to name a subscriber."""
    return {"subscriber_uid": uid, "email": email}


def fetch_page(
    ctx: Context,
    *,
    select: str,
    where: str,
    args: tuple[Any, ...],
    page: int,
    per_page: int,
    order: str = "id",
    count_from: str | None = None,
    newest_first: bool = True,
) -> tuple[int, list[sqlite3.Row]]:
    """``(total count, rows of the page)`` for ``SELECT {select} ... WHERE {where} ORDER BY {order}``.

    ``select`` holds the columns and the FROM clause (``"s.* FROM subscribers s"``), the first
    table's ``id`` among the columns; ``order`` is that id column. Rows come newest first (highest
    id first), as the server orders its collections, unless ``newest_first`` is False.
    ``count_from`` (the FROM clause alone) keeps joins out of the count when they do not filter.
    Sequential pages are served by id (keyset) rather than OFFSET when the store's cache knows
    where the previous page ended.
    """
    source = count_from or select.split(" FROM ", 1)[1]
    count = ctx.cache.count(ctx.db, f"SELECT COUNT(*) FROM {source} WHERE {where}", args)
    offset = (page - 1) * per_page
    if offset >= count:
        return count, []
    direction, beyond = ("DESC", "<") if newest_first else ("ASC", ">")
    key = (select, where, args, per_page, newest_first)
    after = ctx.cache.last_id(ctx.db, (*key, page - 1)) if page > 1 else None
    if after is not None:
        rows = ctx.db.execute(
            f"SELECT {select} WHERE ({where}) AND {order} {beyond} ? ORDER BY {order} {direction} LIMIT ?",
            (*args, after, per_page),
        ).fetchall()
    else:
        rows = ctx.db.execute(
            f"SELECT {select} WHERE {where} ORDER BY {order} {direction} LIMIT ? OFFSET ?",
            (*args, per_page, offset),
        ).fetchall()
    if rows:
        ctx.cache.remember_last_id((*key, page), int(rows[-1]["id"]))
    return count, rows


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def segment_filter(db: sqlite3.Connection, segment: sqlite3.Row) -> tuple[str, list[Any]]:
    """An SQL condition on subscribers ``s`` that holds for the segment's members.

    Field conditions are evaluated (text comparison, numbers for greater/less, LIKE matching is
    case-insensitive for ASCII); conditions on fields deleted since, and campaign conditions
    (opens and clicks), are not evaluated.
    """
    tags = {row["id"]: row["tag"] for row in list_fields(db, segment["list_id"])}
    parts: list[str] = []
    args: list[Any] = []
    for condition in json.loads(segment["conditions"]):
        field_id = int(condition["field_id"])
        slug = _OPERATOR_SLUGS.get(int(condition["operator_id"]))
        if field_id not in tags or slug is None:
            continue
        # field_id is an int from our own table, so inlining it in the JSON path is safe.
        column = (
            "s.email"
            if tags[field_id] == "EMAIL"
            else f"COALESCE(json_extract(s.fields, '$.\"{field_id}\"'), '')"
        )
        value = str(condition.get("value", ""))
        like = _escape_like(value)
        sql, arg = {
            "is": (f"{column} = ?", value),
            "is-not": (f"{column} != ?", value),
            "contains": (f"{column} LIKE ? ESCAPE '\\'", f"%{like}%"),
            "not-contains": (f"{column} NOT LIKE ? ESCAPE '\\'", f"%{like}%"),
            "starts": (f"{column} LIKE ? ESCAPE '\\'", f"{like}%"),
            "not-starts": (f"{column} NOT LIKE ? ESCAPE '\\'", f"{like}%"),
            "ends": (f"{column} LIKE ? ESCAPE '\\'", f"%{like}"),
            "not-ends": (f"{column} NOT LIKE ? ESCAPE '\\'", f"%{like}"),
            "greater": (f"CAST({column} AS REAL) > CAST(? AS REAL)", value),
            "less": (f"CAST({column} AS REAL) < CAST(? AS REAL)", value),
        }[slug]
        parts.append(sql)
        args.append(arg)
    if not parts:
        return "1", []
    joiner = " OR " if segment["operator_match"] == "any" else " AND "
    return "(" + joiner.join(parts) + ")", args


def target_filter(db: sqlite3.Connection, list_id: int, segment_id: int | None) -> tuple[str, list[Any]]:
    """The SQL condition on subscribers ``s`` selecting who a campaign goes to: the confirmed
    subscribers of its list, narrowed to its segment when it has one."""
    where = "s.list_id = ? AND s.status = 'confirmed'"
    args: list[Any] = [list_id]
    if segment_id is not None:
        segment = db.execute("SELECT * FROM segments WHERE id = ?", (segment_id,)).fetchone()
        if segment is not None:
            extra, extra_args = segment_filter(db, segment)
            where += f" AND {extra}"
            args += extra_args
    return where, args
