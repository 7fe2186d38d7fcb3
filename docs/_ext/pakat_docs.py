"""What the documentation site needs beyond Sphinx, MyST and autodoc.

- ``pakat-models``: autodoc entries for every generated model a public method of the clients
  returns or takes, and every model those hold, found from the signatures at build time so that
  a new return type cannot go undocumented.
- ``pakat-exceptions``: every exception a module exports (its ``__all__``), as a tree and as
  autodoc entries, so that a new error is documented without an edit here.
- ``pakat-resources``: the table of a client's resource attributes, read from the client class;
  the attributes themselves are left out of the clients' autodoc entries.
- a docstring's mention of a page's source (``docs/guide/reliability.md``) links to the page.
- the names ``pakat.types`` re-exports (the generated models a method returns) are left out of
  its entry: they are documented where they are defined.
- ``dir="auto"`` on every paragraph, list item, table cell and heading that holds Arabic-script
  letters, so Persian text reads right to left wherever it appears (English stays left to right).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import typing
from collections.abc import Callable, Iterator
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

RESOURCE_PACKAGES = ("pakat._sync.resources", "pakat._async.resources")
MODEL_PACKAGE = "pakat_client.models"


def resource_classes() -> Iterator[type]:
    """The public resource classes of both clients (Lists, AsyncLists, ...), module by module."""
    for package_name in RESOURCE_PACKAGES:
        package = importlib.import_module(package_name)
        for info in pkgutil.iter_modules(package.__path__):
            if info.name.startswith("_"):
                continue
            module = importlib.import_module(f"{package_name}.{info.name}")
            for name, value in vars(module).items():
                if (
                    inspect.isclass(value)
                    and value.__module__ == module.__name__
                    and not name.startswith("_")
                ):
                    yield value


def public_methods(cls: type) -> list[str]:
    return [name for name, value in vars(cls).items() if not name.startswith("_") and callable(value)]


def _model_namespace() -> dict[str, Any]:
    """Every generated model by name: the models import their neighbours only for type checkers."""
    models = importlib.import_module(MODEL_PACKAGE)
    return {name: getattr(models, name) for name in models.__all__}


def _hints(target: Any, namespace: dict[str, Any]) -> list[Any]:
    module = inspect.getmodule(target)
    globalns = {**namespace, **(vars(module) if module else {})}
    annotations = getattr(target, "__annotations__", {})
    hints = []
    for annotation in annotations.values():
        if isinstance(annotation, str):
            try:
                annotation = eval(annotation, globalns)  # our own modules' annotations
            except Exception:  # names only a type checker imports (datetime, ...): not models
                for name in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", annotation):
                    if name in namespace:
                        hints.append(namespace[name])
                continue
        hints.append(annotation)
    return hints


def _classes_in(annotation: Any) -> Iterator[type]:
    if inspect.isclass(annotation):
        yield annotation
    for argument in typing.get_args(annotation):
        yield from _classes_in(argument)


def referenced_models() -> list[type]:
    """Generated models reachable from the clients' public signatures, sorted by name."""
    namespace = _model_namespace()
    found: dict[str, type] = {}
    todo: list[Any] = [getattr(cls, name) for cls in resource_classes() for name in public_methods(cls)]
    while todo:
        target = todo.pop()
        for hint in _hints(target, namespace):
            for cls in _classes_in(hint):
                if cls.__module__.startswith(MODEL_PACKAGE) and cls.__name__ not in found:
                    found[cls.__name__] = cls
                    todo.append(cls)
    return [found[name] for name in sorted(found)]


def _model_docstring(cls: type) -> tuple[str, str | None, dict[str, tuple[str, str]]]:
    """The generator's docstring taken apart: its description (Markdown, from openapi.json), its
    example record (a Python repr, wrapped), and each attribute's type and description."""
    lines = inspect.cleandoc(cls.__doc__ or "").splitlines()
    description: list[str] = []
    example: list[str] = []
    attributes: dict[str, tuple[str, list[str]]] = {}
    section = "description"
    current: list[str] | None = None
    for line in lines:
        stripped = line.strip()
        if stripped in ("Example:", "Attributes:") and line.startswith(" "):
            section = stripped[:-1].lower()
            continue
        if section == "description":
            description.append(line)
        elif section == "example":
            example.append(stripped)
        else:
            entry = re.fullmatch(r"(\w+) \((.*?)\):\s*(.*)", stripped)
            if entry and len(line) - len(line.lstrip()) <= 4:
                current = [entry.group(3)]
                attributes[entry.group(1)] = (entry.group(2), current)
            elif current is not None and stripped:
                current.append(stripped)
    record = " ".join(example).strip() or None
    return (
        "\n".join(description).strip(),
        record,
        {name: (kind, " ".join(words).strip()) for name, (kind, words) in attributes.items()},
    )


def _qualified(kind: str, models: set[str]) -> str:
    """A docstring's type with model names made full, so that they resolve to their entries."""

    def qualify(match: re.Match[str]) -> str:
        name = match.group(0)
        if name in models:
            return f"{MODEL_PACKAGE}.{name}"
        return "pakat_client.types.Unset" if name == "Unset" else name

    return re.sub(r"[A-Za-z_][A-Za-z0-9_]*", qualify, kind)


def _example_json(record: str) -> str | None:
    import ast
    import json

    try:
        value = ast.literal_eval(record)
    except (ValueError, SyntaxError):
        return None
    return json.dumps(value, ensure_ascii=False, indent=2)


def models_markdown(models: list[type]) -> list[str]:
    """MyST Markdown that declares each model and its attributes for the Python domain."""
    names = {cls.__name__ for cls in models}
    lines: list[str] = []
    for cls in models:
        description, record, attributes = _model_docstring(cls)
        lines += [
            f"::::{{py:class}} {cls.__name__}",
            f":module: {MODEL_PACKAGE}",
            f":canonical: {cls.__module__}.{cls.__name__}",
            "",
            description,
            "",
        ]
        for name in getattr(cls, "__annotations__", {}):
            if name == "additional_properties":
                continue
            wire = name.rstrip("_")
            kind, text = attributes.get(wire, attributes.get(name, ("", "")))
            lines += [f":::{{py:attribute}} {name}"]
            if kind:
                lines += [f":type: {_qualified(kind, names)}"]
            lines += [""]
            if wire != name:
                text = f"The wire field `{wire}`. {text}".strip()
            lines += [text, ":::", ""]
        example = _example_json(record) if record else None
        if example:
            lines += ["An example, as the server sends it:", "", "```json", example, "```", ""]
        lines += ["::::", ""]
    return lines


class ModelsDirective(SphinxDirective):
    """Entries for the generated models the clients hand out or take (used in a MyST page: the
    lines it makes are Markdown, like the models' descriptions, which come from openapi.json)."""

    def run(self) -> list[nodes.Node]:
        return _parsed(self, models_markdown(referenced_models()), "<pakat-models>")


def exported_exceptions(module_name: str, base: type[BaseException] = BaseException) -> list[type]:
    """The exceptions (or warnings) a module exports that derive from `base`, in the order they
    are defined: a class after its bases."""
    module = importlib.import_module(module_name)
    found = {
        value
        for name in module.__all__
        if inspect.isclass(value := getattr(module, name)) and issubclass(value, base)
    }
    return sorted(found, key=lambda cls: (cls.__module__, inspect.getsourcelines(cls)[1]))


def _exception_tree(classes: list[type], module_name: str) -> list[str]:
    """A nested Markdown list: each class under the first of its bases that is listed too, with
    the first sentence of its docstring and any other listed base."""
    parents = {cls: next((b for b in cls.__bases__ if b in classes), None) for cls in classes}
    lines: list[str] = []

    def add(parent: type | None, depth: int) -> None:
        for cls in classes:
            if parents[cls] is not parent:
                continue
            summary = inspect.cleandoc(cls.__doc__ or "").split("\n\n")[0].replace("\n", " ")
            also = [b for b in cls.__bases__ if b in classes and b is not parent]
            more = "".join(
                f" Also {'an' if b.__name__[0] in 'AEIOU' else 'a'} {{py:exc}}`~{module_name}.{b.__name__}`."
                for b in also
            )
            lines.append(f"{'  ' * depth}- {{py:exc}}`~{module_name}.{cls.__name__}`: {summary}{more}")
            add(cls, depth + 1)

    add(None, 0)
    return lines


class ExceptionsDirective(SphinxDirective):
    """Every exception of a module's `__all__` (optionally only those derived from `:base:`, a
    dotted name): a tree of them (unless `:no-tree:`), then an entry for each."""

    required_arguments = 1
    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {
        "base": directives.unchanged,
        "no-tree": directives.flag,
    }

    def run(self) -> list[nodes.Node]:
        module_name = self.arguments[0]
        base: type[BaseException] = BaseException
        if "base" in self.options:
            where, _, name = self.options["base"].rpartition(".")
            base = getattr(importlib.import_module(where or "builtins"), name)
        classes = exported_exceptions(module_name, base)
        if not classes:
            raise self.error(f"{module_name}.__all__ exports no exception derived from {base.__name__}")
        lines = [] if "no-tree" in self.options else [*_exception_tree(classes, module_name), ""]
        lines += ["```{eval-rst}"]
        for cls in classes:
            lines += [f".. autoexception:: {module_name}.{cls.__name__}", "   :show-inheritance:", ""]
        lines += ["```"]
        return _parsed(self, lines, "<pakat-exceptions>")


def client_resources() -> list[tuple[str, type, type]]:
    """(attribute, sync class, async class) for every resource attribute of the clients."""
    from pakat import AsyncPakat, Pakat

    def resources(client: type) -> dict[str, type]:
        return {
            name: getattr(importlib.import_module(value._module), value._name)
            for name, value in vars(client).items()
            if type(value).__name__ == "LazyResource"
        }

    sync, async_ = resources(Pakat), resources(AsyncPakat)
    assert sync.keys() == async_.keys(), "the two clients have the same resources"
    return [(name, sync[name], async_[name]) for name in sync]


class ResourcesDirective(SphinxDirective):
    """A table of the clients' resource attributes, each linked to its two classes."""

    def run(self) -> list[nodes.Node]:
        lines = ["| attribute | `Pakat` | `AsyncPakat` |", "| --- | --- | --- |"]
        for name, sync, async_ in client_resources():
            lines.append(
                f"| `client.{name}` | {{py:class}}`~{sync.__module__}.{sync.__name__}` "
                f"| {{py:class}}`~{async_.__module__}.{async_.__name__}` |"
            )
        return _parsed(self, lines, "<pakat-resources>")


def _parsed(directive: SphinxDirective, lines: list[str], source: str) -> list[nodes.Node]:
    """Markdown lines parsed as if they stood in the page (whose parser is MyST's)."""
    content = StringList()
    for line in lines:
        content.append(line, source)
    container = nodes.container()
    directive.state.nested_parse(content, 0, container)
    return container.children


_PAGE_PATH = re.compile(r"\bdocs/((?:[\w-]+/)*[\w-]+)\.md\b")


def _link_pages(app: Sphinx, what: str, name: str, obj: Any, options: Any, lines: list[str]) -> None:
    """A docstring names a page by its path in the repository (`docs/guide/reliability.md`), which
    reads well in `help()`; on the site that path is a link to the page (the strict build fails
    if there is no such page)."""
    lines[:] = [_PAGE_PATH.sub(lambda m: f":doc:`{m.group(0)} </{m.group(1)}>`", line) for line in lines]


def _link_pages_in_help(app: Sphinx, ctx: Any, lines: list[str]) -> None:
    """The same for a command's help on the command line's page (sphinx-click)."""
    lines[:] = [_PAGE_PATH.sub(lambda m: f":doc:`{m.group(0)} </{m.group(1)}>`", line) for line in lines]


def _skip_resources(app: Sphinx, what: str, name: str, obj: Any, skip: bool, options: Any) -> bool | None:
    """The clients' resource attributes have the table `pakat-resources` makes instead."""
    return True if type(obj).__name__ == "LazyResource" else None


_ARABIC = re.compile("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")
_BLOCK = re.compile(r"<(p|li|td|th|dd|dt|h[1-6]|caption|figcaption|blockquote)(\s[^>]*)?>", re.I)


def mark_direction(body: str) -> str:
    """Add dir="auto" to each text block holding Arabic-script letters (its end: the next tag of
    the same name closing it, which is near enough for these flat blocks)."""
    out: list[str] = []
    position = 0
    for match in _BLOCK.finditer(body):
        tag, attributes = match.group(1), match.group(2) or ""
        end = body.find(f"</{tag}>", match.end())
        text = body[match.end() : end if end != -1 else len(body)]
        out.append(body[position : match.start()])
        if "dir=" not in attributes and _ARABIC.search(re.sub(r"<pre.*?</pre>", "", text, flags=re.S)):
            out.append(f'<{tag}{attributes} dir="auto">')
        else:
            out.append(match.group(0))
        position = match.end()
    out.append(body[position:])
    return "".join(out)


def _on_page_context(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    if "body" in context:
        context["body"] = mark_direction(context["body"])


def _public_bases(app: Sphinx, name: str, obj: Any, options: Any, bases: list[type]) -> None:
    """Leave out the private bases (the resources' shared plumbing, a mixin of the Django errors):
    they are not part of the API, and have no entry to link to."""
    bases[:] = [
        base for base in bases if not (base.__name__.startswith("_") or base.__module__.endswith("._base"))
    ]


def _skip_reexports(app: Sphinx, what: str, name: str, obj: Any, skip: bool, options: Any) -> bool | None:
    """`pakat.types` lends the generated models (and `Unset`, `ConflictReason`) its name, for
    annotations: each is documented once, where it is defined (the models page, the errors)."""
    import pakat.types

    if what == "module" and name in pakat.types._MODULE_OF and getattr(pakat.types, name) is obj:
        return True
    return None


def _bare_alias(app: Sphinx, env: Any, node: Any, contnode: nodes.Element) -> nodes.Element | None:
    """Link a bare name that signatures keep as written (a type alias such as `Content`, which
    `from __future__ import annotations` leaves a string) to the one pakat entry of that name."""
    target = node.get("reftarget", "")
    if node.get("refdomain") != "py" or "." in target:
        return None
    domain = env.get_domain("py")
    found = [
        (name, obj)
        for name, obj in domain.objects.items()
        if name.startswith("pakat") and name.endswith("." + target) and obj.objtype == "data"
    ]
    if len(found) != 1:
        return None
    name, _ = found[0]
    return domain.resolve_xref(env, node["refdoc"], app.builder, "data", name, node, contnode)


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("missing-reference", _bare_alias)
    app.connect("autodoc-process-bases", _public_bases)
    app.connect("autodoc-skip-member", _skip_resources)
    app.connect("autodoc-process-docstring", _link_pages)
    app.connect("sphinx-click-process-description", _link_pages_in_help)
    app.connect("autodoc-skip-member", _skip_reexports)
    app.add_directive("pakat-models", ModelsDirective)
    app.add_directive("pakat-exceptions", ExceptionsDirective)
    app.add_directive("pakat-resources", ResourcesDirective)
    app.connect("html-page-context", _on_page_context)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
