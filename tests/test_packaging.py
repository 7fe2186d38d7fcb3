"""The release: `python -m build` makes an sdist and a wheel that twine accepts, and the wheel
installs into a fresh virtual environment where `import pakat`, the `pakat` hint without its
extra, the sandbox and one call work."""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import pakat
import pakat_client
from pakat.testing import Sandbox
from tests._paths import ROOT


def run(*command: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command], capture_output=True, text=True, timeout=300, check=False, env=env
    )


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`make dist`'s build: the sdist, then the wheel built from it (so the sdist is whole)."""
    out = tmp_path_factory.mktemp("dist")
    built = run(sys.executable, "-m", "build", "--outdir", out, ROOT)
    assert built.returncode == 0, built.stdout + built.stderr
    return out


@pytest.fixture(scope="module")
def fresh(dist: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A new virtual environment with the wheel installed (its dependencies from the index)."""
    venv = tmp_path_factory.mktemp("fresh") / "venv"
    made = run(sys.executable, "-m", "venv", "--without-pip", venv)
    assert made.returncode == 0, made.stderr
    (wheel,) = dist.glob("pakat-*.whl")
    # This environment's pip installs into the new one: faster than bootstrapping a pip there.
    installed = run(
        sys.executable, "-m", "pip", "--python", venv / "bin" / "python", "install", "--quiet", wheel
    )
    assert installed.returncode == 0, installed.stderr
    yield venv


def test_packages_import() -> None:
    assert pakat.__version__
    assert pakat_client.AuthenticatedClient


def test_twine_accepts_the_sdist_and_the_wheel(dist: Path) -> None:
    checked = run(Path(sys.executable).parent / "twine", "check", "--strict", *sorted(dist.iterdir()))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.count("PASSED") == 2


def test_wheel_contains_facade_generated_client_and_type_markers(dist: Path) -> None:
    (wheel,) = dist.glob("pakat-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "pakat/__init__.py",
        "pakat/py.typed",
        "pakat/testing/_countries.json",  # the sandbox's country and zone table
        "pakat/cli/_when.py",
        "pakat_client/__init__.py",
        "pakat_client/py.typed",
        "pakat_client/api/subscribers/create_subscriber.py",
        "pakat_client/models/subscriber_create_request.py",
    ):
        assert required in names, required
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    text = zipfile.ZipFile(wheel).read(metadata).decode()
    for dependency in ("httpx", "attrs", "python-dateutil"):
        assert f"Requires-Dist: {dependency}" in text
    for extra in ("cli", "jalali", "mcp", "django"):
        assert f"Provides-Extra: {extra}" in text
    assert "Requires-Python: >=3.11" in text
    assert "License-Expression: MIT" in text
    assert any(name.endswith("licenses/LICENSE") for name in names)
    (sdist,) = dist.glob("pakat-*.tar.gz")
    with tarfile.open(sdist) as archive:
        members = archive.getnames()
    assert any(name.endswith("/LICENSE") for name in members)


def test_the_wheel_in_a_fresh_venv(fresh: Path) -> None:
    python = fresh / "bin" / "python"
    imported = run(python, "-c", "import pakat, sys; print(pakat.__version__, 'click' in sys.modules)")
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.split() == [pakat.__version__, "False"]

    # Without its extra, the command says how to get it: one line, exit status 1, no traceback.
    hint = run(fresh / "bin" / "pakat", "--help")
    assert (hint.returncode, hint.stdout, hint.stderr) == (
        1,
        "",
        "pakat: the command line needs its extra: pip install 'pakat[cli]'\n",
    )

    # One call from the fresh environment to a sandbox.
    with Sandbox() as sb:
        env = {**os.environ, "PAKAT_API_KEY": sb.api_key, "PAKAT_BASE_URL": sb.url}
        call = run(python, "-c", "from pakat import Pakat; print(Pakat().quota.get().allowed)", env=env)
        assert call.returncode == 0, call.stderr
        assert call.stdout.strip() == "10000"
