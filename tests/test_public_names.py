"""Each public name is listed once, where it is defined, and every other list of it is held to that:
`pakat`'s lazy table to the modules' `__all__`, `pakat.types` to what the clients' methods
return. And no user-facing code needs the generated client (`pakat_client`) by name."""

from __future__ import annotations

import ast
import importlib
import inspect
import subprocess
import sys
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import pakat
import pakat._exceptions
import pakat.types
from pakat import AsyncPakat, Pakat
from pakat._client import LazyResource
from tests._paths import ROOT
from tests._snippets import blocks


def _type_checking_imports(module: Any) -> dict[str, str]:
    """The names a module imports under `if TYPE_CHECKING:`, each with the module it is from
    (`*` for a star import)."""
    tree = ast.parse(inspect.getsource(module))
    names: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING":
            for statement in node.body:
                assert isinstance(statement, ast.ImportFrom) and statement.module
                for alias in statement.names:
                    names[alias.asname or alias.name] = statement.module
    return names


def test_pakat_lazy_table_is_the_modules_all() -> None:
    table: dict[str, str] = pakat._MODULE_OF
    for name, module in table.items():
        assert name in importlib.import_module(module).__all__, f"{name} is not in {module}.__all__"
        assert getattr(pakat, name) is getattr(importlib.import_module(module), name)
    errors = {
        name
        for name in pakat._exceptions.__all__
        if isinstance(getattr(pakat._exceptions, name), type)
        and issubclass(getattr(pakat._exceptions, name), BaseException)
    }
    assert {name for name, module in table.items() if module == "pakat._exceptions"} == errors
    assert set(pakat.__all__) == {*table, "__version__"}
    # What type checkers see: the same names, from the same modules (the errors by a star import).
    seen = _type_checking_imports(pakat)
    assert seen.pop("*") == "pakat._exceptions"
    assert seen == {name: module for name, module in table.items() if module != "pakat._exceptions"}


def _resource_classes() -> Iterator[type]:
    for client in (Pakat, AsyncPakat):
        for value in vars(client).values():
            if isinstance(value, LazyResource):
                yield getattr(importlib.import_module(value._module), value._name)


def _classes_in(annotation: Any) -> Iterator[type]:
    if inspect.isclass(annotation):
        yield annotation
    for argument in typing.get_args(annotation):
        yield from _classes_in(argument)


def _annotation_names(module: Any) -> dict[str, Any]:
    """What a module's annotations may name: its globals, and what it imports for type checking."""
    checking = {
        name: getattr(importlib.import_module(source), name)
        for name, source in _type_checking_imports(module).items()
        if source != "*"
    }
    return {**checking, **vars(module)}


def _returned_models() -> dict[str, type]:
    """The generated models that a public method of either client returns, by name."""
    found: dict[str, type] = {}
    for cls in [Pakat, AsyncPakat, *_resource_classes()]:
        for name, method in vars(cls).items():
            if name.startswith("_") or not callable(method):
                continue
            annotation = method.__annotations__.get("return")
            if isinstance(annotation, str):  # `from __future__ import annotations`
                annotation = eval(annotation, _annotation_names(sys.modules[method.__module__]))
            for model in _classes_in(annotation):
                if model.__module__.startswith("pakat_client."):
                    found[model.__name__] = model
    return found


def test_pakat_types_exports_every_model_a_method_returns() -> None:
    returned = _returned_models()
    assert "MailingList" in returned and "Subscriber" in returned  # the walk finds them
    assert set(pakat.types._MODELS) == set(returned)
    for name, model in returned.items():
        assert getattr(pakat.types, name) is model
    seen = _type_checking_imports(pakat.types)
    assert {name for name, module in seen.items() if module == "pakat_client.models"} == set(returned)
    for name in pakat.types.__all__:
        assert getattr(pakat.types, name) is not None


@pytest.mark.parametrize("module", ["pakat", "pakat.types"])
def test_importing_loads_no_generated_code(module: str) -> None:
    code = f"import sys, {module}; print(sorted(m for m in sys.modules if m.startswith('pakat_client')))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def _imports_the_generated_client(code: str) -> bool:
    return any(
        (isinstance(node, ast.Import) and any(a.name.split(".")[0] == "pakat_client" for a in node.names))
        or (isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "pakat_client")
        for node in ast.walk(ast.parse(code))
    )


def _user_code() -> Iterator[tuple[str, str]]:
    for page in [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]:
        for block in blocks(page, "python", tag=None):
            yield f"{page.relative_to(ROOT)} {block.name}", block.code
    for example in sorted((ROOT / "examples").rglob("*.py")):
        yield str(example.relative_to(ROOT)), example.read_text(encoding="utf-8")


def test_no_snippet_or_example_imports_the_generated_client() -> None:
    # The low-level client's own example is the one that must.
    lowlevel = Path("examples") / "roundtrip.py"
    importing = {where for where, code in _user_code() if _imports_the_generated_client(code)}
    assert importing == {str(lowlevel)}
