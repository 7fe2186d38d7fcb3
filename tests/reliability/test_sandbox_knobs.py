"""The two fault knobs added for the fault matrix, seen on the wire: empty_body and error_body."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from pakat.testing import Sandbox


@pytest.fixture
def raw(sb: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sb.url, headers={"X-API-KEY": sb.api_key}) as client:
        yield client


def test_empty_body_processes_and_answers_the_real_status_with_nothing(
    sb: Sandbox, raw: httpx.Client
) -> None:
    sb.faults.empty_body(2)
    created = raw.post(
        "/lists",
        files={
            "general[name]": (None, "News"),
            "general[description]": (None, "Daily"),
            "defaults[from_name]": (None, "Pakat"),
            "defaults[from_email]": (None, "a@example.com"),
            "defaults[reply_to]": (None, "a@example.com"),
        },
    )
    assert created.status_code == 201 and created.content == b""
    assert created.headers["content-length"] == "0"
    missing = raw.get("/lists/nope")
    assert missing.status_code == 404 and missing.content == b""
    assert sb.processed["createList"] == 1
    assert raw.get("/lists").json()["data"]["count"] == "1"  # the next answer is whole again
    assert sb.faults.pending == 0


def test_error_body_answers_200_with_an_error_without_processing(sb: Sandbox, raw: httpx.Client) -> None:
    list_uid = sb.create_list()
    sb.faults.error_body(1, error="Paused.")
    sb.faults.error_body(1, error="Teapot.", status=418)
    first = raw.delete(f"/lists/{list_uid}")
    assert first.status_code == 200
    assert first.json() == {"status": "error", "error": "Paused."}
    assert raw.delete(f"/lists/{list_uid}").status_code == 418
    assert sb.processed["deleteList"] == 0 and sb.counters["deleteList"] == 2
    assert raw.get(f"/lists/{list_uid}").status_code == 200  # still there
    sb.faults.error_body()
    assert raw.get("/countries").json()["error"] == "The request failed (injected by the sandbox)."
