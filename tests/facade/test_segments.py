"""client.segments on the wire."""

from __future__ import annotations

import httpx
import pytest

import pakat
from pakat import AsyncPakat, Pakat
from pakat.types import CampaignCondition, SegmentCondition
from pakat_client.models import ConditionOperator, Segment, SegmentDetail
from tests.facade.conftest import OK, MockServer, collection, record

SEGMENT = {"segment_uid": "sg1", "name": "تهرانی‌ها", "subscribers_count": "42"}
DETAIL = {
    **SEGMENT,
    "segment_id": "3",
    "operator_match": "all",
    "date_added": "2025-01-15 10:00:00",
    "conditions": [{"field_id": "7", "operator_id": "1", "value": "تهران"}],
    "campaign_conditions": [
        {
            "action": "open",
            "campaign_id": "9",
            "time_comparison_operator": "gte",
            "time_value": "30",
            "time_unit": "day",
        }
    ],
}
OPERATORS = [
    {"operator_id": "1", "name": "is", "slug": "is"},
    {"operator_id": 2, "name": "contains", "slug": "contains"},
]
CITY = SegmentCondition(field_id=7, operator_id=1, value="تهران")
OPENED = CampaignCondition(
    action="open", campaign_id=9, time_comparison_operator="gte", time_value=30, time_unit="day"
)


def test_list_sends_paging_and_reads_segments(client: Pakat, server: MockServer) -> None:
    server.on("GET", "/lists/L1/segments", collection([SEGMENT], count="1"))
    page = client.segments.list("L1", page=1, per_page=25)
    assert server.last.method == "GET"
    assert server.last.url.path == "/api/lists/L1/segments"
    assert server.query() == {"page": "1", "per_page": "25"}
    assert page.count == 1
    assert isinstance(page.items[0], Segment)
    assert (page.items[0].segment_uid, page.items[0].name) == ("sg1", "تهرانی‌ها")


def test_iter_stops_at_a_next_page_pointing_back(client: Pakat, server: MockServer) -> None:
    def pages(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params["page"])
        body = collection([{**SEGMENT, "segment_uid": f"sg{number}"}], page=number, total_pages=9)
        body["data"]["next_page"] = 2 if number == 1 else 1
        return httpx.Response(200, json=body)

    server.on("GET", "/lists/L1/segments", pages)
    assert [s.segment_uid for s in client.segments.iter("L1", per_page=11)] == ["sg1", "sg2"]
    assert [server.query(i) for i in range(2)] == [
        {"page": "1", "per_page": "11"},
        {"page": "2", "per_page": "11"},
    ]


def test_get_reads_the_segment_with_its_conditions(client: Pakat, server: MockServer) -> None:
    server.on("GET", "/lists/L1/segments/sg1", record(DETAIL))
    segment = client.segments.get("L1", "sg1")
    assert server.last.url.path == "/api/lists/L1/segments/sg1"
    assert isinstance(segment, SegmentDetail)
    assert (segment.operator_match, segment.conditions[0].value) == ("all", "تهران")
    assert segment.campaign_conditions[0].time_unit == "day"
    assert segment.to_dict() == DETAIL


def test_create_numbers_the_conditions_in_brackets(client: Pakat, server: MockServer) -> None:
    server.on("POST", "/lists/L1/segments", {"status": "success", "segment_uid": "sg2"})
    uid = client.segments.create(
        "L1",
        name="تهرانی‌های فعال",
        operator_match="all",
        conditions=[CITY, SegmentCondition(field_id="8", operator_id="2", value="")],
        campaign_conditions=[
            OPENED,
            CampaignCondition(
                action="click",
                campaign_id="10",
                time_comparison_operator="lt",
                time_value=2,
                time_unit="month",
            ),
        ],
        extra={"future[flag]": "1"},
    )
    assert uid == "sg2"
    assert server.last.method == "POST"
    assert server.last.url.path == "/api/lists/L1/segments"
    assert server.last.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert server.form() == {
        "name": "تهرانی‌های فعال",
        "operator_match": "all",
        "conditions[0][field_id]": "7",
        "conditions[0][operator_id]": "1",
        "conditions[0][value]": "تهران",
        "conditions[1][field_id]": "8",
        "conditions[1][operator_id]": "2",
        "conditions[1][value]": "",
        "campaign_conditions[0][action]": "open",
        "campaign_conditions[0][campaign_id]": "9",
        "campaign_conditions[0][time_comparison_operator]": "gte",
        "campaign_conditions[0][time_value]": "30",
        "campaign_conditions[0][time_unit]": "day",
        "campaign_conditions[1][action]": "click",
        "campaign_conditions[1][campaign_id]": "10",
        "campaign_conditions[1][time_comparison_operator]": "lt",
        "campaign_conditions[1][time_value]": "2",
        "campaign_conditions[1][time_unit]": "month",
        "future[flag]": "1",
    }


def test_create_defaults_to_any(client: Pakat, server: MockServer) -> None:
    server.on("POST", "/lists/L1/segments", {"status": "success", "segment_uid": "sg3"})
    assert client.segments.create("L1", name="All", conditions=(CITY,)) == "sg3"
    assert server.form() == {
        "name": "All",
        "operator_match": "any",
        "conditions[0][field_id]": "7",
        "conditions[0][operator_id]": "1",
        "conditions[0][value]": "تهران",
    }


def test_create_answer_without_a_uid_raises(client: Pakat, server: MockServer) -> None:
    server.on("POST", "/lists/L1/segments", OK)
    with pytest.raises(pakat.APIResponseValidationError, match="segment_uid"):
        client.segments.create("L1", name="x", conditions=[CITY])


def campaign(**changes: object) -> CampaignCondition:
    values: dict[str, object] = {
        "action": "open",
        "campaign_id": 9,
        "time_comparison_operator": "gte",
        "time_value": 30,
        "time_unit": "day",
        **changes,
    }
    return CampaignCondition(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"name": ""}, ValueError, "name must not be empty"),
        ({"name": "a\r\nb"}, ValueError, "name must be a single line"),
        ({"operator_match": "some"}, ValueError, "operator_match must be one of"),
        ({"conditions": [{"field_id": 7, "operator_id": 1, "value": "x"}]}, TypeError, "SegmentCondition"),
        ({"conditions": CITY}, TypeError, "SegmentCondition"),
        ({"conditions": [SegmentCondition("", 1, "x")]}, ValueError, r"conditions\[0\]\.field_id"),
        ({"conditions": [CITY, SegmentCondition(7, " ", "x")]}, ValueError, r"conditions\[1\]\.operator_id"),
        ({"conditions": [SegmentCondition(7, 1, 5)]}, TypeError, r"conditions\[0\]\.value"),  # type: ignore[arg-type]
        ({"campaign_conditions": [OPENED, CITY]}, TypeError, "CampaignCondition"),
        ({"campaign_conditions": [campaign(action="view")]}, ValueError, r"\[0\]\.action must be one of"),
        ({"campaign_conditions": [campaign(campaign_id="")]}, ValueError, r"\[0\]\.campaign_id"),
        (
            {"campaign_conditions": [campaign(time_comparison_operator="<=")]},
            ValueError,
            "time_comparison_operator must be one of",
        ),
        ({"campaign_conditions": [campaign(time_unit="week")]}, ValueError, "time_unit must be one of"),
        ({"campaign_conditions": [campaign(time_value=-1)]}, ValueError, "time_value must be 0 or more"),
        ({"campaign_conditions": [campaign(time_value="30")]}, TypeError, "time_value must be an int"),
        ({"campaign_conditions": [campaign(time_value=True)]}, TypeError, "time_value must be an int"),
        ({"extra": {"x": None}}, TypeError, "extra"),
        ({"list_uid": ""}, ValueError, "list_uid"),
    ],
)
def test_create_refuses_bad_input_before_sending(
    client: Pakat, server: MockServer, kwargs: dict[str, object], error: type[Exception], match: str
) -> None:
    arguments: dict[str, object] = {"list_uid": "L1", "name": "Segment", "conditions": [CITY], **kwargs}
    with pytest.raises(error, match=match):
        client.segments.create(**arguments)  # type: ignore[arg-type]
    assert server.requests == []


def test_update_is_urlencoded_and_sends_only_what_is_given(client: Pakat, server: MockServer) -> None:
    server.on("PUT", "/lists/L1/segments/sg1", {"status": "success", "segment_uid": "sg1"})
    assert (
        client.segments.update("L1", "sg1", name="نو", campaign_conditions=[OPENED], extra={"a": "b"}) is None
    )
    assert server.last.method == "PUT"
    assert server.last.url.path == "/api/lists/L1/segments/sg1"
    assert server.last.headers["content-type"] == "application/x-www-form-urlencoded"
    assert server.form() == {
        "name": "نو",
        "campaign_conditions[0][action]": "open",
        "campaign_conditions[0][campaign_id]": "9",
        "campaign_conditions[0][time_comparison_operator]": "gte",
        "campaign_conditions[0][time_value]": "30",
        "campaign_conditions[0][time_unit]": "day",
        "a": "b",
    }
    client.segments.update("L1", "sg1", operator_match="any")
    assert server.form() == {"operator_match": "any"}


def test_update_refuses_bad_or_empty_changes(client: Pakat, server: MockServer) -> None:
    with pytest.raises(ValueError, match="nothing to update"):
        client.segments.update("L1", "sg1")
    with pytest.raises(ValueError, match="nothing to update"):
        client.segments.update("L1", "sg1", conditions=[], campaign_conditions=())
    with pytest.raises(ValueError, match="operator_match must be one of"):
        client.segments.update("L1", "sg1", operator_match="ALL")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="segment_uid"):
        client.segments.update("L1", "", name="x")
    assert server.requests == []


def test_delete(client: Pakat, server: MockServer) -> None:
    server.on("DELETE", "/lists/L1/segments/sg1", OK)
    assert client.segments.delete("L1", "sg1") is None
    assert (server.last.method, server.last.url.path) == ("DELETE", "/api/lists/L1/segments/sg1")
    with pytest.raises(ValueError, match="segment_uid"):
        client.segments.delete("L1", "")
    assert len(server.requests) == 1


def test_condition_operators(client: Pakat, server: MockServer) -> None:
    server.on("GET", "/lists/segments/condition-operators", collection(OPERATORS))
    page = client.segments.condition_operators()
    assert server.last.url.path == "/api/lists/segments/condition-operators"
    assert server.query() == {"page": "1", "per_page": "50"}
    assert all(isinstance(o, ConditionOperator) for o in page)
    assert [(o.operator_id, o.slug) for o in page] == [("1", "is"), (2, "contains")]
    with pytest.raises(ValueError, match="per_page"):
        client.segments.condition_operators(per_page=100)
    assert len(server.requests) == 1


async def test_async_segments_mirror_the_sync_ones(aclient: AsyncPakat, server: MockServer) -> None:
    server.on("POST", "/lists/L1/segments", {"status": "success", "segment_uid": "sg2"})
    server.on("GET", "/lists/L1/segments", collection([SEGMENT]))
    server.on("GET", "/lists/segments/condition-operators", collection(OPERATORS))
    assert await aclient.segments.create("L1", name="x", campaign_conditions=[OPENED]) == "sg2"
    assert server.form()["campaign_conditions[0][time_unit]"] == "day"
    assert [s.segment_uid async for s in aclient.segments.iter("L1")] == ["sg1"]
    assert len(await aclient.segments.condition_operators(per_page=10)) == 2
    with pytest.raises(ValueError, match="action must be one of"):
        await aclient.segments.create("L1", name="x", campaign_conditions=[campaign(action="read")])
    assert len(server.requests) == 3
