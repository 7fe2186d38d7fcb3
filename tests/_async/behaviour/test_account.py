"""Countries and zones, customers, delivery servers, sending domains and the quota, row by row
(docs/server-behaviour.md, the sections of those names).

The tests that drive a client, written once: here for AsyncPakat, generated into tests/_sync
for Pakat. The rows proven on the wire alone are in tests/behaviour/test_account.py.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

import pakat
from pakat import AsyncPakat
from pakat.testing import Sandbox
from pakat.types import Quota
from tests.behaviour.conftest import answered, refused
from tests.behaviour.test_account import (
    ARGS,
    CUSTOMER,
    EMPTY,
    SERVERS,
    customer,
    every_page,
    mysql_order,
    pakat_unset,
    sign_up,
)
from tests.facade.conftest import MockServer, collection


@pytest.fixture
async def custom() -> AsyncIterator[Any]:
    """A sandbox with settings of the test's choosing, a raw client and the facade on it."""
    opened: list[tuple[Sandbox, httpx.Client, AsyncPakat]] = []

    def make(**knobs: Any) -> tuple[Sandbox, httpx.Client, AsyncPakat]:
        sb = Sandbox(**knobs).start()
        wire = httpx.Client(base_url=sb.url, headers={"X-API-KEY": sb.api_key}, timeout=10)
        api = AsyncPakat(api_key=sb.api_key, base_url=sb.url, max_retries=0)
        opened.append((sb, wire, api))
        return sb, wire, api

    yield make
    for sb, wire, api in opened:
        await api.aclose()
        wire.close()
        sb.close()


# --- countries and zones --------------------------------------------------------------------------


@pytest.mark.behaviour("countries.list.ok", "countries.list.size")
async def test_the_whole_country_table(wire: httpx.Client, api: AsyncPakat) -> None:
    first = answered(wire.get("/countries", params={"per_page": 50}), 200)["data"]
    assert (first["count"], first["total_pages"], first["next_page"]) == ("240", 5, 2)
    assert answered(wire.get("/countries"), 200)["data"]["total_pages"] == 24
    countries = every_page(wire, "/countries")
    assert len(countries) == 240
    assert all(list(c) == ["country_id", "name", "code"] for c in countries)
    assert all(isinstance(c["country_id"], str) and c["country_id"].isdigit() for c in countries)
    by_name = {c["name"]: (c["country_id"], c["code"]) for c in countries}
    assert by_name["Iran (Islamic Republic of)"] == ("101", "IR")
    fixed = {
        "Afghanistan": "1",
        "Armenia": "11",
        "Germany": "81",
        "Iraq": "102",
        "Eswatini": "202",
        "Turkey": "215",
        "United Arab Emirates": "221",
        "United Kingdom": "222",
        "United States": "223",
    }
    assert {name: by_name[name][0] for name in fixed} == fixed
    assert {c["code"] for c in countries if len(c["code"]) != 2} == {"MON", "SER"}
    ids = sorted(int(c["country_id"]) for c in countries)
    assert (ids[0], ids[-1], 236 in ids) == (1, 241, False)
    listed = [x async for x in api.countries.iter()]
    assert [(c.country_id, c.name, c.code) for c in listed] == [tuple(c.values()) for c in countries]


@pytest.mark.behaviour("countries.zones.ok")
async def test_zones_of_iran(wire: httpx.Client, api: AsyncPakat) -> None:
    zones = every_page(wire, "/countries/101/zones")
    assert len(zones) == 31
    assert all(list(z) == ["zone_id", "name", "code"] for z in zones)
    named = {z["name"]: (z["zone_id"], z["code"]) for z in zones}
    assert named["Tehran"] == ("1538", "TEH")
    assert (named["Qom"], named["Esfahan"], named["Fars"], named["Alborz"]) == (
        ("1539", "QOM"),
        ("1561", "EFH"),
        ("1556", "FAR"),
        ("3969", "ALB"),
    )
    assert [z["name"] for z in zones] == sorted(named, key=mysql_order)
    # The zone the PHP client's own example asks for: the United States' (223).
    us = every_page(wire, "/countries/223/zones")
    assert "California" in {z["name"] for z in us}
    page = await api.countries.zones(101, per_page=50)
    assert (page.count, page.items[0].name, page.items[0].zone_id) == (31, "Alborz", "3969")
    assert [z.name async for z in api.countries.iter_zones("101", per_page=10)] == [z["name"] for z in zones]
    # Every zone of a stock install is there, in 3945 rows.
    total = sum(
        int(answered(wire.get(f"/countries/{c}/zones"), 200)["data"]["count"] or 0) for c in range(1, 242)
    )
    assert total == 3945


@pytest.mark.behaviour("countries.zones.unknown-country")
async def test_zones_of_no_country_are_an_empty_page(wire: httpx.Client, api: AsyncPakat) -> None:
    for country_id in ("236", "9999", "0", "99999999999999999999999"):
        assert answered(wire.get(f"/countries/{country_id}/zones"), 200)["data"] == EMPTY
    assert answered(wire.get("/countries/0101/zones"), 200)["data"]["count"] == "31"  # read as a number
    empty = await api.countries.zones(9999)
    assert (empty.count, list(empty.items)) == (0, [])


@pytest.mark.behaviour("countries.zones.non-numeric")
async def test_zones_by_a_code_or_a_sign_match_no_route(wire: httpx.Client, api: AsyncPakat) -> None:
    for country_id in ("IR", "-1", "1.0", "۱۰۱"):
        refused(wire.get(f"/countries/{country_id}/zones"), 404, "Page not found.")
    for bad in ("IR", "-1", "1.0", "۱۰۱", -1):
        with pytest.raises(
            ValueError, match=r"country_id must be a number, such as countries.list\(\) gives"
        ):
            await api.countries.zones(bad)
    with pytest.raises(ValueError, match="country_id must be a number"):
        api.countries.iter_zones("IR")


# --- customers ------------------------------------------------------------------------------------


@pytest.mark.behaviour("customers.create.ok")
async def test_a_customer_is_created_with_201(sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat) -> None:
    body = answered(sign_up(wire, customer()), 201)
    # MailWizz 2.1.13's answer: the uid alone.
    assert list(body) == ["status", "customer_uid"] and re.fullmatch(r"[a-z0-9]{13}", body["customer_uid"])
    result = await api.customers.create(**{**ARGS, "email": "ali@example.org"})
    assert result.customer_uid and result.must_confirm_email is pakat_unset()
    assert sandbox.processed["createCustomer"] == 2


@pytest.mark.behaviour("customers.create.ok")
async def test_the_newer_answer_is_read_too(client: AsyncPakat, server: MockServer) -> None:
    server.on(
        "POST",
        "/customers",
        {
            "status": "success",
            "customer_uid": "bn27xk0d5q9fe",
            "must_confirm_email": True,
            "require_approval": False,
            "list_subscribe_result": {"status": "disabled", "message": "Feature is not enabled."},
        },
    )
    result = await client.customers.create(**ARGS)
    assert (result.customer_uid, result.must_confirm_email, result.require_approval) == (
        "bn27xk0d5q9fe",
        True,
        False,
    )
    assert result.to_dict()["list_subscribe_result"] == {
        "status": "disabled",
        "message": "Feature is not enabled.",
    }


@pytest.mark.behaviour("customers.create.disabled")
async def test_sign_up_switched_off(custom: Any) -> None:
    _, wire, api = custom(customer_registration=False)
    refused(sign_up(wire, customer()), 400, "Customer creation is disabled.")
    refused(sign_up(wire, {}), 400, "Customer creation is disabled.")  # before any field is looked at
    with pytest.raises(
        pakat.PermissionDeniedError, match=re.escape("Customer creation is disabled.")
    ) as raised:
        await api.customers.create(**ARGS)
    assert raised.value.status_code == 400


@pytest.mark.behaviour("customers.create.validation")
async def test_customer_fields_are_refused_under_general(wire: httpx.Client, api: AsyncPakat) -> None:
    refused(
        sign_up(wire, {}),
        422,
        {
            "general": {
                "first_name": "First name cannot be blank.",
                "last_name": "Last name cannot be blank.",
                "email": "Email cannot be blank.",
                "confirm_email": "Confirm email cannot be blank.",
                "fake_password": "Password cannot be blank.",
                "confirm_password": "Confirm password cannot be blank.",
                "timezone": "Timezone cannot be blank.",
                "birthDate": "Birth date cannot be blank.",
            }
        },
    )
    refused(
        sign_up(
            wire,
            customer(
                **{
                    "customer[first_name]": "س" * 101,
                    "customer[email]": "not-an-address",
                    "customer[confirm_email]": "other@example.org",
                    "customer[password]": "short",
                    "customer[confirm_password]": "short!",
                    "customer[timezone]": "Tehran",
                }
            ),
        ),
        422,
        {
            "general": {
                "first_name": "First name is too long (maximum is 100 characters).",
                "email": "Email is not a valid email address.",
                "timezone": "Timezone is not in the list.",
                "fake_password": "Password is too short (minimum is 6 characters).",
                "confirm_password": "Confirm password must be repeated exactly.",
                "confirm_email": "Confirm email must be repeated exactly.",
            }
        },
    )
    refused(
        sign_up(
            wire,
            customer(
                **{
                    "customer[email]": "a@b",
                    "customer[confirm_email]": "a@b",
                    "customer[timezone]": "US/Eastern",
                }
            ),
        ),
        422,
        {
            "general": {
                "email": "Email is too short (minimum is 4 characters).",
                "confirm_email": "Confirm email is too short (minimum is 4 characters).",
                "timezone": "Timezone is not in the list.",
            }
        },
    )
    refused(
        sign_up(wire, customer(**{"customer[confirm_password]": "Gol-e-Sorkh-1404"})),
        422,
        {"general": {"confirm_password": "Confirm password must be repeated exactly."}},
    )
    # Nothing was kept, and the facade refuses most of it before sending.
    assert answered(sign_up(wire, customer()), 201)
    for change, message in (
        ({"first_name": "س" * 101}, "first_name must be 1 to 100 characters long"),
        ({"password": "short"}, "password must be 6 to 100 characters long"),
        ({"timezone": "US/Eastern"}, "timezone 'US/Eastern' is unknown to the server"),
        ({"timezone": "Iran"}, "timezone 'Iran' is unknown to the server"),
        ({"zip_code": "12345678901"}, "zip_code must be 1 to 10 characters long"),
    ):
        with pytest.raises(ValueError, match=re.escape(message)):
            await api.customers.create(**{**ARGS, **change})
    with pytest.raises(pakat.ValidationError) as raised:
        await api.customers.create(
            **{**ARGS, "email": "new@example.org", "extra": {"customer[confirm_email]": "x@example.org"}}
        )
    assert raised.value.errors == {"general": {"confirm_email": "Confirm email must be repeated exactly."}}
    assert raised.value.message == "general[confirm_email]: Confirm email must be repeated exactly."


@pytest.mark.behaviour("customers.create.password-key")
async def test_the_password_error_is_under_fake_password(
    wire: httpx.Client, client: AsyncPakat, server: MockServer
) -> None:
    refused(
        sign_up(wire, customer(**{"customer[password]": None, "customer[confirm_password]": None})),
        422,
        {
            "general": {
                "fake_password": "Password cannot be blank.",
                "confirm_password": "Confirm password cannot be blank.",
            }
        },
    )
    # 2.2.19 and later name it `password`; both reach the caller as sent.
    newer = {
        "status": "error",
        "error": {"general": {"password": "Password is too short (minimum is 6 characters)."}},
    }
    server.on("POST", "/customers", httpx.Response(422, json=newer))
    with pytest.raises(pakat.ValidationError) as raised:
        await client.customers.create(**ARGS)
    assert raised.value.errors == newer["error"]
    assert ARGS["password"] not in str(raised.value)


@pytest.mark.behaviour("customers.create.duplicate-email")
async def test_an_address_that_has_an_account(wire: httpx.Client, api: AsyncPakat) -> None:
    answered(sign_up(wire, customer()), 201)
    taken = {"general": {"email": 'Email "SARA.Ahmadi@example.org" has already been taken.'}}
    refused(
        sign_up(
            wire,
            customer(
                **{
                    "customer[email]": "SARA.Ahmadi@example.org",
                    "customer[confirm_email]": "SARA.Ahmadi@example.org",
                }
            ),
        ),
        422,
        taken,
    )
    with pytest.raises(pakat.ValidationError, match="has already been taken"):
        await api.customers.create(**ARGS)


@pytest.mark.behaviour("customers.create.birthdate")
async def test_birth_dates(wire: httpx.Client, api: AsyncPakat) -> None:
    year = datetime.now(UTC).year

    def attempt(value: str, n: int) -> httpx.Response:
        address = f"c{n}@example.org"
        fields = {
            "customer[birthDate]": value,
            "customer[email]": address,
            "customer[confirm_email]": address,
        }
        return sign_up(wire, customer(**fields))

    # Any readable date text, and even unreadable text (read as 1970-01-01), is accepted.
    for n, value in enumerate(("1990-03-21", "21 March 1990", "1990/03/21", "not a date")):
        answered(attempt(value, n), 201)
    refused(attempt(f"{year}-01-01", 10), 422, {"general": {"birthDate": "Please select a past date!"}})
    refused(attempt(f"{year + 5}-01-01", 11), 422, {"general": {"birthDate": "Please select a past date!"}})
    refused(
        attempt(f"{year - 12}-06-01", 12), 422, {"general": {"birthDate": "Age is 12 but minimum is 16!"}}
    )
    refused(attempt("0", 13), 422, {"general": {"birthDate": "Birth date cannot be blank."}})
    # The facade sends Y-m-d only.
    with pytest.raises(ValueError, match="birth_date must be a date written YYYY-MM-DD"):
        await api.customers.create(**{**ARGS, "birth_date": "21 March 1990"})


@pytest.mark.behaviour("customers.create.company-ignored")
async def test_company_fields_are_ignored_when_not_required(custom: Any) -> None:
    _, wire, api = custom(customer_company_required=False)
    answered(sign_up(wire, CUSTOMER), 201)
    nonsense = {"company[country]": "Atlantis", "company[zone]": "Nowhere", "company[zip_code]": "9" * 40}
    answered(
        sign_up(
            wire,
            {
                **customer(**nonsense),
                "customer[email]": "b@example.org",
                "customer[confirm_email]": "b@example.org",
            },
        ),
        201,
    )
    assert (
        await api.customers.create(**{**ARGS, "email": "c@example.org", "country": "Atlantis"})
    ).customer_uid


@pytest.mark.behaviour("customers.create.company-country")
async def test_the_country_is_found_by_its_exact_name(wire: httpx.Client, api: AsyncPakat) -> None:
    refusal = {
        "company": {"country_id": "Unable to find the specified country, please double check the spelling!"}
    }
    for n, country in enumerate(("Iran", "IR", "101", "Persia")):
        address = f"c{n}@example.org"
        fields = {"company[country]": country, "customer[email]": address, "customer[confirm_email]": address}
        refused(sign_up(wire, customer(**fields)), 422, refusal)
    fields = {"company[country]": "IRAN (islamic republic of)", "company[zone]": "tehran"}
    answered(sign_up(wire, customer(**fields)), 201)  # case does not matter
    with pytest.raises(pakat.ValidationError) as raised:
        await api.customers.create(**{**ARGS, "email": "d@example.org", "country": "Iran"})
    assert raised.value.errors == refusal


@pytest.mark.behaviour("customers.create.company-refused-leaves-account")
async def test_a_company_refusal_leaves_the_address_taken(wire: httpx.Client, api: AsyncPakat) -> None:
    refused(
        sign_up(wire, customer(**{"company[country]": "Iran"})),
        422,
        {
            "company": {
                "country_id": "Unable to find the specified country, please double check the spelling!"
            }
        },
    )
    refused(
        sign_up(wire, customer()),
        422,
        {"general": {"email": 'Email "sara.ahmadi@example.org" has already been taken.'}},
    )
    with pytest.raises(pakat.ValidationError, match="has already been taken"):
        await api.customers.create(**ARGS)


@pytest.mark.behaviour("customers.create.not-post")
async def test_a_customer_create_routed_by_override(client: AsyncPakat, server: MockServer) -> None:
    server.on(
        "POST",
        "/customers",
        httpx.Response(
            400, json={"status": "error", "error": "Only POST requests allowed for this endpoint."}
        ),
    )
    with pytest.raises(pakat.BadRequestError, match="Only POST requests allowed"):
        await client.customers.create(**ARGS)
    assert server.last.method == "POST" and "x-http-method-override" not in server.last.headers


# --- delivery servers -----------------------------------------------------------------------------


@pytest.mark.behaviour("delivery-servers.list.ok")
async def test_only_the_accounts_own_servers_by_name(
    wire: httpx.Client, api: AsyncPakat, custom: Any
) -> None:
    # A plain account sends through the system's servers, which are never listed.
    assert answered(wire.get("/delivery-servers"), 200)["data"] == EMPTY
    assert list((await api.delivery_servers.list()).items) == []
    _, own, own_api = custom(delivery_servers=SERVERS)
    data = answered(own.get("/delivery-servers"), 200)["data"]
    assert data["count"] == "3"
    assert data["records"] == [
        {"server_id": "3", "type": "sendmail", "name": None, "hostname": "localhost", "status": "inactive"},
        {
            "server_id": "2",
            "type": "amazon-ses-web-api",
            "name": "Amazon SES",
            "hostname": "email.eu-west-1.amazonaws.com",
            "status": "in-use",
        },
        {
            "server_id": "1",
            "type": "smtp",
            "name": "سرور اصلی",
            "hostname": "smtp.shop.example.com",
            "status": "active",
        },
    ]
    listed = [x async for x in own_api.delivery_servers.iter()]
    assert [(s.server_id, s.name) for s in listed] == [("3", None), ("2", "Amazon SES"), ("1", "سرور اصلی")]


@pytest.mark.behaviour("delivery-servers.list.types", "delivery-servers.list.statuses")
async def test_types_and_statuses_are_open_strings(client: AsyncPakat, server: MockServer) -> None:
    from tests._paths import spec

    known = spec()["components"]["schemas"]["DeliveryServer"]["properties"]
    assert len(known["type"]["x-known-values"]) == 26 and "enum" not in known["type"]
    assert {"smtp", "sendmail", "postal-web-api", "smtp-greenarrow", "brevo-web-api"} <= set(
        known["type"]["x-known-values"]
    )
    assert set(known["status"]["x-known-values"]) == {
        "active",
        "in-use",
        "inactive",
        "disabled",
        "hidden",
        "pending-delete",
    }
    records = [
        {
            "server_id": "4",
            "type": "my-extension-web-api",
            "name": "x",
            "hostname": "h",
            "status": "warming-up",
        },
        {"server_id": "5", "type": "smtp-pmta", "name": "y", "hostname": "h", "status": "hidden"},
    ]
    server.on("GET", "/delivery-servers", collection(records))
    got = (await client.delivery_servers.list()).items
    assert [(s.type_, s.status) for s in got] == [
        ("my-extension-web-api", "warming-up"),
        ("smtp-pmta", "hidden"),
    ]


@pytest.mark.behaviour("delivery-servers.get.ok")
async def test_one_server_of_the_account(custom: Any) -> None:
    sb, wire, _ = custom(delivery_servers=SERVERS)
    body = answered(wire.get("/delivery-servers/1"), 200)
    assert body == {"status": "success", "data": {"record": {"server_id": "1", **SERVERS[0]}}}
    async with AsyncPakat(api_key=sb.api_key, base_url=sb.url, max_retries=0) as api:
        got = await api.delivery_servers.get(2)
    assert (got.server_id, got.type_, got.hostname, got.status) == (
        "2",
        "amazon-ses-web-api",
        "email.eu-west-1.amazonaws.com",
        "in-use",
    )


@pytest.mark.behaviour("delivery-servers.get.not-found")
async def test_a_server_the_account_does_not_own(custom: Any) -> None:
    _, wire, api = custom(delivery_servers=SERVERS)
    for server_id in ("4", "0", "007", "99999999999999999999"):
        refused(wire.get(f"/delivery-servers/{server_id}"), 404, "The server does not exist.")
    with pytest.raises(pakat.NotFoundError, match=re.escape("The server does not exist.")):
        await api.delivery_servers.get(4)


@pytest.mark.behaviour("delivery-servers.get.non-numeric")
async def test_a_server_id_that_is_not_a_number(wire: httpx.Client, api: AsyncPakat) -> None:
    for server_id in ("abc", "-1", "1.5", "۱"):
        refused(wire.get(f"/delivery-servers/{server_id}"), 404, "Page not found.")
    for bad in ("abc", "-1", -1, "1.5"):
        with pytest.raises(
            ValueError, match=r"server_id must be a number, such as delivery_servers.list\(\) gives"
        ):
            await api.delivery_servers.get(bad)


# --- sending domains ------------------------------------------------------------------------------


@pytest.mark.behaviour("sending-domains.get.ok")
async def test_a_domain_of_the_account(custom: Any, client: AsyncPakat, server: MockServer) -> None:
    _, wire, api = custom(verified_domains=["Shop.Example.com"])
    body = answered(wire.get("/sending-domains/shop.example.com"), 200)
    assert body == {
        "status": "success",
        "data": {"record": {"domain_id": "2", "name": "shop.example.com", "verified": "yes"}},
    }
    got = await api.sending_domains.get("SHOP.example.com")
    assert (got.name, got.verified) == ("shop.example.com", "yes")
    # The real shape is not known: other shapes come back as they are, not as an error.
    server.on("GET", "/sending-domains/example.com", {"status": "success"})
    server.on(
        "GET", "/sending-domains/example.org", {"status": "success", "data": {"email": "noreply@example.org"}}
    )
    server.on("GET", "/sending-domains/example.net", {"status": "success", "email": "noreply@example.net"})
    assert (await client.sending_domains.get("example.com")).to_dict() == {}
    assert (await client.sending_domains.get("example.org")).to_dict() == {"email": "noreply@example.org"}
    assert (await client.sending_domains.get("example.net")).to_dict() == {"email": "noreply@example.net"}


@pytest.mark.behaviour("sending-domains.get.not-found")
async def test_a_domain_the_account_does_not_have(wire: httpx.Client, api: AsyncPakat) -> None:
    refused(wire.get("/sending-domains/other.example"), 404, "The sending domain does not exist.")
    with pytest.raises(pakat.NotFoundError):
        await api.sending_domains.get("other.example")


@pytest.mark.behaviour("sending-domains.get.path-chars")
async def test_a_domain_name_with_other_characters(wire: httpx.Client, api: AsyncPakat) -> None:
    for name in ("exa_mple.com", "example.com%20", "پاکات.ایران"):
        refused(wire.get(f"/sending-domains/{name}"), 404, "Page not found.")
    for bad in ("ali@example.com", "a/b.com", "exa mple.com", ""):
        with pytest.raises(ValueError, match="domain"):
            await api.sending_domains.get(bad)


# --- quota ----------------------------------------------------------------------------------------


@pytest.mark.behaviour("quota.get.ok")
async def test_the_quota_is_not_enveloped(sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat) -> None:
    assert answered(wire.get("/quota/index"), 200) == {
        "status": "ok",
        "quota": {"percentage": "0%", "used": 0, "allowed": 10000},
    }
    for n in range(3):
        await api.transactional_emails.send(
            to_email=f"a{n}@example.com", to_name="a", from_name="b", subject="c", html="x"
        )
    assert answered(wire.get("/quota/index"), 200)["quota"] == {
        "percentage": "0.03%",
        "used": 3,
        "allowed": 10000,
    }
    assert await api.quota.get() == Quota(used=3, allowed=10000, percentage=0.03)


@pytest.mark.behaviour("quota.get.unlimited")
async def test_no_limit_is_the_infinity_sign(custom: Any, client: AsyncPakat, server: MockServer) -> None:
    _, wire, api = custom(quota_allowed=None)
    assert answered(wire.get("/quota/index"), 200)["quota"] == {"percentage": "0%", "used": 0, "allowed": "∞"}
    assert await api.quota.get() == Quota(used=0, allowed=None, percentage=0.0)
    for allowed in ("∞", "&infin;", " &infin; ", -1):
        server.on(
            "GET",
            "/quota/index",
            {"status": "ok", "quota": {"percentage": "0%", "used": "1,250", "allowed": allowed}},
        )
        assert await client.quota.get() == Quota(used=1250, allowed=None, percentage=0.0)


@pytest.mark.behaviour("quota.get.values")
async def test_the_share_is_capped_and_numbers_may_be_formatted(
    custom: Any, client: AsyncPakat, server: MockServer
) -> None:
    _, wire, api = custom(quota_allowed=2)
    for n in range(3):
        await api.transactional_emails.send(
            to_email=f"a{n}@example.com", to_name="a", from_name="b", subject="c", html="x"
        )
    assert answered(wire.get("/quota/index"), 200)["quota"] == {"percentage": "100%", "used": 3, "allowed": 2}
    _, zero, _ = custom(quota_allowed=0)
    assert answered(zero.get("/quota/index"), 200)["quota"]["percentage"] == "0%"
    _, third, third_api = custom(quota_allowed=3)
    await third_api.transactional_emails.send(
        to_email="a@example.com", to_name="a", from_name="b", subject="c", html="x"
    )
    assert answered(third.get("/quota/index"), 200)["quota"]["percentage"] == "33.33%"
    server.on(
        "GET",
        "/quota/index",
        {"status": "ok", "quota": {"percentage": "۲۵٪", "used": "۲٬۵۰۰", "allowed": "10,000"}},
    )
    assert await client.quota.get() == Quota(used=2500, allowed=10000, percentage=25.0)


@pytest.mark.behaviour("quota.get.routing")
async def test_the_quota_is_read_at_its_documented_path(
    wire: httpx.Client, client: AsyncPakat, server: MockServer
) -> None:
    # Other spellings (GET /quota, other verbs) are unverified, so pakat uses only Pakat's path.
    server.on(
        "GET", "/quota/index", {"status": "ok", "quota": {"percentage": "25%", "used": 1, "allowed": 4}}
    )
    await client.quota.get()
    assert [(r.method, r.url.path, r.url.query) for r in server.requests] == [
        ("GET", "/api/quota/index", b"")
    ]
    assert answered(wire.get("/quota/index/"), 200)["status"] == "ok"
