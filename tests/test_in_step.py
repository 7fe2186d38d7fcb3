"""What is generated is exactly what its script makes of its source: generated/ from openapi.json,
pakat/_sync from pakat/_async, tests/_sync from tests/_async."""

from __future__ import annotations

import importlib.util
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


def test_a_rule_of_the_tests_that_matches_nothing_stops_the_unasync_script() -> None:
    spec = importlib.util.spec_from_file_location("pakat_unasync_script", ROOT / "scripts" / "unasync.py")
    assert spec is not None and spec.loader is not None
    unasync = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = unasync  # dataclasses look their module up while building the class
    try:
        spec.loader.exec_module(unasync)
        tests = next(pair for pair in unasync.PAIRS if pair.source == ROOT / "tests" / "_async")
        stale = unasync.Pair(tests.source, tests.target, tests.rules, [(r"\bno_such_name_anywhere\b", "x")])
        with pytest.raises(SystemExit, match=r"match nothing in tests/_async .*no_such_name_anywhere"):
            unasync.expected(stale)
    finally:
        del sys.modules[spec.name]
