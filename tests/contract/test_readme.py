"""The README's Python snippets run as written against a mock of openapi.json."""

from __future__ import annotations

import os

import pytest

from tests._paths import ROOT
from tests._snippets import Block, blocks, run_python

SNIPPETS = blocks(ROOT / "README.md", "python")


def test_readme_has_snippets() -> None:
    assert len(SNIPPETS) >= 1


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[s.name for s in SNIPPETS])
def test_readme_snippet_runs(prism_url: str, snippet: Block) -> None:
    env = {**os.environ, "PAKAT_API_KEY": "readme-key", "PAKAT_BASE_URL": prism_url}
    result = run_python([(f"README.md {snippet.name}", snippet.code)], env)
    assert result.returncode == 0, result.stderr
