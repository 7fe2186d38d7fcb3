"""Third-party MailWizz clients against the sandbox: the harness the peer tests share.

Each peer client runs in its own process (node for node-mailwizz, `.venv-peers/bin/python` for
mailwizz-python-sdk), driven by a script in this folder that calls every method the client offers
and prints JSON. `make install` provides both (tools/node_modules, .venv-peers). Every request
goes to a Sandbox on 127.0.0.1 that the test starts; proxy settings are removed from the
drivers' environment so that nothing can leave the machine.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import traceback
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from pakat import Pakat
from pakat.testing import Sandbox
from pakat.types import FieldOption, SegmentCondition

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PEERS_PYTHON = ROOT / ".venv-peers" / "bin" / "python"
NODE_MODULES = ROOT / "tools" / "node_modules"
MISSING_TOOLS = "run `make install`: it installs the peer clients ({what})"
_PROXY_VARIABLES = {"http_proxy", "https_proxy", "all_proxy", "no_proxy", "npm_config_proxy"}


@dataclass
class Call:
    """One method of a peer client as its driver reported it."""

    name: str
    status: int | None
    body: Any
    exchanges: list[dict[str, Any]]
    text: str | None = None
    exception: str | None = None

    @property
    def error(self) -> Any:
        return self.body.get("error") if isinstance(self.body, dict) else None

    def summary(self) -> str:
        """How the call went, for assertion messages (never holds the key: drivers redact it)."""
        if self.exception is not None:
            return f"{self.name}: raised {self.exception.strip().splitlines()[-1]}"
        shown = json.dumps(self.body, ensure_ascii=False) if self.body is not None else self.text
        return f"{self.name}: HTTP {self.status} {(shown or '')[:500]}"


@dataclass
class Run:
    """A driver's whole report: the methods the client offers and each call made."""

    offered: list[str]
    calls: dict[str, Call] = field(default_factory=dict)

    def __getitem__(self, name: str) -> Call:
        return self.calls[name]


@dataclass(frozen=True)
class Pending:
    """A peer call the sandbox does not serve as the server would yet, because of an area-level gap.

    ``status`` and ``error`` say how it fails today (``error`` is a substring of the JSON of the
    error, or None to compare the status only), ``failure`` which assertion of its check fails;
    ``reason`` what the sandbox must change, per the MailWizz 2.1.13 source.
    """

    reason: str
    status: int
    error: str | None = None
    failure: str | None = None  # a substring of the failing assertion (its line and message)


def _clean_env(**extra: str) -> dict[str, str]:
    env = {name: value for name, value in os.environ.items() if name.lower() not in _PROXY_VARIABLES}
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    env.update(extra)
    return env


def run_driver(command: list[str], plan: Mapping[str, Any], api_key: str) -> Run:
    """Run a driver with ``plan`` on stdin and the key in ``PEER_API_KEY``; its parsed report."""
    completed = subprocess.run(
        command,
        input=json.dumps(plan, ensure_ascii=False),
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_clean_env(PEER_API_KEY=api_key),
        cwd=ROOT,
        timeout=180,
        check=False,
    )
    leaked = api_key in completed.stdout or api_key in completed.stderr
    assert not leaked, f"{command[-1]} printed the API key"
    assert completed.returncode == 0, f"{command[-1]} failed:\n{completed.stderr[-3000:]}"
    report = json.loads(completed.stdout)
    run = Run(offered=report["offered"])
    for entry in report["calls"]:
        assert entry["name"] not in run.calls, f"{entry['name']} reported twice"
        run.calls[entry["name"]] = Call(
            name=entry["name"],
            status=entry.get("status"),
            body=entry.get("body"),
            exchanges=entry.get("exchanges", []),
            text=entry.get("text"),
            exception=entry.get("exception"),
        )
    return run


@dataclass
class Report:
    """A driver's run and what the checks need around it: the sandbox (state is read back over
    HTTP with the sandbox's key, never from its internals) and the plan the driver was given."""

    run: Run
    sandbox: Sandbox
    plan: dict[str, Any]
    http: httpx.Client

    def call(self, name: str) -> Call:
        return self.run[name]

    def ok(self, name: str, status: int) -> Any:
        """The body of a call that answered ``status`` with ``{"status": "success", ...}``."""
        call = self.run[name]
        assert call.status == status, call.summary()
        assert isinstance(call.body, dict) and call.body.get("status") == "success", call.summary()
        return call.body

    def get(self, path: str, **params: str) -> Any:
        """Read state back from the sandbox (200 expected); the JSON body."""
        response = self.http.get(path, params=params)
        assert response.status_code == 200, f"GET {path}: {response.status_code} {response.text[:300]}"
        return response.json()

    def status_of(self, path: str) -> int:
        return self.http.get(path).status_code


def report_for(run: Run, sandbox: Sandbox, plan: dict[str, Any]) -> Iterator[Report]:
    with httpx.Client(base_url=sandbox.url, headers={"X-API-KEY": sandbox.api_key}, timeout=10) as http:
        yield Report(run, sandbox, plan, http)


Check = Callable[[Report], None]


def check_pending(
    report: Report, checks: Mapping[str, Check], pending: Mapping[str, Pending], name: str
) -> None:
    """A PENDING call must still fail its check, the way it is recorded. Once the sandbox answers
    as the server would, this fails and says to move the call to the checked set."""
    call = report.run[name]
    recorded = pending[name]
    try:
        checks[name](report)
    except AssertionError as exc:
        line = traceback.extract_tb(exc.__traceback__)[-1].line or ""
        failed = f"{line}\n{exc}"
    else:
        pytest.fail(f"{name} now answers as the server would: move it from PENDING to the checked calls")
    if recorded.failure is not None:
        assert recorded.failure in failed, f"{name} fails another check now: {failed[:500]}"
    assert call.status == recorded.status, f"{name} fails differently now. {call.summary()}"
    if recorded.error is not None:
        assert recorded.error in json.dumps(call.error, ensure_ascii=False), call.summary()


def node() -> str:
    """The node binary, with node-mailwizz installed under tools/ (never skipped: a missing tool fails)."""
    found = shutil.which("node")
    assert found is not None, "node is not on PATH: the peer tests need Node.js, as `make test` does"
    assert (NODE_MODULES / "node-mailwizz").is_dir(), MISSING_TOOLS.format(what="tools/node_modules")
    return found


def peers_python() -> str:
    assert PEERS_PYTHON.exists(), MISSING_TOOLS.format(what=".venv-peers with mailwizz-python-sdk")
    return str(PEERS_PYTHON)


@dataclass(frozen=True)
class FixtureList:
    """A list made with pakat before a driver runs: a dropdown CITY field and a segment on it."""

    list_uid: str
    segment_uid: str
    in_segment: int  # how many of its subscribers the segment holds


def make_fixture_list(sandbox: Sandbox) -> FixtureList:
    with Pakat(api_key=sandbox.api_key, base_url=sandbox.url) as client:
        list_uid = client.lists.create(
            name="Peer fixture", description="Fields and segments", from_name="Pakat",
            from_email="news@example.com", reply_to="news@example.com", opt_in="single",
        )  # fmt: skip
        city = client.fields.create(
            list_uid, type="dropdown", label="City", tag="CITY",
            options=[FieldOption("Tehran", "tehran"), FieldOption("Shiraz", "shiraz")],
        )  # fmt: skip
        people = {"tehrani@example.org": "tehran", "shirazi@example.org": "shiraz"}
        for email, town in people.items():
            client.subscribers.create(list_uid, email, fields={"CITY": town})
        is_operator = next(op.operator_id for op in client.segments.condition_operators() if op.slug == "is")
        segment_uid = client.segments.create(
            list_uid, name="Tehran", operator_match="all",
            conditions=[SegmentCondition(field_id=city.field_id, operator_id=is_operator, value="tehran")],
        )  # fmt: skip
    return FixtureList(list_uid, segment_uid, in_segment=1)
