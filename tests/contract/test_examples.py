"""Every operation of openapi.json is described and has realistic examples, which hold to its
schemas; a Prism mock driven by it answers with them, never with placeholders like "string"."""

from __future__ import annotations

import contextlib
from typing import Any

import httpx
import pytest
from jsonschema import Draft202012Validator

import pakat
from pakat import Pakat
from tests._contract import SPEC_URI, _registry
from tests._operations import OPERATIONS
from tests._paths import operations, resolve, spec

PLACEHOLDERS = {"string", "", "user@example.com"}


def _examples(media: dict[str, Any]) -> list[Any]:
    if "example" in media:
        return [media["example"]]
    return [resolve(spec(), ex)["value"] for ex in media.get("examples", {}).values()]


def _responses() -> list[tuple[str, str, str, dict[str, Any]]]:
    out = []
    for method, _, op in operations():
        for code, response in op["responses"].items():
            out.append((op["operationId"], method, code, resolve(spec(), response)))
    return out


def _validator(schema: dict[str, Any]) -> Draft202012Validator:
    return Draft202012Validator(
        {"$ref": SPEC_URI + schema["$ref"]} if "$ref" in schema else schema, registry=_registry()
    )


@pytest.mark.parametrize(
    ("method", "path", "op"), operations(), ids=lambda v: v if isinstance(v, str) else ""
)
def test_every_operation_is_described(method: str, path: str, op: dict[str, Any]) -> None:
    description = op.get("description", "")
    assert len(description) >= 40, (op["operationId"], description)
    assert description.strip() != op.get("summary", "").strip()


def test_every_request_body_has_examples_that_hold_to_its_schema() -> None:
    problems = []
    for _, _, op in operations():
        body = op.get("requestBody")
        if body is None:
            continue
        for content_type, media in resolve(spec(), body)["content"].items():
            examples = _examples(media)
            if not examples:
                problems.append(f"{op['operationId']} {content_type}: no example")
            for example in examples:
                errors = [e.message for e in _validator(media["schema"]).iter_errors(example)]
                if errors:
                    problems.append(f"{op['operationId']} {content_type}: {errors[:3]}")
    assert not problems, "\n".join(problems)


def test_every_response_status_has_examples_that_hold_to_its_schema() -> None:
    problems = []
    for operation_id, _, code, response in _responses():
        media = response.get("content", {}).get("application/json")
        if media is None:
            continue
        examples = _examples(media)
        if not examples:
            problems.append(f"{operation_id} {code}: no example")
        for example in examples:
            errors = [e.message for e in _validator(media["schema"]).iter_errors(example)]
            if errors:
                problems.append(f"{operation_id} {code}: {errors[:3]}")
    assert not problems, "\n".join(problems)


def _placeholders(value: Any, where: str = "") -> list[str]:
    if isinstance(value, dict):
        return [p for key, item in value.items() for p in _placeholders(item, f"{where}/{key}")]
    if isinstance(value, list):
        return [p for i, item in enumerate(value) for p in _placeholders(item, f"{where}/{i}")]
    return [f"{where}={value!r}"] if isinstance(value, str) and value in PLACEHOLDERS else []


def _status_codes(op: dict[str, Any]) -> list[str]:
    """The statuses with a JSON body (a 304 has none), as codes Prism can be asked for."""
    return [
        code.replace("XX", "00")
        for code, response in op["responses"].items()
        if "application/json" in resolve(spec(), response).get("content", {})
    ]


def _prism_answer(prism_url: str, operation_id: str, method: str, code: str) -> httpx.Response:
    """What Prism answers the facade's call of an operation when that call asks for ``code``.

    Only the operation's own request asks: some methods read first (a segment update fetches the
    conditions it keeps), and that read must succeed."""
    resource, name, args, kwargs = OPERATIONS[operation_id]
    seen: list[httpx.Response] = []

    def prefer(request: httpx.Request) -> None:
        if request.method == method:
            request.headers["Prefer"] = f"code={code}"

    def keep(response: httpx.Response) -> None:
        response.read()
        if response.request.method == method:
            seen.append(response)

    http = httpx.Client(event_hooks={"request": [prefer], "response": [keep]})
    client = Pakat(api_key="contract-key", base_url=prism_url, http_client=http, max_retries=0)
    with client, contextlib.suppress(pakat.PakatError):
        getattr(getattr(client, resource), name)(*args, **kwargs)
    return seen[-1]


def test_prism_answers_hold_no_placeholders(prism_url: str) -> None:
    """Each facade call against Prism, once per status its operation declares (`Prefer: code=`):
    every answer Prism gives comes from the examples, with no placeholder value in it."""
    problems: list[str] = []
    for method, _, op in operations():
        operation_id = op["operationId"]
        for code in _status_codes(op):
            answer = _prism_answer(prism_url, operation_id, method.upper(), code)
            if str(answer.status_code) != code:
                problems.append(f"{operation_id}: asked for {code}, Prism answered {answer.status_code}")
            elif found := _placeholders(answer.json()):
                problems.append(f"{operation_id} {code}: {found[:5]}")
    assert not problems, "\n".join(problems)
