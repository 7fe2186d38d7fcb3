"""`pakat subscribers import`: a CSV file into a list, each row sent at most once, resumable.

How a run goes:

1. Read the CSV (UTF-8, with or without a BOM). The header names the columns by field tag (case
   ignored); EMAIL is required. A row with the wrong number of values, or with an address an
   earlier row already has (case ignored), is refused without sending.
2. Check that the list exists, then open the journal (`FILE.csv.journal`, see
   :mod:`pakat.cli._journal`) and take up every row where the last run left it.
3. In rounds: look up the rows whose outcome is unknown (found: done; absent: to send), then send
   the rows to send with ``client.subscribers.bulk_create``, which journals ``sending`` before
   each request and the outcome after it. Rows that failed for a passing reason go round again,
   after a growing pause, up to ``retries`` times.
4. Write the rows that failed, with the reason, to ``FILE.rejected.csv`` (or remove a stale one)
   and print the summary: created, already on the list, already done (by an earlier run), failed,
   and how the rows whose outcome was unknown were settled (found by lookup, or absent and sent).

What counts as what, by the answer to a row's request:

- 2xx with the new subscriber: created.
- 409 saying the address is already on the list: existing. Not a failure: importing the same
  file into the same list again reports every row as created or existing, and exits 0.
- Refused before sending (bad address or tag), or any other 4xx: rejected, with the reason.
- An answer that proves the server did nothing: 429, the 409 saying the server's lock for that
  address was busy, Pakat's own 503 "Service Unavailable." (its API switched offline), or a
  connection that could not be opened: sent again in the next round.
- Anything that leaves the outcome unknown (`RowFailure.outcome_unknown`): no answer, an
  unreadable 2xx, or any other 5xx (a 500, or a proxy's 502, 503 or 504, may come after the server
  acted): never sent blind. It is looked up, in the next round or when the import is resumed, and
  sent again only when the list does not have the address. That makes a second request safe: a
  list holds an address once, and should the first request still be on its way, the server
  refuses whichever comes second as already on the list (or busy, then already on the list).
- 401, 403 or 404 (wrong key, no permission, list gone): the import stops; run it again once fixed.

One limitation is inherent: when an address was already on the list before the import and the
answer to its request is lost, the lookup finds it and the row counts as created, not rejected.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from pakat._server_messages import LOCK_BUSY, OFFLINE
from pakat.cli._journal import DONE, Journal, JournalError

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    from pakat import Pakat
    from pakat.types import RowFailure

# Rounds wait 0.25 s, 0.5 s, 1 s, ... at most this long before retrying.
MAX_PAUSE = 10.0
STOPS_THE_IMPORT = frozenset({401, 403, 404})
INTERRUPTED = 130


@dataclass
class Row:
    """One subscriber row of the CSV."""

    number: int  # as a spreadsheet shows it: the header is row 1
    values: list[str]  # as in the file
    fields: dict[str, str]  # the non-empty values by tag, EMAIL included
    problem: str | None = None  # why it is refused without sending

    @property
    def email(self) -> str:
        return self.fields.get("EMAIL", "")


@dataclass
class CsvFile:
    """A parsed CSV: its header as written, the tags it maps to, the rows, and its digest."""

    header: list[str]
    tags: list[str]
    rows: list[Row]
    sha256: str
    bom: bool


def journal_path(csv_path: Path) -> Path:
    """Where the journal of `csv_path` lives: `FILE.csv.journal`."""
    return csv_path.with_name(csv_path.name + ".journal")


def report_path(csv_path: Path) -> Path:
    """Where the rejected rows of `csv_path` go: `FILE.rejected.csv`."""
    stem = csv_path.name[:-4] if csv_path.name.lower().endswith(".csv") else csv_path.name
    return csv_path.with_name(stem + ".rejected.csv")


def _tags(header: list[str], source: Path) -> list[str]:
    from pakat._encoding import field_tag

    tags: list[str] = []
    for position, name in enumerate(header, start=1):
        tag = name.strip().upper()
        if not tag:
            raise click.ClickException(
                f"{source}: column {position} of the header is empty; name every column by its "
                "field tag, such as EMAIL,FNAME,LNAME"
            )
        try:
            field_tag(tag)
        except ValueError as exc:
            raise click.ClickException(f"{source}: column {position} of the header: {exc}") from None
        if tag in tags:
            raise click.ClickException(
                f"{source}: the header names {tag} twice (columns {tags.index(tag) + 1} and {position})"
            )
        tags.append(tag)
    if "EMAIL" not in tags:
        raise click.ClickException(
            f"{source}: the header has no EMAIL column; the first row must name the columns, "
            "such as EMAIL,FNAME,LNAME"
        )
    return tags


def read_csv(path: Path) -> CsvFile:
    """Parse and check `path`; raises `click.ClickException` for a file that cannot be imported."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise click.ClickException(
            f"{path} is not UTF-8 text (byte {exc.start}); save it as 'CSV UTF-8' and try again"
        ) from None
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
        if header is None or not any(name.strip() for name in header):
            raise click.ClickException(
                f"{path} has no header row; the first row must name the columns, such as EMAIL,FNAME"
            )
        tags = _tags(header, path)
        rows: list[Row] = []
        # Records, not lines: a quoted value may span lines. Blank records are skipped but counted.
        for number, values in enumerate(reader, start=2):
            if not any(value.strip() for value in values):
                continue
            fields = {
                tag: value.strip() if tag == "EMAIL" else value
                for tag, value in zip(tags, values, strict=False)
                if value.strip()
            }
            problem = None
            if len(values) != len(tags):
                count = len(values)
                problem = f"the row has {count} value{'' if count == 1 else 's'} but the header has {len(tags)} columns"
            rows.append(Row(number, values, fields, problem))
    except csv.Error as exc:
        raise click.ClickException(
            f"{path}: not a readable CSV file (record {reader.line_num}): {exc}"
        ) from None
    from pakat._encoding import require_email

    first_with: dict[str, int] = {}
    for row in rows:
        try:
            require_email(row.email, "EMAIL")
        except ValueError:
            continue  # bulk_create refuses it, with the reason
        if row.problem is None:
            key = row.email.lower()
            if key in first_with:
                row.problem = f"the same address as row {first_with[key]} of this file"
            else:
                first_with[key] = row.number
    return CsvFile(header, tags, rows, hashlib.sha256(raw).hexdigest(), raw.startswith(codecs.BOM_UTF8))


def _may_have_acted(event: dict[str, Any]) -> bool:
    """Whether a `retry` line records a 5xx other than Pakat's offline 503. Only journals written
    before the rule for 5xx hold one (they journaled every 503 as `retry`), but a proxy's 503 may
    come after the server acted, so such a row is looked up, not sent blind."""
    status = event.get("status")
    return isinstance(status, int) and status >= 500 and event.get("reason") != OFFLINE


class StopImport(Exception):
    """An answer that will be the same for every row (wrong key, list gone): stop and say so."""


class Importer:
    """The rows of one run, and what happened to them; thread-safe for bulk_create's callbacks."""

    def __init__(
        self,
        client: Pakat,
        list_uid: str,
        source: CsvFile,
        journal: Journal,
        concurrency: int,
        advance: Callable[[], None],
    ) -> None:
        self.client = client
        self.list_uid = list_uid
        self.source = source
        self.journal = journal
        self.concurrency = concurrency
        self.advance = advance
        self._lock = threading.Lock()
        self.to_send: dict[int, Row] = {}
        self.to_look_up: dict[int, Row] = {}
        self.reasons: dict[int, str] = {}  # the latest failure of a row that is not done
        self.already = self.created = self.found = self.existing = 0
        self.absent: set[int] = set()  # rows of unknown outcome a lookup did not find, so sent
        for row in source.rows:
            event = journal.last.get(row.number)
            state = None if event is None else event["state"]
            if state in DONE:
                self.already += 1
            elif state == "rejected":
                pass
            elif state in ("sending", "unknown") or (state == "retry" and _may_have_acted(event or {})):
                self.to_look_up[row.number] = row
                self.reasons[row.number] = str((event or {}).get("reason") or "the outcome is unknown")
            elif row.problem is not None:
                journal.record(row.number, "rejected", reason=row.problem)
            else:
                self.to_send[row.number] = row
                if state == "retry":
                    self.reasons[row.number] = str((event or {}).get("reason"))

    @property
    def finished(self) -> int:
        """Rows with a final outcome (done or rejected)."""
        return sum(1 for row in self.source.rows if self._final(row.number))

    def _final(self, number: int) -> bool:
        event = self.journal.last.get(number)
        return event is not None and event["state"] in (*DONE, "rejected")

    # -- outcomes ------------------------------------------------------------------------------

    def _done(self, row: Row, state: str, uid: str) -> None:
        self.journal.record(row.number, state, uid=uid)
        with self._lock:
            if state == "found":
                self.found += 1
            self.created += 1
            self.reasons.pop(row.number, None)
        self.advance()

    def _existing(self, row: Row, failure: RowFailure) -> None:
        self.journal.record(row.number, "existing", reason=failure.reason, status=failure.status_code)
        with self._lock:
            self.existing += 1
            self.reasons.pop(row.number, None)
        self.advance()

    def _failed(self, row: Row, failure: RowFailure, sent: bool) -> None:
        if failure.already_exists:
            self._existing(row, failure)
            return
        status = failure.status_code
        details: dict[str, Any] = {"reason": failure.reason}
        if status is not None:
            details["status"] = status
        if not sent:
            state = "rejected"
        elif failure.outcome_unknown:
            state = "unknown"
        elif status is None or status == 429 or status >= 500 or failure.reason == LOCK_BUSY:
            # Proven not done: the connection never opened, a 429, the busy lock, or (the only 5xx
            # bulk_create does not mark outcome_unknown) Pakat's offline 503.
            state = "retry"
        elif status in STOPS_THE_IMPORT:
            state = "retry"  # nothing was done; the import stops, and a rerun sends it
        else:
            state = "rejected"
        self.journal.record(row.number, state, **details)
        with self._lock:
            if state == "rejected":
                self.reasons.pop(row.number, None)
            else:
                self.reasons[row.number] = failure.reason
                (self.to_look_up if state == "unknown" else self.to_send)[row.number] = row
        if state == "rejected":
            self.advance()
        if status in STOPS_THE_IMPORT:
            raise StopImport(f"{failure.reason} (HTTP {status})")

    # -- the two steps of a round --------------------------------------------------------------

    def send(self) -> None:
        """Send every row that is to be sent, journaling each before and after its request."""
        rows = [self.to_send[number] for number in sorted(self.to_send)]
        self.to_send.clear()
        started: set[int] = set()

        def on_start(index: int, email: str) -> None:
            self.journal.record(rows[index].number, "sending", durable=True)
            with self._lock:
                started.add(index)

        def on_result(index: int, uid: str | None, failure: RowFailure | None) -> None:
            if uid is not None:
                self._done(rows[index], "created", uid)
            elif failure is not None:
                with self._lock:
                    sent = index in started
                self._failed(rows[index], failure, sent)

        self.client.subscribers.bulk_create(
            self.list_uid,
            [row.fields for row in rows],
            concurrency=self.concurrency,
            on_start=on_start,
            on_result=on_result,
        )

    def look_up(self) -> None:
        """Resolve the rows whose outcome is unknown: in the list → found, else → to be sent."""
        from pakat import PakatError
        from pakat.cli._app import error_message

        rows = [self.to_look_up[number] for number in sorted(self.to_look_up)]
        if not rows:
            return

        def look(row: Row) -> tuple[Row, str | None, str | None]:
            try:
                found = self.client.subscribers.find_by_email(self.list_uid, row.email)
            except PakatError as exc:
                return row, None, f"the outcome is unknown, and looking it up failed: {error_message(exc)}"
            if found is None:
                return row, None, None
            return row, found.subscriber_uid if isinstance(found.subscriber_uid, str) else "", None

        with ThreadPoolExecutor(max_workers=min(self.concurrency, len(rows))) as pool:
            for row, uid, error in pool.map(look, rows):
                if error is not None:
                    self.reasons[row.number] = error
                    continue
                del self.to_look_up[row.number]
                if uid is None:
                    self.absent.add(row.number)
                    self.to_send[row.number] = row
                else:
                    self._done(row, "found", uid)

    # -- the end -------------------------------------------------------------------------------

    def failures(self) -> list[tuple[Row, str]]:
        """Every row that is not in the list with its reason: rejected, or still failing."""
        out = []
        for row in self.source.rows:
            event = self.journal.last.get(row.number)
            if event is not None and event["state"] == "rejected":
                out.append((row, str(event.get("reason", ""))))
            elif row.number in self.reasons and not self._final(row.number):
                out.append((row, f"{self.reasons[row.number]} (not imported yet: run the import again)"))
        return out


def write_report(path: Path, source: CsvFile, failures: list[tuple[Row, str]]) -> None:
    """The failed rows with their original values, row number and reason; no failures, no file."""
    if not failures:
        path.unlink(missing_ok=True)
        return
    temporary = path.with_name(path.name + ".tmp")
    with temporary.open("w", encoding="utf-8-sig" if source.bom else "utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow([*source.header, "row", "reason"])
        for row, reason in failures:
            values = row.values + [""] * (len(source.header) - len(row.values))
            writer.writerow([*values, row.number, reason])
    os.replace(temporary, path)


def _progress() -> Progress:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = Console(stderr=True)
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
        disable=not console.is_terminal,  # a bar is for people: none in a log file or a pipe
    )


def run_import(
    client: Pakat,
    list_uid: str,
    csv_path: Path,
    *,
    concurrency: int,
    retries: int,
    secret: str | None,
    as_json: bool = False,
) -> int:
    """Import `csv_path` into `list_uid` (see the module's description); returns the exit status."""
    from pakat.cli._output import redact

    source = read_csv(csv_path)
    client.lists.get(list_uid)  # a wrong key or list fails here, before any journal is made
    identity = {"list_uid": list_uid, "csv_sha256": source.sha256, "rows": len(source.rows)}
    resuming = journal_path(csv_path).exists()
    try:
        journal = Journal(journal_path(csv_path), identity)
    except JournalError as exc:
        raise click.ClickException(str(exc)) from None
    stopped: str | None = None
    interrupted = False
    with journal, _progress() as progress:
        task: TaskID = progress.add_task("Importing", total=len(source.rows))
        importer = Importer(client, list_uid, source, journal, concurrency, lambda: progress.advance(task))
        if resuming:
            # Said first, not only in the summary: the user should know this run takes up an earlier one.
            progress.console.print(
                redact(
                    f"Resuming the import recorded in {journal.path}: {importer.already} "
                    f"row{'' if importer.already == 1 else 's'} already done, "
                    f"{len(importer.to_look_up)} to look up (their answer was lost), "
                    f"{len(source.rows) - importer.finished} left.",
                    secret,
                ),
                highlight=False,
                soft_wrap=True,
            )
        progress.update(task, completed=importer.finished)
        try:
            for round_number in range(retries + 1):
                if round_number:
                    pause = min(MAX_PAUSE, 0.25 * 2 ** (round_number - 1))
                    progress.update(
                        task, description=f"Retrying {len(importer.to_send) + len(importer.to_look_up)}"
                    )
                    time.sleep(pause)
                importer.look_up()
                if importer.to_send:
                    importer.send()
                if not importer.to_send and not importer.to_look_up:
                    break
            # Answers lost in the last round: find out whether those rows made it.
            importer.look_up()
        except StopImport as exc:
            stopped = str(exc)
        except KeyboardInterrupt:
            interrupted = True
    failures = importer.failures()
    report = report_path(csv_path)
    write_report(report, source, failures)
    left = len(source.rows) - importer.already - importer.created - importer.existing - len(failures)
    summary = (
        f"{importer.created} created, {importer.existing} already on the list, "
        f"{importer.already} already done, {len(failures)} failed"
    )
    if importer.found or importer.absent:
        summary += (
            f" (outcome unknown after a lost or failed answer, so looked up: {importer.found} found, "
            f"{len(importer.absent)} absent and sent again)"
        )
    if left:
        summary += f", {left} not sent yet"
    if failures:
        summary += f"; rejected rows are in {report}"
    if as_json:
        from pakat.cli._output import print_json

        counts = {
            "created": importer.created,
            "existing": importer.existing,
            "already_done": importer.already,
            "failed": len(failures),
            "not_sent": left,
            "found_by_lookup": importer.found,
            "absent_and_sent_again": len(importer.absent),
            "rejected_file": str(report) if failures else None,
        }
        print_json(counts, secret)
    else:
        click.echo(redact(summary, secret))
    if stopped is not None:
        raise click.ClickException(redact(f"{stopped}; the import stopped, run it again to resume", secret))
    if interrupted:
        click.echo(f"Interrupted: run the same command again to resume from {journal.path}.", err=True)
        return INTERRUPTED
    return 1 if failures or left else 0
