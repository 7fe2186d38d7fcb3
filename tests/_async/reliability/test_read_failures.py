"""Every failure while reading an answer is a PakatError, never a raw RecursionError, OverflowError,
RuntimeError or httpx exception: hostile answers from raw-socket servers, and use after close.

The answers are written as bytes, as a broken or hostile server would send them: nesting that a
recursive parser dives into, numbers no float can hold, NaN, broken gzip, an unknown charset.
Whatever a call returns must be usable the way a caller uses it (printed, turned back into
dicts, encoded as UTF-8).
"""

from __future__ import annotations

import copy
import gzip
import json
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import attrs
import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

import pakat
from pakat import AsyncPakat
from tests._async.reliability.test_response_robustness import (
    CALLS,
    MOCK_URL,
    RELIABILITY,
    first,
    recorded,
    use,
)
from tests.reliability.hostile import RawServer, canned

KEY = "sk-hostile"
__all__ = ["recorded"]  # the module fixture of test_response_robustness, used here too
RECORD = b'{"status":"success","data":{"record":{"general":{"list_uid":"a","name":"N"}}}}'


def deep(depth: int, leaf: bytes = b"1") -> bytes:
    """`depth` nested arrays around `leaf`."""
    return b"[" * depth + leaf + b"]" * depth


def deep_object(depth: int) -> bytes:
    return b'{"a":' * depth + b'"x"' + b"}" * depth


def usable(value: Any) -> None:
    """What a caller does with a result: print it, walk it, turn it back into JSON text as UTF-8."""
    use(value)
    plain = value.to_dict() if hasattr(value, "to_dict") else None
    if plain is not None:
        json.dumps(plain, ensure_ascii=False).encode("utf-8")


@pytest.fixture
def served() -> Iterator[Callable[..., RawServer]]:
    servers: list[RawServer] = []

    def serve(status: int, body: bytes, **options: Any) -> RawServer:
        server = RawServer(canned(status, body, **options))
        servers.append(server)
        return server

    yield serve
    for server in servers:
        server.close()


async def _call(url: str, call: Callable[[AsyncPakat], Any]) -> Any:
    async with AsyncPakat(api_key=KEY, base_url=url, max_retries=0) as client:
        return await call(client)


# Deep nesting ---------------------------------------------------------------------------------

NESTED = [
    # (name, status, body, the error a GET gets)
    (
        "success-100000",
        200,
        b'{"status":"success","data":' + deep(100_000) + b"}",
        pakat.APIResponseValidationError,
    ),
    (
        "error-object-5000",
        400,
        b'{"status":"error","error":' + deep_object(5000) + b"}",
        pakat.BadRequestError,
    ),
    ("error-array-100000", 422, b'{"status":"error","error":' + deep(100_000) + b"}", pakat.ValidationError),
    ("server-error-100000", 500, deep(100_000), pakat.ServerError),
    # Shallow enough for json to parse, deep enough that printing the result recurses too far.
    (
        "record-field-950",
        200,
        b'{"status":"success","data":{"record":{"general":{"list_uid":"a","name":' + deep(950) + b"}}}}",
        pakat.APIResponseValidationError,
    ),
    ("error-object-950", 400, b'{"status":"error","error":' + deep_object(950) + b"}", pakat.BadRequestError),
]


@pytest.mark.parametrize(("name", "status", "body", "error"), NESTED, ids=[n[0] for n in NESTED])
async def test_deeply_nested_answers_are_a_pakat_error(
    served: Callable[..., RawServer], name: str, status: int, body: bytes, error: type[Exception]
) -> None:
    server = served(status, body)
    with pytest.raises(error) as caught:
        usable(await _call(server.url, lambda c: c.lists.get("a")))
    assert caught.value.status_code == status
    str(caught.value), repr(caught.value)  # the error itself prints


async def test_a_deeply_nested_answer_to_a_post_is_not_a_crash(served: Callable[..., RawServer]) -> None:
    server = served(201, b'{"status":"success","list_uid":' + deep(100_000) + b"}")
    with pytest.raises(pakat.OutcomeUnknownError):  # the server acted: see test_post_outcome
        await _call(server.url, lambda c: c.lists.copy("a"))
    assert len(server.requests) == 1


# Numbers no float holds, and NaN --------------------------------------------------------------

HUGE = b"1" + b"0" * 400
PAGE = b'{"status":"success","data":{"count":%s,"total_pages":%s,"current_page":%s,"next_page":%s,"prev_page":null,"records":[{"general":{"list_uid":"a","name":"N"}}]}}'
NUMBERS = [
    b"Infinity",
    b"-Infinity",
    b"NaN",
    b"1e400",
    b"-1e400",
    HUGE,
    b"1" + b"0" * 5000,
    b'"1e400"',
    b'"Infinity"',
]


@pytest.mark.parametrize("number", NUMBERS, ids=lambda n: n[:12].decode())
@pytest.mark.parametrize("where", range(4), ids=["count", "total_pages", "current_page", "next_page"])
async def test_a_page_number_or_count_no_float_holds(
    served: Callable[..., RawServer], number: bytes, where: int
) -> None:
    fields = [b'"3"', b"3", b"1", b"2"]
    fields[where] = number
    server = served(200, PAGE % tuple(fields))
    async with AsyncPakat(api_key=KEY, base_url=server.url, max_retries=0) as client:
        for prefetch in (0, 4):
            try:
                items = await first(client.lists.iter(prefetch=prefetch), 20)
            except pakat.PakatError:
                continue
            usable(items)
        try:
            page = await client.lists.list()
        except pakat.PakatError:
            return
    usable(page)
    assert all(isinstance(n, int) for n in (page.count, page.total_pages, page.page))


QUOTAS = [
    b'{"status":"ok","quota":{"used":%s,"allowed":10}}' % HUGE,
    b'{"status":"ok","quota":{"used":5,"allowed":%s}}' % HUGE,
    b'{"status":"ok","quota":{"used":%s,"allowed":1,"percentage":"x"}}' % HUGE,
    b'{"status":"ok","quota":{"used":1e400,"allowed":10}}',
    b'{"status":"ok","quota":{"used":"1e400","allowed":10}}',
    b'{"status":"ok","quota":{"used":Infinity,"allowed":NaN,"percentage":NaN}}',
    b'{"status":"ok","quota":{"used":5,"allowed":10,"percentage":1e400}}',
]


@pytest.mark.parametrize("body", QUOTAS, ids=range(len(QUOTAS)))
async def test_a_quota_no_float_holds(served: Callable[..., RawServer], body: bytes) -> None:
    server = served(200, body)
    try:
        quota = await _call(server.url, lambda c: c.quota.get())
    except pakat.PakatError:
        return
    usable(quota)


# Bodies that cannot be decoded ----------------------------------------------------------------

BROKEN = [
    ("gzip-not-gzip", 200, RECORD, {"headers": {"Content-Encoding": "gzip"}}),
    ("gzip-cut-short", 200, gzip.compress(RECORD)[:20], {"headers": {"Content-Encoding": "gzip"}}),
    ("deflate-garbage", 200, b"\x00\x01garbage", {"headers": {"Content-Encoding": "deflate"}}),
    ("gzip-error-page", 502, b"<html>bad gateway", {"headers": {"Content-Encoding": "gzip"}}),
    ("unknown-charset", 200, b"\xff\xfe<html>", {"content_type": "text/html; charset=no-such-codec"}),
    ("latin-1-not-json", 200, "Überlastet".encode("latin-1"), {"content_type": "text/plain"}),
    ("utf-16-json", 200, RECORD.decode().encode("utf-16"), {}),
    ("bom-json", 200, b"\xef\xbb\xbf" + RECORD, {}),
    ("nul-bytes", 200, b"\x00" * 64, {}),
]


@pytest.mark.parametrize(("name", "status", "body", "options"), BROKEN, ids=[b[0] for b in BROKEN])
async def test_an_undecodable_body_is_a_pakat_error(
    served: Callable[..., RawServer], name: str, status: int, body: bytes, options: dict[str, Any]
) -> None:
    server = served(status, body, **options)
    try:
        usable(await _call(server.url, lambda c: c.lists.get("a")))
    except pakat.PakatError as exc:
        str(exc), repr(exc)


# Use after close ------------------------------------------------------------------------------


async def _closed_clients(url: str) -> AsyncIterator[tuple[str, AsyncPakat]]:
    client = AsyncPakat(api_key=KEY, base_url=url)
    await client.aclose()
    yield "closed", client
    owner = AsyncPakat(api_key=KEY, base_url=url)
    view = owner.with_options(timeout=5)
    await owner.aclose()
    yield "view-of-a-closed-client", view
    http = httpx.AsyncClient()
    own = AsyncPakat(api_key=KEY, base_url=url, http_client=http)
    await http.aclose()
    yield "own-http-client-closed", own
    await own.aclose()


async def test_use_after_close_is_a_pakat_error_and_sends_nothing(served: Callable[..., RawServer]) -> None:
    server = served(200, RECORD)
    async for name, client in _closed_clients(server.url):
        with pytest.raises(pakat.PakatError, match="closed") as caught:
            await client.lists.get("a")
        assert isinstance(caught.value, RuntimeError), name  # what httpx raised before: still caught
        with pytest.raises(pakat.PakatError, match="closed"):
            await client.lists.copy("a")
        with pytest.raises(pakat.PakatError, match="closed"):
            [x async for x in client.lists.iter()]
        with pytest.raises(pakat.PakatError, match="closed"):
            await client.transactional_emails.send(
                to_email="a@example.org", to_name="A", from_name="B", subject="S", html="<p>x</p>"
            )
    assert server.requests == []


# Odd JSON at every level (hypothesis) ---------------------------------------------------------
#
# The recorded answers of test_response_robustness, written out as JSON text with oddities a
# json.dumps of Python values cannot produce: duplicate keys, lone surrogates, NaN and numbers
# beyond a float, nesting a recursive reader dives into, and a JSON string wherever an object or
# array is expected (the root included).


@attrs.frozen
class Raw:
    """JSON text written as it is."""

    text: str


@attrs.frozen
class Pairs:
    """An object written from its (key, value) pairs, so that a key may come twice."""

    items: tuple[tuple[Any, Any], ...]


def write(value: Any) -> str:
    if isinstance(value, Raw):
        return value.text
    if isinstance(value, Pairs | dict):
        items = value.items if isinstance(value, Pairs) else tuple(value.items())
        return "{" + ",".join(f"{write(key)}:{write(item)}" for key, item in items) + "}"
    if isinstance(value, list):
        return "[" + ",".join(write(item) for item in value) + "]"
    return json.dumps(value, allow_nan=True)


ODD_NUMBERS = [
    "NaN",
    "Infinity",
    "-Infinity",
    "1e400",
    "-1e400",
    "1" + "0" * 400,
    "-0",
    "1E+2",
    "1" + "0" * 5000,
]
LONE_SURROGATES = ['"\\ud800"', '"x\\udfff"', '"\\udc00\\ud800"', '"\\ud83d"', '"ok\\ud83d\\ude00\\ud83d"']


def _nodes(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _nodes(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _nodes(item, (*path, index))


def _get(body: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        body = body[step]
    return body


@st.composite
def odd_json(draw: st.DrawFn, body: Any) -> bytes:
    body = copy.deepcopy(body)
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        paths = list(_nodes(body))
        path = draw(st.sampled_from(paths))
        value = _get(body, path)
        kind = draw(
            st.sampled_from(["as-string", "number", "surrogate", "surrogate-key", "duplicate", "deep"])
        )
        if kind == "as-string":
            replacement: Any = draw(st.sampled_from([write(value), "", "null", "{}", "[]", "ok"]))
        elif kind == "number":
            replacement = Raw(draw(st.sampled_from(ODD_NUMBERS)))
        elif kind == "surrogate":
            replacement = Raw(draw(st.sampled_from(LONE_SURROGATES)))
        elif kind in ("surrogate-key", "duplicate") and isinstance(value, dict) and value:
            key = draw(st.sampled_from(sorted(value)))
            items = list(value.items())
            if kind == "surrogate-key":
                items.append((Raw(draw(st.sampled_from(LONE_SURROGATES))), value[key]))
            else:
                odd = draw(st.sampled_from([None, "", 0, Raw("NaN"), Raw('"\\ud800"'), [], {}, "x"]))
                items.insert(draw(st.integers(0, len(items))), (key, odd))
            replacement = Pairs(tuple(items))
        else:
            depth = draw(st.sampled_from([70, 950, 5000, 100_000]))
            opener, closer = draw(st.sampled_from([("[", "]"), ('{"a":', "}")]))
            replacement = Raw(opener * depth + "1" + closer * depth)
        if not path:
            body = replacement
            break
        _get(body, path[:-1])[path[-1]] = replacement
        if isinstance(replacement, Raw | Pairs):
            # Oddities are written, not walked: the next mutation picks among the plain nodes.
            continue
    return write(body).encode()


async def _odd_call(name: str, content: bytes, ids: dict[str, str]) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=content, headers={"Content-Type": "application/json"})

    http = httpx.AsyncClient(transport=httpx.MockTransport(answer))
    async with AsyncPakat(api_key=KEY, base_url=MOCK_URL, http_client=http, max_retries=0) as client:
        try:
            result = await CALLS[name](client, ids)
        except pakat.PakatError as exc:
            str(exc), repr(exc)
            return
        usable(result)


@pytest.mark.parametrize("name", sorted(CALLS))
@RELIABILITY
@given(data=st.data())
async def test_odd_json_gives_data_or_a_pakat_error(
    recorded: tuple[dict[str, Any], dict[str, str]], name: str, data: st.DataObject
) -> None:
    answers, ids = recorded
    await _odd_call(name, data.draw(odd_json(answers[name]), label="answer"), ids)


@st.composite
def mangled(draw: st.DrawFn, content: bytes) -> bytes:
    """The bytes of an answer, cut, flipped, spliced or doubled."""
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        at = draw(st.integers(0, max(0, len(content) - 1)))
        kind = draw(st.sampled_from(["cut", "flip", "insert", "double", "drop"]))
        if kind == "cut":
            content = content[:at]
        elif kind == "flip" and content:
            content = content[:at] + bytes([content[at] ^ draw(st.integers(1, 255))]) + content[at + 1 :]
        elif kind == "insert":
            content = content[:at] + draw(st.binary(min_size=1, max_size=8)) + content[at:]
        elif kind == "double":
            content = content[:at] + content[at:] * 2
        else:
            content = content[:at] + content[at + draw(st.integers(1, 16)) :]
    return content


@pytest.mark.parametrize("name", sorted(CALLS))
@RELIABILITY
@given(data=st.data())
async def test_mangled_bytes_give_data_or_a_pakat_error(
    recorded: tuple[dict[str, Any], dict[str, str]], name: str, data: st.DataObject
) -> None:
    answers, ids = recorded
    content = json.dumps(answers[name]).encode()
    await _odd_call(name, data.draw(mangled(content), label="answer"), ids)
