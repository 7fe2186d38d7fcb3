"""`pakat mcp`: the whole Pakat API as Model Context Protocol tools, for AI agents.

One tool per public operation of the facade (`lists_create`, `subscribers_upsert`,
`campaigns_delivery_logs`, ...), its schema, description and safety hints read from the facade's
signatures, docstrings and requests; calls go through `AsyncPakat`, with its encoding, time
handling, retries and errors. Serving needs the `mcp` extra: `pip install 'pakat[mcp]'`.

    from pakat import AsyncPakat
    from pakat.mcp import Catalogue, create_server, run_stdio

    async def main() -> None:
        async with AsyncPakat() as client:
            await run_stdio(create_server(client, Catalogue(read_only=True)))

Names load on first use: the tool table (`Catalogue`, `Tool`) needs only pakat itself, the
server (`create_server`, `run_stdio`, `run_http`) the MCP SDK. `import pakat` never imports this
package.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pakat.mcp._catalogue import Catalogue
    from pakat.mcp._server import INSTRUCTIONS, create_server, listen, run_http, run_stdio
    from pakat.mcp._tools import Tool

_MODULE_OF = {
    "Catalogue": "pakat.mcp._catalogue",
    "Tool": "pakat.mcp._tools",
    "INSTRUCTIONS": "pakat.mcp._server",
    "create_server": "pakat.mcp._server",
    "listen": "pakat.mcp._server",
    "run_http": "pakat.mcp._server",
    "run_stdio": "pakat.mcp._server",
}

__all__ = ["INSTRUCTIONS", "Catalogue", "Tool", "create_server", "listen", "run_http", "run_stdio"]


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'pakat.mcp' has no attribute {name!r}")
    try:
        value = getattr(importlib.import_module(module), name)
    except ModuleNotFoundError as exc:
        if exc.name != "mcp" and not (exc.name or "").startswith("mcp."):
            raise
        raise ModuleNotFoundError(
            "serving MCP needs the MCP SDK: pip install 'pakat[mcp]'", name="mcp"
        ) from None
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
