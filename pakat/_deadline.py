"""A whole-call time limit, enforced on every socket operation of the connection pool.

httpx's timeouts bound each network operation separately, so a server that answers one byte a
second never trips a 30 s read timeout. The retry transport sets a deadline for each attempt (in
a context variable, so requests on other threads or tasks keep their own); this module wraps the
pool's network backend so that every connect, read and write waits at most until that deadline.
Past it, the operation fails with the ordinary timeout exceptions, which httpx turns into
`httpx.ReadTimeout` and friends, and pakat into `APITimeoutError`. Loaded when a client builds its
pool, not by `import pakat`.

A caller's own `http_client` gets the same: pakat wraps the network backend of every httpx
transport inside it (its default transport and each mount, proxies included). Outside pakat's
calls no deadline is set, so the wrapped sockets behave exactly as before for the caller's own
requests. What pakat cannot reach is a transport of another kind (or a connection the client
opened before it was handed over): there the body is still checked between chunks
(pakat._body), and async attempts run under asyncio's own timeout as well
(pakat/_async/transport.py); only a sync answer's head can trickle past the deadline there, each
read bounded by the per-operation timeout.

This module holds what both kinds of pool share; the wrappers themselves are in
pakat/_async/deadline.py and its generated twin.
"""

from __future__ import annotations

import logging
import time
import typing
from typing import Any

import httpx

from pakat._transport import current_deadline

logger = logging.getLogger("pakat")

SocketOption = Any  # httpcore's socket option tuples; passed through untouched


def clamp(timeout: float | None, error: type[Exception]) -> float | None:
    """A socket operation's timeout cut to what is left of the attempt; `error` once nothing is."""
    ends = current_deadline.get()
    if ends is None:
        return timeout
    remaining = ends - time.monotonic()
    if remaining <= 0:
        raise error("the call took longer than its timeout")
    return remaining if timeout is None else min(timeout, remaining)


def wrap_backend(transport: httpx.BaseTransport | httpx.AsyncBaseTransport, wrapper: type) -> None:
    """Put `wrapper` around the network backend of the pool of one of httpx's own transports."""
    # httpx offers no public way to choose httpcore's network backend; both attributes have been
    # stable across httpx 0.2x and httpcore 1.x, and tests/reliability checks the effect.
    inner_pool = getattr(transport, "_pool", None)
    backend = getattr(inner_pool, "_network_backend", None)
    if backend is None:
        logger.warning(
            "pakat: this httpx version hides its network backend; only per-operation timeouts apply"
        )
        return
    if not isinstance(backend, wrapper):  # a client handed to two pakat clients is wrapped once
        typing.cast(Any, inner_pool)._network_backend = wrapper(backend)


def transports_of(client: httpx.Client | httpx.AsyncClient) -> list[Any]:
    """The transports a caller's client sends through: its default one and each mount's."""
    mounts: dict[Any, Any] = getattr(client, "_mounts", {})
    return [t for t in (getattr(client, "_transport", None), *mounts.values()) if t is not None]
