"""Segments of a mailing list: saved rules that pick some of its subscribers."""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from typing import Any, TypeVar, get_args

from pakat import _parse
from pakat._async.resources._base import AsyncResource
from pakat._encoding import extra_fields, indexed, request_body, require_text, wire
from pakat._exceptions import APIResponseValidationError, ValidationError
from pakat._validate import choice, require_changes, require_uid
from pakat.pagination import Page
from pakat.types import CampaignAction, CampaignCondition, SegmentCondition, TimeComparison, TimeUnit
from pakat_client.api.segments import (
    create_segment,
    delete_segment,
    get_segment,
    list_segment_condition_operators,
    list_segments,
    update_segment,
)
from pakat_client.models import (
    ConditionOperator,
    Segment,
    SegmentCreateRequest,
    SegmentDetail,
    SegmentUpdateRequest,
)
from pakat_client.models.operator_match import OPERATOR_MATCH_VALUES, OperatorMatch

T = TypeVar("T")
CAMPAIGN_ACTIONS = frozenset(get_args(CampaignAction))
MAX_TIME_VALUE = 10_000
TIME_COMPARISON_OPERATORS = frozenset(get_args(TimeComparison))
TIME_UNITS = frozenset(get_args(TimeUnit))


def _items(value: object, name: str, kind: type[T]) -> list[T]:
    if isinstance(value, str | bytes) or not isinstance(value, Sequence):
        raise TypeError(f"{name} must be a list of pakat.types.{kind.__name__}")
    items = []
    for index, item in enumerate(value):
        if not isinstance(item, kind):
            raise TypeError(
                f"{name}[{index}] must be a pakat.types.{kind.__name__}, not {type(item).__name__}"
            )
        items.append(item)
    return items


def _conditions(conditions: Sequence[SegmentCondition] | None) -> dict[str, str]:
    """Field conditions as `conditions[N][field_id|operator_id|value]`, numbered here from 0."""
    if conditions is None:
        return {}
    rows = []
    for index, condition in enumerate(_items(conditions, "conditions", SegmentCondition)):
        if not isinstance(condition.value, str):
            raise TypeError(f"conditions[{index}].value must be a str, not {type(condition.value).__name__}")
        # The server refuses a blank value, and one of more than 255 characters.
        if not condition.value.strip():
            raise ValueError(f"conditions[{index}].value must not be blank")
        if len(condition.value) > 255:
            raise ValueError(f"conditions[{index}].value must be at most 255 characters")
        rows.append(
            {
                "field_id": require_uid(condition.field_id, f"conditions[{index}].field_id"),
                "operator_id": require_uid(condition.operator_id, f"conditions[{index}].operator_id"),
                "value": condition.value,
            }
        )
    return indexed("conditions", rows)


def _time_value(value: int, name: str) -> str:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{name} must be an int, not {type(value).__name__}")
    if not 0 <= value <= MAX_TIME_VALUE:
        raise ValueError(f"{name} must be between 0 and {MAX_TIME_VALUE}, got {value}")
    return str(value)


def _campaign_conditions(conditions: Sequence[CampaignCondition] | None) -> dict[str, str]:
    """Campaign conditions as `campaign_conditions[N][action|campaign_id|...]`, numbered here from 0."""
    if conditions is None:
        return {}
    rows = []
    for index, condition in enumerate(_items(conditions, "campaign_conditions", CampaignCondition)):
        name = f"campaign_conditions[{index}]"
        rows.append(
            {
                "action": choice(condition.action, CAMPAIGN_ACTIONS, f"{name}.action"),
                # None leaves it out: any campaign of the list.
                "campaign_id": None
                if condition.campaign_id is None
                else require_uid(condition.campaign_id, f"{name}.campaign_id"),
                "time_comparison_operator": choice(
                    condition.time_comparison_operator,
                    TIME_COMPARISON_OPERATORS,
                    f"{name}.time_comparison_operator",
                ),
                "time_value": _time_value(condition.time_value, f"{name}.time_value"),
                "time_unit": choice(condition.time_unit, TIME_UNITS, f"{name}.time_unit"),
            }
        )
    return indexed("campaign_conditions", rows)


def _segment_fields(
    *,
    name: str | None,
    operator_match: str | None,
    conditions: Sequence[SegmentCondition] | None,
    campaign_conditions: Sequence[CampaignCondition] | None,
    extra: Mapping[str, str] | None,
) -> dict[str, object]:
    fields: dict[str, object | None] = {
        "name": None if name is None else require_text(name, "name"),
        "operator_match": None
        if operator_match is None
        else choice(operator_match, OPERATOR_MATCH_VALUES, "operator_match"),
    }
    return wire(
        fields, _conditions(conditions), _campaign_conditions(campaign_conditions), extra_fields(extra)
    )


def _segment_uid(body: dict[str, Any]) -> str:
    """The uid of the segment written: beside `status` (Pakat's documents), else in the segment
    the server's code sends back under `data.record`."""
    uid = body.get("segment_uid")
    if uid in (None, ""):
        data = body.get("data")
        record = data.get("record") if isinstance(data, Mapping) else None
        uid = record.get("segment_uid") if isinstance(record, Mapping) else None
    if uid in (None, ""):
        raise APIResponseValidationError("The response has no segment_uid", status_code=200, body=body)
    return str(uid)


def _updated(body: dict[str, Any]) -> SegmentDetail | None:
    """The segment an update answered with under `data.record`; None for servers that answer
    with its uid only."""
    data = body.get("data")
    record = data.get("record") if isinstance(data, Mapping) else None
    return SegmentDetail.from_dict(record) if isinstance(record, Mapping) else None


def _current_rules(body: dict[str, Any]) -> tuple[dict[str, str], dict[str, str]]:
    """A segment's stored conditions and campaign conditions, as wire fields that send them
    back exactly as the server gave them."""
    data = body.get("data")
    record = data.get("record") if isinstance(data, Mapping) else None
    if not isinstance(record, Mapping):
        raise APIResponseValidationError("Expected an object at data.record", status_code=200, body=body)
    rules = []
    for key, names in (
        ("conditions", ("field_id", "operator_id", "value")),
        (
            "campaign_conditions",
            ("action", "campaign_id", "time_comparison_operator", "time_value", "time_unit"),
        ),
    ):
        rows = record.get(key) or []
        if not isinstance(rows, list) or not all(isinstance(row, Mapping) for row in rows):
            raise APIResponseValidationError(
                f"Expected a list at data.record.{key}", status_code=200, body=body
            )
        # An empty campaign_id (any campaign of the list) is left out, as it was created.
        rules.append(
            indexed(
                key,
                [{name: row.get(name) if row.get(name) != "" else None for name in names} for row in rows],
            )
        )
    return rules[0], rules[1]


class AsyncSegments(AsyncResource):
    """The segments of the account's mailing lists: `client.segments`.

    A segment's conditions are `pakat.types.SegmentCondition` (a custom field compared to a
    value; operator ids come from `condition_operators()`) and `pakat.types.CampaignCondition`
    (opened, did not open, clicked or did not click a campaign within a time window).
    `operator_match` "any" joins them with OR, "all" with AND.
    """

    async def list(self, list_uid: str, *, page: int = 1, per_page: int = 10) -> Page[Segment]:
        """One page of a list's segments."""
        return await self._page(
            list_segments._get_kwargs, Segment, page, per_page, require_uid(list_uid, "list_uid")
        )

    def iter(self, list_uid: str, *, per_page: int = 50, prefetch: int = 0) -> AsyncIterator[Segment]:
        """Every segment of a list, fetched page by page as you iterate."""
        require_uid(list_uid, "list_uid")
        return self._every(self.list, list_uid, per_page=per_page, prefetch=prefetch)

    async def get(self, list_uid: str, segment_uid: str) -> SegmentDetail:
        """One segment of a list with its conditions. Raises `NotFoundError` if there is none."""
        return await self._client._request(
            get_segment._get_kwargs(
                require_uid(list_uid, "list_uid"), require_uid(segment_uid, "segment_uid")
            ),
            _parse.record(SegmentDetail),
        )

    async def create(
        self,
        list_uid: str,
        *,
        name: str,
        operator_match: OperatorMatch = "any",
        conditions: Sequence[SegmentCondition] = (),
        campaign_conditions: Sequence[CampaignCondition] = (),
        extra: Mapping[str, str] | None = None,
    ) -> str:
        """Create a segment of a list and return its uid.

        `operator_match` is sent as given, "any" unless you pass "all" (the server's own default,
        when nothing is sent, is "all"). The conditions are numbered in the order given and sent
        as `conditions[N][...]` and `campaign_conditions[N][...]`. The server allows 3 of them in
        all unless the account's plan says otherwise, and refuses more with `ValidationError`; it
        drops a condition identical to an earlier one. A `field_id` or `operator_id` that no field
        or operator has is refused with a `ValidationError` that says so (the server gives no
        reason).
        """
        fields = _segment_fields(
            name=require_text(name, "name"),
            operator_match=operator_match,
            conditions=conditions,
            campaign_conditions=campaign_conditions,
            extra=extra,
        )
        kwargs = create_segment._get_kwargs(
            require_uid(list_uid, "list_uid"), body=request_body(SegmentCreateRequest, fields, extra)
        )
        return await self._write(kwargs, _segment_uid)

    async def update(
        self,
        list_uid: str,
        segment_uid: str,
        *,
        name: str | None = None,
        operator_match: OperatorMatch | None = None,
        conditions: Sequence[SegmentCondition] | None = None,
        campaign_conditions: Sequence[CampaignCondition] | None = None,
        extra: Mapping[str, str] | None = None,
    ) -> SegmentDetail | None:
        """Change the given settings of a segment and return it as the server sent it back (None
        when the server answers with its uid only).

        The server replaces all of a segment's conditions, and all of its campaign conditions,
        with those an update sends: rules not sent are deleted. So `conditions` and
        `campaign_conditions`, when given, become the segment's rules (an empty list removes them
        all), and when one of them is not given the segment is read first (one more request) and
        its current rules of that kind are sent again unchanged. A change another client makes to
        the rules between that read and this write is lost. `name` and `operator_match` not given
        keep their value. Raises `ValueError` when nothing is given.
        """
        fields = _segment_fields(
            name=name,
            operator_match=operator_match,
            conditions=conditions,
            campaign_conditions=campaign_conditions,
            extra=extra,
        )
        if conditions is None and campaign_conditions is None:
            require_changes(fields, "segment")
        list_uid = require_uid(list_uid, "list_uid")
        segment_uid = require_uid(segment_uid, "segment_uid")
        if conditions is None or campaign_conditions is None:
            current, current_campaign = await self._client._request(
                get_segment._get_kwargs(list_uid, segment_uid), _current_rules
            )
            kept = {
                **(current if conditions is None else {}),
                **(current_campaign if campaign_conditions is None else {}),
            }
            fields = wire(kept, fields)
        kwargs = update_segment._get_kwargs(
            list_uid, segment_uid, body=request_body(SegmentUpdateRequest, fields, extra)
        )
        return await self._write(kwargs, _updated)

    async def _write(self, kwargs: dict[str, Any], parse: Callable[[dict[str, Any]], T]) -> T:
        """Send a create or an update. The server refuses a condition that names a field or an
        operator that does not exist without a reason: that refusal is given one."""
        try:
            return await self._client._request(kwargs, parse)
        except ValidationError as exc:
            if exc.errors != []:
                raise
            raise ValidationError(
                "The server refused the conditions without a reason: a field_id or operator_id that no "
                "field or operator has (see fields.list() and segments.condition_operators())",
                status_code=exc.status_code,
                errors=exc.errors,
                body=exc.body,
            ) from None

    async def delete(self, list_uid: str, segment_uid: str) -> None:
        """Delete a segment, and with it every campaign that targets it (the server marks them
        all for deletion). The subscribers stay on the list. The segment leaves `list()` at once;
        `get()` still finds it until it is gone, and deleting it again removes it for good."""
        await self._client._request(
            delete_segment._get_kwargs(
                require_uid(list_uid, "list_uid"), require_uid(segment_uid, "segment_uid")
            ),
            _parse.done,
        )

    async def condition_operators(self) -> builtins.list[ConditionOperator]:
        """Every operator a `SegmentCondition` can use, by `operator_id`, in one answer."""
        return await self._client._request(
            list_segment_condition_operators._get_kwargs(), _parse.records(ConditionOperator)
        )
