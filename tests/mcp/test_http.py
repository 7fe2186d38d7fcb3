"""`pakat mcp --http`: the same tools over streamable HTTP, on loopback."""

from __future__ import annotations

import re
import signal
import subprocess
import threading

from mcp import Client

from pakat.testing import Sandbox
from tests.mcp.conftest import PAKAT, call, environment


async def test_streamable_http_serves_the_tools(sb: Sandbox) -> None:
    process = subprocess.Popen(
        [PAKAT, "--base-url", sb.url, "mcp", "--http", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment(PAKAT_API_KEY=sb.api_key),
    )
    watchdog = threading.Timer(120, process.kill)
    watchdog.start()
    try:
        assert process.stderr is not None
        first = process.stderr.readline()
        match = re.fullmatch(
            r"Pakat MCP server: (http://127\.0\.0\.1:\d+/mcp) \(streamable HTTP; Ctrl-C stops it\)\n", first
        )
        assert match, first
        async with Client(match[1]) as client:
            tools = {tool.name for tool in (await client.list_tools()).tools}
            assert len(tools) == 64
            list_uid = (
                await call(
                    client,
                    "lists_create",
                    {
                        "name": "خبرنامه",
                        "description": "Weekly news",
                        "from_name": "Pakat",
                        "from_email": "news@example.com",
                        "reply_to": "news@example.com",
                    },
                )
            )["result"]
            assert (await call(client, "lists_get", {"list_uid": list_uid}))["general"]["name"] == "خبرنامه"
        process.send_signal(signal.SIGINT)
        stdout, stderr = process.communicate(timeout=60)
    finally:
        watchdog.cancel()
        process.kill()
    assert sb.counters["createList"] == sb.processed["createList"] == 1
    assert "Traceback" not in stderr and sb.api_key not in first + stdout + stderr
