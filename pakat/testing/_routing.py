"""What a handler sees and returns, the route table, and the envelopes every answer shares."""

from __future__ import annotations

import math
import re
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from ._store import QueryCache

__all__ = [
    "ACTIONS",
    "REQUIRED_CAMPAIGN_TAGS",
    "ROUTER",
    "ApiError",
    "Config",
    "Context",
    "Handler",
    "Reply",
    "Request",
    "Resolution",
    "Route",
    "Router",
    "cacheable",
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
    # Server and account switches of docs/server-behaviour.md's "Cross-cutting" rows, in the
    # order the server checks them: the API (or site) taken offline by the administrator (503);
    # the server-wide IP allow and deny lists; the key's own IP lists; the account's status
    # ("active" or anything else, refused); the customer group's API switch; and the key's route
    # permissions (MailWizz 2.2.9+), as operationIds the key may call (None: not restricted).
    # IP lists hold addresses or networks ("10.0.0.0/8"); an empty allow list allows everyone.
    offline: bool = False
    allowed_ips: tuple[str, ...] = ()
    denied_ips: tuple[str, ...] = ()
    key_allowed_ips: tuple[str, ...] = ()
    key_denied_ips: tuple[str, ...] = ()
    account_status: str = "active"
    api_enabled: bool = True
    key_permissions: frozenset[str] | None = None
    # The account's language: "fa" translates the messages the server translates once it knows
    # the account (everything after the key checks) into Persian.
    language: str = "en"
    # The largest per_page collections honour: 50 in MailWizz 2.1.13, 1000 from 2.3.6.
    per_page_max: int = PER_PAGE_MAX
    # PHP's limits on request bodies (unknown for Pakat; None: not applied): a POST body larger
    # than post_max_size bytes arrives with no fields, and fields past max_input_vars are dropped.
    post_max_size: int | None = None
    max_input_vars: int | None = None


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
    # The largest per_page the account's server honours (Config.per_page_max).
    per_page_max: int = PER_PAGE_MAX


@dataclass(frozen=True)
class Context:
    """What a handler works with: the database (inside the request's transaction), the config,
    and the store's query cache."""

    db: sqlite3.Connection
    config: Config
    cache: QueryCache


@dataclass(frozen=True)
class Reply:
    """An answer: HTTP status and the JSON body (None for none at all, as a 304 has), with any
    headers beyond the ones every answer carries. ``raw``, when set, is sent instead of the JSON
    (with the JSON content type): the empty body PHP sends when ``json_encode`` fails."""

    status: int
    body: Any
    headers: tuple[tuple[str, str], ...] = ()
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
    counts as 0), a page below 1 is 1, per_page is clamped into 10..50 (10..``per_page_max``),
    default 10."""

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
    per_page = min(
        max(PER_PAGE_MIN, req.per_page_max), max(PER_PAGE_MIN, as_int("per_page", PER_PAGE_DEFAULT))
    )
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

# What a path parameter may hold, as MailWizz's URL rules say; rules match ignoring case. A path
# whose parameter does not fit matches no rule (and usually ends as 404 "Page not found.").
# A sending domain's name follows Pakat's own rule, which is not public: assumed like MailWizz's
# (letters, digits, dots and hyphens). Parameters not named here take any non-empty segment.
_UID = re.compile(r"[a-z0-9]+", re.IGNORECASE)
_ID = re.compile(r"[0-9]+")
PARAM_PATTERNS: dict[str, re.Pattern[str]] = {
    **dict.fromkeys(
        ("list_uid", "subscriber_uid", "segment_uid", "campaign_uid", "template_uid", "email_uid", "hash"),
        _UID,
    ),
    **dict.fromkeys(("field_id", "country_id", "server_id"), _ID),
    "email_message_id": re.compile(r"[a-z0-9@._\-]+", re.IGNORECASE),
    "domain_name": re.compile(r"[a-z0-9.\-]+", re.IGNORECASE),
}
# Parameters the server looks up ignoring case (MySQL's utf8mb4_unicode_ci collation) and issues
# in lower case: handlers get them lower-cased, so an upper-case uid finds its record.
CASE_FREE_PARAMS = frozenset(name for name, pattern in PARAM_PATTERNS.items() if pattern is _UID)

# The MailWizz controller and action behind each operation. Yii reads a path no URL rule matches
# as `controller/action/name/value/...` (any verb), so these also say what such paths reach, which
# actions the HTTP cache filter covers (`cacheable`), and the route a key permission names.
ACTIONS: dict[str, tuple[str, str]] = {
    "listLists": ("lists", "index"),
    "getList": ("lists", "view"),
    "createList": ("lists", "create"),
    "updateList": ("lists", "update"),
    "copyList": ("lists", "copy"),
    "deleteList": ("lists", "delete"),
    "listTemplates": ("templates", "index"),
    "getTemplate": ("templates", "view"),
    "createTemplate": ("templates", "create"),
    "updateTemplate": ("templates", "update"),
    "deleteTemplate": ("templates", "delete"),
    "listCampaigns": ("campaigns", "index"),
    "getCampaign": ("campaigns", "view"),
    "createCampaign": ("campaigns", "create"),
    "updateCampaign": ("campaigns", "update"),
    "copyCampaign": ("campaigns", "copy"),
    "deleteCampaign": ("campaigns", "delete"),
    "pauseUnpauseCampaign": ("campaigns", "pause_unpause"),
    "markCampaignSent": ("campaigns", "mark_sent"),
    "getCampaignStats": ("campaigns", "stats"),
    "trackCampaignOpening": ("campaigns_tracking", "track_opening"),
    "trackCampaignUrl": ("campaigns_tracking", "track_url"),
    "trackCampaignUnsubscribe": ("campaigns_tracking", "track_unsubscribe"),
    "listCampaignBounces": ("campaign_bounces", "index"),
    "createCampaignBounce": ("campaign_bounces", "create"),
    "listCampaignDeliveryLogs": ("campaign_delivery_logs", "index"),
    "getDeliveryLogByEmailMessageId": ("campaign_delivery_logs", "email_message_id"),
    "listCampaignUnsubscribes": ("campaign_unsubscribes", "index"),
    "listFields": ("list_fields", "index"),
    "getField": ("list_fields", "view"),
    "createField": ("list_fields", "create"),
    "updateField": ("list_fields", "update"),
    "deleteField": ("list_fields", "delete"),
    "listFieldTypes": ("list_fields", "list_field_types"),
    "listSegments": ("list_segments", "index"),
    "getSegment": ("list_segments", "view"),
    "createSegment": ("list_segments", "create"),
    "updateSegment": ("list_segments", "update"),
    "deleteSegment": ("list_segments", "delete"),
    "listSegmentConditionOperators": ("list_segments", "condition_operators"),
    "listSubscribers": ("list_subscribers", "index"),
    "getSubscriber": ("list_subscribers", "view"),
    "createSubscriber": ("list_subscribers", "create"),
    "createSubscribersBulk": ("list_subscribers", "create_bulk"),
    "updateSubscriber": ("list_subscribers", "update"),
    "deleteSubscriber": ("list_subscribers", "delete"),
    "unsubscribeSubscriber": ("list_subscribers", "unsubscribe"),
    "findSubscriberByEmail": ("list_subscribers", "search_by_email"),
    "searchSubscribersByCustomFields": ("list_subscribers", "search_by_custom_fields"),
    "findSubscriberByEmailInAllLists": ("list_subscribers", "search_by_email_in_all_lists"),
    "unsubscribeByEmailFromAllLists": ("list_subscribers", "unsubscribe_by_email_from_all_lists"),
    "listCountries": ("countries", "index"),
    "listCountryZones": ("countries", "zones"),
    "listTransactionalEmails": ("transactional_emails", "index"),
    "getTransactionalEmail": ("transactional_emails", "view"),
    "sendTransactionalEmail": ("transactional_emails", "create"),
    "deleteTransactionalEmail": ("transactional_emails", "delete"),
    "createCustomer": ("customers", "create"),
    "listDeliveryServers": ("delivery_servers", "index"),
    "getDeliveryServer": ("delivery_servers", "view"),
    # Pakat's own; its path reads as a `quota` controller's `index` action (unverified).
    "getQuota": ("quota", "index"),
}
# MailWizz's unprotected controllers: no key is read for their actions.
UNPROTECTED_CONTROLLERS = frozenset({"site", "customers"})
# Actions the HTTP cache filter covers: `index` and `view` unless a controller says otherwise;
# Pakat's quota controller is not public, so it is not assumed to cache.
_CACHEABLE = {"countries": frozenset({"index", "zones"}), "quota": frozenset[str]()}
_CACHEABLE_BY_DEFAULT = frozenset({"index", "view"})


def cacheable(controller: str, action: str) -> bool:
    """Whether the server's HTTP cache filter (ETag, Last-Modified, 304) covers this action."""
    return action in _CACHEABLE.get(controller, _CACHEABLE_BY_DEFAULT)


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
        """The path parameters when ``parts`` fit this route's template, as a URL rule matches:
        literals ignoring case, each parameter by its pattern."""
        if len(parts) != len(self.segments):
            return None
        params: dict[str, str] = {}
        names = iter(self.names)
        for segment, part in zip(self.segments, parts, strict=True):
            if segment is not None:
                if part.lower() != segment:
                    return None
                continue
            name = next(names)
            pattern = PARAM_PATTERNS.get(name)
            if not part or (pattern is not None and not pattern.fullmatch(part)):
                return None
            params[name] = part
        return params


class Resolution(NamedTuple):
    """Where a path leads. ``via`` says how: "rule" (a URL rule of the verb), "fallback" (Yii's
    ``controller/action/name/value`` reading of a path no rule matched), "root" (``/api/``, the
    site controller's index) or "" (nothing: 404). ``missing`` names parameters the action needs
    but the path and query did not give (Yii answers 400 "Your request is invalid.")."""

    route: Route | None
    params: dict[str, str]
    via: str
    missing: tuple[str, ...] = ()

    @property
    def action(self) -> tuple[str, str] | None:
        """The MailWizz (controller, action) reached, if any; for a Pakat route whose controller is
        not public, ("", operationId): protected, not cached, not reached by the fallback."""
        if self.via == "root":
            return ("site", "index")
        if self.route is None:
            return None
        return ACTIONS.get(self.route.operation_id, ("", self.route.operation_id))


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
            segments = tuple(None if s.startswith("{") else s.lower() for s in raw)
            names = tuple(s.strip("{}") for s in raw if s.startswith("{"))
            self._routes.append(Route(method, template, operation_id, handler, segments, names, alias))
            self._routes.sort(key=lambda r: tuple(s is None for s in r.segments))
            return handler

        return register

    @property
    def routes(self) -> tuple[Route, ...]:
        return tuple(self._routes)

    def resolve(
        self, method: str, parts: Sequence[str], query: Mapping[str, str] | None = None
    ) -> Resolution:
        """Where a request with this method (the one routing goes by) and these path segments
        (decoded, between the slashes, trailing slashes removed) leads. ``query`` holds the query
        string's values, which the fallback reading also takes action parameters from."""
        for route in self._routes:
            if route.method != method:
                continue
            params = route.match(parts)
            if params is not None:
                return Resolution(route, _case_free(params), "rule")
        return self._fallback(parts, query or {})

    def _fallback(self, parts: Sequence[str], query: Mapping[str, str]) -> Resolution:
        """Yii 1.1's reading of a path no rule matches (CWebApplication::createController and
        CUrlManager::parsePathInfo): the first segment names a controller (word characters, any
        case), the second its action (``index`` when absent or empty), the rest name/value pairs
        that join the query's values as the action's parameters. Any verb reaches the action."""
        if not parts or parts == [""]:
            return Resolution(None, {}, "root")
        if not re.fullmatch(r"\w+", parts[0], re.ASCII):
            return Resolution(None, {}, "")
        controller = parts[0].lower()
        action = (parts[1].lower() if len(parts) > 1 else "") or "index"
        if controller == "site":
            return Resolution(None, {}, "root" if action == "index" else "")
        operation_id = next((op for op, at in ACTIONS.items() if at == (controller, action)), None)
        route = next((r for r in self._routes if r.operation_id == operation_id and not r.alias), None)
        if route is None:
            return Resolution(None, {}, "")
        given = dict(query)
        rest = [*parts[2:], ""]
        for index in range(0, len(rest) - 1, 2):
            if rest[index]:
                given[rest[index]] = rest[index + 1]
        params = {name: given[name] for name in route.names if name in given}
        missing = tuple(name for name in route.names if name not in given)
        return Resolution(route, _case_free(params), "fallback", missing)


def _case_free(params: dict[str, str]) -> dict[str, str]:
    return {name: value.lower() if name in CASE_FREE_PARAMS else value for name, value in params.items()}


ROUTER = Router()
