"""The README is the front page: what it shows runs, and it leads to every page of the site.

Its quickstart runs as written (it starts its own sandbox); its links lead to files of this
repository; every page of the site's guide, reference and project sections is linked from it.
The `make` targets and extras it names are checked with the site's pages (tests/docs/test_pages.py).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from tests._paths import ROOT
from tests._snippets import blocks, run_python

README = ROOT / "README.md"
TEXT = README.read_text(encoding="utf-8")
LINKS = re.findall(r"\]\(([^)\s]+)\)", TEXT)


def test_the_quickstart_runs_against_the_sandbox_it_starts(tmp_path: Path) -> None:
    (snippet,) = blocks(README, "python")
    env = {key: value for key, value in os.environ.items() if not key.startswith("PAKAT_")}
    result = run_python([(f"README.md {snippet.name}", snippet.code)], env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "ali@example.com علی\n"


def test_every_link_to_this_repository_leads_to_a_file() -> None:
    local = [link for link in LINKS if not re.match(r"[a-z]+:", link)]
    assert local
    missing = [link for link in local if not (ROOT / link.split("#")[0]).is_file()]
    assert not missing


def _toctree_pages() -> set[str]:
    """Every page the site's home page puts in its navigation, as a path under docs/."""
    home = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    pages = set()
    for tree in re.findall(r"```\{toctree\}\n(.*?)```", home, re.S):
        pages |= {f"docs/{line}.md" for line in tree.splitlines() if line and not line.startswith(":")}
    return pages


def test_every_page_of_the_sites_navigation_is_linked() -> None:
    pages = _toctree_pages()
    assert "docs/guide/mcp.md" in pages and "docs/contributing.md" in pages
    assert not pages - set(LINKS)


def test_it_says_how_to_build_the_site() -> None:
    assert "`make docs`" in TEXT
