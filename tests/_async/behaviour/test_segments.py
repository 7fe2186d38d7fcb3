"""List segments: docs/server-behaviour.md, section "List segments", row by row.

The tests that drive a client, written once: here for AsyncPakat, generated into tests/_sync
for Pakat. The rows proven on the wire alone are in tests/behaviour/test_segments.py.
"""

from __future__ import annotations

import httpx
import pytest

import pakat
from pakat import AsyncPakat
from pakat.testing import Sandbox
from pakat.types import CampaignCondition, SegmentCondition, SegmentDetail
from tests.behaviour.conftest import answered, form, refused
from tests.behaviour.test_segments import (
    DETAIL_KEYS,
    DISPLAY_DATE,
    FNAME,
    NOT_FOUND,
    OPERATORS,
    condition,
    create,
    people,
)
from tests.facade.conftest import MockServer


async def campaign_id(
    api: AsyncPakat, sandbox: Sandbox, list_uid: str, segment_uid: str | None = None
) -> tuple[str, int]:
    """A new campaign's uid and its number, which segment conditions name but no API answer shows."""
    uid = await api.campaigns.create(
        name="نوروز",
        list_uid=list_uid,
        subject="نوروز مبارک",
        from_name="پاکات",
        from_email="news@example.com",
        reply_to="news@example.com",
        html='<p>سلام <a href="[UNSUBSCRIBE_URL]">لغو</a> [COMPANY_FULL_ADDRESS]</p>',
        segment_uid=segment_uid,
    )
    return uid, int(sandbox.campaign(uid)["campaign_id"])


@pytest.mark.behaviour("segments.list.ok")
async def test_list_is_paged_newest_first_and_counts_confirmed_matches(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = sandbox.create_list()
    people(wire, list_uid, "Ali", "Amir", "Sara")
    people(wire, list_uid, "Arash", status="unconfirmed")  # matches, but is not confirmed
    older = create(wire, list_uid, {"name": "A", **condition(0, FNAME, "5", "A")})
    newer = create(wire, list_uid, {"name": "همه"})
    gone = create(wire, list_uid, {"name": "حذف‌شده"})
    answered(wire.delete(f"/lists/{list_uid}/segments/{gone['segment_uid']}"), 200)
    body = answered(wire.get(f"/lists/{list_uid}/segments"), 200)
    assert body["data"] == {
        "count": "2",
        "total_pages": 1,
        "current_page": 1,
        "next_page": None,
        "prev_page": None,
        "records": [
            {"segment_uid": newer["segment_uid"], "name": "همه", "subscribers_count": 3},
            {"segment_uid": older["segment_uid"], "name": "A", "subscribers_count": 2},
        ],
    }
    page = await api.segments.list(list_uid)
    assert (page.count, [s.name for s in page]) == (2, ["همه", "A"])
    assert [s.subscribers_count async for s in api.segments.iter(list_uid)] == [3, 2]


@pytest.mark.behaviour("segments.list.empty")
async def test_a_list_without_segments_is_an_empty_null_paged_collection(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = sandbox.create_list()
    body = answered(wire.get(f"/lists/{list_uid}/segments", params={"page": "3"}), 200)
    assert body["data"] == {
        "count": None,
        "total_pages": None,
        "current_page": None,
        "next_page": None,
        "prev_page": None,
        "records": [],
    }
    page = await api.segments.list(list_uid)
    assert (page.count, page.items, page.has_next) == (0, (), False)


@pytest.mark.behaviour("segments.list.list-not-found", "segments.create.list-not-found")
async def test_an_unknown_list_is_404_on_every_segment_route(wire: httpx.Client, api: AsyncPakat) -> None:
    message = "The subscribers list does not exist."
    refused(wire.get("/lists/nope/segments"), 404, message)
    refused(wire.post("/lists/nope/segments", files=form({"name": "x"})), 404, message)
    refused(wire.get("/lists/nope/segments/sg1"), 404, message)
    refused(wire.put("/lists/nope/segments/sg1", data={"name": "x"}), 404, message)
    refused(wire.delete("/lists/nope/segments/sg1"), 404, message)
    with pytest.raises(pakat.NotFoundError, match="The subscribers list does not exist"):
        await api.segments.list("nope")
    with pytest.raises(pakat.NotFoundError, match="The subscribers list does not exist"):
        await api.segments.create("nope", name="x")


@pytest.mark.behaviour("segments.get.ok")
async def test_get_sends_ids_as_strings_and_a_display_date(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = sandbox.create_list()
    people(wire, list_uid, "Ali", "Sara")
    _, campaign = await campaign_id(api, sandbox, list_uid)
    created = create(
        wire,
        list_uid,
        {
            "name": "فعال‌ها",
            "operator_match": "any",
            **condition(0, FNAME, "1", "Ali"),
            "campaign_conditions[0][action]": "click",
            "campaign_conditions[0][campaign_id]": str(campaign),
            "campaign_conditions[0][time_comparison_operator]": "gte",
            "campaign_conditions[0][time_value]": "30",
            "campaign_conditions[0][time_unit]": "month",
        },
    )
    record = answered(wire.get(f"/lists/{list_uid}/segments/{created['segment_uid']}"), 200)["data"]["record"]
    assert list(record) == DETAIL_KEYS
    assert record == created
    assert record["segment_id"].isdigit()
    assert DISPLAY_DATE.fullmatch(record["date_added"]), record["date_added"]
    assert record["conditions"] == [{"field_id": FNAME, "operator_id": "1", "value": "Ali"}]
    assert record["campaign_conditions"] == [
        {
            "action": "click",
            "campaign_id": str(campaign),
            "time_comparison_operator": "gte",
            "time_value": "30",
            "time_unit": "month",
        }
    ]
    assert record["subscribers_count"] == 1  # opens and clicks are not evaluated by the sandbox
    segment = await api.segments.get(list_uid, created["segment_uid"])
    assert isinstance(segment, SegmentDetail)
    assert (segment.operator_match, segment.segment_id, segment.date_added) == (
        "any",
        record["segment_id"],
        record["date_added"],
    )


@pytest.mark.behaviour("segments.get.not-found")
async def test_get_of_an_unknown_segment_is_404(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid, other = sandbox.create_list(), sandbox.create_list()
    foreign = create(wire, other, {"name": "x"})["segment_uid"]
    for uid in ("nope", foreign):
        refused(wire.get(f"/lists/{list_uid}/segments/{uid}"), 404, NOT_FOUND)
    with pytest.raises(pakat.NotFoundError, match=NOT_FOUND):
        await api.segments.get(list_uid, "nope")


@pytest.mark.behaviour("segments.create.ok")
async def test_create_answers_201_with_the_whole_segment(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = sandbox.create_list()
    people(wire, list_uid, "Ali", "Amir", "Sara")
    body = answered(
        wire.post(
            f"/lists/{list_uid}/segments",
            files=form(
                {
                    "name": "الف",
                    **condition(0, FNAME, "5", "A"),
                    **condition(1, FNAME, "5", "A"),  # identical: dropped
                    "campaign_conditions[0][action]": "not_open",
                }
            ),
        ),
        201,
    )
    assert list(body) == ["status", "data"]
    record = body["data"]["record"]
    assert list(record) == DETAIL_KEYS
    assert record["operator_match"] == "all"  # the default when not sent
    assert record["subscribers_count"] == 2
    assert record["conditions"] == [{"field_id": FNAME, "operator_id": "5", "value": "A"}]
    # A campaign condition's missing keys take the defaults; no campaign is any campaign of the list.
    assert record["campaign_conditions"] == [
        {
            "action": "not_open",
            "campaign_id": None,
            "time_comparison_operator": "lte",
            "time_value": "60",
            "time_unit": "day",
        }
    ]
    # Ids are not checked against the list: a field of another list is accepted.
    other = sandbox.create_list()
    foreign = create(wire, other, {"name": "x", **condition(0, FNAME, "1", "y")})
    assert foreign["conditions"][0]["field_id"] == FNAME
    # Conditions whose field, operator and value read alike one after the other count as identical.
    assert (
        len(
            create(
                wire, list_uid, {"name": "y", **condition(0, "1", "10", "x"), **condition(1, "11", "0", "x")}
            )["conditions"]
        )
        == 1
    )

    uid = await api.segments.create(
        list_uid,
        name="نخوانده‌ها",
        operator_match="all",
        conditions=[SegmentCondition(field_id=FNAME, operator_id=3, value="م")],
        campaign_conditions=[CampaignCondition("not_click", None, "gt", 2, "year")],
    )
    segment = await api.segments.get(list_uid, uid)
    assert segment.campaign_conditions[0].action == "not_click"  # type: ignore[index]


@pytest.mark.behaviour("segments.create.ok")
async def test_create_reads_either_answer_shape(client: AsyncPakat, server: MockServer) -> None:
    server.on(
        "POST", "/lists/L1/segments", {"status": "success", "segment_uid": "sgdocs"}
    )  # Pakat's documents
    assert await client.segments.create("L1", name="x") == "sgdocs"
    server.on(
        "POST", "/lists/L1/segments", {"status": "success", "data": {"record": {"segment_uid": "sgcode"}}}
    )
    assert await client.segments.create("L1", name="x") == "sgcode"


@pytest.mark.behaviour("segments.create.invalid")
async def test_the_facade_refuses_a_blank_name_and_reports_the_servers_map(
    sandbox: Sandbox, api: AsyncPakat, client: AsyncPakat, server: MockServer
) -> None:
    with pytest.raises(ValueError, match="name must not be empty"):
        await client.segments.create("L1", name=" ")
    assert server.requests == []
    list_uid = sandbox.create_list()
    with pytest.raises(pakat.ValidationError) as caught:
        await api.segments.create(list_uid, name="x" * 256)
    assert caught.value.errors == {"name": "Name is too long (maximum is 255 characters)."}


@pytest.mark.behaviour("segments.create.too-many-conditions")
async def test_more_conditions_than_the_group_allows_are_refused(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = sandbox.create_list()
    four = {
        **condition(0, FNAME, "1", "a"),
        **condition(1, FNAME, "1", "a"),  # counted before identical ones are dropped
        **condition(2, FNAME, "1", "b"),
        "campaign_conditions[0][action]": "open",
    }
    message = "You are only allowed to add 3 segment conditions."
    refused(wire.post(f"/lists/{list_uid}/segments", files=form({"name": "x", **four})), 422, message)
    segment = create(wire, list_uid, {"name": "x"})
    refused(wire.put(f"/lists/{list_uid}/segments/{segment['segment_uid']}", data=four), 422, message)
    with pytest.raises(pakat.ValidationError, match=message):
        await api.segments.create(
            list_uid, name="x", conditions=[SegmentCondition(FNAME, 1, str(n)) for n in range(4)]
        )
    with Sandbox(max_segment_conditions=5) as roomy:
        roomy_list = roomy.create_list()
        with httpx.Client(base_url=roomy.url, headers={"X-API-KEY": roomy.api_key}) as http:
            assert len(create(http, roomy_list, {"name": "x", **four})["conditions"]) == 2


@pytest.mark.behaviour("segments.create.bad-condition")
async def test_the_facade_refuses_bad_conditions_before_sending(
    client: AsyncPakat, server: MockServer
) -> None:
    for bad in (
        {"conditions": [SegmentCondition(FNAME, 1, " ")]},
        {"conditions": [SegmentCondition(FNAME, 1, "v" * 256)]},
        {"campaign_conditions": [CampaignCondition("view", 1, "lte", 1, "day")]},  # type: ignore[arg-type]
        {"campaign_conditions": [CampaignCondition("open", 1, "lte", 10_001, "day")]},
        {"campaign_conditions": [CampaignCondition("open", 1, "<=", 1, "day")]},  # type: ignore[arg-type]
    ):
        with pytest.raises(ValueError):
            await client.segments.create("L1", name="x", **bad)  # type: ignore[arg-type]
    assert server.requests == []


@pytest.mark.behaviour("segments.create.bad-condition")
async def test_a_campaign_condition_on_an_existing_campaign_is_accepted(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = sandbox.create_list()
    _, known = await campaign_id(api, sandbox, list_uid)
    uid = await api.segments.create(
        list_uid, name="x", campaign_conditions=[CampaignCondition("open", known, "eq", 0, "day")]
    )
    assert (await api.segments.get(list_uid, uid)).campaign_conditions[0].campaign_id == str(known)  # type: ignore[index]
    with pytest.raises(pakat.ValidationError) as caught:
        await api.segments.create(
            list_uid, name="x", campaign_conditions=[CampaignCondition("open", known + 1, "eq", 0, "day")]
        )
    assert caught.value.errors == {
        "campaign_conditions": [{"campaign_id": f'Campaign "{known + 1}" is invalid.'}]
    }


@pytest.mark.behaviour("segments.create.unknown-field")
async def test_ids_no_field_or_operator_has_are_refused_without_a_reason(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = sandbox.create_list()
    for sent in (
        condition(0, "999", "1", "tehran"),
        condition(0, FNAME, "11", "tehran"),
        condition(0, "99999999999999999999999", "1", "x"),
    ):
        body = answered(wire.post(f"/lists/{list_uid}/segments", files=form({"name": "x", **sent})), 422)
        assert body == {
            "status": "error",
            "error": [],
            "data": [{key.split("[")[-1].rstrip("]"): value for key, value in sent.items()}],
        }
    assert answered(wire.get(f"/lists/{list_uid}/segments"), 200)["data"]["records"] == []
    segment = create(wire, list_uid, {"name": "x"})
    body = answered(
        wire.put(f"/lists/{list_uid}/segments/{segment['segment_uid']}", data=condition(0, "999", "1", "x")),
        422,
    )
    assert body == {"status": "error", "error": []}
    with pytest.raises(
        pakat.ValidationError, match="field_id or operator_id that no field or operator has"
    ) as caught:
        await api.segments.create(list_uid, name="x", conditions=[SegmentCondition(999, 1, "tehran")])
    assert caught.value.errors == []
    with pytest.raises(pakat.ValidationError, match="field_id or operator_id"):
        await api.segments.update(
            list_uid, segment["segment_uid"], conditions=[SegmentCondition(FNAME, 42, "x")]
        )


@pytest.mark.behaviour("segments.create.too-slow")
async def test_a_segment_too_slow_to_count_is_refused(client: AsyncPakat, server: MockServer) -> None:
    # The sandbox counts at once; the server's refusal is scripted.
    message = "Current segmentation is too deep and loads too slow, please revise your segment conditions!"
    server.on(
        "POST",
        "/lists/L1/segments",
        httpx.Response(422, json={"status": "error", "error": message, "data": None}),
    )
    server.on(
        "PUT", "/lists/L1/segments/sg1", httpx.Response(422, json={"status": "error", "error": message})
    )
    with pytest.raises(pakat.ValidationError, match="too deep and loads too slow"):
        await client.segments.create("L1", name="x", conditions=[SegmentCondition(1, 1, "x")])
    with pytest.raises(pakat.ValidationError, match="too deep and loads too slow"):
        await client.segments.update("L1", "sg1", conditions=[], campaign_conditions=[])


@pytest.mark.behaviour("segments.update.ok")
async def test_the_facade_keeps_the_rules_it_is_not_given(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = sandbox.create_list()
    people(wire, list_uid, "Ali", "Amir", "Sara")
    uid = await api.segments.create(
        list_uid,
        name="الف",
        operator_match="all",
        conditions=[SegmentCondition(FNAME, 5, "A")],
        campaign_conditions=[CampaignCondition("not_open", None, "lt", 3, "month")],
    )
    sandbox.reset_counters()
    renamed = await api.segments.update(list_uid, uid, name="مشترکان الف")
    assert sandbox.processed == {"getSegment": 1, "updateSegment": 1}  # read, then written whole
    assert isinstance(renamed, SegmentDetail)
    assert renamed.name == "مشترکان الف"
    assert [(c.field_id, c.operator_id, c.value) for c in renamed.conditions] == [(FNAME, "5", "A")]  # type: ignore[union-attr]
    assert [(c.action, c.campaign_id, c.time_value) for c in renamed.campaign_conditions] == [  # type: ignore[union-attr]
        ("not_open", None, "3")
    ]
    assert renamed.subscribers_count == 2
    # New field conditions; the campaign condition is kept.
    changed = await api.segments.update(list_uid, uid, conditions=[SegmentCondition(FNAME, 1, "Sara")])
    assert changed is not None and changed.subscribers_count == 1
    assert [c.action for c in changed.campaign_conditions] == ["not_open"]  # type: ignore[union-attr]
    # Empty lists clear them, in one request.
    sandbox.reset_counters()
    cleared = await api.segments.update(list_uid, uid, conditions=[], campaign_conditions=[])
    assert sandbox.processed == {"updateSegment": 1}
    assert cleared is not None and (cleared.conditions, cleared.campaign_conditions) == ([], [])


@pytest.mark.behaviour("segments.update.not-found")
async def test_update_of_an_unknown_segment_is_404(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = sandbox.create_list()
    refused(wire.put(f"/lists/{list_uid}/segments/nope", data={"name": "x"}), 404, NOT_FOUND)
    with pytest.raises(pakat.NotFoundError, match=NOT_FOUND):
        await api.segments.update(list_uid, "nope", name="x")  # stops at the read
    with pytest.raises(pakat.NotFoundError, match=NOT_FOUND):
        await api.segments.update(list_uid, "nope", name="x", conditions=[], campaign_conditions=[])


@pytest.mark.behaviour("segments.update.invalid")
async def test_update_refusals_match_create_without_data(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = sandbox.create_list()
    segment = create(wire, list_uid, {"name": "x", **condition(0, FNAME, "1", "a")})
    path = f"/lists/{list_uid}/segments/{segment['segment_uid']}"
    refused(wire.put(path, data={"name": ""}), 422, {"name": "Name cannot be blank."})
    refused(
        wire.put(path, data={"operator_match": "both"}),
        422,
        {"operator_match": "Operator match is not in the list."},
    )
    refused(
        wire.put(path, data=condition(0, FNAME, "1", "")),
        422,
        {"conditions": [{"value": "Value cannot be blank."}]},
    )
    refused(
        wire.put(path, data={"campaign_conditions[0][time_unit]": "week"}),
        422,
        {"campaign_conditions": [{"time_unit": "Time unit is not in the list."}]},
    )
    # Nothing was changed by the refusals.
    record = answered(wire.get(path), 200)["data"]["record"]
    assert (record["name"], record["conditions"]) == (
        "x",
        [{"field_id": FNAME, "operator_id": "1", "value": "a"}],
    )
    with pytest.raises(pakat.ValidationError) as caught:
        await api.segments.update(
            list_uid,
            segment["segment_uid"],
            campaign_conditions=[CampaignCondition("open", 99, "eq", 1, "day")],
        )
    assert caught.value.errors == {"campaign_conditions": [{"campaign_id": 'Campaign "99" is invalid.'}]}


@pytest.mark.behaviour("segments.delete.ok")
async def test_delete_marks_the_segment_and_its_campaigns_and_a_second_delete_removes_it(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = sandbox.create_list()
    segment = create(wire, list_uid, {"name": "x"})
    uid = segment["segment_uid"]
    campaign, _ = await campaign_id(api, sandbox, list_uid, uid)
    other, _ = await campaign_id(api, sandbox, list_uid)
    assert answered(wire.delete(f"/lists/{list_uid}/segments/{uid}"), 200) == {"status": "success"}
    assert answered(wire.get(f"/lists/{list_uid}/segments"), 200)["data"]["records"] == []
    assert answered(wire.get(f"/lists/{list_uid}/segments/{uid}"), 200)["data"]["record"]["name"] == "x"
    with sandbox._store.transaction() as db:
        statuses = dict(db.execute("SELECT uid, status FROM campaigns").fetchall())
    assert statuses[campaign] == "pending-delete"
    assert statuses[other] != "pending-delete"
    assert await api.segments.delete(list_uid, uid) is None  # the second delete removes it
    refused(wire.get(f"/lists/{list_uid}/segments/{uid}"), 404, NOT_FOUND)


@pytest.mark.behaviour("segments.delete.not-found")
async def test_delete_of_an_unknown_segment_is_404(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = sandbox.create_list()
    refused(wire.delete(f"/lists/{list_uid}/segments/nope"), 404, NOT_FOUND)
    with pytest.raises(pakat.NotFoundError, match=NOT_FOUND):
        await api.segments.delete(list_uid, "nope")


@pytest.mark.behaviour("segments.operators.ok")
async def test_operators_come_all_at_once_with_string_ids(wire: httpx.Client, api: AsyncPakat) -> None:
    for query in ({}, {"page": "3", "per_page": "10"}):
        body = answered(wire.get("/lists/segments/condition-operators", params=query), 200)
        assert list(body["data"]) == ["count", "records"]
        assert body["data"]["count"] == "10"
        assert [(o["operator_id"], o["name"], o["slug"]) for o in body["data"]["records"]] == OPERATORS
    operators = await api.segments.condition_operators()
    assert [(o.operator_id, o.slug) for o in operators] == [(i, slug) for i, _, slug in OPERATORS]
