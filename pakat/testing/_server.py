"""The HTTP side: a threading HTTP/1.1 server with keep-alive, authentication, body decoding,
fault injection and per-operation counters, in front of the route table."""

from __future__ import annotations

import contextlib
import json
import secrets
import selectors
import socket
import sys
import threading
import time
import traceback
from collections import Counter
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, NamedTuple
from urllib.parse import parse_qsl, unquote, urlsplit

from . import _api  # noqa: F401  (registers the routes)
from ._faults import Fault, Faults
from ._multipart import FormError, parse_content_type, parse_multipart, parse_urlencoded
from ._routing import ROUTER, ApiError, Config, Context, Reply, Request, Route
from ._store import Store

__all__ = ["API_PREFIX", "App", "Match", "SandboxHTTPServer"]

API_PREFIX = "/api"
# MailWizz's `unprotectedControllers` (site, customers): their routes answer without a key.
UNPROTECTED = frozenset({"createCustomer"})
# RequestAccessFilter's answers (both 400), for no key and for a key no account has.
MISSING_KEY = "Invalid API request params. Please refer to the documentation."
UNKNOWN_KEY = "Invalid API key. Please refer to the documentation."
# What the API's SiteController::actionError answers for a path no action serves (404).
PAGE_NOT_FOUND = "Page not found."
MAX_BODY = 64 * 1024 * 1024

_HTML_PAGE = (
    "<!DOCTYPE html>\n<html><head><title>{status} {phrase}</title></head>"
    "<body><h1>{phrase}</h1><p>pakat sandbox: injected HTML page.</p></body></html>\n"
)


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


class Match(NamedTuple):
    """Where a request path leads: the route (None when none), its path parameters, and whether
    some other method serves the path (a 405 rather than a 404)."""

    route: Route | None
    params: dict[str, str]
    path_known: bool


class Incoming(NamedTuple):
    """A request as read before any handler runs.

    ``method`` is the request line's; ``request_type`` is what routing goes by (CHttpRequest's
    ``getRequestType()``: POST's ``_method``, else ``X-HTTP-Method-Override``, else ``method``).
    ``form`` holds the body's fields (``$_POST`` for a POST, the parsed body for a PUT) and
    ``form_error`` why the body could not be read, if it could not.
    """

    method: str
    request_type: str
    target: str
    headers: dict[str, str]  # lower-case names
    form: dict[str, str]
    form_error: str | None
    client_ip: str
    match: Match


class _BadBody(Exception):
    """The request body could not be read; the connection is closed after the answer."""


class App:
    """Everything a request needs beyond the socket: state, key, knobs and counters."""

    def __init__(self, store: Store, api_key: str, faults: Faults) -> None:
        self.store = store
        self.api_key = api_key
        self.faults = faults
        self.config = Config(base_url="")
        self._lock = threading.Lock()
        self._received: Counter[str] = Counter()
        self._processed: Counter[str] = Counter()
        self.connections_accepted = 0
        self._open: dict[socket.socket, threading.Thread] = {}

    # Counters -------------------------------------------------------------------------------

    def counters(self) -> Counter[str]:
        with self._lock:
            return Counter(self._received)

    def processed(self) -> Counter[str]:
        with self._lock:
            return Counter(self._processed)

    def reset_counters(self) -> None:
        with self._lock:
            self._received.clear()
            self._processed.clear()
            self.connections_accepted = 0

    def count_received(self, operation_id: str | None) -> None:
        """Count a request for an operation as it arrives, before faults and authentication."""
        if operation_id is not None:
            with self._lock:
                self._received[operation_id] += 1

    def _count_processed(self, operation_id: str) -> None:
        with self._lock:
            self._processed[operation_id] += 1

    # Connections ----------------------------------------------------------------------------

    def connection_opened(self, sock: socket.socket) -> None:
        with self._lock:
            self.connections_accepted += 1
            self._open[sock] = threading.current_thread()

    def connection_closed(self, sock: socket.socket) -> None:
        with self._lock:
            self._open.pop(sock, None)

    def close_connections(self, timeout: float = 2.0) -> None:
        """Cut every open connection (idle keep-alive ones too) and wait for their threads."""
        with self._lock:
            open_now = list(self._open.items())
        for sock, _ in open_now:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        deadline = time.monotonic() + timeout
        for _, thread in open_now:
            thread.join(max(0.0, deadline - time.monotonic()))

    # Requests -------------------------------------------------------------------------------

    def route(self, method: str, path: str) -> Match:
        """Find the operation for a path under /api."""
        if path != API_PREFIX and not path.startswith(API_PREFIX + "/"):
            return Match(None, {}, False)
        # Split before unquoting, so that an encoded "/" stays inside its parameter.
        parts = [unquote(part) for part in path[len(API_PREFIX) :].strip("/").split("/")]
        return Match(*ROUTER.resolve(method, parts))

    def _refuse_key(self, headers: dict[str, str]) -> Reply | None:
        """None when the request carries the sandbox's key, else the 400 the server answers."""
        key = _api_key(headers)
        if _php_empty(key):
            return Reply(400, {"status": "error", "error": MISSING_KEY})
        if not secrets.compare_digest(key.encode("utf-8", "surrogateescape"), self.api_key.encode("utf-8")):
            return Reply(400, {"status": "error", "error": UNKNOWN_KEY})
        return None

    def receive(
        self, method: str, target: str, headers: dict[str, str], body: bytes, client_ip: str
    ) -> Incoming:
        """Decode the body and find the route the request goes to, method override included."""
        try:
            form, form_error = _decode_form(method, headers.get("content-type", ""), body), None
        except FormError as exc:
            form, form_error = {}, str(exc)
        request_type = _request_type(method, headers, form)
        match = self.route(request_type, urlsplit(target).path)
        return Incoming(method, request_type, target, headers, form, form_error, client_ip, match)

    def process(self, incoming: Incoming) -> Reply:
        """Authenticate, check the method and run the handler in one transaction; never raises."""
        method, headers, match = incoming.method, incoming.headers, incoming.match
        route, params = match.route, match.params
        if route is None and not match.path_known:
            # Yii finds no controller action before any filter runs: the key is not looked at.
            return Reply(404, {"status": "error", "error": PAGE_NOT_FOUND})
        if route is None or route.operation_id not in UNPROTECTED:
            refusal = self._refuse_key(headers)
            if refusal is not None:
                return refusal
        if route is None:
            verb = incoming.request_type
            return Reply(405, {"status": "error", "error": f"The method {verb} is not allowed here."})
        tunnelled = incoming.form.get("_method", "").upper() if method == "POST" else ""
        if route.method != "GET" and method != route.method and tunnelled != route.method:
            # The action's own check (getIsPostRequest() etc.) sees through the header.
            only = f"Only {route.method} requests allowed for this endpoint."
            return Reply(400, {"status": "error", "error": only})
        if incoming.form_error is not None:
            return Reply(400, {"status": "error", "error": incoming.form_error})
        form = {name: value for name, value in incoming.form.items() if name != "_method"}
        query = dict(parse_qsl(urlsplit(incoming.target).query, keep_blank_values=True))
        request = Request(
            method=route.method,
            operation_id=route.operation_id,
            params=params,
            query=query,
            form=form,
            client_ip=incoming.client_ip,
            user_agent=headers.get("user-agent", ""),
            headers=headers,
        )
        try:
            with self.store.transaction() as db:
                reply = route.handler(Context(db, self.config, self.store.cache), request)
        except ApiError as exc:
            return Reply(exc.status, {"status": "error", "error": exc.error})
        except Exception as exc:  # a sandbox bug must answer, not kill the connection
            traceback.print_exc(file=sys.stderr)
            return Reply(500, {"status": "error", "error": f"Sandbox internal error: {exc!r}"})
        if 200 <= reply.status < 300:
            self._count_processed(route.operation_id)
        return reply


def _request_type(method: str, headers: dict[str, str], form: dict[str, str]) -> str:
    """The method routing goes by, as Yii 1.1's ``CHttpRequest::getRequestType()`` reads it: a
    ``_method`` field of a POST body (PHP fills ``$_POST`` for POST alone), else the
    ``X-HTTP-Method-Override`` header, else the request line's method; upper-cased. Only the route
    is chosen this way: :meth:`App.process` then checks the method as the actions do."""
    if method == "POST" and "_method" in form:
        return form["_method"].upper()
    override = headers.get("x-http-method-override")
    return override.upper() if override is not None else method


def _php_empty(value: str) -> bool:
    """PHP's ``empty()`` on a string: true for "" and "0"."""
    return value in ("", "0")


def _api_key(headers: dict[str, str]) -> str:
    """The key as MailWizz's RequestAccessFilter reads it: ``X-API-KEY`` unless it is empty, else
    the legacy ``X-MW-PUBLIC-KEY`` (MailWizz 1.x clients). ``headers`` have lower-case names.
    Signatures (``X-MW-SIGNATURE``) and timestamps are not checked, as the server does not."""
    key = headers.get("x-api-key", "")
    return key if not _php_empty(key) else headers.get("x-mw-public-key", "")


def _decode_form(method: str, content_type: str, body: bytes) -> dict[str, str]:
    """Body fields, the last of a repeated name winning (as PHP does). GET and DELETE bodies, and
    empty bodies of any type, hold no fields.

    POST bodies are multipart or urlencoded (what PHP fills ``$_POST`` from). PUT bodies are read
    as Yii's ``CHttpRequest::getRestParams()`` reads them: JSON when the Content-Type starts with
    ``application/json``, otherwise as a query string whatever the type says (``mb_parse_str``).
    A multipart PUT is refused: PHP would read it as a query string and silently lose every
    field, which a test should hear about.
    """
    if method in ("GET", "DELETE", "HEAD") or not body:
        return {}
    kind, _ = parse_content_type(content_type)
    if method == "PUT" and content_type.startswith("application/json"):  # strncmp: case matters
        return _json_fields(body)
    if kind == "application/x-www-form-urlencoded" or (method == "PUT" and kind != "multipart/form-data"):
        return _php_fields(parse_urlencoded(body))
    if kind == "multipart/form-data" and method == "POST":
        return _php_fields(parse_multipart(body, content_type))
    expected = "multipart/form-data" if method == "POST" else "application/x-www-form-urlencoded"
    raise FormError(f"{method} bodies must be {expected}, not {kind or 'untyped'}.")


def _json_fields(body: bytes) -> dict[str, str]:
    """A JSON body as the bracketed fields PHP would see: ``{"general": {"name": "x"}}`` is
    ``general[name]``, lists are indexed from 0, true is "1", false "", null leaves the field out.
    A body that is not a JSON object or array holds no fields (CJSON::decode gives null)."""
    try:
        data = json.loads(body.decode("utf-8", errors="strict"))
    except UnicodeDecodeError as exc:
        raise FormError(f"undecodable JSON body: {exc}") from exc
    except ValueError:
        return {}
    fields: dict[str, str] = {}

    def walk(name: str, value: Any) -> None:
        if isinstance(value, dict | list):
            items = value.items() if isinstance(value, dict) else enumerate(value)
            for key, inner in items:
                walk(f"{name}[{key}]" if name else str(key), inner)
        elif value is True:
            fields[name] = "1"
        elif value is False:
            fields[name] = ""
        elif value is not None:
            fields[name] = str(value)

    if isinstance(data, dict | list):
        walk("", data)
    return fields


def _php_fields(pairs: list[tuple[str, str]]) -> dict[str, str]:
    """Fields as PHP reads them: the last of a repeated name wins, and each ``[]`` takes the next
    index at its place (``TAG[]=a&TAG[]=b`` gives ``TAG[0]`` and ``TAG[1]``; ``rows[][EMAIL]``
    starts a new row each time)."""
    fields: dict[str, str] = {}
    appended: dict[str, int] = {}
    for name, value in pairs:
        head, empty, rest = name.partition("[]")
        if empty and head:
            index = appended.get(head, 0)
            appended[head] = index + 1
            name = f"{head}[{index}]{rest}"
        fields[name] = value
    return fields


class SandboxHTTPServer(ThreadingHTTPServer):
    """One thread per connection. Threads are not waited for on close: idle keep-alive
    connections would block it; :meth:`App.close_connections` ends them instead."""

    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True
    # socketserver's default backlog of 5 loses connections when 16 clients connect at once.
    request_queue_size = 128
    # handle_request() is only called with a connection waiting; should the client vanish before
    # it is accepted, this bounds the wait before serve_forever looks at shutdown() again.
    timeout = 0.5

    def __init__(self, address: tuple[str, int], app: App) -> None:
        self.app = app
        # shutdown() writes a byte here to wake serve_forever at once.
        self._wake_r, self._wake_w = socket.socketpair()
        self._stopped = threading.Event()
        super().__init__(address, _Handler)

    def serve_forever(self, poll_interval: float = 0.5) -> None:
        """Serve until :meth:`shutdown`, which ends the loop at once. socketserver's own loop only
        notices a shutdown after its current ``poll_interval`` wait: a delay that every test
        stopping a sandbox (every use of the pytest fixtures) would pay."""
        self._stopped.clear()
        try:
            with selectors.DefaultSelector() as selector:
                selector.register(self, selectors.EVENT_READ)
                selector.register(self._wake_r, selectors.EVENT_READ)
                while True:
                    ready = [key.fileobj for key, _ in selector.select(poll_interval)]
                    if self._wake_r in ready:
                        self._wake_r.recv(64)  # consumed, so that a later serve_forever serves
                        return
                    if ready:
                        self.handle_request()  # accepts the waiting connection
                    self.service_actions()
        finally:
            self._stopped.set()

    def shutdown(self) -> None:
        """Stop :meth:`serve_forever` and wait until it has returned (call it from another thread)."""
        with contextlib.suppress(OSError):
            self._wake_w.send(b"\0")
        self._stopped.wait()

    def server_close(self) -> None:
        super().server_close()
        self._wake_r.close()
        self._wake_w.close()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "pakat-sandbox"
    sys_version = ""
    # An idle keep-alive connection is dropped after this many seconds.
    timeout = 120

    @property
    def app(self) -> App:
        server = self.server
        assert isinstance(server, SandboxHTTPServer)
        return server.app

    def setup(self) -> None:
        super().setup()
        # Answers go out in one write, but small ones must not wait for Nagle's algorithm.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.app.connection_opened(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.app.connection_closed(self.connection)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: a test double should not write to stderr on every request."""

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks: list[bytes] = []
            total = 0
            while True:
                size_line = self.rfile.readline(1024)
                try:
                    size = int(size_line.split(b";", 1)[0].strip(), 16)
                except ValueError as exc:
                    raise _BadBody("malformed chunked body") from exc
                if size == 0:
                    while self.rfile.readline(1024) not in (b"\r\n", b"\n", b""):
                        pass  # trailers
                    return b"".join(chunks)
                total += size
                if total > MAX_BODY:
                    raise _BadBody("body too large")
                chunks.append(self.rfile.read(size))
                self.rfile.readline(1024)
        length = self.headers.get("Content-Length")
        if length is None:
            return b""
        try:
            n = int(length)
        except ValueError as exc:
            raise _BadBody("malformed Content-Length") from exc
        if n < 0 or n > MAX_BODY:
            raise _BadBody("body too large")
        return self.rfile.read(n)

    def _send(self, status: int, body: bytes, content_type: str, extra: dict[str, str] | None = None) -> None:
        lines = [
            f"HTTP/1.1 {status} {_phrase(status)}",
            f"Server: {self.server_version}",
            f"Date: {self.date_time_string()}",
            f"Content-Type: {content_type}",
            f"Content-Length: {len(body)}",
        ]
        lines += [f"{name}: {value}" for name, value in (extra or {}).items()]
        if self.close_connection:
            lines.append("Connection: close")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        # One write: head and body in the same segment when they fit.
        self.wfile.write(head if self.command == "HEAD" else head + body)

    def _send_json(self, reply: Reply, extra: dict[str, str] | None = None) -> None:
        body = (
            reply.raw if reply.raw is not None else json.dumps(reply.body, ensure_ascii=False).encode("utf-8")
        )
        self._send(reply.status, body, "application/json; charset=utf-8", extra)

    def _drop(self) -> None:
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def _dispatch(self) -> None:
        app = self.app
        try:
            body = self._read_body()
        except _BadBody as exc:
            self.close_connection = True
            self._send_json(Reply(400, {"status": "error", "error": str(exc)}))
            return
        latency, fault = app.faults.next_request()
        if latency:
            time.sleep(latency)
        headers = {name.lower(): value for name, value in self.headers.items()}
        incoming = app.receive(self.command, self.path, headers, body, self.client_address[0])
        route = incoming.match.route
        app.count_received(route.operation_id if route is not None else None)
        if fault is not None and self._fault_before(fault):
            return
        reply = app.process(incoming)
        if fault is not None and fault.kind == "drop_after":
            self._drop()
            return
        if fault is not None and fault.kind == "empty_body":
            self._send(reply.status, b"", "application/json; charset=utf-8")
            return
        if fault is not None and fault.kind == "malformed_json":
            full = json.dumps(reply.body, ensure_ascii=False).encode("utf-8")
            # Any proper prefix of a JSON object is invalid JSON.
            self._send(reply.status, full[: max(1, len(full) // 2)], "application/json; charset=utf-8")
            return
        self._send_json(reply)

    def _fault_before(self, fault: Fault) -> bool:
        """Carry out a fault that replaces processing; False when the request is to be processed."""
        if fault.kind == "drop_before":
            self._drop()
            return True
        if fault.kind == "fail":
            extra = {"Retry-After": fault.retry_after} if fault.retry_after is not None else None
            message = f"{_phrase(fault.status)} (injected by the sandbox)."
            self._send_json(Reply(fault.status, {"status": "error", "error": message}), extra)
            return True
        if fault.kind == "error_body":
            self._send_json(Reply(fault.status, {"status": "error", "error": fault.error or ""}))
            return True
        if fault.kind == "html_page":
            page = _HTML_PAGE.format(status=fault.status, phrase=_phrase(fault.status)).encode("utf-8")
            self._send(fault.status, page, "text/html; charset=utf-8")
            return True
        return False

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _dispatch
