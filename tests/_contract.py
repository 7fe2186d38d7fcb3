"""Checking sandbox answers against the response schemas of openapi.json (JSON Schema 2020-12)."""

from __future__ import annotations

from functools import cache
from typing import Any

import httpx
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from tests._paths import operations, spec

SPEC_URI = "urn:pakat:openapi.json"


@cache
def _registry() -> Registry[Any]:
    resource = Resource.from_contents(spec(), default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
    return registry


@cache
def operation_index() -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (METHOD, path, operation) for every operation of openapi.json."""
    return {op["operationId"]: (method.upper(), path, op) for method, path, op in operations()}


def success_response(operation_id: str) -> tuple[int, str]:
    """The documented success status of an operation and the $ref of its JSON schema."""
    _, _, op = operation_index()[operation_id]
    # The lowest 2xx: updateTemplate answers 200, or 201 when given an archive.
    code = min(c for c in op["responses"] if c.startswith("2"))
    schema = op["responses"][code]["content"]["application/json"]["schema"]
    return int(code), schema["$ref"]


@cache
def validator(ref: str) -> Draft202012Validator:
    """A validator for ``#/components/...`` resolving every $ref against the whole document."""
    return Draft202012Validator({"$ref": SPEC_URI + ref}, registry=_registry())


def schema_errors(ref: str, body: Any) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator(ref).iter_errors(body)]


def _pointer(*parts: str) -> str:
    return "#/" + "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


def documented_response(operation_id: str, status: int) -> str | None:
    """A JSON pointer to the response openapi.json declares for ``status`` (the exact code, else
    ``4XX``/``5XX``, else ``default``), references followed; None when it declares none."""
    method, path, op = operation_index()[operation_id]
    responses = op["responses"]
    for code in (str(status), f"{status // 100}XX", "default"):
        if code in responses:
            break
    else:
        return None
    pointer = _pointer("paths", path, method.lower(), "responses", code)
    node = responses[code]
    while "$ref" in node:
        pointer = node["$ref"]
        node = spec()["components"]["responses"][pointer.rsplit("/", 1)[1]]
    return pointer


def answer_problems(operation_id: str, status: int, body: Any) -> list[str]:
    """Why an answer of ``operation_id`` is not one openapi.json describes (empty when it is)."""
    pointer = documented_response(operation_id, status)
    if pointer is None:
        return [f"{operation_id} does not declare HTTP {status}"]
    node: Any = spec()
    for part in pointer.removeprefix("#/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    if "application/json" not in node.get("content", {}):
        return [] if body is None else [f"{operation_id} declares no JSON body for HTTP {status}"]
    return schema_errors(pointer + "/content/application~1json/schema", body)


def check(operation_id: str, response: httpx.Response) -> Any:
    """Assert the answer is the operation's documented success, in JSON matching its schema."""
    code, ref = success_response(operation_id)
    assert response.status_code == code, (operation_id, response.status_code, response.text)
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    errors = schema_errors(ref, body)
    assert not errors, (operation_id, errors, body)
    return body


def check_error(response: httpx.Response, status: int) -> Any:
    """Assert an error answer: the status, Pakat's error shape, and the ErrorResponse schema."""
    assert response.status_code == status, response.text
    body = response.json()
    assert body["status"] == "error"
    assert isinstance(body["error"], str | dict | list) and body["error"]
    assert not schema_errors("#/components/schemas/ErrorResponse", body)
    return body
