"""The connection pool's network backend held to the attempt's deadline, for asyncio (pakat._deadline
says why and how), and the transport that sends through a caller's own `httpx.AsyncClient`."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

from pakat._deadline import SocketOption, clamp, transports_of, wrap_backend

__all__ = ["AsyncClientTransport", "async_deadline_pool"]


class AsyncStream(httpcore.AsyncNetworkStream):
    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, clamp(timeout, httpcore.ReadTimeout))

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, clamp(timeout, httpcore.WriteTimeout))

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        inner = await self._inner.start_tls(
            ssl_context, server_hostname, clamp(timeout, httpcore.ConnectTimeout)
        )
        return AsyncStream(inner)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class AsyncBackend(httpcore.AsyncNetworkBackend):
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
            host, port, clamp(timeout, httpcore.ConnectTimeout), local_address, socket_options
        )
        return AsyncStream(stream)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[SocketOption] | None = None
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._inner.connect_unix_socket(
            path, clamp(timeout, httpcore.ConnectTimeout), socket_options
        )
        return AsyncStream(stream)

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def async_deadline_pool(limits: httpx.Limits) -> httpx.AsyncHTTPTransport:
    """An httpx connection pool whose sockets respect the attempt's deadline."""
    transport = httpx.AsyncHTTPTransport(limits=limits)
    wrap_backend(transport, AsyncBackend)
    return transport


class AsyncClientTransport(httpx.AsyncBaseTransport):
    """Sends through a caller's own `httpx.AsyncClient`, so its TLS, proxy and hook settings apply.

    The sockets of httpx's own transports inside it keep pakat's whole-attempt deadline (during
    pakat's calls only).
    """

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client
        for transport in transports_of(client):
            if isinstance(transport, httpx.AsyncHTTPTransport):
                wrap_backend(transport, AsyncBackend)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        # Whatever the caller's client is set to, a redirect must not carry the key elsewhere.
        return await self._client.send(request, stream=True, follow_redirects=False)

    async def aclose(self) -> None:
        # The caller made it, the caller closes it.
        pass
