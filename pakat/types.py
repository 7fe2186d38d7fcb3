"""The types of the values you pass to the client and get back from it, for your annotations.

The small values defined here fit where the generated models do not. Every model a method of
the clients returns (`MailingList`, `Subscriber`, ...) is importable from here too, with `Unset`
(the type of `UNSET`, which a field the server did not send holds), and `ConflictReason`
(`ConflictError.reason`): nothing outside pakat needs to import the generated client,
`pakat_client`. Those load on first use, like the names of `pakat` itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import attrs

from pakat import _loader
from pakat._encoding import Attachment

if TYPE_CHECKING:
    from pakat._exceptions import ConflictReason as ConflictReason
    from pakat_client.models import Bounce as Bounce
    from pakat_client.models import Campaign as Campaign
    from pakat_client.models import CampaignDetail as CampaignDetail
    from pakat_client.models import CampaignStats as CampaignStats
    from pakat_client.models import ConditionOperator as ConditionOperator
    from pakat_client.models import Country as Country
    from pakat_client.models import CustomerCreateResult as CustomerCreateResult
    from pakat_client.models import DeliveryLog as DeliveryLog
    from pakat_client.models import DeliveryServer as DeliveryServer
    from pakat_client.models import Field as Field
    from pakat_client.models import FieldType as FieldType
    from pakat_client.models import MailingList as MailingList
    from pakat_client.models import Segment as Segment
    from pakat_client.models import SegmentDetail as SegmentDetail
    from pakat_client.models import SendingDomain as SendingDomain
    from pakat_client.models import Subscriber as Subscriber
    from pakat_client.models import SubscriberByEmail as SubscriberByEmail
    from pakat_client.models import SubscriberWithList as SubscriberWithList
    from pakat_client.models import Template as Template
    from pakat_client.models import TrackUrl as TrackUrl
    from pakat_client.models import TransactionalEmail as TransactionalEmail
    from pakat_client.models import Unsubscribe as Unsubscribe
    from pakat_client.models import Zone as Zone
    from pakat_client.types import UNSET as UNSET
    from pakat_client.types import Unset as Unset

# The generated models the clients' public methods return, as imported for type checkers above:
# tests/test_public_names.py finds them from the methods' annotations and holds both lists to them.
_MODELS = (
    "Bounce",
    "Campaign",
    "CampaignDetail",
    "CampaignStats",
    "ConditionOperator",
    "Country",
    "CustomerCreateResult",
    "DeliveryLog",
    "DeliveryServer",
    "Field",
    "FieldType",
    "MailingList",
    "Segment",
    "SegmentDetail",
    "SendingDomain",
    "Subscriber",
    "SubscriberByEmail",
    "SubscriberWithList",
    "Template",
    "TrackUrl",
    "TransactionalEmail",
    "Unsubscribe",
    "Zone",
)
_MODULE_OF: dict[str, str] = {
    **dict.fromkeys(_MODELS, "pakat_client.models"),
    "ConflictReason": "pakat._exceptions",
    "UNSET": "pakat_client.types",
    "Unset": "pakat_client.types",
}

__all__ = [
    "Attachment",
    "BulkResult",
    "CampaignCondition",
    "ConcurrencyStats",
    "FieldOption",
    "Quota",
    "RowFailure",
    "SegmentCondition",
    *_MODULE_OF,
]


__getattr__ = _loader(globals(), _MODULE_OF)


def __dir__() -> list[str]:
    return sorted(__all__)


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


# What a campaign condition may say (the facade and the sandbox read their choices from these).
CampaignAction = Literal["open", "not_open", "click", "not_click"]
TimeComparison = Literal["lte", "lt", "gte", "gt", "eq"]
TimeUnit = Literal["day", "month", "year"]


@attrs.frozen
class CampaignCondition:
    """Matches subscribers by what they did with campaign `campaign_id` (None: any campaign of
    the list): opened it, did not open it, clicked in it or did not click in it, within a time
    window of `time_value` (0..10000) `time_unit`s compared by `time_comparison_operator`.
    """

    action: CampaignAction
    campaign_id: int | str | None
    time_comparison_operator: TimeComparison
    time_value: int
    time_unit: TimeUnit


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

    `concurrency` is how many requests the call had in flight at most when it ended: the adaptive
    limiter's choice, or the fixed `concurrency` given. `requests` counts the HTTP requests sent,
    repeats included, and `rate_limited` those answered 429 (which pakat repeats).
    """

    created: dict[int, str]
    failed: tuple[RowFailure, ...]
    existing: dict[int, str] = attrs.field(factory=dict)
    concurrency: int = 1
    requests: int = 0
    rate_limited: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed


@attrs.frozen
class ConcurrencyStats:
    """How a client's bulk work has gone so far (`client.concurrency_stats()`).

    `concurrency` is how many requests the latest `bulk_create`, import or prefetching iteration
    allowed in flight (None before the first); `requests_per_second` the rate the adaptive
    limiter paces new requests at since the server throttled (None: not paced); `requests` and
    `rate_limited` count the requests they sent, repeats included, and the answers 429 among them.
    """

    concurrency: int | None
    requests_per_second: float | None
    requests: int
    rate_limited: int
