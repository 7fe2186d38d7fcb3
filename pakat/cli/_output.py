"""What the commands print: rich tables for people, the API's JSON for scripts, never the key.

Loaded only by commands that print something, so `pakat --help` does not pay for rich.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import click
from rich import box
from rich.console import Console
from rich.table import Table

REDACTED = "<redacted>"


def redact(text: str, secret: str | None) -> str:
    """`text` with every occurrence of the API key replaced, so no output can carry it."""
    if secret:
        text = text.replace(secret, REDACTED)
    return text


def cell(value: Any) -> str:
    """A value as a table shows it: missing is empty, structures are compact JSON."""
    if value is None:
        return ""
    if isinstance(value, Mapping | list | tuple):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def flatten(data: Mapping[str, Any], prefix: str = "") -> list[tuple[str, Any]]:
    """Nested objects as dotted keys (`general.name`), in the server's order."""
    pairs: list[tuple[str, Any]] = []
    for key, value in data.items():
        name = f"{prefix}.{key}" if prefix else str(key)
        if isinstance(value, Mapping) and value:
            pairs.extend(flatten(value, name))
        else:
            pairs.append((name, value))
    return pairs


def print_json(data: Any, secret: str | None) -> None:
    """`data` as indented JSON on stdout, and nothing else."""
    text = json.dumps(data, ensure_ascii=False, indent=2, default=str)
    click.echo(redact(text, secret))


def _console() -> Console:
    console = Console(highlight=False, soft_wrap=False)
    if not console.is_terminal:
        # Piped or redirected: no wrapping, so every row stays on one line for grep and cut.
        console = Console(highlight=False, soft_wrap=False, width=100_000)
    return console


def print_table(
    columns: Sequence[str], rows: Iterable[Sequence[Any]], secret: str | None, *, empty: str = "(none)"
) -> int:
    """A table on stdout; returns how many rows it had. With no rows, prints `empty` instead."""
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    for column in columns:
        table.add_column(redact(column, secret), overflow="fold")
    count = 0
    for row in rows:
        table.add_row(*(redact(cell(value), secret) for value in row))
        count += 1
    if count:
        _console().print(table)
    else:
        click.echo(empty)
    return count


def print_record(data: Mapping[str, Any], secret: str | None) -> None:
    """One object as a two-column table of its (flattened) fields and values."""
    print_table(("FIELD", "VALUE"), flatten(data), secret)
