"""What is generated is exactly what its script makes of its source: generated/ from openapi.json,
pakat/_sync from pakat/_async."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests._paths import ROOT


@pytest.mark.parametrize("script", ["regenerate.py", "unasync.py"])
def test_generated_code_is_in_step(script: str) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / script), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
