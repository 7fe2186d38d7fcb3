"""Every fault the sandbox can inject × GET, PUT, DELETE and POST, through the facade over real sockets.

For each pair the test arms the fault once (the next request gets it) or on every try, then
checks against a table written from the retry policy on docs/guide/reliability.md:

- how many requests reached the server (`sb.counters`) and how long the client chose to wait;
- what the caller gets: the call's result, or the typed error carrying the server's own words;
- what the server applied (`sb.processed`), so that no POST is ever applied twice.

Read time-outs are not here (they belong with the transport's time-out tests).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

import pakat
from pakat import AsyncPakat
from pakat.testing import Faults, Sandbox

MAX_RETRIES = 2  # the default; a fault armed on every try is met this many times plus one
IDEMPOTENT = frozenset({"GET", "PUT", "DELETE"})
ALL = frozenset({"GET", "PUT", "DELETE", "POST"})
OPERATION = {"GET": "getList", "PUT": "updateList", "DELETE": "deleteList", "POST": "createSubscriber"}
EMAIL = "matrix@example.org"
PAUSED = "Sending is paused for this account until the invoice is paid."
OFFLINE = "Service Unavailable."  # Pakat's 503 from Controller::init while the API is offline


@dataclass(frozen=True)
class Fault:
    """One misbehaviour and what the retry policy promises about it."""

    name: str
    arm: Callable[[Faults, int], None]
    retried: frozenset[str]  # methods sent again after this fault
    error: type[pakat.PakatError]  # what the caller gets when it is not sent again (or every try fails)
    words: str  # text the error must carry: the server's words where it sent any
    applies: bool  # whether the server applied the request although the client saw the fault
    post_error: type[pakat.PakatError] | None = None  # a different error for POST
    wait: tuple[float, float] | None = None  # the wait between tries, when the server dictates it
    status_code: int | None = None  # the status the APIError must report
    extra: dict[str, Any] = field(default_factory=dict)


def _fail(status: int, retry_after: Any = None) -> Callable[[Faults, int], None]:
    return lambda faults, n: faults.fail_next(n, status=status, retry_after=retry_after)


def _http_date_in(seconds: int) -> datetime:
    return datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=seconds)


FAULTS = [
    Fault(
        "429-retry-after-seconds",
        _fail(429, 1),
        ALL,
        pakat.RateLimitError,
        "Too Many Requests (injected by the sandbox).",
        applies=False,
        wait=(1.0, 1.0),
        status_code=429,
        extra={"retry_after": 1.0},
    ),
    Fault(
        "429-retry-after-http-date",
        lambda faults, n: faults.fail_next(n, status=429, retry_after=_http_date_in(30)),
        ALL,
        pakat.RateLimitError,
        "Too Many Requests (injected by the sandbox).",
        applies=False,
        wait=(25.0, 30.0),
        status_code=429,
    ),
    # A 5xx to a POST may come after the server acted (the sandbox's injected ones do not, but the
    # client cannot tell them from a proxy's): its outcome is unknown. See tests/reliability/test_post_5xx.py.
    Fault(
        "500",
        _fail(500),
        frozenset(),
        pakat.ServerError,
        "Internal Server Error (injected by the sandbox).",
        applies=False,
        post_error=pakat.OutcomeUnknownError,
        status_code=500,
    ),
    *(
        Fault(
            str(status),
            _fail(status),
            IDEMPOTENT,
            pakat.ServerError,
            f"{phrase} (injected by the sandbox).",
            applies=False,
            post_error=pakat.OutcomeUnknownError,
            status_code=status,
        )
        for status, phrase in [(502, "Bad Gateway"), (503, "Service Unavailable"), (504, "Gateway Timeout")]
    ),
    Fault(
        "503-pakat-offline",  # Pakat's own answer while its API is offline: nothing was done
        lambda faults, n: faults.error_body(n, error=OFFLINE, status=503),
        ALL,
        pakat.ServerError,
        OFFLINE,
        applies=False,
        status_code=503,
    ),
    Fault(
        "drop-before-processing",
        lambda faults, n: faults.drop_connection(n, when="before"),
        IDEMPOTENT,
        pakat.APIConnectionError,
        "Server disconnected without sending a response.",
        applies=False,
        post_error=pakat.OutcomeUnknownError,
    ),
    Fault(
        "drop-after-processing",
        lambda faults, n: faults.drop_connection(n, when="after"),
        IDEMPOTENT,
        pakat.APIConnectionError,
        "Server disconnected without sending a response.",
        applies=True,
        post_error=pakat.OutcomeUnknownError,
    ),
    Fault(
        "malformed-json",
        lambda faults, n: faults.malformed_json(n),
        frozenset(),
        pakat.APIResponseValidationError,
        '{"status":',  # the start of what the server sent
        applies=True,
        post_error=pakat.OutcomeUnknownError,  # a 2xx: the server may have acted
    ),
    Fault(
        "html-page-200",
        lambda faults, n: faults.html_page(n, status=200),
        frozenset(),
        pakat.APIResponseValidationError,
        "pakat sandbox: injected HTML page.",
        applies=False,
        post_error=pakat.OutcomeUnknownError,  # a 2xx: the server may have acted
        status_code=200,
    ),
    Fault(
        "empty-body",
        lambda faults, n: faults.empty_body(n),
        frozenset(),
        pakat.APIResponseValidationError,
        "an empty body",
        applies=True,
        post_error=pakat.OutcomeUnknownError,  # a 2xx: the server may have acted
    ),
    Fault(
        "status-error-with-200",
        lambda faults, n: faults.error_body(n, error=PAUSED),
        frozenset(),
        pakat.APIError,
        PAUSED,
        applies=False,
        status_code=200,
    ),
]


async def _call(client: AsyncPakat, method: str, list_uid: str) -> Any:
    if method == "GET":
        return await client.lists.get(list_uid)
    if method == "PUT":
        return await client.lists.update(list_uid, name="Renamed")
    if method == "DELETE":
        return await client.lists.delete(list_uid)
    return await client.subscribers.create(list_uid, EMAIL, fields={"FNAME": "Matrix"})


@pytest.fixture
async def client(sb: Sandbox) -> AsyncIterator[AsyncPakat]:
    async with AsyncPakat(api_key=sb.api_key, base_url=sb.url) as client:
        yield client


def _expected_applied(fault: Fault, method: str, faulted: int, tries: int) -> int:
    """How many tries the server applied: faulted ones only if the fault lets it; a DELETE only once."""
    applied, exists = 0, True
    for attempt in range(tries):
        applies = fault.applies if attempt < faulted else True
        if method == "DELETE":
            applies = applies and exists
            exists = exists and not applies
        applied += applies
    return applied


async def _check_state(sb: Sandbox, client: AsyncPakat, method: str, list_uid: str, succeeded: bool) -> None:
    """What the sandbox holds afterwards, read through the facade with every knob off."""
    sb.faults.clear()
    if method == "DELETE":
        if succeeded:
            with pytest.raises(pakat.NotFoundError):
                await client.lists.get(list_uid)
        return
    if method == "PUT" and succeeded:
        assert (await client.lists.get(list_uid)).general.name == "Renamed"
    if method == "POST":
        emails = [s.email async for s in client.subscribers.iter(list_uid)]
        assert emails.count(EMAIL) == sb.processed["createSubscriber"] <= 1


def _cases(persistent: bool) -> list[Any]:
    cases = []
    for fault in FAULTS:
        for method in sorted(ALL):
            if persistent and method not in fault.retried:
                continue  # armed once or on every try, a fault that is not repeated is met once
            cases.append(pytest.param(fault, method, id=f"{fault.name}-{method}"))
    return cases


def _check_error(fault: Fault, method: str, exc: pakat.PakatError) -> None:
    expected = fault.post_error if method == "POST" and fault.post_error else fault.error
    assert type(exc) is expected, f"{type(exc).__name__}: {exc}"
    assert fault.words in str(exc)
    if isinstance(exc, pakat.APIError):
        assert fault.words in exc.message
    if isinstance(exc, pakat.APIError | pakat.OutcomeUnknownError) and fault.status_code is not None:
        assert exc.status_code == fault.status_code
    if isinstance(exc, pakat.OutcomeUnknownError):
        assert "outcome is unknown" in str(exc)
    for name, value in fault.extra.items():
        assert getattr(exc, name) == value


@pytest.mark.parametrize(("fault", "method"), _cases(persistent=False))
async def test_a_fault_met_once(
    sb: Sandbox, client: AsyncPakat, waits: list[float], fault: Fault, method: str
) -> None:
    """Repeatable: one more try succeeds. Not repeatable: the caller gets the typed error at once."""
    list_uid = sb.create_list()
    fault.arm(sb.faults, 1)
    operation = OPERATION[method]
    retried = method in fault.retried
    if retried:
        result = await _call(client, method, list_uid)
        if method == "GET":
            assert result.general.list_uid == list_uid
        elif method == "POST":
            assert result.email == EMAIL and result.subscriber_uid
        else:
            assert result is None
    else:
        with pytest.raises(pakat.PakatError) as caught:
            await _call(client, method, list_uid)
        _check_error(fault, method, caught.value)
    tries = 2 if retried else 1
    assert sb.counters[operation] == tries
    assert len(waits) == tries - 1
    if fault.wait is not None and waits:
        assert fault.wait[0] <= waits[0] <= fault.wait[1]
    assert sb.processed[operation] == _expected_applied(fault, method, 1, tries)
    if method == "POST":
        assert sb.processed[operation] <= 1
    await _check_state(sb, client, method, list_uid, succeeded=retried)


@pytest.mark.parametrize(("fault", "method"), _cases(persistent=True))
async def test_a_fault_met_on_every_try(
    sb: Sandbox, client: AsyncPakat, waits: list[float], fault: Fault, method: str
) -> None:
    """A repeatable fault that persists is tried 1 + max_retries times, then surfaces typed."""
    list_uid = sb.create_list()
    tries = MAX_RETRIES + 1
    fault.arm(sb.faults, tries)
    operation = OPERATION[method]
    with pytest.raises(pakat.PakatError) as caught:
        await _call(client, method, list_uid)
    _check_error(fault, method, caught.value)
    assert sb.counters[operation] == tries
    assert len(waits) == tries - 1
    if fault.wait is not None:
        assert all(fault.wait[0] <= wait <= fault.wait[1] for wait in waits)
    assert sb.processed[operation] == _expected_applied(fault, method, tries, tries)
    if method == "POST":
        assert sb.processed[operation] == 0  # what repeats a POST (429, offline 503) applied nothing
    await _check_state(sb, client, method, list_uid, succeeded=method == "DELETE" and fault.applies)


def test_the_matrix_covers_every_fault_and_method() -> None:
    names = {fault.name for fault in FAULTS}
    assert len(names) == 13
    assert {"500", "502", "503", "504", "503-pakat-offline", "empty-body", "status-error-with-200"} <= names
    assert len(_cases(persistent=False)) == 13 * 4
