"""Mutated server answers give data or a PakatError, never a stray AttributeError/KeyError/TypeError/ValueError.

The answers start real: recorded from the sandbox through the facade. Hypothesis then mutates
them (fields missing, extra fields, null for an object, strings for integers and back, wrong
types, unknown status strings, empty `records` with `next_page` set) and serves them through
httpx.MockTransport to a representative set of read methods. What a call returns is then used
the way a caller would: pages iterated, models turned back into dicts, printed.
"""

from __future__ import annotations

import copy
import json
import math
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, TypeVar

import attrs
import httpx
import pytest
import pytest_asyncio
from hypothesis import given, settings
from hypothesis import strategies as st

import pakat
from pakat import AsyncPakat
from pakat.pagination import Page
from pakat.testing import Sandbox

RELIABILITY = settings.get_profile("reliability")
MOCK_URL = "http://127.0.0.1:9/api"
MAX_REQUESTS = 60  # more than this for one call means pagination does not end

T = TypeVar("T")
Call = Callable[[AsyncPakat, dict[str, str]], Any]


async def first(items: AsyncIterator[T], most: int = 1000) -> list[T]:
    """The first `most` items of an iteration (a pager that never ends is stopped by `Server`)."""
    taken: list[T] = []
    async for item in items:
        taken.append(item)
        if len(taken) == most:
            break
    return taken


CALLS: dict[str, Call] = {
    "lists.get": lambda c, ids: c.lists.get(ids["list"]),
    "lists.list": lambda c, ids: c.lists.list(),
    "lists.iter": lambda c, ids: first(c.lists.iter()),
    "subscribers.get": lambda c, ids: c.subscribers.get(ids["list"], ids["subscriber"]),
    "subscribers.list": lambda c, ids: c.subscribers.list(ids["list"]),
    "subscribers.iter": lambda c, ids: first(c.subscribers.iter(ids["list"])),
    "subscribers.find_by_email": lambda c, ids: c.subscribers.find_by_email(ids["list"], "seed1@example.org"),
    "campaigns.get": lambda c, ids: c.campaigns.get(ids["campaign"]),
    "campaigns.list": lambda c, ids: c.campaigns.list(),
    "campaigns.stats": lambda c, ids: c.campaigns.stats(ids["campaign"]),
    "quota.get": lambda c, ids: c.quota.get(),
    "transactional_emails.get": lambda c, ids: c.transactional_emails.get(ids["email"]),
    "transactional_emails.list": lambda c, ids: c.transactional_emails.list(),
    "templates.list": lambda c, ids: c.templates.list(),
    "templates.get": lambda c, ids: c.templates.get(ids["template"]),
}


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def recorded(shared_sandbox: Sandbox) -> tuple[dict[str, Any], dict[str, str]]:
    """The sandbox's real answer to each call in CALLS (the first page for iterations)."""
    sb = shared_sandbox
    answers: dict[str, Any] = {}
    current: list[str] = []

    async def keep(response: httpx.Response) -> None:
        if current:
            await response.aread()
            answers.setdefault(current[0], response.json())

    http = httpx.AsyncClient(event_hooks={"response": [keep]})
    async with AsyncPakat(api_key=sb.api_key, base_url=sb.url, http_client=http) as client:
        list_uid = sb.create_list("Robust", **{"company[name]": "ACME"})
        sb.seed_subscribers(list_uid, 3)
        ids = {
            "list": list_uid,
            "subscriber": str((await client.subscribers.list(list_uid)).items[0].subscriber_uid),
            "campaign": await client.campaigns.create(
                name="C",
                list_uid=list_uid,
                subject="S",
                from_name="F",
                from_email="a@example.com",
                reply_to="a@example.com",
                html='<p>x [COMPANY_FULL_ADDRESS] <a href="[UNSUBSCRIBE_URL]">u</a></p>',
            ),
            "email": await client.transactional_emails.send(
                to_email="a@example.org", to_name="A", from_name="B", subject="S", html="<p>x</p>"
            ),
            "template": await client.templates.create("T", html="<p>x</p>"),
        }
        for name, call in CALLS.items():
            current[:] = [name]
            await call(client, ids)
    await http.aclose()
    assert set(answers) == set(CALLS)
    return answers, ids


# Mutations ----------------------------------------------------------------------------------

junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=10**30, max_value=10**40),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.sampled_from(["", "12", "-1", "1e999", "NaN", "∞", "۱۲", "0x10", "null", "[]", "{}", "2025-13-45"]),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=4), st.integers(), max_size=2),
    st.builds(lambda: {"record": None}),
    st.builds(lambda: [{}]),
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*prefix, index))


def _parent(body: Any, path: tuple[Any, ...]) -> Any:
    for step in path[:-1]:
        body = body[step]
    return body


def _retyped(value: Any) -> Any:
    """The same value in the other type servers use for it: numbers as strings and back."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        try:
            return int(value)
        except ValueError:
            return 0
    return str(value)


@st.composite
def mutated(draw: st.DrawFn, body: Any) -> Any:
    body = copy.deepcopy(body)
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        kind = draw(
            st.sampled_from(["delete", "null", "junk", "retype", "status", "extra", "empty-records", "list"])
        )
        if kind == "empty-records":
            data = body.get("data") if isinstance(body, dict) else None
            if isinstance(data, dict) and "records" in data:
                data["records"] = []
                data["next_page"] = draw(st.one_of(st.integers(-2, 5), st.sampled_from(["2", "x", None])))
                data["total_pages"] = draw(st.one_of(st.integers(0, 10**6), st.just("many")))
                continue
            kind = "null"
        if kind == "list":
            return draw(st.sampled_from([[], "ok", 0, None]))
        paths = [path for path in _paths(body) if path]
        if not paths:
            return draw(junk)
        path = draw(st.sampled_from(paths))
        parent, key = _parent(body, path), path[-1]
        if kind == "delete" and isinstance(parent, dict):
            del parent[key]
        elif kind == "null":
            parent[key] = None
        elif kind == "retype":
            parent[key] = _retyped(parent[key])
        elif kind == "status":
            status_paths = [
                p
                for p in paths
                if p[-1] == "status" or (isinstance(p[-1], str) and p[-1].endswith("_status"))
            ]
            target = draw(st.sampled_from(status_paths)) if status_paths else path
            _parent(body, target)[target[-1]] = draw(
                st.sampled_from(["", "archived", "ok", "error", "SUCCESS", "pending-review"])
                | st.text(max_size=10)
            )
        elif kind == "extra":
            holder = parent if isinstance(parent, dict) else body if isinstance(body, dict) else None
            if holder is not None:
                holder[draw(st.text(min_size=1, max_size=8))] = draw(junk)
        else:
            parent[key] = draw(junk)
    return body


# Using what came back ------------------------------------------------------------------------


def use(value: Any) -> None:
    """What a caller does with a result: iterate it, print it, turn models back into dicts."""
    repr(value)
    if isinstance(value, Page):
        assert value.count >= 0 or value.count < 0  # an int, whatever the server sent
        for item in value:
            use(item)
        return
    if isinstance(value, list):
        for item in value:
            use(item)
        return
    if hasattr(value, "to_dict"):
        value.to_dict()
        return
    if attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            getattr(value, field.name)
    if isinstance(value, pakat.types.Quota):
        assert isinstance(value.used, int) and math.isfinite(value.percentage)


class Server:
    def __init__(self, body: Any) -> None:
        self.body = body
        self.requests = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        if self.requests > MAX_REQUESTS:
            raise RuntimeError("pagination does not end")
        # allow_nan: a float drawn as NaN or infinity goes out as the NaN/Infinity tokens.
        content = json.dumps(self.body, allow_nan=True).encode()
        return httpx.Response(200, content=content, headers={"Content-Type": "application/json"})


async def _call(name: str, body: Any, ids: dict[str, str]) -> None:
    server = Server(body)
    http = httpx.AsyncClient(transport=httpx.MockTransport(server))
    async with AsyncPakat(api_key="sk-robust", base_url=MOCK_URL, http_client=http, max_retries=0) as client:
        try:
            result = await CALLS[name](client, ids)
        except pakat.PakatError:
            return
        use(result)


@pytest.mark.parametrize("name", sorted(CALLS))
async def test_real_answers_parse(recorded: tuple[dict[str, Any], dict[str, str]], name: str) -> None:
    """The unmutated answers give data: the mutations below start from something that works."""
    answers, ids = recorded
    server = Server(answers[name])
    http = httpx.AsyncClient(transport=httpx.MockTransport(server))
    async with AsyncPakat(api_key="sk-robust", base_url=MOCK_URL, http_client=http) as client:
        use(await CALLS[name](client, ids))


@pytest.mark.parametrize("name", sorted(CALLS))
@RELIABILITY
@given(data=st.data())
async def test_mutated_answers_give_data_or_a_pakat_error(
    recorded: tuple[dict[str, Any], dict[str, str]], name: str, data: st.DataObject
) -> None:
    answers, ids = recorded
    await _call(name, data.draw(mutated(answers[name]), label="answer"), ids)
