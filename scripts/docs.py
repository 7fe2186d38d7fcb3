"""Build the documentation site strictly, and check its links offline (`make docs`; tests/docs/).

    python scripts/docs.py [OUT]      # default: site/

The guide, the Python reference and the home page are Sphinx (MyST Markdown, autodoc) built with
warnings as errors and every cross-reference checked (`-W -n`); the HTTP reference is Redocly's
rendering of openapi.json, with its script inlined so that it works without a network, written
to OUT/openapi/ beside a copy of openapi.json. Then every link and anchor between the pages is
checked without leaving the machine; links to other sites are not followed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SPEC = ROOT / "openapi.json"
REDOCLY = ROOT / "tools" / "node_modules" / ".bin" / "redocly"
HTTP_DIR = "openapi"


def build(out: Path, source: Path = DOCS) -> None:
    """Build the whole site into `out` (emptied first); raises CalledProcessError on any warning."""
    if out.exists():
        shutil.rmtree(out)
    doctrees = out.parent / f".{out.name}-doctrees"
    # Not `-q`: on failure the warnings are what the caller needs to see (stderr).
    subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-b",
            "html",
            "-W",
            "--keep-going",
            "-n",
            "-q",
            "-E",
            "-d",
            str(doctrees),
            "-c",
            str(DOCS),
            str(source),
            str(out),
        ],
        check=True,
    )
    shutil.rmtree(doctrees, ignore_errors=True)
    http = out / HTTP_DIR
    http.mkdir()
    shutil.copyfile(SPEC, http / "openapi.json")
    env = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}
    # Its notices (Node's support, Redoc 3) go to stderr on every run: shown only if it fails.
    redoc = subprocess.run(
        [
            str(REDOCLY),
            "build-docs",
            str(SPEC),
            "--inlineBundle",
            "--title",
            "pakat: HTTP reference",
            "-o",
            str(http / "index.html"),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if redoc.returncode != 0:
        sys.stderr.write(redoc.stdout + redoc.stderr)
        raise subprocess.CalledProcessError(redoc.returncode, redoc.args)


class _Page(HTMLParser):
    """The ids a page defines and the links it makes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name in ("id", "name") if tag == "a" else ("id",):
            if values.get(name):
                self.ids.add(str(values[name]))
        for name in ("href", "src"):
            if values.get(name) and tag in ("a", "link", "script", "img", "iframe", "source"):
                self.links.append(str(values[name]))


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def broken_links(out: Path) -> list[str]:
    """Every link between the site's pages, and every anchor, that points at nothing: each as
    "page: link (why)". Links with a scheme (https:, mailto:, ...) are left alone."""
    pages = {path: _parse(path) for path in sorted(out.rglob("*.html"))}
    problems: list[str] = []
    for path, page in pages.items():
        for link in page.links:
            parts = urlsplit(link)
            where = path.relative_to(out)
            if parts.scheme or link.startswith("//"):
                continue
            if where.parts[0] == HTTP_DIR and link.startswith("/"):
                continue  # the HTTP reference's own routes (/lists, ...), which its script serves
            target = path if not parts.path else (path.parent / unquote(parts.path)).resolve()
            if parts.path.endswith("/") or target.is_dir():
                target = target / "index.html"
            if not target.is_relative_to(out.resolve()) and not target.is_relative_to(out):
                problems.append(f"{where}: {link} (outside the site)")
            elif not target.exists():
                problems.append(f"{where}: {link} (no such file)")
            elif parts.fragment and target.suffix == ".html":
                ids = pages[target].ids if target in pages else _parse(target).ids
                if unquote(parts.fragment) not in ids:
                    problems.append(f"{where}: {link} (no anchor #{parts.fragment})")
    return problems


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "site"
    try:
        build(out.resolve())
    except subprocess.CalledProcessError as exc:
        print(f"docs: the build failed ({exc.cmd[0]} exited {exc.returncode})", file=sys.stderr)
        return 1
    problems = broken_links(out.resolve())
    for problem in problems:
        print(f"docs: broken link: {problem}", file=sys.stderr)
    if problems:
        return 1
    print(f"docs: built into {out} ({sum(1 for _ in out.rglob('*.html'))} pages), every link found")
    return 0


if __name__ == "__main__":
    sys.exit(main())
