"""The tools a server offers: the facade's table, built on first use, narrowed as the operator chose.

Needs only pakat itself (not the MCP SDK), so `pakat mcp --list-tools` and pattern checks are quick;
the facade's modules load when the table is first built, after a server has answered `initialize`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from pakat.mcp._schema import Files

if TYPE_CHECKING:
    from pakat.mcp._tools import Tool

__all__ = ["Catalogue"]


class Catalogue:
    """The tools this server offers: the facade's table, built on first use, as the operator chose."""

    def __init__(
        self,
        *,
        root: Path | None = None,
        read_only: bool = False,
        include: Iterable[str] = (),
        exclude: Iterable[str] = (),
    ) -> None:
        self.files = Files(None if root is None else Path(root).resolve())
        self.read_only = read_only
        self._include = tuple(include)
        self._exclude = tuple(exclude)

    @functools.cached_property
    def every(self) -> dict[str, Tool]:
        """Every tool of the facade, served or not."""
        from pakat.mcp._tools import build_tools

        return {tool.name: tool for tool in build_tools(self.files)}

    @functools.cached_property
    def served(self) -> dict[str, Tool]:
        """The tools served. Raises ValueError for a pattern that matches nothing."""
        from pakat.mcp._tools import select

        chosen = select(
            list(self.every.values()),
            read_only=self.read_only,
            include=self._include,
            exclude=self._exclude,
        )
        return {tool.name: tool for tool in chosen}

    def look_tool(self, tool: Tool) -> str | None:
        """A served read-only tool of the same area, to look with after an unknown outcome."""
        for method in ("list", "get"):
            candidate = self.served.get(f"{tool.resource}_{method}")
            if candidate is not None and candidate.effects.read_only:
                return candidate.name
        return None
