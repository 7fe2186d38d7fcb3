"""Fixtures: a fresh sandbox per test, a client of it, and `pakat` run in-process against it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest
from click.testing import CliRunner, Result

from pakat import Pakat
from pakat.cli import cli
from pakat.testing import Sandbox


@dataclass
class Run:
    """What one `pakat` invocation printed, and how it ended."""

    exit_code: int
    stdout: str
    stderr: str
    result: Result

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


Invoke = Callable[..., Run]


@pytest.fixture(autouse=True)
def _no_account_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    # A developer's real key or URL must never reach these tests, nor change their outcome.
    for name in ("PAKAT_API_KEY", "PAKAT_BASE_URL", "PAKAT_TIMEZONE", "PAKAT_ALLOW_INSECURE_HTTP"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def sb() -> Iterator[Sandbox]:
    with Sandbox() as sandbox:
        yield sandbox


@pytest.fixture
def client(sb: Sandbox) -> Iterator[Pakat]:
    with Pakat(api_key=sb.api_key, base_url=sb.url) as c:
        yield c


@pytest.fixture
def pakat(sb: Sandbox) -> Invoke:
    """`pakat(*args)` runs the command against the sandbox (key and URL as global options).

    `key=` overrides the key, `env=` sets environment variables, `connect=False` passes neither
    option. Every run is checked for two promises: no traceback, and the key nowhere in the output.
    """

    def invoke(
        *args: str, key: str | None = None, env: dict[str, str] | None = None, connect: bool = True
    ) -> Run:
        key = sb.api_key if key is None else key
        options = ["--api-key", key, "--base-url", sb.url] if connect else []
        result = CliRunner().invoke(cli, [*options, *args], env=env, catch_exceptions=False)
        run = Run(result.exit_code, result.stdout, result.stderr, result)
        assert "Traceback" not in run.output
        assert sb.api_key not in run.output
        if key:
            assert key not in run.output
        return run

    return invoke
