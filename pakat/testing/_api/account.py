"""The account and reference data: countries and zones, customers, delivery servers, sending
domains and the sending quota."""

from __future__ import annotations

import json
import zoneinfo
from datetime import datetime

from .._catalog import COUNTRIES, DELIVERY_SERVERS, ZONES, find_country
from .._routing import ROUTER, Context, Reply, Request, created, not_found, page_of, record
from .._store import new_uid, now, quota_used
from .._validation import Validator

__all__: list[str] = []

_CUSTOMER_REQUIRED = (
    "customer[first_name]",
    "customer[last_name]",
    "customer[email]",
    "customer[confirm_email]",
    "customer[password]",
    "customer[confirm_password]",
    "customer[timezone]",
    "customer[birthDate]",
    "company[name]",
    "company[country]",
    "company[address_1]",
    "company[city]",
    "company[zip_code]",
)


@ROUTER.add("GET", "/countries", "listCountries")
def list_countries(ctx: Context, req: Request) -> Reply:
    return page_of(req, COUNTRIES)


@ROUTER.add("GET", "/countries/{country_id}/zones", "listCountryZones")
def list_zones(ctx: Context, req: Request) -> Reply:
    country_id = req.params["country_id"]
    if not any(str(c["country_id"]) == country_id for c in COUNTRIES):
        raise not_found("country")
    return page_of(req, ZONES.get(int(country_id), []))


def _valid_timezone(name: str) -> bool:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return True


@ROUTER.add("POST", "/customers", "createCustomer")
def create_customer(ctx: Context, req: Request) -> Reply:
    """Checks the required fields, that email and password are repeated exactly, the password's
    length (at least 6), the time zone, the birth date (``Y-m-d``), the country and that no other
    customer has the address. Passwords are not stored."""
    form = req.form
    v = Validator(form)
    v.require(*_CUSTOMER_REQUIRED)
    v.email("customer[email]")
    email = form.get("customer[email]", "").strip()
    if form.get("customer[confirm_email]", "").strip() != email:
        v.error("customer[confirm_email]", "Confirm email must repeat the email exactly.")
    password = form.get("customer[password]", "")
    if password and len(password) < 6:
        v.error("customer[password]", "Password must be at least 6 characters long.")
    if form.get("customer[confirm_password]", "") != password:
        v.error("customer[confirm_password]", "Confirm password must repeat the password exactly.")
    timezone = form.get("customer[timezone]", "")
    if timezone and not _valid_timezone(timezone):
        v.error("customer[timezone]", "Timezone is not a known time zone, such as Asia/Tehran.")
    birth_date = form.get("customer[birthDate]", "")
    if birth_date:
        try:
            datetime.strptime(birth_date, "%Y-%m-%d")
        except ValueError:
            v.error("customer[birthDate]", "Birth date must be a date like 1990-03-21.")
    country = form.get("company[country]", "")
    if country and find_country(country) is None:
        v.error("company[country]", "Country is not a known country (see GET /countries).")
    if email and ctx.db.execute("SELECT 1 FROM customers WHERE email = ?", (email,)).fetchone():
        v.error("customer[email]", "This email address is already registered.")
    v.check()
    kept = {name: value for name, value in form.items() if "password" not in name}
    uid = new_uid()
    ctx.db.execute(
        "INSERT INTO customers (uid, email, data, date_added) VALUES (?, ?, ?, ?)",
        (uid, email, json.dumps(kept), now()),
    )
    return created(customer_uid=uid, must_confirm_email=False, require_approval=False)


@ROUTER.add("GET", "/delivery-servers", "listDeliveryServers")
def list_delivery_servers(ctx: Context, req: Request) -> Reply:
    return page_of(req, DELIVERY_SERVERS)


@ROUTER.add("GET", "/delivery-servers/{server_id}", "getDeliveryServer")
def get_delivery_server(ctx: Context, req: Request) -> Reply:
    for server in DELIVERY_SERVERS:
        if str(server["server_id"]) == req.params["server_id"]:
            return record(server)
    raise not_found("delivery server")


@ROUTER.add("GET", "/sending-domains/{domain_name}", "getSendingDomain")
def get_sending_domain(ctx: Context, req: Request) -> Reply:
    """The account's verified domains: example.com and those given to the Sandbox."""
    wanted = req.params["domain_name"].lower()
    for position, domain in enumerate(ctx.config.verified_domains, start=1):
        if domain == wanted:
            return record({"domain_id": position, "name": domain, "verified": "yes"})
    raise not_found("sending domain")


@ROUTER.add("GET", "/quota/index", "getQuota")
def get_quota(ctx: Context, req: Request) -> Reply:
    """Not enveloped: ``{"status": "ok", "quota": {...}}``. ``used`` counts transactional emails
    and campaign deliveries ever recorded; ``allowed`` is the infinity sign when unlimited."""
    used = quota_used(ctx.db)
    allowed = ctx.config.quota_allowed
    if allowed is None:
        quota: dict[str, int | str] = {"percentage": "0%", "used": used, "allowed": "∞"}
    else:
        share = used * 100 / allowed if allowed else 100.0
        quota = {"percentage": f"{round(share, 2):g}%", "used": used, "allowed": allowed}
    return Reply(200, {"status": "ok", "quota": quota})
