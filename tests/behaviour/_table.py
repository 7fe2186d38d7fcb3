"""The rows of docs/server-behaviour.md, and the behaviour marks of the test suite."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from tests._paths import ROOT

TABLE_PATH = ROOT / "docs" / "server-behaviour.md"
TESTS = ROOT / "tests"
ID = re.compile(r"[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+")
EVIDENCE = re.compile(r"\b(src:\S|src-newer:\S|pakat-docs\b|facts\b|unverified\b)")


@dataclass(frozen=True)
class Row:
    id: str
    operation: str
    case: str
    answer: str
    evidence: str
    line: int


def _cells(line: str) -> list[str]:
    # Cells are split on pipes that are not inside backticks: JSON sketches may hold none, but
    # prose may quote `a|b`.
    cells, current, quoted = [], "", False
    for char in line.strip().strip("|"):
        if char == "`":
            quoted = not quoted
        if char == "|" and not quoted:
            cells.append(current.strip())
            current = ""
        else:
            current += char
    cells.append(current.strip())
    return cells


@cache
def rows() -> tuple[Row, ...]:
    """Every row of every table whose header starts with `| id | operation |`."""
    found: list[Row] = []
    in_table = False
    for number, line in enumerate(TABLE_PATH.read_text("utf-8").splitlines(), start=1):
        if not line.startswith("|"):
            in_table = False
            continue
        cells = _cells(line)
        if cells[:2] == ["id", "operation"]:
            in_table = True
            continue
        if not in_table or set(cells[0]) <= {"-", " ", ":"}:
            continue
        found.append(
            Row(*cells[:5], line=number) if len(cells) == 5 else Row(cells[0], "", "", "", "", number)
        )
    return tuple(found)


def _marked_ids(path: Path) -> list[tuple[str, int]]:
    """The ids given to `behaviour(...)` marks in one test module, with their lines."""
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    out = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "behaviour"
            and isinstance(node.func.value, ast.Attribute)
            and node.func.value.attr == "mark"
        ):
            for arg in node.args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    out.append((arg.value, node.lineno))
                else:
                    out.append((f"<not a string at line {node.lineno}>", node.lineno))
    return out


@cache
def marks() -> dict[str, list[str]]:
    """Row id -> where in tests/ a behaviour mark names it (`path:line`)."""
    found: dict[str, list[str]] = {}
    for path in sorted(TESTS.rglob("test_*.py")):
        for row_id, line in _marked_ids(path):
            found.setdefault(row_id, []).append(f"{path.relative_to(ROOT)}:{line}")
    return found
