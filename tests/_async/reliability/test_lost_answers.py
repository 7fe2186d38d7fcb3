"""A transactional email whose answer is lost after the server accepted it: sent once, and said so."""

from __future__ import annotations

import pytest

import pakat
from pakat import AsyncPakat
from pakat.testing import Sandbox

SEND = {
    "to_email": "ali@example.org",
    "to_name": "علی رضایی",
    "from_name": "فروشگاه پاکات",
    "from_email": "orders@pakat.example",
    "subject": "رسید سفارش ۱۰۰۱",
    "html": "<p>سفارش شما ثبت شد.</p>",
}


def _check_one_email_recorded(sb: Sandbox, error: pakat.OutcomeUnknownError) -> None:
    assert "outcome is unknown" in str(error)
    assert "not repeated" in str(error)
    assert not isinstance(error, pakat.APIError)  # not a generic failure with a status
    assert sb.counters["sendTransactionalEmail"] == 1  # not a silent retry
    assert sb.processed["sendTransactionalEmail"] == 1
    outbox = sb.outbox()
    assert len(outbox) == 1
    assert outbox[0]["to_email"] == SEND["to_email"]
    assert outbox[0]["subject"] == SEND["subject"]
    assert outbox[0]["body"] == SEND["html"]


async def test_lost_answer_of_a_send_is_outcome_unknown_and_the_email_exists_once(
    fresh_sandbox: Sandbox,
) -> None:
    sb = fresh_sandbox
    sb.faults.drop_connection(1, when="after")
    async with AsyncPakat(api_key=sb.api_key, base_url=sb.url, max_retries=5) as client:
        with pytest.raises(pakat.OutcomeUnknownError) as caught:
            await client.transactional_emails.send(**SEND)
        _check_one_email_recorded(sb, caught.value)
        # The caller can find out what happened, as the docstring advises.
        page = await client.transactional_emails.list()
        assert [email.to_email for email in page.items] == [SEND["to_email"]]


async def test_a_send_refused_before_processing_is_repeated_and_recorded_once(
    fresh_sandbox: Sandbox, waits: list[float]
) -> None:
    """The one case a POST is repeated: 429, which the server sends before doing anything."""
    sb = fresh_sandbox
    sb.faults.fail_next(2, status=429, retry_after=0)
    async with AsyncPakat(api_key=sb.api_key, base_url=sb.url) as client:
        email_uid = await client.transactional_emails.send(**SEND)
    assert waits == [0.0, 0.0]
    assert sb.counters["sendTransactionalEmail"] == 3
    assert sb.processed["sendTransactionalEmail"] == 1
    assert [email["email_uid"] for email in sb.outbox()] == [email_uid]
