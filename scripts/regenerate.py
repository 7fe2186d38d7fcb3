"""Regenerate generated/pakat_client from openapi.json, or check that it is in step.

    python scripts/regenerate.py           # rewrite generated/pakat_client
    python scripts/regenerate.py --check   # regenerate elsewhere and list what differs

The pinned openapi-python-client runs with scripts/generator.yaml and the custom templates in
scripts/templates/, then its post hooks format the output with the pinned ruff. Generation always
happens in a fresh temporary directory, so both modes see the same formatter settings and the
result depends on nothing but the inputs. Any warning from the generator is a failure: a schema or
endpoint it skips would otherwise vanish from the client without a trace.

The generator is given openapi.json as python_view() turns it: openapi-python-client sends every
form field flat and would send a nested value (a deepObject array or map) as JSON, so the facade
builds those fields by their wire names (`options[0][name]`) and passes them as raw fields; the
view also gives back what other generators need left out of openapi.json (see python_view).
"""

from __future__ import annotations

import argparse
import copy
import filecmp
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.json"
CONFIG = ROOT / "scripts" / "generator.yaml"
TEMPLATES = ROOT / "scripts" / "templates"
PACKAGE = "pakat_client"
TARGET = ROOT / "generated" / PACKAGE
GENERATOR_VERSION = "0.29.1"

# Lines the generator prints when it dropped something or a post hook did not run.
WARNING_MARKERS = ("warning", "skipping", "not in path", "unable to", "could not")


class GenerationError(Exception):
    """The generator failed, warned, or is not the pinned version."""


def python_view(spec: dict[str, Any]) -> dict[str, Any]:
    """openapi.json as openapi-python-client is given it.

    In every form request body, a property the media type encodes (deepObject arrays and maps,
    form-exploded maps) is left out: the generator would send it as one JSON field, while the
    server reads `options[0][name]`; the facade sends such fields by their wire names instead. The
    `x-raw-fields` extension (what the server does with names it does not declare) becomes
    `additionalProperties`, so every request model keeps `additional_properties: dict[str, str]`
    for those fields and for `extra=`. Elsewhere openapi.json leaves that catch-all out, because
    other generators turn it into a type every declared field must fit. And an object's top-level
    anyOf of `required` lists (an email's body or template), which openapi-generator needs there
    to keep the object's own `required`, is moved into allOf, where this generator keeps the model.
    """
    view = copy.deepcopy(spec)
    schemas = view["components"]["schemas"]
    for item in view["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            for media in operation.get("requestBody", {}).get("content", {}).values():
                ref = media["schema"].get("$ref", "")
                schema = schemas[ref.removeprefix("#/components/schemas/")]
                for name in media.pop("encoding", {}):
                    schema["properties"].pop(name)
                    if name in schema.get("required", []):
                        schema["required"].remove(name)
    for schema in schemas.values():
        if "x-raw-fields" in schema:
            schema["additionalProperties"] = schema.pop("x-raw-fields")
        if "anyOf" in schema and "properties" in schema:
            # An object whose anyOf only adds `required` (an email's body or template): given so,
            # the generator types the body `Any`; the same rule inside allOf keeps the model.
            schema["allOf"] = [{"anyOf": schema.pop("anyOf")}]
    # The item schemas of the properties left out (FieldOptionInput, ...) would become models
    # nothing uses: keep only the schemas still reached from the operations.
    reached: set[str] = set()
    pending = _schema_refs({"paths": view["paths"], "components": {**view["components"], "schemas": {}}})
    while pending:
        name = pending.pop()
        if name not in reached:
            reached.add(name)
            pending |= _schema_refs(schemas[name])
    view["components"]["schemas"] = {name: s for name, s in schemas.items() if name in reached}
    return view


def _schema_refs(node: Any) -> set[str]:
    """Names of the component schemas `node` refers to."""
    return set(re.findall(r'"#/components/schemas/([^"]+)"', json.dumps(node)))


def generate(into: Path) -> Path:
    """Generate the client package under `into` and return the package directory."""
    try:
        version = metadata.version("openapi-python-client")
    except metadata.PackageNotFoundError:
        raise GenerationError("openapi-python-client is not installed; run `make install`") from None
    if version != GENERATOR_VERSION:
        raise GenerationError(f"openapi-python-client {version} is installed; {GENERATOR_VERSION} is pinned")

    out = into / PACKAGE
    spec = into / "openapi.python.json"
    spec.write_text(json.dumps(python_view(json.loads(SPEC.read_text(encoding="utf-8")))), encoding="utf-8")
    env = dict(os.environ)
    # The post hooks call `ruff`: use the one installed beside this interpreter.
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    env["RUFF_NO_CACHE"] = "true"
    command = [
        sys.executable, "-m", "openapi_python_client", "generate",
        "--path", str(spec),
        "--config", str(CONFIG),
        "--custom-template-path", str(TEMPLATES),
        "--meta", "none",
        "--output-path", str(out),
        "--fail-on-warning",
    ]  # fmt: skip
    result = subprocess.run(command, cwd=into, env=env, capture_output=True, text=True, check=False)
    output = (result.stdout + result.stderr).strip()
    noise = [
        line for line in output.splitlines() if any(marker in line.lower() for marker in WARNING_MARKERS)
    ]
    if result.returncode != 0 or noise:
        raise GenerationError(
            f"openapi-python-client reported problems (exit {result.returncode}); "
            f"fix openapi.json or the generator config:\n{output}"
        )
    for cache in [*out.rglob("__pycache__"), *out.rglob(".ruff_cache")]:
        shutil.rmtree(cache)
    # With --meta none the generator writes no py.typed, yet the package is fully annotated.
    (out / "py.typed").write_text("")
    return out


def differences(left: Path, right: Path) -> list[str]:
    """Relative paths of files that differ between two trees, or exist in only one."""

    def files(root: Path) -> set[str]:
        if not root.is_dir():
            return set()
        return {
            p.relative_to(root).as_posix()
            for p in root.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }

    a, b = files(left), files(right)
    changed = {name for name in a & b if not filecmp.cmp(left / name, right / name, shallow=False)}
    return sorted(changed | (a ^ b))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--check", action="store_true", help="fail if generated/ differs from a fresh generation"
    )
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="pakat-gen-") as tmp:
        try:
            fresh = generate(Path(tmp))
        except GenerationError as exc:
            print(f"regenerate: {exc}", file=sys.stderr)
            return 1
        diff = differences(fresh, TARGET)
        if args.check:
            if diff:
                print(
                    "generated/ is out of step with openapi.json; run `make generate`. Differing files:",
                    file=sys.stderr,
                )
                for name in diff:
                    print(f"  generated/{PACKAGE}/{name}", file=sys.stderr)
                return 1
            print(f"generated/{PACKAGE} is in step with openapi.json")
            return 0
        if diff:
            shutil.rmtree(TARGET, ignore_errors=True)
            TARGET.parent.mkdir(parents=True, exist_ok=True)
            shutil.copytree(fresh, TARGET)
        print(f"generated/{PACKAGE}: {len(diff)} file(s) changed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
