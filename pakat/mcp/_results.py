"""What a tool call answers: the facade's return value as JSON, or its error in words an agent can act on.

pakat's errors and pages load with the first call, not when the server starts.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from pakat._json import to_json

__all__ = ["error", "structured", "to_json"]


def structured(value: Any, *, returns_none: bool) -> dict[str, Any]:
    """The structured result of a call: an object as it is, anything else under `result`
    (a method that returns nothing answers `{"ok": true}`)."""
    if returns_none:
        return {"ok": True}
    data = to_json(value)
    return data if isinstance(data, dict) else {"result": data}


def _unknown(tool: str, look: str | None, what: str, message: str) -> tuple[str, dict[str, Any]]:
    where = f" (with {look}, for example)" if look else ""
    return (
        f"OUTCOME UNKNOWN: {what} ({message}). Pakat may already have done it (created the record, "
        f"sent the email). Do not call {tool} again before looking whether it happened{where}: a "
        "second call could do it twice."
    ), {"error": "outcome_unknown", "message": message}


def error(exc: Exception, *, tool: str, look: str | None) -> tuple[str, dict[str, Any]]:
    """The text and structured detail of a failed call. `look` names a tool that reads what this
    one writes, for the advice after an unknown outcome."""
    from pakat import APIConnectionError, APIError, ConflictError, OutcomeUnknownError, RateLimitError

    if isinstance(exc, OutcomeUnknownError):
        # The SDK's one rule decides what is unknown (a lost answer, an unreadable 2xx, a 5xx to a
        # POST); here it is only said in words, by what came back.
        status = exc.status_code
        if status is None:
            what = "the request may have reached Pakat, but its answer was lost"
        elif status < 300:
            what = f"Pakat answered HTTP {status}, but not with a result this tool can read"
        else:
            what = f"Pakat failed with HTTP {status}, possibly after doing the work"
        return _unknown(tool, look, what, str(exc))
    if isinstance(exc, APIError):
        detail: dict[str, Any] = {
            "error": type(exc).__name__,
            "status_code": exc.status_code,
            "message": exc.message,
        }
        verb = "refused the call" if exc.status_code < 500 else "failed"
        text = f"Pakat {verb}: {exc.message} (HTTP {exc.status_code}, {type(exc).__name__})."
        if isinstance(exc.errors, Mapping | list):
            detail["errors"] = to_json(exc.errors)
            text += " Field errors: " + json.dumps(detail["errors"], ensure_ascii=False)
        if isinstance(exc, ConflictError) and exc.reason is not None:
            detail["reason"] = exc.reason
        if isinstance(exc, RateLimitError) and exc.retry_after is not None:
            detail["retry_after"] = exc.retry_after
            text += f" Wait {exc.retry_after:g} s before calling again."
        return text, detail
    if isinstance(exc, APIConnectionError):
        return (
            f"Could not reach Pakat ({exc}). Nothing was done, or what was sent is safe to send again: "
            "try again later."
        ), {"error": type(exc).__name__, "message": str(exc)}
    if isinstance(exc, ValueError | TypeError):
        return f"Invalid arguments, nothing was sent: {exc}", {
            "error": "invalid_arguments",
            "message": str(exc),
        }
    return (
        f"Unexpected error in pakat's MCP server ({type(exc).__name__}: {exc}). Whether the call reached "
        "Pakat is not known: look before calling a tool that writes again."
    ), {"error": "unexpected", "message": f"{type(exc).__name__}: {exc}"}
