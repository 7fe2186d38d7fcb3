"""The `pakat` command line (extra `pakat[cli]`): every area of the SDK, for people (tables) and
scripts (`--json`), plus the offline sandbox and the MCP server.

    pakat lists create --name News --description ... --from-name ... --from-email ... --reply-to ...
    pakat subscribers import LIST_UID people.csv
    pakat campaigns create ... --at '۱۴۰۶/۰۱/۰۲ ۰۹:۰۰'
    pakat sandbox --latency 0.05
    pakat mcp --read-only          (the API as MCP tools for AI agents; pakat[mcp])

The key comes from `--api-key` or `PAKAT_API_KEY`, the base URL from `--base-url` or
`PAKAT_BASE_URL`. Errors print the server's message on stderr and exit with status 1; no output
ever contains the key.

This module imports nothing: `main` first checks that the extra is installed (without it, one
line says how, and the exit status is 1), and `cli` loads the commands on first use.
"""

from __future__ import annotations

import importlib.util
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pakat.cli._app import cli

__all__ = ["cli", "main"]

# What `pakat[cli]` installs, by import name: found without importing them.
REQUIRED = ("click", "rich")
HINT = "pakat: the command line needs its extra: pip install 'pakat[cli]'"


def main() -> None:
    """The `pakat` console script."""
    if any(importlib.util.find_spec(name) is None for name in REQUIRED):
        print(HINT, file=sys.stderr)
        raise SystemExit(1)
    from pakat.cli._commands import cli

    cli(prog_name="pakat")


def __getattr__(name: str) -> Any:
    if name == "cli":
        from pakat.cli._commands import cli

        return cli
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
