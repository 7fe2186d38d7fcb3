"""Mailing lists: create, read, update, delete, copy.

A list is stored as one JSON document holding its four groups (``general``, ``defaults``,
``notifications``, ``company``) with every attribute the server keeps, plus its ``status``
(``active``, ``pending-delete`` once deleted, ``archived``) and whether it is ``removable``.
Validation follows the server's models: the groups are checked in that order and only the first
group that fails is reported, attribute to its first message in the framework's wording.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Collection, Mapping
from typing import TYPE_CHECKING, Any

# The values openapi.json allows, as the generated client holds them.
from pakat_client.models.list_opt_in import LIST_OPT_IN_VALUES
from pakat_client.models.list_visibility import LIST_VISIBILITY_VALUES

from .._catalog import countries, country_by_name, zone_by_id, zone_by_name
from .._routing import ROUTER, ApiError, collection, created, page_args, record, success
from .._store import new_uid, now
from .._validation import is_email, mapping
from ._common import LIST_MISSING, LIST_VISIBLE, copy_name, fetch_page, get_list
from .fields import add_default_fields, copy_fields
from .segments import copy_segments

if TYPE_CHECKING:
    from .._routing import Context, Reply, Request

__all__ = ["DEFAULT_ADDRESS_FORMAT", "account_company", "list_document", "render_list"]

MAX_LISTS_REACHED = "You have reached the maximum number of allowed lists."

DEFAULT_ADDRESS_FORMAT = (
    "[COMPANY_NAME]\n[COMPANY_ADDRESS_1] [COMPANY_ADDRESS_2]\n[COMPANY_CITY] [COMPANY_ZONE] [COMPANY_ZIP]\n"
    "[COMPANY_COUNTRY]\n[COMPANY_WEBSITE]"
)
_REQUIRED_ADDRESS_TAGS = ("[COMPANY_NAME]", "[COMPANY_ADDRESS_1]", "[COMPANY_CITY]")


def account_company() -> dict[str, Any]:
    """The company details of a plain sandbox account: a company in Tehran. The server copies the
    account's company into every list it creates or updates, so a list needs no company[...]
    fields of its own."""
    iran = next((c for c in countries() if c["code"] == "IR"), None)
    return {
        "name": "پاکات",
        "website": "https://pakat.net",
        "type_id": None,
        "country_id": None if iran is None else iran["country_id"],
        "zone_id": None,
        "address_1": "خیابان ولیعصر، پلاک ۱۲",
        "address_2": None,
        "zone_name": None,
        "city": "تهران",
        "zip_code": "1416753955",
        "phone": None,
    }


_COMPANY_TYPES = range(1, 46)  # the 45 stock company types

# Each group with the attributes the server reads from the body, and their values on a new list.
_GROUPS: dict[str, dict[str, Any]] = {
    "general": {
        "name": None,
        "display_name": None,
        "description": None,
        "visibility": "public",
        "opt_in": "double",
        "opt_out": "single",
        "welcome_email": "no",
        "subscriber_require_approval": "no",
        "subscriber_404_redirect": None,
        "subscriber_exists_redirect": None,
    },
    "defaults": {"from_name": None, "from_email": None, "reply_to": None, "subject": None},
    "notifications": {
        "daily": "no",
        "subscribe": "no",
        "unsubscribe": "no",
        "daily_to": None,
        "subscribe_to": None,
        "unsubscribe_to": None,
    },
    "company": {
        "type_id": None,
        "country_id": None,
        "zone_id": None,
        "name": None,
        "website": None,
        "address_1": None,
        "address_2": None,
        "zone_name": None,
        "city": None,
        "zip_code": None,
        "phone": None,
        "address_format": DEFAULT_ADDRESS_FORMAT,
    },
}
# Company attributes the server copies from the account over the list's: all but address_format.
_ACCOUNT_COMPANY_KEYS = tuple(key for key in _GROUPS["company"] if key != "address_format")
# What a list answers, group by group, in the server's key order.
_SHOWN = {
    "general": ("list_uid", "name", "display_name", "description"),
    "defaults": ("from_email", "from_name", "reply_to", "subject"),
    "notifications": ("subscribe", "unsubscribe", "subscribe_to", "unsubscribe_to"),
    "company": ("name", "address_1", "address_2", "zone_name", "city", "zip_code", "phone", "address_format"),
}
_LABELS = {
    "general": {
        "subscriber_require_approval": "Sub. require approval",
        "subscriber_404_redirect": "Sub. not found redirect",
        "subscriber_exists_redirect": "Sub. exists redirect",
    },
    "defaults": {},
    "notifications": {},
    "company": {
        "country_id": "Country",
        "zone_id": "Zone",
        "type_id": "Type/Industry",
        "address_1": "Address 1",
    },
}
_URL_RE = re.compile(
    r"^(http|https)://(([A-Z0-9][A-Z0-9_-]*)(\.[A-Z0-9][A-Z0-9_-]*)+)(?::\d{1,5})?(?:$|[?/#])", re.I
)
_INTEGER_RE = re.compile(r"^\s*[+-]?\d+\s*$")


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


class _Checks:
    """The framework's validators over one group, keeping the first message of each attribute."""

    def __init__(self, group: str, values: Mapping[str, Any]) -> None:
        self.group = group
        self.values = values
        self.errors: dict[str, str] = {}

    def _label(self, attribute: str) -> str:
        return _LABELS[self.group].get(attribute) or attribute.replace("_", " ").capitalize()

    def _fail(self, attribute: str, message: str) -> None:
        self.errors.setdefault(attribute, message.replace("{attribute}", self._label(attribute)))

    def _each(self, attributes: str, test: Callable[[str], str | None]) -> None:
        for attribute in attributes.split(", "):
            value = self.values.get(attribute)
            if _empty(value):
                continue
            message = test(str(value))
            if message is not None:
                self._fail(attribute, message)

    def required(self, attributes: str) -> None:
        for attribute in attributes.split(", "):
            if _empty(self.values.get(attribute)):
                self._fail(attribute, "{attribute} cannot be blank.")

    def length(self, attributes: str, low: int = 0, high: int = 255) -> None:
        def test(value: str) -> str | None:
            if len(value) < low:
                return f"{{attribute}} is too short (minimum is {low} characters)."
            if len(value) > high:
                return f"{{attribute}} is too long (maximum is {high} characters)."
            return None

        self._each(attributes, test)

    def within(self, attributes: str, allowed: Collection[str]) -> None:
        self._each(attributes, lambda value: None if value in allowed else "{attribute} is not in the list.")

    def email(self, attributes: str) -> None:
        self._each(
            attributes, lambda value: None if is_email(value) else "{attribute} is not a valid email address."
        )

    def url(self, attributes: str) -> None:
        self._each(
            attributes, lambda value: None if _URL_RE.match(value) else "{attribute} is not a valid URL."
        )

    def integer(self, attributes: str) -> None:
        def test(value: str) -> str | None:
            if not _INTEGER_RE.match(value):
                return "{attribute} must be an integer."
            return None if int(value) >= 1 else "{attribute} is too small (minimum is 1)."

        self._each(attributes, test)

    def exists(self, attribute: str, known: Callable[[int], bool]) -> None:
        def test(value: str) -> str | None:
            ok = _INTEGER_RE.match(value) is not None and known(int(value))
            return None if ok else f'{{attribute}} "{value}" is invalid.'

        self._each(attribute, test)

    def match(self, attribute: str, pattern: str) -> None:
        self._each(attribute, lambda value: None if re.search(pattern, value) else "{attribute} is invalid.")


def _country(country_id: Any) -> dict[str, Any] | None:
    wanted = str(country_id).strip()
    return next((dict(c) for c in countries() if c["country_id"] == wanted), None)


def _zone(zone_id: Any) -> dict[str, Any] | None:
    return zone_by_id(str(zone_id))


def _check(group: str, values: Mapping[str, Any]) -> dict[str, str]:
    """The errors of one group, as the server's model for it reports them."""
    c = _Checks(group, values)
    if group == "general":
        c.required("name, description, opt_in, opt_out")
        c.length("name, display_name, description", 2, 255)
        c.within("visibility", LIST_VISIBILITY_VALUES)
        c.within("opt_in, opt_out", LIST_OPT_IN_VALUES)
        c.within("welcome_email, subscriber_require_approval", ("yes", "no"))
        c.url("subscriber_404_redirect, subscriber_exists_redirect")
    elif group == "defaults":
        c.required("from_name, reply_to, from_email")
        c.length("from_name", 2, 255)
        c.length("reply_to, from_email", 5, 100)
        c.email("reply_to, from_email")
        c.length("subject", 0, 255)
    elif group == "notifications":
        c.required("daily, subscribe, unsubscribe")
        c.within("daily, subscribe, unsubscribe", ("yes", "no"))
        c.length("daily_to, subscribe_to, unsubscribe_to", 0, 255)
    else:
        # The address format must name the company, its first address line and its city; when it
        # does not, that is the only error reported.
        layout = str(values.get("address_format") or "")
        for tag in _REQUIRED_ADDRESS_TAGS:
            if tag not in layout:
                return {
                    "address_format": f"The following tag is required but was not found in your content: {tag}"
                }
        c.required("name, country_id, address_1, city, zip_code, address_format")
        c.length("name", 0, 100)
        c.length("website", 0, 255)
        c.url("website")
        c.integer("country_id, zone_id")
        c.length("address_1, address_2, city, address_format", 0, 255)
        c.length("zone_name", 0, 150)
        c.length("zip_code", 0, 10)
        c.length("phone", 0, 32)
        c.exists("type_id", lambda n: n in _COMPANY_TYPES)
        c.exists("country_id", lambda n: _country(n) is not None)
        c.exists("zone_id", lambda n: _zone(n) is not None)
        c.match("zone_name", r"[a-zA-Z\s\-\.]+")
        c.match("phone", r"[0-9\s\-]+")
    return c.errors


def _sent(form: Mapping[str, str], group: str) -> dict[str, str]:
    """The attributes of a group the body sets; other keys are ignored, as the server does."""
    given = mapping(form, group)
    return {key: value for key, value in given.items() if key in _GROUPS[group]}


def _company_from(form: Mapping[str, str], company: dict[str, Any]) -> dict[str, Any]:
    """Apply ``company[...]`` to a company: ``company[country]`` (a country name) gives the country
    id unless one is sent, ``company[zone]`` (a zone name) the zone id when a country id is sent."""
    given = mapping(form, "company")
    sent = _sent(form, "company")
    if "country" in given and _empty(sent.get("country_id")):
        found = country_by_name(given["country"])
        if found is not None:
            sent["country_id"] = str(found["country_id"])
    if "zone" in given and "country_id" in sent:
        country_id = sent["country_id"].strip()
        zone = zone_by_name(int(country_id), given["zone"]) if country_id.isdigit() else None
        if zone is not None:
            sent["zone_id"] = str(zone["zone_id"])
    return {**company, **sent}


def _build(ctx: Context, form: Mapping[str, str], current: dict[str, Any] | None) -> dict[str, Any]:
    """The list document a create (``current`` None) or an update leaves, or the 422 of the first
    group that fails."""
    base = current if current is not None else {group: dict(values) for group, values in _GROUPS.items()}
    document = {key: (dict(value) if isinstance(value, dict) else value) for key, value in base.items()}
    for group in ("general", "defaults", "notifications"):
        document[group] = {**_GROUPS[group], **document.get(group, {}), **_sent(form, group)}
        errors = _check(group, document[group])
        if errors:
            raise ApiError(422, {group: errors})
    company = {**_GROUPS["company"], **document.get("company", {})}
    account = ctx.config.account_company
    if account:
        company.update({key: account.get(key) for key in _ACCOUNT_COMPANY_KEYS})
    company = _company_from(form, company)
    errors = _check("company", company)
    if errors:
        raise ApiError(422, {"company": errors})
    document["company"] = company
    general = document["general"]
    if _empty(general.get("display_name")):
        general["display_name"] = general["name"]
    document.setdefault("status", "active")
    document.setdefault("removable", "yes")
    return document


def list_document(row: sqlite3.Row) -> dict[str, Any]:
    """The stored document of a list row."""
    document: dict[str, Any] = json.loads(row["data"])
    return document


def render_list(row: sqlite3.Row) -> dict[str, Any]:
    """A list as the server sends it: four groups of fixed keys; ``company.country`` and
    ``company.zone`` only when they name a known country or zone; unset values null."""
    document = list_document(row)
    values = {group: {**_GROUPS[group], **document.get(group, {})} for group in _GROUPS}
    values["general"]["list_uid"] = row["uid"]
    out: dict[str, Any] = {
        group: {key: values[group].get(key) for key in keys} for group, keys in _SHOWN.items()
    }
    company = values["company"]
    country = _country(company["country_id"]) if company.get("country_id") is not None else None
    if country is not None:
        out["company"]["country"] = {
            "country_id": str(country["country_id"]),
            "name": country["name"],
            "code": country["code"],
        }
    zone = _zone(company["zone_id"]) if company.get("zone_id") is not None else None
    if zone is not None:
        out["company"]["zone"] = {"zone_id": str(zone["zone_id"]), "name": zone["name"], "code": zone["code"]}
    return out


def _insert(db: sqlite3.Connection, document: dict[str, Any]) -> tuple[str, int]:
    uid = new_uid()
    list_id = db.execute(
        "INSERT INTO lists (uid, data, date_added) VALUES (?, ?, ?)", (uid, json.dumps(document), now())
    ).lastrowid
    assert list_id is not None
    return uid, list_id


@ROUTER.add("GET", "/lists", "listLists")
def list_lists(ctx: Context, req: Request) -> Reply:
    """Newest first; deleted and archived lists are left out."""
    page, per_page = page_args(req)
    count, rows = fetch_page(
        ctx, select="* FROM lists", where=LIST_VISIBLE, args=(), page=page, per_page=per_page
    )
    return collection(count, page, per_page, [render_list(row) for row in rows])


@ROUTER.add("POST", "/lists", "createList")
def create_list(ctx: Context, req: Request) -> Reply:
    """The account's list limit first, then the groups; the list gets EMAIL, FNAME and LNAME."""
    if ctx.config.max_lists is not None:
        (count,) = ctx.db.execute(
            "SELECT COUNT(*) FROM lists WHERE COALESCE(json_extract(data, '$.status'), 'active') != 'pending-delete'"
        ).fetchone()
        if count >= ctx.config.max_lists:
            raise ApiError(422, MAX_LISTS_REACHED)
    uid, list_id = _insert(ctx.db, _build(ctx, req.form, None))
    add_default_fields(ctx.db, list_id)
    return created(list_uid=uid)


@ROUTER.add("GET", "/lists/{list_uid}", "getList")
def get_list_(ctx: Context, req: Request) -> Reply:
    return record(render_list(get_list(ctx.db, req.params["list_uid"], message=LIST_MISSING)))


@ROUTER.add("PUT", "/lists/{list_uid}", "updateList")
def update_list(ctx: Context, req: Request) -> Reply:
    """Changes the attributes given; the account's company details are copied over the list's."""
    row = get_list(ctx.db, req.params["list_uid"], message=LIST_MISSING)
    document = _build(ctx, req.form, list_document(row))
    ctx.db.execute("UPDATE lists SET data = ? WHERE id = ?", (json.dumps(document), row["id"]))
    return success()


@ROUTER.add("DELETE", "/lists/{list_uid}", "deleteList")
def delete_list(ctx: Context, req: Request) -> Reply:
    """A soft delete: the list and its campaigns become ``pending-delete`` (the server removes them
    later). A list that is not removable stays as it is, with the same answer."""
    row = get_list(ctx.db, req.params["list_uid"], message=LIST_MISSING)
    document = list_document(row)
    if document.get("removable", "yes") != "no":
        document["status"] = "pending-delete"
        ctx.db.execute("UPDATE lists SET data = ? WHERE id = ?", (json.dumps(document), row["id"]))
        ctx.db.execute("UPDATE campaigns SET status = 'pending-delete' WHERE list_id = ?", (row["id"],))
    return success()


@ROUTER.add("POST", "/lists/{list_uid}/copy", "copyList")
def copy_list(ctx: Context, req: Request) -> Reply:
    """201 with the new uid. Copies the list's settings, custom fields and segments (their field
    conditions only), not its subscribers; the list limit is not checked."""
    row = get_list(ctx.db, req.params["list_uid"], message=LIST_MISSING)
    document = list_document(row)
    document["general"]["name"] = copy_name(str(document["general"]["name"]))
    document["status"] = "active"
    document["removable"] = "yes"
    uid, list_id = _insert(ctx.db, document)
    field_map = copy_fields(ctx.db, row["id"], list_id)
    copy_segments(ctx.db, row["id"], list_id, field_map)
    # The server copies a segment's field conditions, not its campaign conditions.
    ctx.db.execute("UPDATE segments SET campaign_conditions = '[]' WHERE list_id = ?", (list_id,))
    return created(list_uid=uid)
