"""Sphinx settings for the documentation site (`make docs`; built strictly by tests/docs/)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "_ext"))

from pakat import __version__  # noqa: E402

project = "pakat"
author = "The pakat developers"
copyright = "The pakat developers"
version = release = __version__

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",  # the generated models' docstrings have Google-style "Attributes:"
    "sphinx_click",
    "pakat_docs",
]
source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "_ext", "README.md"]

# Strict: `-W -n` in scripts/docs.py turns every warning, and every cross-reference that finds no
# entry, into an error. Only names outside pakat (the standard library, httpx, click) may stay
# unresolved: the build is offline, so there is no intersphinx inventory to resolve them against.
nitpicky = True
nitpick_ignore_regex = [
    (
        r"py:.*",
        r"(builtins|collections|typing|types|os|pathlib|datetime|zoneinfo|enum|asyncio|concurrent"
        r"|contextlib|logging|io|email|httpx|click|django|anymail|attrs|pytest|_pytest)(\..*)?",
    ),
    # Builtins and type-variable names as annotations show them.
    (r"py:.*", r"(str|int|float|bool|bytes|object|None|Any|T|U|Self|Literal|NoneType|dict|list|tuple|set)"),
    (r"py:.*", r"pakat\..*\.(T|U)"),  # type variables
]

# Docstrings mark code with single backticks (Markdown habit) as well as RST's double ones.
default_role = "literal"
add_module_names = False
python_use_unqualified_type_names = True
autodoc_default_options = {
    "members": True,
    "undoc-members": True,
    "member-order": "bysource",
}
autodoc_typehints = "signature"
autodoc_class_signature = "separated"
autodoc_inherit_docstrings = True
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_ivar = True

myst_enable_extensions = ["colon_fence", "deflist", "attrs_inline", "attrs_block"]
myst_heading_anchors = 3
suppress_warnings: list[str] = []

html_theme = "furo"
html_title = f"pakat {release}"
html_static_path = ["_static"]
html_css_files = ["pakat.css"]
html_show_sourcelink = False
html_copy_source = False
html_last_updated_fmt = None
html_theme_options = {
    "source_repository": "",
    "navigation_with_keys": True,
}
