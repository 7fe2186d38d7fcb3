"""Fixtures: a fresh sandbox per test, MCP clients of `pakat mcp` in-process and as a subprocess."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from mcp import Client, StdioServerParameters

from pakat import AsyncPakat
from pakat.mcp import Catalogue, create_server
from pakat.testing import Sandbox

ACCOUNT_VARIABLES = ("PAKAT_API_KEY", "PAKAT_BASE_URL", "PAKAT_TIMEZONE")
# The `pakat` console script of this environment, as an MCP client configuration names it.
PAKAT = str(Path(sys.executable).parent / "pakat")
DEFAULT = Catalogue()  # built once: the table is the same for every test that takes the defaults


@pytest.fixture(autouse=True)
def _no_account_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    # A developer's real key or URL must never reach these tests, nor change their outcome.
    for name in ACCOUNT_VARIABLES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    with Sandbox() as sandbox:
        yield sandbox


@dataclass
class Answer:
    """What one tool call answered."""

    is_error: bool
    text: str
    data: Any

    def __getitem__(self, key: str) -> Any:
        assert not self.is_error, self.text
        return self.data[key]


async def call(client: Client, name: str, arguments: dict[str, Any] | None = None) -> Answer:
    result = await client.call_tool(name, arguments or {})
    (content,) = result.content
    assert content.type == "text"
    if not result.is_error:
        assert json.loads(content.text) == result.structured_content  # the text is the same JSON
    return Answer(result.is_error, content.text, result.structured_content)


@asynccontextmanager
async def in_process(sb: Sandbox, catalogue: Catalogue = DEFAULT) -> AsyncIterator[Client]:
    """An MCP client of the server in this process (the SDK's in-memory transport), over the
    initialize handshake as desktop clients use it."""
    async with AsyncPakat(api_key=sb.api_key, base_url=sb.url) as pakat:
        server = create_server(pakat, catalogue, secret=sb.api_key)
        async with Client(server, mode="legacy") as client:
            yield client


def stdio_parameters(sb: Sandbox, *args: str) -> StdioServerParameters:
    """`pakat --base-url <sandbox> mcp ARGS` with the key in the environment, as a desktop client
    starts it (only the SDK's default variables are inherited)."""
    return StdioServerParameters(
        command=PAKAT, args=["--base-url", sb.url, "mcp", *args], env={"PAKAT_API_KEY": sb.api_key}
    )


def environment(**extra: str) -> dict[str, str]:
    """This process's environment without any account variable, plus `extra`."""
    env = {k: v for k, v in os.environ.items() if k not in ACCOUNT_VARIABLES}
    return {**env, **extra}
