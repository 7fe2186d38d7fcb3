"""AsyncPakat, the Pakat API client for asyncio."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar
from zoneinfo import ZoneInfo

import httpx

from pakat._adaptive import AsyncRun, Gate, run_width
from pakat._async.pagination import aiterate_items
from pakat._async.transport import AsyncObservedTransport, AsyncRetryTransport
from pakat._client import (
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    POOL_LIMITS,
    APIKeyAuth,
    LazyResource,
    Settings,
    client_headers,
    describe,
)
from pakat._exceptions import ClientClosedError, read_answer, transport_error
from pakat.pagination import Page

if TYPE_CHECKING:
    from pakat._async.resources.campaigns import AsyncCampaigns
    from pakat._async.resources.countries import AsyncCountries
    from pakat._async.resources.customers import AsyncCustomers
    from pakat._async.resources.delivery_servers import AsyncDeliveryServers
    from pakat._async.resources.fields import AsyncFields
    from pakat._async.resources.lists import AsyncLists
    from pakat._async.resources.quota import AsyncQuota
    from pakat._async.resources.segments import AsyncSegments
    from pakat._async.resources.sending_domains import AsyncSendingDomains
    from pakat._async.resources.subscribers import AsyncSubscribers
    from pakat._async.resources.templates import AsyncTemplates
    from pakat._async.resources.transactional_emails import AsyncTransactionalEmails
    from pakat.types import ConcurrencyStats

__all__ = ["AsyncPakat"]

T = TypeVar("T")
_RESOURCES = "pakat._async.resources."


class AsyncPakat:
    """A client for the Pakat API, for asyncio.

    `api_key` defaults to the `PAKAT_API_KEY` environment variable; `base_url` to `PAKAT_BASE_URL`,
    else https://new.pakat.net/api. Plain http:// is refused except to this machine, unless
    `allow_insecure_http=True` (or `PAKAT_ALLOW_INSECURE_HTTP=1`), for a sandbox on a network you
    trust, such as a CI service or a docker compose network: the key then travels unencrypted, and
    an `InsecureHTTPWarning` says so.
    `customer_timezone` is the account's timezone, used to write campaign `send_at`: default
    `PAKAT_TIMEZONE`, else Asia/Tehran. `timeout` is in seconds per request; `max_retries` bounds
    how often a call that is safe to repeat is repeated (the reliability guide,
    docs/guide/reliability.md, says which are).
    `max_response_bytes` caps the size of an answer, as received and once decompressed (default
    32 MiB); a larger one raises `ResponseTooLargeError`.
    `http_client` is an `httpx.AsyncClient` of your own to send through (proxies, custom TLS); you
    close it yourself. pakat holds the sockets of its transports to the whole-call timeout during
    pakat's calls.

    Use it as an async context manager, or call `aclose()`. Two clients with two keys work side
    by side: nothing is global.
    """

    lists: LazyResource[AsyncLists] = LazyResource(_RESOURCES + "lists", "AsyncLists")
    subscribers: LazyResource[AsyncSubscribers] = LazyResource(_RESOURCES + "subscribers", "AsyncSubscribers")
    fields: LazyResource[AsyncFields] = LazyResource(_RESOURCES + "fields", "AsyncFields")
    segments: LazyResource[AsyncSegments] = LazyResource(_RESOURCES + "segments", "AsyncSegments")
    campaigns: LazyResource[AsyncCampaigns] = LazyResource(_RESOURCES + "campaigns", "AsyncCampaigns")
    templates: LazyResource[AsyncTemplates] = LazyResource(_RESOURCES + "templates", "AsyncTemplates")
    transactional_emails: LazyResource[AsyncTransactionalEmails] = LazyResource(
        _RESOURCES + "transactional_emails", "AsyncTransactionalEmails"
    )
    countries: LazyResource[AsyncCountries] = LazyResource(_RESOURCES + "countries", "AsyncCountries")
    customers: LazyResource[AsyncCustomers] = LazyResource(_RESOURCES + "customers", "AsyncCustomers")
    delivery_servers: LazyResource[AsyncDeliveryServers] = LazyResource(
        _RESOURCES + "delivery_servers", "AsyncDeliveryServers"
    )
    sending_domains: LazyResource[AsyncSendingDomains] = LazyResource(
        _RESOURCES + "sending_domains", "AsyncSendingDomains"
    )
    quota: LazyResource[AsyncQuota] = LazyResource(_RESOURCES + "quota", "AsyncQuota")
    # The client whose pool a with_options view shares; None for a client that owns its pool.
    _root: AsyncPakat | None = None

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        *,
        customer_timezone: str | ZoneInfo | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        http_client: httpx.AsyncClient | None = None,
        allow_insecure_http: bool | None = None,
    ) -> None:
        settings = Settings.resolve(
            api_key,
            base_url,
            customer_timezone,
            timeout,
            max_retries,
            max_response_bytes=max_response_bytes,
            allow_insecure_http=allow_insecure_http,
        )
        # A caller's own client keeps its own pool; both are held to whole-call deadlines.
        from pakat._async.deadline import (  # loads httpcore: at first client, not at import
            AsyncClientTransport,
            async_deadline_pool,
        )

        pool: httpx.AsyncBaseTransport = (
            AsyncClientTransport(http_client) if http_client is not None else async_deadline_pool(POOL_LIMITS)
        )
        # The adaptive limiter's state that all bulk work of this client (and its views) shares.
        self._gate = Gate()
        self._setup(settings, pool, owns_pool=True)

    def _setup(self, settings: Settings, pool: httpx.AsyncBaseTransport, *, owns_pool: bool) -> None:
        self._settings = settings
        self._pool = pool
        self._owns_pool = owns_pool
        self._http = httpx.AsyncClient(
            base_url=settings.base_url,
            auth=APIKeyAuth(settings.api_key),
            headers=client_headers(),
            timeout=settings.timeout,
            transport=AsyncRetryTransport(
                AsyncObservedTransport(pool),
                settings.retry_policy(),
                max_response_bytes=settings.max_response_bytes,
            ),
            follow_redirects=False,
        )

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_response_bytes: int | None = None,
    ) -> Self:
        """A client with other settings that shares this one's connection pool (close this one, not it)."""
        settings = self._settings.evolve(
            timeout=timeout, max_retries=max_retries, max_response_bytes=max_response_bytes
        )
        clone = object.__new__(type(self))
        clone._gate = self._gate
        clone._setup(settings, self._pool, owns_pool=False)
        clone._root = self._root or self  # closing that one closes the pool this one sends through
        return clone

    # The resolved settings, each its own typed and documented read-only property.
    @property
    def base_url(self) -> str:
        return self._settings.base_url

    @property
    def customer_timezone(self) -> ZoneInfo:
        return self._settings.customer_timezone

    @property
    def timeout(self) -> httpx.Timeout:
        return self._settings.timeout

    @property
    def max_retries(self) -> int:
        return self._settings.max_retries

    @property
    def max_response_bytes(self) -> int:
        return self._settings.max_response_bytes

    def __repr__(self) -> str:
        return describe(self)

    async def aclose(self) -> None:
        """Close the connections (only the pool's owner closes the pool)."""
        await self._http.aclose()
        if self._owns_pool:
            await self._pool.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def _request(self, kwargs: Mapping[str, Any], parse: Callable[[dict[str, Any]], T]) -> T:
        """Send what a generated `_get_kwargs` built, and parse the answer or raise its typed error.

        Every failure is a `PakatError` (see `read_answer`); a closed client sends nothing.
        """
        method = str(kwargs["method"]).upper()
        if self._http.is_closed or (self._root or self)._http.is_closed:
            raise ClientClosedError(
                "This client is closed (a with_options view closes with the client it came from): "
                "make a new one"
            )
        try:
            request = self._http.build_request(**kwargs)
            # A multipart body goes out as one payload: httpx would stream it in many small writes
            # (about ten socket sends per subscriber create). Read once, it is encoded once.
            request.read()
            response = await self._http.send(request)
        except httpx.HTTPError as exc:  # no answer, or one whose body could not be decoded
            raise transport_error(method, exc) from exc
        except RuntimeError as exc:
            # httpx's words for a closed client: here the http_client the caller gave us.
            if "has been closed" not in str(exc):
                raise
            raise ClientClosedError(f"The http_client given to this client is closed: {exc}") from exc
        return read_answer(method, response, parse)

    def concurrency_stats(self) -> ConcurrencyStats:
        """How this client's bulk work has gone so far (every `bulk_create`, import and
        prefetching iteration of it and its `with_options` views): how many requests the latest
        one allowed in flight, the rate the adaptive limiter paces new requests at since the
        server throttled (None: not paced), how many requests they sent, repeats included, and
        how many of those the server answered 429."""
        from pakat.types import ConcurrencyStats

        gate = self._gate
        with gate.lock:
            return ConcurrencyStats(
                concurrency=gate.concurrency,
                requests_per_second=gate.pacer.rate(gate.clock()),
                requests=gate.requests,
                rate_limited=gate.rate_limited,
            )

    def _run(self, concurrency: int | Literal["auto"], max_concurrency: int) -> AsyncRun:
        """A run of many requests: the adaptive limiter under `max_concurrency` ("auto"), or a
        fixed number in flight."""
        width, adaptive = run_width(concurrency, max_concurrency)
        return AsyncRun(self._gate, width, adaptive=adaptive)

    def _paginate(self, fetch: Callable[[int], Awaitable[Page[T]]], prefetch: int) -> AsyncIterator[T]:
        if isinstance(prefetch, bool) or not isinstance(prefetch, int) or prefetch <= 0:
            return aiterate_items(fetch, prefetch=prefetch)  # which refuses what it must
        run = self._run("auto", prefetch)

        async def limited(number: int) -> Page[T]:
            async with run.slot():
                return await fetch(number)

        return aiterate_items(limited, prefetch=prefetch)
