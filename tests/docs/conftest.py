"""The documentation site, built once per session as `make docs` builds it (strictly)."""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path
from types import ModuleType

import pytest

from tests._paths import ROOT


def docs_script() -> ModuleType:
    """scripts/docs.py, which builds the site and checks its links (not a package: loaded by path)."""
    spec = importlib.util.spec_from_file_location("pakat_docs_script", ROOT / "scripts" / "docs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("docs") / "site"
    try:
        docs_script().build(out)
    except subprocess.CalledProcessError as exc:
        pytest.fail(f"the documentation site does not build strictly: {exc} (its warnings are above)")
    return out
