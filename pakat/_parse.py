"""Readers that turn a success body into the value a resource method returns.

Each returns a function of the body, so the client can run it inside its one error boundary: a
body of the wrong shape becomes `APIResponseValidationError`, never a stray KeyError.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol, TypeVar

from pakat._exceptions import APIResponseValidationError
from pakat.pagination import Page, page_from_body

T_co = TypeVar("T_co", covariant=True)
T = TypeVar("T")


class Model(Protocol[T_co]):
    """A generated model class: built from the JSON the server sent."""

    def from_dict(self, src_dict: Mapping[str, Any], /) -> T_co: ...


def _mapping(value: Any, where: str, body: Any) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise APIResponseValidationError(f"Expected an object at {where}", status_code=200, body=body)
    return value


def record(model: Model[T]) -> Callable[[dict[str, Any]], T]:
    """`data.record` of a single-object envelope."""

    def parse(body: dict[str, Any]) -> T:
        data = _mapping(body.get("data"), "data", body)
        return model.from_dict(_mapping(data.get("record"), "data.record", body))

    return parse


def data(model: Model[T]) -> Callable[[dict[str, Any]], T]:
    """`data` itself, for envelopes without a record level (campaign stats, email search)."""

    def parse(body: dict[str, Any]) -> T:
        return model.from_dict(_mapping(body.get("data"), "data", body))

    return parse


def records(model: Model[T]) -> Callable[[dict[str, Any]], list[T]]:
    """Every item of `data.records`, for collections the server does not page."""

    def parse(body: dict[str, Any]) -> list[T]:
        data = _mapping(body.get("data"), "data", body)
        items = data.get("records")
        if not isinstance(items, list):
            raise APIResponseValidationError("Expected a list at data.records", status_code=200, body=body)
        return [model.from_dict(_mapping(item, "data.records[]", body)) for item in items]

    return parse


def page(model: Model[T], page: int, per_page: int) -> Callable[[dict[str, Any]], Page[T]]:
    """A page of a collection envelope."""
    return lambda body: page_from_body(body, model.from_dict, page=page, per_page=per_page)


def written(model: Model[T]) -> Callable[[dict[str, Any]], T | None]:
    """The object a create or update answered with: `data.record`, else its fields beside `status`.

    Servers differ: some wrap the written object, some put its fields next to `status`. None when
    the answer carries neither.
    """

    def parse(body: dict[str, Any]) -> T | None:
        data = body.get("data")
        if isinstance(data, Mapping) and isinstance(data.get("record"), Mapping):
            return model.from_dict(data["record"])
        fields = {key: value for key, value in body.items() if key not in ("status", "data")}
        return model.from_dict(fields) if fields else None

    return parse


def created(model: Model[T]) -> Callable[[dict[str, Any]], T]:
    """Like `written`, but an answer without the object is an error."""
    read = written(model)
    what = getattr(model, "__name__", "object").lower()

    def parse(body: dict[str, Any]) -> T:
        value = read(body)
        if value is None:
            raise APIResponseValidationError(f"The response has no {what}", status_code=200, body=body)
        return value

    return parse


def uid(key: str) -> Callable[[dict[str, Any]], str]:
    """The unique id a create or copy call returns beside `status` (a string; a number is taken too)."""

    def parse(body: dict[str, Any]) -> str:
        value = body.get(key)
        if isinstance(value, bool) or not isinstance(value, str | int) or value == "":
            raise APIResponseValidationError(f"The response has no {key}", status_code=200, body=body)
        return str(value)

    return parse


def done(body: dict[str, Any]) -> None:
    """Calls that return nothing but success (read_response already refused errors)."""
    return None
