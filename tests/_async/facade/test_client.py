"""Client construction, settings, lifecycle and secrecy of the key."""

from __future__ import annotations

import logging
import traceback
import warnings

import httpx
import pytest

import pakat
from pakat import AsyncPakat, NotFoundError, PakatError
from tests.facade.conftest import API_KEY, BASE_URL, MockServer, record


async def test_key_and_url_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAKAT_API_KEY", "env-key-123")
    monkeypatch.setenv("PAKAT_BASE_URL", "http://localhost:8080/api/")
    monkeypatch.setenv("PAKAT_TIMEZONE", "Europe/Berlin")
    async with AsyncPakat() as client:
        assert client.base_url == "http://localhost:8080/api"
        assert client.customer_timezone.key == "Europe/Berlin"


async def test_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PAKAT_BASE_URL", "PAKAT_TIMEZONE"):
        monkeypatch.delenv(name, raising=False)
    async with AsyncPakat(api_key="k") as client:
        assert client.base_url == "https://new.pakat.net/api"
        assert client.customer_timezone.key == "Asia/Tehran"
        assert client.max_retries == 2
        assert client.timeout.read == 30.0


def test_missing_key_says_how_to_set_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAKAT_API_KEY", raising=False)
    with pytest.raises(PakatError, match="PAKAT_API_KEY"):
        AsyncPakat()
    with pytest.raises(PakatError, match="PAKAT_API_KEY"):
        AsyncPakat(api_key="  ")


@pytest.mark.parametrize(
    "url", ["http://new.pakat.net/api", "http://10.0.0.5/api", "ftp://example.com/api", "not a url"]
)
def test_plain_http_is_refused_except_to_loopback(url: str) -> None:
    with pytest.raises(PakatError):
        AsyncPakat(api_key="k", base_url=url)


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/api", "http://[::1]:9/api", "http://localhost/api"])
async def test_loopback_http_is_allowed(url: str) -> None:
    await AsyncPakat(api_key="k", base_url=url).aclose()


async def test_plain_http_to_another_machine_is_an_explicit_opt_in_with_a_warning(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("PAKAT_ALLOW_INSECURE_HTTP", raising=False)
    url = "http://sandbox.invalid:8080/api"  # a sandbox in another container
    with pytest.raises(
        PakatError, match=r"Refusing plain http:// to sandbox\.invalid.*PAKAT_ALLOW_INSECURE_HTTP=1"
    ):
        AsyncPakat(api_key="k", base_url=url)
    with pytest.warns(pakat.InsecureHTTPWarning, match="the API key travels unencrypted") as said:
        client = AsyncPakat(api_key="k", base_url=url, allow_insecure_http=True)
    assert said[0].filename == __file__  # points at the line that made the client
    assert client.base_url == url
    await client.aclose()
    monkeypatch.setenv("PAKAT_ALLOW_INSECURE_HTTP", "1")
    with pytest.warns(pakat.InsecureHTTPWarning):
        await AsyncPakat(api_key="k", base_url=url).aclose()
    with pytest.raises(PakatError):  # the argument wins over the environment
        AsyncPakat(api_key="k", base_url=url, allow_insecure_http=False)
    monkeypatch.setenv("PAKAT_ALLOW_INSECURE_HTTP", "maybe")
    with pytest.raises(PakatError, match="PAKAT_ALLOW_INSECURE_HTTP='maybe'"):
        AsyncPakat(api_key="k", base_url=url)
    monkeypatch.setenv("PAKAT_ALLOW_INSECURE_HTTP", "0")
    with pytest.raises(PakatError):
        AsyncPakat(api_key="k", base_url=url)
    # Never for https, nor for this machine: nothing to warn about.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        await AsyncPakat(api_key="k", base_url="http://127.0.0.1:9/api", allow_insecure_http=True).aclose()


def test_bad_settings_are_refused() -> None:
    with pytest.raises(PakatError, match="timezone"):
        AsyncPakat(api_key="k", customer_timezone="Mars/Olympus")
    with pytest.raises(ValueError, match="max_retries"):
        AsyncPakat(api_key="k", max_retries=-1)
    with pytest.raises(ValueError, match="timeout"):
        AsyncPakat(api_key="k", timeout=0)


async def test_key_appears_in_no_repr_str_or_log(
    client: AsyncPakat, server: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.on(
        "GET", "/lists/x", httpx.Response(404, json={"status": "error", "error": "The list does not exist."})
    )
    caplog.set_level(logging.DEBUG)
    with pytest.raises(NotFoundError) as info:
        await client.lists.get("x")
    assert server.last.headers["x-api-key"] == API_KEY
    texts = [
        repr(client),
        str(client),
        repr(client.with_options(timeout=5)),
        repr(client.lists),
        repr(client._settings),
        repr(client._http.auth),
        str(info.value),
        repr(info.value),
        repr(info.value.args),
        "".join(traceback.format_exception(info.value)),
        caplog.text,
    ]
    for text in texts:
        assert API_KEY not in text
    assert "GET /api/lists/x -> 404" in caplog.text


async def test_two_clients_with_two_keys_side_by_side(server: MockServer) -> None:
    server.on("GET", "/lists/a", record({"general": {"list_uid": "a"}}))
    transport = httpx.MockTransport(server.handler)
    async with (
        AsyncPakat(
            api_key="key-one", base_url=BASE_URL, http_client=httpx.AsyncClient(transport=transport)
        ) as one,
        AsyncPakat(
            api_key="key-two", base_url=BASE_URL, http_client=httpx.AsyncClient(transport=transport)
        ) as two,
    ):
        await one.lists.get("a")
        await two.lists.get("a")
        await one.lists.get("a")
    assert [r.headers["x-api-key"] for r in server.requests] == ["key-one", "key-two", "key-one"]


async def test_with_options_shares_the_pool_and_keeps_the_original(
    client: AsyncPakat, server: MockServer
) -> None:
    server.on("GET", "/lists/a", httpx.Response(503), record({"general": {"list_uid": "a"}}))
    strict = client.with_options(max_retries=0, timeout=3)
    assert (strict.max_retries, strict.timeout.read, client.max_retries) == (0, 3.0, 2)
    assert strict._pool is client._pool
    with pytest.raises(PakatError):
        await strict.lists.get("a")
    assert (await client.lists.get("a")).general.list_uid == "a"
    await strict.aclose()
    assert (await client.lists.get("a")).general.list_uid == "a"  # closing the view left the pool open


async def test_close_closes_the_owned_http_client() -> None:
    client = AsyncPakat(api_key="k", base_url=BASE_URL)
    pool = client._pool
    assert isinstance(pool, httpx.AsyncHTTPTransport)
    await client.aclose()
    assert client._http.is_closed


async def test_redirects_are_not_followed(client: AsyncPakat, server: MockServer) -> None:
    server.on("GET", "/lists/a", httpx.Response(302, headers={"Location": "https://evil.example/steal"}))
    with pytest.raises(PakatError):
        await client.lists.get("a")
    assert len(server.requests) == 1
