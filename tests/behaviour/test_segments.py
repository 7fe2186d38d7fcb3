"""List segments: docs/server-behaviour.md, section "List segments", row by row.

The rows that a client's answer proves too are tested in tests/_async/behaviour/test_segments.py
(written once for both clients); the tests here stay on the wire.
"""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

from pakat.testing import Sandbox
from tests.behaviour.conftest import answered, form, refused

DETAIL_KEYS = [
    "segment_uid", "segment_id", "name", "operator_match", "date_added", "subscribers_count",
    "conditions", "campaign_conditions",
]  # fmt: skip
NOT_FOUND = "The segment list does not exist."
# The server's short English date and time: 1/15/25, 1:30 PM.
DISPLAY_DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{2}, \d{1,2}:\d{2} [AP]M")
OPERATORS = [
    ("1", "is", "is"), ("2", "is not", "is-not"), ("3", "contains", "contains"),
    ("4", "not contains", "not-contains"), ("5", "starts with", "starts"), ("6", "ends with", "ends"),
    ("7", "is greater than", "greater"), ("8", "is less than", "less"),
    ("9", "not starts with", "not-starts"), ("10", "not ends with", "not-ends"),
]  # fmt: skip
FNAME = "2"  # the FNAME field of the first list of a sandbox


def people(wire: httpx.Client, list_uid: str, *names: str, status: str = "confirmed") -> None:
    for n, name in enumerate(names):
        fields = {"EMAIL": f"{status}{n}@example.org", "FNAME": name, "details[status]": status}
        answered(wire.post(f"/lists/{list_uid}/subscribers", files=form(fields)), 201)


def condition(n: int, field_id: str, operator_id: str, value: str) -> dict[str, str]:
    return {
        f"conditions[{n}][field_id]": field_id,
        f"conditions[{n}][operator_id]": operator_id,
        f"conditions[{n}][value]": value,
    }


def create(wire: httpx.Client, list_uid: str, fields: dict[str, str]) -> dict[str, Any]:
    record: dict[str, Any] = answered(wire.post(f"/lists/{list_uid}/segments", files=form(fields)), 201)[
        "data"
    ]["record"]
    return record


@pytest.mark.behaviour("segments.get.ok")
def test_the_display_date_is_in_the_accounts_time_zone() -> None:
    with Sandbox(timezone="UTC") as utc, Sandbox(timezone="Asia/Tehran") as tehran:
        dates = []
        for sandbox in (utc, tehran):
            list_uid = sandbox.create_list()
            with sandbox._store.transaction() as db:
                db.execute(
                    "INSERT INTO segments (uid, list_id, name, operator_match, conditions, campaign_conditions, "
                    "date_added) SELECT 'sg1', id, 'x', 'all', '[]', '[]', '2025-01-15 10:00:00' FROM lists",
                )
            with httpx.Client(base_url=sandbox.url, headers={"X-API-KEY": sandbox.api_key}) as http:
                dates.append(
                    answered(http.get(f"/lists/{list_uid}/segments/sg1"), 200)["data"]["record"]["date_added"]
                )
    assert dates == ["1/15/25, 10:00 AM", "1/15/25, 1:30 PM"]


@pytest.mark.behaviour("segments.create.invalid")
@pytest.mark.parametrize(
    ("sent", "error"),
    [
        ({}, {"name": "Name cannot be blank."}),
        ({"name": " "}, {"name": "Name cannot be blank."}),
        ({"name": "x" * 256}, {"name": "Name is too long (maximum is 255 characters)."}),
        ({"name": "x", "operator_match": "some"}, {"operator_match": "Operator match is not in the list."}),
        ({"name": "x", "operator_match": ""}, {"operator_match": "Operator match cannot be blank."}),
        (
            {"operator_match": "ALL"},
            {"name": "Name cannot be blank.", "operator_match": "Operator match is not in the list."},
        ),
    ],
)
def test_create_refuses_a_bad_segment_with_a_flat_map(
    sandbox: Sandbox, wire: httpx.Client, sent: dict[str, str], error: dict[str, str]
) -> None:
    list_uid = sandbox.create_list()
    refused(wire.post(f"/lists/{list_uid}/segments", files=form(sent)), 422, error)
    assert answered(wire.get(f"/lists/{list_uid}/segments"), 200)["data"]["records"] == []


@pytest.mark.behaviour("segments.create.bad-condition")
@pytest.mark.parametrize(
    ("sent", "error"),
    [
        (condition(0, FNAME, "1", ""), {"conditions": [{"value": "Value cannot be blank."}]}),
        (
            {"conditions[0][field_id]": "a", "conditions[0][operator_id]": "1"},
            {"conditions": [{"value": "Value cannot be blank.", "field_id": "Field must be an integer."}]},
        ),
        (
            {**condition(0, FNAME, "1", "ok"), **condition(1, "1.5", "x", "v" * 256)},
            {
                "conditions": [
                    {
                        "field_id": "Field must be an integer.",
                        "operator_id": "Operator must be an integer.",
                        "value": "Value is too long (maximum is 255 characters).",
                    }
                ]
            },
        ),
        (
            {"conditions": "x"},
            {
                "conditions": [
                    {
                        "field_id": "Field cannot be blank.",
                        "operator_id": "Operator cannot be blank.",
                        "value": "Value cannot be blank.",
                    }
                ]
            },
        ),
        (
            {"campaign_conditions[0][action]": "view"},
            {"campaign_conditions": [{"action": "Campaign action is not in the list."}]},
        ),
        (
            {"campaign_conditions[0][campaign_id]": "999"},
            {"campaign_conditions": [{"campaign_id": 'Campaign "999" is invalid.'}]},
        ),
        (
            {"campaign_conditions[0][campaign_id]": "x"},
            {"campaign_conditions": [{"campaign_id": "Campaign must be an integer."}]},
        ),
        (
            {"campaign_conditions[0][time_value]": "10001"},
            {"campaign_conditions": [{"time_value": "Time value is too big (maximum is 10000)."}]},
        ),
        (
            {"campaign_conditions[0][time_value]": "-1"},
            {"campaign_conditions": [{"time_value": "Time value is too small (minimum is 0)."}]},
        ),
        (
            {
                "campaign_conditions[0][time_unit]": "week",
                # Not "<=": the server strips it as the start of a tag, leaving a blank value.
                "campaign_conditions[0][time_comparison_operator]": "before",
            },
            {
                "campaign_conditions": [
                    {
                        "time_unit": "Time unit is not in the list.",
                        "time_comparison_operator": "Comparison is not in the list.",
                    }
                ]
            },
        ),
        (
            {"campaign_conditions[0][action]": ""},
            {"campaign_conditions": [{"action": "Campaign action cannot be blank."}]},
        ),
        # The vendor's spelling: PHP reads campaign_conditions[0]action as campaign_conditions[0].
        (
            {"campaign_conditions[0]action": "open", "campaign_conditions[0]time_unit": "day"},
            None,
        ),
    ],
)
def test_refused_conditions_are_listed_under_their_kind_with_the_posted_data(
    sandbox: Sandbox, wire: httpx.Client, sent: dict[str, str], error: dict[str, Any] | None
) -> None:
    list_uid = sandbox.create_list()
    response = wire.post(f"/lists/{list_uid}/segments", files=form({"name": "x", **sent}))
    if error is None:
        # An entry without attributes takes every default: a valid "opened any campaign" rule.
        rules = answered(response, 201)["data"]["record"]["campaign_conditions"]
        assert rules == [
            {
                "action": "open",
                "campaign_id": None,
                "time_comparison_operator": "lte",
                "time_value": "60",
                "time_unit": "day",
            }
        ]
        return
    body = answered(response, 422)
    conditions = {
        key[len("conditions") :]: value for key, value in sent.items() if key.startswith("conditions")
    }
    expected_data: Any = None
    if conditions == {"": "x"}:
        expected_data = "x"
    elif conditions:
        expected_data = [
            {
                key.split("[")[-1].rstrip("]"): value
                for key, value in conditions.items()
                if key.startswith(f"[{n}]")
            }
            for n in sorted({int(key[1]) for key in conditions})
        ]
    assert body == {"status": "error", "error": error, "data": expected_data}
    assert answered(wire.get(f"/lists/{list_uid}/segments"), 200)["data"]["records"] == []


@pytest.mark.behaviour("segments.update.ok")
def test_update_replaces_every_rule_with_those_sent(sandbox: Sandbox, wire: httpx.Client) -> None:
    list_uid = sandbox.create_list()
    people(wire, list_uid, "Ali", "Amir", "Sara")
    segment = create(
        wire,
        list_uid,
        {
            "name": "الف",
            "operator_match": "any",
            **condition(0, FNAME, "5", "A"),
            "campaign_conditions[0][action]": "open",
        },
    )
    path = f"/lists/{list_uid}/segments/{segment['segment_uid']}"
    # Only a new name: name changes, operator_match stays, and every rule is gone.
    body = answered(wire.put(path, data={"name": "همه"}), 200)
    assert list(body) == ["status", "data"]
    record = body["data"]["record"]
    assert list(record) == DETAIL_KEYS
    assert (
        record["name"],
        record["operator_match"],
        record["conditions"],
        record["campaign_conditions"],
    ) == (
        "همه",
        "any",
        [],
        [],
    )
    assert record["subscribers_count"] == 3
    # Rules sent become the rules.
    record = answered(wire.put(path, data={"operator_match": "all", **condition(0, FNAME, "3", "r")}), 200)[
        "data"
    ]["record"]
    assert (record["name"], record["conditions"], record["subscribers_count"]) == (
        "همه",
        [{"field_id": FNAME, "operator_id": "3", "value": "r"}],
        2,  # Amir and Sara
    )
