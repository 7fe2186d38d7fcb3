"""Reading an answer's body within a size cap and within the attempt's deadline.

httpx reads and decompresses a body whole, however large it is: a 1 MB gzip answer may expand to
1 GiB, and a chunked answer may never end. The retry transport reads every body through here
instead, chunk by chunk:

- A `Content-Length` above the cap is refused before a byte of the body is read.
- The bytes received and the bytes they decode to are each counted against the cap
  (`max_response_bytes`); past it, reading stops and the connection is closed, with
  `ResponseTooLargeError`, or `OutcomeUnknownResponseTooLargeError` for a request that is not
  safe to repeat (a POST): the server may have acted before its answer overflowed.
- gzip, deflate and brotli (with the `brotli` package, 1.2 or later, which can bound its output)
  are decoded about `PIECE` bytes at a time, so a compression bomb stops at the cap instead of
  being inflated whole first. pakat's `Accept-Encoding` names only these.
- The attempt's deadline is checked after every chunk received and every piece decoded, so
  neither a long decompression nor a trickle through a transport whose sockets pakat cannot
  reach outlasts the timeout by more than one read.
- A content coding pakat does not know is left as received (as httpx leaves those it does not
  know); such a body then fails to parse as JSON.

Whatever the server sends, reading holds at most the cap plus one chunk; an answer within the cap
is then joined into one `bytes` (one copy) for parsing.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Iterable, Iterator
from typing import Any, Protocol

import httpx

from pakat._exceptions import OutcomeUnknownResponseTooLargeError, ResponseTooLargeError

try:  # httpx has already tried this import, so it costs nothing here
    import brotli as _brotli_module
except ImportError:  # pragma: no cover - brotli is optional
    _brotli_module = None

# Only brotli 1.2 and later can stop producing output at a limit; an older one is not used.
brotli: Any = (
    _brotli_module if hasattr(getattr(_brotli_module, "Decompressor", None), "can_accept_more_data") else None
)

ACCEPT_ENCODING = "gzip, deflate, br" if brotli is not None else "gzip, deflate"
# What one decompression step may produce (zlib: at most this; brotli: up to about twice this), so
# the cap and the deadline are checked at least that often.
PIECE = 256 * 1024


class _Decoder(Protocol):
    def decode(self, data: bytes) -> Iterator[bytes]: ...
    def flush(self) -> Iterator[bytes]: ...


class _Inflate:
    """gzip or deflate. Like httpx, a deflate body sent without its zlib header is read as raw deflate."""

    def __init__(self, coding: str) -> None:
        self._raw_fallback = coding == "deflate"
        self._inflate = zlib.decompressobj(zlib.MAX_WBITS | 16 if coding == "gzip" else zlib.MAX_WBITS)

    def decode(self, data: bytes) -> Iterator[bytes]:
        # After the end of the stream, anything more is ignored (as httpx does), not buffered.
        while data and not self._inflate.eof:
            try:
                piece = self._inflate.decompress(data, PIECE)
            except zlib.error as exc:
                if self._raw_fallback:
                    self._raw_fallback = False
                    self._inflate = zlib.decompressobj(-zlib.MAX_WBITS)
                    continue
                raise httpx.DecodingError(str(exc)) from exc
            self._raw_fallback = False
            data = self._inflate.unconsumed_tail
            if piece:
                yield piece

    def flush(self) -> Iterator[bytes]:
        # Only what the last step held back (less than one deflate match): the input is all consumed.
        try:
            rest = self._inflate.flush()
        except zlib.error as exc:  # pragma: no cover - zlib reports damage while decoding
            raise httpx.DecodingError(str(exc)) from exc
        if rest:
            yield rest


class _Brotli:
    def __init__(self) -> None:
        self._decompressor = brotli.Decompressor()

    def decode(self, data: bytes) -> Iterator[bytes]:
        decompressor = self._decompressor
        if decompressor.is_finished():
            return
        try:
            yield decompressor.process(data, output_buffer_limit=PIECE)
            # What the limit held back comes out of further calls with no input (until one
            # returns nothing: then the decoder needs the next chunk).
            while not decompressor.is_finished():
                piece = decompressor.process(b"", output_buffer_limit=PIECE)
                if not piece:
                    break
                yield piece
        except brotli.error as exc:
            raise httpx.DecodingError(str(exc)) from exc

    def flush(self) -> Iterator[bytes]:
        return iter(())


def _decoders(headers: httpx.Headers) -> list[_Decoder]:
    """The decoders for `Content-Encoding`, outermost coding (the last applied) first."""
    decoders: list[_Decoder] = []
    for coding in headers.get_list("content-encoding", split_commas=True):
        coding = coding.strip().lower()
        if coding in ("gzip", "deflate"):
            decoders.append(_Inflate(coding))
        elif coding == "br" and brotli is not None:
            decoders.append(_Brotli())
    decoders.reverse()
    return decoders


def _stage(decoder: _Decoder, pieces: Iterable[bytes]) -> Iterator[bytes]:
    for piece in pieces:
        yield from decoder.decode(piece)


def _through(decoders: list[_Decoder], pieces: Iterable[bytes]) -> Iterator[bytes]:
    """`pieces` run lazily through each decoder in turn: no stage ever holds more than one piece."""
    for decoder in decoders:
        pieces = _stage(decoder, pieces)
    return iter(pieces)


def _size(count: int) -> str:
    for unit, power in (("TiB", 40), ("GiB", 30), ("MiB", 20), ("KiB", 10)):
        if count >= 2**power and count % 2**power == 0:
            return f"{count >> power} {unit}"
    return f"{count:,} bytes"


def _too_large(request: httpx.Request, status_code: int, limit: int, what: str) -> ResponseTooLargeError:
    from pakat._transport import IDEMPOTENT_METHODS  # the transport owns the method rules

    method = request.method
    message = (
        f"The answer to {method} {request.url.path} {what}, more than the {_size(limit)} pakat "
        "accepts (max_response_bytes): the rest of it was not read."
    )
    if method in IDEMPOTENT_METHODS:
        return ResponseTooLargeError(message, limit=limit, status_code=status_code)
    return OutcomeUnknownResponseTooLargeError(
        f"{message} The outcome is unknown: the server may already have acted on the {method}, "
        "and it was not repeated.",
        limit=limit,
        status_code=status_code,
    )


class BodyReader:
    """One body being read: counts it against the cap, decodes it, watches the deadline."""

    def __init__(
        self, request: httpx.Request, response: httpx.Response, limit: int, deadline: float | None
    ) -> None:
        self._request = request
        self._response = response
        self._limit = limit
        self._deadline = deadline
        self._parts: list[bytes] = []
        self._received = 0
        self._kept = 0
        self._decoders = _decoders(response.headers)
        # A 304 (or a 204, or the answer to a HEAD) may state the length of a body it does not carry.
        bodiless = response.status_code in (204, 304) or request.method == "HEAD"
        announced = "" if bodiless else response.headers.get("content-length", "")
        if announced.isdigit() and int(announced) > limit:
            raise self._too_large(f"announces {_size(int(announced))} (Content-Length)")

    def _too_large(self, what: str) -> ResponseTooLargeError:
        return _too_large(self._request, self._response.status_code, self._limit, what)

    def _in_time(self) -> None:
        if self._deadline is not None and time.monotonic() >= self._deadline:
            raise httpx.ReadTimeout("the call took longer than its timeout", request=self._request)

    def feed(self, chunk: bytes) -> None:
        """Take one chunk as received."""
        self._received += len(chunk)
        if self._received > self._limit:
            raise self._too_large("is larger")
        self._in_time()
        if self._decoders:
            for piece in _through(self._decoders, (chunk,)):
                self._keep(piece)
        else:
            self._keep(chunk)

    def _keep(self, piece: bytes) -> None:
        self._kept += len(piece)
        if self._kept > self._limit:
            raise self._too_large("decompresses to more")
        self._parts.append(piece)
        self._in_time()

    def finish(self) -> httpx.Response:
        """The response, with its body in memory and decoded, as `response.read()` would leave it."""
        for index, decoder in enumerate(self._decoders):
            for piece in _through(self._decoders[index + 1 :], decoder.flush()):
                self._keep(piece)
        # Where httpx's own read() keeps the body. There is no public way to hand it one, and a new
        # Response (copied headers, the body read again through its decoders) costs some 30 µs a
        # call, a few per cent of a whole call against a local server.
        self._response._content = b"".join(self._parts)
        return self._response


def already_read(request: httpx.Request, response: httpx.Response, limit: int) -> httpx.Response:
    # A body already in memory (a test double's, or one a response hook of the caller's own
    # client read) is past limiting; it is still refused if larger than the cap.
    if len(response.content) > limit:
        raise _too_large(request, response.status_code, limit, "is larger")
    return response
