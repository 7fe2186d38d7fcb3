"""Segments of a list, their conditions, and the operators conditions use.

Create, view, update and delete follow MailWizz 2.7.2 (2.1.13 has no such routes): answers carry
the whole segment under ``data.record``, an update replaces every condition, and a delete only
marks the segment (and the campaigns that use it) for deletion.
"""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, get_args
from zoneinfo import ZoneInfo

from pakat_client.models.operator_match import OPERATOR_MATCH_VALUES

from ...types import CampaignAction, TimeComparison, TimeUnit
from .._catalog import CONDITION_OPERATORS
from .._routing import ROUTER, ApiError, Reply, collection, page_args, record, success
from .._store import new_uid, now
from .._validation import php_value
from ._common import fetch_page, get_subscribers_list, segment_filter

if TYPE_CHECKING:
    from .._routing import Context, Request

__all__ = ["copy_segments", "segment_count"]

_OPERATOR_IDS = {int(op["operator_id"]) for op in CONDITION_OPERATORS}
_ACTIONS = get_args(CampaignAction)
_TIME_OPERATORS = get_args(TimeComparison)
_TIME_UNITS = get_args(TimeUnit)
# PHP's patterns without the u flag: ASCII digits and spaces only.
_INTEGER_RE = re.compile(r"[ \t\n\r\v\f]*[+-]?[0-9]+[ \t\n\r\v\f]*")
_SQLITE_INTEGER = range(-(2**63), 2**63)
# A campaign condition starts from the column defaults of the server's table: what is not sent
# keeps these.
_CAMPAIGN_DEFAULTS = {
    "action": "open",
    "time_comparison_operator": "lte",
    "time_value": "60",
    "time_unit": "day",
}
_NOT_FOUND = "The segment list does not exist."


def segment_count(db: sqlite3.Connection, segment: sqlite3.Row) -> int:
    """How many confirmed subscribers of the segment's list meet its field conditions."""
    where, args = segment_filter(db, segment)
    count: int = db.execute(
        f"SELECT COUNT(*) FROM subscribers s WHERE s.list_id = ? AND s.status = 'confirmed' AND {where}",
        (segment["list_id"], *args),
    ).fetchone()[0]
    return count


def copy_segments(db: sqlite3.Connection, from_list: int, to_list: int, field_map: dict[int, int]) -> None:
    """Copy every segment of a list (but those being deleted) to another whose fields were copied
    as ``field_map`` says."""
    rows = db.execute(
        "SELECT * FROM segments WHERE list_id = ? AND status != 'pending-delete'", (from_list,)
    ).fetchall()
    for row in rows:
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


def _display_date(stamp: str, timezone: str) -> str:
    """A stored UTC time as the server shows it: the account's time zone, short date and time of
    its locale (English here): ``1/15/25, 1:30 PM``."""
    moment = datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC).astimezone(ZoneInfo(timezone))
    hour = moment.hour % 12 or 12
    return f"{moment.month}/{moment.day}/{moment:%y}, {hour}:{moment:%M} {'AM' if moment.hour < 12 else 'PM'}"


def _render(ctx: Context, row: sqlite3.Row) -> dict[str, Any]:
    """A segment with its rules, as view, create and update send it: ids as strings."""
    return {
        "segment_uid": row["uid"],
        "segment_id": str(row["id"]),
        "name": row["name"],
        "operator_match": row["operator_match"],
        "date_added": _display_date(row["date_added"], ctx.config.timezone),
        "subscribers_count": segment_count(ctx.db, row),
        "conditions": [
            {"field_id": str(c["field_id"]), "operator_id": str(c["operator_id"]), "value": c["value"]}
            for c in json.loads(row["conditions"])
        ],
        "campaign_conditions": [
            {
                "action": c.get("action", "open"),
                "campaign_id": None if c.get("campaign_id") in (None, "") else str(c["campaign_id"]),
                "time_comparison_operator": c.get("time_comparison_operator", "lte"),
                "time_value": str(c.get("time_value", "60")),
                "time_unit": c.get("time_unit", "day"),
            }
            for c in json.loads(row["campaign_conditions"])
        ],
    }


def _get_segment(db: sqlite3.Connection, list_id: int, segment_uid: str) -> sqlite3.Row:
    row: sqlite3.Row | None = db.execute(
        "SELECT * FROM segments WHERE uid = ? AND list_id = ?", (segment_uid, list_id)
    ).fetchone()
    if row is None:
        raise ApiError(404, _NOT_FOUND)
    return row


def _text(value: object) -> str:
    """A form value as PHP's string cast sees it."""
    if value is None:
        return ""
    return value if isinstance(value, str) else "Array"


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _php_json(value: object) -> object:
    """A PHP array as json_encode writes it: a list when its keys are 0, 1, ... in order."""
    if isinstance(value, dict):
        items = {key: _php_json(item) for key, item in value.items()}
        if list(items) == [str(n) for n in range(len(items))]:
            return list(items.values())
        return items
    return value


def _entries(value: object) -> list[dict[str, Any]]:
    """The posted conditions as PHP iterates them: each entry's attributes (none when an entry is
    not an array, as with ``campaign_conditions[0]action``, which PHP reads as
    ``campaign_conditions[0]``)."""
    if value is None:
        return []
    if not isinstance(value, dict):
        return [{}]
    return [entry if isinstance(entry, dict) else {} for entry in value.values()]


def _check_segment(name: object, operator_match: object) -> None:
    """Refuse (422) a segment's name or operator match as the server's model does."""
    errors: dict[str, str] = {}
    if _blank(name):
        errors["name"] = "Name cannot be blank."
    if _blank(operator_match):
        errors["operator_match"] = "Operator match cannot be blank."
    if isinstance(name, str) and len(name) > 255:
        errors.setdefault("name", "Name is too long (maximum is 255 characters).")
    if not _blank(operator_match) and operator_match not in OPERATOR_MATCH_VALUES:
        errors.setdefault("operator_match", "Operator match is not in the list.")
    if errors:
        raise ApiError(422, errors)


def _integer(value: object) -> int | None:
    """A whole number as the server's integer check reads it, else None."""
    if isinstance(value, str) and _INTEGER_RE.fullmatch(value):
        return int(value)
    return None


def _condition_errors(attributes: dict[str, Any]) -> dict[str, str]:
    errors: dict[str, str] = {}
    for key, label in (("field_id", "Field"), ("operator_id", "Operator"), ("value", "Value")):
        if _blank(attributes.get(key)):
            errors.setdefault(key, f"{label} cannot be blank.")
    for key, label in (("field_id", "Field"), ("operator_id", "Operator")):
        if not _blank(attributes.get(key)) and _integer(attributes[key]) is None:
            errors.setdefault(key, f"{label} must be an integer.")
    value = attributes.get("value")
    if isinstance(value, dict):
        errors.setdefault("value", "Value is invalid.")
    elif isinstance(value, str) and len(value) > 255:
        errors.setdefault("value", "Value is too long (maximum is 255 characters).")
    return errors


def _campaign_condition_errors(db: sqlite3.Connection, attributes: dict[str, Any]) -> dict[str, str]:
    """The server's rules in their order; the first message of each attribute is kept."""
    errors: dict[str, str] = {}

    def add(key: str, message: str) -> None:
        errors.setdefault(key, message)

    labels = {
        "action": "Campaign action",
        "time_unit": "Time unit",
        "time_value": "Time value",
        "time_comparison_operator": "Comparison",
    }
    for key, label in labels.items():
        if _blank(attributes.get(key)):
            add(key, f"{label} cannot be blank.")
    for key, value in attributes.items():
        if isinstance(value, dict):
            add(key, f"{labels.get(key, 'Campaign')} is invalid.")
    campaign_id = attributes.get("campaign_id")
    if not _blank(campaign_id):
        number = _integer(campaign_id)
        if number is None:
            add("campaign_id", "Campaign must be an integer.")
        elif not _exists(db, "campaigns", number):
            add("campaign_id", f'Campaign "{campaign_id}" is invalid.')

    def whole(key: str, label: str, low: int, high: int | None = None) -> None:
        """Yii's integer validator: a whole number from ``low`` to ``high``, when not blank."""
        value = attributes.get(key)
        if _blank(value):
            return
        number = _integer(value)
        if number is None:
            add(key, f"{label} must be an integer.")
        elif number < low:
            add(key, f"{label} is too small (minimum is {low}).")
        elif high is not None and number > high:
            add(key, f"{label} is too big (maximum is {high}).")

    whole("time_value", "Time value", 0, 10_000)
    checks = (
        ("action", _ACTIONS, 255),
        ("time_unit", _TIME_UNITS, 20),
        ("time_comparison_operator", _TIME_OPERATORS, 20),
    )
    for key, allowed, longest in checks:
        value = attributes.get(key)
        if isinstance(value, str) and not _blank(value):
            if len(value) > longest:
                add(key, f"{labels[key]} is too long (maximum is {longest} characters).")
            if value not in allowed:
                add(key, f"{labels[key]} is not in the list.")
    whole("action_click_url_id", "Click url", 1)
    return errors


def _exists(db: sqlite3.Connection, table: str, number: int | None) -> bool:
    """Whether a row of ``table`` has this id (a number no column can hold has none)."""
    if number is None or number not in _SQLITE_INTEGER:
        return False
    return db.execute(f"SELECT 1 FROM {table} WHERE id = ?", (number,)).fetchone() is not None


class _Refused(Exception):
    """The conditions were refused; ``error`` is what the server answers."""

    def __init__(self, error: dict[str, Any] | list[Any]) -> None:
        super().__init__(error)
        self.error = error


def _read_conditions(ctx: Context, req: Request) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The conditions and campaign conditions of a create or update, deduplicated as the server
    does, or :class:`_Refused` with the server's error; 422 for too many."""
    posted = _entries(php_value(req.form, "conditions"))
    posted_campaign = _entries(php_value(req.form, "campaign_conditions"))
    limit = ctx.config.max_segment_conditions
    if len(posted) + len(posted_campaign) > limit:
        raise ApiError(422, f"You are only allowed to add {limit} segment conditions.")
    conditions: dict[str, dict[str, Any]] = {}
    for entry in posted:
        attributes = {key: entry.get(key) for key in ("field_id", "operator_id", "value")}
        # The server drops a condition whose field, operator and value, written one after the
        # other, equal an earlier one's.
        conditions.setdefault("".join(_text(attributes[key]) for key in attributes), attributes)
    campaign_conditions: dict[str, dict[str, Any]] = {}
    keys = ("action", "campaign_id", "time_comparison_operator", "time_value", "time_unit")
    for entry in posted_campaign:
        attributes = {**_CAMPAIGN_DEFAULTS, "campaign_id": None}
        attributes.update({key: entry[key] for key in (*keys, "action_click_url_id") if key in entry})
        campaign_conditions.setdefault("".join(_text(attributes[key]) for key in keys), attributes)

    failures: list[dict[str, str]] = []
    stored: list[dict[str, Any]] = []
    for attributes in conditions.values():
        errors = _condition_errors(attributes)
        if errors:
            failures.append(errors)
            continue
        field_id, operator_id = _integer(attributes["field_id"]), _integer(attributes["operator_id"])
        if not _exists(ctx.db, "fields", field_id) or operator_id not in _OPERATOR_IDS:
            # The database's foreign keys refuse a field or operator that does not exist; the
            # server then reports no error at all.
            raise _Refused([])
        stored.append({"field_id": field_id, "operator_id": operator_id, "value": attributes["value"]})
    if failures:
        raise _Refused({"conditions": failures})
    stored_campaign: list[dict[str, Any]] = []
    for attributes in campaign_conditions.values():
        errors = _campaign_condition_errors(ctx.db, attributes)
        if errors:
            failures.append(errors)
            continue
        stored_campaign.append(
            {
                "action": attributes["action"],
                "campaign_id": None
                if _blank(attributes["campaign_id"])
                else _integer(attributes["campaign_id"]),
                "time_comparison_operator": attributes["time_comparison_operator"],
                "time_value": _integer(attributes["time_value"]),
                "time_unit": attributes["time_unit"],
            }
        )
    if failures:
        raise _Refused({"campaign_conditions": failures})
    return stored, stored_campaign


@ROUTER.add("GET", "/lists/{list_uid}/segments", "listSegments")
def list_segments(ctx: Context, req: Request) -> Reply:
    """A page of the list's segments, newest first, without those being deleted."""
    list_row = get_subscribers_list(ctx.db, req.params["list_uid"])
    page, per_page = page_args(req)
    count, rows = fetch_page(
        ctx,
        select="* FROM segments",
        where="list_id = ? AND status != 'pending-delete'",
        args=(list_row["id"],),
        page=page,
        per_page=per_page,
    )
    records = [
        {"segment_uid": row["uid"], "name": row["name"], "subscribers_count": segment_count(ctx.db, row)}
        for row in rows
    ]
    return collection(count, page, per_page, records)


@ROUTER.add("POST", "/lists/{list_uid}/segments", "createSegment")
def create_segment(ctx: Context, req: Request) -> Reply:
    list_row = get_subscribers_list(ctx.db, req.params["list_uid"])
    name = _text(php_value(req.form, "name"))
    sent_match = php_value(req.form, "operator_match")
    operator_match = "all" if sent_match is None else _text(sent_match)
    _check_segment(name, operator_match)
    try:
        conditions, campaign_conditions = _read_conditions(ctx, req)
    except _Refused as refused:
        # A refused create also echoes the posted field conditions (null when none were sent).
        data = _php_json(php_value(req.form, "conditions"))
        return Reply(422, {"status": "error", "error": refused.error, "data": data})
    cursor = ctx.db.execute(
        "INSERT INTO segments (uid, list_id, name, operator_match, conditions, campaign_conditions, date_added) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            new_uid(),
            list_row["id"],
            name,
            operator_match,
            json.dumps(conditions),
            json.dumps(campaign_conditions),
            now(),
        ),
    )
    row = ctx.db.execute("SELECT * FROM segments WHERE id = ?", (cursor.lastrowid,)).fetchone()
    return record(_render(ctx, row), status=201)


@ROUTER.add("GET", "/lists/{list_uid}/segments/{segment_uid}", "getSegment")
def get_segment(ctx: Context, req: Request) -> Reply:
    """The segment with its rules; one being deleted is still shown."""
    list_row = get_subscribers_list(ctx.db, req.params["list_uid"])
    return record(_render(ctx, _get_segment(ctx.db, list_row["id"], req.params["segment_uid"])))


@ROUTER.add("PUT", "/lists/{list_uid}/segments/{segment_uid}", "updateSegment")
def update_segment(ctx: Context, req: Request) -> Reply:
    """Name and operator match keep their value when not sent; the conditions and campaign
    conditions are always replaced by those sent, so those not sent are deleted."""
    list_row = get_subscribers_list(ctx.db, req.params["list_uid"])
    row = _get_segment(ctx.db, list_row["id"], req.params["segment_uid"])
    sent_name, sent_match = php_value(req.form, "name"), php_value(req.form, "operator_match")
    name = row["name"] if sent_name is None else _text(sent_name)
    operator_match = row["operator_match"] if sent_match is None else _text(sent_match)
    _check_segment(name, operator_match)
    try:
        conditions, campaign_conditions = _read_conditions(ctx, req)
    except _Refused as refused:
        raise ApiError(422, refused.error) from None
    ctx.db.execute(
        "UPDATE segments SET name = ?, operator_match = ?, conditions = ?, campaign_conditions = ? WHERE id = ?",
        (name, operator_match, json.dumps(conditions), json.dumps(campaign_conditions), row["id"]),
    )
    row = ctx.db.execute("SELECT * FROM segments WHERE id = ?", (row["id"],)).fetchone()
    return record(_render(ctx, row))


@ROUTER.add("DELETE", "/lists/{list_uid}/segments/{segment_uid}", "deleteSegment")
def delete_segment(ctx: Context, req: Request) -> Reply:
    """The first delete marks the segment, and every campaign that uses it, pending-delete (the
    segment leaves the list of segments but can still be viewed); deleting it again removes it."""
    list_row = get_subscribers_list(ctx.db, req.params["list_uid"])
    row = _get_segment(ctx.db, list_row["id"], req.params["segment_uid"])
    if row["status"] == "pending-delete":
        ctx.db.execute("DELETE FROM segments WHERE id = ?", (row["id"],))
    else:
        ctx.db.execute("UPDATE segments SET status = 'pending-delete' WHERE id = ?", (row["id"],))
        ctx.db.execute("UPDATE campaigns SET status = 'pending-delete' WHERE segment_id = ?", (row["id"],))
    return success()


@ROUTER.add("GET", "/lists/segments/condition-operators", "listSegmentConditionOperators")
def list_condition_operators(ctx: Context, req: Request) -> Reply:
    """Every operator at once: ``count`` (a string) and ``records``, no other paging keys."""
    if not CONDITION_OPERATORS:
        return Reply(200, {"status": "success", "data": {"count": 0, "records": []}})
    records = [{**op, "operator_id": str(op["operator_id"])} for op in CONDITION_OPERATORS]
    return Reply(200, {"status": "success", "data": {"count": str(len(records)), "records": records}})
