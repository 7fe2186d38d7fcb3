"""The MCP server: the tool table served with the official SDK's low-level `Server`, over stdio or
streamable HTTP.

The low-level server, not `MCPServer`: `MCPServer` makes each tool's schema from a Python
function's signature through pydantic, while these schemas come from the facade's own signatures
(`pakat.mcp._schema`), so the table is served as it is, with `tools/list` and `tools/call` handlers.
"""

from __future__ import annotations

import json
import logging
import socket
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import mcp.types as types
from mcp.server import Server, ServerRequestContext
from mcp.shared.exceptions import MCPError

from pakat._version import __version__
from pakat.mcp._catalogue import Catalogue
from pakat.mcp._results import error, structured
from pakat.mcp._schema import Files

if TYPE_CHECKING:
    from pakat import AsyncPakat
    from pakat.mcp._tools import Tool

__all__ = ["INSTRUCTIONS", "arguments_for", "create_server", "listen", "run_http", "run_stdio"]

logger = logging.getLogger("pakat.mcp")

INSTRUCTIONS = """\
Pakat is an email-marketing service (MailWizz-based, much used in Iran). Tools are named
<area>_<action>: lists, subscribers, fields, segments, templates, campaigns, transactional_emails,
countries, customers, delivery_servers, sending_domains, quota.
- Times (send_at) are ISO 8601 with a UTC offset or a zone name, such as
  2025-01-16T09:00:00+03:30 or 2025-01-16T09:00:00[Asia/Tehran]; a time without either is refused.
- HTML is sent as text; attachments as {"name", "text" or "base64"}.
- Collections come a page at a time: page (from 1) and per_page (10 to 50); next_page is null on the last page.
- An error starting with OUTCOME UNKNOWN means the write may have happened: look before calling it again.
- Tools marked destructive delete, or send email: campaigns go to real people."""


def _mcp_tool(tool: Tool) -> types.Tool:
    return types.Tool(
        name=tool.name,
        title=tool.title,
        description=tool.description,
        input_schema=tool.input_schema,
        annotations=types.ToolAnnotations(
            title=tool.title,
            read_only_hint=tool.effects.read_only,
            destructive_hint=tool.effects.destructive and not tool.effects.read_only,
            idempotent_hint=tool.effects.idempotent,
            open_world_hint=True,
        ),
    )


def _where(path: Sequence[Any]) -> str:
    return "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path).lstrip(".")


def arguments_for(tool: Tool, arguments: Mapping[str, Any] | None, files: Files) -> dict[str, Any]:
    """The facade's keyword arguments for a call, or ValueError saying what is wrong with them.

    An optional argument sent as null counts as left out. Nothing is sent before this returns.
    """
    given = {
        name: value
        for name, value in (arguments or {}).items()
        if not (value is None and any(p.name == name and not p.required for p in tool.params))
    }
    problems = sorted(tool.validator.iter_errors(given), key=lambda e: list(e.absolute_path))
    if problems:
        lines = []
        for problem in problems:
            where = _where(list(problem.absolute_path))
            lines.append(f"{where}: {problem.message}" if where else problem.message)
        raise ValueError("; ".join(lines))
    return {
        param.name: param.convert(given[param.name], files) for param in tool.params if param.name in given
    }


def create_server(
    client: AsyncPakat | Callable[[], AsyncPakat],
    catalogue: Catalogue | None = None,
    *,
    secret: str | None = None,
) -> Server[Any]:
    """An MCP server whose tools call `client`, or the client a function makes. `secret` (the API
    key) is removed from anything a tool answers, should it ever appear there.

    A function is called once, on the first `tools/list` or `tools/call`, when the tool table is
    built too: `initialize` is answered before either loads. Should it fail (a base URL pakat
    refuses, say), that request and each later one fail with its message, also logged.
    """
    catalogue = catalogue or Catalogue()
    made: list[AsyncPakat] = []

    def hide(text: str) -> str:
        return text.replace(secret, "<redacted>") if secret else text

    def facade() -> AsyncPakat:
        if not made:
            try:
                made.append(client() if callable(client) else client)
            except Exception as exc:
                message = hide(f"pakat mcp cannot set up its Pakat client: {exc}")
                logger.error("%s", message)
                raise MCPError(types.INTERNAL_ERROR, message) from None
        return made[0]

    async def list_tools(
        ctx: ServerRequestContext[Any], params: types.PaginatedRequestParams | None
    ) -> types.ListToolsResult:
        facade()
        return types.ListToolsResult(tools=[_mcp_tool(tool) for tool in catalogue.served.values()])

    async def call_tool(
        ctx: ServerRequestContext[Any], params: types.CallToolRequestParams
    ) -> types.CallToolResult:
        tool = catalogue.served.get(params.name)
        if tool is None:
            hidden = params.name in catalogue.every
            why = (
                " is not served here (the server's --read-only, --tools or --exclude-tools)" if hidden else ""
            )
            raise MCPError(types.INVALID_PARAMS, f"Unknown tool: {params.name}{why}")
        pakat = facade()
        try:
            kwargs = arguments_for(tool, params.arguments, catalogue.files)
            method = getattr(getattr(pakat, tool.resource), tool.method)
            value = await method(**kwargs)
        except Exception as exc:
            from pakat import PakatError

            if not isinstance(exc, PakatError | ValueError | TypeError):
                logger.warning("%s failed unexpectedly: %s", tool.name, hide(f"{type(exc).__name__}: {exc}"))
            text, detail = error(exc, tool=tool.name, look=catalogue.look_tool(tool))
            detail = json.loads(hide(json.dumps(detail, ensure_ascii=False)))
            return types.CallToolResult(
                content=[types.TextContent(type="text", text=hide(text))],
                structured_content=detail,
                is_error=True,
            )
        data = structured(value, returns_none=tool.returns_none)
        text = hide(json.dumps(data, ensure_ascii=False))
        return types.CallToolResult(
            content=[types.TextContent(type="text", text=text)], structured_content=json.loads(text)
        )

    def input_schema(name: str) -> dict[str, Any] | None:
        tool = catalogue.served.get(name)
        return None if tool is None else tool.input_schema

    return Server(
        "pakat",
        version=__version__,
        title="Pakat",
        instructions=INSTRUCTIONS,
        get_tool_input_schema=input_schema,
        on_list_tools=list_tools,
        on_call_tool=call_tool,
    )


async def run_stdio(server: Server[Any]) -> None:
    """Serve one client over this process's stdin and stdout until it closes stdin."""
    from mcp.server.stdio import stdio_server

    async with stdio_server() as (read_stream, write_stream):
        await server.run(read_stream, write_stream, server.create_initialization_options())


def listen(host: str, port: int) -> socket.socket:
    """A listening socket (port 0: any free one), bound before the server starts, so its address is
    known and can be printed."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    return sock


async def run_http(server: Server[Any], sock: socket.socket, *, host: str) -> None:
    """Serve streamable HTTP at /mcp on `sock` until cancelled. For a loopback host the SDK checks
    the Host and Origin headers (DNS rebinding)."""
    import uvicorn

    app = server.streamable_http_app(host=host)
    config = uvicorn.Config(app, log_level="warning", lifespan="on")
    await uvicorn.Server(config).serve(sockets=[sock])
