"""Raw-socket HTTP servers on 127.0.0.1 that answer as slowly or as hostilely as a test needs.

`RawServer` reads each request's head and hands the socket to `answer`; subclasses write whatever
bytes they like. The hostile answers of issue 10 live here too, for the tests in this folder and
for `benchmarks/hostile.py`, which measures memory under them: compression bombs (`bomb`) and a
chunked body that never ends (`endless_server`).
"""

from __future__ import annotations

import functools
import socket
import struct
import threading
import zlib
from collections.abc import Callable, Iterator

GIB = 2**30
MIB = 2**20


class RawServer:
    """Accepts connections on 127.0.0.1 and hands each request, once its head is read, to `answer`.

    A subclass writes the answer on the raw socket, as hostile as it likes; `requests` counts the
    requests received, `heads` keeps their heads (request line and headers), and `url` is an API
    base URL on this server.
    """

    def __init__(self) -> None:
        self.requests = 0
        self.heads: list[bytes] = []
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self.origin = f"http://127.0.0.1:{self._sock.getsockname()[1]}"
        self.url = f"{self.origin}/api"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        self._sock.settimeout(0.1)
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(5)
            try:
                data = b""
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    data += chunk
                self.requests += 1
                self.heads.append(data.split(b"\r\n\r\n", 1)[0])
                self.answer(conn)
            except OSError:
                return

    def answer(self, conn: socket.socket) -> None:
        raise NotImplementedError

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def close(self) -> None:
        self._stop.set()
        self._sock.close()


def _zeros_deflate(wbits: int, size: int) -> bytes:
    """A deflate stream (gzip or zlib framing, per `wbits`) of `size` zero bytes, built in a blink.

    Compressing 1 GiB takes seconds; but after the first MiB each flushed MiB of zeros compresses
    to the same bytes, so one is repeated, and the trailer is computed from the zeros' checksum.
    """
    block = bytes(MIB)
    compressor = zlib.compressobj(9, zlib.DEFLATED, wbits)
    first = compressor.compress(block) + compressor.flush(zlib.Z_SYNC_FLUSH)
    steady = compressor.compress(block) + compressor.flush(zlib.Z_SYNC_FLUSH)
    final_block = compressor.flush()[:2]  # the empty last block; its trailer is rewritten below
    blocks = size // MIB
    if wbits & 16:  # gzip: CRC-32 and length, little-endian
        crc = 0
        for _ in range(blocks):
            crc = zlib.crc32(block, crc)
        trailer = struct.pack("<II", crc, size & 0xFFFFFFFF)
    else:  # zlib: Adler-32, big-endian
        adler = 1
        for _ in range(blocks):
            adler = zlib.adler32(block, adler)
        trailer = struct.pack(">I", adler)
    return first + steady * (blocks - 1) + final_block + trailer


@functools.cache
def bomb(encoding: str) -> bytes:
    """About 1 MB (200 kB for brotli) that decodes to 1 GiB of zeros, for `Content-Encoding: encoding`."""
    if encoding == "gzip":
        return _zeros_deflate(zlib.MAX_WBITS | 16, GIB)
    if encoding == "deflate":
        return _zeros_deflate(zlib.MAX_WBITS, GIB)
    import brotli  # a development dependency, as in the tests

    compressor = brotli.Compressor(quality=1)
    block = bytes(MIB)
    return b"".join(compressor.process(block) for _ in range(GIB // MIB)) + compressor.finish()


class HostileServer(RawServer):
    """Answers every request with `head` and then the pieces of `body()`, counting what it sent."""

    def __init__(self, head: bytes, body: Callable[[], Iterator[bytes]] = lambda: iter(())) -> None:
        self._head = head
        self._body = body
        self.sent = 0
        super().__init__()

    def answer(self, conn: socket.socket) -> None:
        conn.sendall(self._head)
        for piece in self._body():
            if self.stopping:
                return
            conn.sendall(piece)
            self.sent += len(piece)
        self._stop.wait(10)  # keep the connection open: the client must stop on its own


def head(*headers: str) -> bytes:
    lines = ["HTTP/1.1 200 OK", "Content-Type: application/json", *headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def bomb_server(encoding: str) -> HostileServer:
    body = bomb(encoding)
    return HostileServer(
        head(f"Content-Encoding: {encoding}", f"Content-Length: {len(body)}"), lambda: iter((body,))
    )


def endless_server() -> HostileServer:
    """A chunked JSON body that never ends: `{"status": "success", "data": "aaaa...` forever."""
    piece = b"a" * 65536
    chunk = b"%x\r\n%s\r\n" % (len(piece), piece)

    def body() -> Iterator[bytes]:
        prefix = b'{"status": "success", "data": "'
        yield b"%x\r\n%s\r\n" % (len(prefix), prefix)
        while True:
            yield chunk

    return HostileServer(head("Transfer-Encoding: chunked"), body)
