"""The benchmark's own virtual environment, `benchmarks/.venv` (git ignores `.venv/` folders).

It holds what the project's `.venv` must not: the official `mailwizz-python-sdk` (a contender),
and pakat (with its cli and mcp extras) installed from a wheel rather than in editable mode. An
editable install adds an import finder that every `import` consults, which a user's
`pip install pakat` does not have, so start-up is measured on this install. The wheel is rebuilt only when pakat's code or packaging changed
since the last run (a hash of those files is kept beside the venv).
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

from benchmarks._harness import BENCH_DIR, ROOT

VENV = BENCH_DIR / ".venv"
MAILWIZZ = "mailwizz-python-sdk==1.0.4"
STAMP = VENV / ".pakat-hash"
# What the wheel is built from; README.md only feeds the metadata, so editing it does not rebuild.
SOURCES = ("pyproject.toml", "pakat", "generated")


def python() -> Path:
    return VENV / "bin" / "python"


def _source_files() -> list[Path]:
    files: list[Path] = []
    for name in SOURCES:
        path = ROOT / name
        if path.is_file():
            files.append(path)
        else:
            files += [p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    return sorted(files)


def source_hash() -> str:
    digest = hashlib.sha256()
    for path in _source_files():
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _pip(*args: str) -> None:
    """Run pip in the benchmark venv; its output is shown only when it fails."""
    result = subprocess.run(
        [str(python()), "-m", "pip", "--quiet", "--disable-pip-version-check", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise subprocess.CalledProcessError(result.returncode, result.args)


def ensure() -> Path:
    """Create or update the benchmark venv; return its python."""
    if not python().exists():
        print(f"creating {VENV.relative_to(ROOT)} (mailwizz-python-sdk, pakat from a wheel)", flush=True)
        venv.create(VENV, with_pip=True)
    wanted = source_hash()
    if STAMP.exists() and STAMP.read_text().strip() == wanted:
        return python()
    print("building a pakat wheel for the benchmark venv", flush=True)
    with tempfile.TemporaryDirectory(prefix="pakat-bench-") as scratch:
        # Build from a copy: setuptools writes build/ and *.egg-info into the tree it builds, and
        # other work (the packaging test) builds from this tree at the same time.
        source = Path(scratch) / "src"
        source.mkdir()
        for name in SOURCES:
            path = ROOT / name
            if path.is_file():
                shutil.copy2(path, source / name)
            else:
                shutil.copytree(path, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copy2(ROOT / "README.md", source / "README.md")
        wheels = Path(scratch) / "wheels"
        _pip("wheel", "--no-deps", "--wheel-dir", str(wheels), str(source))
        (wheel,) = wheels.glob("pakat-*.whl")
        _pip("install", "--force-reinstall", "--no-deps", str(wheel))
        _pip("install", f"pakat[cli,mcp] @ {wheel.as_uri()}", MAILWIZZ)
    STAMP.write_text(wanted)
    return python()
