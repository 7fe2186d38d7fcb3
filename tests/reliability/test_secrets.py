"""The command line does not print an API key it cannot send (the clients keep the key secret in
tests/_async/reliability/test_secrets.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pakat.testing import Sandbox
from tests._async.reliability.test_secrets import BAD_KEYS, KEY, _assert_no_piece_of


@pytest.mark.parametrize("name", ["vertical-tab", "form-feed", "tab", "trailing-space", "cyrillic"])
def test_the_cli_does_not_print_a_bad_key(name: str) -> None:
    key = BAD_KEYS[name]
    script = Path(sys.executable).parent / "pakat"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "pakat.cli"]
    with Sandbox(api_key=KEY) as sb:
        environment = {**os.environ, "PAKAT_API_KEY": key, "PAKAT_BASE_URL": sb.url}
        done = subprocess.run([*command, "lists", "ls"], capture_output=True, text=True, env=environment)
        _assert_no_piece_of(key, [done.stdout, done.stderr])
        assert "API key" in done.stderr
        assert "Traceback" not in done.stderr
        assert done.returncode == 1
        assert sb.connections_accepted == 0
