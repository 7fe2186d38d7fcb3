"""The command line reaches every public method of the facade, takes --json everywhere, and takes
the global options after a command as well as before it."""

from __future__ import annotations

import click

from pakat import Pakat
from pakat.cli import cli
from pakat.cli._app import Command
from pakat.mcp._tools import operation_methods, resources
from pakat.testing import Sandbox
from tests.cli.conftest import Invoke


def _commands(group: click.Group, prefix: str = "") -> dict[str, click.Command]:
    found: dict[str, click.Command] = {}
    for name, command in group.commands.items():
        path = f"{prefix} {name}".strip()
        if isinstance(command, click.Group):
            found.update(_commands(command, path))
        else:
            found[path] = command
    return found


COMMANDS = _commands(cli)


def _facade_methods() -> set[str]:
    return {f"{area}.{method}" for area, cls in resources(Pakat).items() for method in operation_methods(cls)}


def test_every_public_facade_method_has_a_command() -> None:
    covered = {call for command in COMMANDS.values() for call in getattr(command, "calls", ())}
    missing = sorted(_facade_methods() - covered)
    assert missing == [], f"public facade methods no `pakat` command calls: {missing}"


def test_commands_name_only_methods_the_facade_has() -> None:
    methods = _facade_methods()
    stale = {
        path: call
        for path, cmd in COMMANDS.items()
        for call in getattr(cmd, "calls", ())
        if call not in methods
    }
    assert stale == {}


def test_every_command_that_calls_the_api_takes_json() -> None:
    calling = {path: cmd for path, cmd in COMMANDS.items() if getattr(cmd, "calls", ())}
    assert len(calling) >= 60
    without = sorted(
        path for path, cmd in calling.items() if not any(p.name == "as_json" for p in cmd.params)
    )
    assert without == []


def test_every_command_takes_the_global_options_after_its_name() -> None:
    for path, command in COMMANDS.items():
        if path == "sandbox":
            continue  # the sandbox's own --api-key is the key it accepts, not a client's
        assert isinstance(command, Command), path
        names = {opt for p in command.params for opt in getattr(p, "opts", ())}
        assert {"--api-key", "--base-url"} <= names, path


def test_global_options_after_the_command(pakat: Invoke, sb: Sandbox) -> None:
    list_uid = sb.create_list("Late options")
    run = pakat(
        "lists", "show", list_uid, "--json", "--api-key", sb.api_key, "--base-url", sb.url, connect=False
    )
    assert run.exit_code == 0, run.stderr
    assert '"Late options"' in run.stdout
    # After the command they win over those before it, as the nearer word does.
    run = pakat(
        "--api-key", "wrong-key-0123456789abcdefghij", "quota", "--api-key", sb.api_key, "--base-url", sb.url,
        connect=False,
    )  # fmt: skip
    assert run.exit_code == 0, run.stderr
