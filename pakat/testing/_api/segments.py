"""Segments of a list, their conditions, and the operators conditions use."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from .._catalog import CONDITION_OPERATORS
from .._routing import (
    ROUTER,
    Context,
    Reply,
    Request,
    collection,
    created,
    not_found,
    page_args,
    page_of,
    record,
    success,
)
from .._store import new_uid, now
from .._validation import Validator, indexed
from ._common import fetch_page, get_list, list_fields, segment_filter

__all__ = ["copy_segments", "segment_count"]

_OPERATOR_IDS = {str(op["operator_id"]) for op in CONDITION_OPERATORS}
_ACTIONS = ("open", "click")
_TIME_OPERATORS = ("lte", "lt", "gte", "gt", "eq")
_TIME_UNITS = ("day", "month", "year")


def segment_count(db: sqlite3.Connection, segment: sqlite3.Row) -> int:
    """How many confirmed subscribers of the segment's list meet its field conditions."""
    where, args = segment_filter(db, segment)
    count: int = db.execute(
        f"SELECT COUNT(*) FROM subscribers s WHERE s.list_id = ? AND s.status = 'confirmed' AND {where}",
        (segment["list_id"], *args),
    ).fetchone()[0]
    return count


def copy_segments(db: sqlite3.Connection, from_list: int, to_list: int, field_map: dict[int, int]) -> None:
    """Copy every segment of a list to another whose fields were copied as ``field_map`` says."""
    for row in db.execute("SELECT * FROM segments WHERE list_id = ?", (from_list,)).fetchall():
        conditions = [
            {**c, "field_id": field_map.get(int(c["field_id"]), c["field_id"])}
            for c in json.loads(row["conditions"])
        ]
        db.execute(
            "INSERT INTO segments (uid, list_id, name, operator_match, conditions, campaign_conditions, "
            "date_added) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                new_uid(),
                to_list,
                row["name"],
                row["operator_match"],
                json.dumps(conditions),
                row["campaign_conditions"],
                now(),
            ),
        )


def _render(db: sqlite3.Connection, row: sqlite3.Row, *, detail: bool) -> dict[str, Any]:
    rec: dict[str, Any] = {
        "segment_uid": row["uid"],
        "name": row["name"],
        "subscribers_count": segment_count(db, row),
    }
    if detail:
        rec |= {
            "segment_id": row["id"],
            "operator_match": row["operator_match"],
            "date_added": row["date_added"],
            "conditions": json.loads(row["conditions"]),
            "campaign_conditions": json.loads(row["campaign_conditions"]),
        }
    return rec


def _get_segment(db: sqlite3.Connection, list_id: int, segment_uid: str) -> sqlite3.Row:
    row: sqlite3.Row | None = db.execute(
        "SELECT * FROM segments WHERE uid = ? AND list_id = ?", (segment_uid, list_id)
    ).fetchone()
    if row is None:
        raise not_found("segment")
    return row


def _read_conditions(
    db: sqlite3.Connection, req: Request, list_id: int, *, creating: bool
) -> tuple[list[dict[str, Any]] | None, list[dict[str, Any]] | None]:
    """Validate the form; returns the conditions and campaign conditions it gives (None: not given)."""
    form = req.form
    v = Validator(form)
    if creating:
        v.require("name", "operator_match")
    else:
        v.require(*(f for f in ("name", "operator_match") if f in form))
    v.enum("operator_match", ("any", "all"))
    field_ids = {str(row["id"]) for row in list_fields(db, list_id)}
    conditions = indexed(form, "conditions")
    for n, condition in enumerate(conditions):
        if condition.get("field_id") not in field_ids:
            v.error(f"conditions[{n}][field_id]", "Field id is not a field of this list.")
        if condition.get("operator_id") not in _OPERATOR_IDS:
            v.error(f"conditions[{n}][operator_id]", "Operator id is not a known operator.")
    campaign_conditions = indexed(form, "campaign_conditions", loose=True)
    for n, condition in enumerate(campaign_conditions):
        prefix = f"campaign_conditions[{n}]"
        if condition.get("action") not in _ACTIONS:
            v.error(f"{prefix}[action]", "Action must be one of: open, click.")
        checks = (("time_comparison_operator", _TIME_OPERATORS), ("time_unit", _TIME_UNITS))
        for key, allowed in checks:
            if key in condition and condition[key] not in allowed:
                v.error(
                    f"{prefix}[{key}]",
                    f"{key.replace('_', ' ').capitalize()} must be one of: {', '.join(allowed)}.",
                )
        for key in ("campaign_id", "time_value"):
            if not condition.get(key, "0").isdigit():
                v.error(f"{prefix}[{key}]", f"{key.replace('_', ' ').capitalize()} must be an integer.")
    v.check()
    stored = [
        {"field_id": int(c["field_id"]), "operator_id": int(c["operator_id"]), "value": c.get("value", "")}
        for c in conditions
    ]
    return (stored if conditions or creating else None), (
        campaign_conditions if campaign_conditions or creating else None
    )


@ROUTER.add("GET", "/lists/{list_uid}/segments", "listSegments")
def list_segments(ctx: Context, req: Request) -> Reply:
    list_row = get_list(ctx.db, req.params["list_uid"])
    page, per_page = page_args(req)
    count, rows = fetch_page(
        ctx,
        select="* FROM segments",
        where="list_id = ?",
        args=(list_row["id"],),
        page=page,
        per_page=per_page,
    )
    return collection(count, page, per_page, [_render(ctx.db, row, detail=False) for row in rows])


@ROUTER.add("POST", "/lists/{list_uid}/segments", "createSegment")
def create_segment(ctx: Context, req: Request) -> Reply:
    list_row = get_list(ctx.db, req.params["list_uid"])
    conditions, campaign_conditions = _read_conditions(ctx.db, req, list_row["id"], creating=True)
    uid = new_uid()
    ctx.db.execute(
        "INSERT INTO segments (uid, list_id, name, operator_match, conditions, campaign_conditions, date_added) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            uid,
            list_row["id"],
            req.form["name"],
            req.form["operator_match"],
            json.dumps(conditions),
            json.dumps(campaign_conditions),
            now(),
        ),
    )
    return created(segment_uid=uid)


@ROUTER.add("GET", "/lists/{list_uid}/segments/{segment_uid}", "getSegment")
def get_segment(ctx: Context, req: Request) -> Reply:
    list_row = get_list(ctx.db, req.params["list_uid"])
    return record(
        _render(ctx.db, _get_segment(ctx.db, list_row["id"], req.params["segment_uid"]), detail=True)
    )


@ROUTER.add("PUT", "/lists/{list_uid}/segments/{segment_uid}", "updateSegment")
def update_segment(ctx: Context, req: Request) -> Reply:
    """Given conditions (or campaign conditions) replace all the stored ones; absent ones stay."""
    list_row = get_list(ctx.db, req.params["list_uid"])
    row = _get_segment(ctx.db, list_row["id"], req.params["segment_uid"])
    conditions, campaign_conditions = _read_conditions(ctx.db, req, list_row["id"], creating=False)
    changes: dict[str, str] = {k: req.form[k] for k in ("name", "operator_match") if k in req.form}
    if conditions is not None:
        changes["conditions"] = json.dumps(conditions)
    if campaign_conditions is not None:
        changes["campaign_conditions"] = json.dumps(campaign_conditions)
    if changes:
        assignments = ", ".join(f"{column} = ?" for column in changes)
        ctx.db.execute(f"UPDATE segments SET {assignments} WHERE id = ?", (*changes.values(), row["id"]))
    return success(segment_uid=row["uid"])


@ROUTER.add("DELETE", "/lists/{list_uid}/segments/{segment_uid}", "deleteSegment")
def delete_segment(ctx: Context, req: Request) -> Reply:
    list_row = get_list(ctx.db, req.params["list_uid"])
    row = _get_segment(ctx.db, list_row["id"], req.params["segment_uid"])
    ctx.db.execute("DELETE FROM segments WHERE id = ?", (row["id"],))
    return success()


@ROUTER.add("GET", "/lists/segments/condition-operators", "listSegmentConditionOperators")
def list_condition_operators(ctx: Context, req: Request) -> Reply:
    return page_of(req, CONDITION_OPERATORS)
