"""Countries and zones, customers, delivery servers, sending domains and the quota, row by row
(docs/server-behaviour.md, the sections of those names).

The rows that a client's answer proves too are tested in tests/_async/behaviour/test_account.py
(written once for both clients); the tests here stay on the wire.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import httpx
import pytest

from pakat.testing import Sandbox
from tests.behaviour.conftest import answered, form, refused

EMPTY = {
    "count": None,
    "total_pages": None,
    "current_page": None,
    "next_page": None,
    "prev_page": None,
    "records": [],
}


def every_page(wire: httpx.Client, path: str) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    page = 1
    while page is not None:
        data = answered(wire.get(path, params={"page": page, "per_page": 50}), 200)["data"]
        records += data["records"]
        page = data["next_page"]
    return records


def mysql_order(name: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).casefold()


@pytest.mark.behaviour("countries.list.order")
def test_countries_come_by_name(wire: httpx.Client) -> None:
    names = [c["name"] for c in every_page(wire, "/countries")]
    assert names == sorted(names, key=mysql_order)
    assert names[:3] == ["Afghanistan", "Albania", "Algeria"]
    assert names.index("Iran (Islamic Republic of)") + 1 == names.index("Iraq")


# --- customers ------------------------------------------------------------------------------------

CUSTOMER = {
    "customer[first_name]": "سارا",
    "customer[last_name]": "احمدی",
    "customer[email]": "sara.ahmadi@example.org",
    "customer[confirm_email]": "sara.ahmadi@example.org",
    "customer[password]": "Gol-e-Sorkh-1403",
    "customer[confirm_password]": "Gol-e-Sorkh-1403",
    "customer[timezone]": "Asia/Tehran",
    "customer[birthDate]": "1990-03-21",
}
COMPANY = {
    "company[name]": "کارگاه سفال سارا",
    "company[country]": "Iran (Islamic Republic of)",
    "company[zone]": "Tehran",
    "company[city]": "تهران",
    "company[zip_code]": "1591634311",
    "company[address_1]": "خیابان انقلاب، پلاک ۱۲",
}
ARGS: dict[str, Any] = {
    "first_name": "سارا",
    "last_name": "احمدی",
    "email": "sara.ahmadi@example.org",
    "password": "Gol-e-Sorkh-1403",
    "timezone": "Asia/Tehran",
    "birth_date": date(1990, 3, 21),
    "company_name": "کارگاه سفال سارا",
    "country": "Iran (Islamic Republic of)",
    "zone": "Tehran",
    "city": "تهران",
    "zip_code": "1591634311",
    "address_1": "خیابان انقلاب، پلاک ۱۲",
}


def sign_up(wire: httpx.Client, fields: dict[str, str], **headers: str) -> httpx.Response:
    return wire.post("/customers", files=form(fields), headers=headers)


def address(name: str) -> dict[str, str]:
    return {"customer[email]": f"{name}@example.org", "customer[confirm_email]": f"{name}@example.org"}


def customer(**changes: str | None) -> dict[str, str]:
    fields: dict[str, Any] = {**CUSTOMER, **COMPANY, **changes}
    return {name: value for name, value in fields.items() if value is not None}


@pytest.mark.behaviour("customers.create.no-key")
def test_signing_up_needs_no_key(sandbox: Sandbox) -> None:
    with httpx.Client(base_url=sandbox.url, timeout=10) as anonymous:
        assert answered(sign_up(anonymous, customer()), 201)["status"] == "success"
        assert answered(sign_up(anonymous, customer(**{
            "customer[email]": "b@example.org", "customer[confirm_email]": "b@example.org"
        }), **{"X-API-KEY": "wrong"}), 201)  # fmt: skip


def pakat_unset() -> Any:
    from pakat.types import UNSET

    return UNSET


@pytest.mark.behaviour("customers.create.company-zone")
def test_the_zone_is_found_by_name_within_the_country(wire: httpx.Client) -> None:
    refusal = {"company": {"zone_id": "Unable to find the specified zone, please double check the spelling!"}}
    refused(sign_up(wire, customer(**{"company[zone]": "California"})), 422, refusal)
    refused(sign_up(wire, customer(**address("b"), **{"company[zone]": "TEH"})), 422, refusal)
    answered(sign_up(wire, customer(**address("c"), **{"company[zone]": "esfahan"})), 201)
    # Without a country the zone is not looked at: the country is what is missing.
    refused(
        sign_up(wire, customer(**address("d"), **{"company[country]": None, "company[zone]": "Nowhere"})),
        422,
        {"company": {"country_id": "Country cannot be blank."}},
    )


@pytest.mark.behaviour("customers.create.company-validation")
def test_company_fields_are_checked_after_the_customer(wire: httpx.Client) -> None:
    no_company = {name: None for name in COMPANY}
    refused(
        sign_up(wire, customer(**no_company)),
        422,
        {
            "company": {
                "name": "Name cannot be blank.",
                "country_id": "Country cannot be blank.",
                "address_1": "Address cannot be blank.",
                "city": "City cannot be blank.",
                "zip_code": "Zip code cannot be blank.",
            }
        },
    )
    refused(
        sign_up(wire, customer(**address("b"), **{"company[zip_code]": "12345678901"})),
        422,
        {"company": {"zip_code": "Zip code is too long (maximum is 10 characters)."}},
    )
    # Customer errors come first, alone.
    refused(
        sign_up(wire, {**CUSTOMER, **address("c"), "customer[first_name]": ""}),
        422,
        {"general": {"first_name": "First name cannot be blank."}},
    )


@pytest.mark.behaviour("customers.create.validation", "customers.create.company-validation")
@pytest.mark.parametrize(
    "fields",
    [
        {"customer": "x"},
        {"customer[email][0]": "a@example.org"},
        {**CUSTOMER, **COMPANY, "customer[birthDate]": "9" * 5000},
        {**CUSTOMER, **COMPANY, "customer[birthDate]": "-99999-01-01"},
        {**CUSTOMER, **COMPANY, "company[country_id]": "99999999999999999999999"},
        {**CUSTOMER, "company[country_id]": "abc", "company[name]": "x"},
        {**CUSTOMER, "company[country_id]": "0"},
        {**CUSTOMER, "customer[phone]": "-" * 40},
        {**CUSTOMER, **COMPANY, "company[zone]": "ت" * 10_000},
    ],
)
def test_odd_customer_input_gets_a_server_answer(wire: httpx.Client, fields: dict[str, str]) -> None:
    assert sign_up(wire, fields).status_code in (201, 422)


# --- delivery servers -----------------------------------------------------------------------------

SERVERS = [
    {"type": "smtp", "name": "سرور اصلی", "hostname": "smtp.shop.example.com", "status": "active"},
    {
        "type": "amazon-ses-web-api",
        "name": "Amazon SES",
        "hostname": "email.eu-west-1.amazonaws.com",
        "status": "in-use",
    },
    {"type": "sendmail", "name": None, "hostname": "localhost", "status": "inactive"},
]
