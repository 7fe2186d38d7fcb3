"""`extra`: raw wire fields go out exactly as given, past the SDK's own closed value sets."""

from __future__ import annotations

from pakat import AsyncPakat
from tests._wire import parse_form
from tests.facade.conftest import MockServer

SUBSCRIBER = {"status": "success", "data": {"record": {"subscriber_uid": "s1", "email": "a@example.com"}}}


async def test_extra_carries_values_newer_than_the_sdk_in_multipart(
    client: AsyncPakat, server: MockServer
) -> None:
    server.on("POST", "/lists/L1/subscribers", SUBSCRIBER)
    await client.subscribers.create(
        "L1",
        "a@example.com",
        status="confirmed",
        extra={"details[status]": "snoozed", "details[tier]": "gold"},
    )
    sent = server.form()
    assert sent["details[status]"] == "snoozed"
    assert sent["details[tier]"] == "gold"
    assert [name for name, _ in parse_form(server.last)].count("details[status]") == 1


async def test_extra_wins_in_urlencoded_updates(client: AsyncPakat, server: MockServer) -> None:
    server.on("PUT", "/campaigns/c1", {"status": "success", "campaign_uid": "c1"})
    await client.campaigns.update("c1", status="draft", extra={"campaign[status]": "pending-review"})
    assert server.form()["campaign[status]"] == "pending-review"


async def test_track_unsubscribe_sends_its_details_only_when_given(
    client: AsyncPakat, server: MockServer
) -> None:
    server.on("POST", "/campaigns/c1/track-unsubscribe/s1", {"status": "success"})
    await client.campaigns.track_unsubscribe("c1", "s1")
    assert server.last.read() == b""
    await client.campaigns.track_unsubscribe("c1", "s1", reason="دیگر علاقه‌ای ندارم", ip_address="10.1.2.3")
    assert server.form() == {"reason": "دیگر علاقه‌ای ندارم", "ip_address": "10.1.2.3"}
