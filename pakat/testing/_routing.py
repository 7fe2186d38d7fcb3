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
    "REQUIRED_CAMPAIGN_TAGS",
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
# The tags a stock MailWizz requires in campaign HTML ([UNSUBSCRIBE_URL] may be replaced by
# [UNSUBSCRIBE_LINK], [DIRECT_UNSUBSCRIBE_URL] or [DIRECT_UNSUBSCRIBE_LINK]).
REQUIRED_CAMPAIGN_TAGS = ("[COMPANY_FULL_ADDRESS]", "[UNSUBSCRIBE_URL]")


def _account_company() -> dict[str, Any] | None:
    from ._api.lists import account_company

    return account_company()


@dataclass(frozen=True)
class Config:
    """Account-level settings of a sandbox that handlers read."""

    base_url: str
    quota_allowed: int | None = 10_000
    verified_domains: tuple[str, ...] = ("example.com",)
    # The account's time zone, for dates the server sends formatted for display.
    timezone: str = "Asia/Tehran"
    # Customer-group limits (lists.max_custom_fields_per_list, lists.max_segment_conditions):
    # None is no limit, as the server's -1; 3 segment conditions is the server's default.
    max_custom_fields_per_list: int | None = None
    max_segment_conditions: int = 3
    # Tags campaign HTML must contain (a stock MailWizz requires these two; an administrator can
    # change the list, and Pakat's setting is not known). Empty: no tag is required.
    required_campaign_tags: tuple[str, ...] = REQUIRED_CAMPAIGN_TAGS
    # The customer group's campaign limits (None: unlimited, as for a plain account).
    max_campaigns: int | None = None
    max_active_campaigns: int | None = None
    # The account's group limits (None: no limit): lists, distinct subscriber addresses over all
    # lists, subscribers of one list.
    max_lists: int | None = None
    max_subscribers: int | None = None
    max_subscribers_per_list: int | None = None
    # The account's company details, copied into every list created or updated; None for an
    # account without them (then a list needs company[...] fields of its own).
    account_company: dict[str, Any] | None = field(default_factory=_account_company)
    # (list_uid, address) pairs whose subscriber lock another write holds: a create of that
    # address on that list answers 409 "Unable to acquire the mutex lock...".
    held_locks: frozenset[tuple[str, str]] = frozenset()
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
    # Request headers, names in lower case.
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Context:
    """What a handler works with: the database (inside the request's transaction), the config,
    and the store's query cache."""

    db: sqlite3.Connection
    config: Config
    cache: QueryCache


@dataclass(frozen=True)
class Reply:
    """An answer: HTTP status and the JSON body. ``raw``, when set, is sent instead of the JSON
    (with the JSON content type): the empty body PHP sends when ``json_encode`` fails."""

    status: int
    body: dict[str, Any]
    raw: bytes | None = None


class ApiError(Exception):
    """Raised by handlers; becomes ``{"status": "error", "error": error}`` with ``status``."""

    def __init__(self, status: int, error: str | dict[str, Any] | list[Any]) -> None:
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
    # True for a second path the server also serves for the operation (openapi.json names one).
    alias: bool = False

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

    def add(
        self, method: str, template: str, operation_id: str, *, alias: bool = False
    ) -> Callable[[Handler], Handler]:
        """Decorator registering ``handler`` for ``method`` and ``template`` (``{name}`` parameters).
        ``alias`` marks a further path of an operation whose documented path is registered too."""

        def register(handler: Handler) -> Handler:
            raw = template.strip("/").split("/")
            segments = tuple(None if s.startswith("{") else s for s in raw)
            names = tuple(s.strip("{}") for s in raw if s.startswith("{"))
            self._routes.append(Route(method, template, operation_id, handler, segments, names, alias))
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
