"""Segments of a mailing list: saved rules that pick some of its subscribers."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from typing import TypeVar

from pakat import _parse
from pakat._async.resources._base import AsyncResource
from pakat._encoding import extra_fields, indexed, request_body, require_text, wire
from pakat._validate import choice, require_changes, require_uid
from pakat.pagination import Page, check_paging
from pakat.types import CampaignCondition, SegmentCondition
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
CAMPAIGN_ACTIONS = frozenset({"open", "click"})
TIME_COMPARISON_OPERATORS = frozenset({"lte", "lt", "gte", "gt", "eq"})
TIME_UNITS = frozenset({"day", "month", "year"})


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
    if value < 0:
        raise ValueError(f"{name} must be 0 or more, got {value}")
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
                "campaign_id": require_uid(condition.campaign_id, f"{name}.campaign_id"),
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


class AsyncSegments(AsyncResource):
    """The segments of the account's mailing lists: `client.segments`.

    A segment's conditions are `pakat.types.SegmentCondition` (a custom field compared to a
    value; operator ids come from `condition_operators()`) and `pakat.types.CampaignCondition`
    (opened or clicked a campaign within a time window). `operator_match` "any" joins them with
    OR, "all" with AND.
    """

    async def list(self, list_uid: str, *, page: int = 1, per_page: int = 10) -> Page[Segment]:
        """One page of a list's segments."""
        check_paging(page, per_page)
        return await self._client._request(
            list_segments._get_kwargs(require_uid(list_uid, "list_uid"), page=page, per_page=per_page),
            _parse.page(Segment, page, per_page),
        )

    def iter(self, list_uid: str, *, per_page: int = 50, prefetch: int = 0) -> AsyncIterator[Segment]:
        """Every segment of a list, fetched page by page as you iterate."""
        check_paging(1, per_page)
        require_uid(list_uid, "list_uid")
        return self._client._paginate(
            lambda number: self.list(list_uid, page=number, per_page=per_page), prefetch
        )

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

        The conditions are numbered in the order given and sent as `conditions[N][...]` and
        `campaign_conditions[N][...]`.
        """
        fields = _segment_fields(
            name=require_text(name, "name"),
            operator_match=operator_match,
            conditions=conditions,
            campaign_conditions=campaign_conditions,
            extra=extra,
        )
        return await self._client._request(
            create_segment._get_kwargs(
                require_uid(list_uid, "list_uid"), body=request_body(SegmentCreateRequest, fields, extra)
            ),
            _parse.uid("segment_uid"),
        )

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
    ) -> None:
        """Change the given settings of a segment; what is not given is not sent.

        Conditions given are sent numbered from 0, as the segment's conditions. An empty list
        sends nothing, so it does not clear them. Raises `ValueError` when there is nothing to
        change.
        """
        fields = _segment_fields(
            name=name,
            operator_match=operator_match,
            conditions=conditions,
            campaign_conditions=campaign_conditions,
            extra=extra,
        )
        require_changes(fields, "segment")
        await self._client._request(
            update_segment._get_kwargs(
                require_uid(list_uid, "list_uid"),
                require_uid(segment_uid, "segment_uid"),
                body=request_body(SegmentUpdateRequest, fields, extra),
            ),
            _parse.done,
        )

    async def delete(self, list_uid: str, segment_uid: str) -> None:
        """Delete a segment (its subscribers stay on the list)."""
        await self._client._request(
            delete_segment._get_kwargs(
                require_uid(list_uid, "list_uid"), require_uid(segment_uid, "segment_uid")
            ),
            _parse.done,
        )

    async def condition_operators(self, *, page: int = 1, per_page: int = 50) -> Page[ConditionOperator]:
        """One page of the operators a `SegmentCondition` can use, by `operator_id`."""
        check_paging(page, per_page)
        return await self._client._request(
            list_segment_condition_operators._get_kwargs(page=page, per_page=per_page),
            _parse.page(ConditionOperator, page, per_page),
        )
