"""Authentication as MailWizz 2.1.13's RequestAccessFilter does it (apps/api/components/web/filters/
RequestAccessFilter.php): the key is ``X-API-KEY`` when that header is not empty, else the legacy
``X-MW-PUBLIC-KEY``; signature and timestamp headers are not checked; a missing key and an unknown
one both answer 400, each with its own words; the customers controller needs no key at all."""

from __future__ import annotations

import httpx
import pytest

from pakat.testing import Sandbox
from tests._contract import check, check_error

from ._helpers import multipart

MISSING = "Invalid API request params. Please refer to the documentation."
UNKNOWN = "Invalid API key. Please refer to the documentation."

CUSTOMER = {
    "customer[first_name]": "Sara",
    "customer[last_name]": "Ahmadi",
    "customer[email]": "sara@example.org",
    "customer[confirm_email]": "sara@example.org",
    "customer[password]": "secret-123",
    "customer[confirm_password]": "secret-123",
    "customer[timezone]": "Asia/Tehran",
    "customer[birthDate]": "1990-03-21",
    "company[name]": "Sara Co",
    "company[country]": "Iran (Islamic Republic of)",
    "company[address_1]": "Vali Asr 1",
    "company[city]": "Tehran",
    "company[zip_code]": "12345",
}


def _get(sandbox: Sandbox, headers: dict[str, str]) -> httpx.Response:
    return httpx.get(f"{sandbox.url}/lists", headers=headers, timeout=10)


def test_the_legacy_public_key_header_is_the_key(sandbox: Sandbox) -> None:
    signed = {
        "X-MW-PUBLIC-KEY": sandbox.api_key,
        "X-MW-TIMESTAMP": "1",
        "X-MW-REMOTE-ADDR": "",
        "X-MW-SIGNATURE": "not-checked",
    }
    check("listLists", _get(sandbox, signed))


def test_x_api_key_wins_over_the_legacy_header(sandbox: Sandbox) -> None:
    check("listLists", _get(sandbox, {"X-API-KEY": sandbox.api_key, "X-MW-PUBLIC-KEY": "stale"}))
    wrong = _get(sandbox, {"X-API-KEY": "wrong", "X-MW-PUBLIC-KEY": sandbox.api_key})
    assert check_error(wrong, 400)["error"] == UNKNOWN


@pytest.mark.parametrize("empty", ["", "0"])
def test_an_empty_x_api_key_falls_back_to_the_legacy_header(sandbox: Sandbox, empty: str) -> None:
    # PHP's empty(): "" and "0" both count as no X-API-KEY.
    check("listLists", _get(sandbox, {"X-API-KEY": empty, "X-MW-PUBLIC-KEY": sandbox.api_key}))


@pytest.mark.parametrize(
    "headers",
    [{}, {"X-API-KEY": ""}, {"X-MW-PUBLIC-KEY": ""}, {"X-API-KEY": "0"}, {"X-MW-PUBLIC-KEY": "0"}],
)
def test_no_key_answers_400_invalid_params(sandbox: Sandbox, headers: dict[str, str]) -> None:
    assert check_error(_get(sandbox, headers), 400)["error"] == MISSING
    assert sandbox.counters["listLists"] == 1 and sandbox.processed["listLists"] == 0


@pytest.mark.parametrize("headers", [{"X-API-KEY": "wrong"}, {"X-MW-PUBLIC-KEY": "wrong"}])
def test_an_unknown_key_answers_400_invalid_key(sandbox: Sandbox, headers: dict[str, str]) -> None:
    assert check_error(_get(sandbox, headers), 400)["error"] == UNKNOWN
    assert sandbox.processed["listLists"] == 0


@pytest.mark.parametrize("headers", [{}, {"X-API-KEY": "wrong"}])
def test_creating_a_customer_needs_no_key(sandbox: Sandbox, headers: dict[str, str]) -> None:
    response = httpx.post(f"{sandbox.url}/customers", files=multipart(CUSTOMER), headers=headers, timeout=10)
    check("createCustomer", response)
    assert sandbox.processed["createCustomer"] == 1
