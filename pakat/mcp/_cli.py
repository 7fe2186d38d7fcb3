"""What `pakat mcp` runs once its options are read: a client, the server, and the transport."""

from __future__ import annotations

import ipaddress
import sys
from typing import TYPE_CHECKING

import anyio

from pakat.mcp._catalogue import Catalogue
from pakat.mcp._server import create_server, listen, run_http, run_stdio

if TYPE_CHECKING:
    from pakat import AsyncPakat

__all__ = ["serve"]


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(
    catalogue: Catalogue,
    api_key: str,
    base_url: str | None,
    *,
    http: tuple[str, int] | None,
    allow_insecure_http: bool | None = None,
) -> None:
    """Serve until the client closes stdin (stdio), or until Ctrl-C (`http=(host, port)`)."""
    sock = None
    if http is not None:
        host, port = http
        sock = listen(host, port)
        bound_port = sock.getsockname()[1]
        shown = f"[{host}]" if ":" in host else host
        print(
            f"Pakat MCP server: http://{shown}:{bound_port}/mcp (streamable HTTP; Ctrl-C stops it)",
            file=sys.stderr,
        )
        if not _loopback(host):
            print(
                f"Warning: {host} is not a loopback address: anyone who can reach it can use your Pakat "
                "account through this server, which asks for no credentials.",
                file=sys.stderr,
            )
        sys.stderr.flush()

    async def main() -> None:
        made: list[AsyncPakat] = []

        def client() -> AsyncPakat:
            # Made on the first request after `initialize`: the facade and httpx load then.
            import pakat

            made.append(
                pakat.AsyncPakat(api_key=api_key, base_url=base_url, allow_insecure_http=allow_insecure_http)
            )
            return made[-1]

        server = create_server(client, catalogue, secret=api_key)
        try:
            if sock is None:
                await run_stdio(server)
            else:
                await run_http(server, sock, host=http[0] if http else "127.0.0.1")
        finally:
            for each in made:
                await each.aclose()

    try:
        anyio.run(main)
    except KeyboardInterrupt:
        pass
    finally:
        if sock is not None:
            sock.close()
