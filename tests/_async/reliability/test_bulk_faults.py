"""`subscribers.bulk_create` while the server misbehaves: nothing lost, nothing doubled, every failure said.

Each run arms, in this order, one-shot faults that hit the first requests (connections dropped
before and after processing, malformed JSON, an HTML page, an empty body, a 200 with
`"status": "error"`), then fails a seeded 10% of the rest with one status. Afterwards the list is
read back through the facade and compared with the `BulkResult`, row by row; then the failed rows
are resumed the safe way (look up the ones whose outcome is unknown before sending them again)
and every valid row must be on the list exactly once.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Literal

import pytest

from pakat import AsyncPakat
from pakat.testing import Sandbox
from pakat.types import BulkResult, RowFailure

VALID = 150
INVALID_ROWS: list[Any] = [
    {"FNAME": "No address"},
    {"EMAIL": "not-an-address"},
    {"EMAIL": "bad-tag@example.org", "F NAME": "space in the tag"},
    {"EMAIL": "bracket@example.org", "F[X]": "bracket in the tag"},
    "not a mapping",
]
INVALID_REASONS = [
    "no EMAIL",
    "not a valid email address",
    "invalid field tag",
    "invalid field tag",
    "mapping",
]
# The one-shot faults hit the first requests, in this order; (kind, count, whether the server applies).
ONE_SHOTS = [
    ("drop_before", 3),
    ("drop_after", 3),
    ("malformed_json", 2),
    ("html_page", 2),
    ("empty_body", 2),
]
ERROR_BODIES = 2
OUTCOME_UNKNOWN = "outcome is unknown"


def _rows() -> list[Any]:
    rows: list[Any] = [
        {"EMAIL": f"row{n}@example.org", "FNAME": f"نام {n}", "LNAME": "رضایی 😀"} for n in range(VALID)
    ]
    for position, row in enumerate(INVALID_ROWS):
        rows.insert(position * 30 + 7, row)
    return rows


def _arm(sb: Sandbox, status: int, seed: int) -> None:
    faults = sb.faults
    faults.drop_connection(3, when="before")
    faults.drop_connection(3, when="after")
    faults.malformed_json(2)
    faults.html_page(2, status=200)
    faults.empty_body(2)
    faults.error_body(ERROR_BODIES, error="Subscriber limit reached for this hour.")
    faults.fail_fraction(0.10, status=status, seed=seed, retry_after=0 if status == 429 else None)


async def _listed(client: AsyncPakat, list_uid: str) -> Counter[str]:
    return Counter([str(subscriber.email) async for subscriber in client.subscribers.iter(list_uid)])


async def _uids(client: AsyncPakat, list_uid: str) -> dict[str, str]:
    return {str(s.email): str(s.subscriber_uid) async for s in client.subscribers.iter(list_uid)}


async def _check_result(
    sb: Sandbox, client: AsyncPakat, list_uid: str, rows: list[Any], result: BulkResult, status: int
) -> None:
    sb.faults.clear()
    listed = await _listed(client, list_uid)
    uids = await _uids(client, list_uid)
    failed: dict[int, RowFailure] = {failure.index: failure for failure in result.failed}
    assert len(failed) == len(result.failed), "a row is reported failed twice"

    # Nothing doubled: no address twice on the list, and the server applied each create once.
    assert all(count == 1 for count in listed.values()), listed.most_common(3)
    assert sb.processed["createSubscriber"] == sum(listed.values())

    # Nothing lost: every row is either created or failed with a reason, never both, never neither.
    assert set(result.created).isdisjoint(failed)
    assert set(result.created) | set(failed) == set(range(len(rows)))
    assert all(failure.reason.strip() for failure in failed.values())

    for index, row in enumerate(rows):
        if row in INVALID_ROWS:
            reason = INVALID_REASONS[INVALID_ROWS.index(row)]
            assert reason in failed[index].reason, failed[index]
            continue
        email = row["EMAIL"]
        if index in result.created:
            assert uids.get(email) == result.created[index], f"created row {index} is not on the list as said"
            continue
        failure = failed[index]
        assert failure.email == email
        if OUTCOME_UNKNOWN in failure.reason:
            assert failure.outcome_unknown
        if not failure.outcome_unknown:
            # A failure said to be certain must be: the row is not on the list.
            assert email not in listed, f"row {index} is reported not created, yet it was: {failure}"
        # Every 5xx: the sandbox's injected ones are not Pakat's offline answer, the one 5xx that
        # proves nothing was done.
        expected_unknown = (
            failure.status_code is None or failure.status_code < 300 or failure.status_code >= 500
        )
        assert failure.outcome_unknown == expected_unknown, failure
    # Invalid rows never reach the server.
    assert not [email for email in listed if not email.startswith("row")]

    by_kind = Counter(_kind(failure) for failure in failed.values())
    unknown_listed = sum(1 for f in failed.values() if _kind(f) == "unknown" and f.email in listed)
    # Three dropped before processing (not applied), three after (applied): both reported alike.
    assert by_kind["unknown"] == 6 and unknown_listed == 3, by_kind
    # Malformed JSON and empty bodies: applied, answer unreadable (OutcomeUnknownError with the 2xx
    # status). HTML and error bodies: not applied, and said so only by the error body.
    unreadable = [f for f in failed.values() if _kind(f) == "unreadable"]
    assert len(unreadable) == 2 + 2 + 2 + ERROR_BODIES, by_kind
    assert sum(1 for f in unreadable if f.email in listed) == 4
    assert any("Subscriber limit reached" in f.reason for f in unreadable)
    if status != 429:
        assert by_kind[str(status)] > 0, by_kind  # the random faults did hit
    assert by_kind["invalid"] == len(INVALID_ROWS)


def _kind(failure: RowFailure) -> str:
    if OUTCOME_UNKNOWN in failure.reason and failure.status_code is None:
        return "unknown"  # no answer
    if failure.status_code is None:
        assert not failure.outcome_unknown
        return "invalid"
    if failure.status_code < 300:
        return "unreadable"
    return str(failure.status_code)


async def _resume(client: AsyncPakat, list_uid: str, rows: list[Any], result: BulkResult) -> None:
    """What a careful caller does with the failures: rows that may exist are looked up first."""
    again = []
    for failure in result.failed:
        row = rows[failure.index]
        if row in INVALID_ROWS:
            continue
        if failure.outcome_unknown and await client.subscribers.find_by_email(list_uid, failure.email):
            continue
        again.append(row)
    second = await client.subscribers.bulk_create(list_uid, again)
    assert second.ok, second.failed


@pytest.mark.parametrize("concurrency", ["auto", 8])  # the adaptive limiter (the default), and fixed
@pytest.mark.parametrize(("status", "seed"), [(429, 1), (500, 2), (502, 3), (503, 4), (504, 5), (503, 6)])
async def test_bulk_create_under_faults(
    fresh_sandbox: Sandbox, waits: list[float], status: int, seed: int, concurrency: int | Literal["auto"]
) -> None:
    sb = fresh_sandbox
    list_uid = sb.create_list()
    rows = _rows()
    async with AsyncPakat(api_key=sb.api_key, base_url=sb.url) as client:
        _arm(sb, status, seed)
        result = await client.subscribers.bulk_create(list_uid, rows, concurrency=concurrency)
        await _check_result(sb, client, list_uid, rows, result, status)
        if status == 429:
            assert waits and set(waits) == {0.0}  # POSTs answered 429 were sent again
        await _resume(client, list_uid, rows, result)
        listed = await _listed(client, list_uid)
    assert listed == Counter(f"row{n}@example.org" for n in range(VALID))
    assert sb.processed["createSubscriber"] == VALID
