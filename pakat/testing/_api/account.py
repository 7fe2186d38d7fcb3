"""The account and reference data: countries and zones, customers, delivery servers, sending
domains and the sending quota."""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ..._validate import php_timezone
from .._catalog import collation_key, countries, country_by_name, zone_by_name, zones
from .._routing import ROUTER, ApiError, Reply, created, page_of, record
from .._store import new_uid, now, quota_used
from .._validation import mapping
from ._yii import Errors, php_empty

if TYPE_CHECKING:
    from .._routing import Context, Request

__all__: list[str] = []

MINIMUM_AGE = 16  # MailWizz's default for customer registration


@ROUTER.add("GET", "/countries", "listCountries")
def list_countries(ctx: Context, req: Request) -> Reply:
    """The whole country table of a stock install (240), by name."""
    return page_of(req, countries())


@ROUTER.add("GET", "/countries/{country_id}/zones", "listCountryZones")
def list_zones(ctx: Context, req: Request) -> Reply:
    """The country's zones by name. A numeric id without zones (or without a country) is an empty
    page, not a 404; leading zeros count for nothing (``0101`` is Iran)."""
    return page_of(req, zones(int(req.params["country_id"])))  # digits only: the route's pattern


# Customers ------------------------------------------------------------------------------------

_CUSTOMER_LABELS = {
    "first_name": "First name",
    "last_name": "Last name",
    "email": "Email",
    "confirm_email": "Confirm email",
    "fake_password": "Password",
    "confirm_password": "Confirm password",
    "timezone": "Timezone",
    "birthDate": "Birth date",
    "phone": "Phone",
}
_COMPANY_LABELS = {
    "name": "Name",
    "country_id": "Country",
    "zone_id": "Zone",
    "address_1": "Address",
    "address_2": "Address 2",
    "city": "City",
    "zip_code": "Zip code",
    "vat_number": "VAT Number",
    "website": "Website",
    "zone_name": "Zone name",
    "phone": "Phone",
    "fax": "Fax",
}


def _birth_date(value: str) -> str:
    """``date('Y-m-d', strtotime($value))``: text PHP cannot read becomes 1970-01-01."""
    from dateutil import parser

    try:
        parsed = parser.parse(value, default=datetime(1970, 1, 1))
    except (ValueError, OverflowError, TypeError):
        return "1970-01-01"
    return f"{parsed.year:04d}-{parsed.month:02d}-{parsed.day:02d}"


def _customer_errors(db: sqlite3.Connection, values: dict[str, str | None]) -> Errors:
    """The Customer model's rules of the register scenario, in their order."""
    errors = Errors()
    labels = _CUSTOMER_LABELS
    errors.required(
        values,
        labels,
        *("first_name", "last_name", "email", "confirm_email", "fake_password", "confirm_password"),
        *("timezone", "birthDate"),
    )
    errors.length(values, labels, "first_name", "last_name", minimum=1, maximum=100)
    errors.length(values, labels, "email", "confirm_email", minimum=4, maximum=100)
    errors.email(values, labels, "email", "confirm_email")
    timezone = values.get("timezone")
    if timezone and not php_timezone(timezone):
        errors.add("timezone", "Timezone is not in the list.")
    errors.length(values, labels, "fake_password", "confirm_password", minimum=6, maximum=100)
    if (values.get("confirm_password") or "") != (values.get("fake_password") or ""):
        errors.add("confirm_password", "Confirm password must be repeated exactly.")
    if (values.get("confirm_email") or "") != (values.get("email") or ""):
        errors.add("confirm_email", "Confirm email must be repeated exactly.")
    email = values.get("email")
    if email and db.execute("SELECT 1 FROM customers WHERE email = ?", (email,)).fetchone():
        errors.add("email", f'Email "{email}" has already been taken.')
    if not errors.has("birthDate") and values.get("birthDate") is not None:
        year = int(str(values["birthDate"])[:4])
        this_year = datetime.now(UTC).year
        if year >= this_year:
            errors.add("birthDate", "Please select a past date!")
        elif this_year - year < MINIMUM_AGE:
            errors.add("birthDate", f"Age is {this_year - year} but minimum is {MINIMUM_AGE}!")
    phone = values.get("phone")
    errors.length(values, labels, "phone", maximum=32)
    if phone and not re.search(r"[0-9\s\-]", phone):
        errors.add("phone", "Phone is invalid.")
    return errors


def _company_errors(values: dict[str, str | None]) -> Errors:
    """The CustomerCompany model's rules of the register scenario, in their order."""
    errors = Errors()
    labels = _COMPANY_LABELS
    errors.required(values, labels, "name", "country_id", "address_1", "city", "zip_code")
    errors.length(values, labels, "name", "vat_number", maximum=100)
    errors.length(values, labels, "website", maximum=255)
    for attribute in ("country_id", "zone_id"):
        value = values.get(attribute)
        if value and not re.fullmatch(r"\s*[+-]?\d+\s*", value):
            errors.add(attribute, f"{labels[attribute]} must be an integer.")
        elif value and int(value) < 1:
            errors.add(attribute, f"{labels[attribute]} is too small (minimum is 1).")
    errors.length(values, labels, "address_1", "address_2", "city", maximum=255)
    errors.length(values, labels, "zone_name", maximum=150)
    errors.length(values, labels, "zip_code", maximum=10)
    errors.length(values, labels, "phone", "fax", maximum=32)
    known = {country["country_id"] for country in countries()}
    country_id = values.get("country_id")
    if country_id and not errors.has("country_id") and str(int(country_id)) not in known:
        errors.add("country_id", f'Country "{country_id}" is invalid.')
    for attribute in ("phone", "fax"):
        value = values.get(attribute)
        if value and not re.search(r"[0-9\s\-]", value):
            errors.add(attribute, f"{labels[attribute]} is invalid.")
    return errors


def _company_refusal(company: dict[str, str]) -> dict[str, str] | None:
    """Why the company is refused (``{attribute: message}``), or None. The country and zone are
    looked up by name, as the server does, before the company's own checks."""
    values: dict[str, str | None] = {k: v for k, v in company.items() if k not in ("country", "zone")}
    country = None
    if not php_empty(company.get("country")):
        country = country_by_name(company["country"])
        if country is None:
            return {"country_id": "Unable to find the specified country, please double check the spelling!"}
        values["country_id"] = country["country_id"]
    if not php_empty(company.get("zone")) and country is not None:
        zone = zone_by_name(int(country["country_id"]), company["zone"])
        if zone is None:
            return {"zone_id": "Unable to find the specified zone, please double check the spelling!"}
        values["zone_id"] = zone["zone_id"]
    errors = _company_errors(values)
    return errors.as_dict() if errors else None


@ROUTER.add("POST", "/customers", "createCustomer")
def create_customer(ctx: Context, req: Request) -> Reply:
    """As MailWizz 2.1.13 creates a customer: refused with 400 when registration is off; the
    customer's own fields checked first (422 ``{"general": {...}}``), then, when the server
    requires a company, the company (422 ``{"company": {...}}``, the country and zone found by
    name). A company refusal leaves the saved customer behind as pending-delete, so its address
    stays taken. Answers 201 with the new ``customer_uid``. Passwords are not stored."""
    if not ctx.config.customer_registration:
        raise ApiError(400, "Customer creation is disabled.")
    customer: dict[str, str | None] = dict(mapping(req.form, "customer"))
    if "password" in customer:
        customer["fake_password"] = customer.pop("password")
    if not php_empty(customer.get("birthDate")):
        customer["birthDate"] = _birth_date(customer["birthDate"] or "")
    else:
        customer["birthDate"] = None
    errors = _customer_errors(ctx.db, customer)
    if errors:
        raise ApiError(422, {"general": errors.as_dict()})
    uid = new_uid()
    kept = {key: value for key, value in customer.items() if "password" not in key}
    ctx.db.execute(
        "INSERT INTO customers (uid, email, data, date_added) VALUES (?, ?, ?, ?)",
        (uid, customer["email"], json.dumps({"customer": kept, "status": "active"}), now()),
    )
    if ctx.config.customer_company_required:
        refusal = _company_refusal(mapping(req.form, "company"))
        if refusal is not None:
            # The customer was saved already; deleting it only marks it, and the address stays
            # taken. Answered, not raised, so that the transaction keeps it.
            ctx.db.execute(
                "UPDATE customers SET data = json_set(data, '$.status', 'pending-delete') WHERE uid = ?",
                (uid,),
            )
            return Reply(422, {"status": "error", "error": {"company": refusal}})
    return created(customer_uid=uid)


# Delivery servers -----------------------------------------------------------------------------


@ROUTER.add("GET", "/delivery-servers", "listDeliveryServers")
def list_delivery_servers(ctx: Context, req: Request) -> Reply:
    """The servers the account owns (none unless given to the Sandbox), by name; system servers
    are never listed."""
    servers = sorted(ctx.config.delivery_servers, key=lambda s: collation_key(s.get("name") or ""))
    return page_of(req, servers)


@ROUTER.add("GET", "/delivery-servers/{server_id}", "getDeliveryServer")
def get_delivery_server(ctx: Context, req: Request) -> Reply:
    server_id = int(req.params["server_id"])  # digits: the route's pattern
    for server in ctx.config.delivery_servers:
        if int(server["server_id"] or 0) == server_id:
            return record(dict(server))
    raise ApiError(404, "The server does not exist.")


# Sending domains and quota (Pakat's own routes; their answers are assumptions) ------------------


@ROUTER.add("GET", "/sending-domains/{domain_name}", "getSendingDomain")
def get_sending_domain(ctx: Context, req: Request) -> Reply:
    """The account's verified domains: example.com and those given to the Sandbox.

    No source of Pakat's route is public: the record's shape (``domain_id``, ``name``,
    ``verified``), the 404 text and the path pattern (letters, digits, dots and hyphens; anything
    else is no route at all) are the sandbox's assumptions."""
    name = req.params["domain_name"]  # the route's pattern already refused other characters
    for position, domain in enumerate(ctx.config.verified_domains, start=1):
        if domain == name.lower():
            return record({"domain_id": str(position), "name": domain, "verified": "yes"})
    raise ApiError(404, "The sending domain does not exist.")


@ROUTER.add("GET", "/quota/index", "getQuota")
def get_quota(ctx: Context, req: Request) -> Reply:
    """Not enveloped: ``{"status": "ok", "quota": {...}}``. ``used`` counts transactional emails
    and campaign deliveries ever recorded; ``allowed`` is the infinity sign when unlimited. The
    share is worked out as MailWizz's usage widget does: rounded to 2 decimals, at most 100, and
    0 when the quota is unlimited or zero."""
    used = quota_used(ctx.db)
    allowed = ctx.config.quota_allowed
    if allowed is None:
        quota: dict[str, int | str] = {"percentage": "0%", "used": used, "allowed": "∞"}
    else:
        share = 0.0 if allowed < 1 else 100.0 if used > allowed else round(used * 100 / allowed, 2)
        quota = {"percentage": f"{share:g}%", "used": used, "allowed": allowed}
    return Reply(200, {"status": "ok", "quota": quota})
