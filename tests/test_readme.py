"""The README's snippets run as written against a fresh sandbox each: the Python ones, and the
shell session of the command line's section."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pakat.testing import Sandbox
from tests._paths import ROOT
from tests._snippets import Block, blocks, run_python

SNIPPETS = blocks(ROOT / "README.md", "python")
SESSIONS = blocks(ROOT / "README.md", "sh", tag="session")


def _env(sandbox: Sandbox) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("PAKAT_")}
    # The venv's scripts (pakat) first, as after `pip install`.
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    return {**env, "PAKAT_API_KEY": sandbox.api_key, "PAKAT_BASE_URL": sandbox.url}


def test_readme_has_snippets() -> None:
    assert len(SNIPPETS) >= 9
    assert len(SESSIONS) == 1


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[s.name for s in SNIPPETS])
def test_readme_snippet_runs(snippet: Block, tmp_path: Path) -> None:
    with Sandbox() as sandbox:
        result = run_python([(f"README.md {snippet.name}", snippet.code)], _env(sandbox), cwd=tmp_path)
    assert result.returncode == 0, result.stderr


def test_readme_shell_session_runs(tmp_path: Path) -> None:
    with Sandbox() as sandbox:
        result = subprocess.run(
            ["bash", "-euo", "pipefail", "-c", SESSIONS[0].code],
            capture_output=True,
            text=True,
            env=_env(sandbox),
            cwd=tmp_path,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert "Traceback" not in result.stderr
        assert "1406/01/02 09:00 (Jalali) in Asia/Tehran: 2027-03-22 09:00+03:30" in result.stdout
        assert sandbox.counters["createCampaign"] == 1  # the dry run sent nothing
        [email] = sandbox.outbox()
        assert [a["name"] for a in email["attachments"]] == ["receipt.pdf"]
    logs = list(csv.DictReader(io.StringIO((tmp_path / "logs.csv").read_text(encoding="utf-8-sig"))))
    assert sorted(row["email"] for row in logs) == ["ali@example.com", "sara@example.com"]
