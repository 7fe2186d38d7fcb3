"""What a handler sees and returns, the route table, and the envelopes every answer shares."""

from __future__ import annotations

import math
import re
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._store import QueryCache

__all__ = [
    "ROUTER",
    "ApiError",
    "Config",
    "Context",
    "Handler",
    "Reply",
    "Request",
    "Route",
    "Router",
    "collection",
    "created",
    "not_found",
    "page_args",
    "page_of",
    "record",
    "success",
]

PER_PAGE_DEFAULT = 10
PER_PAGE_MIN = 10
PER_PAGE_MAX = 50


@dataclass(frozen=True)
class Config:
    """Account-level settings of a sandbox that handlers read."""

    base_url: str
    quota_allowed: int | None = 10_000
    verified_domains: tuple[str, ...] = ("example.com",)
    # Addresses (lower case) on the blacklist: transactional emails to them are refused.
    blacklisted_emails: frozenset[str] = frozenset()
    # Whether a transactional email's from_email must be on one of verified_domains (Pakat says
    # so; stock MailWizz does not check, and no refusal text of Pakat's is known).
    check_sender_domain: bool = True
    # Transactional attachments, as the server's settings have them: off means silently dropped.
    attachments_enabled: bool = True
    max_attachments: int = 3  # Pakat's documented figure; MailWizz's default is 5
    attachment_max_size: int = 1_048_576
    attachment_extensions: tuple[str, ...] = (
        "png", "jpg", "jpeg", "gif", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx",
    )  # fmt: skip
    # Customer registration through the API, and whether it requires the company fields.
    customer_registration: bool = True
    customer_company_required: bool = True
    # The delivery servers the account owns: {server_id, type, name, hostname, status}, by name.
    delivery_servers: tuple[dict[str, str | None], ...] = ()


@dataclass(frozen=True)
class Request:
    """A decoded API request: path parameters, query (last value wins) and form fields."""

    method: str
    operation_id: str
    params: dict[str, str] = field(default_factory=dict)
    query: dict[str, str] = field(default_factory=dict)
    form: dict[str, str] = field(default_factory=dict)
    client_ip: str = ""
    user_agent: str = ""


@dataclass(frozen=True)
class Context:
    """What a handler works with: the database (inside the request's transaction), the config,
    and the store's query cache."""

    db: sqlite3.Connection
    config: Config
    cache: QueryCache


@dataclass(frozen=True)
class Reply:
    """An answer: HTTP status and the JSON body."""

    status: int
    body: dict[str, Any]


class ApiError(Exception):
    """Raised by handlers; becomes ``{"status": "error", "error": error}`` with ``status``."""

    def __init__(self, status: int, error: str | dict[str, Any]) -> None:
        super().__init__(status, error)
        self.status = status
        self.error = error


def not_found(what: str) -> ApiError:
    """The 404 Pakat answers for an unknown object, such as ``not_found("list")``."""
    return ApiError(404, f"The {what} does not exist.")


def success(**extra: Any) -> Reply:
    """``{"status": "success", ...extra}`` with 200."""
    return Reply(200, {"status": "success", **extra})


def created(**extra: Any) -> Reply:
    """``{"status": "success", ...extra}`` with 201, as create calls answer."""
    return Reply(201, {"status": "success", **extra})


def record(rec: dict[str, Any], status: int = 200) -> Reply:
    """A single object: ``{"status": "success", "data": {"record": rec}}``."""
    return Reply(status, {"status": "success", "data": {"record": rec}})


def page_args(req: Request) -> tuple[int, int]:
    """The requested ``(page, per_page)`` as the server reads them: whole numbers (anything else
    counts as 0), a page below 1 is 1, per_page is clamped into 10..50, default 10."""

    def as_int(name: str, default: int) -> int:
        if name not in req.query:
            return default
        # PHP's (int) cast: leading digits count, anything else is 0, and it saturates at 64 bits.
        match = re.match(r"\s*([+-]?)0*(\d{1,20})", req.query[name])
        if match is None:
            return 0
        value = int(match.group(1) + match.group(2))
        return max(-(2**63), min(2**63 - 1, value))

    page = max(1, as_int("page", 1))
    per_page = min(PER_PAGE_MAX, max(PER_PAGE_MIN, as_int("per_page", PER_PAGE_DEFAULT)))
    return page, per_page


def collection(count: int, page: int, per_page: int, records: Sequence[dict[str, Any]]) -> Reply:
    """A page of a collection in Pakat's envelope; ``count`` is sent as a string, as real servers do.

    An empty collection has every paging field null, whatever page was asked for.
    """
    if count == 0:
        empty = dict.fromkeys(("count", "total_pages", "current_page", "next_page", "prev_page"))
        return Reply(200, {"status": "success", "data": {**empty, "records": []}})
    total_pages = math.ceil(count / per_page)
    return Reply(
        200,
        {
            "status": "success",
            "data": {
                "count": str(count),
                "total_pages": total_pages,
                "current_page": page,
                "next_page": page + 1 if page < total_pages else None,
                "prev_page": page - 1 if page > 1 else None,
                "records": list(records),
            },
        },
    )


def page_of(req: Request, items: Sequence[dict[str, Any]]) -> Reply:
    """The requested page of a collection held in memory (reference data, a list's fields)."""
    page, per_page = page_args(req)
    start = (page - 1) * per_page
    return collection(len(items), page, per_page, items[start : start + per_page])


Handler = Callable[[Context, Request], Reply]


@dataclass(frozen=True)
class Route:
    """One operation: method, path template under /api, and its operationId in openapi.json."""

    method: str
    template: str
    operation_id: str
    handler: Handler
    # Literal segments as strings, parameters as None; names of the parameters in order.
    segments: tuple[str | None, ...]
    names: tuple[str, ...]

    def match(self, parts: Sequence[str]) -> dict[str, str] | None:
        if len(parts) != len(self.segments):
            return None
        values: list[str] = []
        for segment, part in zip(self.segments, parts, strict=True):
            if segment is None:
                if not part:
                    return None
                values.append(part)
            elif segment != part:
                return None
        return dict(zip(self.names, values, strict=True))


class Router:
    """The route table. A literal segment wins over a parameter at the same position, so that
    ``/lists/subscribers/search-by-email-in-all-lists`` is not read as a list and a subscriber."""

    def __init__(self) -> None:
        self._routes: list[Route] = []

    def add(self, method: str, template: str, operation_id: str) -> Callable[[Handler], Handler]:
        """Decorator registering ``handler`` for ``method`` and ``template`` (``{name}`` parameters)."""

        def register(handler: Handler) -> Handler:
            raw = template.strip("/").split("/")
            segments = tuple(None if s.startswith("{") else s for s in raw)
            names = tuple(s.strip("{}") for s in raw if s.startswith("{"))
            self._routes.append(Route(method, template, operation_id, handler, segments, names))
            self._routes.sort(key=lambda r: tuple(s is None for s in r.segments))
            return handler

        return register

    @property
    def routes(self) -> tuple[Route, ...]:
        return tuple(self._routes)

    def resolve(self, method: str, parts: Sequence[str]) -> tuple[Route | None, dict[str, str], bool]:
        """``(route, path parameters, path_known)``; ``path_known`` tells a 405 from a 404."""
        path_known = False
        for route in self._routes:
            params = route.match(parts)
            if params is None:
                continue
            if route.method == method:
                return route, params, True
            path_known = True
        return None, {}, path_known


ROUTER = Router()
