"""What the pages (and the README) say about the repository holds: the `make` targets they name
exist, and the figures of "Working on pakat" are the repository's."""

from __future__ import annotations

import re
import tomllib

from tests._paths import ROOT, operations, spec
from tests._snippets import blocks

DOCS = ROOT / "docs"
PAGES = [ROOT / "README.md", *sorted(p for p in DOCS.rglob("*.md") if "_build" not in p.parts)]
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")


def _targets() -> set[str]:
    return set(re.findall(r"^([a-z][a-z-]*):", MAKEFILE, re.M))


def test_every_make_target_a_page_names_exists() -> None:
    named = {}
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        # `make docs` in a sentence, or a line of a shell block that starts with it
        for target in re.findall(r"(?:^|`)make ([a-z][a-z-]*)", text, re.M):
            named.setdefault(target, page.relative_to(ROOT))
    assert {"demo", "test", "docs", "install"} <= named.keys()
    unknown = {target: str(page) for target, page in named.items() if target not in _targets()}
    assert not unknown


def test_every_extra_a_page_installs_is_declared() -> None:
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "optional-dependencies"
    ]
    for page in PAGES:
        for block in blocks(page, "sh", None):
            for extra in re.findall(r"pip install '(?:pakat|\.)\[([a-z,]+)\]'", block.code):
                assert set(extra.split(",")) <= extras.keys(), (page, extra)


def test_the_layers_are_described_with_the_repositorys_figures() -> None:
    text = (DOCS / "contributing.md").read_text(encoding="utf-8")
    count = int(re.search(r"all (\d+) operations", text).group(1))  # type: ignore[union-attr]
    assert count == len(operations(spec()))
    version = re.search(r"by openapi-python-client (\d+(?:\.\d+)+)", text).group(1)  # type: ignore[union-attr]
    assert f'"openapi-python-client=={version}"' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


def test_the_testing_page_names_every_fault_knob() -> None:
    """The sandbox page lists the knobs of `sandbox.faults` by hand: each public one, as `name(`."""
    from pakat.testing import Faults

    text = (DOCS / "guide" / "testing.md").read_text(encoding="utf-8")
    knobs = [name for name, value in vars(Faults).items() if not name.startswith("_") and callable(value)]
    missing = [name for name in knobs if name != "next_request" and f"`{name}(" not in text]
    assert "latency" in knobs and not missing
