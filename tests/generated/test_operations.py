"""No operation silently dropped: each one in openapi.json is generated and builds the right request."""

from __future__ import annotations

import importlib
import re
import typing
from types import ModuleType
from typing import Any

import attrs
import httpx
import pytest

from pakat_client import AuthenticatedClient
from pakat_client.types import Unset
from tests._paths import form_field_patterns, operations, resolve, spec
from tests._wire import parse_form

BASE_URL = "https://pakat.invalid/api"
KEY = "test-key-1234"
OPS = operations()


def _snake(name: str) -> str:
    return name.lower() if name.isupper() else re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _module(op: dict[str, Any]) -> ModuleType:
    return importlib.import_module(f"pakat_client.api.{op['tags'][0]}.{_snake(op['operationId'])}")


def _value(annotation: Any, name: str) -> Any:
    """A plausible value for a required field of a generated request model."""
    for arg in typing.get_args(annotation) or (annotation,):
        if typing.get_origin(arg) is typing.Literal:
            return typing.get_args(arg)[0]
        if arg is int:
            return 7
    return f"value of {name} \u0633\u0644\u0627\u0645"


def _pattern_example(pattern: str) -> str:
    """A wire name matching one of tests._paths.form_field_patterns."""
    if "\\u0600" in pattern:  # a custom field's tag (Latin, Greek, Cyrillic or Arabic letters)
        return "CITY"
    example = pattern.removeprefix("^").removesuffix("$")
    example = example.replace("[0-9]+", "4").replace("[^\\[\\]]+", "order_id")
    example = re.sub(r"\\(.)", r"\1", example)
    assert re.fullmatch(pattern, example), (pattern, example)
    return example


def _build_body(op: dict[str, Any], body_type: type) -> Any:
    hints = typing.get_type_hints(body_type.__init__)
    kwargs = {
        field.name: _value(hints[field.name], field.name)
        for field in attrs.fields(body_type)
        if field.init and field.default is attrs.NOTHING
    }
    body = body_type(**kwargs)
    media = next(iter(resolve(spec(), op["requestBody"])["content"].values()))
    for pattern in form_field_patterns(spec(), media):
        body.additional_properties[_pattern_example(pattern)] = "x\u200cy"
    # additionalProperties: a raw field newer than the spec still goes out on the wire.
    body.additional_properties["future[setting]"] = "on"
    return body


def test_every_operation_has_a_generated_module() -> None:
    missing = []
    for _, _, op in OPS:
        try:
            _module(op)
        except ImportError:
            missing.append(op["operationId"])
    assert not missing
    assert len(OPS) == 62


@pytest.mark.parametrize(("method", "path", "op"), OPS, ids=[op["operationId"] for _, _, op in OPS])
def test_generated_request_matches_the_spec(method: str, path: str, op: dict[str, Any]) -> None:
    module = _module(op)
    captured: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        captured.append(request)
        return httpx.Response(418)

    client = AuthenticatedClient(base_url=BASE_URL, token=KEY)
    client.set_httpx_client(
        httpx.Client(base_url=BASE_URL, headers={"X-API-KEY": KEY}, transport=httpx.MockTransport(handler))
    )
    hints = typing.get_type_hints(module.sync_detailed)
    kwargs: dict[str, Any] = {}
    expected_query: dict[str, str] = {}
    for param in (resolve(spec(), p) for p in op.get("parameters", [])):
        # The generator snake-cases names, suffixes ones that shadow builtins (hash -> hash_) and
        # drops brackets (filter[name] -> filtername).
        snake = _snake(re.sub(r"[\[\]]", "", param["name"]))
        python_name = next(n for n in (snake, snake + "_") if n in hints)
        if param["in"] == "path":
            kwargs[python_name] = f"{param['name']}-\u06f1/x"
        elif param["required"]:
            hint = hints[python_name]
            if hasattr(hint, "from_dict"):
                kwargs[python_name] = hint.from_dict({"FNAME": "Ali", "CITY": "Tehran"})
                expected_query.update({"FNAME": "Ali", "CITY": "Tehran"})
            else:
                kwargs[python_name] = "someone@example.com"
                expected_query[param["name"]] = "someone@example.com"
    body = None
    if "requestBody" in op:
        body_type = next(t for t in typing.get_args(hints["body"]) or (hints["body"],) if t is not Unset)
        body = kwargs["body"] = _build_body(op, body_type)

    module.sync_detailed(client=client, **kwargs)

    (request,) = captured
    assert request.method == method.upper()
    expected_path = "/api" + re.sub(r"\{(\w+)\}", lambda m: f"{m.group(1)}-%DB%B1%2Fx", path)
    assert request.url.raw_path.decode().split("?")[0] == expected_path
    assert request.headers["x-api-key"] == KEY
    query = dict(request.url.params)
    assert expected_query.items() <= query.items()
    if body is None:
        assert not request.read()
        return
    content_type = next(iter(op["requestBody"]["content"]))
    assert request.headers["content-type"].startswith(content_type)
    sent = parse_form(request)
    assert sorted(sent) == sorted((k, str(v)) for k, v in body.to_dict().items())
    assert ("future[setting]", "on") in sent
    if content_type == "multipart/form-data":
        assert "boundary=+++" not in request.headers["content-type"]
