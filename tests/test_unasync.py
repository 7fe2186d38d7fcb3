"""pakat/_sync is exactly what scripts/unasync.py makes of pakat/_async."""

from __future__ import annotations

import subprocess
import sys

from tests._paths import ROOT


def test_sync_code_is_in_step_with_async_code() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "unasync.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
