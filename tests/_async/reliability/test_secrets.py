"""The API key stays secret, and the transport does not hand it to anyone but the API.

The key must appear in no repr or str of a client, view or resource; in no exception's text,
args, attributes or traceback, for every error type; in no log record at any level, retries
included. Redirects are not followed (the other host receives nothing), plain http:// is refused
off this machine, and TLS verification is on unless the caller passes an `http_client` of their own.
"""

from __future__ import annotations

import inspect
import logging
import ssl
import threading
import traceback
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

import pakat
from pakat import AsyncPakat
from pakat.testing import Sandbox
from tests.facade.conftest import MockServer

KEY = "sk-live-SECRET-7c4e1f0b9a2d8e3f"
MOCK_URL = "http://127.0.0.1:9/api"
RESOURCES = [
    "lists",
    "subscribers",
    "fields",
    "segments",
    "campaigns",
    "templates",
    "transactional_emails",
    "countries",
    "customers",
    "delivery_servers",
    "sending_domains",
    "quota",
]


def _texts(exc: BaseException) -> list[str]:
    """Everything an error shows: str, repr, args, attributes, and the formatted traceback chain."""
    texts = [str(exc), repr(exc), *map(repr, exc.args), "".join(traceback.format_exception(exc))]
    texts += [repr(value) for value in vars(exc).values()]
    cause = exc.__cause__ or exc.__context__
    if cause is not None:
        texts += [str(cause), repr(cause), *map(repr, cause.args)]
    return texts


def _assert_secret(texts: list[str]) -> None:
    leaked = [text for text in texts if KEY in text]
    assert leaked == [], leaked[0][:300] if leaked else ""


# repr and str ---------------------------------------------------------------------------------


async def test_no_repr_or_str_of_a_client_shows_the_key() -> None:
    async with AsyncPakat(api_key=KEY, base_url=MOCK_URL) as client:
        view = client.with_options(timeout=5, max_retries=0)
        shown = [
            repr(client),
            str(client),
            repr(view),
            str(view),
            repr(client._settings),
            repr(client._http.auth),
        ]
        for name in RESOURCES:
            shown += [repr(getattr(client, name)), str(getattr(view, name))]
    _assert_secret(shown)
    assert shown[0].startswith("AsyncPakat(base_url=")


# Exceptions ---------------------------------------------------------------------------------


def _error(status: int, error: Any = "Refused.", **headers: str) -> httpx.Response:
    return httpx.Response(status, json={"status": "error", "error": error}, headers=headers)


ANSWERS: list[tuple[str, Any, type[BaseException]]] = [
    ("400", _error(400), pakat.BadRequestError),
    ("401", _error(401, "The API key is invalid."), pakat.AuthenticationError),
    ("403", _error(403), pakat.PermissionDeniedError),
    ("404", _error(404), pakat.NotFoundError),
    ("422", _error(422, {"general": {"name": "Name cannot be blank."}}), pakat.ValidationError),
    ("429", _error(429, "Slow down.", **{"Retry-After": "3600"}), pakat.RateLimitError),
    ("500", _error(500), pakat.ServerError),
    ("503-html", httpx.Response(503, text="<h1>Down</h1>"), pakat.ServerError),
    ("200-error", _error(200), pakat.APIError),
    ("200-html", httpx.Response(200, text="<html>portal</html>"), pakat.APIResponseValidationError),
    (
        "200-shape",
        httpx.Response(200, json={"status": "success", "data": {"record": 5}}),
        pakat.APIResponseValidationError,
    ),
    ("302", httpx.Response(302, headers={"Location": "https://elsewhere.example/"}), pakat.APIError),
    ("connect", httpx.ConnectError("refused"), pakat.APIConnectionError),
    ("read-timeout", httpx.ReadTimeout("slow"), pakat.APITimeoutError),
    ("dropped", httpx.RemoteProtocolError("Server disconnected"), pakat.APIConnectionError),
]
POST_ANSWERS: list[tuple[str, Any, type[BaseException]]] = [
    ("post-dropped", httpx.ReadError("reset"), pakat.OutcomeUnknownError),
    ("post-timeout", httpx.ReadTimeout("slow"), pakat.OutcomeUnknownTimeoutError),
]


EVERY_ANSWER = [pytest.param(a, e, "GET", id=n) for n, a, e in ANSWERS] + [
    pytest.param(a, e, "POST", id=n) for n, a, e in POST_ANSWERS
]


@pytest.mark.parametrize(("answer", "error", "method"), EVERY_ANSWER)
async def test_no_error_text_shows_the_key(answer: Any, error: type[BaseException], method: str) -> None:
    server = MockServer()
    server.on("GET", "/lists/a", answer)
    server.on("POST", "/lists/a/copy", answer)
    http = httpx.AsyncClient(transport=httpx.MockTransport(server.handler))
    async with AsyncPakat(api_key=KEY, base_url=MOCK_URL, http_client=http, max_retries=0) as client:
        with pytest.raises(error) as caught:
            if method == "GET":
                await client.lists.get("a")
            else:
                await client.lists.copy("a")
    assert server.last.headers["x-api-key"] == KEY  # it was sent, to the API only
    _assert_secret(_texts(caught.value))


@pytest.mark.parametrize(
    "make",
    [
        lambda: AsyncPakat(api_key=KEY, base_url="http://new.pakat.net/api"),
        lambda: AsyncPakat(api_key=KEY, base_url="ftp://new.pakat.net"),
        lambda: AsyncPakat(api_key=KEY, base_url="https://"),
        lambda: AsyncPakat(api_key=KEY + "\n", base_url=MOCK_URL),
        lambda: AsyncPakat(api_key=KEY, customer_timezone="Mars/Olympus"),
        lambda: AsyncPakat(api_key=KEY, timeout=-1),
        lambda: AsyncPakat(api_key=KEY, max_retries=-1),
    ],
    ids=["http-remote", "ftp", "no-host", "key-with-newline", "zone", "timeout", "retries"],
)
def test_no_construction_error_shows_the_key(make: Callable[[], Any]) -> None:
    with pytest.raises((pakat.PakatError, ValueError)) as caught:
        make()
    _assert_secret(_texts(caught.value))


async def test_no_bad_input_error_shows_the_key() -> None:
    async with AsyncPakat(api_key=KEY, base_url=MOCK_URL) as client:
        with pytest.raises(ValueError) as caught:
            await client.subscribers.create("l", "not-an-address")
    _assert_secret(_texts(caught.value))


# Logs, with retries, over real sockets --------------------------------------------------------


async def test_no_log_record_at_any_level_shows_the_key(
    caplog: pytest.LogCaptureFixture, waits: list[float]
) -> None:
    caplog.set_level(logging.DEBUG)  # the root logger: pakat's records, and httpx's and httpcore's
    with Sandbox(api_key=KEY) as sb:
        async with AsyncPakat(api_key=KEY, base_url=sb.url, max_retries=3) as client:
            list_uid = sb.create_list()
            sb.faults.fail_next(1, status=429, retry_after=0)
            sb.faults.drop_connection(1, when="before")
            sb.faults.fail_next(1, status=503)
            await client.lists.get(list_uid)  # three retries' worth of records
            sb.faults.fail_next(4, status=502)
            with pytest.raises(pakat.ServerError):
                await client.lists.get(list_uid)
            sb.faults.drop_connection(1, when="after")
            with pytest.raises(pakat.OutcomeUnknownError):
                await client.subscribers.create(list_uid, "a@example.org")
            with pytest.raises(pakat.NotFoundError):
                await client.lists.get("missing")
            try:
                await client.lists.get("missing")
            except pakat.NotFoundError:
                logging.getLogger("app").exception("lookup failed")  # a caller logging the error
    assert len(waits) == 6
    records = caplog.records
    assert any(r.name == "pakat" and r.levelno == logging.DEBUG for r in records)
    assert any(
        r.name == "pakat" and r.levelno == logging.INFO and "retrying" in r.getMessage() for r in records
    )
    assert any(r.name.startswith("httpcore") for r in records)
    texts = [caplog.text]
    for record in records:
        texts += [record.getMessage(), repr(record.args), repr(vars(record))]
        if record.exc_info and record.exc_info[1] is not None:
            texts += _texts(record.exc_info[1])
    _assert_secret(texts)


# Redirects ----------------------------------------------------------------------------------


class _Recorder(BaseHTTPRequestHandler):
    """The other host: records every request it gets, with its headers."""

    seen: list[dict[str, str]]

    def do_GET(self) -> None:
        self.seen.append({"path": self.path, **{k.lower(): v for k, v in self.headers.items()}})
        body = b'{"status": "success", "data": {"record": {"general": {"list_uid": "stolen"}}}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_PUT = do_DELETE = do_GET

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _Redirector(BaseHTTPRequestHandler):
    """The API: answers every request with a redirect to the other host."""

    status = 302
    target = ""

    def do_GET(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        self.send_response(self.status)
        self.send_header("Location", f"{self.target}{self.path}")
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_POST = do_PUT = do_DELETE = do_GET

    def log_message(self, format: str, *args: Any) -> None:
        pass


def _serve(handler: type[BaseHTTPRequestHandler]) -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def other_host() -> Iterator[tuple[str, list[dict[str, str]]]]:
    seen: list[dict[str, str]] = []
    handler = type("Recorder", (_Recorder,), {"seen": seen})
    for server in _serve(handler):
        yield f"http://127.0.0.1:{server.server_address[1]}", seen


@pytest.fixture(params=[301, 302, 307, 308])
def redirecting_api(
    request: pytest.FixtureRequest, other_host: tuple[str, list[dict[str, str]]]
) -> Iterator[str]:
    handler = type("Redirector", (_Redirector,), {"status": request.param, "target": other_host[0]})
    for server in _serve(handler):
        yield f"http://127.0.0.1:{server.server_address[1]}/api"


async def test_redirects_are_not_followed(
    redirecting_api: str, other_host: tuple[str, list[dict[str, str]]]
) -> None:
    async with AsyncPakat(api_key=KEY, base_url=redirecting_api) as client:
        with pytest.raises(pakat.APIError, match=r"redirect to http://127\.0\.0\.1") as caught:
            await client.lists.get("a")
        with pytest.raises(pakat.APIError, match="redirect"):
            await client.lists.update("a", name="x")
        with pytest.raises(pakat.APIError, match="redirect"):
            await client.subscribers.create("a", "a@example.org")
    assert other_host[1] == []
    assert 300 <= caught.value.status_code < 400
    _assert_secret(_texts(caught.value))


async def test_an_own_http_client_does_not_follow_redirects_with_the_key(
    redirecting_api: str, other_host: tuple[str, list[dict[str, str]]]
) -> None:
    async with (
        httpx.AsyncClient(follow_redirects=True) as http,
        AsyncPakat(api_key=KEY, base_url=redirecting_api, http_client=http) as client,
    ):
        with pytest.raises(pakat.APIError, match="redirect"):
            await client.lists.get("a")
    assert other_host[1] == []


# Plain http and TLS --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://new.pakat.net/api",
        "http://10.0.0.5/api",
        "http://192.168.1.10:8080/api",
        "http://[2001:db8::1]/api",
        "http://0.0.0.0:8080/api",
        "http://127.0.0.1.nip.io/api",
        "http://localhost.example.com/api",
        "HTTP://NEW.PAKAT.NET/api",
    ],
)
def test_plain_http_off_this_machine_is_refused(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(pakat.PakatError, match="Refusing plain http://"):
        AsyncPakat(api_key=KEY, base_url=url)
    monkeypatch.setenv("PAKAT_BASE_URL", url)
    with pytest.raises(pakat.PakatError, match="Refusing plain http://"):
        AsyncPakat(api_key=KEY)


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8080/api", "http://localhost/api", "http://[::1]:9/api", "http://127.9.9.9/api"]
)
async def test_plain_http_to_this_machine_is_allowed(url: str) -> None:
    async with AsyncPakat(api_key=KEY, base_url=url) as client:
        assert client.base_url == url.rstrip("/")


def test_plain_http_to_a_dot_localhost_name_is_refused() -> None:
    with pytest.raises(pakat.PakatError, match="Refusing plain http://"):
        AsyncPakat(api_key=KEY, base_url="http://api.pakat.localhost/api")


def _ssl_context(client: AsyncPakat) -> ssl.SSLContext:
    pool = client._pool
    assert isinstance(pool, httpx.AsyncHTTPTransport)
    context = pool._pool._ssl_context
    assert isinstance(context, ssl.SSLContext)
    return context


async def test_tls_verification_is_on_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    # Variables that turn verification off in other tools must not do so here.
    for name in ("PYTHONHTTPSVERIFY", "CURL_CA_BUNDLE", "REQUESTS_CA_BUNDLE", "HTTPX_SSL_VERIFY"):
        monkeypatch.setenv(name, "0" if name != "CURL_CA_BUNDLE" else "")
    async with AsyncPakat(api_key=KEY) as client:
        for each in (client, client.with_options(timeout=1), client.with_options(max_retries=0)):
            context = _ssl_context(each)
            assert context.verify_mode == ssl.CERT_REQUIRED
            assert context.check_hostname is True


def test_only_an_explicit_http_client_can_change_tls() -> None:
    """No argument of the constructor touches TLS; the way to change it is a client of one's own."""
    parameters = set(inspect.signature(AsyncPakat).parameters)
    assert parameters == {
        "api_key",
        "base_url",
        "customer_timezone",
        "timeout",
        "max_retries",
        "max_response_bytes",
        "http_client",
        # Not TLS: it allows plain http:// to another machine (a sandbox in CI), never by default
        # and with an InsecureHTTPWarning (tests/_async/facade/test_client.py); https stays verified.
        "allow_insecure_http",
    }
    assert set(inspect.signature(AsyncPakat.with_options).parameters) == {
        "self",
        "timeout",
        "max_retries",
        "max_response_bytes",
    }


async def test_an_explicit_http_client_is_the_one_used() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200, json={"status": "success", "data": {"record": {"general": {"list_uid": "a"}}}}
        )

    async with (
        httpx.AsyncClient(transport=httpx.MockTransport(handler), verify=False) as http,
        AsyncPakat(api_key=KEY, base_url="https://new.pakat.net/api", http_client=http) as client,
    ):
        await client.lists.get("a")
    assert [str(r.url) for r in seen] == ["https://new.pakat.net/api/lists/a"]


# Tracebacks with local variables (as error reporters capture them) ---------------------------


async def test_tracebacks_with_locals_of_request_errors_do_not_show_the_key(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PAKAT_API_KEY", KEY)  # so that no frame of this test holds the key
    with Sandbox(api_key=KEY) as sb:
        async with AsyncPakat(base_url=sb.url, max_retries=1) as client:
            list_uid = sb.create_list()
            faults: list[Callable[[], None]] = [
                lambda: sb.faults.drop_connection(2, when="before"),
                lambda: sb.faults.drop_connection(1, when="after"),
                lambda: sb.faults.fail_next(1, status=500),
                lambda: sb.faults.malformed_json(1),
            ]
            for arm in faults:
                arm()
                with pytest.raises(pakat.PakatError) as caught:
                    await client.subscribers.create(list_uid, "a@example.org")
                shown = traceback.TracebackException.from_exception(caught.value, capture_locals=True)
                _assert_secret(["".join(shown.format())])


def test_a_client_that_failed_to_build_can_be_shown() -> None:
    with pytest.raises(pakat.PakatError) as caught:
        AsyncPakat(api_key=KEY, base_url="http://new.pakat.net/api")
    shown = "".join(traceback.TracebackException.from_exception(caught.value, capture_locals=True).format())
    assert "Refusing plain http://" in shown


# Keys a header cannot carry: refused at construction, without showing them ------------------

# Each holds KEY with one character an HTTP header cannot carry, or one outside visible ASCII.
BAD_KEYS = {
    "nul": KEY[:8] + "\x00" + KEY[8:],
    "vertical-tab": KEY[:8] + "\x0b" + KEY[8:],
    "form-feed": KEY[:8] + "\x0c" + KEY[8:],
    "newline": KEY + "\n",
    "carriage-return": KEY[:8] + "\r" + KEY[8:],
    "tab": KEY[:8] + "\t" + KEY[8:],
    "delete": KEY + "\x7f",
    "inner-space": KEY[:8] + " " + KEY[8:],
    "leading-space": " " + KEY,
    "trailing-space": KEY + " ",
    "non-ascii": KEY[:8] + "é" + KEY[8:],
    "cyrillic": "ключ-" + KEY,
    "zero-width-space": KEY + "\u200b",
    "no-break-space": KEY[:8] + "\u00a0" + KEY[8:],
}
# No piece of the key this long may appear in an error: not the key, and no part of it either.
PIECE = 5


def _assert_no_piece_of(key: str, texts: list[str]) -> None:
    pieces = {KEY[i : i + PIECE] for i in range(len(KEY) - PIECE + 1)} | {key.strip()}
    leaked = sorted({piece for piece in pieces for text in texts if piece in text})
    assert leaked == [], f"the error shows {leaked[:3]}: {next(t for t in texts if leaked[0] in t)[:200]}"


@pytest.mark.parametrize("key", list(BAD_KEYS.values()), ids=list(BAD_KEYS))
def test_a_key_no_header_can_carry_is_refused_at_construction_without_showing_it(
    key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(pakat.PakatError, match="API key") as caught:
        AsyncPakat(api_key=key, base_url=MOCK_URL)
    _assert_no_piece_of(key, _texts(caught.value))
    if "\x00" not in key:  # an environment variable cannot hold NUL
        monkeypatch.setenv("PAKAT_API_KEY", key)
        with pytest.raises(pakat.PakatError, match="API key") as caught:
            AsyncPakat(base_url=MOCK_URL)
        _assert_no_piece_of(key, _texts(caught.value))


async def test_a_bad_key_sends_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Against a real server: the key never reaches a socket, so no error of httpx can quote it."""
    with Sandbox(api_key=KEY) as sb:
        for key in BAD_KEYS.values():
            try:
                async with AsyncPakat(api_key=key, base_url=sb.url, max_retries=0) as client:
                    await client.lists.list()
            except pakat.PakatError as exc:
                _assert_no_piece_of(key, _texts(exc))
        assert sb.connections_accepted == 0


# X-API-KEY is masked in every request an error reaches ---------------------------------------


def _reachable_requests(exc: BaseException) -> list[httpx.Request]:
    """Every httpx.Request an error leads to: through causes and contexts, attributes, arguments,
    responses, and the local variables of every frame of every traceback on the way."""
    found: list[httpx.Request] = []
    seen: set[int] = set()
    todo: list[Any] = [exc]
    while todo:
        item = todo.pop()
        if item is None or id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, httpx.Request):
            found.append(item)
        elif isinstance(item, httpx.Response):
            todo.append(item._request)
        elif isinstance(item, BaseException):
            todo += [item.__cause__, item.__context__, *item.args, *vars(item).values()]
            trace = item.__traceback__
            while trace is not None:
                todo += list(trace.tb_frame.f_locals.values())
                trace = trace.tb_next
        elif isinstance(item, list | tuple | set | frozenset):
            todo += list(item)
        elif isinstance(item, dict):
            todo += list(item.values())
    return found


def _assert_masked(exc: BaseException, *, expect_request: bool) -> None:
    requests = _reachable_requests(exc)
    if expect_request:
        assert requests, f"no request reachable from {exc!r}: the test would prove nothing"
    for request in requests:
        assert request.headers.get("x-api-key") != KEY
        assert not any(KEY.encode() in value for _, value in request.headers.raw)


# The failure, the error a GET gets, the error a POST gets (a 5xx or an unreadable 2xx leaves its
# outcome unknown), and whether httpx's own error is the cause.
FAILURES: dict[str, tuple[Callable[[Sandbox], None], type[BaseException], type[BaseException], bool]] = {
    "dropped-before": (
        lambda sb: sb.faults.drop_connection(5, when="before"),
        pakat.APIConnectionError,
        pakat.APIConnectionError,
        True,
    ),
    "dropped-after": (
        lambda sb: sb.faults.drop_connection(5, when="after"),
        pakat.APIConnectionError,
        pakat.OutcomeUnknownError,
        True,
    ),
    "500": (
        lambda sb: sb.faults.fail_next(5, status=500),
        pakat.ServerError,
        pakat.OutcomeUnknownError,
        False,
    ),
    "503": (
        lambda sb: sb.faults.fail_next(5, status=503),
        pakat.ServerError,
        pakat.OutcomeUnknownError,
        False,
    ),
    "malformed": (
        lambda sb: sb.faults.malformed_json(5),
        pakat.APIResponseValidationError,
        pakat.OutcomeUnknownError,
        False,
    ),
}


@pytest.mark.parametrize("failure", list(FAILURES))
@pytest.mark.parametrize("method", ["GET", "POST"])
async def test_no_request_an_error_reaches_holds_the_key(failure: str, method: str) -> None:
    arm, get_error, post_error, transport = FAILURES[failure]
    error = get_error if method == "GET" else post_error
    with Sandbox(api_key=KEY) as sb:
        async with AsyncPakat(api_key=KEY, base_url=sb.url, max_retries=1) as client:
            list_uid = sb.create_list()
            arm(sb)
            with pytest.raises(error) as caught:
                if method == "GET":
                    await client.lists.get(list_uid)
                else:
                    await client.subscribers.create(list_uid, "ali@example.com")
            sb.faults.clear()
    if transport:  # httpx's own error, the cause, holds the request: the attack of the issue
        assert caught.value.__cause__ is not None
        assert caught.value.__cause__.request.headers["x-api-key"] != KEY  # type: ignore[attr-defined]
    _assert_masked(caught.value, expect_request=True)


@pytest.mark.parametrize(("answer", "error", "method"), EVERY_ANSWER)
@pytest.mark.parametrize("own_client", [False, True], ids=["pakat-pool", "own-http-client"])
async def test_no_request_an_error_of_any_kind_reaches_holds_the_key(
    answer: Any, error: type[BaseException], method: str, own_client: bool
) -> None:
    """Every answer of ANSWERS, through pakat's own transports and through a caller's http_client."""
    server = MockServer()
    server.on("GET", "/lists/a", answer)
    server.on("POST", "/lists/a/copy", answer)
    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers["x-api-key"])
        return server.handler(request)

    transport = httpx.MockTransport(handler)
    if own_client:
        client = AsyncPakat(
            api_key=KEY, base_url=MOCK_URL, http_client=httpx.AsyncClient(transport=transport)
        )
    else:
        client = AsyncPakat(api_key=KEY, base_url=MOCK_URL)
        client._setup(client._settings, transport, owns_pool=True)  # the mock in place of the pool
    async with client:
        with pytest.raises(error) as caught:
            if method == "GET":
                await client.with_options(max_retries=0).lists.get("a")
            else:
                await client.lists.copy("a")
    assert sent == [KEY]  # it was sent, to the API
    # The request the mock saw is the very object the error reaches, through the mock's frames.
    _assert_masked(caught.value, expect_request=False)
