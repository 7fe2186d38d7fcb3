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

    Operator ids come from `client.segments.condition_operators()`, field ids from
    `client.fields.list()`. `value` must not be blank (at most 255 characters).
    """

    field_id: int | str
    operator_id: int | str
    value: str


@attrs.frozen
class CampaignCondition:
    """Matches subscribers by what they did with campaign `campaign_id` (None: any campaign of
    the list): opened it, did not open it, clicked in it or did not click in it, within a time
    window of `time_value` (0..10000) `time_unit`s compared by `time_comparison_operator`.
    """

    action: Literal["open", "not_open", "click", "not_click"]
    campaign_id: int | str | None
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
    """A row `bulk_create` did not add, with the server's reason.

    `outcome_unknown` is True when the request may still have created the subscriber: its answer
    was lost, was a 2xx that could not be read, or was a 5xx other than Pakat's offline 503 (see
    `OutcomeUnknownError`). Look the address up before sending it again.
    `already_exists` is True when the server refused the row because the address is already on
    the list (HTTP 409): nothing to fix, so `BulkResult` counts it in `existing`, not in `failed`.
    """

    index: int
    email: str
    reason: str
    status_code: int | None = None
    outcome_unknown: bool = False
    already_exists: bool = False


@attrs.frozen
class BulkResult:
    """What `bulk_create` did: the subscribers created (uid by row index), the rows whose address
    was already on the list (address by row index), and the rows that failed.

    `ok` is True when no row failed: rows already on the list are not failures, so sending the
    same rows again is `ok` too.
    """

    created: dict[int, str]
    failed: tuple[RowFailure, ...]
    existing: dict[int, str] = attrs.field(factory=dict)

    @property
    def ok(self) -> bool:
        return not self.failed
