"""Fixtures every test folder may use: a scripted mock server (the clients on it are in
tests/_async/conftest.py and its generated twin), recorded retry waits, a Prism mock of
openapi.json (tests/_prism.py), and the check that every answer any sandbox gives in any test is
one openapi.json describes."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

import pakat._transport
from pakat.testing._routing import Reply
from pakat.testing._server import App, Incoming
from tests._contract import answer_problems, schema_errors
from tests._prism import prism_url  # noqa: F401 (a fixture: offered to every folder)
from tests.facade.conftest import MockServer


@pytest.fixture(autouse=True)
def sandbox_answers_follow_the_spec(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fails the test when a sandbox it ran (in this process) answered anything openapi.json does
    not declare for that operation and status: errors and empty collections included.

    Answers a fault knob replaces (injected errors, HTML pages, cut bodies) are not the sandbox's
    own and are not checked. Nor are the refusals of the sandbox's own limits (a body over
    max_body_size answered 413, malformed framing 400, ...: pakat.testing._limits): on a real
    server the web server in front of PHP gives them, never the API that openapi.json describes
    (tests/reliability/test_sandbox_hostile_clients.py checks their status and shape).
    """
    problems: list[str] = []
    lock = threading.Lock()
    process = App.process

    def checked(self: App, incoming: Incoming) -> Reply:
        reply = process(self, incoming)
        route = incoming.match.route
        found: list[str]
        if reply.raw is not None:
            found = []  # not JSON: the empty body of a failed json_encode (a row says which)
        elif route is not None:
            found = answer_problems(route.operation_id, reply.status, reply.body)
        elif (reply.status, reply.body) in ((200, []), (304, None)) and incoming.match.via == "root":
            found = []  # GET /api/, which openapi.json does not describe: `[]`, or 304 for its ETag
        else:
            found = schema_errors("#/components/schemas/ErrorResponse", reply.body)
        if found:
            with lock:
                problems.append(
                    f"{incoming.method} {incoming.target} -> {reply.status} {reply.body!r:.300}: {found}"
                )
        return reply

    monkeypatch.setattr(App, "process", checked)
    yield
    assert not problems, "the sandbox answered outside openapi.json:\n" + "\n".join(problems[:20])


@pytest.fixture
def server() -> MockServer:
    return MockServer()


@pytest.fixture
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Retries wait no real time; the waits they asked for are recorded."""
    waits: list[float] = []

    async def asleep(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr(pakat._transport, "_sleep", waits.append)
    monkeypatch.setattr(pakat._transport, "_asleep", asleep)
    return waits
