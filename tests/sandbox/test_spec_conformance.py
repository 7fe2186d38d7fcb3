"""The check behind the autouse fixture that holds every sandbox answer to openapi.json."""

from __future__ import annotations

from pakat.testing._server import App
from tests._contract import answer_problems

EMPTY_PAGE = {
    "status": "success",
    "data": dict.fromkeys(("count", "total_pages", "current_page", "next_page", "prev_page"))
    | {"records": []},
}


def test_every_sandbox_answer_in_this_process_is_checked() -> None:
    assert App.process.__name__ == "checked"


def test_declared_answers_pass() -> None:
    assert answer_problems("listLists", 200, EMPTY_PAGE) == []
    conflict = {"status": "error", "error": "The subscriber already exists in this list."}
    assert answer_problems("createSubscriber", 409, conflict) == []
    assert answer_problems("getList", 503, {"status": "error", "error": "Service Unavailable."}) == []


def test_undeclared_statuses_and_wrong_shapes_are_caught() -> None:
    assert answer_problems("getList", 418, {"status": "error", "error": "x"}) == [
        "getList does not declare HTTP 418"
    ]
    assert answer_problems("listLists", 200, {"status": "success", "data": {"records": "x"}})
    assert answer_problems("createSubscriber", 409, {"status": "error"})
