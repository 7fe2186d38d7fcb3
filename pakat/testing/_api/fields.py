"""Custom fields of a list, and the kinds of field there are.

The write routes follow MailWizz 2.7.2 (they do not exist in 2.1.13): validation failures are a
JSON array of per-field error maps, and choice options travel the way the server's field builder
moves them (see :func:`_assign_options`).
"""

from __future__ import annotations

import html
import json
import re
import sqlite3
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

# The values openapi.json allows, as the generated client holds them.
from pakat_client.models.field_visibility import FIELD_VISIBILITY_VALUES

from ..._encoding import FIELD_TAG
from .._catalog import FIELD_TYPES
from .._routing import ROUTER, ApiError, Reply, record, success
from .._store import now
from .._validation import php_value
from ._common import get_subscribers_list, list_fields

if TYPE_CHECKING:
    from .._routing import Context, Request

__all__ = ["add_default_fields", "copy_fields", "render_field"]

_TYPES = {t["identifier"]: t for t in FIELD_TYPES}
# Types whose fields hold choices (the server's field builders that save options).
_OPTION_TYPES = frozenset({"dropdown", "multiselect", "checkboxlist", "radiolist"})

# PHP's number pattern (no u flag: ASCII digits and spaces only).
_NUMBER_RE = re.compile(r"[ \t\n\r\v\f]*[-+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][-+]?[0-9]+)?[ \t\n\r\v\f]*")
# Tags the server keeps for itself (its tag registry, without the brackets); tags starting with
# CCT_ (customer campaign tags) are reserved too.
_TAG_REGISTRY = """LIST_NAME LIST_FIELDS UNSUBSCRIBE_EMAIL_FIELD UPDATE_PROFILE_URL CURRENT_YEAR SUBSCRIBE_URL
    CHARSET UNSUBSCRIBE_URL SUBMIT_BUTTON COMPANY_NAME COMPANY_COUNTRY COMPANY_ZONE COMPANY_CITY
    COMPANY_ADDRESS_1 COMPANY_PHONE COMPANY_ADDRESS_2 CURRENT_MONTH CURRENT_DAY CURRENT_DATE
    WEB_VERSION_URL LIST_DESCRIPTION LIST_FROM_NAME CAMPAIGN_SUBJECT CAMPAIGN_FROM_NAME
    CAMPAIGN_REPLY_TO COMPANY_FULL_ADDRESS COMPANY_ZIP CAMPAIGN_TO_NAME LIST_SUBJECT CAMPAIGN_URL
    CAMPAIGN_UID SUBSCRIBER_UID XML_FEED_BEGIN XML_FEED_ITEM_LINK XML_FEED_ITEM_IMAGE
    XML_FEED_ITEM_TITLE XML_FEED_ITEM_DESCRIPTION XML_FEED_END XML_FEED_ITEM_PUBDATE
    XML_FEED_ITEM_GUID JSON_FEED_BEGIN JSON_FEED_ITEM_LINK JSON_FEED_ITEM_IMAGE JSON_FEED_ITEM_TITLE
    JSON_FEED_ITEM_DESCRIPTION JSON_FEED_END JSON_FEED_ITEM_PUBDATE JSON_FEED_ITEM_GUID
    XML_FEED_ITEM_CONTENT JSON_FEED_ITEM_CONTENT CAMPAIGN_FROM_EMAIL LIST_FROM_EMAIL
    SUBSCRIBER_DATE_ADDED SUBSCRIBER_DATE_ADDED_LOCALIZED DATE DATETIME FORWARD_FRIEND_URL
    CAMPAIGN_NAME DIRECT_UNSUBSCRIBE_URL RANDOM_CONTENT CAMPAIGN_REPORT_ABUSE_URL"""
_RESERVED_TAGS = frozenset(_TAG_REGISTRY.split())
# (tag, label, required): every new list starts with these, as on Pakat.
_DEFAULT_FIELDS = (("EMAIL", "Email", "yes"), ("FNAME", "First name", "no"), ("LNAME", "Last name", "no"))
_COLUMNS = (
    "tag, label, type, required, visibility, sort_order, help_text, description, default_value, options"
)
# Attributes a request may set, with the labels the server's messages use.
_ATTRIBUTES = {
    "label": "Label",
    "tag": "Tag",
    "required": "Required",
    "visibility": "Visibility",
    "sort_order": "Sort order",
    "help_text": "Help text",
    "description": "Description",
    "default_value": "Default value",
}


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


def _wire_options(options: list[dict[str, str]]) -> dict[str, str] | list[str]:
    """Options as PHP encodes its array of value => name: an object, or a JSON array of the names
    when the values are exactly "0", "1", ... in order. A repeated value keeps the last name."""
    by_value: dict[str, str] = {}
    for option in options:
        by_value[option["value"]] = option["name"]
    if list(by_value) == [str(n) for n in range(len(by_value))]:
        return list(by_value.values())
    return by_value


def render_field(row: sqlite3.Row, list_row: sqlite3.Row | None = None) -> dict[str, Any]:
    """A field as the server sends it: ids and sort order as strings, text never set as null,
    ``list`` only when ``list_row`` is given (create and update answers), ``options`` only when
    the field has some."""
    rec: dict[str, Any] = {
        "field_id": str(row["id"]),
        "label": row["label"],
        "tag": row["tag"],
        "help_text": row["help_text"] or None,
        "description": row["description"] or None,
        "default_value": row["default_value"] or None,
        "required": row["required"],
        "visibility": row["visibility"],
        "sort_order": str(row["sort_order"]),
        "type": dict(
            _TYPES.get(row["type"], {"name": row["type"], "identifier": row["type"], "description": ""})
        ),
    }
    if list_row is not None:
        general = json.loads(list_row["data"])["general"]
        rec["list"] = {
            "list_uid": list_row["uid"],
            "display_name": general.get("display_name") or general["name"],
        }
    options = json.loads(row["options"])
    if options:
        rec["options"] = _wire_options(options)
    return rec


def _get_field(db: sqlite3.Connection, list_id: int, field_id: str, message: str) -> sqlite3.Row:
    row: sqlite3.Row | None = None
    if field_id.isascii() and field_id.isdigit() and int(field_id) < 2**63:
        row = db.execute(
            "SELECT * FROM fields WHERE id = ? AND list_id = ?", (int(field_id), list_id)
        ).fetchone()
    if row is None:
        raise ApiError(404, message)
    return row


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _sort_order(value: str) -> int:
    """A number as the integer column stores it (MySQL rounds half away from zero)."""
    try:
        return int(Decimal(value.strip()).to_integral_value(rounding=ROUND_HALF_UP))
    except (InvalidOperation, ValueError, OverflowError):
        return 0


def _field_errors(
    db: sqlite3.Connection, list_id: int, values: dict[str, Any], field_id: int | None
) -> dict[str, str]:
    """The server's validation of one field: attribute -> its first message, in rule order."""
    errors: dict[str, str] = {}

    def add(attribute: str, message: str) -> None:
        errors.setdefault(attribute, message)

    for attribute in ("label", "tag", "required", "visibility", "sort_order"):
        if _blank(values.get(attribute)):
            add(attribute, f"{_ATTRIBUTES[attribute]} cannot be blank.")
    for attribute, value in values.items():
        if attribute in _ATTRIBUTES and not isinstance(value, str | None):
            add(attribute, f"{_ATTRIBUTES[attribute]} is invalid.")
    for attribute in ("label", "help_text", "description", "default_value"):
        value = values.get(attribute)
        if isinstance(value, str) and len(value) > 255:
            add(attribute, f"{_ATTRIBUTES[attribute]} is too long (maximum is 255 characters).")
    tag = values.get("tag")
    if isinstance(tag, str) and not _blank(tag):
        if len(tag) > 50:
            add("tag", "Tag is too long (maximum is 50 characters).")
        if not FIELD_TAG.fullmatch(tag):
            add("tag", "Tag is invalid.")
        if "tag" not in errors:
            clash = db.execute(
                "SELECT 1 FROM fields WHERE list_id = ? AND tag = ? COLLATE NOCASE AND id != ?",
                (list_id, tag, field_id if field_id is not None else -1),
            ).fetchone()
            if clash is not None:
                add("tag", "The tag attribute must be unique in the mail list!")
        if "tag" not in errors and (tag.upper() in _RESERVED_TAGS or tag.startswith("CCT_")):
            add("tag", f'"{html.escape(tag)}" is reserved!')
    required, visibility = values.get("required"), values.get("visibility")
    if isinstance(required, str) and not _blank(required) and required not in ("yes", "no"):
        add("required", "Required is not in the list.")
    if isinstance(visibility, str) and not _blank(visibility) and visibility not in FIELD_VISIBILITY_VALUES:
        add("visibility", "Visibility is not in the list.")
    sort_order = values.get("sort_order")
    if isinstance(sort_order, str) and not _blank(sort_order):
        if not _NUMBER_RE.fullmatch(sort_order):
            add("sort_order", "Sort order must be a number.")
        elif Decimal(sort_order.strip()) < -100:
            add("sort_order", "Sort order is too small (minimum is -100).")
        elif Decimal(sort_order.strip()) > 100:
            add("sort_order", "Sort order is too big (maximum is 100).")
    return errors


def _read_options(sent: object) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """The options of a request (``options[N][name]``, ``options[N][value]``) and the error map
    of each option the server would refuse."""
    if not isinstance(sent, dict):
        return [], []
    options: list[dict[str, str]] = []
    errors: list[dict[str, str]] = []
    for entry in sent.values():
        attributes = entry if isinstance(entry, dict) else {}
        option = {key: attributes.get(key) for key in ("name", "value")}
        problems: dict[str, str] = {}
        for key, label, longest in (("name", "Name", 100), ("value", "Value", 255)):
            value = option[key]
            if _blank(value):
                problems.setdefault(key, f"{label} cannot be blank.")
            elif not isinstance(value, str):
                problems.setdefault(key, f"{label} is invalid.")
            elif len(value) > longest:
                problems.setdefault(key, f"{label} is too long (maximum is {longest} characters).")
        if problems:
            errors.append(problems)
        else:
            options.append({"name": str(option["name"]), "value": str(option["value"])})
    return options, errors


def _assign_options(
    db: sqlite3.Connection, list_id: int, field_type: str, field_id: int, sent: list[dict[str, str]] | None
) -> dict[int, list[dict[str, str]]]:
    """The options every field of ``field_type`` in the list ends up with when field ``field_id``
    is written with ``sent`` options (None: none sent).

    The server saves all fields of a type together: the written field first, then the others by
    sort order, and beside them one list of options per field, built from the options sent
    (when there are some) followed by the options of each other field that has any. The n-th
    field takes the n-th list of options, moving those options to it; a field left without a list
    keeps what it still has. When every field of the type has options and options are sent, each
    field keeps its own. When none are sent and another field of the type has options, the
    written field takes that field's options (its own are deleted) and the rest shift along.
    """
    others = db.execute(
        "SELECT id, options FROM fields WHERE list_id = ? AND type = ? AND id != ? ORDER BY sort_order, id",
        (list_id, field_type, field_id),
    ).fetchall()
    current = {row["id"]: json.loads(row["options"]) for row in others}
    written = db.execute("SELECT options FROM fields WHERE id = ?", (field_id,)).fetchone()
    current[field_id] = json.loads(written["options"]) if written is not None else []
    sources: list[tuple[int | None, list[dict[str, str]]]] = [(None, sent)] if sent else []
    sources += [(row["id"], current[row["id"]]) for row in others if current[row["id"]]]
    result = dict(current)
    for position, target in enumerate([field_id, *(row["id"] for row in others)]):
        if position < len(sources):
            source, options = sources[position]
            if source is not None and source != target:
                result[source] = []
            result[target] = options
    return result


def _write(
    ctx: Context, req: Request, list_row: sqlite3.Row, field_type: str, current: sqlite3.Row | None
) -> sqlite3.Row:
    """Validate and save a new field (``current`` None) or changes to ``current``; 422 with the
    array of error maps when the server would refuse."""
    form = req.form
    values: dict[str, Any]
    if current is None:
        values = {"required": "no", "visibility": "visible", "sort_order": "0"}
    else:
        values = {attribute: current[attribute] for attribute in _ATTRIBUTES}
        values["sort_order"] = str(current["sort_order"])
    for attribute in _ATTRIBUTES:
        if (
            current is not None
            and current["tag"] == "EMAIL"
            and attribute in ("tag", "required", "visibility")
        ):
            continue  # the server ignores these for the EMAIL field
        sent = php_value(form, attribute)
        if sent is not None:
            values[attribute] = sent
    field_id = current["id"] if current is not None else None
    errors = _field_errors(ctx.db, list_row["id"], values, field_id)
    sent_options: list[dict[str, str]] | None = None
    option_errors: list[dict[str, str]] = []
    if field_type in _OPTION_TYPES and not errors:
        raw = php_value(form, "options")
        if raw:  # PHP's empty(): an absent, empty or "0" value sends no options
            sent_options, option_errors = _read_options(raw)
    if errors or option_errors:
        # One error map per model the server failed to save: the field, else each of its options.
        raise ApiError(422, [errors] if errors else option_errors)
    stored = {
        "tag": values["tag"],
        "label": values["label"],
        "type": field_type,
        "required": values["required"],
        "visibility": values["visibility"],
        "sort_order": _sort_order(values["sort_order"]),
        "help_text": values.get("help_text") or "",
        "description": values.get("description") or "",
        "default_value": values.get("default_value") or "",
    }
    if current is None:
        cursor = ctx.db.execute(
            f"INSERT INTO fields (list_id, {_COLUMNS}, date_added) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', ?)",
            (list_row["id"], *stored.values(), now()),
        )
        assert cursor.lastrowid is not None
        field_id = cursor.lastrowid
    else:
        assignments = ", ".join(f"{column} = ?" for column in stored)
        ctx.db.execute(f"UPDATE fields SET {assignments} WHERE id = ?", (*stored.values(), field_id))
    assert field_id is not None
    if field_type in _OPTION_TYPES:
        for target, options in _assign_options(
            ctx.db, list_row["id"], field_type, field_id, sent_options
        ).items():
            ctx.db.execute("UPDATE fields SET options = ? WHERE id = ?", (json.dumps(options), target))
    row: sqlite3.Row = ctx.db.execute("SELECT * FROM fields WHERE id = ?", (field_id,)).fetchone()
    return row


@ROUTER.add("GET", "/lists/{list_uid}/fields", "listFields")
def list_fields_(ctx: Context, req: Request) -> Reply:
    """Every field of the list in one answer, in storage order: no paging, no count."""
    list_row = get_subscribers_list(ctx.db, req.params["list_uid"])
    rows = ctx.db.execute("SELECT * FROM fields WHERE list_id = ? ORDER BY id", (list_row["id"],)).fetchall()
    if not rows:
        raise ApiError(404, "The subscribers list does not have any custom field defined.")
    return Reply(200, {"status": "success", "data": {"records": [render_field(row) for row in rows]}})


@ROUTER.add("POST", "/lists/{list_uid}/fields", "createField")
def create_field(ctx: Context, req: Request) -> Reply:
    list_row = get_subscribers_list(ctx.db, req.params["list_uid"])
    field_type = php_value(req.form, "type")
    if not field_type or field_type == "0":  # PHP's empty()
        raise ApiError(422, "The field type should be set.")
    if not isinstance(field_type, str) or field_type not in _TYPES:
        raise ApiError(422, "The field type identifier is wrong.")
    limit = ctx.config.max_custom_fields_per_list
    if limit is not None:
        count = ctx.db.execute("SELECT COUNT(*) FROM fields WHERE list_id = ?", (list_row["id"],)).fetchone()[
            0
        ]
        if count >= limit:
            raise ApiError(
                422,
                "You have reached the maximum number of allowed custom fields. Your list has "
                f"{count} custom fields and you are allowed only {limit} custom fields.",
            )
    row = _write(ctx, req, list_row, field_type, None)
    return record(render_field(row, list_row), status=201)


@ROUTER.add("GET", "/lists/{list_uid}/fields/{field_id}", "getField")
def get_field(ctx: Context, req: Request) -> Reply:
    list_row = get_subscribers_list(ctx.db, req.params["list_uid"])
    row = _get_field(ctx.db, list_row["id"], req.params["field_id"], "The list field does not exist.")
    return record(render_field(row))


@ROUTER.add("PUT", "/lists/{list_uid}/fields/{field_id}", "updateField")
def update_field(ctx: Context, req: Request) -> Reply:
    list_row = get_subscribers_list(ctx.db, req.params["list_uid"])
    row = _get_field(ctx.db, list_row["id"], req.params["field_id"], "The list field does not exist.")
    field_type = php_value(req.form, "type")
    if field_type and field_type != "0" and field_type != row["type"]:
        raise ApiError(
            422, "You are not allowed to change the field type. Please delete the field and re-create it."
        )
    row = _write(ctx, req, list_row, row["type"], row)
    return record(render_field(row, list_row))


@ROUTER.add("DELETE", "/lists/{list_uid}/fields/{field_id}", "deleteField")
def delete_field(ctx: Context, req: Request) -> Reply:
    """Deletes the field with its values and every segment condition on it (the server's foreign
    keys cascade)."""
    list_row = get_subscribers_list(ctx.db, req.params["list_uid"])
    row = _get_field(ctx.db, list_row["id"], req.params["field_id"], "The field does not exist.")
    if row["tag"] == "EMAIL":
        raise ApiError(422, "The EMAIL field cannot be deleted.")
    ctx.db.execute("DELETE FROM fields WHERE id = ?", (row["id"],))
    for segment in ctx.db.execute("SELECT id, conditions FROM segments").fetchall():
        conditions = json.loads(segment["conditions"])
        kept = [c for c in conditions if int(c["field_id"]) != row["id"]]
        if len(kept) != len(conditions):
            ctx.db.execute(
                "UPDATE segments SET conditions = ? WHERE id = ?", (json.dumps(kept), segment["id"])
            )
    return success()


@ROUTER.add("GET", "/lists/fields/types", "listFieldTypes")
def list_field_types(ctx: Context, req: Request) -> Reply:
    """Every field type at once: ``count`` (a string) and ``records``, no other paging keys."""
    if not FIELD_TYPES:
        return Reply(200, {"status": "success", "data": {"count": 0, "records": []}})
    records = [dict(t) for t in FIELD_TYPES]
    return Reply(200, {"status": "success", "data": {"count": str(len(records)), "records": records}})
