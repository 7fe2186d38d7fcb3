"""Custom fields of a list, and the kinds of field there are."""

from __future__ import annotations

import json
import re
import sqlite3
from typing import Any

from .._catalog import FIELD_TYPES
from .._routing import (
    ROUTER,
    ApiError,
    Context,
    Reply,
    Request,
    not_found,
    page_of,
    record,
    success,
)
from .._store import now
from .._validation import Validator, indexed
from ._common import YES_NO, get_list, list_fields

__all__ = ["add_default_fields", "copy_fields"]

_TYPES = {t["identifier"]: t for t in FIELD_TYPES}
_VISIBILITY = ("visible", "hidden", "none")
_TAG_RE = re.compile(r"[A-Z][A-Z0-9_]{0,49}")
# (tag, label, required): every new list starts with these, as on Pakat.
_DEFAULT_FIELDS = (("EMAIL", "Email", "yes"), ("FNAME", "First name", "no"), ("LNAME", "Last name", "no"))
_COLUMNS = (
    "tag, label, type, required, visibility, sort_order, help_text, description, default_value, options"
)


def add_default_fields(db: sqlite3.Connection, list_id: int) -> None:
    """Give a new list its EMAIL, FNAME and LNAME fields."""
    db.executemany(
        f"INSERT INTO fields (list_id, {_COLUMNS}, date_added) "
        "VALUES (?, ?, ?, 'text', ?, 'visible', ?, '', '', '', '[]', ?)",
        [(list_id, tag, label, req, order, now()) for order, (tag, label, req) in enumerate(_DEFAULT_FIELDS)],
    )


def copy_fields(db: sqlite3.Connection, from_list: int, to_list: int) -> dict[int, int]:
    """Copy every field of one list to another; returns old field id -> new field id."""
    mapping: dict[int, int] = {}
    for row in list_fields(db, from_list):
        cursor = db.execute(
            f"INSERT INTO fields (list_id, {_COLUMNS}, date_added) "
            f"SELECT ?, {_COLUMNS}, ? FROM fields WHERE id = ?",
            (to_list, now(), row["id"]),
        )
        assert cursor.lastrowid is not None
        mapping[row["id"]] = cursor.lastrowid
    return mapping


def render_field(row: sqlite3.Row, list_row: sqlite3.Row) -> dict[str, Any]:
    """A field as Pakat sends it; ``options`` (name/value pairs) is the sandbox's addition."""
    general = json.loads(list_row["data"])["general"]
    return {
        "field_id": row["id"],
        "label": row["label"],
        "tag": row["tag"],
        "help_text": row["help_text"],
        "description": row["description"],
        "default_value": row["default_value"],
        "required": row["required"],
        "visibility": row["visibility"],
        "sort_order": row["sort_order"],
        "type": _TYPES.get(row["type"], {"name": row["type"], "identifier": row["type"], "description": ""}),
        "list": {"list_uid": list_row["uid"], "display_name": general.get("display_name") or general["name"]},
        "options": json.loads(row["options"]),
    }


def _get_field(db: sqlite3.Connection, list_id: int, field_id: str) -> sqlite3.Row:
    row: sqlite3.Row | None = None
    if field_id.isdigit():
        row = db.execute(
            "SELECT * FROM fields WHERE id = ? AND list_id = ?", (int(field_id), list_id)
        ).fetchone()
    if row is None:
        raise not_found("field")
    return row


def _validate(db: sqlite3.Connection, req: Request, list_id: int, current: sqlite3.Row | None) -> None:
    form = req.form
    v = Validator(form)
    if current is None:
        v.require("type", "label", "tag")
    else:
        v.require(*(f for f in ("type", "label", "tag") if f in form))
    v.enum("required", YES_NO)
    v.enum("visibility", _VISIBILITY)
    v.integer("sort_order")
    if form.get("type") and form["type"] not in _TYPES:
        v.error("type", "Type is not one of the field types (see GET /lists/fields/types).")
    tag = form.get("tag")
    if tag:
        if not _TAG_RE.fullmatch(tag):
            v.error("tag", "Tag must be upper-case letters, digits and underscores, starting with a letter.")
        else:
            clash = db.execute(
                "SELECT id FROM fields WHERE list_id = ? AND tag = ? AND id != ?",
                (list_id, tag, current["id"] if current is not None else -1),
            ).fetchone()
            if clash is not None:
                v.error("tag", "Another field of this list already has this tag.")
    for position, option in enumerate(indexed(form, "options")):
        if not option.get("name", "").strip():
            v.error(f"options[{position}][name]", "Name cannot be blank.")
    v.check()
    if current is not None and current["tag"] == "EMAIL" and tag not in (None, "EMAIL"):
        raise ApiError(400, "The tag of the EMAIL field cannot be changed.")


def _options(form: dict[str, str]) -> list[dict[str, str]]:
    return [
        {"name": option.get("name", ""), "value": option.get("value", option.get("name", ""))}
        for option in indexed(form, "options")
    ]


@ROUTER.add("GET", "/lists/{list_uid}/fields", "listFields")
def list_fields_(ctx: Context, req: Request) -> Reply:
    list_row = get_list(ctx.db, req.params["list_uid"])
    return page_of(req, [render_field(row, list_row) for row in list_fields(ctx.db, list_row["id"])])


@ROUTER.add("POST", "/lists/{list_uid}/fields", "createField")
def create_field(ctx: Context, req: Request) -> Reply:
    list_row = get_list(ctx.db, req.params["list_uid"])
    _validate(ctx.db, req, list_row["id"], None)
    form = req.form
    sort_order = form.get("sort_order", "").strip()
    if not sort_order:
        last = ctx.db.execute(
            "SELECT COALESCE(MAX(sort_order), -1) FROM fields WHERE list_id = ?", (list_row["id"],)
        ).fetchone()[0]
        sort_order = str(last + 1)
    cursor = ctx.db.execute(
        f"INSERT INTO fields (list_id, {_COLUMNS}, date_added) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            list_row["id"],
            form["tag"],
            form["label"],
            form["type"],
            form.get("required", "no"),
            form.get("visibility", "visible"),
            int(sort_order),
            form.get("help_text", ""),
            form.get("description", ""),
            form.get("default_value", ""),
            json.dumps(_options(form)),
            now(),
        ),
    )
    row = ctx.db.execute("SELECT * FROM fields WHERE id = ?", (cursor.lastrowid,)).fetchone()
    return record(render_field(row, list_row), status=201)


@ROUTER.add("GET", "/lists/{list_uid}/fields/{field_id}", "getField")
def get_field(ctx: Context, req: Request) -> Reply:
    list_row = get_list(ctx.db, req.params["list_uid"])
    return record(render_field(_get_field(ctx.db, list_row["id"], req.params["field_id"]), list_row))


@ROUTER.add("PUT", "/lists/{list_uid}/fields/{field_id}", "updateField")
def update_field(ctx: Context, req: Request) -> Reply:
    list_row = get_list(ctx.db, req.params["list_uid"])
    row = _get_field(ctx.db, list_row["id"], req.params["field_id"])
    _validate(ctx.db, req, list_row["id"], row)
    form = req.form
    changes: dict[str, Any] = {
        column: form[column]
        for column in (
            "tag",
            "label",
            "type",
            "required",
            "visibility",
            "help_text",
            "description",
            "default_value",
        )
        if column in form
    }
    if form.get("sort_order", "").strip():
        changes["sort_order"] = int(form["sort_order"])
    if indexed(form, "options"):
        changes["options"] = json.dumps(_options(form))
    if changes:
        assignments = ", ".join(f"{column} = ?" for column in changes)
        ctx.db.execute(f"UPDATE fields SET {assignments} WHERE id = ?", (*changes.values(), row["id"]))
    row = ctx.db.execute("SELECT * FROM fields WHERE id = ?", (row["id"],)).fetchone()
    return record(render_field(row, list_row))


@ROUTER.add("DELETE", "/lists/{list_uid}/fields/{field_id}", "deleteField")
def delete_field(ctx: Context, req: Request) -> Reply:
    list_row = get_list(ctx.db, req.params["list_uid"])
    row = _get_field(ctx.db, list_row["id"], req.params["field_id"])
    if row["tag"] == "EMAIL":
        raise ApiError(400, "The EMAIL field cannot be deleted.")
    ctx.db.execute("DELETE FROM fields WHERE id = ?", (row["id"],))
    return success()


@ROUTER.add("GET", "/lists/fields/types", "listFieldTypes")
def list_field_types(ctx: Context, req: Request) -> Reply:
    return page_of(req, FIELD_TYPES)
