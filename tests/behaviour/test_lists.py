"""Rows `lists.*` of docs/server-behaviour.md: the sandbox on the wire, and the facade on top.

The rows that a client's answer proves too are tested in tests/_async/behaviour/test_lists.py
(written once for both clients); the tests here stay on the wire.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from pakat.testing import Sandbox
from tests.behaviour.conftest import answered, form, refused

LIST = {
    "general[name]": "خبرنامه فروشگاه",
    "general[description]": "اخبار هفتگی فروشگاه",
    "defaults[from_name]": "فروشگاه پاکات",
    "defaults[from_email]": "news@example.com",
    "defaults[reply_to]": "support@example.com",
}
MISSING = "The list does not exist."
ADDRESS_FORMAT = (
    "[COMPANY_NAME]\n[COMPANY_ADDRESS_1] [COMPANY_ADDRESS_2]\n[COMPANY_CITY] [COMPANY_ZONE] [COMPANY_ZIP]\n"
    "[COMPANY_COUNTRY]\n[COMPANY_WEBSITE]"
)
COMPANY = {
    "company[name]": "شرکت نمونه",
    "company[country]": "Iran (Islamic Republic of)",
    "company[address_1]": "خیابان آزادی",
    "company[city]": "Shiraz",
    "company[zip_code]": "7134567890",
}


def create(wire: httpx.Client, **fields: str) -> str:
    body = answered(wire.post("/lists", files=form({**LIST, **fields})), 201)
    return str(body["list_uid"])


def record_of(wire: httpx.Client, list_uid: str) -> dict[str, Any]:
    return answered(wire.get(f"/lists/{list_uid}"), 200)["data"]["record"]  # type: ignore[no-any-return]


@pytest.fixture
def limited() -> Any:
    with Sandbox(max_lists=2) as sb:
        yield sb


def wire_of(sandbox: Sandbox) -> httpx.Client:
    return httpx.Client(base_url=sandbox.url, headers={"X-API-KEY": sandbox.api_key}, timeout=10)


@pytest.mark.behaviour("lists.create.fields")
def test_create_reads_the_documented_keys_and_ignores_others(sandbox: Sandbox, wire: httpx.Client) -> None:
    list_uid = create(
        wire,
        **{
            "general[display_name]": "نام نمایشی",
            "general[visibility]": "private",
            "general[welcome_email]": "yes",
            "general[subscriber_404_redirect]": "https://example.com/404",
            "general[list_uid]": "forged",  # not read
            "general[surprise]": "ignored",
            "defaults[subject]": "موضوع",
            "notifications[daily]": "yes",
            "notifications[daily_to]": "boss@example.com",
            "company[website]": "https://example.com",
            "company[type_id]": "3",
            "company[country]": "Germany",
            "company[city]": "Berlin",
            "mystery[key]": "ignored",
        },
    )
    rec = record_of(wire, list_uid)
    assert rec["general"] == {
        "list_uid": list_uid,
        "name": LIST["general[name]"],
        "display_name": "نام نمایشی",
        "description": LIST["general[description]"],
    }
    assert rec["defaults"]["subject"] == "موضوع"
    # company[country] is looked up by name; the account's company fills the rest, sent fields win.
    assert rec["company"]["country"] == {"country_id": "81", "name": "Germany", "code": "DE"}
    assert (rec["company"]["city"], rec["company"]["name"]) == ("Berlin", "پاکات")
    # company[zone] is looked up within the country the body names (by id, or by a name found)...
    zoned = create(wire, **{"company[country_id]": "223", "company[zone]": "Texas"})
    assert record_of(wire, zoned)["company"]["zone"] == {"zone_id": "3669", "name": "Texas", "code": "TX"}
    named = create(wire, **{"company[country]": "United States", "company[zone]": "Texas"})
    assert record_of(wire, named)["company"]["zone"]["zone_id"] == "3669"
    # ...and not without one, even though the account's company has a country.
    no_zone = create(wire, **{"company[zone]": "Tehran"})
    assert "zone" not in record_of(wire, no_zone)["company"]
    # Stored even though not shown: the opt-in decides a new subscriber's status.
    with sandbox._store.transaction() as db:  # the stored document, not shown on the wire
        stored = json.loads(db.execute("SELECT data FROM lists WHERE uid = ?", (list_uid,)).fetchone()[0])
    assert stored["general"]["visibility"] == "private" and stored["general"]["opt_in"] == "double"
    assert "surprise" not in stored["general"] and "mystery" not in stored


@pytest.mark.behaviour("lists.create.invalid-defaults")
def test_defaults_are_checked_after_general(wire: httpx.Client) -> None:
    refused(
        wire.post(
            "/lists",
            files=form({**LIST, "defaults[from_name]": "", "defaults[from_email]": "not-an-address"}),
        ),
        422,
        {
            "defaults": {
                "from_name": "From name cannot be blank.",
                "from_email": "From email is not a valid email address.",
            }
        },
    )
    refused(
        wire.post(
            "/lists", files=form({**LIST, "defaults[reply_to]": "a@b", "defaults[subject]": "s" * 256})
        ),
        422,
        {
            "defaults": {
                "reply_to": "Reply to is too short (minimum is 5 characters).",
                "subject": "Subject is too long (maximum is 255 characters).",
            }
        },
    )


@pytest.mark.behaviour("lists.create.invalid-notifications")
def test_notifications_take_yes_or_no_and_any_recipients(wire: httpx.Client) -> None:
    refused(
        wire.post(
            "/lists", files=form({**LIST, "notifications[subscribe]": "maybe", "notifications[daily]": "1"})
        ),
        422,
        {
            "notifications": {
                "daily": "Daily is not in the list.",
                "subscribe": "Subscribe is not in the list.",
            }
        },
    )
    refused(
        wire.post("/lists", files=form({**LIST, "notifications[unsubscribe_to]": "x" * 256})),
        422,
        {"notifications": {"unsubscribe_to": "Unsubscribe to is too long (maximum is 255 characters)."}},
    )
    # The recipients are not checked as addresses.
    list_uid = create(wire, **{"notifications[subscribe_to]": "not an address, a@example.com"})
    assert record_of(wire, list_uid)["notifications"]["subscribe_to"] == "not an address, a@example.com"


@pytest.mark.behaviour("lists.create.empty-body")
def test_no_body_is_a_422_not_a_400(wire: httpx.Client) -> None:
    expected = {"general": {"name": "Name cannot be blank.", "description": "Description cannot be blank."}}
    refused(wire.post("/lists"), 422, expected)
    refused(wire.post("/lists", files=form({})), 422, expected)


@pytest.mark.behaviour("lists.copy.ok")
def test_a_copied_segment_keeps_its_field_conditions_only(sandbox: Sandbox, wire: httpx.Client) -> None:
    list_uid = sandbox.create_list("News")
    with sandbox._store.transaction() as db:  # a segment with a campaign condition, straight into the store
        list_id = db.execute("SELECT id FROM lists WHERE uid = ?", (list_uid,)).fetchone()[0]
        db.execute(
            "INSERT INTO segments (uid, list_id, name, operator_match, conditions, campaign_conditions, date_added) "
            "VALUES ('seg1', ?, 's', 'all', '[]', ?, '2025-01-01 00:00:00')",
            (
                list_id,
                json.dumps(
                    [
                        {
                            "action": "open",
                            "campaign_id": 1,
                            "time_comparison_operator": "gte",
                            "time_value": 1,
                            "time_unit": "day",
                        }
                    ]
                ),
            ),
        )
    copy = answered(wire.post(f"/lists/{list_uid}/copy"), 201)["list_uid"]
    with sandbox._store.transaction() as db:
        rows = db.execute(
            "SELECT s.campaign_conditions FROM segments s JOIN lists l ON l.id = s.list_id WHERE l.uid = ?",
            (copy,),
        ).fetchall()
    assert [json.loads(row[0]) for row in rows] == [[]]


def test_hostile_input_never_breaks_the_list_routes(wire: httpx.Client) -> None:
    """Odd, huge, nested and missing values get the server's answers, never a sandbox 500."""
    list_uid = create(wire)
    odd = [
        {},
        {"general[name]": "n" * 100_000},
        {"general": "x", "general[name][0]": "a", "defaults[from_email][x]": "y"},
        {"company[country_id]": "99999999999999999999999", "company[zone]": "Tehran"},
        {"company[country_id]": "abc", "company[zone_id]": "-1", "company[type_id]": "0"},
        {"company[country]": "", "company[zone]": "", "company[address_format]": ""},
        {"general[opt_in]": "\x00", "general[subscriber_404_redirect]": "javascript:alert(1)"},
        {"notifications[subscribe]": "YES", "notifications[daily_to]": "a" * 300},
    ]
    for fields in odd:
        for response in (
            wire.post("/lists", files=form({**LIST, **fields})),
            wire.post("/lists", files=form(fields)),
            wire.put(f"/lists/{list_uid}", data=fields),
        ):
            assert response.status_code in (200, 201, 422), (fields, response.text[:300])
    for page in ("0", "-1", "abc", "99999999999999999999999"):
        answered(wire.get("/lists", params={"page": page, "per_page": page}), 200)
    answered(wire.get(f"/lists/{list_uid}"), 200)
