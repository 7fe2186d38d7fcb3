"""Mailing lists: create, read, update, delete, copy."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from .._catalog import find_country
from .._routing import ROUTER, Context, Reply, Request, collection, created, page_args, record, success
from .._store import new_uid, now
from .._validation import Validator, mapping
from ._common import YES_NO, fetch_page, get_list
from .fields import add_default_fields, copy_fields
from .segments import copy_segments

_SECTIONS = ("general", "defaults", "notifications", "company")
_REQUIRED = (
    "general[name]",
    "general[description]",
    "defaults[from_name]",
    "defaults[from_email]",
    "defaults[reply_to]",
)
_BLANK: dict[str, dict[str, str]] = {
    "general": {"name": "", "description": ""},
    "defaults": {"from_name": "", "from_email": "", "reply_to": "", "subject": ""},
    "notifications": {"subscribe": "no", "unsubscribe": "no", "subscribe_to": "", "unsubscribe_to": ""},
    "company": {
        "name": "",
        "address_1": "",
        "address_2": "",
        "zone_name": "",
        "city": "",
        "zip_code": "",
        "phone": "",
        "address_format": "",
        "country": "",
    },
}


def _validate(req: Request, *, creating: bool) -> None:
    v = Validator(req.form)
    if creating:
        v.require(*_REQUIRED)
    else:
        # An update may leave a required field out, but not blank it.
        v.require(*(f for f in _REQUIRED if f in req.form))
    v.email(
        "defaults[from_email]",
        "defaults[reply_to]",
        "notifications[subscribe_to]",
        "notifications[unsubscribe_to]",
    )
    v.enum("notifications[subscribe]", YES_NO)
    v.enum("notifications[unsubscribe]", YES_NO)
    v.check()


def _merge(data: dict[str, dict[str, str]], form: dict[str, str]) -> dict[str, dict[str, str]]:
    # Fields a section does not know are kept too: Pakat grows options the SDK may pass raw.
    merged = {section: dict(values) for section, values in data.items()}
    for section in _SECTIONS:
        merged.setdefault(section, {}).update(mapping(form, section))
    return merged


def render_list(row: sqlite3.Row) -> dict[str, Any]:
    """A list as Pakat sends it, in its four groups."""
    data: dict[str, dict[str, Any]] = json.loads(row["data"])
    general = {"list_uid": row["uid"], **data["general"]}
    general["list_uid"] = row["uid"]  # a stray general[list_uid] field must not mask it
    general["display_name"] = general.get("display_name") or general["name"]
    company: dict[str, Any] = dict(data["company"])
    country = company.pop("country", "")
    if country:
        company["country"] = find_country(country) or {"country_id": "", "name": country, "code": ""}
    return {
        "general": general,
        "defaults": data["defaults"],
        "notifications": data["notifications"],
        "company": company,
    }


@ROUTER.add("GET", "/lists", "listLists")
def list_lists(ctx: Context, req: Request) -> Reply:
    page, per_page = page_args(req)
    count, rows = fetch_page(ctx, select="* FROM lists", where="1", args=(), page=page, per_page=per_page)
    return collection(count, page, per_page, [render_list(row) for row in rows])


@ROUTER.add("POST", "/lists", "createList")
def create_list(ctx: Context, req: Request) -> Reply:
    _validate(req, creating=True)
    data = _merge(_BLANK, req.form)
    uid = new_uid()
    list_id = ctx.db.execute(
        "INSERT INTO lists (uid, data, date_added) VALUES (?, ?, ?)", (uid, json.dumps(data), now())
    ).lastrowid
    assert list_id is not None
    add_default_fields(ctx.db, list_id)
    return created(list_uid=uid)


@ROUTER.add("GET", "/lists/{list_uid}", "getList")
def get_list_(ctx: Context, req: Request) -> Reply:
    return record(render_list(get_list(ctx.db, req.params["list_uid"])))


@ROUTER.add("PUT", "/lists/{list_uid}", "updateList")
def update_list(ctx: Context, req: Request) -> Reply:
    row = get_list(ctx.db, req.params["list_uid"])
    _validate(req, creating=False)
    data = _merge(json.loads(row["data"]), req.form)
    ctx.db.execute("UPDATE lists SET data = ? WHERE id = ?", (json.dumps(data), row["id"]))
    return success()


@ROUTER.add("DELETE", "/lists/{list_uid}", "deleteList")
def delete_list(ctx: Context, req: Request) -> Reply:
    row = get_list(ctx.db, req.params["list_uid"])
    ctx.db.execute("DELETE FROM lists WHERE id = ?", (row["id"],))
    return success()


@ROUTER.add("POST", "/lists/{list_uid}/copy", "copyList")
def copy_list(ctx: Context, req: Request) -> Reply:
    """Copies the list's settings, custom fields and segments, not its subscribers."""
    row = get_list(ctx.db, req.params["list_uid"])
    data = json.loads(row["data"])
    data["general"]["name"] = f"{data['general']['name']} (copy)"
    data["general"].pop("display_name", None)
    uid = new_uid()
    list_id = ctx.db.execute(
        "INSERT INTO lists (uid, data, date_added) VALUES (?, ?, ?)", (uid, json.dumps(data), now())
    ).lastrowid
    assert list_id is not None
    field_map = copy_fields(ctx.db, row["id"], list_id)
    copy_segments(ctx.db, row["id"], list_id, field_map)
    return success(list_uid=uid)
