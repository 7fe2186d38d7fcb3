"""The HTTP side: a threading HTTP/1.1 server with keep-alive, in front of what MailWizz does
before and around an action (the offline switch, routing, the access filter, the HTTP cache
filter, input cleaning, JSON encoding), fault injection and per-operation counters."""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import hashlib
import http.client
import ipaddress
import json
import logging
import secrets
import select
import selectors
import socket
import sys
import threading
import time
import traceback
from collections import Counter
from collections.abc import Iterable
from email.utils import formatdate, parsedate_to_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import IO, Any, NamedTuple, cast
from urllib.parse import parse_qsl, unquote, urlsplit

from pakat import _server_messages as said

from . import _api  # noqa: F401  (registers the routes)
from ._faults import Fault, Faults
from ._input import clean
from ._language import translate
from ._limits import MAX_HEAD, BodyBudget, Holding, Limits, Refusal, framing, read_body
from ._multipart import FormError, parse_content_type, parse_multipart, parse_urlencoded
from ._routing import (
    ROUTER,
    UNPROTECTED_CONTROLLERS,
    ApiError,
    Config,
    Context,
    Reply,
    Request,
    Resolution,
    cacheable,
)
from ._store import Store

__all__ = ["API_PREFIX", "App", "SandboxHTTPServer", "encode_json"]

# One line per connection that ends badly (a reset, garbage, a refused body), never a traceback.
logger = logging.getLogger("pakat.testing")

API_PREFIX = "/api"
# The server's own words for what happens before an action runs.
OFFLINE = said.OFFLINE  # Controller::init, 503
# RequestAccessFilter's refusals (all 400), in the SDK's words for them.
IP_NOT_ALLOWED = said.IP_NOT_ALLOWED
MISSING_KEY = said.MISSING_KEY
UNKNOWN_KEY = said.INVALID_KEY
ACCOUNT_INACTIVE = said.ACCOUNT_INACTIVE
API_NOT_ALLOWED = said.API_NOT_ALLOWED
NO_PERMISSION = said.NO_PERMISSION  # MailWizz 2.2.9+
# What the API's SiteController::actionError answers for a path no action serves (404), and
# Yii's words for an action reached without a parameter it needs (400).
PAGE_NOT_FOUND = "Page not found."
INVALID_REQUEST = "Your request is invalid."
CACHE_CONTROL = "no-cache, must-revalidate"
JSON_TYPE = "application/json; charset=UTF-8"
_JSON_DEPTH = 512  # json_decode()'s default depth
# After refusing a request whose body is unread: how long (seconds in all, seconds without a byte)
# and how much of it to read and drop before closing, so that the client, still sending, reads
# the refusal rather than a reset (nginx's lingering close).
LINGER_SECONDS = 5.0
LINGER_IDLE = 1.0

_HTML_PAGE = (
    "<!DOCTYPE html>\n<html><head><title>{status} {phrase}</title></head>"
    "<body><h1>{phrase}</h1><p>pakat sandbox: injected HTML page.</p></body></html>\n"
)


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def encode_json(body: Any) -> bytes:
    """JSON as PHP's json_encode() writes it: no spaces, non-ASCII as ``\\uXXXX`` escapes, ``/``
    as ``\\/``. A "/" can only occur inside strings, so escaping it in the text is exact."""
    text = json.dumps(body, ensure_ascii=True, separators=(",", ":"))
    return text.replace("/", "\\/").encode("ascii")


class Incoming(NamedTuple):
    """A request as read before any handler runs.

    ``method`` is the request line's; ``request_type`` is what routing goes by (CHttpRequest's
    ``getRequestType()``: POST's ``_method``, else ``X-HTTP-Method-Override``, else ``method``).
    ``form`` holds the body's fields (``$_POST`` for a POST, the parsed body for a PUT) and
    ``form_error`` why the body could not be read, if it could not; ``query`` the query string's
    values (the last of a repeated name winning). ``match`` is where the path leads.
    """

    method: str
    request_type: str
    target: str
    headers: dict[str, str]  # lower-case names
    form: dict[str, str]
    form_error: str | None
    client_ip: str
    match: Resolution
    query: dict[str, str] = {}  # noqa: RUF012  (a NamedTuple default, never mutated)


def _error(status: int, message: Any) -> Reply:
    return Reply(status, {"status": "error", "error": message})


@dataclasses.dataclass
class _Connection:
    """An open connection: its thread, since when it has waited for a next request (None while
    a request is read or answered, and before the first), and whether it is being closed."""

    thread: threading.Thread
    idle_since: float | None = None
    closing: bool = False


class App:
    """Everything a request needs beyond the socket: state, key, knobs and counters."""

    def __init__(self, store: Store, api_key: str, faults: Faults, limits: Limits | None = None) -> None:
        self.store = store
        self.api_key = api_key
        self.faults = faults
        self.config = Config(base_url="")
        self.limits = limits or Limits()
        self.bodies = BodyBudget(self.limits.max_body_memory)
        self._lock = threading.Lock()
        self._received: Counter[str] = Counter()
        self._processed: Counter[str] = Counter()
        self.connections_accepted = 0
        self._open: dict[socket.socket, _Connection] = {}
        # When the data last changed, as far as requests have seen (Last-Modified of answers).
        self._changes_seen = -1
        self._last_change = int(time.time())

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
            self._open[sock] = _Connection(threading.current_thread())

    def connection_closed(self, sock: socket.socket) -> None:
        with self._lock:
            self._open.pop(sock, None)

    def connection_idle(self, sock: socket.socket, idle: bool) -> None:
        """Note that a keep-alive connection waits for its next request (or no longer does)."""
        with self._lock:
            connection = self._open.get(sock)
            if connection is not None:
                connection.idle_since = time.monotonic() if idle else None

    def close_idle_connection(self) -> None:
        """Close the keep-alive connection idle the longest, to make room for one waiting to be
        accepted; nothing when none is idle, or when one closed this way has not ended yet."""
        with self._lock:
            if any(c.closing for c in self._open.values()):
                return
            idle = [(c.idle_since, sock) for sock, c in self._open.items() if c.idle_since is not None]
            if not idle:
                return
            _, sock = min(idle, key=lambda pair: pair[0])
            self._open[sock].closing = True
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)

    def close_connections(self, timeout: float = 2.0) -> None:
        """Cut every open connection (idle keep-alive ones too) and wait for their threads."""
        with self._lock:
            open_now = list(self._open.items())
        for sock, _ in open_now:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        deadline = time.monotonic() + timeout
        for _, connection in open_now:
            connection.thread.join(max(0.0, deadline - time.monotonic()))

    # Requests -------------------------------------------------------------------------------

    def route(self, method: str, path: str, query: dict[str, str] | None = None) -> Resolution:
        """Where a path under /api leads for this method (the one routing goes by)."""
        if path != API_PREFIX and not path.startswith(API_PREFIX + "/"):
            return Resolution(None, {}, "")
        # Split before unquoting, so that an encoded "/" stays inside its parameter. Trailing
        # slashes are dropped, as CHttpRequest::getPathInfo() drops them.
        parts = [unquote(part) for part in path[len(API_PREFIX) :].strip("/").split("/")]
        return ROUTER.resolve(method, parts, query)

    def receive(
        self, method: str, target: str, headers: dict[str, str], body: bytes, client_ip: str
    ) -> Incoming:
        """Decode the body and find the route the request goes to, method override included."""
        config = self.config
        try:
            form, form_error = _decode_form(method, headers.get("content-type", ""), body, config), None
        except FormError as exc:
            form, form_error = {}, str(exc)
        request_type = _request_type(method, headers, form)
        split = urlsplit(target)
        query = dict(_limit(parse_qsl(split.query, keep_blank_values=True), config.max_input_vars))
        match = self.route(request_type, split.path, query)
        return Incoming(method, request_type, target, headers, form, form_error, client_ip, match, query)

    def _refuse_access(self, headers: dict[str, str], client_ip: str, operation_id: str) -> Reply | None:
        """RequestAccessFilter after the server-wide IP lists, for a protected action: None when
        the request may go on, else its 400, checked in the server's order."""
        config = self.config
        key = _api_key(headers)
        if _php_empty(key):
            return _error(400, MISSING_KEY)
        if not secrets.compare_digest(key.encode("utf-8", "surrogateescape"), self.api_key.encode("utf-8")):
            return _error(400, UNKNOWN_KEY)
        if not _ip_allowed(client_ip, config.key_allowed_ips, config.key_denied_ips):
            return _error(400, IP_NOT_ALLOWED)
        if config.account_status != "active":
            return _error(400, ACCOUNT_INACTIVE)
        if not config.api_enabled:
            return _error(400, API_NOT_ALLOWED)
        if config.key_permissions is not None and operation_id not in config.key_permissions:
            return _error(400, NO_PERMISSION)
        return None

    def process(self, incoming: Incoming) -> Reply:
        """Answer a request as the server would, in its order: the offline switch, the IP lists,
        routing (404), the key and account checks (400), the HTTP cache filter (304) and the
        action (its method check, its parameters, the handler in one transaction). Never raises."""
        config, match = self.config, incoming.match
        if config.offline:
            return _error(503, OFFLINE)
        if not _ip_allowed(incoming.client_ip, config.allowed_ips, config.denied_ips):
            return _error(400, IP_NOT_ALLOWED)
        action = match.action
        if action is None:
            # Yii finds no action before any filter beyond the IP lists runs: no key is read.
            return _error(404, PAGE_NOT_FOUND)
        controller, action_id = action
        route = match.route
        if controller not in UNPROTECTED_CONTROLLERS:
            assert route is not None
            refusal = self._refuse_access(incoming.headers, incoming.client_ip, route.operation_id)
            if refusal is not None:
                return refusal
        reply = self._act(incoming)
        if incoming.request_type in ("GET", "HEAD") and cacheable(controller, action_id):
            reply = self._cache(incoming, action, reply)
        elif route is not None and 200 <= reply.status < 300:
            self._count_processed(route.operation_id)
        return reply

    def _act(self, incoming: Incoming) -> Reply:
        """The action: what runs once the filters let the request through."""
        match, route = incoming.match, incoming.match.route
        if route is None:  # site/index: an empty JSON array
            return Reply(200, [])
        if match.missing:
            return self._translated(_error(400, INVALID_REQUEST))
        tunnelled = incoming.form.get("_method", "").upper() if incoming.method == "POST" else ""
        if route.method != "GET" and incoming.method != route.method and tunnelled != route.method:
            # The action's own check (getIsPostRequest() etc.) sees through the header.
            only = f"Only {route.method} requests allowed for this endpoint."
            return self._translated(_error(400, only))
        if incoming.form_error is not None:
            return _error(400, incoming.form_error)
        form = {name: clean(value) for name, value in incoming.form.items() if name != "_method"}
        request = Request(
            method=route.method,
            operation_id=route.operation_id,
            params={name: clean(value) for name, value in match.params.items()},
            query={name: clean(value) for name, value in incoming.query.items()},
            form=form,
            client_ip=incoming.client_ip,
            user_agent=incoming.headers.get("user-agent", ""),
            headers=incoming.headers,
            per_page_max=self.config.per_page_max,
        )
        try:
            with self.store.transaction() as db:
                reply = route.handler(Context(db, self.config, self.store.cache), request)
                self._note_changes(db.total_changes)
        except ApiError as exc:
            return self._translated(_error(exc.status, exc.error))
        except Exception as exc:  # a sandbox bug must answer, not kill the connection
            traceback.print_exc(file=sys.stderr)
            return _error(500, f"Sandbox internal error: {exc!r}")
        return self._translated(reply)

    def _translated(self, reply: Reply) -> Reply:
        """An action's answer in the account's language (the key is known by now)."""
        body = reply.body
        if self.config.language == "en" or not isinstance(body, dict) or "error" not in body:
            return reply
        return Reply(
            reply.status, {**body, "error": translate(body["error"], self.config.language)}, reply.headers
        )

    def _note_changes(self, total_changes: int) -> None:
        if total_changes != self._changes_seen:
            self._changes_seen = total_changes
            self._last_change = int(time.time())

    def _cache(self, incoming: Incoming, action: tuple[str, str], reply: Reply) -> Reply:
        """CHttpCacheFilter around a GET (or HEAD) of an index or view action: ``ETag`` (here
        from the answer itself, so it changes exactly when the answer does), ``Last-Modified``
        (when the data last changed; now for an answer with no records) and ``Cache-Control``;
        or 304 with no body when ``If-None-Match`` repeats the ETag exactly and/or
        ``If-Modified-Since`` is not older than Last-Modified (both must hold when both are sent)."""
        route = incoming.match.route
        body = reply.body
        data = body.get("data") if isinstance(body, dict) else None
        has_records = (
            reply.status == 200 and isinstance(data, dict) and bool(data.get("records") or data.get("record"))
        )
        last_modified = self._last_change if has_records else int(time.time())
        seed = json.dumps(
            [*action, sorted({**incoming.query, **incoming.match.params}.items()), reply.status],
            ensure_ascii=False,
        ).encode("utf-8") + (reply.raw if reply.raw is not None else encode_json(body))
        etag = '"' + base64.b64encode(hashlib.sha1(seed).digest()).decode("ascii") + '"'
        headers = incoming.headers
        conditions = []
        if "if-modified-since" in headers:
            conditions.append(_not_older(headers["if-modified-since"], last_modified))
        if "if-none-match" in headers:
            conditions.append(headers["if-none-match"] == etag)
        if conditions and all(conditions):
            return Reply(304, None, (("ETag", etag), ("Cache-Control", CACHE_CONTROL)))
        if route is not None and 200 <= reply.status < 300:
            self._count_processed(route.operation_id)
        extra = (
            ("ETag", etag),
            ("Last-Modified", formatdate(last_modified, usegmt=True)),
            ("Cache-Control", CACHE_CONTROL),
        )
        return dataclasses.replace(reply, headers=reply.headers + extra)


def _not_older(since: str, last_modified: int) -> bool:
    """``If-Modified-Since`` at or after ``last_modified`` (an unreadable date never is)."""
    try:
        when = parsedate_to_datetime(since)
    except (TypeError, ValueError, IndexError):
        return False
    return when.timestamp() >= last_modified


def _ip_allowed(ip: str, allowed: Iterable[str], denied: Iterable[str]) -> bool:
    """Whether an IP passes a deny list and a (non-empty) allow list of addresses or networks."""
    denied, allowed = tuple(denied), tuple(allowed)
    return not (denied and _ip_in(ip, denied)) and not (allowed and not _ip_in(ip, allowed))


def _ip_in(ip: str, entries: tuple[str, ...]) -> bool:
    try:
        address = ipaddress.ip_address(ip)
    except ValueError:
        return ip in entries
    for entry in entries:
        try:
            if address in ipaddress.ip_network(entry, strict=False):
                return True
        except (ValueError, TypeError):
            if entry == ip:
                return True
    return False


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


def _limit(fields: list[tuple[str, str]], max_input_vars: int | None) -> list[tuple[str, str]]:
    """PHP's ``max_input_vars``: the variables past the limit are dropped."""
    return fields if max_input_vars is None else fields[:max_input_vars]


def _decode_form(method: str, content_type: str, body: bytes, config: Config | None = None) -> dict[str, str]:
    """Body fields, the last of a repeated name winning (as PHP does). GET and DELETE bodies, and
    empty bodies of any type, hold no fields.

    POST bodies are read as PHP fills ``$_POST``: multipart (parts that carry a filename are
    uploads, not fields) or urlencoded; any other type (JSON included) holds no fields, nor does
    a body over ``post_max_size``. PUT bodies are read as Yii's ``CHttpRequest::getRestParams()``
    reads them: JSON when the Content-Type starts with ``application/json``, otherwise as a query
    string whatever the type says (``mb_parse_str``), so a multipart PUT loses its fields.
    ``max_input_vars`` drops the fields past it. A body that is not well formed for its type (a
    broken multipart body, text that is not UTF-8) is refused with 400: a sandbox strictness, so
    that a test hears of it.
    """
    config = config or Config(base_url="")
    if method in ("GET", "DELETE", "HEAD") or not body:
        return {}
    kind, _ = parse_content_type(content_type)
    if method == "POST":
        if config.post_max_size is not None and len(body) > config.post_max_size:
            return {}
        if kind == "application/x-www-form-urlencoded":
            return _php_fields(_limit(parse_urlencoded(body), config.max_input_vars))
        if kind == "multipart/form-data":
            return _php_fields(_limit(parse_multipart(body, content_type), config.max_input_vars))
        return {}
    if content_type.startswith("application/json"):  # strncmp: case matters
        return _json_fields(body)
    if kind == "multipart/form-data":
        return {}
    return _php_fields(parse_urlencoded(body))


def _json_fields(body: bytes) -> dict[str, str]:
    """A JSON body as the bracketed fields PHP would see: ``{"general": {"name": "x"}}`` is
    ``general[name]``, lists are indexed from 0, true is "1", false "", null leaves the field out.
    A body that is not a JSON object or array holds no fields (CJSON::decode gives null)."""
    try:
        data = json.loads(body.decode("utf-8", errors="strict"))
    except UnicodeDecodeError as exc:
        raise FormError(f"undecodable JSON body: {exc}") from exc
    except (ValueError, RecursionError):
        return {}
    fields: dict[str, str] = {}

    def walk(name: str, value: Any, depth: int = 1) -> None:
        if depth > _JSON_DEPTH:
            raise RecursionError
        if isinstance(value, dict | list):
            items = value.items() if isinstance(value, dict) else enumerate(value)
            for key, inner in items:
                walk(f"{name}[{key}]" if name else str(key), inner, depth + 1)
        elif value is True:
            fields[name] = "1"
        elif value is False:
            fields[name] = ""
        elif value is not None:
            fields[name] = str(value)

    if isinstance(data, dict | list):
        try:
            walk("", data)
        except RecursionError:  # json_decode's depth limit: the body decodes to null
            return {}
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
    """One thread per connection, at most ``app.limits.max_connections`` at once: beyond that,
    connections wait in the backlog, unaccepted, and idle keep-alive connections are closed to
    make room (see :mod:`pakat.testing._limits`). Threads are not waited for on close: idle
    keep-alive connections would block it; :meth:`App.close_connections` ends them instead."""

    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True
    # socketserver's default backlog of 5 loses connections when 16 clients connect at once;
    # beyond max_connections, this is how many wait (the kernel may round it).
    request_queue_size = 128
    # handle_request() is only called with a connection waiting; should the client vanish before
    # it is accepted, this bounds the wait before serve_forever looks at shutdown() again.
    timeout = 0.5

    def __init__(self, address: tuple[str, int], app: App) -> None:
        self.app = app
        # shutdown(), and a connection ending while the server is full, write a byte here to wake
        # serve_forever at once.
        self._wake_r, self._wake_w = socket.socketpair()
        self._wake_w.setblocking(False)
        self._stop = threading.Event()
        self._stopped = threading.Event()
        self._active_lock = threading.Lock()
        self._active = 0  # connections accepted and not yet ended
        super().__init__(address, _Handler)

    def serve_forever(self, poll_interval: float = 0.5) -> None:
        """Serve until :meth:`shutdown`, which ends the loop at once. socketserver's own loop only
        notices a shutdown after its current ``poll_interval`` wait: a delay that every test
        stopping a sandbox (every use of the pytest fixtures) would pay. While
        ``max_connections`` are open no connection is accepted; every ``poll_interval`` the loop
        looks whether one waits, and if so closes an idle keep-alive connection."""
        self._stop.clear()
        self._stopped.clear()
        try:
            with selectors.DefaultSelector() as selector:
                selector.register(self._wake_r, selectors.EVENT_READ)
                accepting = False
                while not self._stop.is_set():
                    if self._full() == accepting:
                        accepting = not accepting
                        if accepting:
                            selector.register(self, selectors.EVENT_READ)
                        else:
                            selector.unregister(self)
                    ready = [key.fileobj for key, _ in selector.select(poll_interval)]
                    if self._wake_r in ready:
                        self._wake_r.recv(4096)  # consumed; the loop looks at everything again
                    if self._stop.is_set():
                        return
                    if accepting and self in ready:
                        self.handle_request()  # accepts the waiting connection
                    elif not accepting and _readable(self.socket):
                        self.app.close_idle_connection()
                    self.service_actions()
        finally:
            self._stopped.set()

    def _full(self) -> bool:
        with self._active_lock:
            return self._active >= self.app.limits.max_connections

    def _wake(self) -> None:
        with contextlib.suppress(OSError):  # full of wake-ups already: it will wake
            self._wake_w.send(b"\0")

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._active_lock:
            self._active += 1
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._ended()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._ended()

    def _ended(self) -> None:
        with self._active_lock:
            self._active -= 1
            was_full = self._active + 1 >= self.app.limits.max_connections
        if was_full:
            self._wake()

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A network failure the handler did not see (in its setup) is one log line; anything
        else is a sandbox bug, reported with its traceback as socketserver does."""
        exc = sys.exc_info()[1]
        if isinstance(exc, OSError):
            logger.info("pakat sandbox: %s: connection ended: %r", _peer(client_address), exc)
            return
        super().handle_error(request, client_address)

    def shutdown(self) -> None:
        """Stop :meth:`serve_forever` and wait until it has returned (call it from another thread)."""
        self._stop.set()
        self._wake()
        self._stopped.wait()

    def server_close(self) -> None:
        super().server_close()
        self._wake_r.close()
        self._wake_w.close()


def _readable(sock: socket.socket) -> bool:
    """Whether a listening socket has a connection waiting to be accepted."""
    try:
        return bool(select.select([sock], [], [], 0)[0])
    except (OSError, ValueError):
        return False


def _peer(address: Any) -> str:
    try:
        host, port = address[0], address[1]
    except (TypeError, IndexError):
        return str(address)
    return f"{host}:{port}"


class _HeadReader:
    """The connection's input while http.server reads the header lines: past ``MAX_HEAD`` bytes
    in all, http.client's LineTooLong, which http.server answers with 431."""

    def __init__(self, rfile: IO[bytes], limit: int) -> None:
        self._rfile = rfile
        self._left = limit

    def readline(self, size: int = -1) -> bytes:
        if self._left <= 0:
            raise http.client.LineTooLong(f"header section over {MAX_HEAD} bytes")
        cap = self._left + 1 if size < 0 else min(size, self._left + 1)
        line = self._rfile.readline(cap)
        self._left -= len(line)
        return line


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
        self._served = 0
        self._logged = False
        self._expects_continue = False
        # Answers go out in one write, but small ones must not wait for Nagle's algorithm.
        with contextlib.suppress(OSError):  # a client gone already is met at the first read
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.app.connection_opened(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.app.connection_closed(self.connection)

    def handle(self) -> None:
        """Serve the connection's requests. A network failure (a reset, a broken pipe, a timeout)
        ends it with one log line: it is the client's doing, not a sandbox bug."""
        try:
            super().handle()
        except OSError as exc:
            self._note(f"connection ended: {exc!r}")

    def handle_one_request(self) -> None:
        if self._served:
            self.app.connection_idle(self.connection, True)
        super().handle_one_request()

    def parse_request(self) -> bool:
        """http.server's, with the header lines bounded in all (``MAX_HEAD``)."""
        self.app.connection_idle(self.connection, False)
        self._expects_continue = False
        rfile = self.rfile
        self.rfile = cast(Any, _HeadReader(cast(IO[bytes], rfile), MAX_HEAD))
        try:
            return super().parse_request()
        finally:
            self.rfile = rfile

    def handle_expect_100(self) -> bool:
        """``100 Continue`` is sent once the body is known to be welcome (see :meth:`_read_body`),
        so that a body over the limits is refused before the client sends it."""
        self._expects_continue = True
        return True

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: a test double should not write to stderr on every request."""

    def log_error(self, format: str, *args: Any) -> None:
        """http.server's complaints (a malformed request line, an oversized head, a timeout): one
        log line."""
        self._note(format % args)

    def _note(self, what: str) -> None:
        """One line on the ``pakat.testing`` logger for a connection that ends badly; only the
        first event of a connection is told (the write failing after a refusal is the same story)."""
        if self._logged:
            return
        self._logged = True
        what = what.replace("\r", "\\r").replace("\n", "\\n")
        logger.info("pakat sandbox: %s: %s", _peer(self.client_address), what[:300])

    def _read_body(self, holding: Holding) -> bytes:
        """The request's body, within the sandbox's limits (a :class:`Refusal` when not)."""
        limits = self.app.limits
        frame = framing(self.headers, limits.max_body_size)
        if frame.ambiguous:
            self.close_connection = True
        if not frame.chunked and not frame.length:
            return b""
        if not frame.chunked:
            holding.take(frame.length)  # before a byte is read, and before 100 Continue
        if self._expects_continue:
            self.wfile.write(b"HTTP/1.1 100 Continue\r\n\r\n")
        return read_body(cast(IO[bytes], self.rfile), frame, limits.max_body_size, holding)

    def _send(
        self, status: int, body: bytes, content_type: str | None, extra: Iterable[tuple[str, str]] = ()
    ) -> None:
        lines = [
            f"HTTP/1.1 {status} {_phrase(status)}",
            f"Server: {self.server_version}",
            f"Date: {self.date_time_string()}",
        ]
        if status != 304:  # a 304 has no body, so neither its type nor its length
            lines += [f"Content-Type: {content_type}", f"Content-Length: {len(body)}"]
        lines += [f"{name}: {value}" for name, value in extra]
        if self.close_connection:
            lines.append("Connection: close")
        head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
        # One write: head and body in the same segment when they fit.
        self.wfile.write(head if self.command == "HEAD" or status == 304 else head + body)

    def _send_json(self, reply: Reply, extra: Iterable[tuple[str, str]] = ()) -> None:
        # raw: the empty body PHP sends when json_encode fails; None: a 304's (no body at all).
        body = reply.raw if reply.raw is not None else b"" if reply.body is None else encode_json(reply.body)
        self._send(reply.status, body, JSON_TYPE, (*reply.headers, *extra))

    def _drop(self) -> None:
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def _refuse(self, refusal: Refusal) -> None:
        """Answer a request the sandbox refuses itself, then close the connection, reading and
        dropping for a while what the client still sends, so that it reads the answer."""
        self.close_connection = True
        self._note(f"{self.command} {self.path[:100]} refused with {refusal.status}: {refusal.message}")
        self._send_json(_error(refusal.status, refusal.message), refusal.headers)
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_WR)
        left = 2 * self.app.limits.max_body_size
        deadline = time.monotonic() + LINGER_SECONDS
        with contextlib.suppress(OSError):
            while left > 0 and (remaining := deadline - time.monotonic()) > 0:
                self.connection.settimeout(min(remaining, LINGER_IDLE))
                dropped = self.connection.recv(65536)
                if not dropped:
                    return
                left -= len(dropped)

    def _dispatch(self) -> None:
        self._served += 1
        holding = self.app.bodies.holding()
        try:
            self._answer(holding)
        except Refusal as refusal:
            self._refuse(refusal)
        except OSError:
            raise  # the network: handle() tells it in one line
        except Exception as exc:  # a sandbox bug must answer, not kill the connection
            traceback.print_exc(file=sys.stderr)
            self.close_connection = True
            self._send_json(_error(500, f"Sandbox internal error: {exc!r}"))
        finally:
            holding.release()  # once the answer is sent

    def _answer(self, holding: Holding) -> None:
        app = self.app
        try:
            urlsplit(self.path)
        except ValueError as exc:  # a target such as "http://[::1/api/lists", before its body is read
            raise Refusal(400, f"Bad Request: malformed request target ({exc}).") from exc
        body = self._read_body(holding)
        latency, fault = app.faults.next_request()
        if latency:
            time.sleep(latency)
        headers = {name.lower(): value for name, value in self.headers.items()}
        incoming = app.receive(self.command, self.path, headers, body, self.client_address[0])
        del body  # the form holds what the request needs
        route = incoming.match.route
        app.count_received(route.operation_id if route is not None else None)
        if fault is not None and self._fault_before(fault):
            return
        reply = app.process(incoming)
        if fault is not None and fault.kind == "drop_after":
            self._drop()
            return
        if fault is not None and fault.kind == "empty_body":
            self._send(reply.status, b"", JSON_TYPE, reply.headers)
            return
        if fault is not None and fault.kind == "malformed_json":
            full = encode_json(reply.body)
            # Any proper prefix of a JSON object is invalid JSON.
            self._send(reply.status, full[: max(1, len(full) // 2)], JSON_TYPE, reply.headers)
            return
        self._send_json(reply)

    def _fault_before(self, fault: Fault) -> bool:
        """Carry out a fault that replaces processing; False when the request is to be processed."""
        if fault.kind == "drop_before":
            self._drop()
            return True
        if fault.kind == "fail":
            extra = [("Retry-After", fault.retry_after)] if fault.retry_after is not None else []
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
