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
(pakat._body), and async attempts run under asyncio's own timeout as well (pakat._transport);
only a sync answer's head can trickle past the deadline there, each read bounded by the
per-operation timeout.
"""

from __future__ import annotations

import logging
import time
import typing
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

from pakat._transport import current_deadline

logger = logging.getLogger("pakat")

SocketOption = Any  # httpcore's socket option tuples; passed through untouched


def _clamp(timeout: float | None, error: type[Exception]) -> float | None:
    ends = current_deadline.get()
    if ends is None:
        return timeout
    remaining = ends - time.monotonic()
    if remaining <= 0:
        raise error("the call took longer than its timeout")
    return remaining if timeout is None else min(timeout, remaining)


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _clamp(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _Stream(
            self._inner.start_tls(ssl_context, server_hostname, _clamp(timeout, httpcore.ConnectTimeout))
        )

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(
            host, port, _clamp(timeout, httpcore.ConnectTimeout), local_address, socket_options
        )
        return _Stream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[SocketOption] | None = None
    ) -> httpcore.NetworkStream:
        return _Stream(
            self._inner.connect_unix_socket(path, _clamp(timeout, httpcore.ConnectTimeout), socket_options)
        )

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _AsyncStream(httpcore.AsyncNetworkStream):
    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, _clamp(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, _clamp(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        inner = await self._inner.start_tls(
            ssl_context, server_hostname, _clamp(timeout, httpcore.ConnectTimeout)
        )
        return _AsyncStream(inner)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _AsyncBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, inner: httpcore.AsyncNetworkBackend) -> None:
        self._inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[SocketOption] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._inner.connect_tcp(
            host, port, _clamp(timeout, httpcore.ConnectTimeout), local_address, socket_options
        )
        return _AsyncStream(stream)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[SocketOption] | None = None
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._inner.connect_unix_socket(
            path, _clamp(timeout, httpcore.ConnectTimeout), socket_options
        )
        return _AsyncStream(stream)

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def deadline_pool(limits: httpx.Limits) -> httpx.HTTPTransport:
    """An httpx connection pool whose sockets respect `deadline`."""
    transport = httpx.HTTPTransport(limits=limits)
    _wrap_backend(transport, _Backend)
    return transport


def async_deadline_pool(limits: httpx.Limits) -> httpx.AsyncHTTPTransport:
    """The async twin of `deadline_pool`."""
    transport = httpx.AsyncHTTPTransport(limits=limits)
    _wrap_backend(transport, _AsyncBackend)
    return transport


def _wrap_backend(transport: httpx.BaseTransport | httpx.AsyncBaseTransport, wrapper: type) -> None:
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


def _transports_of(client: httpx.Client | httpx.AsyncClient) -> list[Any]:
    """The transports a caller's client sends through: its default one and each mount's."""
    mounts: dict[Any, Any] = getattr(client, "_mounts", {})
    return [t for t in (getattr(client, "_transport", None), *mounts.values()) if t is not None]


class ClientTransport(httpx.BaseTransport):
    """Sends through a caller's own `httpx.Client`, so its TLS, proxy and hook settings apply.

    The sockets of httpx's own transports inside it keep pakat's whole-attempt deadline (during
    pakat's calls only).
    """

    def __init__(self, client: httpx.Client) -> None:
        self._client = client
        for transport in _transports_of(client):
            if isinstance(transport, httpx.HTTPTransport):
                _wrap_backend(transport, _Backend)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        # Whatever the caller's client is set to, a redirect must not carry the key elsewhere.
        return self._client.send(request, stream=True, follow_redirects=False)

    def close(self) -> None:
        # The caller made it, the caller closes it.
        pass


class AsyncClientTransport(httpx.AsyncBaseTransport):
    """The async twin of `ClientTransport`."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client
        for transport in _transports_of(client):
            if isinstance(transport, httpx.AsyncHTTPTransport):
                _wrap_backend(transport, _AsyncBackend)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._client.send(request, stream=True, follow_redirects=False)

    async def aclose(self) -> None:
        pass
