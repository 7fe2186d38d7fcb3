"""The distribution installs and ships both packages with their type markers."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pakat
import pakat_client
from tests._paths import ROOT


def test_packages_import() -> None:
    assert pakat.__version__
    assert pakat_client.AuthenticatedClient


def test_wheel_contains_facade_generated_client_and_type_markers(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--quiet",
            "--wheel-dir",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    (wheel,) = tmp_path.glob("pakat-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "pakat/__init__.py",
        "pakat/py.typed",
        "pakat/testing/_countries.json",  # the sandbox's country and zone table
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
    assert "Requires-Python: >=3.11" in text
