"""Retries, backoff and request logging: the policy of the httpx transports wrapped around the
connection pool (`AsyncRetryTransport` in pakat/_async/transport.py, and `RetryTransport`
generated from it).

The retry policy lives here and nowhere else:

- GET, PUT and DELETE are repeated after a connection error or timeout, and after HTTP 429, 502,
  503 and 504.
- POST is repeated only when the request provably never reached the server, or reached it and
  provably changed nothing: the connection could not be opened (or no pooled connection was
  free), the server answered 429, which Pakat sends before doing anything, the 409 that says
  another write of the same address held its lock, or the 503 it sends while its API is offline
  (see `changed_nothing`). A POST whose answer was lost, or that got any other 5xx, is never
  repeated.
- A repeated DELETE that finds the object gone (404) succeeded on an earlier attempt whose answer
  was lost, and is reported as done.
- Waits grow exponentially with full jitter, and follow the server's `Retry-After` (seconds or an
  HTTP date) when it gives one. A `Retry-After` longer than `RetryPolicy.max_wait` is not waited
  for: the 429 goes back to the caller as `RateLimitError`.

Each attempt, from sending to the last byte of the answer, runs under the policy's
`attempt_timeout` (see pakat._deadline), and its body is read by the transport within
`max_response_bytes` (pakat._body). An answer too large is never repeated: the same request would get it again.
"""

from __future__ import annotations

import contextvars
import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

import attrs
import httpx

from pakat import _server_messages as said

logger = logging.getLogger("pakat")

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_STATUSES = frozenset({429, 502, 503, 504})
# Errors raised before a single byte of the request left this machine.
NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# How long after the deadline asyncio's own timeout ends an async attempt, for transports whose
# sockets pakat cannot reach; later than the deadline on reachable sockets, whose errors say more
# (whether the request was sent at all). See pakat/_async/transport.py.
BACKSTOP_GRACE = 0.1


# When the current attempt must end (time.monotonic()); read by the pool's sockets (pakat._deadline).
current_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "pakat_deadline", default=None
)


@contextmanager
def deadline(seconds: float | None) -> Iterator[float | None]:
    """Within this block, socket operations of pakat's pools stop `seconds` from now (yielded, or None)."""
    ends = None if seconds is None else time.monotonic() + seconds
    token = current_deadline.set(ends)
    try:
        yield ends
    finally:
        current_deadline.reset(token)


# The transports' waits between attempts (tests replace these).
def _sleep(seconds: float) -> None:
    time.sleep(seconds)


async def _asleep(seconds: float) -> None:
    import asyncio  # kept off the import path of `import pakat`

    await asyncio.sleep(seconds)


@attrs.frozen
class RetryPolicy:
    """How often and how patiently to repeat a call that is safe to repeat."""

    max_retries: int = 2
    # The longest one attempt may take, start to last byte; None leaves only httpx's per-operation limits.
    attempt_timeout: float | None = None
    backoff_base: float = 0.5
    backoff_max: float = 8.0
    max_wait: float = 60.0

    def __attrs_post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be 0 or more")


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a `Retry-After` header: delta-seconds or an HTTP date; None if absent or bad."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    import email.utils

    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def may_retry_error(method: str, error: Exception) -> bool:
    """Whether a request that failed with this transport error may be sent again."""
    if isinstance(error, NOT_SENT_ERRORS):
        return True
    return method in IDEMPOTENT_METHODS and isinstance(error, httpx.TransportError)


def changed_nothing(response: httpx.Response) -> bool:
    """Whether the (read) answer proves the server did nothing: a 429, the 409 of a busy lock, or
    the 503 Pakat's server sends while its API is switched offline.

    That 503 ("Service Unavailable.") comes from `Controller::init`, before the access filter and
    the action run, and is the only 5xx Pakat's API sends itself. Any other 5xx may come after the
    request was carried out (an uncaught error after a write; a proxy that timed out, or lost its
    upstream, after forwarding), so it proves nothing, and a POST answered with it is not repeated.
    """
    if response.status_code == 429:
        return True
    if response.status_code not in (409, 503):
        return False
    from pakat._exceptions import parse_json

    try:
        body = parse_json(response.content)
    except ValueError:
        return False
    said_it = said.LOCK_BUSY if response.status_code == 409 else said.OFFLINE
    return isinstance(body, dict) and body.get("status") == "error" and body.get("error") == said_it


def may_retry_response(method: str, response: httpx.Response) -> bool:
    """Whether a request answered with this (read) response may be sent again."""
    if changed_nothing(response):
        return True
    return method in IDEMPOTENT_METHODS and response.status_code in RETRY_STATUSES


@attrs.define
class Attempts:
    """The retry decisions for one request, made for the transport's loop."""

    request: httpx.Request
    policy: RetryPolicy
    jitter: Callable[[], float]
    attempt: int = 0
    started: float = attrs.field(factory=time.perf_counter)

    def _backoff(self) -> float:
        ceiling = min(self.policy.backoff_max, self.policy.backoff_base * 2.0**self.attempt)
        return float(ceiling * self.jitter())

    def _next(self, delay: float, reason: str) -> float:
        self.attempt += 1
        logger.info(
            "retrying %s %s after %s (retry %d of %d) in %.2fs",
            self.request.method,
            self.request.url.path,
            reason,
            self.attempt,
            self.policy.max_retries,
            delay,
        )
        return delay

    def after_error(self, error: Exception) -> float | None:
        """The wait before sending again, or None to let the error through."""
        if self.attempt >= self.policy.max_retries or not may_retry_error(self.request.method, error):
            return None
        return self._next(self._backoff(), type(error).__name__)

    def after_response(self, response: httpx.Response) -> float | None:
        """The wait before sending again, or None to hand this response to the caller."""
        status = response.status_code
        if self.attempt >= self.policy.max_retries or not may_retry_response(self.request.method, response):
            return None
        retry_after = parse_retry_after(response.headers.get("retry-after"))
        if retry_after is not None and retry_after > self.policy.max_wait:
            return None
        delay = retry_after if retry_after is not None else self._backoff()
        return self._next(delay, f"HTTP {status}")

    def settle(self, response: httpx.Response) -> httpx.Response:
        """A repeated DELETE answered 404: an earlier attempt deleted it, and only its answer was lost."""
        if self.attempt and self.request.method == "DELETE" and response.status_code == 404:
            logger.info(
                "%s %s -> 404 on retry: the earlier attempt deleted it",
                self.request.method,
                self.request.url.path,
            )
            # The body was already read (and the stream closed) under the attempt's deadline.
            return httpx.Response(200, json={"status": "success"}, request=self.request)
        return response

    def done(self, response: httpx.Response) -> httpx.Response:
        logger.debug(
            "%s %s -> %d in %.1f ms",
            self.request.method,
            self.request.url.path,
            response.status_code,
            (time.perf_counter() - self.started) * 1000,
        )
        return response
