"""`pakat mcp`: the whole Pakat API as Model Context Protocol tools, for AI agents.

One tool per public operation of the facade (`lists_create`, `subscribers_upsert`,
`campaigns_delivery_logs`, ...), its schema, description and safety hints read from the facade's
signatures, docstrings and requests; calls go through `AsyncPakat`, with its encoding, time
handling, retries and errors. Needs the `mcp` extra: `pip install 'pakat[mcp]'`.

    from pakat import AsyncPakat
    from pakat.mcp import Catalogue, create_server, run_stdio

    async def main() -> None:
        async with AsyncPakat() as client:
            await run_stdio(create_server(client, Catalogue(read_only=True)))

`import pakat` never imports this package.
"""

from __future__ import annotations

try:
    import mcp as _sdk  # noqa: F401  (the official SDK, a distribution of its own)
except ModuleNotFoundError as exc:  # pragma: no cover - exercised through the CLI in a subprocess
    if exc.name != "mcp":
        raise
    raise ModuleNotFoundError("pakat.mcp needs the MCP SDK: pip install 'pakat[mcp]'", name="mcp") from None

from pakat.mcp._server import INSTRUCTIONS, Catalogue, create_server, listen, run_http, run_stdio
from pakat.mcp._tools import Tool

__all__ = ["INSTRUCTIONS", "Catalogue", "Tool", "create_server", "listen", "run_http", "run_stdio"]
