"""Reading Retry-After (the retry policy itself is tested on both clients in
tests/_async/facade/test_retries.py)."""

from __future__ import annotations

from pakat._transport import parse_retry_after


def test_parse_retry_after() -> None:
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after(" 1.5 ") == 1.5
    assert parse_retry_after("-3") == 0.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
