"""The MCP guide (docs/guide/mcp.md), tried as a new user would: its JSON configurations and
command lines, each started as an MCP client starts it, against the sandbox."""

from __future__ import annotations

import json
import re
import shlex
import subprocess
from typing import Any

import anyio
import pytest
from mcp import Client, StdioServerParameters

from pakat.testing import Sandbox
from tests._paths import ROOT
from tests._snippets import blocks
from tests.mcp.conftest import PAKAT, call, environment

PAGE = ROOT / "docs" / "guide" / "mcp.md"
TEXT = PAGE.read_text(encoding="utf-8")
CONFIGS = [json.loads(block.code) for block in blocks(PAGE, "json")]
COMMANDS = [line for block in blocks(PAGE, "sh") for line in block.code.splitlines() if line.strip()]
PLACEHOLDER = "your-api-key"
# "... 64 in all": the number of tools the page promises.
TOOLS = int(re.search(r"(\d+) in all", TEXT).group(1))  # type: ignore[union-attr]


def test_the_page_has_configurations_and_commands() -> None:
    assert len(CONFIGS) == 2
    assert any(line.startswith("claude mcp add pakat") for line in COMMANDS)
    assert "`pakat mcp --read-only`" in TEXT


def _as_started(command: str, args: list[str], env: dict[str, str], sb: Sandbox) -> StdioServerParameters:
    """The server a client starts for this configuration, with the sandbox's key for the placeholder."""
    assert command == "pakat"
    assert env == {"PAKAT_API_KEY": PLACEHOLDER}
    return StdioServerParameters(
        command=PAKAT, args=args, env={"PAKAT_API_KEY": sb.api_key, "PAKAT_BASE_URL": sb.url}
    )


async def _served(parameters: StdioServerParameters) -> dict[str, Any]:
    async with Client(parameters, mode="legacy") as client:
        tools = {tool.name: tool for tool in (await client.list_tools()).tools}
        quota = await call(client, "quota_get")
        assert not quota.is_error, quota.text
    return tools


def _claude_code_server() -> tuple[str, list[str], dict[str, str]]:
    """The command, arguments and environment of the page's `claude mcp add` line."""
    (line,) = [line for line in COMMANDS if line.startswith("claude mcp add")]
    words = shlex.split(line)
    assert words[3] == "pakat" and words[4] == "--env"
    key, value = words[5].split("=", 1)
    command, *args = words[words.index("--") + 1 :]
    return command, args, {key: value}


async def test_each_configuration_and_command_line_starts_a_working_server(sb: Sandbox) -> None:
    servers = {
        f"config {n}": tuple(c["mcpServers"]["pakat"][k] for k in ("command", "args", "env"))
        for n, c in enumerate(CONFIGS)
    }
    servers["claude mcp add"] = _claude_code_server()
    served: dict[str, dict[str, Any]] = {}

    async def start(label: str, command: str, args: list[str], env: dict[str, str]) -> None:
        served[label] = await _served(_as_started(command, args, env, sb))

    async with anyio.create_task_group() as group:  # side by side: each start loads the SDK
        for label, (command, args, env) in servers.items():
            group.start_soon(start, label, command, args, env)
    for label, (_command, args, _env) in servers.items():
        tools = served[label]
        if "--read-only" in args:
            assert tools and all(tool.annotations.read_only_hint for tool in tools.values()), label
            assert "lists_create" not in tools and "quota_get" in tools, label
        else:
            assert len(tools) == TOOLS, label
    assert sb.processed["getQuota"] == len(servers)


@pytest.mark.parametrize("line", [line for line in COMMANDS if line.startswith("pakat mcp")])
def test_the_pakat_mcp_command_lines_run(line: str) -> None:
    words = shlex.split(line.split("#")[0])
    if "--list-tools" not in words:
        words.append("--list-tools")  # the same options, checked without starting a server
    done = subprocess.run(
        [PAKAT, *words[1:]], capture_output=True, text=True, env=environment(), timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    names = [row.split()[0] for row in done.stdout.splitlines()]
    if "--tools" in words:
        assert names and all(n.startswith(("lists_", "subscribers_", "quota_")) for n in names)
        assert "lists_create" in names and "lists_delete" not in names
    else:
        assert len(names) == TOOLS
