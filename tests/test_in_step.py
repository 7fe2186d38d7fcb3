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


@pytest.mark.parametrize("folder", ["pakat/_async", "tests/_async"])
def test_a_rule_that_matches_nothing_stops_the_unasync_script(folder: str) -> None:
    spec = importlib.util.spec_from_file_location("pakat_unasync_script", ROOT / "scripts" / "unasync.py")
    assert spec is not None and spec.loader is not None
    unasync = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = unasync  # dataclasses look their module up while building the class
    try:
        spec.loader.exec_module(unasync)
        pair = next(pair for pair in unasync.PAIRS if pair.source == ROOT / folder)
        assert pair.own_rules, "every folder's own rules are checked"
        unasync.expected(pair)  # as it stands, every rule matches something
        stale = unasync.Pair(
            pair.source, pair.target, pair.rules, [*pair.own_rules, (r"\bno_such_name_anywhere\b", "x")]
        )
        with pytest.raises(SystemExit, match=rf"match nothing in {folder} .*no_such_name_anywhere"):
            unasync.expected(stale)
    finally:
        del sys.modules[spec.name]
