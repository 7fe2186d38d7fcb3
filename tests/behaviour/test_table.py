"""docs/server-behaviour.md is well formed, covers every operation, and every row has a test."""

from __future__ import annotations

from collections import Counter

from tests._contract import operation_index
from tests.behaviour._table import EVIDENCE, ID, marks, rows


def test_rows_are_well_formed() -> None:
    table = rows()
    assert len(table) > 300
    bad = [row for row in table if not (ID.fullmatch(row.id) and row.case and row.answer and row.evidence)]
    assert not bad, bad[:5]
    duplicates = [row_id for row_id, n in Counter(row.id for row in table).items() if n > 1]
    assert not duplicates


def test_every_row_says_what_it_rests_on() -> None:
    unsourced = [row.id for row in rows() if not EVIDENCE.search(row.evidence)]
    assert not unsourced


def test_rows_name_real_operations_and_every_operation_has_a_success_row() -> None:
    known = set(operation_index())
    named = {row.operation for row in rows()}
    assert named - known - {"*"} == set(), "rows name operations openapi.json lacks"
    with_success = {row.operation for row in rows() if row.id.endswith(".ok")}
    assert known - with_success == set(), "operations without a success row"


def test_every_row_has_a_test() -> None:
    untested = [row.id for row in rows() if row.id not in marks()]
    assert not untested, f"{len(untested)} rows have no @pytest.mark.behaviour test: {untested[:20]}"


def test_behaviour_marks_name_rows_of_the_table() -> None:
    ids = {row.id for row in rows()}
    unknown = {row_id: where for row_id, where in marks().items() if row_id not in ids}
    assert not unknown, unknown
