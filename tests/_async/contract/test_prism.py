"""Every facade method, called against Prism: each request it sends must be valid under openapi.json."""

from __future__ import annotations

import httpx
import pytest

import pakat
from pakat import AsyncPakat
from tests._operations import OPERATIONS
from tests._paths import operations

SPEC_OPERATIONS = {op["operationId"]: (method.upper(), path) for method, path, op in operations()}


def _path_matches(template: str, path: str) -> bool:
    parts, actual = template.strip("/").split("/"), path.strip("/").split("/")
    return len(parts) == len(actual) and all(
        p.startswith("{") or p == a for p, a in zip(parts, actual, strict=True)
    )


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
async def test_facade_request_is_valid_for_prism(prism_url: str, operation_id: str) -> None:
    resource, method, args, kwargs = OPERATIONS[operation_id]
    sent: list[httpx.Request] = []

    async def record(request: httpx.Request) -> None:
        sent.append(request)

    http = httpx.AsyncClient(event_hooks={"request": [record]})
    async with AsyncPakat(
        api_key="contract-key", base_url=prism_url, http_client=http, max_retries=0
    ) as client:
        try:
            await getattr(getattr(client, resource), method)(*args, **kwargs)
        except pakat.APIError as exc:
            pytest.fail(f"Prism refused the request of {operation_id}: {exc.message} {exc.body}")
    assert sent, "no request was sent"
    expected_method, template = SPEC_OPERATIONS[operation_id]
    request = sent[-1]
    assert request.method == expected_method
    assert _path_matches(template, request.url.path), (template, request.url.path)
