"""The adaptive limiter of `pakat._limiter` put to work on real requests, sync and async.

- `Gate`: one per client (its `with_options` views share it): the `Pacer` every run of the
  client obeys, the lock around the limiter's state, and the client's counters.
- `Run` / `AsyncRun`: one per call that sends many requests (`bulk_create`, a prefetching
  iteration): its own `Window` (or a fixed concurrency), its counters, and the waiting. `map`
  starts one item at a time, each once the run may start a request, on a pool of threads (sync)
  or as tasks (async); `slot()` is the same for code that already has its own threads or tasks.
- The observing transport (`AsyncObservedTransport` in pakat._async.transport, generated for
  the sync client) sits between the retry transport and the connection pool and reports every
  attempt (its time, status and rate-limit headers) to the run whose call sent it, found through
  `current_ticket()`, a context variable. Outside a run it only passes requests on.

`Run` and `AsyncRun` are written twice, by hand, like the pairs in pakat._concurrency: they
differ by more than the waiting (worker threads that take the next item and wake each other with
events; tasks started one by one).

An attempt answered with a 429, a busy lock (409), a 5xx or no answer at all is "parked" until
the retry transport sends it again (or gives up): it does not count against the window, so that
requests waiting out a `Retry-After` do not keep others from starting. The repeat counts again
when it is sent.

Nothing here decides what is sent again: that stays with pakat._transport.
"""

from __future__ import annotations

import contextvars
import math
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from datetime import UTC, datetime
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from pakat._limiter import Answer, Pacer, Window, parse_rate_limit_reset
from pakat._transport import parse_retry_after

if TYPE_CHECKING:
    import asyncio
    from concurrent.futures import Future

__all__ = ["AsyncRun", "Gate", "Run", "current_ticket", "observed", "run_width"]

T = TypeVar("T")
U = TypeVar("U")
Clock = Callable[[], float]


def run_width(concurrency: object, max_concurrency: object) -> tuple[int, bool]:
    """The most requests a run may have in flight, and whether the limiter chooses within it:
    `concurrency` is "auto" (adaptive, up to `max_concurrency`) or a fixed whole number."""
    for name, value in (("concurrency", concurrency), ("max_concurrency", max_concurrency)):
        if name == "concurrency" and value == "auto":
            continue
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            also = ', or "auto"' if name == "concurrency" else ""
            raise ValueError(f"{name} must be a whole number, 1 or more{also}, got {value!r}")
    if concurrency == "auto":
        return int(max_concurrency), True  # type: ignore[call-overload]
    return int(concurrency), False  # type: ignore[call-overload]


class Gate:
    """What the runs of one client share: the pacer, the lock, and the counters."""

    def __init__(self, clock: Clock = time.monotonic) -> None:
        self.lock = threading.Lock()
        self.clock = clock
        self.pacer = Pacer()
        self.concurrency: int | None = None  # the latest run's limit on requests in flight
        self.requests = 0  # sent by the client's runs, repeats included
        self.rate_limited = 0  # of which answered 429


class _Ticket:
    """One call inside a run, as its attempts are observed."""

    __slots__ = ("attempts", "parked", "run")

    def __init__(self, run: _Runs) -> None:
        self.run = run
        self.attempts = 0
        self.parked = False


_current: contextvars.ContextVar[_Ticket | None] = contextvars.ContextVar("pakat_run", default=None)


def current_ticket() -> _Ticket | None:
    """The call of a run this request belongs to (None outside a run): the observing transport
    (pakat._async.transport) reports its attempts to that run."""
    return _current.get()


def _number(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        number = float(value.strip())
    except ValueError:
        return None
    return number if math.isfinite(number) and number >= 0 else None


def observed(sent: float, received: float, response: httpx.Response | None, repeat: bool) -> Answer:
    """One attempt as the limiter sees it: its times, and the status and rate-limit headers of its
    answer (`response` None: it got none)."""
    if response is None:
        return Answer(sent, received, None, repeat=repeat)
    headers = response.headers
    remaining = _number(headers.get("x-ratelimit-remaining"))
    reset_header = headers.get("x-ratelimit-reset")
    reset = (
        None if reset_header is None else parse_rate_limit_reset(reset_header, datetime.now(UTC).timestamp())
    )
    return Answer(
        sent,
        received,
        response.status_code,
        retry_after=parse_retry_after(headers.get("retry-after")),
        remaining=None if remaining is None else int(remaining),
        reset=reset,
        repeat=repeat,
    )


class _Runs:
    """The bookkeeping `Run` and `AsyncRun` share; they differ only in how they wait."""

    def __init__(self, gate: Gate, width: int, *, adaptive: bool) -> None:
        self.gate = gate
        self.width = width
        self.window = Window(width) if adaptive else None
        self.in_flight = 0
        self.requests = 0
        self.rate_limited = 0
        # Who waits for room, in order: threading.Events (Run) or asyncio.Events (AsyncRun).
        self._waiters: deque[Any] = deque()

    @property
    def concurrency(self) -> int:
        """Requests this run may have in flight now: the window's limit, or the fixed width."""
        return self.window.concurrency if self.window is not None else self.width

    # Called with gate.lock held -----------------------------------------------------------

    def _admit(self, now: float) -> float | None:
        """Count one more request in flight and return None, or the seconds to wait first
        (math.inf: until a request of this run ends)."""
        if self.in_flight >= self.width:
            return math.inf
        window = self.window
        if window is not None:
            if window.full():
                return math.inf
            wait = self.gate.pacer.wait(now)
            if wait > 0:
                return wait
            window.acquire(now)
        self.in_flight += 1
        return None

    def _leave(self, ticket: _Ticket) -> None:
        self.in_flight -= 1
        if self.window is not None and not ticket.parked:
            self.window.release(self.gate.clock())
        ticket.parked = False

    # Called by the observing transport ----------------------------------------------------

    def attempt(self, ticket: _Ticket) -> bool:
        """An attempt of `ticket`'s call starts; whether it repeats an earlier one."""
        repeat = ticket.attempts > 0
        ticket.attempts += 1
        if ticket.parked:
            with self.gate.lock:
                ticket.parked = False
                if self.window is not None:
                    self.window.acquire(self.gate.clock())
        return repeat

    def observe(self, ticket: _Ticket, answer: Answer) -> None:
        """Count one answer, teach the limiter, and park the call if it will wait to repeat."""
        gate = self.gate
        with gate.lock:
            throttled = int(answer.status == 429)
            self.requests += 1
            self.rate_limited += throttled
            gate.requests += 1
            gate.rate_limited += throttled
            window = self.window
            if window is None:
                gate.concurrency = self.width
                return
            before = window.concurrency
            gate.pacer.record(answer)
            window.record(answer)
            if answer.status is None or answer.status in (409, 429) or answer.status >= 500:
                ticket.parked = True
                window.release(answer.received)
            gate.concurrency = window.concurrency
            if window.concurrency > before or ticket.parked:
                self._wake()

    def _wake(self) -> None:
        """Wake the first waiter: it checks whether it may start (and wakes the next if so)."""
        if self._waiters:
            self._waiters[0].set()

    def _exit(self, ticket: _Ticket) -> None:
        with self.gate.lock:
            self._leave(ticket)
            self._wake()

    def _next(self, waiter: Any) -> tuple[_Ticket | None, float | None]:
        """For a waiter, with gate.lock held: a ticket when it is first in line and may start now
        (it leaves the line and wakes the next); else none, and how long to wait before looking
        again (None: until woken)."""
        timeout = None
        if self._waiters[0] is waiter:
            delay = self._admit(self.gate.clock())
            if delay is None:
                self._waiters.popleft()
                self._wake()
                return _Ticket(self), None
            timeout = None if math.isinf(delay) else delay
        waiter.clear()
        return None, timeout


class Run(_Runs):
    """A run of requests for the sync client (threads)."""

    def __init__(self, gate: Gate, width: int, *, adaptive: bool) -> None:
        super().__init__(gate, width, adaptive=adaptive)
        self._waiters: deque[threading.Event] = deque()
        self._halted = False

    def _halt(self) -> None:
        """Start nothing more: every thread waiting for room gives up."""
        with self.gate.lock:
            self._halted = True
            for waiter in self._waiters:
                waiter.set()

    def _enter(self, ended: _Ticket | None = None) -> _Ticket | None:
        """Wait until this run may start a request, in order with the run's other waiters; None
        once the run is halted. A thread that has just `ended` a request goes first: when it may
        start another at once, the slot passes on without waking (and switching to) another."""
        gate = self.gate
        waiter = threading.Event()
        with gate.lock:
            if ended is not None:
                self._leave(ended)
            if self._halted:
                self._wake()
                return None
            if (ended is not None or not self._waiters) and self._admit(gate.clock()) is None:
                return _Ticket(self)
            self._wake()
            self._waiters.append(waiter)
        try:
            while True:
                with gate.lock:
                    if self._halted:
                        self._waiters.remove(waiter)
                        self._wake()
                        return None
                    ticket, timeout = self._next(waiter)
                    if ticket is not None:
                        return ticket
                waiter.wait(timeout)
        except BaseException:
            with gate.lock:
                self._waiters.remove(waiter)
                self._wake()
            raise

    @contextmanager
    def slot(self) -> Iterator[None]:
        """Wait for room, then run the block as one request of this run."""
        ticket = self._enter()
        assert ticket is not None  # only map halts a run
        token = _current.set(ticket)
        try:
            yield
        finally:
            _current.reset(token)
            self._exit(ticket)

    def _call(self, function: Callable[[T], U], item: T, ticket: _Ticket) -> U:
        token = _current.set(ticket)
        try:
            return function(item)
        finally:
            _current.reset(token)

    def map(
        self, function: Callable[[T], U], items: Sequence[T], stop: Callable[[], bool] | None = None
    ) -> list[U]:
        """`function` over `items`, each started once the run may start a request; the results
        of those started, in the order of `items`. No item starts once `stop()` is true or a call
        raised (the first exception, in the order of `items`, is raised after the calls in flight
        end); on KeyboardInterrupt the calls in flight end too.

        The calls run on worker threads that each take the next item as soon as the run lets
        them (never in the calling thread, which a KeyboardInterrupt could interrupt mid-request),
        started as the run allows more in flight: about one more than it has. With a width of 1
        they run in the calling thread instead."""
        if self.width == 1:
            results = []
            for item in items:
                if stop is not None and stop():
                    break
                ticket = self._enter()
                assert ticket is not None
                try:
                    results.append(self._call(function, item, ticket))
                finally:
                    self._exit(ticket)
            return results
        from concurrent.futures import ThreadPoolExecutor, wait  # off the import path of `import pakat`

        gate = self.gate
        done: dict[int, U] = {}
        errors: list[tuple[int, BaseException]] = []
        positions = iter(range(len(items)))
        workers: list[Future[None]] = []

        def work() -> None:
            ticket = self._enter()
            while ticket is not None:
                with gate.lock:
                    halted = self._halted or (stop is not None and stop())
                    position = None if halted else next(positions, None)
                    more = position is not None and not self._waiters and len(workers) < self.width
                    if more:
                        workers.append(pool.submit(work))
                if position is None:
                    if halted:
                        self._halt()
                    self._exit(ticket)
                    return
                try:
                    done[position] = self._call(function, items[position], ticket)
                except BaseException as exc:
                    errors.append((position, exc))
                    self._halt()
                ticket = self._enter(ticket)

        with ThreadPoolExecutor(max_workers=self.width, thread_name_prefix="pakat") as pool:
            with gate.lock:
                workers.append(pool.submit(work))
            try:
                while True:
                    with gate.lock:
                        started = list(workers)
                    wait(started)
                    with gate.lock:
                        if len(workers) == len(started):
                            break
            except BaseException:
                self._halt()  # the calls in flight end; the pool's exit waits for them
                raise
        for worker in workers:
            worker.result()  # a failure of this module's own code
        if errors:
            raise min(errors, key=lambda error: error[0])[1]
        return [done[position] for position in sorted(done)]


class AsyncRun(_Runs):
    """A run of requests for the asyncio client (tasks)."""

    def __init__(self, gate: Gate, width: int, *, adaptive: bool) -> None:
        super().__init__(gate, width, adaptive=adaptive)
        self._waiters: deque[asyncio.Event] = deque()

    async def _enter(self) -> _Ticket:
        import asyncio

        gate = self.gate
        waiter = asyncio.Event()
        self._waiters.append(waiter)
        try:
            while True:
                with gate.lock:
                    ticket, timeout = self._next(waiter)
                if ticket is not None:
                    return ticket
                try:
                    async with asyncio.timeout(timeout):
                        await waiter.wait()
                except TimeoutError:
                    pass
        except BaseException:
            self._waiters.remove(waiter)
            self._wake()
            raise

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        """Wait for room, then run the block as one request of this run."""
        ticket = await self._enter()
        token = _current.set(ticket)
        try:
            yield
        finally:
            _current.reset(token)
            self._exit(ticket)

    async def _call(self, function: Callable[[T], Awaitable[U]], item: T, ticket: _Ticket) -> U:
        _current.set(ticket)  # the task's own copy of the context
        return await function(item)

    async def map(
        self,
        function: Callable[[T], Awaitable[U]],
        items: Sequence[T],
        stop: Callable[[], bool] | None = None,
    ) -> list[U]:
        """The async twin of `Run.map`: each item a task, started once the run may start a
        request. When the caller is cancelled, or a call raises, the calls not yet done are
        cancelled and awaited."""
        import asyncio

        tasks: list[asyncio.Task[U]] = []
        failed: list[bool] = []

        def done(task: asyncio.Task[U], ticket: _Ticket) -> None:
            if not task.cancelled() and task.exception() is not None:
                failed.append(True)
            self._exit(ticket)

        try:
            for item in items:
                if failed or (stop is not None and stop()):
                    break
                ticket = await self._enter()
                task = asyncio.ensure_future(self._call(function, item, ticket))
                task.add_done_callback(partial(done, ticket=ticket))
                tasks.append(task)
            return list(await asyncio.gather(*tasks))
        except BaseException:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            raise
