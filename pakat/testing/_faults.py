"""Fault injection: the knobs a test turns to make the sandbox misbehave like a real network."""

from __future__ import annotations

import math
import random
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from typing import Literal

__all__ = ["Fault", "FaultKind", "Faults"]

FaultKind = Literal[
    "fail", "drop_before", "drop_after", "malformed_json", "html_page", "empty_body", "error_body"
]


@dataclass(frozen=True)
class Fault:
    """One injected misbehaviour, as the server carries it out.

    ``fail``: answer ``status`` with a Pakat error body (and ``Retry-After`` when set) without
    processing the request. ``drop_before`` / ``drop_after``: close the connection without an
    answer, before processing the request / after processing it (its state change is kept).
    ``malformed_json``: process the request, then answer its real status with a truncated JSON
    body. ``html_page``: answer an HTML page with ``status`` without processing the request, as a
    proxy or captive portal in front of the API would. ``empty_body``: process the request, then
    answer its real status with an empty body. ``error_body``: answer ``status`` (200 by default)
    with the Pakat error envelope ``{"status": "error", "error": error}`` without processing.
    """

    kind: FaultKind
    status: int = 503
    retry_after: str | None = None
    error: str | None = None


@dataclass
class _Armed:
    # One entry per knob call, so that fail_next(10_000) costs one entry, not ten thousand.
    fault: Fault
    remaining: int


@dataclass
class _Bucket:
    """A token bucket: `rate` tokens a second, at most `size`; a request takes one."""

    rate: float
    size: float
    tokens: float
    at: float

    def take(self, now: float) -> float | None:
        """Take a token: None when there was one, else the seconds until there will be."""
        self.tokens = min(self.size, self.tokens + (now - self.at) * self.rate)
        self.at = now
        if self.tokens >= 1:
            self.tokens -= 1
            return None
        return (1 - self.tokens) / self.rate


def _drop(when: str) -> Fault:
    if when not in ("before", "after"):
        raise ValueError('when must be "before" or "after"')
    return Fault("drop_before" if when == "before" else "drop_after")


def _retry_after_header(value: float | str | datetime | None) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, datetime):
        return format_datetime(value, usegmt=True)
    if isinstance(value, bool) or value < 0 or math.isnan(value):
        raise ValueError(f"retry_after must be a non-negative number of seconds, got {value!r}")
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


class Faults:
    """Thread-safe fault knobs of one sandbox (reach them as ``Sandbox.faults``).

    One-shot faults (:meth:`fail_next`, :meth:`drop_connection`, :meth:`malformed_json`,
    :meth:`html_page`, :meth:`empty_body`, :meth:`error_body`) queue up in the order they are
    armed and each hits the next requests the sandbox receives, whatever their operation,
    authenticated or not. While that queue is empty, in this order: :meth:`rate_limit` answers a
    request over the rate with 429, :meth:`drop_fraction` drops a share of the connections and
    :meth:`fail_fraction` fails a share of the requests. :meth:`latency` delays every request,
    faulted or not.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._lock = threading.Lock()
        self._clock = clock
        self._latency = 0.0
        self._queue: deque[_Armed] = deque()
        self._fraction: tuple[float, Fault, random.Random] | None = None
        self._drops: tuple[float, Fault, random.Random] | None = None
        self._bucket: _Bucket | None = None

    def latency(self, seconds: float) -> None:
        """Delay every following request by ``seconds`` before it is handled (0 turns it off)."""
        if seconds < 0:
            raise ValueError("latency must be >= 0")
        with self._lock:
            self._latency = float(seconds)

    def fail_next(
        self, n: int = 1, status: int = 503, retry_after: float | str | datetime | None = None
    ) -> None:
        """Answer the next ``n`` requests with ``status`` and an error body, without processing them.

        ``retry_after`` adds a ``Retry-After`` header: a number of seconds (non-integers are sent
        as decimals, which real servers never do), a ``datetime`` (sent as an HTTP date), or a
        string sent verbatim.
        """
        self._arm(n, Fault("fail", status, _retry_after_header(retry_after)))

    def fail_fraction(
        self,
        p: float,
        status: int = 503,
        seed: int | None = None,
        retry_after: float | str | datetime | None = None,
    ) -> None:
        """From now on fail each request with probability ``p`` (as :meth:`fail_next` would).

        ``seed`` makes the sequence of failures repeatable; ``p=0`` turns the knob off.
        """
        if not 0.0 <= p <= 1.0:
            raise ValueError("p must be between 0 and 1")
        fault = Fault("fail", status, _retry_after_header(retry_after))
        with self._lock:
            self._fraction = None if p == 0 else (p, fault, random.Random(seed))

    def drop_fraction(
        self, p: float, when: Literal["before", "after"] = "before", seed: int | None = None
    ) -> None:
        """From now on close the connection of each request with probability ``p``, without an
        answer (``when`` as for :meth:`drop_connection`); ``seed`` makes it repeatable, ``p=0``
        turns it off."""
        if not 0.0 <= p <= 1.0:
            raise ValueError("p must be between 0 and 1")
        fault = _drop(when)
        with self._lock:
            self._drops = None if p == 0 else (p, fault, random.Random(seed))

    def rate_limit(self, per_second: float, burst: int | None = None) -> None:
        """From now on answer requests beyond ``per_second`` (all clients together) with 429 and
        ``Retry-After``: whole seconds until the next request would be let through, at least 1,
        as servers send it. ``burst`` requests may come at once (default: one second's worth);
        a refused request uses up nothing. ``per_second=0`` turns it off."""
        if per_second < 0 or math.isnan(per_second):
            raise ValueError("per_second must be >= 0")
        if burst is not None and burst < 1:
            raise ValueError("burst must be >= 1")
        with self._lock:
            if per_second == 0:
                self._bucket = None
            else:
                size = float(burst if burst is not None else max(1, math.ceil(per_second)))
                self._bucket = _Bucket(per_second, size, size, self._clock())

    def drop_connection(self, n: int = 1, when: Literal["before", "after"] = "before") -> None:
        """Close the connection of the next ``n`` requests without answering.

        ``when="before"``: the request is not processed. ``when="after"``: it is processed first,
        so its state change (a created subscriber, say) is kept although the client saw no answer.
        """
        self._arm(n, _drop(when))

    def malformed_json(self, n: int = 1) -> None:
        """Process the next ``n`` requests but cut their JSON answers short (invalid JSON)."""
        self._arm(n, Fault("malformed_json"))

    def html_page(self, n: int = 1, status: int = 200) -> None:
        """Answer the next ``n`` requests with an HTML page and ``status``, without processing them."""
        self._arm(n, Fault("html_page", status))

    def empty_body(self, n: int = 1) -> None:
        """Process the next ``n`` requests but answer their real status with an empty body."""
        self._arm(n, Fault("empty_body"))

    def error_body(
        self, n: int = 1, error: str = "The request failed (injected by the sandbox).", status: int = 200
    ) -> None:
        """Answer the next ``n`` requests with ``status`` (200 by default) and the body
        ``{"status": "error", "error": error}``, without processing them, as Pakat does for some
        refusals."""
        self._arm(n, Fault("error_body", status, error=error))

    def clear(self) -> None:
        """Disarm every knob: no queued faults, no failure or drop fraction, no rate limit, no latency."""
        with self._lock:
            self._queue.clear()
            self._fraction = None
            self._drops = None
            self._bucket = None
            self._latency = 0.0

    @property
    def pending(self) -> int:
        """How many queued one-shot faults have not hit a request yet."""
        with self._lock:
            return sum(armed.remaining for armed in self._queue)

    def _arm(self, n: int, fault: Fault) -> None:
        if n < 0:
            raise ValueError("n must be >= 0")
        if n:
            with self._lock:
                self._queue.append(_Armed(fault, n))

    def next_request(self) -> tuple[float, Fault | None]:
        """Consume the fault, if any, for the request that just arrived (used by the server)."""
        with self._lock:
            if self._queue:
                armed = self._queue[0]
                armed.remaining -= 1
                if armed.remaining == 0:
                    self._queue.popleft()
                return self._latency, armed.fault
            if self._bucket is not None:
                wait = self._bucket.take(self._clock())
                if wait is not None:
                    return self._latency, Fault("fail", 429, str(max(1, math.ceil(wait))))
            if self._drops is not None:
                p, fault, rng = self._drops
                if rng.random() < p:
                    return self._latency, fault
            if self._fraction is not None:
                p, fault, rng = self._fraction
                if rng.random() < p:
                    return self._latency, fault
            return self._latency, None
