"""`AsyncRetryTransport`: the retry loop around the connection pool (pakat._transport holds the
policy it follows, and says which requests are repeated and when); `AsyncObservedTransport`:
between the two, what the adaptive limiter (pakat._adaptive) learns from every attempt."""

from __future__ import annotations

import random
import time
from collections.abc import Awaitable, Callable

import httpx

from pakat import _transport
from pakat._adaptive import current_ticket, observed
from pakat._body import BodyReader, already_read
from pakat._concurrency import AsyncTimeLimit
from pakat._transport import BACKSTOP_GRACE, Attempts, RetryPolicy, deadline

__all__ = ["AsyncObservedTransport", "AsyncRetryTransport"]


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Sends through `inner` (the shared pool), repeating what the policy allows."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        *,
        max_response_bytes: int,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        self._inner = inner
        self._policy = policy
        self._max_response_bytes = max_response_bytes
        self._sleep = sleep
        self._jitter = jitter

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        attempts = Attempts(request, self._policy, self._jitter)
        while True:
            try:
                response = await self._attempt(request)
            except httpx.TransportError as error:
                delay = attempts.after_error(error)
                if delay is None:
                    raise
            else:
                delay = attempts.after_response(response)
                if delay is None:
                    return attempts.done(attempts.settle(response))
                await response.aclose()
            # Looked up on each wait, so that tests can replace pakat._transport's sleeping.
            await (self._sleep or _transport._asleep)(delay)

    async def _attempt(self, request: httpx.Request) -> httpx.Response:
        """One attempt, from sending to the last byte of the answer, within the policy's deadline."""
        with deadline(self._policy.attempt_timeout) as ends:
            # The backstop, for transports whose sockets pakat cannot reach (pakat._concurrency says
            # what each kind of client can do): a little after the deadline, so that reachable
            # sockets, whose errors say more, fail first.
            try:
                async with AsyncTimeLimit(None if ends is None else ends + BACKSTOP_GRACE):
                    response = await self._inner.handle_async_request(request)
                    # Read the body here, under the deadline and the cap, so that neither a
                    # trickling answer nor an endless or inflating one can outlast them.
                    return await self._read(request, response, ends)
            except TimeoutError:
                raise httpx.ReadTimeout("the call took longer than its timeout", request=request) from None

    async def _read(
        self, request: httpx.Request, response: httpx.Response, ends: float | None
    ) -> httpx.Response:
        """`response` with its body read within the cap and by `ends` (see pakat._body); closed
        (and so its connection) when anything goes wrong."""
        try:
            if response.is_stream_consumed:
                return already_read(request, response, self._max_response_bytes)
            reader = BodyReader(request, response, self._max_response_bytes, ends)
            async for chunk in response.aiter_raw():
                reader.feed(chunk)
            return reader.finish()
        except BaseException:
            await response.aclose()
            raise

    async def aclose(self) -> None:
        # The pool belongs to the client that created it; views made by with_options share it.
        pass


class AsyncObservedTransport(httpx.AsyncBaseTransport):
    """Passes requests to `inner` (the pool), reporting each attempt to the run that sent it."""

    def __init__(self, inner: httpx.AsyncBaseTransport, clock: Callable[[], float] = time.monotonic) -> None:
        self._inner = inner
        self._clock = clock

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        ticket = current_ticket()
        if ticket is None:
            return await self._inner.handle_async_request(request)
        repeat = ticket.run.attempt(ticket)
        sent = self._clock()
        try:
            response = await self._inner.handle_async_request(request)
        except httpx.TransportError:
            ticket.run.observe(ticket, observed(sent, self._clock(), None, repeat))
            raise
        ticket.run.observe(ticket, observed(sent, self._clock(), response, repeat))
        return response

    async def aclose(self) -> None:
        pass  # the pool belongs to the client that made it
