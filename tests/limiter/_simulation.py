"""A simulated server and clients, in simulated time, for the adaptive limiter's algorithm.

The server holds a CPU (one queue, a fixed service time per request), a network latency, and
optionally a token-bucket rate limit answering 429 with `Retry-After` in whole seconds (at least
1), as `Sandbox.faults.rate_limit` does. A client runs one `Window` under a `Pacer` (shared with
other clients of the same process when given) over a number of rows, repeating a 429 after its
`Retry-After` up to `max_retries` times as pakat's transport does, outside the limiter, and
parking the request meanwhile as pakat._adaptive does. Events run in time order; nothing sleeps.
"""

from __future__ import annotations

import heapq
import itertools
import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field

from pakat._limiter import Answer, Pacer, Window


class Clock:
    """Simulated time and the events due in it."""

    def __init__(self) -> None:
        self.now = 0.0
        self._queue: list[tuple[float, int, Callable[[], None]]] = []
        self._order = itertools.count()

    def at(self, when: float, event: Callable[[], None]) -> None:
        heapq.heappush(self._queue, (when, next(self._order), event))

    def run(self, until: float) -> None:
        while self._queue and self._queue[0][0] <= until:
            when, _, event = heapq.heappop(self._queue)
            self.now = when
            event()
        self.now = until


@dataclass
class Server:
    """Serves each request after waiting for its CPU, then `latency`; answers 429 beyond `rate`."""

    clock: Clock
    latency: float = 0.02
    service: float = 0.0015
    rate: float | None = None
    jitter: float = 0.1
    seed: int = 1
    log: list[tuple[float, int, str]] = field(default_factory=list)  # (when answered, status, client)

    def __post_init__(self) -> None:
        self._random = random.Random(self.seed)
        self._busy_until = 0.0
        self.limit(self.rate)

    def limit(self, rate: float | None) -> None:
        """A new rate limit (None: none), with a full bucket of one second's requests."""
        self.rate = rate
        self._size = float(max(1, math.ceil(rate))) if rate else 0.0
        self._tokens = self._size
        self._stamp = self.clock.now

    def receive(self, client: str) -> tuple[float, int, float | None]:
        """When the answer comes, its status, and its Retry-After."""
        now = self.clock.now
        status, retry_after = 201, None
        if self.rate:
            self._tokens = min(self._size, self._tokens + (now - self._stamp) * self.rate)
            self._stamp = now
            if self._tokens >= 1:
                self._tokens -= 1
            else:
                status, retry_after = 429, float(max(1, math.ceil((1 - self._tokens) / self.rate)))
        start = max(now, self._busy_until)
        self._busy_until = start + self.service * (1 + self._random.random() * self.jitter)
        answered = self._busy_until + self.latency * (1 + self._random.random() * self.jitter)
        self.log.append((answered, status, client))
        return answered, status, retry_after

    def served(self, start: float, end: float, client: str | None = None) -> float:
        """Requests per second served (not throttled) between `start` and `end`."""
        count = sum(
            1
            for when, status, who in self.log
            if status != 429 and start <= when < end and client in (None, who)
        )
        return count / (end - start)


class Client:
    """One run of `rows` requests, adaptive (or `fixed` in flight), started at `start`."""

    def __init__(
        self,
        clock: Clock,
        server: Server,
        rows: int,
        *,
        name: str = "client",
        fixed: int | None = None,
        pacer: Pacer | None = None,
        ceiling: int = 64,
        max_retries: int = 2,
        start: float = 0.0,
    ) -> None:
        self.clock, self.server, self.rows, self.name = clock, server, rows, name
        self.fixed = fixed
        self.pacer = pacer if pacer is not None else Pacer()
        self.window = Window(ceiling)
        self.max_retries = max_retries
        self.in_flight = 0
        self.attempts = 0
        self.rate_limited = 0
        self.created = 0
        self.failed = 0
        self.finished: float | None = None
        self._wake_at: float | None = None
        clock.at(start, self._start_more)

    def _start_more(self) -> None:
        now = self.clock.now
        while self.rows:
            if self.fixed is not None:
                if self.in_flight >= self.fixed:
                    return
            else:
                if self.window.full():
                    return
                wait = self.pacer.wait(now)
                if wait > 0:
                    if self._wake_at is None or self._wake_at <= now or self._wake_at > now + wait:
                        self._wake_at = now + wait
                        self.clock.at(now + wait, self._start_more)
                    return
                self.window.acquire(now)
            self.rows -= 1
            self.in_flight += 1
            self._attempt(0)

    def _attempt(self, number: int) -> None:
        now = self.clock.now
        if number and self.fixed is None:
            self.window.acquire(now)  # the parked repeat is sent
        answered, status, retry_after = self.server.receive(self.name)
        self.attempts += 1
        self.clock.at(answered, lambda: self._answer(number, now, status, retry_after))

    def _answer(self, number: int, sent: float, status: int, retry_after: float | None) -> None:
        now = self.clock.now
        if status == 429:
            self.rate_limited += 1
        if self.fixed is None:
            answer = Answer(sent, now, status, retry_after, repeat=number > 0)
            self.pacer.record(answer)
            self.window.record(answer)
            self.window.release(now)  # ended, or parked until its repeat is sent
        if status == 429 and number < self.max_retries:
            self.clock.at(now + (retry_after or 0.0), lambda: self._attempt(number + 1))
        else:
            self.in_flight -= 1
            if status == 429:
                self.failed += 1
            else:
                self.created += 1
            if not self.rows and not self.in_flight:
                self.finished = now
        self._start_more()

    @property
    def throttled_share(self) -> float:
        return self.rate_limited / self.attempts if self.attempts else 0.0
