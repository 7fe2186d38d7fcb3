"""The site builds with warnings as errors, its links and anchors all lead somewhere, every public
name of pakat has a reference entry, and Persian text is marked to read right to left."""

from __future__ import annotations

import inspect
import posixpath
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sphinx.util.inventory import InventoryFile

import pakat
import pakat.django
import pakat.testing
import pakat.types
from pakat import AsyncPakat, Pakat
from tests._paths import ROOT
from tests.docs.conftest import docs_script

sys.path.insert(0, str(ROOT / "docs" / "_ext"))
import pakat_docs  # docs/_ext: how the site's build finds the resources and the models


def _inventory(site: Path) -> set[str]:
    """The names of every Python entry of the built site (its objects.inv, as intersphinx reads it)."""
    with (site / "objects.inv").open("rb") as f:
        inventory = InventoryFile.load(f, "", posixpath.join)
    return {name for role, entries in inventory.items() if role.startswith("py:") for name in entries}


def test_every_link_and_anchor_between_pages_leads_somewhere(site: Path) -> None:
    assert (site / "index.html").exists() and (site / "openapi" / "index.html").exists()
    assert docs_script().broken_links(site) == []


def test_a_broken_anchor_or_page_is_found(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "docs" / "_static", tmp_path / "_static")
    (tmp_path / "a.html").write_text(
        '<h1 id="top">A</h1><a href="b.html#nowhere">b</a><a href="c.html">c</a>'
    )
    (tmp_path / "b.html").write_text(
        '<h1 id="here">B</h1><a href="a.html#top">a</a><a href="https://x.test/">x</a>'
    )
    assert docs_script().broken_links(tmp_path) == [
        "a.html: b.html#nowhere (no anchor #nowhere)",
        "a.html: c.html (no such file)",
    ]


def test_a_reference_to_a_missing_name_fails_the_build(tmp_path: Path) -> None:
    """What a renamed method does to a page that names it: the strict build stops."""
    source = tmp_path / "docs"
    source.mkdir()
    (source / "index.md").write_text(
        "# Renamed\n\n```{eval-rst}\n.. autoclass:: pakat.types.Quota\n```\n\n"
        "See {py:meth}`pakat._sync.resources.lists.Lists.no_such_method`.\n",
        encoding="utf-8",
    )
    with pytest.raises(subprocess.CalledProcessError):
        docs_script().build(tmp_path / "out", source=source)


def _expected_names() -> set[str]:
    names = {f"pakat.{name}" for name in pakat.__all__}
    for name in pakat.types.__all__:
        if name in pakat.types._MODULE_OF:  # lent for annotations, documented where defined
            continue
        value = getattr(pakat.types, name)
        same = getattr(pakat, name, None) is value
        names.add(f"pakat.{name}" if same else f"pakat.types.{name}")
    for client in (Pakat, AsyncPakat):
        names |= {
            f"pakat.{client.__name__}.{name}"
            for name, value in vars(client).items()
            if not name.startswith("_")
            and (callable(value) or isinstance(value, property))
            and type(value).__name__ != "LazyResource"
        }
    for cls in pakat_docs.resource_classes():
        names.add(f"{cls.__module__}.{cls.__name__}")
        names |= {f"{cls.__module__}.{cls.__name__}.{m}" for m in pakat_docs.public_methods(cls)}
    names |= {f"pakat.testing.{name}" for name in pakat.testing.__all__}
    names |= {f"pakat.django.{name}" for name in pakat.django.__all__}
    errors = [
        value
        for value in vars(pakat._exceptions).values()
        if inspect.isclass(value) and issubclass(value, pakat.PakatError)
    ]
    names |= {f"pakat.{cls.__name__}" for cls in errors}
    names |= {f"pakat_client.models.{cls.__name__}" for cls in pakat_docs.referenced_models()}
    return names


def test_every_public_name_has_a_reference_entry(site: Path) -> None:
    documented = _inventory(site)
    assert "pakat._sync.resources.subscribers.Subscribers.create" in documented  # the form names take
    missing = sorted(_expected_names() - documented)
    assert not missing, f"{len(missing)} public names have no entry in the Python reference: {missing}"


def test_persian_text_reads_right_to_left(site: Path) -> None:
    page = (site / "guide" / "quickstart.html").read_text(encoding="utf-8")
    assert re.search(r'<div class="fa[^"]*"[^>]*>\s*<p dir="auto"><strong>از:</strong> فروشگاه پاکات', page)
    home = (site / "index.html").read_text(encoding="utf-8")
    assert '<p dir="auto">' not in home.split("<article", 1)[1].split("</p>", 1)[0]  # English stays LTR
    css = (site / "_static" / "pakat.css").read_text(encoding="utf-8")
    assert "direction: rtl" in css and "unicode-bidi: plaintext" in css
