"""The pager's own parts, without a client (iteration through both clients is tested in
tests/_async/facade/test_pagination.py)."""

from __future__ import annotations

import threading
import time

from pakat.pagination import Page, iterate_items, page_from_body


def test_prefetch_is_bounded() -> None:
    in_flight = 0
    peak = 0
    lock = threading.Lock()

    def fetch(number: int) -> Page[int]:
        nonlocal in_flight, peak
        with lock:
            in_flight += 1
            peak = max(peak, in_flight)
        time.sleep(0.01)
        with lock:
            in_flight -= 1
        return Page(items=(number,), page=number, per_page=11, total_pages=20, count=20, next_page=number + 1)

    assert list(iterate_items(fetch, prefetch=3)) == list(range(1, 21))
    assert peak <= 3


def test_page_from_body_tolerates_missing_meta() -> None:
    page = page_from_body({"data": {"records": [{"a": 1}]}}, dict, page=2, per_page=15)
    assert (page.items, page.page, page.count, page.next_page, page.has_next) == (
        ({"a": 1},),
        2,
        1,
        None,
        False,
    )
