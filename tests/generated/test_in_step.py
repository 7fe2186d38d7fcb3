"""generated/ is exactly what the pinned generator makes of openapi.json."""

from __future__ import annotations

import subprocess
import sys

from tests._paths import ROOT


def test_generated_package_is_in_step_with_openapi_json() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "regenerate.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
