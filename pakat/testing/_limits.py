"""The sandbox's own protections, what a front server (nginx, Apache) does before PHP runs: how
many connections it serves at once, how large a head and a body may be, how many bytes of bodies
it holds at once, and how a body's framing is read.

None of this is MailWizz's behaviour (PHP's ``post_max_size`` and ``max_input_vars`` are, and
apply to the bodies these limits let through). A request these limits refuse never reaches the
API: it is answered with a :class:`Refusal`'s status and a JSON error, and the connection is closed.

- **Heads**: http.server's own limits (a request line of at most 64 KiB, else 414; at most 100
  header lines of at most 64 KiB each, else 431) and, here, at most ``MAX_HEAD`` bytes of header
  lines in all (431), so that a head costs 128 KiB at most rather than 6.4 MB.
- **Framing**: ``Content-Length`` is digits only (copies must agree), else 400. A
  ``Transfer-Encoding`` other than exactly ``chunked`` is 501 (its body could not be delimited,
  and reading it as no body would let its bytes pass for the next request). With both headers,
  chunked wins and the connection is closed after the answer (RFC 9112, 6.3). A chunk-size line
  is hex digits, optional spaces and extensions, then CRLF (or LF), at most ``MAX_CHUNK_LINE``
  bytes; each chunk's data is followed by CRLF; trailers are bounded as header lines are (at most
  100 lines and ``MAX_HEAD`` bytes, else 431). Anything else is 400, as is a body that ends early.
- **Size**: a body over ``max_body_size`` (64 MiB by default) is refused with 413 before it is
  read: at once for a ``Content-Length`` over it (before ``100 Continue``), at the chunk that
  would pass it for a chunked body, which counts with its framing (size lines, CRLFs, trailers),
  so that one-byte chunks cannot cost more than the limit allows.
- **Memory**: at most ``max_body_memory`` bytes (256 MiB by default) of bodies are held at once,
  from the moment a body is read until its answer is sent. A ``Content-Length`` body reserves its
  size before a byte is read, and waits for room if there is none (as requests wait for a free
  PHP worker); a chunked body reserves each chunk as it arrives. A body that finds no room within
  ``BODY_MEMORY_WAIT`` seconds is answered 503 with ``Retry-After: 1``. ``max_body_memory`` must
  be at least ``max_body_size``, so that any body allowed can be read.
- **Connections**: at most ``max_connections`` (64 by default, the SDK's own pool size) are
  served at once; more wait in the listening socket's backlog, unaccepted, as behind a server
  whose workers are all busy, and are served as places free up. Refusing them with 503 instead
  would make a client that sends a POST meet an error it must not repeat, where waiting costs it
  only time. While someone waits, keep-alive connections that sit idle are closed to make room
  (the longest idle first), as Apache's event MPM does under load; otherwise they would hold
  their places for the 120 s keep-alive timeout.
"""

from __future__ import annotations

import io
import re
import threading
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # not imported at run time: `pakat --help` reads the defaults from here
    from email.message import Message

__all__ = [
    "BODY_MEMORY_WAIT",
    "MAX_CHUNK_LINE",
    "MAX_HEAD",
    "BodyBudget",
    "Framing",
    "Holding",
    "Limits",
    "Refusal",
    "framing",
    "read_body",
]

MIB = 1024 * 1024
MAX_HEAD = 64 * 1024  # header lines in all (and trailer lines in all)
MAX_FIELDS = 100  # http.client's _MAXHEADERS: header lines, and here trailer lines
MAX_FIELD_LINE = 65536  # http.client's _MAXLINE
MAX_CHUNK_LINE = 4096
BODY_MEMORY_WAIT = 30.0  # seconds a body waits for room before 503

_DIGITS = re.compile(r"[0-9]+", re.ASCII)
_CHUNK_SIZE = re.compile(rb"([0-9A-Fa-f]+)[ \t]*(?:;[^\r\n]*)?\r?\n")


class Refusal(Exception):
    """The sandbox refuses a request itself, before the API sees it: answered with ``status`` and
    ``message`` (and ``headers``), then the connection is closed."""

    def __init__(self, status: int, message: str, headers: tuple[tuple[str, str], ...] = ()) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers


def _whole(name: str, value: object, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ValueError(f"{name} must be a whole number of {minimum} or more, not {value!r}")
    return value


@dataclass(frozen=True)
class Limits:
    """The knobs of the sandbox's own protections (see the module's documentation)."""

    max_connections: int = 64
    max_body_size: int = 64 * MIB
    max_body_memory: int = 256 * MIB

    def __post_init__(self) -> None:
        _whole("max_connections", self.max_connections, 1)
        _whole("max_body_size", self.max_body_size, 1)
        _whole("max_body_memory", self.max_body_memory, 1)
        if self.max_body_memory < self.max_body_size:
            raise ValueError(
                f"max_body_memory ({self.max_body_memory}) must be at least max_body_size "
                f"({self.max_body_size}), or a body of that size could never be read"
            )


class BodyBudget:
    """The bytes of bodies held at once, across connections, up to a limit."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._held = 0
        self._changed = threading.Condition()

    def take(self, size: int) -> None:
        """Reserve ``size`` bytes, waiting up to ``BODY_MEMORY_WAIT`` seconds for room; a
        :class:`Refusal` (503) when none comes."""
        with self._changed:
            if not self._changed.wait_for(lambda: self._held + size <= self.limit, BODY_MEMORY_WAIT):
                raise Refusal(
                    503,
                    f"The sandbox holds as many request bodies as it may at once (max_body_memory, "
                    f"{self.limit} bytes); try again.",
                    (("Retry-After", "1"),),
                )
            self._held += size

    def give_back(self, size: int) -> None:
        with self._changed:
            self._held -= size
            self._changed.notify_all()

    def holding(self) -> Holding:
        """A new, empty holding for one request's body."""
        return Holding(self)


class Holding:
    """What one request's body holds of a :class:`BodyBudget`; :meth:`release` gives it all back."""

    def __init__(self, budget: BodyBudget) -> None:
        self._budget = budget
        self.size = 0

    def take(self, size: int) -> None:
        self._budget.take(size)
        self.size += size

    def release(self) -> None:
        if self.size:
            self._budget.give_back(self.size)
            self.size = 0


class Framing(NamedTuple):
    """How a request's body is delimited: chunked, or ``length`` bytes (0: no body).
    ``ambiguous``: both headers were sent, so the connection is closed after the answer."""

    chunked: bool
    length: int
    ambiguous: bool


def _too_large(limit: int) -> Refusal:
    return Refusal(
        413, f"Request Entity Too Large: the body is over the sandbox's max_body_size ({limit} bytes)."
    )


def framing(headers: Message, max_body_size: int) -> Framing:
    """Read the body's framing from the request's headers (a :class:`Refusal` when it is bad)."""
    codings = headers.get_all("Transfer-Encoding") or []
    lengths = [value.strip() for value in headers.get_all("Content-Length") or []]
    if codings:
        named = [c.strip().lower() for value in codings for c in value.split(",")]
        if named != ["chunked"]:
            raise Refusal(
                501, f"Not Implemented: Transfer-Encoding {', '.join(codings)!r} (only chunked is)."
            )
        return Framing(True, 0, bool(lengths))
    if not lengths:
        return Framing(False, 0, False)
    if any(_DIGITS.fullmatch(value) is None for value in lengths) or len({int(v) for v in lengths}) != 1:
        raise Refusal(400, f"Bad Request: malformed Content-Length {', '.join(lengths)!r}.")
    length = int(lengths[0])
    if length > max_body_size:
        raise _too_large(max_body_size)
    return Framing(False, length, False)


def _line(rfile: IO[bytes], limit: int, what: str, status: int = 400) -> bytes:
    line = rfile.readline(limit + 1)
    if len(line) > limit:
        raise Refusal(status, f"Bad Request: a {what} line over {limit} bytes.")
    if not line.endswith(b"\n"):
        raise Refusal(400, "Bad Request: the body ended early.")
    return line


def read_body(rfile: IO[bytes], frame: Framing, max_body_size: int, holding: Holding) -> bytes:
    """Read a body as ``frame`` delimits it, within ``max_body_size`` and reserving what it holds
    from ``holding`` (a Content-Length body has reserved its size already)."""
    if not frame.chunked:
        body = rfile.read(frame.length) if frame.length else b""
        if len(body) < frame.length:
            raise Refusal(400, "Bad Request: the body ended early.")
        return body
    return _read_chunked(rfile, max_body_size, holding)


def _read_chunked(rfile: IO[bytes], limit: int, holding: Holding) -> bytes:
    data = io.BytesIO()  # no per-chunk object, and getvalue() shares its buffer
    wire = 0  # bytes on the wire so far, framing included
    while True:
        line = _line(rfile, MAX_CHUNK_LINE, "chunk size")
        wire += len(line)
        match = _CHUNK_SIZE.fullmatch(line)
        if match is None:
            raise Refusal(400, f"Bad Request: malformed chunk size line {line[:40]!r}.")
        size = int(match.group(1), 16)
        if size == 0:
            break
        wire += size + 2
        if wire > limit:
            raise _too_large(limit)
        holding.take(size)
        chunk = rfile.read(size)
        if len(chunk) < size:
            raise Refusal(400, "Bad Request: the body ended early.")
        data.write(chunk)
        del chunk
        _end_of_chunk(rfile)
    trailers = 0
    section = 0
    while True:
        line = _line(rfile, MAX_FIELD_LINE, "trailer", status=431)
        wire += len(line)
        if line in (b"\r\n", b"\n"):
            break
        trailers += 1
        section += len(line)
        if trailers > MAX_FIELDS or section > MAX_HEAD:
            raise Refusal(
                431, f"Request Header Fields Too Large: over {MAX_FIELDS} trailers or {MAX_HEAD} bytes."
            )
        if wire > limit:
            raise _too_large(limit)
    return data.getvalue()


def _end_of_chunk(rfile: IO[bytes]) -> None:
    """Read the CRLF (or, leniently, the LF) that must follow a chunk's data."""
    end = rfile.read(1)
    if end == b"\r":
        end = rfile.read(1)
    if end != b"\n":
        if not end:
            raise Refusal(400, "Bad Request: the body ended early.")
        raise Refusal(400, "Bad Request: a chunk's data is not followed by CRLF.")
