"""The command line page's script (docs/guide/cli.md, the ```sh session block) runs as written
under `bash -euo pipefail` against a fresh sandbox, and does what its comments say."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

from pakat.testing import Sandbox
from tests._paths import ROOT
from tests._snippets import blocks

PAGE = ROOT / "docs" / "guide" / "cli.md"
SESSIONS = blocks(PAGE, "sh", tag="session")


def _env(sandbox: Sandbox) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("PAKAT_")}
    # The venv's scripts (pakat) first, as after `pip install`.
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    return {**env, "PAKAT_API_KEY": sandbox.api_key, "PAKAT_BASE_URL": sandbox.url}


def test_the_script_runs_against_a_sandbox(tmp_path: Path) -> None:
    (session,) = SESSIONS
    with Sandbox() as sandbox:
        result = subprocess.run(
            ["bash", "-euo", "pipefail", "-c", session.code],
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
