"""Campaign activity: bounces, delivery logs, unsubscriptions and tracking, row by row
(docs/server-behaviour.md, sections "Campaign bounces" to "Campaign tracking").

The tests that drive a client, written once: here for AsyncPakat, generated into tests/_sync
for Pakat. The rows proven on the wire alone are in tests/behaviour/test_activity.py.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import pakat
from pakat import AsyncPakat
from pakat.testing import Sandbox, url_hash
from tests.behaviour.conftest import answered, refused
from tests.behaviour.test_activity import (
    ABOUT,
    BOUNCE_KEYS,
    COLLECTIONS,
    EMPTY,
    LOG_KEYS,
    PAGING,
    SHOP,
    STATUSES,
    UNSUBSCRIBE_KEYS,
    UTC_TIME,
    World,
    bounce,
    fill,
    make_world,
    new_campaign,
    recorded,
    ref,
    set_status,
    subscriber,
    unsubscribe,
    world,
)
from tests.facade.conftest import MockServer, collection, record

__all__ = ["world"]  # fixtures of the wire tests, used here too


async def not_found(message: str, call: Any, *args: str) -> None:
    """The facade raises NotFoundError carrying exactly the server's message."""
    with pytest.raises(pakat.NotFoundError) as caught:
        await call(*args)
    assert (caught.value.status_code, caught.value.message) == (404, message)


# --- Collections: bounces, delivery logs, unsubscriptions -----------------------------------------


@pytest.mark.behaviour("bounces.list.ok")
async def test_bounces_are_listed_newest_first_without_a_date(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    w = make_world(sandbox, wire)
    for uid, kind in zip(w.subscribers, ("hard", "soft", "internal"), strict=True):
        answered(
            bounce(wire, w.campaign_uid, subscriber_uid=uid, bounce_type=kind, message=f"{kind} bounce"), 201
        )
    body = answered(wire.get(f"/campaigns/{w.campaign_uid}/bounces"), 200)
    data = body["data"]
    assert {key: data[key] for key in PAGING} == {
        "count": "3",
        "total_pages": 1,
        "current_page": 1,
        "next_page": None,
        "prev_page": None,
    }
    assert all(set(r) == BOUNCE_KEYS for r in data["records"])
    assert data["records"] == [
        {
            "message": f"{kind} bounce",
            "processed": "no",
            "bounce_type": kind,
            "subscriber": ref(wire, w.list_uid, uid),
        }
        for uid, kind in reversed(list(zip(w.subscribers, ("hard", "soft", "internal"), strict=True)))
    ]
    page = await api.campaigns.bounces(w.campaign_uid)
    assert (page.count, [b.bounce_type for b in page]) == (3, ["internal", "soft", "hard"])
    assert [b.to_dict() async for b in api.campaigns.iter_bounces(w.campaign_uid)] == data["records"]


@pytest.mark.behaviour("delivery-logs.list.ok")
async def test_delivery_logs_are_listed_newest_first_with_strings_and_utc_dates(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    w = make_world(sandbox, wire)
    ids = [sandbox.add_delivery_log(w.campaign_uid, uid) for uid in w.subscribers]
    data = answered(wire.get(f"/campaigns/{w.campaign_uid}/delivery-logs"), 200)["data"]
    assert data["count"] == "3"
    assert all(set(r) == LOG_KEYS for r in data["records"])
    assert [r["email_message_id"] for r in data["records"]] == ids[::-1]
    first = data["records"][-1]
    assert first["campaign"] == {"campaign_uid": w.campaign_uid, "list": {"list_uid": w.list_uid}}
    assert first["subscriber"] == ref(wire, w.list_uid, w.subscribers[0])
    assert (first["message"], first["retries"], first["max_retries"]) == ("OK", "0", "3")
    assert (first["delivery_confirmed"], first["status"]) == ("yes", "success")
    assert UTC_TIME.fullmatch(first["date_added"])
    # Marking the campaign sent logs a success for every subscriber not logged yet: none here.
    answered(wire.put(f"/campaigns/{w.campaign_uid}/mark-sent"), 200)
    assert answered(wire.get(f"/campaigns/{w.campaign_uid}/delivery-logs"), 200)["data"]["count"] == "3"
    logs = (await api.campaigns.delivery_logs(w.campaign_uid)).items
    assert [(log.email_message_id, log.retries, log.date_added) for log in logs] == [
        (r["email_message_id"], "0", r["date_added"]) for r in data["records"]
    ]


@pytest.mark.behaviour("unsubscribes.list.ok")
async def test_unsubscriptions_are_listed_newest_first_with_a_null_note(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    w = make_world(sandbox, wire, subscribers=2)
    answered(
        unsubscribe(
            wire,
            w.campaign_uid,
            w.subscribers[0],
            ip_address="203.0.113.7",
            user_agent="Thunderbird/115.0",
            reason="دیگر نمی‌خواهم",
            note="a note the server never reads",
        ),
        200,
    )
    answered(unsubscribe(wire, w.campaign_uid, w.subscribers[1]), 200)
    data = answered(wire.get(f"/campaigns/{w.campaign_uid}/unsubscribes"), 200)["data"]
    assert data["count"] == "2"
    assert all(set(r) == UNSUBSCRIBE_KEYS for r in data["records"])
    newest, oldest = data["records"]
    assert oldest == {
        "ip_address": "203.0.113.7",
        "user_agent": "Thunderbird/115.0",
        "reason": "دیگر نمی‌خواهم",
        "note": None,
        "date_added": oldest["date_added"],
        "subscriber": ref(wire, w.list_uid, w.subscribers[0]),
    }
    assert newest["subscriber"]["subscriber_uid"] == w.subscribers[1]
    assert UTC_TIME.fullmatch(oldest["date_added"])
    items = (await api.campaigns.unsubscribes(w.campaign_uid)).items
    assert [(u.reason, u.note) for u in items] == [("Unsubscribed via API!", None), ("دیگر نمی‌خواهم", None)]


@pytest.mark.behaviour("bounces.list.empty")
@pytest.mark.behaviour("delivery-logs.list.empty")
@pytest.mark.behaviour("unsubscribes.list.empty")
@pytest.mark.parametrize("kind", COLLECTIONS)
async def test_an_empty_collection_has_every_paging_field_null(
    kind: str, world: World, wire: httpx.Client, api: AsyncPakat
) -> None:
    for query in ({}, {"page": "3", "per_page": "20"}):
        assert answered(wire.get(f"/campaigns/{world.campaign_uid}/{kind}", params=query), 200) == EMPTY
    one_page, every = COLLECTIONS[kind]
    page = await getattr(api.campaigns, one_page)(world.campaign_uid)
    assert (page.items, page.count, page.total_pages, page.next_page) == ((), 0, 0, None)
    assert [x async for x in getattr(api.campaigns, every)(world.campaign_uid)] == []


@pytest.mark.behaviour("bounces.list.paging")
@pytest.mark.behaviour("delivery-logs.list.paging")
@pytest.mark.behaviour("unsubscribes.list.paging")
@pytest.mark.parametrize("kind", COLLECTIONS)
async def test_collections_clamp_per_page_and_never_refuse_paging(
    kind: str, sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    w = make_world(sandbox, wire, subscribers=12)
    fill(sandbox, wire, kind, w)
    path = f"/campaigns/{w.campaign_uid}/{kind}"

    def paging(**query: str) -> tuple[Any, ...]:
        data = answered(wire.get(path, params=query), 200)["data"]
        return (len(data["records"]), *(data[key] for key in PAGING))

    assert paging() == (10, "12", 2, 1, 2, None)
    assert paging(per_page="1") == (10, "12", 2, 1, 2, None)
    assert paging(per_page="abc") == (10, "12", 2, 1, 2, None)
    assert paging(per_page="500") == (12, "12", 1, 1, None, None)
    assert paging(page="0") == paging(page="-4") == paging(page="abc") == (10, "12", 2, 1, 2, None)
    assert paging(page="2") == (2, "12", 2, 2, None, 1)
    assert paging(page="5") == (0, "12", 2, 5, None, 4)
    one_page, every = COLLECTIONS[kind]
    with pytest.raises(ValueError, match="per_page must be between 10 and 50"):
        await getattr(api.campaigns, one_page)(w.campaign_uid, per_page=5)
    assert len([x async for x in getattr(api.campaigns, every)(w.campaign_uid, per_page=10)]) == 12
    second = await getattr(api.campaigns, one_page)(w.campaign_uid, page=2)
    assert (len(second.items), second.count, second.next_page) == (2, 12, None)


@pytest.mark.behaviour("bounces.list.not-found")
@pytest.mark.behaviour("delivery-logs.list.not-found")
@pytest.mark.behaviour("unsubscribes.list.not-found")
@pytest.mark.parametrize("kind", COLLECTIONS)
async def test_collections_of_an_unknown_campaign_and_of_a_deleted_one(
    kind: str, sandbox: Sandbox, world: World, wire: httpx.Client, api: AsyncPakat
) -> None:
    refused(wire.get(f"/campaigns/nosuchcampaign/{kind}"), 404, "The campaign does not exist!")
    one_page, _ = COLLECTIONS[kind]
    with pytest.raises(pakat.NotFoundError) as caught:
        await getattr(api.campaigns, one_page)("nosuchcampaign")
    assert caught.value.message == "The campaign does not exist!"
    # A deleted campaign (pending-delete) is still found by these actions.
    fill(sandbox, wire, kind, world)
    set_status(sandbox, "campaigns", world.campaign_uid, "pending-delete")
    assert answered(wire.get(f"/campaigns/{world.campaign_uid}/{kind}"), 200)["data"]["count"] == "3"
    assert (await getattr(api.campaigns, one_page)(world.campaign_uid)).count == 3


# --- Bounces ---------------------------------------------------------------------------------------


@pytest.mark.behaviour("bounces.create.ok")
async def test_a_bounce_is_recorded_and_answered_with_201(
    world: World, wire: httpx.Client, api: AsyncPakat
) -> None:
    uid = world.subscribers[0]
    message = "550 5.1.1 The email account that you tried to reach does not exist."
    body = answered(
        bounce(wire, world.campaign_uid, subscriber_uid=uid, bounce_type="soft", message=message), 201
    )
    expected = {
        "message": message,
        "processed": "no",
        "bounce_type": "soft",
        "subscriber": ref(wire, world.list_uid, uid),
    }
    assert body == {"status": "success", "data": {"record": expected}}
    created = await api.campaigns.create_bounce(
        world.campaign_uid,
        subscriber_uid=world.subscribers[1],
        bounce_type="internal",
        message="۴۵۲ صندوق پر است",
    )
    assert (created.bounce_type, created.processed, created.message) == ("internal", "no", "۴۵۲ صندوق پر است")
    assert created.to_dict()["subscriber"] == ref(wire, world.list_uid, world.subscribers[1])
    assert (await api.campaigns.bounces(world.campaign_uid)).count == 2


@pytest.mark.behaviour("bounces.create.defaults")
async def test_a_bounce_defaults_to_internal_with_a_fixed_message_and_long_messages_are_cut(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    w = make_world(sandbox, wire, subscribers=8)
    s = w.subscribers

    def recorded_message(uid: str, **fields: str) -> tuple[str, str]:
        rec = answered(bounce(wire, w.campaign_uid, subscriber_uid=uid, **fields), 201)["data"]["record"]
        return rec["bounce_type"], rec["message"]

    assert recorded_message(s[0]) == ("internal", "BOUNCED BACK")
    assert recorded_message(s[1], message="") == ("internal", "")
    assert recorded_message(s[2], bounce_type="soft", message="ب" * 253) == ("soft", "ب" * 250 + "...")
    assert recorded_message(s[3], message="x" * 252) == ("internal", "x" * 252)
    assert recorded_message(s[4], message="550 <ali@example.com> unknown &amp; gone") == (
        "internal",
        "550  unknown & gone",
    )
    # The facade leaves the type out unless asked, and the server records an internal bounce.
    default = await api.campaigns.create_bounce(w.campaign_uid, subscriber_uid=s[5])
    assert (default.bounce_type, default.message) == ("internal", "BOUNCED BACK")


@pytest.mark.behaviour("bounces.create.hard-blacklists")
async def test_a_hard_bounce_blacklists_the_address_where_it_is_confirmed(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    w = make_world(sandbox, wire, subscribers=3)
    address = subscriber(wire, w.list_uid, w.subscribers[0])["EMAIL"]
    other_list = sandbox.create_list("فهرست دیگر")
    twin = (await api.subscribers.create(other_list, address)).subscriber_uid
    answered(bounce(wire, w.campaign_uid, subscriber_uid=w.subscribers[0], bounce_type="hard"), 201)
    assert subscriber(wire, w.list_uid, w.subscribers[0])["status"] == "blacklisted"
    assert subscriber(wire, other_list, twin)["status"] == "blacklisted"
    # Soft and internal bounces change nothing else.
    await api.campaigns.create_bounce(w.campaign_uid, subscriber_uid=w.subscribers[1], bounce_type="soft")
    assert subscriber(wire, w.list_uid, w.subscribers[1])["status"] == "confirmed"
    # An unsubscribed subscriber is not blacklisted, and neither is its address elsewhere.
    third = subscriber(wire, w.list_uid, w.subscribers[2])["EMAIL"]
    elsewhere = (await api.subscribers.create(other_list, third)).subscriber_uid
    answered(wire.put(f"/lists/{w.list_uid}/subscribers/{w.subscribers[2]}/unsubscribe"), 200)
    result = await api.campaigns.create_bounce(
        w.campaign_uid, subscriber_uid=w.subscribers[2], bounce_type="hard"
    )
    assert result.bounce_type == "hard"
    assert subscriber(wire, w.list_uid, w.subscribers[2])["status"] == "unsubscribed"
    assert subscriber(wire, other_list, elsewhere)["status"] == "confirmed"


@pytest.mark.behaviour("bounces.create.campaign-not-found")
async def test_a_bounce_for_an_unknown_campaign(world: World, wire: httpx.Client, api: AsyncPakat) -> None:
    # The campaign is checked first, before the subscriber and the type.
    refused(
        bounce(wire, "nosuchcampaign", subscriber_uid="nobody", bounce_type="x"),
        404,
        "The campaign does not exist!",
    )
    refused(
        bounce(wire, "nosuchcampaign", subscriber_uid=world.subscribers[0]),
        404,
        "The campaign does not exist!",
    )
    with pytest.raises(pakat.NotFoundError, match="The campaign does not exist!"):
        await api.campaigns.create_bounce(
            "nosuchcampaign", subscriber_uid=world.subscribers[0], bounce_type="soft"
        )


@pytest.mark.behaviour("bounces.create.subscriber-not-found")
async def test_a_bounce_needs_a_known_subscriber_from_any_list(
    sandbox: Sandbox, world: World, wire: httpx.Client, api: AsyncPakat
) -> None:
    gone = "The subscriber does not exist!"
    refused(bounce(wire, world.campaign_uid), 404, gone)
    refused(bounce(wire, world.campaign_uid, bounce_type="hard"), 404, gone)
    refused(bounce(wire, world.campaign_uid, subscriber_uid=""), 404, gone)
    refused(bounce(wire, world.campaign_uid, subscriber_uid="nobody", bounce_type="nonsense"), 404, gone)
    with pytest.raises(pakat.NotFoundError, match=gone):
        await api.campaigns.create_bounce(world.campaign_uid, subscriber_uid="nobody", bounce_type="soft")
    with pytest.raises(ValueError, match="subscriber_uid must not be empty"):
        await api.campaigns.create_bounce(world.campaign_uid, subscriber_uid=" ")
    # A subscriber of another list is found all the same.
    (stranger,) = sandbox.seed_subscribers(sandbox.create_list("دیگر"), 1)
    rec = answered(bounce(wire, world.campaign_uid, subscriber_uid=stranger), 201)["data"]["record"]
    assert rec["subscriber"]["subscriber_uid"] == stranger


@pytest.mark.behaviour("bounces.create.duplicate")
async def test_a_second_bounce_of_the_same_subscriber_is_refused(
    sandbox: Sandbox, world: World, wire: httpx.Client, api: AsyncPakat
) -> None:
    uid = world.subscribers[0]
    answered(bounce(wire, world.campaign_uid, subscriber_uid=uid, bounce_type="soft"), 201)
    repeated = "This subscriber has already been marked as bounced!"
    refused(bounce(wire, world.campaign_uid, subscriber_uid=uid, bounce_type="hard"), 422, repeated)
    # The repeat is found before the type is looked at.
    refused(bounce(wire, world.campaign_uid, subscriber_uid=uid, bounce_type="nonsense"), 422, repeated)
    with pytest.raises(pakat.ValidationError) as caught:
        await api.campaigns.create_bounce(world.campaign_uid, subscriber_uid=uid, bounce_type="soft")
    assert (caught.value.status_code, caught.value.message) == (422, repeated)
    assert answered(wire.get(f"/campaigns/{world.campaign_uid}/bounces"), 200)["data"]["count"] == "1"
    # Another campaign takes its own bounce of the same subscriber.
    other = new_campaign(wire, world.list_uid)
    answered(bounce(wire, other, subscriber_uid=uid), 201)


@pytest.mark.behaviour("bounces.create.bad-type")
async def test_an_unknown_bounce_type_is_refused(world: World, wire: httpx.Client, api: AsyncPakat) -> None:
    for value in ("permanent", "", "HARD", "hard-ish"):  # "hard " would pass: values are trimmed
        refused(
            bounce(wire, world.campaign_uid, subscriber_uid=world.subscribers[0], bounce_type=value),
            422,
            "Invalid bounce type!",
        )
    # The facade refuses it before sending; sent anyway through `extra`, the server refuses it.
    with pytest.raises(ValueError, match="bounce_type must be one of hard, internal, soft"):
        await api.campaigns.create_bounce(
            world.campaign_uid, subscriber_uid=world.subscribers[0], bounce_type="permanent"
        )
    with pytest.raises(pakat.ValidationError, match="Invalid bounce type!"):
        await api.campaigns.create_bounce(
            world.campaign_uid, subscriber_uid=world.subscribers[0], extra={"bounce_type": "permanent"}
        )
    assert answered(wire.get(f"/campaigns/{world.campaign_uid}/bounces"), 200) == EMPTY


# --- Delivery logs ---------------------------------------------------------------------------------


@pytest.mark.behaviour("delivery-logs.statuses")
async def test_delivery_log_statuses_are_an_open_set(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat, server: MockServer, client: AsyncPakat
) -> None:
    w = make_world(sandbox, wire, subscribers=len(STATUSES))
    for uid, status in zip(w.subscribers, STATUSES, strict=True):
        sandbox.add_delivery_log(w.campaign_uid, uid, status=status, message=f"{status}!", retries=1)
    records = answered(
        wire.get(f"/campaigns/{w.campaign_uid}/delivery-logs", params={"per_page": "50"}), 200
    )["data"]["records"]
    assert [r["status"] for r in records] == list(reversed(STATUSES))
    assert [log.status async for log in api.campaigns.iter_delivery_logs(w.campaign_uid)] == list(
        reversed(STATUSES)
    )
    # A status newer than the known ones reaches the caller as it is.
    log = {**records[0], "status": "held-by-policy"}
    server.on("GET", f"/campaigns/{w.campaign_uid}/delivery-logs", collection([log]))
    assert [entry.status for entry in await client.campaigns.delivery_logs(w.campaign_uid)] == [
        "held-by-policy"
    ]


@pytest.mark.behaviour("delivery-logs.list.archived")
async def test_archived_delivery_logs_are_not_listed(client: AsyncPakat, server: MockServer) -> None:
    # The sandbox never archives; a server that did answers the empty collection.
    server.on("GET", "/campaigns/xk29fh47ab1cd/delivery-logs", EMPTY)
    page = await client.campaigns.delivery_logs("xk29fh47ab1cd")
    assert (page.items, page.count, page.total_pages) == ((), 0, 0)
    assert [x async for x in client.campaigns.iter_delivery_logs("xk29fh47ab1cd")] == []


@pytest.mark.behaviour("delivery-logs.by-message-id.ok")
async def test_a_delivery_log_is_found_by_its_message_id_on_both_paths(
    sandbox: Sandbox, world: World, wire: httpx.Client, api: AsyncPakat
) -> None:
    sandbox.add_delivery_log(world.campaign_uid, world.subscribers[0])
    message_id = sandbox.add_delivery_log(
        world.campaign_uid,
        world.subscribers[1],
        email_message_id="3f786850e387550fdab836ed7e6dc881de23001b@mail.pakat.net",
    )
    listed = answered(wire.get(f"/campaigns/{world.campaign_uid}/delivery-logs"), 200)["data"]["records"][0]
    for path in ("/campaigns/email-message-id/", "/campaigns/delivery-logs/email-message-id/"):
        body = answered(wire.get(path + message_id), 200)
        assert body == {"status": "success", "data": {"record": listed}}
        # Compared as MySQL compares: case does not matter.
        assert answered(wire.get(path + message_id.upper()), 200) == body
    found = await api.campaigns.delivery_log(message_id)
    assert found.to_dict() == listed
    assert (await api.campaigns.delivery_log(f"<{message_id}>")).to_dict() == listed


@pytest.mark.behaviour("delivery-logs.by-message-id.not-found")
async def test_an_unknown_message_id(
    sandbox: Sandbox, world: World, wire: httpx.Client, api: AsyncPakat
) -> None:
    sandbox.add_delivery_log(world.campaign_uid, world.subscribers[0], email_message_id="abc@mail.pakat.net")
    for path in ("/campaigns/email-message-id/", "/campaigns/delivery-logs/email-message-id/"):
        refused(wire.get(path + "nosuchid@mail.pakat.net"), 404, "The delivery log does not exist!")
        # A whole-value match: part of an id is not enough.
        refused(wire.get(path + "abc"), 404, "The delivery log does not exist!")
    with pytest.raises(pakat.NotFoundError, match="The delivery log does not exist!"):
        await api.campaigns.delivery_log("nosuchid@mail.pakat.net")


@pytest.mark.behaviour("delivery-logs.by-message-id.charset")
async def test_a_message_id_with_other_characters_reaches_no_action(
    sandbox: Sandbox, world: World, wire: httpx.Client, api: AsyncPakat
) -> None:
    odd = "a+b=c@mail.pakat.net"
    sandbox.add_delivery_log(world.campaign_uid, world.subscribers[0], email_message_id=odd)
    for path in ("/campaigns/email-message-id/", "/campaigns/delivery-logs/email-message-id/"):
        for message_id in (odd, "a%20b@mail.pakat.net", "%D8%B3%D9%84%D8%A7%D9%85@mail.pakat.net"):
            refused(wire.get(path + message_id), 404, "Page not found.")
    # The facade refuses such ids before sending, with the reason.
    for message_id in (odd, "a b@mail.pakat.net", "سلام@mail.pakat.net"):
        with pytest.raises(ValueError, match="email_message_id must be letters, digits"):
            await api.campaigns.delivery_log(message_id)


# --- Tracking --------------------------------------------------------------------------------------


@pytest.mark.behaviour("tracking.url.ok")
async def test_a_click_answers_the_public_link_and_the_personal_destination(
    sandbox: Sandbox, world: World, wire: httpx.Client, api: AsyncPakat
) -> None:
    uid = world.subscribers[0]
    email = subscriber(wire, world.list_uid, uid)["EMAIL"]
    link = url_hash(world.campaign_uid, SHOP)
    body = answered(wire.get(f"/campaigns/{world.campaign_uid}/track-url/{uid}/{link}"), 200)
    root = sandbox.url.removesuffix("/api")
    assert body == {
        "status": "success",
        "data": {
            "track_url": f"{root}/campaigns/track-url/{world.campaign_uid}/{uid}/{link}",
            "destination": SHOP.replace("[EMAIL]", email),
        },
    }
    # Every click counts; the first also counts as the subscriber's open, the second does not.
    assert (
        recorded(sandbox, "clicks", world.campaign_uid),
        recorded(sandbox, "opens", world.campaign_uid),
    ) == (1, 1)
    result = await api.campaigns.track_url(world.campaign_uid, uid, link)
    assert (result.track_url, result.destination) == (body["data"]["track_url"], body["data"]["destination"])
    assert (
        recorded(sandbox, "clicks", world.campaign_uid),
        recorded(sandbox, "opens", world.campaign_uid),
    ) == (2, 1)
    # Without open tracking, a click is only a click.
    quiet = new_campaign(wire, world.list_uid, **{"campaign[options][open_tracking]": "no"})
    await api.campaigns.track_url(quiet, uid, url_hash(quiet, ABOUT))
    assert (recorded(sandbox, "clicks", quiet), recorded(sandbox, "opens", quiet)) == (1, 0)


@pytest.mark.behaviour("tracking.url.ok")
async def test_the_facade_takes_the_link_with_or_without_a_record_level(
    client: AsyncPakat, server: MockServer
) -> None:
    link = {
        "track_url": "https://new.pakat.net/campaigns/track-url/xk29fh47ab1cd/ws71ka93jd2mz/9fb2991a",
        "destination": "https://shop.example.com/nowruz?email=ali.rezaei@example.com",
    }
    path = "/campaigns/xk29fh47ab1cd/track-url/ws71ka93jd2mz/9fb2991a"
    server.on("GET", path, {"status": "success", "data": link}, record(link))  # 2.1.13, then 2.7.2
    for _ in range(2):
        result = await client.campaigns.track_url("xk29fh47ab1cd", "ws71ka93jd2mz", "9fb2991a")
        assert (result.track_url, result.destination) == (link["track_url"], link["destination"])
    server.on("GET", path, {"status": "success", "data": []})
    with pytest.raises(pakat.APIResponseValidationError):
        await client.campaigns.track_url("xk29fh47ab1cd", "ws71ka93jd2mz", "9fb2991a")


@pytest.mark.behaviour("tracking.url.campaign-not-found")
async def test_a_click_on_an_unknown_campaign(
    sandbox: Sandbox, world: World, wire: httpx.Client, api: AsyncPakat
) -> None:
    uid, link = world.subscribers[0], url_hash(world.campaign_uid, ABOUT)
    refused(
        wire.get(f"/campaigns/nosuchcampaign/track-url/nobody/{link}"), 404, "The campaign does not exist."
    )
    await not_found("The campaign does not exist.", api.campaigns.track_url, "nosuchcampaign", uid, link)
    # Deleted (pending-delete) campaigns are still found.
    set_status(sandbox, "campaigns", world.campaign_uid, "pending-delete")
    assert (await api.campaigns.track_url(world.campaign_uid, uid, link)).destination == ABOUT


@pytest.mark.behaviour("tracking.url.subscriber-not-found")
async def test_a_click_of_an_unknown_subscriber(
    sandbox: Sandbox, world: World, wire: httpx.Client, api: AsyncPakat
) -> None:
    link = url_hash(world.campaign_uid, SHOP)
    refused(
        wire.get(f"/campaigns/{world.campaign_uid}/track-url/nobody/{link}"),
        404,
        "The subscriber does not exist.",
    )
    refused(
        wire.get(f"/campaigns/{world.campaign_uid}/track-url/nobody/nosuchhash"),
        404,
        "The subscriber does not exist.",
    )
    await not_found(
        "The subscriber does not exist.", api.campaigns.track_url, world.campaign_uid, "nobody", link
    )
    # A subscriber of any list will do; the campaign list's field tags are empty for it.
    (stranger,) = sandbox.seed_subscribers(sandbox.create_list("دیگر"), 1)
    assert (await api.campaigns.track_url(world.campaign_uid, stranger, link)).destination == SHOP.replace(
        "[EMAIL]", ""
    )


@pytest.mark.behaviour("tracking.url.hash-not-found")
async def test_a_click_on_an_unknown_link(world: World, wire: httpx.Client, api: AsyncPakat) -> None:
    uid = world.subscribers[0]
    refused(
        wire.get(f"/campaigns/{world.campaign_uid}/track-url/{uid}/nosuchhash"),
        404,
        "The url hash does not exist.",
    )
    await not_found(
        "The url hash does not exist.", api.campaigns.track_url, world.campaign_uid, uid, "0" * 40
    )


@pytest.mark.behaviour("tracking.opening.ok")
async def test_every_opening_counts(
    sandbox: Sandbox, world: World, wire: httpx.Client, api: AsyncPakat
) -> None:
    uid = world.subscribers[0]
    body = answered(wire.get(f"/campaigns/{world.campaign_uid}/track-opening/{uid}"), 200)
    assert body == {"status": "success", "data": []}
    assert await api.campaigns.track_opening(world.campaign_uid, uid) is None
    await api.campaigns.track_opening(world.campaign_uid, world.subscribers[1])
    assert recorded(sandbox, "opens", world.campaign_uid) == 3


@pytest.mark.behaviour("tracking.opening.not-found")
@pytest.mark.behaviour("tracking.unsubscribe.not-found")
@pytest.mark.parametrize("action", ["track-opening", "track-unsubscribe"])
async def test_tracking_an_unknown_campaign_or_subscriber(
    action: str, sandbox: Sandbox, world: World, wire: httpx.Client, api: AsyncPakat
) -> None:
    def call(campaign_uid: str, subscriber_uid: str) -> httpx.Response:
        path = f"/campaigns/{campaign_uid}/{action}/{subscriber_uid}"
        return wire.get(path) if action == "track-opening" else wire.post(path)

    refused(call("nosuchcampaign", "nobody"), 404, "The campaign does not exist.")
    refused(call("nosuchcampaign", world.subscribers[0]), 404, "The campaign does not exist.")
    refused(call(world.campaign_uid, "nobody"), 404, "The subscriber does not exist.")
    method = api.campaigns.track_opening if action == "track-opening" else api.campaigns.track_unsubscribe
    await not_found("The campaign does not exist.", method, "nosuchcampaign", world.subscribers[0])
    await not_found("The subscriber does not exist.", method, world.campaign_uid, "nobody")
    # Same scoping as track-url: a subscriber of any list, a deleted campaign.
    (stranger,) = sandbox.seed_subscribers(sandbox.create_list("دیگر"), 1)
    set_status(sandbox, "campaigns", world.campaign_uid, "pending-delete")
    assert await method(world.campaign_uid, stranger) is None


@pytest.mark.behaviour("tracking.unsubscribe.ok")
async def test_unsubscribing_through_a_campaign(
    sandbox: Sandbox, world: World, wire: httpx.Client, api: AsyncPakat
) -> None:
    first, second, third = world.subscribers
    assert answered(unsubscribe(wire, world.campaign_uid, first), 200) == {"status": "success"}
    assert subscriber(wire, world.list_uid, first)["status"] == "unsubscribed"
    defaults = answered(wire.get(f"/campaigns/{world.campaign_uid}/unsubscribes"), 200)["data"]["records"][0]
    assert (defaults["ip_address"], defaults["user_agent"], defaults["reason"], defaults["note"]) == (
        "127.0.0.1",
        wire.headers["user-agent"],
        "Unsubscribed via API!",
        None,
    )
    # Long values are cut by bytes: 45 for the address, 255 for the rest; a split character is dropped.
    answered(
        unsubscribe(
            wire,
            world.campaign_uid,
            second,
            ip_address="2001:db8:85a3:8d3:1319:8a2e:370:7348:ffff:ffff:ffff",
            user_agent="u" * 300,
            reason="چ" * 200,
            note="ignored",
        ),
        200,
    )
    cut = answered(wire.get(f"/campaigns/{world.campaign_uid}/unsubscribes"), 200)["data"]["records"][0]
    assert cut["ip_address"] == "2001:db8:85a3:8d3:1319:8a2e:370:7348:ffff:fff"
    assert (cut["user_agent"], cut["reason"], cut["note"]) == ("u" * 255, "چ" * 127, None)
    assert (
        await api.campaigns.track_unsubscribe(world.campaign_uid, third, reason="خیلی زیاد ایمیل می‌فرستید")
        is None
    )
    assert subscriber(wire, world.list_uid, third)["status"] == "unsubscribed"
    reasons = [u.reason for u in await api.campaigns.unsubscribes(world.campaign_uid)]
    assert reasons[0] == "خیلی زیاد ایمیل می‌فرستید"
    assert recorded(sandbox, "unsubscribes", world.campaign_uid) == 3


@pytest.mark.behaviour("tracking.unsubscribe.not-confirmed")
async def test_unsubscribing_a_subscriber_who_is_not_confirmed_changes_nothing(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    w = make_world(sandbox, wire, subscribers=1)
    for status in ("unconfirmed", "unsubscribed", "blacklisted", "unapproved", "disabled", "moved"):
        (uid,) = sandbox.seed_subscribers(w.list_uid, 1, status=status)
        assert answered(unsubscribe(wire, w.campaign_uid, uid, reason="x"), 200) == {"status": "success"}
        assert await api.campaigns.track_unsubscribe(w.campaign_uid, uid) is None
        assert subscriber(wire, w.list_uid, uid)["status"] == status
    assert answered(wire.get(f"/campaigns/{w.campaign_uid}/unsubscribes"), 200) == EMPTY


# --- The same answers through the facade, in one round ---------------------------------------------


async def test_one_round_of_activity_through_the_facade(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    w = make_world(sandbox, wire)
    created = await api.campaigns.create_bounce(w.campaign_uid, subscriber_uid=w.subscribers[0])
    assert (created.bounce_type, created.message) == ("internal", "BOUNCED BACK")
    link = url_hash(w.campaign_uid, ABOUT)
    assert (await api.campaigns.track_url(w.campaign_uid, w.subscribers[1], link)).destination == ABOUT
    await api.campaigns.track_unsubscribe(w.campaign_uid, w.subscribers[2])
    assert [u.reason async for u in api.campaigns.iter_unsubscribes(w.campaign_uid)] == [
        "Unsubscribed via API!"
    ]
    message_id = sandbox.add_delivery_log(w.campaign_uid, w.subscribers[0], status="giveup")
    assert (await api.campaigns.delivery_log(message_id)).status == "giveup"
    with pytest.raises(pakat.NotFoundError):
        await api.campaigns.bounces("nosuchcampaign")
