"""`pakat mcp`'s options and refusals, and what it needs installed."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest
from click.testing import CliRunner

from pakat.cli import cli
from tests.mcp.conftest import environment


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert "Traceback" not in result.output
    return result.exit_code, result.output


def test_list_tools_shows_each_tool_with_its_hints_and_needs_no_key() -> None:
    code, output = run("mcp", "--list-tools")
    assert code == 0
    rows = dict(line.split(None, 1) for line in output.splitlines())
    assert len(rows) == 64
    assert rows["lists_get"] == "read-only"
    assert rows["transactional_emails_send"] == "writes, destructive, not idempotent"
    code, output = run(
        "mcp", "--list-tools", "--read-only", "--tools", "campaigns_*", "--exclude-tools", "*_stats"
    )
    assert code == 0
    names = [line.split()[0] for line in output.splitlines()]
    assert "campaigns_delivery_logs" in names and "campaigns_stats" not in names
    assert all(line.endswith("read-only") for line in output.splitlines())


def test_a_pattern_that_matches_nothing_stops_the_server() -> None:
    code, output = run("--api-key", "k" * 32, "mcp", "--tools", "list_*")
    assert code == 2
    assert "the pattern 'list_*' matches no tool" in output


def test_no_key_says_where_to_put_one() -> None:
    code, output = run("mcp")
    assert code == 1
    assert "No API key: set the PAKAT_API_KEY environment variable or pass --api-key" in output


def test_without_the_extra_one_line_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "mcp" else real(name, *a)
    )
    code, output = run("mcp")
    assert code == 1
    assert output == "Error: pakat mcp needs the MCP SDK: pip install 'pakat[mcp]'\n"


def test_import_pakat_loads_no_mcp_and_the_server_names_the_extra_without_it() -> None:
    script = (
        "import sys; import pakat; from pakat import Pakat; "
        "assert 'mcp' not in sys.modules and 'pakat.mcp' not in sys.modules; "
        "sys.modules['mcp'] = None; "  # as if the SDK were not installed
        "from pakat.mcp import Catalogue; assert Catalogue(read_only=True).served; "  # the table needs no SDK
        "from pakat.mcp import create_server"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=environment(),
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.strip().endswith(
        "ModuleNotFoundError: serving MCP needs the MCP SDK: pip install 'pakat[mcp]'"
    )
