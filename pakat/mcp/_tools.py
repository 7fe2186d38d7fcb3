"""The tool table: one tool per public operation method of the facade, read from the facade itself.

For every resource of `AsyncPakat` (`client.lists`, `client.subscribers`, ...) and every public
method of it, a tool named `<resource>_<method>` (`lists_create`, `campaigns_delivery_logs`), with
the method's docstring as its description, an input schema made from its signature and type hints
(`pakat.mcp._schema`), and MCP annotations from the requests it sends (`pakat.mcp._effects`).
The `iter` / `iter_<name>` variants, which walk every page, fold into the paged tool `list` /
`<name>`: an agent walks pages itself, a page at a time, with `page` and the page counts.
"""

from __future__ import annotations

import fnmatch
import functools
import importlib
import inspect
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from pakat._async.client import AsyncPakat
from pakat._client import LazyResource
from pakat.mcp._effects import Effects, effects
from pakat.mcp._schema import Files, Param, parameter, resolve

__all__ = ["PAGING_NOTE", "Tool", "build_tools", "folded_into", "operation_methods", "resources", "select"]

# Added to the description of every tool that returns a page.
PAGING_NOTE = (
    "Returns one page: `items`, with `count` (records in all pages), `total_pages` and `next_page` "
    "(null on the last page). Ask for the next page with `page` to walk the rest."
)


@dataclass(frozen=True)
class Tool:
    """One MCP tool: what it is called and takes, and the facade method it calls."""

    name: str
    title: str
    description: str
    resource: str
    method: str
    params: tuple[Param, ...]
    effects: Effects
    returns_none: bool

    @property
    def input_schema(self) -> dict[str, Any]:
        return {
            "type": "object",
            "properties": {param.name: param.schema for param in self.params},
            "required": [param.name for param in self.params if param.required],
            "additionalProperties": False,
        }

    @functools.cached_property
    def validator(self) -> Any:
        """A Draft 2020-12 validator of the input schema (jsonschema loads on the first call)."""
        from jsonschema import Draft202012Validator

        return Draft202012Validator(self.input_schema)

    @property
    def hints(self) -> str:
        """The safety hints in a word each, for people (`pakat mcp --list-tools`)."""
        if self.effects.read_only:
            return "read-only"
        words = ["writes", "destructive" if self.effects.destructive else "additive"]
        words.append("idempotent" if self.effects.idempotent else "not idempotent")
        return ", ".join(words)


def resources(client_class: type = AsyncPakat) -> dict[str, type]:
    """The client's resource attributes and their classes, in the client's order."""
    found = {}
    for attribute, value in vars(client_class).items():
        if isinstance(value, LazyResource):
            found[attribute] = getattr(importlib.import_module(value._module), value._name)
    return found


def operation_methods(resource_class: type) -> list[str]:
    """The public methods of a resource class, in the order it defines them."""
    return [
        name for name, value in vars(resource_class).items() if not name.startswith("_") and callable(value)
    ]


def folded_into(method: str) -> str | None:
    """The paged method an `iter` variant folds into (`iter` -> `list`), or None for other methods."""
    if method == "iter":
        return "list"
    if method.startswith("iter_"):
        return method.removeprefix("iter_")
    return None


def build_tools(files: Files, client_class: type = AsyncPakat) -> list[Tool]:
    """Every tool, in the facade's order of resources and methods."""
    tools = []
    for resource, resource_class in resources(client_class).items():
        methods = operation_methods(resource_class)
        for method in methods:
            target = folded_into(method)
            if target is not None:
                if target not in methods:
                    raise LookupError(f"{resource}.{method} has no paged method {target} to fold into")
                continue
            tools.append(_tool(resource, resource_class, method, files))
    return tools


def _tool(resource: str, resource_class: type, method: str, files: Files) -> Tool:
    function = vars(resource_class)[method]
    module = sys.modules[function.__module__]
    params = []
    for param in list(inspect.signature(function).parameters.values())[1:]:
        required = param.default is inspect.Parameter.empty
        made = parameter(
            param.name,
            resolve(param.annotation, module),
            required=required,
            default=None if required else param.default,
            files=files,
        )
        if made is not None:
            params.append(made)
    returns = function.__annotations__.get("return")
    offered = {param.name for param in params}
    hidden = [name for name in list(inspect.signature(function).parameters)[1:] if name not in offered]
    description = _description(function.__doc__ or "", hidden)
    if isinstance(returns, str) and returns.startswith("Page["):
        description += "\n\n" + PAGING_NOTE
    found = effects(resource_class, method)
    if found.reasons:
        description += "\n\nCaution: this " + "; ".join(found.reasons) + "."
    return Tool(
        name=f"{resource}_{method}",
        title=f"{resource.replace('_', ' ').capitalize()}: {method.replace('_', ' ')}",
        description=description,
        resource=resource,
        method=method,
        params=tuple(params),
        effects=found,
        returns_none=returns in (None, "None"),
    )


def _description(docstring: str, hidden: Iterable[str]) -> str:
    """A docstring as a tool description: paragraphs on one line each (the source's wrapping is
    for editors), leaving out those about parameters the tool does not offer."""
    paragraphs = []
    for paragraph in inspect.cleandoc(docstring).split("\n\n"):
        if any(f"`{name}" in paragraph for name in hidden):
            continue
        lines: list[str] = []
        for line in paragraph.splitlines():
            if lines and not line.startswith(("- ", " ")):
                lines[-1] += " " + line.strip()
            else:
                lines.append(line)
        paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


def _patterns(values: Iterable[str]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def select(
    tools: Sequence[Tool],
    *,
    read_only: bool = False,
    include: Iterable[str] = (),
    exclude: Iterable[str] = (),
) -> list[Tool]:
    """The tools an operator chose: those matching `include` (all when empty) and not `exclude`,
    reads only with `read_only`. Patterns are tool names or globs (`lists_*`), also comma-separated.

    Raises ValueError for a pattern that matches no tool (a typo would silently serve the wrong
    set), or when nothing is left to serve.
    """
    wanted, unwanted = _patterns(include), _patterns(exclude)
    names = [tool.name for tool in tools]
    for pattern in (*wanted, *unwanted):
        if not fnmatch.filter(names, pattern):
            raise ValueError(
                f"the pattern {pattern!r} matches no tool; tools are named like lists_create or "
                "campaigns_delivery_logs (`pakat mcp --list-tools` lists them)"
            )
    chosen = [
        tool
        for tool in tools
        if (not wanted or any(fnmatch.fnmatchcase(tool.name, p) for p in wanted))
        and not any(fnmatch.fnmatchcase(tool.name, p) for p in unwanted)
        and (tool.effects.read_only or not read_only)
    ]
    if not chosen:
        raise ValueError("no tool is left to serve with these --tools, --exclude-tools and --read-only")
    return chosen
