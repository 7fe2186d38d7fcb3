"""The import (pakat.cli) and a POST answered 5xx: a row whose outcome is unknown is looked up before
it is sent again; a row answered Pakat's own offline 503 is sent again without a lookup. The rule
itself, for the clients, is tested in tests/_async/reliability/test_post_5xx.py.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from pakat import Pakat
from pakat.cli import _import
from pakat.testing import Sandbox
from tests._async.reliability.test_post_5xx import offline
from tests.reliability.hostile import RawServer, proxy_page


def _write_csv(path: Path, emails: list[str]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["EMAIL"])
        writer.writerows([email] for email in emails)
    return path


def _journal(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines()[1:]]


def test_the_import_looks_up_rows_answered_5xx_and_never_sends_them_again(
    fresh_sandbox: Sandbox,
    failing_proxy: Callable[[list[bytes]], RawServer],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sb = fresh_sandbox
    list_uid = sb.create_list()
    emails = [f"imp{n}@example.org" for n in range(8)]
    source = _write_csv(tmp_path / "p.csv", emails)
    server = failing_proxy([proxy_page(503)] * 3)
    with Pakat(api_key=sb.api_key, base_url=server.url) as client:
        status = _import.run_import(client, list_uid, source, concurrency=1, retries=2, secret=None)
    assert status == 0, capsys.readouterr()
    assert capsys.readouterr().out.startswith(
        "8 created, 0 already on the list, 0 already done, 0 failed "
        "(outcome unknown after a lost or failed answer, so looked up: 3 found, 0 absent and sent again)"
    )
    assert sb.counters["createSubscriber"] == 8  # each row sent once: the three answered 503 were found
    states = [(event["row"], event["state"]) for event in _journal(tmp_path / "p.csv.journal")]
    for row in (2, 3, 4):
        assert (row, "unknown") in states and (row, "found") in states, states
    assert not any(state == "retry" for _, state in states)


def test_the_import_sends_a_row_answered_5xx_again_only_once_a_lookup_finds_it_absent(
    fresh_sandbox: Sandbox,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A proxy's 502 page for two rows whose requests never reached the server: the import cannot
    # tell them from the rows above, so it looks them up, and only then sends them again.
    sb = fresh_sandbox
    list_uid = sb.create_list()
    source = _write_csv(tmp_path / "p.csv", [f"abs{n}@example.org" for n in range(4)])
    send = _import.Importer.send

    def proxy_fails_first(importer: _import.Importer) -> None:
        if not sb.counters["createSubscriber"]:
            sb.faults.html_page(2, status=502)
        send(importer)

    monkeypatch.setattr(_import.Importer, "send", proxy_fails_first)
    with Pakat(api_key=sb.api_key, base_url=sb.url) as client:
        assert _import.run_import(client, list_uid, source, concurrency=1, retries=1, secret=None) == 0
        assert sorted(s.email or "" for s in client.subscribers.iter(list_uid)) == [
            f"abs{n}@example.org" for n in range(4)
        ]
    assert capsys.readouterr().out.startswith(
        "4 created, 0 already on the list, 0 already done, 0 failed "
        "(outcome unknown after a lost or failed answer, so looked up: 0 found, 2 absent and sent again)"
    )
    assert sb.counters["createSubscriber"] == 6 and sb.processed["createSubscriber"] == 4
    assert sb.counters["findSubscriberByEmail"] == 2
    states = [(event["row"], event["state"]) for event in _journal(tmp_path / "p.csv.journal")]
    assert [state for row, state in states if row == 2] == ["sending", "unknown", "sending", "created"]


def test_the_import_sends_a_row_answered_pakats_offline_503_again_without_a_lookup(
    fresh_sandbox: Sandbox, waits: list[float], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sb = fresh_sandbox
    list_uid = sb.create_list()
    source = _write_csv(tmp_path / "p.csv", ["off@example.org"])
    send = _import.Importer.send

    def offline_first(importer: _import.Importer) -> None:
        if not sb.counters["createSubscriber"]:
            offline(2, sb)
        send(importer)

    monkeypatch.setattr(_import.Importer, "send", offline_first)
    with Pakat(api_key=sb.api_key, base_url=sb.url, max_retries=1) as client:
        assert _import.run_import(client, list_uid, source, concurrency=1, retries=1, secret=None) == 0
    assert sb.counters["createSubscriber"] == 3 and sb.counters["findSubscriberByEmail"] == 0
    assert [event["state"] for event in _journal(tmp_path / "p.csv.journal")] == [
        "sending",
        "retry",
        "sending",
        "created",
    ]
