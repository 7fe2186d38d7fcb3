"""client.segments on the wire."""

from __future__ import annotations

import httpx
import pytest

import pakat
from pakat import AsyncPakat
from pakat.types import CampaignCondition, ConditionOperator, Segment, SegmentCondition, SegmentDetail
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


async def test_list_sends_paging_and_reads_segments(client: AsyncPakat, server: MockServer) -> None:
    server.on("GET", "/lists/L1/segments", collection([SEGMENT], count="1"))
    page = await client.segments.list("L1", page=1, per_page=25)
    assert server.last.method == "GET"
    assert server.last.url.path == "/api/lists/L1/segments"
    assert server.query() == {"page": "1", "per_page": "25"}
    assert page.count == 1
    assert isinstance(page.items[0], Segment)
    assert (page.items[0].segment_uid, page.items[0].name) == ("sg1", "تهرانی‌ها")


async def test_iter_stops_at_a_next_page_pointing_back(client: AsyncPakat, server: MockServer) -> None:
    def pages(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params["page"])
        body = collection([{**SEGMENT, "segment_uid": f"sg{number}"}], page=number, total_pages=9)
        body["data"]["next_page"] = 2 if number == 1 else 1
        return httpx.Response(200, json=body)

    server.on("GET", "/lists/L1/segments", pages)
    assert [s.segment_uid async for s in client.segments.iter("L1", per_page=11)] == ["sg1", "sg2"]
    assert [server.query(i) for i in range(2)] == [
        {"page": "1", "per_page": "11"},
        {"page": "2", "per_page": "11"},
    ]


async def test_get_reads_the_segment_with_its_conditions(client: AsyncPakat, server: MockServer) -> None:
    server.on("GET", "/lists/L1/segments/sg1", record(DETAIL))
    segment = await client.segments.get("L1", "sg1")
    assert server.last.url.path == "/api/lists/L1/segments/sg1"
    assert isinstance(segment, SegmentDetail)
    assert (segment.operator_match, segment.conditions[0].value) == ("all", "تهران")
    assert segment.campaign_conditions[0].time_unit == "day"
    assert segment.to_dict() == DETAIL


async def test_create_numbers_the_conditions_in_brackets(client: AsyncPakat, server: MockServer) -> None:
    server.on("POST", "/lists/L1/segments", {"status": "success", "segment_uid": "sg2"})
    uid = await client.segments.create(
        "L1",
        name="تهرانی‌های فعال",
        operator_match="all",
        conditions=[CITY, SegmentCondition(field_id="8", operator_id="2", value="0")],
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
        "conditions[1][value]": "0",
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


async def test_create_defaults_to_any(client: AsyncPakat, server: MockServer) -> None:
    server.on("POST", "/lists/L1/segments", {"status": "success", "segment_uid": "sg3"})
    assert await client.segments.create("L1", name="All", conditions=(CITY,)) == "sg3"
    assert server.form() == {
        "name": "All",
        "operator_match": "any",
        "conditions[0][field_id]": "7",
        "conditions[0][operator_id]": "1",
        "conditions[0][value]": "تهران",
    }


async def test_create_reads_the_uid_from_the_segment_the_server_sends_back(
    client: AsyncPakat, server: MockServer
) -> None:
    # MailWizz's code answers with the whole segment under data.record; Pakat's documents show
    # segment_uid beside status. Both give the uid.
    server.on("POST", "/lists/L1/segments", record({**DETAIL, "segment_uid": "sg9"}))
    assert await client.segments.create("L1", name="x", conditions=[CITY]) == "sg9"
    server.on(
        "POST", "/lists/L1/segments", {"status": "success", "segment_uid": "sg8", "data": {"record": DETAIL}}
    )
    assert await client.segments.create("L1", name="x", conditions=[CITY]) == "sg8"


async def test_create_sends_new_campaign_actions_and_any_campaign(
    client: AsyncPakat, server: MockServer
) -> None:
    server.on("POST", "/lists/L1/segments", record(DETAIL))
    await client.segments.create(
        "L1",
        name="نخوانده‌ها",
        campaign_conditions=[campaign(action="not_open", campaign_id=None), campaign(action="not_click")],
    )
    form = server.form()
    assert (form["campaign_conditions[0][action]"], form["campaign_conditions[1][action]"]) == (
        "not_open",
        "not_click",
    )
    assert "campaign_conditions[0][campaign_id]" not in form  # any campaign of the list
    assert form["campaign_conditions[1][campaign_id]"] == "9"


async def test_a_refusal_without_a_reason_says_what_it_means(client: AsyncPakat, server: MockServer) -> None:
    # The server's database refuses a field or operator id that does not exist; the answer then
    # carries an empty error list.
    refusal = {
        "status": "error",
        "error": [],
        "data": [{"field_id": "999", "operator_id": "1", "value": "x"}],
    }
    server.on("POST", "/lists/L1/segments", httpx.Response(422, json=refusal))
    with pytest.raises(pakat.ValidationError, match="field_id or operator_id") as caught:
        await client.segments.create("L1", name="x", conditions=[SegmentCondition(999, 1, "x")])
    assert (caught.value.status_code, caught.value.errors, caught.value.body) == (422, [], refusal)
    # Other refusals keep the server's words.
    failed = {"status": "error", "error": {"name": "Name cannot be blank."}}
    server.on("POST", "/lists/L1/segments", httpx.Response(422, json=failed))
    with pytest.raises(pakat.ValidationError, match="name: Name cannot be blank"):
        await client.segments.create("L1", name="x")


async def test_create_answer_without_a_uid_raises(client: AsyncPakat, server: MockServer) -> None:
    server.on("POST", "/lists/L1/segments", OK)
    with pytest.raises(pakat.OutcomeUnknownError, match="segment_uid"):
        await client.segments.create("L1", name="x", conditions=[CITY])


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
        (
            {"campaign_conditions": [campaign(time_value=-1)]},
            ValueError,
            "time_value must be between 0 and 10000",
        ),
        (
            {"campaign_conditions": [campaign(time_value=10_001)]},
            ValueError,
            "time_value must be between 0 and 10000",
        ),
        (
            {"conditions": [SegmentCondition(7, 1, " ")]},
            ValueError,
            r"conditions\[0\]\.value must not be blank",
        ),
        (
            {"conditions": [SegmentCondition(7, 1, "x" * 256)]},
            ValueError,
            r"conditions\[0\]\.value must be at most 255",
        ),
        ({"campaign_conditions": [campaign(time_value="30")]}, TypeError, "time_value must be an int"),
        ({"campaign_conditions": [campaign(time_value=True)]}, TypeError, "time_value must be an int"),
        ({"extra": {"x": None}}, TypeError, "extra"),
        ({"list_uid": ""}, ValueError, "list_uid"),
    ],
)
async def test_create_refuses_bad_input_before_sending(
    client: AsyncPakat, server: MockServer, kwargs: dict[str, object], error: type[Exception], match: str
) -> None:
    arguments: dict[str, object] = {"list_uid": "L1", "name": "Segment", "conditions": [CITY], **kwargs}
    with pytest.raises(error, match=match):
        await client.segments.create(**arguments)  # type: ignore[arg-type]
    assert server.requests == []


async def test_update_with_all_its_rules_sends_them_without_reading(
    client: AsyncPakat, server: MockServer
) -> None:
    server.on("PUT", "/lists/L1/segments/sg1", {"status": "success", "segment_uid": "sg1"})
    assert (
        await client.segments.update(
            "L1", "sg1", name="نو", conditions=[], campaign_conditions=[OPENED], extra={"a": "b"}
        )
        is None
    )
    assert [r.method for r in server.requests] == ["PUT"]
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
    # Empty lists are a change: the segment loses all its rules.
    await client.segments.update("L1", "sg1", conditions=[], campaign_conditions=())
    assert server.form() == {}


async def test_update_sends_the_rules_not_given_again(client: AsyncPakat, server: MockServer) -> None:
    # The server deletes every rule an update does not send: a rename reads the segment first.
    stored = {
        **DETAIL,
        "campaign_conditions": [
            {**DETAIL["campaign_conditions"][0], "action": "not_click", "campaign_id": None}  # type: ignore[index]
        ],
    }
    server.on("GET", "/lists/L1/segments/sg1", record(stored))
    server.on("PUT", "/lists/L1/segments/sg1", record({**stored, "name": "نو"}))
    segment = await client.segments.update("L1", "sg1", name="نو")
    assert [(r.method, r.url.path) for r in server.requests] == [
        ("GET", "/api/lists/L1/segments/sg1"),
        ("PUT", "/api/lists/L1/segments/sg1"),
    ]
    assert server.form() == {
        "conditions[0][field_id]": "7",
        "conditions[0][operator_id]": "1",
        "conditions[0][value]": "تهران",
        "campaign_conditions[0][action]": "not_click",
        "campaign_conditions[0][time_comparison_operator]": "gte",
        "campaign_conditions[0][time_value]": "30",
        "campaign_conditions[0][time_unit]": "day",
        "name": "نو",
    }
    assert isinstance(segment, SegmentDetail)
    assert segment.name == "نو"
    # New conditions replace the field conditions; the campaign conditions are kept.
    await client.segments.update("L1", "sg1", conditions=[SegmentCondition(7, 3, "شیراز")])
    assert server.form() == {
        "campaign_conditions[0][action]": "not_click",
        "campaign_conditions[0][time_comparison_operator]": "gte",
        "campaign_conditions[0][time_value]": "30",
        "campaign_conditions[0][time_unit]": "day",
        "conditions[0][field_id]": "7",
        "conditions[0][operator_id]": "3",
        "conditions[0][value]": "شیراز",
    }
    assert [r.method for r in server.requests] == ["GET", "PUT", "GET", "PUT"]


async def test_update_refuses_a_segment_answer_it_cannot_read(client: AsyncPakat, server: MockServer) -> None:
    server.on("GET", "/lists/L1/segments/sg1", record({**DETAIL, "conditions": "7"}))
    with pytest.raises(pakat.APIResponseValidationError, match="conditions"):
        await client.segments.update("L1", "sg1", name="نو")
    assert [r.method for r in server.requests] == ["GET"]


async def test_update_refuses_bad_or_empty_changes(client: AsyncPakat, server: MockServer) -> None:
    with pytest.raises(ValueError, match="nothing to update"):
        await client.segments.update("L1", "sg1")
    with pytest.raises(ValueError, match="operator_match must be one of"):
        await client.segments.update("L1", "sg1", operator_match="ALL")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="segment_uid"):
        await client.segments.update("L1", "", name="x")
    with pytest.raises(ValueError, match="value must not be blank"):
        await client.segments.update("L1", "sg1", conditions=[SegmentCondition(7, 1, "")])
    assert server.requests == []


async def test_delete(client: AsyncPakat, server: MockServer) -> None:
    server.on("DELETE", "/lists/L1/segments/sg1", OK)
    assert await client.segments.delete("L1", "sg1") is None
    assert (server.last.method, server.last.url.path) == ("DELETE", "/api/lists/L1/segments/sg1")
    with pytest.raises(ValueError, match="segment_uid"):
        await client.segments.delete("L1", "")
    assert len(server.requests) == 1


async def test_condition_operators_reads_every_operator_in_one_call(
    client: AsyncPakat, server: MockServer
) -> None:
    server.on(
        "GET",
        "/lists/segments/condition-operators",
        {"status": "success", "data": {"count": "2", "records": OPERATORS}},
    )
    operators = await client.segments.condition_operators()
    assert server.last.url.path == "/api/lists/segments/condition-operators"
    assert server.query() == {}
    assert all(isinstance(o, ConditionOperator) for o in operators)
    assert [(o.operator_id, o.slug) for o in operators] == [("1", "is"), (2, "contains")]
    assert len(server.requests) == 1
