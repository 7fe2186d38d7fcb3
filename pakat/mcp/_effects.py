"""What a facade method does to the account, read from the requests it sends.

A method's requests are the generated endpoints its body names (`create_list._get_kwargs(...)`),
followed through the other methods it calls (`upsert` looks up, then updates or creates); each
endpoint's HTTP method is the one its generated `_get_kwargs` writes. From those:

- read-only: every request is a GET, and none of them records something (below);
- destructive: a DELETE, or an operation below that sends email or cannot be taken back;
- idempotent: what the SDK itself repeats safely after a lost answer: GET, PUT and DELETE, not
  POST, nor a GET that records something each time it arrives.

The HTTP method says the rest; only what it cannot say is written here, by operation (the
generated endpoint's name, the operationId of openapi.json in snake case).
"""

from __future__ import annotations

import ast
import functools
import inspect
import sys
import types
from dataclasses import dataclass

__all__ = ["DESTRUCTIVE", "RECORDS", "Effects", "effects", "endpoints", "http_method"]

GENERATED_API = "pakat_client.api."

# GETs that write: each call records one more open or click, so a repeat counts twice.
RECORDS: dict[str, str] = {
    "track_campaign_opening": "records an open of the campaign on every call",
    "track_campaign_url": "records a click (and an open, if none) on every call",
}

# Operations besides DELETEs whose effect cannot be taken back: email goes out, or a campaign
# ends for good.
DESTRUCTIVE: dict[str, str] = {
    "send_transactional_email": "sends an email",
    "create_campaign": "schedules a campaign to its list, sent at send_at (now when left out) unless it is a draft",
    "update_campaign": "can reschedule a campaign or change what its list is sent",
    "pause_unpause_campaign": "resumes sending a paused campaign",
    "mark_campaign_sent": "ends a campaign for good: a campaign marked sent is never sent again",
    "create_subscriber": "emails the new subscriber a confirmation request on a double opt-in list",
    "create_subscribers_bulk": "emails each new subscriber a confirmation request on a double opt-in list",
    "create_customer": "creates an account whose owner is emailed to confirm the address",
}


@dataclass(frozen=True)
class Effects:
    """The requests a method may send, and the MCP hints they give."""

    operations: frozenset[str]
    http_methods: frozenset[str]

    @property
    def read_only(self) -> bool:
        return self.http_methods == {"GET"} and not self.operations & RECORDS.keys()

    @property
    def destructive(self) -> bool:
        return "DELETE" in self.http_methods or bool(self.operations & DESTRUCTIVE.keys())

    @property
    def idempotent(self) -> bool:
        return "POST" not in self.http_methods and not self.operations & RECORDS.keys()

    @property
    def reasons(self) -> list[str]:
        """Why the method is destructive or not idempotent beyond its HTTP methods, in words."""
        return [
            (DESTRUCTIVE.get(op) or RECORDS[op])
            for op in sorted(self.operations)
            if op in DESTRUCTIVE or op in RECORDS
        ]


def effects(cls: type, name: str) -> Effects:
    """What `cls.name` sends, through every method of `cls` it calls."""
    found = endpoints(cls, name)
    return Effects(
        operations=frozenset(module.__name__.rsplit(".", 1)[1] for module in found),
        http_methods=frozenset(http_method(module) for module in found),
    )


def endpoints(cls: type, name: str) -> set[types.ModuleType]:
    """The generated endpoint modules `cls.name` may call, directly or through its own methods."""
    module = sys.modules[cls.__module__]
    bodies = _methods(module, cls.__name__)
    found: set[types.ModuleType] = set()
    seen: set[str] = set()
    pending = [name]
    while pending:
        current = pending.pop()
        if current in seen:
            continue
        seen.add(current)
        for node in ast.walk(bodies[current]):
            if not isinstance(node, ast.Attribute) or not isinstance(node.value, ast.Name):
                continue
            target = node.value.id
            if target == "self" and node.attr in bodies:
                pending.append(node.attr)
            elif node.attr == "_get_kwargs":
                endpoint = vars(module).get(target)
                if isinstance(endpoint, types.ModuleType) and endpoint.__name__.startswith(GENERATED_API):
                    found.add(endpoint)
    return found


@functools.cache
def _parsed(module: types.ModuleType) -> ast.Module:
    """A module's syntax tree, read once: parsing whole files is cheaper than asking `inspect`
    for each function's source."""
    return ast.parse(inspect.getsource(module))


@functools.cache
def _methods(module: types.ModuleType, class_name: str) -> dict[str, ast.AST]:
    """The bodies of a class's methods, by name."""
    for node in _parsed(module).body:
        if isinstance(node, ast.ClassDef) and node.name == class_name:
            return {
                item.name: item
                for item in node.body
                if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef)
            }
    raise LookupError(f"{module.__name__} defines no class {class_name}")


@functools.cache
def http_method(module: types.ModuleType) -> str:
    """The HTTP method a generated endpoint sends: the `"method"` its `_get_kwargs` writes."""
    for function in _parsed(module).body:
        if not isinstance(function, ast.FunctionDef) or function.name != "_get_kwargs":
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.Dict):
                for key, value in zip(node.keys, node.values, strict=True):
                    if (
                        isinstance(key, ast.Constant)
                        and key.value == "method"
                        and isinstance(value, ast.Constant)
                        and isinstance(value.value, str)
                    ):
                        return value.value.upper()
    raise LookupError(f"{module.__name__}._get_kwargs names no HTTP method")
