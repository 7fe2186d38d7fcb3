"""Small values you pass to, or get back from, the client where the generated models do not fit."""

from __future__ import annotations

from typing import Literal

import attrs

from pakat._encoding import Attachment

__all__ = [
    "Attachment",
    "BulkResult",
    "CampaignCondition",
    "FieldOption",
    "Quota",
    "RowFailure",
    "SegmentCondition",
]


@attrs.frozen
class FieldOption:
    """One choice of a dropdown, radio or checkbox custom field: the label shown and the value stored."""

    name: str
    value: str


@attrs.frozen
class SegmentCondition:
    """Matches subscribers whose custom field `field_id` compares to `value` by `operator_id`.

    Operator ids come from `client.segments.condition_operators()`.
    """

    field_id: int | str
    operator_id: int | str
    value: str


@attrs.frozen
class CampaignCondition:
    """Matches subscribers who opened or clicked campaign `campaign_id` within a time window."""

    action: Literal["open", "click"]
    campaign_id: int | str
    time_comparison_operator: Literal["lte", "lt", "gte", "gt", "eq"]
    time_value: int
    time_unit: Literal["day", "month", "year"]


@attrs.frozen
class Quota:
    """The sending quota: `allowed` is None when the account has no limit; `percentage` is 0-100."""

    used: int
    allowed: int | None
    percentage: float


@attrs.frozen
class RowFailure:
    """A row `bulk_create` could not add, with the server's reason.

    `outcome_unknown` is True when the request may still have created the subscriber (its answer
    was lost, unreadable, or a 500/502/504): look the address up before sending it again.
    """

    index: int
    email: str
    reason: str
    status_code: int | None = None
    outcome_unknown: bool = False


@attrs.frozen
class BulkResult:
    """What `bulk_create` did: the subscribers created (uid by row index) and the rows that failed."""

    created: dict[int, str]
    failed: tuple[RowFailure, ...]

    @property
    def ok(self) -> bool:
        return not self.failed
