"""The README's Python snippets run as written against a mock of openapi.json."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from tests._paths import ROOT

SNIPPETS = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)


def test_readme_has_snippets() -> None:
    assert len(SNIPPETS) >= 7


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[f"snippet{i}" for i in range(len(SNIPPETS))])
def test_readme_snippet_runs(prism_url: str, snippet: str) -> None:
    env = {**os.environ, "PAKAT_API_KEY": "readme-key", "PAKAT_BASE_URL": prism_url}
    result = subprocess.run(
        [sys.executable, "-c", snippet], capture_output=True, text=True, env=env, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
