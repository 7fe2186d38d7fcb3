"""The import journal: an append-only record that lets an interrupted import resume exactly once.

The journal is a text file of JSON lines beside the CSV (`FILE.csv.journal`). The first line
names what it belongs to; every other line is one event of one row, numbered as a spreadsheet
numbers rows (the header is row 1, the first subscriber row 2):

    {"pakat_import": 1, "list_uid": "ab123cd456", "csv_sha256": "9f2c...", "rows": 2000}
    {"row": 2, "state": "sending"}
    {"row": 2, "state": "created", "uid": "xy987"}
    {"row": 3, "state": "rejected", "reason": "The field FNAME is required ...", "status": 422}
    {"row": 6, "state": "existing", "reason": "The subscriber already exists in this list.", "status": 409}
    {"row": 4, "state": "retry", "reason": "...", "status": 429}
    {"row": 5, "state": "unknown", "reason": "The outcome is unknown: ..."}
    {"row": 5, "state": "found", "uid": "zz111"}

A row's last line decides what a resumed import does with it:

- none, or `retry` (the answer proved the server did nothing: a 429, a busy lock, Pakat's own
  offline 503; or the import stopped at a refusal that holds for every row): send it. (A `retry`
  with any other 5xx, which only journals written before the rule for 5xx hold, is looked up.)
- `sending` (the process died while its request was out) or `unknown` (the answer was lost, was
  an unreadable 2xx, or a 5xx that may follow a write): never sent blind. Look the address up;
  found → `found`, absent → send it (a list holds an address once, so this cannot add it twice;
  see :mod:`pakat.cli._import`).
- `created`, `found`, `existing` (the address was already on the list): done. `rejected`: done,
  and listed in the report.

A `sending` line is written, flushed and fsynced before its request leaves, so no request is
ever out without a trace that survives a crash or power loss. Outcome lines are written with one
`write` (the page cache survives kill -9) and fsynced at the end of a run: an outcome lost to a
power cut leaves the row at `sending`, which is resolved by a lookup, never by sending blindly.
A line cut short by a crash is dropped when the journal is opened.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows has no flock; one import at a time is then on you
    fcntl = None  # type: ignore[assignment]

VERSION = 1
DONE = frozenset({"created", "found", "existing"})
FINAL = DONE | {"rejected"}
STATES = FINAL | {"sending", "retry", "unknown"}


class JournalError(Exception):
    """The journal cannot be used: it belongs to another import, is damaged, or is in use."""


class Journal:
    """An open journal: read the rows' last events with :attr:`last`, append with :meth:`record`.

    Thread-safe: :meth:`record` may be called from many threads. Holds an exclusive lock on the
    file while open, so two imports of the same file cannot interleave.
    """

    def __init__(self, path: Path, identity: dict[str, Any]) -> None:
        self.path = path
        self.last: dict[int, dict[str, Any]] = {}
        self._lock = threading.Lock()
        self._fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644)
        try:
            self._lock_file()
            self._load(identity)
        except BaseException:
            os.close(self._fd)
            raise

    def _lock_file(self) -> None:
        if fcntl is None:
            return
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise JournalError(
                f"{self.path} is in use by another import of the same file; wait for it to finish"
            ) from None

    def _load(self, identity: dict[str, Any]) -> None:
        data = b""
        while chunk := os.read(self._fd, 1 << 20):
            data += chunk
        lines = data.split(b"\n")
        good = 0  # bytes of complete, readable lines
        for number, line in enumerate(lines, start=1):
            try:
                event = json.loads(line)
                if not isinstance(event, dict):
                    raise ValueError("not an object")
            except ValueError:
                if number == len(lines):
                    # After the last newline: nothing, or a line cut short by a crash mid-write,
                    # whose event therefore never happened.
                    break
                raise JournalError(
                    f"{self.path} is damaged at line {number}; delete it to import the file afresh"
                ) from None
            if number == 1:
                self._check_identity(event, identity)
            else:
                self._take(event, number)
            good += len(line) + 1
        if good < len(data):
            os.ftruncate(self._fd, good)
        if good == 0:
            self._append({"pakat_import": VERSION, **identity}, durable=True)
            _sync_directory(self.path.parent)

    def _check_identity(self, header: dict[str, Any], identity: dict[str, Any]) -> None:
        if header.get("pakat_import") != VERSION:
            raise JournalError(f"{self.path} is not a pakat import journal; move it away or delete it")
        if header.get("list_uid") != identity["list_uid"]:
            raise JournalError(
                f"{self.path} records an import into list {header.get('list_uid')!r}, not "
                f"{identity['list_uid']!r}; delete it (or import into that list) to go on"
            )
        if header.get("csv_sha256") != identity["csv_sha256"]:
            raise JournalError(
                f"the CSV file changed since the import recorded in {self.path} began; restore it, "
                "or delete the journal to import the file afresh (rows already imported will then "
                "be refused as already subscribed)"
            )

    def _take(self, event: dict[str, Any], number: int) -> None:
        row, state = event.get("row"), event.get("state")
        if not isinstance(row, int) or state not in STATES:
            raise JournalError(f"{self.path} is damaged at line {number}; delete it to import afresh")
        self.last[row] = event

    def record(self, row: int, state: str, *, durable: bool = False, **details: Any) -> None:
        """Append one event of a row. `durable`: fsync before returning (for `sending`)."""
        event = {"row": row, "state": state, **details}
        with self._lock:
            self._append(event, durable=durable)
            self.last[row] = event

    def _append(self, event: dict[str, Any], *, durable: bool) -> None:
        line = (json.dumps(event, ensure_ascii=False, separators=(",", ":")) + "\n").encode()
        # One write of one line: O_APPEND keeps it whole and in order among the threads' lines.
        written = os.write(self._fd, line)
        if written != len(line):
            raise OSError(f"short write to {self.path}: {written} of {len(line)} bytes")
        if durable:
            os.fsync(self._fd)

    def close(self) -> None:
        """Sync the outcome lines to disk and release the file."""
        with self._lock:
            if self._fd < 0:
                return
            try:
                os.fsync(self._fd)
            finally:
                os.close(self._fd)
                self._fd = -1

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _sync_directory(directory: Path) -> None:
    # A new file's name is only durable once its directory is synced; not every OS allows it.
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
