"""What both clients share: settings from arguments and the environment, the key, the base URL check.

`Pakat` and `AsyncPakat` themselves live in `pakat/_sync/client.py` (generated) and
`pakat/_async/client.py` (written by hand); this module holds everything that does not wait.
"""

from __future__ import annotations

import importlib
import os
import re
import warnings
from collections.abc import AsyncGenerator, Generator, Mapping
from typing import Any, Generic, TypeVar, overload
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs
import httpx

from pakat._body import ACCEPT_ENCODING
from pakat._exceptions import PakatError
from pakat._transport import RetryPolicy
from pakat._version import __version__

__all__ = [
    "API_KEY_HEADER",
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "DEFAULT_TIMEZONE",
    "ENV_ALLOW_INSECURE_HTTP",
    "ENV_API_KEY",
    "ENV_BASE_URL",
    "ENV_TIMEZONE",
    "POOL_LIMITS",
    "REDACTED",
    "USER_AGENT",
    "APIKeyAuth",
    "InsecureHTTPWarning",
    "LazyResource",
    "Settings",
    "check_api_key",
    "check_base_url",
    "client_headers",
    "describe",
]

DEFAULT_BASE_URL = "https://new.pakat.net/api"
DEFAULT_TIMEZONE = "Asia/Tehran"
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 2
# The answer to a 10,000-row create_batch is about 1.5 MB and a template with inlined images a few
# MB: this leaves ample room, while a server or proxy sending more cannot exhaust memory.
DEFAULT_MAX_RESPONSE_BYTES = 32 * 2**20
ENV_API_KEY = "PAKAT_API_KEY"
ENV_BASE_URL = "PAKAT_BASE_URL"
ENV_TIMEZONE = "PAKAT_TIMEZONE"
ENV_ALLOW_INSECURE_HTTP = "PAKAT_ALLOW_INSECURE_HTTP"
USER_AGENT = f"pakat-python/{__version__}"
# Keep-alive equal to the pool size: httpcore 1.0 counts every connection, busy or idle, against
# max_keepalive_connections, so a lower value closes connections under load (a new TLS handshake each).
POOL_LIMITS = httpx.Limits(max_connections=64, max_keepalive_connections=64)

R = TypeVar("R")


class InsecureHTTPWarning(UserWarning):
    """Plain http:// to another machine was allowed (`allow_insecure_http`): the API key crosses
    the network unencrypted."""


API_KEY_HEADER = "X-API-KEY"
REDACTED = "<redacted>"


class APIKeyAuth(httpx.Auth):
    """Adds `X-API-KEY` to each request, and masks it in that request once its exchange is over.

    httpx hides only `Authorization` in a request's repr, and the request object stays reachable
    from errors (`exc.__cause__.request`, a response's `.request`, traceback frames): once the
    answer came back or the sending failed, retries included, the request holds `<redacted>`
    instead of the key. Its repr never shows the key either."""

    def __init__(self, api_key: str) -> None:
        self._api_key = api_key

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[API_KEY_HEADER] = self._api_key
        try:
            yield request
        finally:  # the answer, or httpx closing the flow on an error
            request.headers[API_KEY_HEADER] = REDACTED

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        request.headers[API_KEY_HEADER] = self._api_key
        try:
            yield request
        finally:
            request.headers[API_KEY_HEADER] = REDACTED

    def __repr__(self) -> str:
        return f"APIKeyAuth(api_key={REDACTED})"


# What an HTTP header can carry and a Pakat key holds: visible ASCII, no spaces.
_VISIBLE_ASCII = re.compile(r"[\x21-\x7e]+")


def _what_character(char: str) -> str:
    if char in "\r\n":
        return "a line break"
    if char < "\x20" or char == "\x7f":
        return "a control character"
    if char.isspace():
        return "a space"
    return "a character outside ASCII"


def check_api_key(key: str) -> str:
    """The key as given, if it is visible ASCII without spaces; else a `PakatError` that names the
    kind of character and its position, never the key or any part of it."""
    if not isinstance(key, str):
        raise TypeError(f"api_key must be a str, not {type(key).__name__}")
    if not _VISIBLE_ASCII.fullmatch(key):
        position, char = next((i, c) for i, c in enumerate(key) if not _VISIBLE_ASCII.fullmatch(c))
        raise PakatError(
            f"The API key contains {_what_character(char)} (character {position + 1}): a Pakat key is "
            "visible ASCII without spaces; copy it again from your Pakat account."
        )
    return key


@attrs.frozen
class Settings:
    """A client's resolved configuration. The key is kept out of repr."""

    api_key: str = attrs.field(repr=False)
    base_url: str
    customer_timezone: ZoneInfo
    timeout: httpx.Timeout
    max_retries: int
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES

    @classmethod
    def resolve(
        cls,
        api_key: str | None,
        base_url: str | None,
        customer_timezone: str | ZoneInfo | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        environ: Mapping[str, str] = os.environ,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        allow_insecure_http: bool | None = None,
    ) -> Settings:
        key = api_key if api_key is not None else environ.get(ENV_API_KEY)
        if not key or (isinstance(key, str) and not key.strip()):
            raise PakatError(
                f"No API key: pass Pakat(api_key=...) or set the {ENV_API_KEY} environment variable "
                "(find the key in your Pakat account under API keys)."
            )
        return cls(
            api_key=check_api_key(key),
            base_url=check_base_url(
                base_url or environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL,
                allow_insecure_http=(
                    _flag(environ.get(ENV_ALLOW_INSECURE_HTTP, ""), ENV_ALLOW_INSECURE_HTTP)
                    if allow_insecure_http is None
                    else allow_insecure_http
                ),
            ),
            customer_timezone=_zone(customer_timezone or environ.get(ENV_TIMEZONE) or DEFAULT_TIMEZONE),
            timeout=_timeout(timeout),
            max_retries=_retries(max_retries),
            max_response_bytes=_max_bytes(max_response_bytes),
        )

    @property
    def attempt_timeout(self) -> float | None:
        """The whole-attempt limit: the longest of the per-operation timeouts."""
        phases = [
            t for t in (self.timeout.connect, self.timeout.read, self.timeout.write, self.timeout.pool) if t
        ]
        return max(phases) if phases else None

    def retry_policy(self) -> RetryPolicy:
        return RetryPolicy(max_retries=self.max_retries, attempt_timeout=self.attempt_timeout)

    def evolve(
        self,
        *,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        max_response_bytes: int | None = None,
    ) -> Settings:
        return attrs.evolve(
            self,
            timeout=self.timeout if timeout is None else _timeout(timeout),
            max_retries=self.max_retries if max_retries is None else _retries(max_retries),
            max_response_bytes=(
                self.max_response_bytes if max_response_bytes is None else _max_bytes(max_response_bytes)
            ),
        )


def _timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    if value is None:
        return httpx.Timeout(DEFAULT_TIMEOUT)
    if isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise ValueError(f"timeout must be a positive number of seconds, got {value!r}")
    return httpx.Timeout(float(value))


def _retries(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"max_retries must be a whole number, 0 or more, got {value!r}")
    return value


def _max_bytes(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValueError(f"max_response_bytes must be a whole number of bytes above 0, got {value!r}")
    return value


def _zone(value: str | ZoneInfo) -> ZoneInfo:
    if isinstance(value, ZoneInfo):
        return value
    try:
        return ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise PakatError(f"Unknown timezone {value!r}: use an IANA name such as 'Asia/Tehran'") from None


def _is_loopback(host: str) -> bool:
    # Only `localhost` itself: other *.localhost names may be resolved through DNS.
    if host == "localhost":
        return True
    import ipaddress

    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _flag(value: str, name: str) -> bool:
    """An on/off environment variable: 1, true, yes or on; 0, false, no, off or empty."""
    word = value.strip().lower()
    if word in ("1", "true", "yes", "on"):
        return True
    if word in ("", "0", "false", "no", "off"):
        return False
    raise PakatError(f"{name}={value!r}: expected 1 or 0 (true/false, yes/no, on/off)")


def check_base_url(url: str, *, allow_insecure_http: bool = False) -> str:
    """The API's base URL: https, or plain http to this machine; plain http to another machine
    only when `allow_insecure_http` says so, with an `InsecureHTTPWarning` (the key crosses the
    network in clear)."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise PakatError(f"Invalid base_url {url!r}: {exc}") from None
    if parsed.scheme == "http" and not _is_loopback(parsed.host):
        if not allow_insecure_http:
            raise PakatError(
                f"Refusing plain http:// to {parsed.host}: the API key would travel unencrypted. Use "
                f"https://, or, for a sandbox on a network you trust (a CI service, docker compose), "
                f"pass allow_insecure_http=True or set {ENV_ALLOW_INSECURE_HTTP}=1."
            )
        warnings.warn(
            f"Plain http:// to {parsed.host} allowed (allow_insecure_http): the API key travels "
            "unencrypted. Use it only for a sandbox on a network you trust.",
            InsecureHTTPWarning,
            stacklevel=4,  # the line that made the client
        )
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise PakatError(f"Invalid base_url {url!r}: expected https://host/path")
    return str(parsed).rstrip("/")


def client_headers() -> dict[str, str]:
    # Only the codings pakat decodes within the cap (pakat._body), whatever httpx could decode.
    return {"User-Agent": USER_AGENT, "Accept": "application/json", "Accept-Encoding": ACCEPT_ENCODING}


class LazyResource(Generic[R]):
    """A client attribute whose resource class (and the generated code behind it) loads on first use.

    Keeps `import pakat` light: each area imports its generated endpoints only when first touched.
    """

    def __init__(self, module: str, name: str) -> None:
        self._module = module
        self._name = name
        self._attr = name

    def __set_name__(self, owner: type, attr: str) -> None:
        self._attr = attr

    @overload
    def __get__(self, obj: None, owner: type) -> LazyResource[R]: ...
    @overload
    def __get__(self, obj: object, owner: type) -> R: ...
    def __get__(self, obj: object | None, owner: type) -> LazyResource[R] | R:
        if obj is None:
            return self
        cls = getattr(importlib.import_module(self._module), self._name)
        resource: R = cls(obj)
        obj.__dict__[self._attr] = resource
        return resource


def describe(client: Any) -> str:
    settings: Settings | None = getattr(client, "_settings", None)
    if settings is None:  # construction failed; error reporters may still print it
        return f"{type(client).__name__}(<not configured>)"
    return (
        f"{type(client).__name__}(base_url={settings.base_url!r}, "
        f"customer_timezone={settings.customer_timezone.key!r}, max_retries={settings.max_retries})"
    )
