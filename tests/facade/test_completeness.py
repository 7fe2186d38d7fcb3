"""Every operation of openapi.json is reachable through Pakat and AsyncPakat."""

from __future__ import annotations

import inspect

import pytest

from pakat import AsyncPakat, Pakat
from tests._operations import OPERATIONS
from tests._paths import operations


def test_every_operation_has_a_facade_method() -> None:
    ids = {op["operationId"] for _, _, op in operations()}
    assert sorted(ids - set(OPERATIONS)) == [], "operations of openapi.json with no facade method"
    assert sorted(set(OPERATIONS) - ids) == [], "rows for operations openapi.json does not have"


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_method_exists_on_both_clients(operation_id: str) -> None:
    resource, method, _, _ = OPERATIONS[operation_id]
    with Pakat(api_key="k") as client:
        sync = getattr(getattr(client, resource), method)
    async_ = getattr(getattr(AsyncPakat(api_key="k"), resource), method)  # builds no connection
    assert not inspect.iscoroutinefunction(sync)
    assert inspect.iscoroutinefunction(async_)
    assert sync.__doc__ and async_.__doc__
    assert list(inspect.signature(sync).parameters) == list(inspect.signature(async_).parameters)
