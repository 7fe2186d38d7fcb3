"""The sandbox against hostile clients, over raw sockets: malformed and endless bodies, oversized
heads, more connections and more body bytes than it takes at once, and resets at every phase.

Each answer the sandbox refuses with is checked with its status and that the connection is then
closed; memory is not measured here (`python -m benchmarks.sandbox_memory` does), only the
behaviour that bounds it. Network-level failures must leave one log line on the `pakat.testing`
logger and no traceback on stderr.
"""

from __future__ import annotations

import json
import logging
import socket
import ssl
import struct
import threading
import time
from collections.abc import Callable, Iterator
from typing import NamedTuple

import httpx
import pytest

from pakat.testing import Sandbox
from tests._contract import schema_errors

MIB = 1024 * 1024
TIMEOUT = 20.0  # generous: every wait below ends far sooner when the sandbox behaves
LOGGER = "pakat.testing"


class Answer(NamedTuple):
    status: int
    headers: dict[str, str]
    body: bytes


class Raw:
    """One raw TCP connection to a sandbox."""

    def __init__(self, sb: Sandbox, *, rcvbuf: int | None = None, timeout: float = TIMEOUT) -> None:
        self.sb = sb
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        if rcvbuf is not None:
            self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
        self.sock.settimeout(timeout)
        self.sock.connect((sb.host, sb.port))
        self._buffer = b""

    def head(self, method: str, path: str, *headers: str, key: bool = True) -> bytes:
        lines = [f"{method} {path} HTTP/1.1", "Host: sandbox"]
        if key:
            lines.append(f"X-API-KEY: {self.sb.api_key}")
        return ("\r\n".join([*lines, *headers]) + "\r\n\r\n").encode("latin-1")

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def _fill(self) -> bool:
        chunk = self.sock.recv(65536)
        self._buffer += chunk
        return bool(chunk)

    def answer(self, timeout: float = TIMEOUT) -> Answer:
        """The next answer (its head and Content-Length body); fails when none comes in time."""
        self.sock.settimeout(timeout)
        try:
            while b"\r\n\r\n" not in self._buffer:
                if not self._fill():
                    raise AssertionError(f"closed without an answer; got {self._buffer[:200]!r}")
            head, _, self._buffer = self._buffer.partition(b"\r\n\r\n")
            status_line, *lines = head.decode("latin-1").split("\r\n")
            headers = {n.strip().lower(): v.strip() for n, _, v in (line.partition(":") for line in lines)}
            length = int(headers.get("content-length", "0"))
            while len(self._buffer) < length:
                if not self._fill():
                    raise AssertionError("closed in the middle of an answer")
            body, self._buffer = self._buffer[:length], self._buffer[length:]
        except TimeoutError:
            raise AssertionError(f"no answer within {timeout} s") from None
        status = int(status_line.split(" ", 2)[1])
        if status == 100:
            return self.answer(timeout)
        return Answer(status, headers, body)

    def closed_by_sandbox(self, timeout: float = TIMEOUT) -> bool:
        """Whether the sandbox closes the connection (EOF or reset) within ``timeout``, reading
        and dropping whatever else it sends."""
        self.sock.settimeout(timeout)
        try:
            while self.sock.recv(65536):
                pass
        except TimeoutError:
            return False
        except ConnectionResetError:
            return True
        return True

    def reset(self) -> None:
        """Close with a TCP reset (SO_LINGER 0), as a crashed or impatient client does."""
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.sock.close()

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    with Sandbox() as sandbox:
        yield sandbox


@pytest.fixture
def raw(sb: Sandbox) -> Iterator[Raw]:
    connection = Raw(sb)
    yield connection
    connection.close()


def still_serves(sb: Sandbox) -> None:
    with httpx.Client(base_url=sb.url, headers={"X-API-KEY": sb.api_key}, timeout=TIMEOUT) as client:
        assert client.get("/lists").status_code == 200


def refused(raw: Raw, status: int) -> Answer:
    """The answer is ``status`` with the sandbox's JSON error, and the connection is then closed.

    These refusals are the sandbox's own, as a front server's (nginx's 413, ...) would be: they
    never reach the API, so openapi.json does not list them (tests/conftest.py checks only what
    the API answers); their body still has the shape of the API's errors."""
    answer = raw.answer()
    assert answer.status == status, answer
    assert answer.headers["content-type"].startswith("application/json")
    assert schema_errors("#/components/schemas/ErrorResponse", json.loads(answer.body)) == []
    assert answer.headers.get("connection") == "close"
    assert raw.closed_by_sandbox()
    return answer


# --- chunked bodies ----------------------------------------------------------------------------

MALFORMED_CHUNKS = {
    # The sandbox used to read to the end of the stream for this one (rfile.read(-1)).
    "minus one": b"-1\r\n" + b"x" * 1000,
    "minus zero": b"-0\r\n\r\n",
    "plus sign": b"+5\r\nhello\r\n0\r\n\r\n",
    "0x prefix": b"0x5\r\nhello\r\n0\r\n\r\n",
    "underscore": b"5_0\r\n" + b"x" * 80 + b"\r\n0\r\n\r\n",
    "leading space": b" 5\r\nhello\r\n0\r\n\r\n",
    "empty size": b"\r\nhello\r\n0\r\n\r\n",
    "not hex": b"zz\r\nhello\r\n0\r\n\r\n",
    "size line too long": b"0" * 5000 + b"5\r\nhello\r\n0\r\n\r\n",
    "no CRLF after the data": b"5\r\nhelloXX0\r\n\r\n",
    "data longer than its size": b"5\r\nhello world\r\n0\r\n\r\n",
}


@pytest.mark.parametrize("chunks", MALFORMED_CHUNKS.values(), ids=MALFORMED_CHUNKS.keys())
def test_a_malformed_chunked_body_is_refused_at_once(sb: Sandbox, raw: Raw, chunks: bytes) -> None:
    """The client keeps its side open: the sandbox must answer without waiting for the stream to end."""
    raw.send(raw.head("POST", "/api/lists", "Transfer-Encoding: chunked") + chunks)
    refused(raw, 400)
    assert sb.counters["createList"] == 0
    still_serves(sb)


HUGE_CHUNKS = {
    "2**64": b"10000000000000000\r\n",
    "-1 as 64 bits": b"ffffffffffffffff\r\n",
    "2**80": b"100000000000000000000\r\n",
    "just over 64 MiB": b"4000001\r\n",
}


@pytest.mark.parametrize("size_line", HUGE_CHUNKS.values(), ids=HUGE_CHUNKS.keys())
def test_a_chunk_larger_than_the_body_limit_is_refused_before_it_is_read(
    sb: Sandbox, raw: Raw, size_line: bytes
) -> None:
    raw.send(raw.head("POST", "/api/lists", "Transfer-Encoding: chunked") + size_line + b"abc")
    answer = refused(raw, 413)
    assert b"max_body_size" in answer.body
    still_serves(sb)


def _send_forever(raw: Raw, piece: bytes) -> threading.Thread:
    """Send ``piece`` again and again from a thread until the sandbox stops taking it."""

    def run() -> None:
        try:
            while True:
                raw.sock.sendall(piece)
        except OSError:
            return

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def test_endless_chunks_are_cut_at_the_body_limit(sb: Sandbox, raw: Raw) -> None:
    raw.send(raw.head("POST", "/api/lists", "Transfer-Encoding: chunked"))
    sender = _send_forever(raw, b"100000\r\n" + b"a" * MIB + b"\r\n")
    refused(raw, 413)
    sender.join(TIMEOUT)
    assert not sender.is_alive()
    still_serves(sb)


def test_endless_tiny_chunks_count_their_framing() -> None:
    """One byte per chunk would hold the sandbox for a long time (and, kept as a list of chunks,
    dozens of bytes each) before 64 MiB of data: the chunk lines count against the limit too."""
    with Sandbox(max_body_size=64 * 1024) as sb:
        raw = Raw(sb)
        raw.send(raw.head("POST", "/api/lists", "Transfer-Encoding: chunked"))
        sender = _send_forever(raw, b"1\r\na\r\n" * 1000)
        refused(raw, 413)
        sender.join(TIMEOUT)
        raw.close()


def test_endless_trailers_are_refused(sb: Sandbox, raw: Raw) -> None:
    raw.send(raw.head("POST", "/api/lists", "Transfer-Encoding: chunked") + b"5\r\nhello\r\n0\r\n")
    sender = _send_forever(raw, b"X-Trailer: " + b"t" * 100 + b"\r\n")
    refused(raw, 431)
    sender.join(TIMEOUT)
    still_serves(sb)


def test_a_trailer_line_without_an_end_is_refused(sb: Sandbox, raw: Raw) -> None:
    raw.send(raw.head("POST", "/api/lists", "Transfer-Encoding: chunked") + b"0\r\nX-T: " + b"t" * 70_000)
    refused(raw, 431)


def test_a_well_formed_chunked_body_with_extensions_and_trailers_is_read(sb: Sandbox, raw: Raw) -> None:
    form = b"general%5Bname%5D=Chunked&general%5Bdescription%5D=News%20of%20the%20week&defaults%5Bfrom_name%5D=Me"
    form += b"&defaults%5Bfrom_email%5D=me%40example.com&defaults%5Breply_to%5D=me%40example.com"
    form += b"&defaults%5Bsubject%5D=s&general%5Bopt_in%5D=single"
    chunks = b"".join(
        f"{len(piece):x}{ext}\r\n".encode() + piece + b"\r\n"
        for piece, ext in ((form[:10], ";name=value"), (form[10:], " ;x"))
    )
    raw.send(
        raw.head(
            "POST",
            "/api/lists",
            "Transfer-Encoding: chunked",
            "Content-Type: application/x-www-form-urlencoded",
        )
        + chunks
        + b"0\r\nX-Checksum: abc\r\n\r\n"
    )
    answer = raw.answer()
    assert answer.status == 201, answer
    assert answer.headers.get("connection") != "close"
    raw.send(raw.head("GET", "/api/lists"))
    assert raw.answer().status == 200  # the connection is still in step


# --- Content-Length and Transfer-Encoding --------------------------------------------------------


def test_a_content_length_over_the_limit_is_refused_before_the_body_is_sent(sb: Sandbox, raw: Raw) -> None:
    raw.send(raw.head("POST", "/api/lists", f"Content-Length: {64 * MIB + 1}"))
    answer = refused(raw, 413)
    assert b"max_body_size" in answer.body


def test_expect_100_continue_over_the_limit_gets_413_and_no_100(sb: Sandbox, raw: Raw) -> None:
    raw.send(raw.head("POST", "/api/lists", f"Content-Length: {64 * MIB + 1}", "Expect: 100-continue"))
    raw.sock.settimeout(TIMEOUT)
    first = raw.sock.recv(12)
    assert first == b"HTTP/1.1 413", first


def test_expect_100_continue_within_the_limit_gets_its_100(sb: Sandbox, raw: Raw) -> None:
    body = b"general%5Bname%5D=x"
    raw.send(
        raw.head(
            "POST",
            "/api/lists",
            f"Content-Length: {len(body)}",
            "Content-Type: application/x-www-form-urlencoded",
            "Expect: 100-continue",
        )
    )
    raw.sock.settimeout(TIMEOUT)
    assert raw.sock.recv(25) == b"HTTP/1.1 100 Continue\r\n\r\n"
    raw.send(body)
    assert raw.answer().status == 422


BAD_LENGTHS = ["-5", "+5", "5_0", "0x5", "5 5", "5, 6", "five", "1e3"]


@pytest.mark.parametrize("length", BAD_LENGTHS)
def test_a_malformed_content_length_is_refused(sb: Sandbox, raw: Raw, length: str) -> None:
    raw.send(raw.head("POST", "/api/lists", f"Content-Length: {length}") + b"hello")
    refused(raw, 400)
    assert sb.counters["createList"] == 0


def test_two_different_content_lengths_are_refused(sb: Sandbox, raw: Raw) -> None:
    raw.send(raw.head("POST", "/api/lists", "Content-Length: 5", "Content-Length: 3") + b"hello")
    refused(raw, 400)


def test_a_body_cut_short_is_not_processed(sb: Sandbox, raw: Raw) -> None:
    """A half-closed connection ends a Content-Length body early: what arrived must not be read as
    the whole body (here a subscriber with a truncated name)."""
    list_uid = sb.create_list()
    body = b"EMAIL=cut%40example.org&FNAME=Truncated"
    raw.send(
        raw.head(
            "POST",
            f"/api/lists/{list_uid}/subscribers",
            "Content-Type: application/x-www-form-urlencoded",
            f"Content-Length: {len(body) + 10}",
        )
        + body
    )
    raw.sock.shutdown(socket.SHUT_WR)
    answer = raw.answer()
    assert answer.status == 400, answer
    assert sb.processed["createSubscriber"] == 0


def test_a_chunked_body_cut_short_is_not_processed(sb: Sandbox, raw: Raw) -> None:
    raw.send(raw.head("POST", "/api/lists", "Transfer-Encoding: chunked") + b"10\r\nabc")
    raw.sock.shutdown(socket.SHUT_WR)
    assert raw.answer().status == 400
    assert sb.counters["createList"] == 0


@pytest.mark.parametrize("coding", ["gzip", "gzip, chunked", "chunked, gzip", "identity", "xchunked"])
def test_an_unknown_transfer_coding_is_refused_and_its_body_never_read_as_a_request(
    sb: Sandbox, raw: Raw, coding: str
) -> None:
    """Read as no body, the bytes that follow would be taken for the next request (smuggled)."""
    smuggled = raw.head("DELETE", f"/api/lists/{sb.create_list()}")
    raw.send(raw.head("POST", "/api/lists", f"Transfer-Encoding: {coding}") + smuggled)
    refused(raw, 501)
    assert sb.counters["deleteList"] == 0


def test_chunked_with_a_content_length_is_read_as_chunked_and_the_connection_closed(
    sb: Sandbox, raw: Raw
) -> None:
    """RFC 9112 6.3: Transfer-Encoding wins, and the server must close the connection after answering."""
    raw.send(
        raw.head("POST", "/api/lists", "Transfer-Encoding: chunked", "Content-Length: 3")
        + b"3\r\nabc\r\n0\r\n\r\n"
    )
    answer = raw.answer()
    assert answer.status == 422, answer
    assert answer.headers.get("connection") == "close"
    assert raw.closed_by_sandbox()


# --- the head --------------------------------------------------------------------------------


def test_more_than_100_header_lines_are_refused(sb: Sandbox, raw: Raw) -> None:
    raw.send(raw.head("GET", "/api/lists", *(f"X-H{n}: v" for n in range(101))))
    assert raw.answer().status == 431
    assert raw.closed_by_sandbox()


def test_a_header_section_over_64_kib_is_refused(sb: Sandbox, raw: Raw) -> None:
    """http.server takes 100 lines of 64 KiB each (6.4 MB per connection): the whole head is bounded."""
    raw.send(raw.head("GET", "/api/lists", *(f"X-H{n}: {'v' * 1024}" for n in range(70))))
    assert raw.answer().status == 431
    assert raw.closed_by_sandbox()


def test_a_request_line_over_64_kib_is_refused(sb: Sandbox, raw: Raw) -> None:
    raw.send(b"GET /api/lists?" + b"a" * 70_000 + b" HTTP/1.1\r\n\r\n")
    assert raw.answer().status == 414


# --- connections and bodies in flight ---------------------------------------------------------


def _stuck_in_a_body(sb: Sandbox, count: int, length: int = 100) -> list[Raw]:
    """``count`` connections, each in the middle of a body of ``length`` bytes (half sent)."""
    connections = []
    for _ in range(count):
        raw = Raw(sb)
        raw.send(raw.head("POST", "/api/lists", f"Content-Length: {length}") + b"a" * (length // 2))
        connections.append(raw)
    return connections


def _wait_for(check: Callable[[], bool], timeout: float = TIMEOUT) -> bool:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def test_connections_beyond_the_cap_wait_in_the_backlog(sb: Sandbox) -> None:
    """64 at once by default: the 65th is not accepted (it waits, as behind a server whose workers
    are all busy) until one of the 64 ends; then every request is answered."""
    connections = _stuck_in_a_body(sb, 70)
    try:
        assert _wait_for(lambda: sb.connections_accepted >= 64)
        time.sleep(0.5)  # time to accept more, were it going to
        assert sb.connections_accepted == 64
        for raw in connections:
            raw.send(b"a" * 50)
        assert [raw.answer().status for raw in connections] == [422] * 70
        assert sb.connections_accepted == 70
    finally:
        for raw in connections:
            raw.close()


def test_idle_keep_alive_connections_make_room_at_the_cap() -> None:
    """Idle connections would otherwise hold every place for the keep-alive timeout (120 s)."""
    with Sandbox(max_connections=2) as sb:
        idle = [Raw(sb), Raw(sb)]
        for raw in idle:
            raw.send(raw.head("GET", "/api/lists"))
            assert raw.answer().status == 200
        newcomer = Raw(sb)
        newcomer.send(newcomer.head("GET", "/api/lists"))
        assert newcomer.answer().status == 200
        assert sum(raw.closed_by_sandbox(timeout=0.5) for raw in idle) >= 1
        for raw in [*idle, newcomer]:
            raw.close()


def test_bodies_beyond_the_memory_cap_wait_for_room() -> None:
    with Sandbox(max_body_size=MIB, max_body_memory=2 * MIB) as sb:
        first, second = _stuck_in_a_body(sb, 2, length=MIB)
        third = Raw(sb)
        third.send(third.head("POST", "/api/lists", f"Content-Length: {MIB}", "Expect: 100-continue"))
        with pytest.raises(AssertionError, match="no answer"):
            third.answer(timeout=1.0)  # no 100 Continue: the first two hold the 2 MiB
        first.send(b"a" * (MIB // 2))
        assert first.answer().status == 422
        third.sock.settimeout(TIMEOUT)
        assert third.sock.recv(25) == b"HTTP/1.1 100 Continue\r\n\r\n"  # the first's MiB is free again
        third.send(b"a" * MIB)
        assert third.answer().status == 422
        second.send(b"a" * (MIB // 2))
        assert second.answer().status == 422
        for raw in (first, second, third):
            raw.close()


def test_a_body_that_waits_too_long_for_room_gets_503(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("pakat.testing._limits.BODY_MEMORY_WAIT", 0.5)
    with Sandbox(max_body_size=MIB, max_body_memory=MIB) as sb:
        (holder,) = _stuck_in_a_body(sb, 1, length=MIB)
        waiting = Raw(sb)
        waiting.send(waiting.head("POST", "/api/lists", f"Content-Length: {MIB}") + b"a" * 10)
        answer = refused(waiting, 503)
        assert answer.headers["retry-after"] == "1"
        holder.send(b"a" * (MIB // 2))
        assert holder.answer().status == 422
        holder.close()
        waiting.close()


def test_twenty_bodies_of_60_mb_at_once_are_all_answered(sb: Sandbox) -> None:
    """Four at a time fit the default 256 MiB; the others wait for room, none is refused."""
    body = b"x" * 60_000_000
    answers: list[int] = []

    def one() -> None:
        raw = Raw(sb, timeout=120)  # sending waits while four other bodies are read
        try:
            head = raw.head(
                "POST", "/api/lists", "Content-Type: application/octet-stream", f"Content-Length: {len(body)}"
            )
            raw.send(head)
            raw.send(body)  # not head + body: twenty copies of 60 MB in this process
            answers.append(raw.answer(timeout=120).status)
        finally:
            raw.close()

    threads = [threading.Thread(target=one) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert answers == [422] * 20


@pytest.mark.parametrize(
    ("knobs", "match"),
    [
        ({"max_connections": 0}, "max_connections"),
        ({"max_body_size": 0}, "max_body_size"),
        ({"max_body_memory": MIB, "max_body_size": 2 * MIB}, "max_body_memory"),
        ({"max_connections": True}, "max_connections"),
    ],
)
def test_limit_knobs_are_checked(knobs: dict[str, int], match: str) -> None:
    with pytest.raises(ValueError, match=match):
        Sandbox(**knobs)  # type: ignore[arg-type]


# --- resets and garbage: one log line, never a traceback ---------------------------------------


def _reset_after(data: bytes) -> Callable[[Sandbox], None]:
    def attack(sb: Sandbox) -> None:
        raw = Raw(sb)
        raw.send(data)
        time.sleep(0.2)  # the sandbox is reading what was sent
        raw.reset()

    return attack


def _reset_before_the_answer(sb: Sandbox) -> None:
    sb.faults.latency(0.3)
    raw = Raw(sb)
    raw.send(raw.head("GET", "/api/lists"))
    time.sleep(0.1)
    raw.reset()  # the sandbox writes its answer after this


def _reset_in_the_middle_of_the_answer(sb: Sandbox) -> None:
    import base64

    content = base64.b64encode(b"<p>" + b"x" * 8_000_000 + b"</p>")
    form = b"template%5Bname%5D=big&template%5Bcontent%5D=" + content.replace(b"+", b"%2B").replace(
        b"/", b"%2F"
    )
    with httpx.Client(base_url=sb.url, headers={"X-API-KEY": sb.api_key}, timeout=TIMEOUT) as client:
        created = client.post(
            "/templates", content=form, headers={"Content-Type": "application/x-www-form-urlencoded"}
        )
        uid = created.json()["template_uid"]
    raw = Raw(sb, rcvbuf=4096)
    raw.send(raw.head("GET", f"/api/templates/{uid}"))
    assert raw.sock.recv(100).startswith(b"HTTP/1.1 200")
    time.sleep(0.2)  # the sandbox is blocked writing the rest
    raw.reset()


def _reset_when_idle(sb: Sandbox) -> None:
    raw = Raw(sb)
    raw.send(raw.head("GET", "/api/lists"))
    raw.answer()
    raw.reset()


def _garbage(sb: Sandbox) -> None:
    raw = Raw(sb)
    raw.send(b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03 garbage\r\n\r\n")
    raw.closed_by_sandbox()
    raw.close()


def _unparsable_target(sb: Sandbox) -> None:
    raw = Raw(sb)
    raw.send(b"GET http://[::1/api/lists HTTP/1.1\r\nHost: x\r\n\r\n")
    assert raw.answer().status == 400
    raw.close()


def _tls_to_the_plain_port(sb: Sandbox) -> None:
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    sock = socket.create_connection((sb.host, sb.port), timeout=2)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    try:
        context.wrap_socket(sock)
    except (ssl.SSLError, OSError):
        pass
    finally:
        sock.close()


ATTACKS: dict[str, Callable[[Sandbox], None]] = {
    "before a byte": _reset_after(b""),
    "in the request line": _reset_after(b"GET /api/li"),
    "in the headers": _reset_after(b"GET /api/lists HTTP/1.1\r\nHost: x\r\nX-A"),
    "in a body": _reset_after(b"POST /api/lists HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nabc"),
    "in a chunked body": _reset_after(
        b"POST /api/lists HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n10\r\nab"
    ),
    "before the answer": _reset_before_the_answer,
    "in the middle of the answer": _reset_in_the_middle_of_the_answer,
    "when idle": _reset_when_idle,
    "garbage": _garbage,
    "unparsable target": _unparsable_target,
    "TLS to the plain port": _tls_to_the_plain_port,
}


@pytest.mark.parametrize("attack", ATTACKS.values(), ids=ATTACKS.keys())
def test_a_client_that_resets_or_sends_garbage_leaves_one_log_line_and_no_traceback(
    sb: Sandbox,
    attack: Callable[[Sandbox], None],
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    attack(sb)

    def ours() -> list[logging.LogRecord]:
        return [r for r in caplog.records if r.name.startswith(LOGGER)]

    found = _wait_for(lambda: bool(ours()), timeout=10.0)
    time.sleep(0.3)  # a second line, were there one, would be written by now
    stderr = capfd.readouterr().err
    assert "Traceback" not in stderr, stderr
    assert found, f"no log line; stderr: {stderr[-2000:]}"
    records = ours()
    assert len(records) == 1, [r.getMessage() for r in records]
    (record,) = records
    assert record.levelno <= logging.INFO
    assert record.exc_info is None
    assert "\n" not in record.getMessage()
    assert "127.0.0.1" in record.getMessage()
    still_serves(sb)


def test_a_sandbox_bug_still_answers_500_with_its_traceback(
    sb: Sandbox, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    def broken() -> None:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(sb._store, "transaction", broken)
    with httpx.Client(base_url=sb.url, headers={"X-API-KEY": sb.api_key}, timeout=TIMEOUT) as client:
        response = client.get("/quota")
    assert response.status_code == 500
    assert "ZeroDivisionError" in response.json()["error"]
    stderr = capfd.readouterr().err
    assert "Traceback" in stderr and "ZeroDivisionError: a bug" in stderr


def test_no_hostile_connection_is_left_open(sb: Sandbox) -> None:
    """After every attack above, the sandbox's connection threads end (nothing leaks)."""
    for attack in ATTACKS.values():
        attack(sb)
    assert _wait_for(lambda: not sb._app._open, timeout=TIMEOUT), sb._app._open
