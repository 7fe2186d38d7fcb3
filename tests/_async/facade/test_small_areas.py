"""client.countries, client.delivery_servers, client.customers, client.sending_domains and client.quota."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

from pakat import APIResponseValidationError, AsyncPakat, NotFoundError
from pakat.types import Quota
from tests.facade.conftest import MockServer, collection, record

PASSWORD = "s3cret-Pass-word!"
COUNTRY = {"country_id": "102", "name": "Iran", "code": "IR", "flag": "🇮🇷"}
ZONE = {"zone_id": "1650", "name": "Tehran", "code": "THR"}
SERVER = {
    "server_id": "3",
    "type": "smtp",
    "name": "main",
    "hostname": "smtp.example.com",
    "status": "warming-up",
}
DOMAIN = {"domain_id": "7", "name": "example.com", "verified": "yes", "dkim_public_key": "MIIB"}
CUSTOMER: dict[str, Any] = {
    "first_name": "علی",
    "last_name": "رضایی",
    "email": "ali@example.com",
    "password": PASSWORD,
    "timezone": "Asia/Tehran",
    "birth_date": date(1990, 3, 21),
    "company_name": "پاکات",
    "country": "Iran",
    "city": "تهران",
    "zip_code": "1234567890",
    "address_1": "خیابان آزادی",
}
CREATED = {"status": "success", "customer_uid": "cu1", "must_confirm_email": True, "require_approval": False}


# countries


async def test_countries_list_and_zones_on_the_wire(client: AsyncPakat, server: MockServer) -> None:
    server.on("GET", "/countries", collection([COUNTRY], page=3, total_pages=25, count="245"))
    server.on("GET", "/countries/102/zones", collection([ZONE], count="31"))
    page = await client.countries.list(page=3, per_page=10)
    assert (server.last.method, server.last.url.path, server.query()) == (
        "GET",
        "/api/countries",
        {"page": "3", "per_page": "10"},
    )
    assert (page.count, page.page, page.total_pages, page.has_next) == (245, 3, 25, True)
    assert (page.items[0].name, page.items[0].code) == ("Iran", "IR")
    assert page.items[0].to_dict()["flag"] == "🇮🇷"
    zones = await client.countries.zones(102, per_page=50)
    assert (server.last.url.path, server.query()) == (
        "/api/countries/102/zones",
        {"page": "1", "per_page": "50"},
    )
    assert (zones.count, zones.items[0].name) == (31, "Tehran")


def _pages(make: Any, total: int) -> Any:
    def reply(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        records = [make(i) for i in range((page - 1) * 2, min(page * 2, total))]
        return httpx.Response(
            200, json=collection(records, page=page, total_pages=(total + 1) // 2, count=total)
        )

    return reply


async def test_countries_iter_and_iter_zones_follow_next_page(client: AsyncPakat, server: MockServer) -> None:
    server.on("GET", "/countries", _pages(lambda i: {"country_id": i, "name": f"c{i}"}, 3))
    server.on("GET", "/countries/102/zones", _pages(lambda i: {"zone_id": i, "name": f"z{i}"}, 5))
    assert [c.name async for c in client.countries.iter(per_page=12)] == ["c0", "c1", "c2"]
    zones = [z.name async for z in client.countries.iter_zones(102, per_page=12)]  # an int id too
    assert zones == ["z0", "z1", "z2", "z3", "z4"]
    assert [(r.url.path, r.url.params["page"]) for r in server.requests] == [
        ("/api/countries", "1"),
        ("/api/countries", "2"),
        ("/api/countries/102/zones", "1"),
        ("/api/countries/102/zones", "2"),
        ("/api/countries/102/zones", "3"),
    ]


async def test_countries_bad_input_is_refused_before_sending(client: AsyncPakat, server: MockServer) -> None:
    with pytest.raises(ValueError, match="country_id must not be empty"):
        await client.countries.zones("")
    with pytest.raises(ValueError, match="country_id must not be empty"):
        client.countries.iter_zones(" ")
    with pytest.raises(TypeError, match="country_id must be a str"):
        await client.countries.zones(None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="per_page"):
        await client.countries.list(per_page=51)
    with pytest.raises(ValueError, match="page must be 1 or more"):
        await client.countries.zones(102, page=0)
    assert server.requests == []


# delivery servers


async def test_delivery_servers_list_iter_and_get(client: AsyncPakat, server: MockServer) -> None:
    server.on("GET", "/delivery-servers", collection([SERVER], count="1"))
    server.on("GET", "/delivery-servers/3", record(SERVER))
    page = await client.delivery_servers.list(per_page=15)
    assert (server.last.url.path, server.query()) == (
        "/api/delivery-servers",
        {"page": "1", "per_page": "15"},
    )
    assert (page.count, page.items[0].hostname) == (1, "smtp.example.com")
    assert [s.name async for s in client.delivery_servers.iter()] == ["main"]
    assert server.query() == {"page": "1", "per_page": "50"}
    found = await client.delivery_servers.get(3)
    assert (server.last.method, server.last.url.path) == ("GET", "/api/delivery-servers/3")
    # An unknown status stays a plain string, and `type` is kept as the server spelled it.
    assert (found.server_id, found.status, found.type_) == ("3", "warming-up", "smtp")
    assert found.to_dict() == SERVER
    with pytest.raises(NotFoundError):
        await client.delivery_servers.get(4)
    with pytest.raises(ValueError, match="server_id"):
        await client.delivery_servers.get("")
    assert len(server.requests) == 4


# customers


async def test_customer_create_sends_confirmations_and_returns_the_result(
    client: AsyncPakat, server: MockServer
) -> None:
    server.on("POST", "/customers", CREATED)
    result = await client.customers.create(
        **CUSTOMER,
        address_2="پلاک ۱۲",
        zone="Tehran",
        newsletter_consent="I agree\nto receive news.",
        extra={"customer[phone]": "+98 21 1234"},
    )
    assert (result.customer_uid, result.must_confirm_email, result.require_approval) == ("cu1", True, False)
    assert (server.last.method, server.last.url.path) == ("POST", "/api/customers")
    assert server.last.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert server.form() == {
        "customer[first_name]": "علی",
        "customer[last_name]": "رضایی",
        "customer[email]": "ali@example.com",
        "customer[confirm_email]": "ali@example.com",
        "customer[password]": PASSWORD,
        "customer[confirm_password]": PASSWORD,
        "customer[timezone]": "Asia/Tehran",
        "customer[birthDate]": "1990-03-21",
        "customer[newsletter_consent]": "I agree\nto receive news.",
        "customer[phone]": "+98 21 1234",
        "company[name]": "پاکات",
        "company[country]": "Iran",
        "company[zone]": "Tehran",
        "company[city]": "تهران",
        "company[zip_code]": "1234567890",
        "company[address_1]": "خیابان آزادی",
        "company[address_2]": "پلاک ۱۲",
    }


async def test_customer_birth_date_as_text_and_timezone_as_zoneinfo(
    client: AsyncPakat, server: MockServer
) -> None:
    server.on("POST", "/customers", CREATED)
    await client.customers.create(
        **{**CUSTOMER, "birth_date": "1985-12-01", "timezone": ZoneInfo("Europe/Berlin")}
    )
    form = server.form()
    assert (form["customer[birthDate]"], form["customer[timezone]"]) == ("1985-12-01", "Europe/Berlin")
    assert "company[zone]" not in form and "company[address_2]" not in form


@pytest.mark.parametrize(
    ("change", "error", "message"),
    [
        ({"birth_date": "21/03/1990"}, ValueError, "birth_date must be a date written YYYY-MM-DD"),
        ({"birth_date": "1990-02-30"}, ValueError, "birth_date must be a date written YYYY-MM-DD"),
        ({"birth_date": "19900321"}, ValueError, "birth_date must be a date written YYYY-MM-DD"),
        ({"birth_date": datetime(1990, 3, 21)}, TypeError, "not a datetime"),
        ({"birth_date": 19900321}, TypeError, "birth_date must be a datetime.date"),
        ({"timezone": "Tehran"}, ValueError, "timezone 'Tehran' is unknown"),
        ({"email": "ali.example.com"}, ValueError, "email is not a valid email"),
        ({"first_name": "Ali\r\nX"}, ValueError, "first_name must be a single line"),
        ({"city": " "}, ValueError, "city must not be empty"),
        ({"password": ""}, ValueError, "password must not be empty"),
        ({"password": 1234}, TypeError, "password must be a str"),
        ({"zone": "a\nb"}, ValueError, "zone must be a single line"),
        ({"newsletter_consent": True}, TypeError, "newsletter_consent"),
        ({"extra": {"x": None}}, TypeError, "extra must map"),
    ],
)
async def test_customer_bad_input_is_refused_before_sending_without_the_password(
    client: AsyncPakat, server: MockServer, change: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=re.escape(message)) as raised:
        await client.customers.create(**{**CUSTOMER, **change})
    assert PASSWORD not in str(raised.value) and PASSWORD not in repr(raised.value)
    assert server.requests == []


async def test_customer_password_is_not_in_the_validation_error_text(
    client: AsyncPakat, server: MockServer
) -> None:
    # The password must not leak through a facade-made message, even when the check is on the password.
    with pytest.raises(ValueError, match="first_name must be a single line") as raised:
        await client.customers.create(**{**CUSTOMER, "first_name": f"a\n{PASSWORD}"})
    assert PASSWORD not in str(raised.value)
    with pytest.raises(ValueError) as blank:
        await client.customers.create(**{**CUSTOMER, "password": ""})
    assert "password" in str(blank.value)
    assert server.requests == []


# sending domains


async def test_sending_domain_get(client: AsyncPakat, server: MockServer) -> None:
    server.on("GET", "/sending-domains/example.com", record(DOMAIN))
    domain = await client.sending_domains.get("example.com")
    assert (server.last.method, server.last.url.path) == ("GET", "/api/sending-domains/example.com")
    assert (domain.domain_id, domain.name, domain.verified) == ("7", "example.com", "yes")
    assert domain.to_dict()["dkim_public_key"] == "MIIB"
    with pytest.raises(NotFoundError):
        await client.sending_domains.get("other.example")


@pytest.mark.parametrize("bad", ["", " ", "ali@example.com", "example.com/../lists", "exa mple.com"])
async def test_sending_domain_refuses_what_is_not_a_domain(
    client: AsyncPakat, server: MockServer, bad: str
) -> None:
    with pytest.raises(ValueError, match="domain"):
        await client.sending_domains.get(bad)
    assert server.requests == []


# quota


def quota(**values: Any) -> dict[str, Any]:
    return {"status": "ok", "quota": values}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (quota(percentage="25%", used=2500, allowed=10000), Quota(used=2500, allowed=10000, percentage=25.0)),
        (quota(percentage="0%", used=12, allowed="∞"), Quota(used=12, allowed=None, percentage=0.0)),
        (
            quota(percentage="12.5%", used="1250", allowed="10000"),
            Quota(used=1250, allowed=10000, percentage=12.5),
        ),
        (
            quota(percentage=33.3, used="1,000", allowed=" 3,000 "),
            Quota(used=1000, allowed=3000, percentage=33.3),
        ),
        (quota(percentage="7 %", used=70.0, allowed="1000.0"), Quota(used=70, allowed=1000, percentage=7.0)),
        (quota(used=250, allowed=1000), Quota(used=250, allowed=1000, percentage=25.0)),
        (quota(used=5, allowed=-1), Quota(used=5, allowed=None, percentage=0.0)),
        (
            quota(percentage="۲۵٪", used="۲٬۵۰۰", allowed="۱۰٬۰۰۰"),
            Quota(used=2500, allowed=10000, percentage=25.0),
        ),
        (quota(percentage="12٫5%", used=125, allowed=1000), Quota(used=125, allowed=1000, percentage=12.5)),
        # A share in some other form is worked out from the counts, as the server would have.
        (quota(percentage="a quarter", used=1, allowed=4), Quota(used=1, allowed=4, percentage=25.0)),
        (quota(percentage="nan%", used=1, allowed="∞"), Quota(used=1, allowed=None, percentage=0.0)),
        # What Prism's mock sends for this schema.
        ({"status": "string", "quota": {"percentage": "string", "used": 0, "allowed": 0}}, Quota(0, 0, 0.0)),
    ],
)
async def test_quota_is_read_robustly(
    client: AsyncPakat, server: MockServer, body: Any, expected: Quota
) -> None:
    server.on("GET", "/quota/index", body)
    assert await client.quota.get() == expected
    assert (server.last.method, server.last.url.path, server.last.url.query) == (
        "GET",
        "/api/quota/index",
        b"",
    )


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"status": "ok"}, "no quota object"),
        ({"status": "ok", "quota": "25%"}, "no quota object"),
        (quota(percentage="25%", allowed=100), "quota.used"),
        (quota(percentage="25%", used="lots", allowed=100), "quota.used"),
        (quota(percentage="25%", used=2500.5, allowed=100), "quota.used"),
        (quota(percentage="25%", used=True, allowed=100), "quota.used"),
        (quota(percentage="25%", used=1, allowed="many"), "quota.allowed"),
        (quota(percentage="25%", used=[1], allowed=4), "quota.used"),
        (quota(percentage="25%", used=1, allowed={"n": 4}), "quota.allowed"),
    ],
)
async def test_quota_of_the_wrong_shape_is_a_validation_error(
    client: AsyncPakat, server: MockServer, body: Any, message: str
) -> None:
    server.on("GET", "/quota/index", body)
    with pytest.raises(APIResponseValidationError, match=re.escape(message)):
        await client.quota.get()


# async
