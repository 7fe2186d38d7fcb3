"""The errors pakat raises, and the one function that turns a response into data or an error."""

from __future__ import annotations

import array
import html
import itertools
import json
import math
import re
from collections.abc import Callable, Mapping
from typing import Any, Literal, TypeAlias, TypeVar

import httpx

from pakat import _server_messages as said

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "NotFoundError",
    "NotModifiedError",
    "OutcomeUnknownError",
    "OutcomeUnknownResponseTooLargeError",
    "OutcomeUnknownTimeoutError",
    "PakatError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseTooLargeError",
    "ServerError",
    "ValidationError",
]


T = TypeVar("T")


class PakatError(Exception):
    """Base of every error pakat raises on purpose."""


class ClientClosedError(PakatError, RuntimeError):
    """The client (or the client a `with_options` view came from, or the `http_client` you gave it)
    is closed: nothing was sent. Make a new client.

    Also a `RuntimeError`, which is what httpx raised for this before.
    """


class APIError(PakatError):
    """The server answered, and the answer says the call failed.

    `status_code` is the HTTP status, `message` the server's words as one readable line (nested
    field errors flattened to `field: message; ...`), and `errors` the error as the server sent
    it: a string, a mapping of fields (or groups) to messages, or a list of such mappings.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        errors: str | Mapping[str, Any] | list[Any] | None = None,
        body: Any = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.errors = errors
        self.body = body

    def __str__(self) -> str:
        return f"{self.message} (HTTP {self.status_code})"


class BadRequestError(APIError):
    """HTTP 400: the request was malformed."""


class AuthenticationError(APIError):
    """The API key is missing or wrong: HTTP 401, or the 400 Pakat's server answers for it."""


class PermissionDeniedError(APIError):
    """HTTP 403, or the 400 Pakat's server answers when this address or account may not use the API."""


class NotFoundError(APIError):
    """HTTP 404: no such object."""


class NotModifiedError(APIError):
    """HTTP 304: the server said the answer has not changed since a copy the request named.

    Pakat's server answers a GET of a collection or an object with 304 (and no body) when the
    request carries the `ETag` of its last answer (`If-None-Match`) or a recent
    `If-Modified-Since`. pakat never sends those headers and keeps no copy to return, so this
    comes from headers your own `http_client` adds, or from a caching proxy on the way.
    """


ConflictReason: TypeAlias = Literal["exists", "busy", "blacklisted", "limit"]

_CONFLICT_REASONS: dict[str, ConflictReason] = {
    said.SUBSCRIBER_EXISTS: "exists",
    said.SUBSCRIBER_EXISTS_ELSEWHERE: "exists",
    said.LOCK_BUSY: "busy",
    said.SUBSCRIBER_BLACKLISTED: "blacklisted",
    said.MAX_SUBSCRIBERS: "limit",
    said.MAX_LIST_SUBSCRIBERS: "limit",
}


class ConflictError(APIError):
    """HTTP 409: the server refused because of the state of the account, the list or the subscriber.

    `reason` names the refusals pakat recognises, from the server's words:

    - `"exists"`: the address is already on the list (a create, or an update to an address
      another subscriber of the list has). An unsubscribed address is not refused: adding it
      subscribes it again.
    - `"busy"`: another write of the same address held the server's lock, and nothing was done.
      pakat repeats such calls like a 429 before this error reaches you.
    - `"blacklisted"`: the address is on the blacklist.
    - `"limit"`: the list or the account holds as many subscribers as it may.

    It is None for any other conflict, and for messages in a language other than English.
    """

    @property
    def reason(self) -> ConflictReason | None:
        return _CONFLICT_REASONS.get(self.message)


class ValidationError(APIError):
    """HTTP 422, or a 400 that names fields: the server rejected some field values."""


class RateLimitError(APIError):
    """HTTP 429: too many calls. `retry_after` is the server's wait in seconds, if it gave one."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class ServerError(APIError):
    """HTTP 5xx: the server failed. After a POST only Pakat's own offline 503, which says nothing
    was done; any other 5xx to a POST is an `OutcomeUnknownError`."""


class APIResponseValidationError(APIError):
    """The server answered with something that is not a Pakat response (not JSON, wrong shape)."""


class APIConnectionError(PakatError):
    """The call did not get an answer: the connection failed or broke."""


class APITimeoutError(APIConnectionError):
    """The call took longer than the configured timeout."""


class OutcomeUnknownError(APIConnectionError):
    """A call that is not safe to repeat (a POST) may have been carried out, but pakat cannot tell.

    Raised when the answer was lost (the connection broke or timed out after the request was
    sent); when the server answered 2xx, which says it acted, but the answer could not be read or
    understood; and when it answered a 5xx other than Pakat's own "Service Unavailable." (the API
    switched offline), since a 500 or a proxy's 502, 503 or 504 may come after the request was
    carried out. `status_code` is then that status, and `body` what came; both are None when no
    answer came. pakat does not send it again, because the server may already have acted on it
    (created the subscriber, sent the email). Check before retrying, for example by looking the
    object up.

    It is deliberately not an `APIError` (nor an `APIResponseValidationError` or `ServerError`),
    although the server (or a proxy) did answer: code that retries on `APIError` must not repeat
    a request that was carried out.
    """

    def __init__(self, message: str, *, status_code: int | None = None, body: Any = None) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.body = body


class OutcomeUnknownTimeoutError(APITimeoutError, OutcomeUnknownError):
    """A POST timed out after it was sent: both a timeout and an unknown outcome."""


class ResponseTooLargeError(PakatError):
    """The answer was larger than the client's `max_response_bytes`, as sent or once decompressed.

    pakat stopped reading it (or refused it unread, when its `Content-Length` said so) and closed
    the connection, so memory stays bounded whatever a server or proxy sends. The call is not
    repeated: the same answer would come again. `limit` is the cap in bytes and `status_code` the
    status the answer came with. If answers this large are expected, raise the cap:
    `Pakat(max_response_bytes=...)` or `client.with_options(max_response_bytes=...)`.
    """

    def __init__(self, message: str, *, limit: int, status_code: int) -> None:
        super().__init__(message)
        self.limit = limit
        self.status_code = status_code


class OutcomeUnknownResponseTooLargeError(ResponseTooLargeError, OutcomeUnknownError):
    """The answer to a POST was too large: the server may have acted on it, and it is not repeated."""

    status_code: int  # always the status the answer came with, as for any ResponseTooLargeError


# Answers whose status alone says less than their words: Pakat's server refuses the key and the
# caller with a 400, not a 401 or 403, and an update of a missing subscriber with a 409.
_BY_WORDS: dict[tuple[int, str], type[APIError]] = {
    (400, said.MISSING_KEY): AuthenticationError,
    (400, said.INVALID_KEY): AuthenticationError,
    (400, said.IP_NOT_ALLOWED): PermissionDeniedError,
    (400, said.ACCOUNT_INACTIVE): PermissionDeniedError,
    (400, said.API_NOT_ALLOWED): PermissionDeniedError,
    (400, said.CUSTOMER_CREATION_DISABLED): PermissionDeniedError,
    (400, said.NO_PERMISSION): PermissionDeniedError,
    (409, said.SUBSCRIBER_MISSING): NotFoundError,
}

_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: ValidationError,
    429: RateLimitError,
}


def flatten_errors(error: Any, prefix: str = "") -> str:
    """Nested field errors as one line: `general[name]: Name cannot be blank.; EMAIL: ...`."""
    if isinstance(error, Mapping):
        parts = []
        for key, value in error.items():
            label = f"{prefix}[{key}]" if prefix else str(key)
            parts.append(flatten_errors(value, label))
        return "; ".join(p for p in parts if p)
    if isinstance(error, list | tuple):
        return "; ".join(flatten_errors(item, prefix) for item in error)
    text = "" if error is None else str(error)
    return f"{prefix}: {text}" if prefix and text else text


def readable(error: str) -> str:
    """A single-string refusal as one line: the server joins several messages with `<br />` and
    HTML-encodes them (`&quot;`); they come out unescaped, one sentence after the other."""
    if "<br" not in error and "&" not in error:
        return error
    line = ""
    for part in error.replace("<br/>", "<br />").split("<br />"):
        text = html.unescape(part).strip()
        if text:
            line = f"{line}{' ' if line.endswith(('.', ':', '!', '?')) else '; '}{text}" if line else text
    return line


def _retry_after(response: httpx.Response) -> float | None:
    from pakat._transport import parse_retry_after  # the transport owns Retry-After parsing

    seconds = parse_retry_after(response.headers.get("retry-after"))
    # "1e400" parses as infinity, which no caller can sleep for.
    return seconds if seconds is None or math.isfinite(seconds) else None


def _error_for(response: httpx.Response, body: Any) -> APIError:
    status = response.status_code
    errors = body.get("error") if isinstance(body, Mapping) else None
    if isinstance(errors, Mapping | list):
        message = flatten_errors(errors) or "The server rejected the request."
    elif errors:
        message = readable(str(errors))
    elif isinstance(body, str) and body.strip():
        message = body.strip()[:500]
    else:
        message = response.reason_phrase or "The server reported an error."
    kwargs: dict[str, Any] = {"status_code": status, "errors": errors, "body": body}
    if status == 429:
        return RateLimitError(message, retry_after=_retry_after(response), **kwargs)
    if status >= 500:
        return ServerError(message, **kwargs)
    if isinstance(errors, Mapping | list) and (status == 400 or status < 300):
        return ValidationError(message, **kwargs)
    cls = _BY_WORDS.get((status, message)) or _BY_STATUS.get(status)
    if cls is None:
        cls = BadRequestError if 400 <= status < 500 else APIError
    return cls(message, **kwargs)


def _redirect_error(response: httpx.Response, body: Any) -> APIError:
    # Following it would send the API key to wherever the redirect points.
    location = response.headers.get("location")
    where = f" to {location}" if location else ""
    return APIError(
        f"The server answered with a redirect{where}, which pakat does not follow: the API key must "
        "not go to another address. Check base_url (https://new.pakat.net/api for Pakat).",
        status_code=response.status_code,
        body=body,
    )


def _not_modified_error(response: httpx.Response) -> APIError:
    return NotModifiedError(
        "The server answered 304 Not Modified, with no body: the request carried a conditional "
        "header (If-None-Match or If-Modified-Since) that pakat never sends, from your own "
        "http_client or a caching proxy. Remove it; pakat has no earlier answer to return.",
        status_code=response.status_code,
    )


# Deeper than any answer Pakat sends (its deepest, field errors inside groups and records inside
# pages, stay under 10), and shallow enough that any recursive reader of the value (flattening
# errors, printing, the generated models' from_dict and to_dict, a caller's own code) has the stack for it.
MAX_DEPTH = 64
_STRUCTURE = bytes(b for b in range(256) if b not in b'[]{}"')  # what _too_deep deletes
_STRING = re.compile(rb'"[^"]*"')
_OPENS_AND_CLOSES = bytes.maketrans(b"[{]}", b"\x01\x01\xff\xff")  # +1 and -1 as signed bytes
# An escaped backslash, a surrogate pair, or a lone surrogate (which json would turn into a str no
# UTF-8 encoder takes); matched left to right, so an escaped backslash is never read as an escape.
_SURROGATE_ESCAPES = re.compile(
    r"\\\\|\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|(\\u[dD][89a-fA-F][0-9a-fA-F]{2})"
)


def _too_deep(content: bytes) -> bool:
    """Whether the JSON text nests arrays and objects more than MAX_DEPTH deep.

    Done on the bytes before parsing, in time linear in their length: drop escaped backslashes
    and quotes, keep only brackets and quotes, drop the strings (with any brackets in them), then
    run through the count of brackets opened and not yet closed until it exceeds MAX_DEPTH.
    """
    if content.count(b"[") + content.count(b"{") <= MAX_DEPTH:
        return False
    if b'\\"' in content:  # escaped quotes, and backslashes that could escape one
        content = content.replace(b"\\\\", b"").replace(b'\\"', b"")
    brackets = content.translate(None, _STRUCTURE)
    # Removing two adjacent quotes (an empty string, or the end of one and the start of the next
    # with nothing between) leaves every other quote where it was: strings stay strings.
    brackets = brackets.replace(b'""', b"")
    if b'"' in brackets:
        brackets = _STRING.sub(b"", brackets)
    depths = itertools.accumulate(array.array("b", brackets.translate(_OPENS_AND_CLOSES)))
    return next(filter(MAX_DEPTH.__lt__, depths), None) is not None  # stops at the first too deep


def _lone_surrogate_to_replacement(match: re.Match[str]) -> str:
    return "\\ufffd" if match.group(1) else match.group(0)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise ValueError(f"{text[:20]} is larger than any number JSON carries")
    return number


def parse_json(content: bytes) -> Any:
    """The JSON value of a body as Pakat's server writes it (UTF-8, PHP's `json_encode`).

    Raises `ValueError` for anything else: text that is not UTF-8 (a UTF-8 BOM is allowed),
    not JSON, `NaN` or `Infinity`, a number beyond a float (`1e400`), or nesting deeper than
    `MAX_DEPTH` levels. A lone surrogate escape (`"\\ud800"`, half of a pair) becomes U+FFFD, so
    every string of the value encodes as UTF-8.
    """
    text = content.decode("utf-8-sig")
    if _too_deep(content):
        raise ValueError(f"the JSON nests more than {MAX_DEPTH} levels deep")
    if "\\ud" in text or "\\uD" in text:
        text = _SURROGATE_ESCAPES.sub(_lone_surrogate_to_replacement, text)
    return json.loads(text, parse_constant=_no_constant, parse_float=_finite)


def _text(response: httpx.Response) -> str:
    try:
        return response.text
    except (LookupError, ValueError):  # a charset Python does not know
        return response.content.decode("utf-8", "replace")


def read_response(response: httpx.Response) -> dict[str, Any]:
    """The JSON object of a successful response, or the typed error it stands for.

    Decides in this order: the HTTP status, then the body's `status` field (a 2xx with
    `"status": "error"` is an error), then the shape of `error`. A body that is not a JSON object
    as Pakat writes it (see `parse_json`) raises `APIResponseValidationError` on success
    statuses, and the status's own error otherwise. A redirect (3xx) is never followed and raises
    `APIError` naming where it pointed; a 304 raises `NotModifiedError`.
    """
    try:
        body: Any = parse_json(response.content) if response.content else None
    except ValueError:  # UnicodeDecodeError and json's errors are ValueErrors
        body = _text(response)
    if response.status_code >= 400:
        raise _error_for(response, body)
    if response.status_code == 304:
        raise _not_modified_error(response)
    if 300 <= response.status_code < 400:
        raise _redirect_error(response, body)
    if not isinstance(body, dict):
        snippet = body.strip()[:200] if isinstance(body, str) else ("" if body is None else repr(body)[:200])
        raise APIResponseValidationError(
            f"Expected a JSON object from the server, got: {snippet or 'an empty body'}",
            status_code=response.status_code,
            body=body,
        )
    if body.get("status") == "error":
        raise _error_for(response, body)
    return body


def read_answer(method: str, response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    """What `parse` makes of a successful answer, or the `PakatError` the answer stands for.

    The one error boundary of every call: whatever goes wrong while reading or parsing the
    answer (a shape `parse` did not expect, a number it cannot use) is a `PakatError`, never a
    stray KeyError, OverflowError or RecursionError.

    After a request that is not safe to repeat (a POST), an answer that does not say what
    happened raises `OutcomeUnknownError` instead: a 2xx that cannot be read or understood (the
    status says the server acted), and a 5xx other than Pakat's offline 503 (it may come after
    the server acted: see `pakat._transport.changed_nothing`).
    """
    try:
        return _read_answer(response, parse)
    except APIError as exc:
        from pakat._transport import IDEMPOTENT_METHODS, changed_nothing

        status = response.status_code
        if method in IDEMPOTENT_METHODS:
            raise
        if 200 <= status < 300 and isinstance(exc, APIResponseValidationError):
            what = "so the server acted, but the answer could not be understood"
        elif status >= 500 and not changed_nothing(response):
            what = "which a server or a proxy may send after the request was carried out"
        else:
            raise
        raise OutcomeUnknownError(
            f"The outcome is unknown: the {method} request was answered HTTP {status} ({exc.message}), "
            f"{what}. It was not repeated; look before sending it again.",
            status_code=status,
            body=exc.body,
        ) from exc


def _read_answer(response: httpx.Response, parse: Callable[[dict[str, Any]], T]) -> T:
    body: Any = None
    try:
        body = read_response(response)
        return parse(body)
    except PakatError:
        raise
    except Exception as exc:
        raise APIResponseValidationError(
            f"Unexpected response shape: {type(exc).__name__}: {str(exc)[:500]}",
            status_code=response.status_code,
            body=body,
        ) from exc


def transport_error(method: str, error: httpx.HTTPError) -> APIConnectionError:
    """The pakat error for a request that got no (readable) answer, saying whether it may have been
    processed, and naming the method and URL it was for (which never hold the key: it travels in
    a header).

    `error` is an httpx transport error (no answer), or another httpx error raised while the
    answer was read, such as a body whose gzip is broken (`httpx.DecodingError`).
    """
    from pakat._transport import IDEMPOTENT_METHODS, NOT_SENT_ERRORS

    maybe_processed = method not in IDEMPOTENT_METHODS and not isinstance(error, NOT_SENT_ERRORS)
    detail = str(error) or type(error).__name__
    where = _where(method, error)
    if maybe_processed:
        cls: type[APIConnectionError] = (
            OutcomeUnknownTimeoutError if isinstance(error, httpx.TimeoutException) else OutcomeUnknownError
        )
        lost = "lost" if isinstance(error, httpx.TransportError) else "unreadable"
        return cls(
            f"The outcome is unknown: {where} was sent but its answer was {lost} ({detail}). "
            "It was not repeated, because the server may already have acted on it."
        )
    if isinstance(error, httpx.TimeoutException):
        return APITimeoutError(f"{where} timed out ({type(error).__name__}: {detail})")
    if not isinstance(error, httpx.TransportError):
        return APIConnectionError(
            f"The answer to {where} could not be read ({type(error).__name__}: {detail})"
        )
    return APIConnectionError(f"Could not get an answer to {where} ({type(error).__name__}: {detail})")


def _where(method: str, error: httpx.HTTPError) -> str:
    """`POST https://host/api/lists`: what the failed request was, without any user:password."""
    try:
        url = error.request.url
    except RuntimeError:  # an error raised before httpx attached its request
        return f"the {method} request"
    if url.userinfo:
        url = url.copy_with(username=None, password=None)
    return f"{method} {url}"
