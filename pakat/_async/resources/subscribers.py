"""Subscribers of a mailing list."""

from __future__ import annotations

import builtins
import ipaddress
import warnings
from collections.abc import AsyncIterator, Callable, Collection, Mapping, Sequence
from typing import Any, Literal

from pakat import _parse, _server_messages
from pakat._async.resources._base import AsyncResource
from pakat._encoding import custom_fields, extra_fields, request_body, require_email, wire
from pakat._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    ConflictError,
    NotFoundError,
    OutcomeUnknownError,
)
from pakat._validate import choice, require_changes, require_uid
from pakat.pagination import Page, check_paging
from pakat.types import BulkResult, RowFailure
from pakat_client.api.subscribers import (
    create_subscriber,
    create_subscribers_bulk,
    delete_subscriber,
    find_subscriber_by_email,
    find_subscriber_by_email_in_all_lists,
    get_subscriber,
    list_subscribers,
    search_subscribers_by_custom_fields,
    unsubscribe_by_email_from_all_lists,
    unsubscribe_subscriber,
    update_subscriber,
)
from pakat_client.models import (
    SearchSubscribersByCustomFieldsCustomFields,
    Subscriber,
    SubscriberByEmail,
    SubscriberCreateRequest,
    SubscribersBulkRequest,
    SubscriberUpdateRequest,
    SubscriberWithList,
    UnsubscribeByEmailRequest,
)
from pakat_client.models.subscriber_create_status import (
    SUBSCRIBER_CREATE_STATUS_VALUES,
    SubscriberCreateStatus,
)
from pakat_client.models.subscriber_source import SUBSCRIBER_SOURCE_VALUES, SubscriberSource
from pakat_client.models.subscriber_status import SUBSCRIBER_STATUS_VALUES, SubscriberStatus
from pakat_client.models.subscriber_update_status import (
    SUBSCRIBER_UPDATE_STATUS_VALUES,
    SubscriberUpdateStatus,
)
from pakat_client.types import UNSET, Unset

# Rows the bulk route reads from one request; the server drops the rest without a word.
BATCH_MAX_ROWS = 10_000


def _ip_address(value: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"ip_address must be a str, not {type(value).__name__}")
    try:
        ipaddress.ip_address(value)
    except ValueError:
        raise ValueError(
            f"ip_address must be an IPv4 or IPv6 address, such as '203.0.113.7'; got {value!r}"
        ) from None
    return value


def _tags(fields: Mapping[str, object] | None) -> dict[str, str]:
    tags = custom_fields(fields)
    if "EMAIL" in tags:
        # EMAIL is the address argument; a second spelling in fields would let the two disagree.
        raise ValueError("pass the address as email=..., not as fields['EMAIL']")
    return tags


def _subscriber_fields(
    *,
    email: str | None,
    fields: Mapping[str, object] | None,
    status: str | None,
    source: str | None,
    ip_address: str | None,
    extra: Mapping[str, str] | None,
    statuses: Collection[str],
) -> dict[str, object]:
    """The wire fields of a subscriber write (`email` already checked). `statuses` are those the
    call can set: the server ignores any other `details[status]` without a word, so it is refused
    here instead."""
    details: dict[str, object | None] = {
        "EMAIL": email,
        **_tags(fields),
        "details[status]": None if status is None else choice(status, statuses, "status"),
        "details[source]": None if source is None else choice(source, SUBSCRIBER_SOURCE_VALUES, "source"),
        "details[ip_address]": None if ip_address is None else _ip_address(ip_address),
    }
    return wire(details, extra_fields(extra))


def _bulk_row(row: object) -> tuple[str, dict[str, str]]:
    """A row's address and its other custom fields, or the reason it cannot be sent."""
    if not isinstance(row, Mapping):
        raise TypeError(f"a row must be a mapping of field tags to values, not {type(row).__name__}")
    tags = custom_fields(row)
    email = tags.pop("EMAIL", None)
    if email is None:
        raise ValueError("the row has no EMAIL")
    return require_email(email, "EMAIL"), tags


def _row_email(row: object) -> str:
    value = row.get("EMAIL") if isinstance(row, Mapping) else None
    return "" if value is None else str(value)


class _WithEmail:
    """Reads subscribers and fills `email` from the EMAIL tag where the server sent only the tag
    (collections and getSubscriber), so `subscriber.email` holds the address on every record."""

    @staticmethod
    def from_dict(src_dict: Mapping[str, Any]) -> Subscriber:
        subscriber = Subscriber.from_dict(src_dict)
        address = subscriber.additional_properties.get("EMAIL")
        if isinstance(subscriber.email, Unset) and isinstance(address, str):
            subscriber.email = address
        return subscriber


def _search_value(tag: str, value: str) -> str:
    """A value the server can search by: not empty, not "0" (both read as no search at all), and
    not starting with "<" (its input filter destroys such values)."""
    if value in ("", "0"):
        raise ValueError(
            f"fields[{tag!r}] must not be {value!r}: the server reads it as no search and finds nothing"
        )
    if value.lstrip().startswith("<"):
        raise ValueError(
            f"fields[{tag!r}] must not start with '<': the server's input filter removes such values"
        )
    return value


def _batch_failure(index: int, email: str, errors: Mapping[str, Any]) -> RowFailure:
    reason = "; ".join(str(message) for message in errors.values()) or "the server refused the row"
    exists = errors.get("EMAIL") == _server_messages.SUBSCRIBER_EXISTS
    return RowFailure(index=index, email=email, reason=reason, already_exists=exists)


def _batch_result(
    body: dict[str, Any], sent: builtins.list[tuple[int, str]], failed: builtins.list[RowFailure]
) -> BulkResult:
    """Read the bulk route's answer: its records follow the rows sent, in order."""
    data = body.get("data")
    records = data.get("records") if isinstance(data, Mapping) else None
    if not isinstance(records, builtins.list):
        raise APIResponseValidationError("Expected data.records in the answer", status_code=201, body=body)
    created: dict[int, str] = {}
    existing: dict[int, str] = {}
    for (index, email), item in zip(sent, records, strict=False):
        item = item if isinstance(item, Mapping) else {}
        errors = item.get("errors")
        row = item.get("data")
        uid = row.get("subscriber_uid") if isinstance(row, Mapping) else None
        if isinstance(errors, Mapping) and errors:
            failure = _batch_failure(index, email, errors)
            if failure.already_exists:
                existing[index] = email
            else:
                failed.append(failure)
        elif isinstance(uid, str) and uid:
            created[index] = uid
        else:
            reason = "the server answered for the row without a subscriber_uid or errors"
            failed.append(RowFailure(index=index, email=email, reason=reason, outcome_unknown=True))
    for index, email in sent[len(records) :]:
        reason = f"the server answered for {len(records)} of {len(sent)} rows; this row has no answer"
        failed.append(RowFailure(index=index, email=email, reason=reason, outcome_unknown=True))
    return BulkResult(
        created=dict(sorted(created.items())),
        failed=tuple(sorted(failed, key=lambda f: f.index)),
        existing=dict(sorted(existing.items())),
    )


class AsyncSubscribers(AsyncResource):
    """The subscribers of the account's mailing lists: `client.subscribers`.

    Custom fields are passed by tag, such as `{"FNAME": "علی", "CITY": "تهران"}`, and sent as
    top-level wire fields. Subscriber statuses are unconfirmed, confirmed, blacklisted,
    unsubscribed, unapproved, disabled and moved.
    """

    async def list(
        self, list_uid: str, status: SubscriberStatus | None = None, *, page: int = 1, per_page: int = 10
    ) -> Page[Subscriber]:
        """One page of a list's subscribers, newest first, only those with `status` if given.

        Each subscriber carries its custom fields by tag (`subscriber["FNAME"]`), the address
        under the tag EMAIL; `subscriber.email` is filled from it.
        """
        if status is not None:
            choice(status, SUBSCRIBER_STATUS_VALUES, "status")
        return await self._page(
            list_subscribers._get_kwargs,
            _WithEmail,
            page,
            per_page,
            require_uid(list_uid, "list_uid"),
            status=UNSET if status is None else status,
        )

    def iter(
        self, list_uid: str, status: SubscriberStatus | None = None, *, per_page: int = 50, prefetch: int = 0
    ) -> AsyncIterator[Subscriber]:
        """Every subscriber of a list (with `status` if given), newest first, fetched page by page
        as you iterate."""
        require_uid(list_uid, "list_uid")
        if status is not None:
            choice(status, SUBSCRIBER_STATUS_VALUES, "status")
        return self._every(self.list, list_uid, status, per_page=per_page, prefetch=prefetch)

    async def get(self, list_uid: str, subscriber_uid: str) -> Subscriber:
        """One subscriber of a list: its status, source, IP address and custom fields by tag (the
        address under EMAIL, and in `email`; the server sends no `date_added` here). Raises
        `NotFoundError` if there is none with this uid."""
        return await self._client._request(
            get_subscriber._get_kwargs(
                require_uid(list_uid, "list_uid"), require_uid(subscriber_uid, "subscriber_uid")
            ),
            _parse.record(_WithEmail),
        )

    async def create(
        self,
        list_uid: str,
        email: str,
        *,
        fields: Mapping[str, object] | None = None,
        status: SubscriberCreateStatus | None = None,
        source: SubscriberSource | None = None,
        ip_address: str | None = None,
        extra: Mapping[str, str] | None = None,
    ) -> Subscriber:
        """Add a subscriber to a list and return what the server answers about it.

        Sends `EMAIL`, the custom `fields` by tag, and `details[status]` (confirmed,
        unconfirmed, unsubscribed, unapproved or blacklisted), `details[source]` (web, api or
        import) and `details[ip_address]` when given. Without `status` the subscriber is
        `confirmed` on a single opt-in list and `unconfirmed` (a confirmation email goes out) on
        a double opt-in one, the server's default for new lists. Fields not given take their
        default value.

        The answer holds `subscriber_uid`, `email`, `ip_address`, `source` and `date_added` only
        (no status, no custom fields). `date_added` is a `Y-m-d H:i:s` string, or, from servers
        that send the database expression for a new subscriber (MailWizz 2.1.13), a `DbExpression`
        (`expression == "NOW()"`); use `get` for the stored values.

        An address that is on the list but unsubscribed is subscribed again (same
        `subscriber_uid`, its values replaced). Raises `ConflictError` when the address is
        already on the list (`reason == "exists"`), blacklisted, or the subscriber limit is
        reached, and `ValidationError` when the server refuses a value (a required field left
        out).
        """
        wire_fields = _subscriber_fields(
            email=require_email(email, "email"),
            fields=fields,
            status=status,
            source=source,
            ip_address=ip_address,
            extra=extra,
            statuses=SUBSCRIBER_CREATE_STATUS_VALUES,
        )
        return await self._create(require_uid(list_uid, "list_uid"), wire_fields, extra)

    async def _create(
        self, list_uid: str, wire_fields: dict[str, object], extra: Mapping[str, str] | None
    ) -> Subscriber:
        """`create` with a checked list uid and wire fields (`extra` among them)."""
        return await self._client._request(
            create_subscriber._get_kwargs(
                list_uid, body=request_body(SubscriberCreateRequest, wire_fields, extra)
            ),
            _parse.created(Subscriber),
        )

    async def update(
        self,
        list_uid: str,
        subscriber_uid: str,
        *,
        email: str | None = None,
        fields: Mapping[str, object] | None = None,
        status: SubscriberUpdateStatus | None = None,
        source: SubscriberSource | None = None,
        ip_address: str | None = None,
        extra: Mapping[str, str] | None = None,
    ) -> Subscriber | None:
        """Change the given fields of a subscriber; the rest stay as they are.

        **The server requires every required custom field of the list on every update**, even
        unchanged ones: pass them all in `fields` (EMAIL excepted), or the server answers
        `ValidationError` naming the missing tags. This method cannot know the list's fields
        without another call, so it does not check. `status` may be confirmed, unconfirmed,
        unsubscribed or blacklisted.

        Returns what the server sent back (`subscriber_uid`, `email`, `ip_address`, `source`,
        `date_added`), or None when its answer does not include it. Raises `ValueError` when there
        is nothing to change, `NotFoundError` when the list has no such subscriber (the server
        answers 409 here, with words that say so), and `ConflictError` when the new address
        belongs to another subscriber of the list or the address is blacklisted.
        """
        wire_fields = _subscriber_fields(
            email=None if email is None else require_email(email, "email"),
            fields=fields,
            status=status,
            source=source,
            ip_address=ip_address,
            extra=extra,
            statuses=SUBSCRIBER_UPDATE_STATUS_VALUES,
        )
        require_changes(wire_fields, "subscriber")
        return await self._update(
            require_uid(list_uid, "list_uid"),
            require_uid(subscriber_uid, "subscriber_uid"),
            wire_fields,
            extra,
        )

    async def _update(
        self,
        list_uid: str,
        subscriber_uid: str,
        wire_fields: dict[str, object],
        extra: Mapping[str, str] | None,
    ) -> Subscriber | None:
        """`update` with checked ids and wire fields (`extra` among them)."""
        return await self._client._request(
            update_subscriber._get_kwargs(
                list_uid, subscriber_uid, body=request_body(SubscriberUpdateRequest, wire_fields, extra)
            ),
            _parse.written(Subscriber),
        )

    async def delete(self, list_uid: str, subscriber_uid: str) -> None:
        """Delete a subscriber from a list."""
        await self._client._request(
            delete_subscriber._get_kwargs(
                require_uid(list_uid, "list_uid"), require_uid(subscriber_uid, "subscriber_uid")
            ),
            _parse.done,
        )

    async def unsubscribe(self, list_uid: str, subscriber_uid: str) -> None:
        """Mark a confirmed subscriber of a list as unsubscribed (the subscriber is kept).

        A subscriber in any other status (unconfirmed, already unsubscribed, blacklisted, ...) is
        left as it is; the server answers success all the same.
        """
        await self._client._request(
            unsubscribe_subscriber._get_kwargs(
                require_uid(list_uid, "list_uid"), require_uid(subscriber_uid, "subscriber_uid")
            ),
            _parse.done,
        )

    async def find_by_email(self, list_uid: str, email: str) -> SubscriberByEmail | None:
        """The subscriber of a list with this address, or None when the server answers 404.

        A list that does not exist also answers 404, so it too gives None.
        """
        return await self._find_by_email(require_uid(list_uid, "list_uid"), require_email(email, "email"))

    async def _find_by_email(self, list_uid: str, email: str) -> SubscriberByEmail | None:
        """`find_by_email` with a checked list uid and address."""
        kwargs = find_subscriber_by_email._get_kwargs(list_uid, email=email)
        try:
            return await self._client._request(kwargs, _parse.data(SubscriberByEmail))
        except NotFoundError:
            return None

    async def find_by_email_in_all_lists(self, email: str) -> builtins.list[SubscriberWithList]:
        """Every subscriber with this address in the account's lists, each with its list, in one
        call (the server does not page this search; it returns at most 100). An empty list when
        no list has the address."""
        return await self._in_all_lists(require_email(email, "email"))

    async def _in_all_lists(self, email: str) -> builtins.list[SubscriberWithList]:
        """`find_by_email_in_all_lists` with a checked address."""
        kwargs = find_subscriber_by_email_in_all_lists._get_kwargs(email=email)
        return await self._client._request(kwargs, _parse.records(SubscriberWithList))

    def iter_find_by_email_in_all_lists(
        self, email: str, *, per_page: int = 50, prefetch: int = 0
    ) -> AsyncIterator[SubscriberWithList]:
        """Deprecated: the server does not page this search; use `find_by_email_in_all_lists`,
        which returns every record in one call. `per_page` and `prefetch` are ignored."""
        warnings.warn(
            "iter_find_by_email_in_all_lists is deprecated: the server does not page this search; "
            "find_by_email_in_all_lists returns every record in one call",
            DeprecationWarning,
            stacklevel=2,
        )
        return self._each_in_all_lists(require_email(email, "email"))

    async def _each_in_all_lists(self, email: str) -> AsyncIterator[SubscriberWithList]:
        records = await self._in_all_lists(email)
        # By position: `yield from`, which the sync copy would want, cannot be written here.
        for position in range(len(records)):
            yield records[position]

    async def search_by_custom_fields(
        self, list_uid: str, fields: Mapping[str, object], *, page: int = 1, per_page: int = 10
    ) -> Page[Subscriber]:
        """One page of a list's subscribers whose custom field equals a value, newest first.

        `fields` names exactly **one** field tag and its value, such as `{"CITY": "تهران"}`: the
        server finds nothing at all when given two or more, so that is refused here
        (`ValueError`), as are an empty value, "0" (the server reads them as no search) and a
        value starting with "<" (the server's input filter destroys it). Matching is exact,
        without regard to case; a value starting with ">", ">=", "=" or "<>" is read by the
        server as that comparison (of text), such as `{"AGE": ">30"}`.
        """
        check_paging(page, per_page)
        tags = custom_fields(fields)
        if len(tags) != 1:
            raise ValueError(
                "fields must name exactly one custom field to search by, such as {'FNAME': 'Ali'}; "
                f"got {len(tags)} (the server finds nothing when given several)"
            )
        tags = {tag: _search_value(tag, value) for tag, value in tags.items()}
        kwargs = search_subscribers_by_custom_fields._get_kwargs(
            require_uid(list_uid, "list_uid"),
            custom_fields=SearchSubscribersByCustomFieldsCustomFields.from_dict(tags),
            page=page,
            per_page=per_page,
        )
        return await self._client._request(kwargs, _parse.page(_WithEmail, page, per_page))

    async def unsubscribe_from_all_lists(self, email: str, *, extra: Mapping[str, str] | None = None) -> None:
        """Unsubscribe an address from every list of the account."""
        wire_fields = wire({"EMAIL": require_email(email, "email")}, extra_fields(extra))
        await self._client._request(
            unsubscribe_by_email_from_all_lists._get_kwargs(
                body=request_body(UnsubscribeByEmailRequest, wire_fields, extra)
            ),
            _parse.done,
        )

    async def upsert(
        self,
        list_uid: str,
        email: str,
        *,
        fields: Mapping[str, object] | None = None,
        status: SubscriberUpdateStatus | None = None,
        extra: Mapping[str, str] | None = None,
    ) -> Subscriber:
        """Update the list's subscriber with this address, or create one when there is none.

        As for `update`, the server requires every required custom field of the list in `fields`
        whenever the subscriber exists, even unchanged ones.

        Looks the address up first (one GET), then sends an update (PUT) or a create (POST), and
        returns the subscriber; it is read again with `get` when the server's answer to the update
        does not include it, or when there is nothing to change. An unsubscribed subscriber is
        updated, not subscribed again (pass `status="confirmed"` to do that). When the address
        appears between the lookup and the create (another upsert of it at the same moment), the
        server's 409 says so and the subscriber it found is updated instead.
        """
        # Everything is checked once, before the lookup, so bad input sends nothing at all. The
        # statuses an update can set are among those a create can.
        list_uid, email = require_uid(list_uid, "list_uid"), require_email(email, "email")
        changes = _subscriber_fields(
            email=None,
            fields=fields,
            status=status,
            source=None,
            ip_address=None,
            extra=extra,
            statuses=SUBSCRIBER_UPDATE_STATUS_VALUES,
        )
        found = await self._find_by_email(list_uid, email)
        if found is None:
            try:
                return await self._create(list_uid, {"EMAIL": email, **changes}, extra)
            except ConflictError as exc:
                if exc.reason != "exists":
                    raise
                found = await self._find_by_email(list_uid, email)
                if found is None:
                    raise
        subscriber_uid = found.subscriber_uid
        if not isinstance(subscriber_uid, str) or not subscriber_uid:
            raise APIResponseValidationError(
                "The search by email found a subscriber without a subscriber_uid",
                status_code=200,
                body=found.to_dict(),
            )
        subscriber_uid = require_uid(subscriber_uid, "subscriber_uid")  # it goes in a URL path
        updated = await self._update(list_uid, subscriber_uid, changes, extra) if changes else None
        if updated is not None:
            return updated
        # Nothing to change, or an answer without the subscriber: read it (the ids are checked).
        return await self._client._request(
            get_subscriber._get_kwargs(list_uid, subscriber_uid), _parse.record(_WithEmail)
        )

    async def create_batch(self, list_uid: str, rows: Sequence[Mapping[str, object]]) -> BulkResult:
        """Add up to 10,000 subscribers to a list in one request, with the server's bulk route.

        Each row maps field tags to values and must hold `EMAIL`, as for `bulk_create`. The rows
        go out in one `POST /lists/{list_uid}/subscribers/bulk`: the route is MailWizz's (since
        1.8.1) and not in Pakat's own documents, so a server that does not serve it raises
        `NotFoundError`. Each row is added as `create` would (the list's opt-in decides the
        status; an unsubscribed address is subscribed again).

        Returns a `BulkResult`: `created` maps a row's index to its new `subscriber_uid`,
        `existing` holds rows whose address was already on the list (an earlier row of the same
        call counts), and `failed` the rest with the server's words (a required field, a
        blacklisted address, a subscriber limit). A row with a bad address or tag is not sent and
        is in `failed` too.

        Raises `ValueError` for no rows or more than 10,000 (the server would drop the rest
        without a word; split them), before anything is sent. The request is sent once, like any
        POST: if its answer is lost the rows may or may not have been added, and
        `OutcomeUnknownError` is raised (look them up with `find_by_email` before sending them
        again). A refusal of the whole request raises as usual: `NotFoundError` (no such list),
        `ConflictError` (the account or the list is already full), `ValidationError`. Should the
        server answer for fewer rows than were sent, the rest are in `failed` with
        `outcome_unknown` set. A large batch takes the server a while: give the client a long
        enough `timeout` (`client.with_options(timeout=...)`).
        """
        list_uid = require_uid(list_uid, "list_uid")
        if isinstance(rows, str | bytes) or not isinstance(rows, Sequence):
            raise TypeError("rows must be a sequence of mappings, such as [{'EMAIL': 'ali@example.com'}]")
        if not rows:
            raise ValueError("rows must hold at least one row")
        if len(rows) > BATCH_MAX_ROWS:
            raise ValueError(
                f"rows holds {len(rows)} rows; the server reads at most {BATCH_MAX_ROWS} per request "
                "and drops the rest without a word: split them into batches"
            )
        failed: builtins.list[RowFailure] = []
        sent: builtins.list[tuple[int, str]] = []
        wire_fields: dict[str, str] = {}
        for index, row in enumerate(rows):
            try:
                email, tags = _bulk_row(row)
            except (TypeError, ValueError) as exc:
                failed.append(RowFailure(index=index, email=_row_email(row), reason=str(exc)))
                continue
            position = len(sent)
            sent.append((index, email))
            wire_fields[f"subscribers[{position}][EMAIL]"] = email
            for tag, value in tags.items():
                wire_fields[f"subscribers[{position}][{tag}]"] = value
        if not sent:
            return BulkResult(created={}, failed=tuple(failed), existing={})
        kwargs = create_subscribers_bulk._get_kwargs(
            list_uid, body=SubscribersBulkRequest.from_dict(wire_fields)
        )
        return await self._client._request(kwargs, lambda body: _batch_result(body, sent, failed))

    async def bulk_create(
        self,
        list_uid: str,
        rows: Sequence[Mapping[str, object]],
        *,
        concurrency: int | Literal["auto"] = "auto",
        max_concurrency: int = 64,
        on_start: Callable[[int, str], None] | None = None,
        on_result: Callable[[int, str | None, RowFailure | None], None] | None = None,
    ) -> BulkResult:
        """Add many subscribers to a list, one request per row, many at a time.

        How many at a time is the adaptive limiter's choice by default (`concurrency="auto"`,
        never more than `max_concurrency`): it starts with one request in flight and adds more
        while the answers come as fast, backs off when they slow down or fail, and when the
        server answers 429 it paces new requests below the rate the server allows, honouring a
        `Retry-After` of more than a second (and `X-RateLimit-Remaining: 0` with
        `X-RateLimit-Reset`) by starting nothing new until then. What it learns about the
        server's rate is kept by the client for its next bulk calls. `concurrency=N` keeps N
        requests in flight instead. Either way a row is sent once: the limiter decides only when
        a request starts, never what is sent again.

        Each row maps field tags to values and must hold `EMAIL`, such as
        `{"EMAIL": "ali@example.com", "FNAME": "علی"}`. A row with a bad address or tag is not
        sent; a row the server refuses, or whose request fails, is not sent again. Both are in
        `failed` with the reason (the server's message); the others are in `created` as row index
        to subscriber uid. Raises only for a bad `list_uid`, `rows`, `concurrency` or callback,
        or for an exception raised by a callback.

        `on_start(index, email)` is called right before a row's request is sent, and only for
        rows that are sent. `on_result(index, uid, failure)` is called once for every row as soon
        as its outcome is known, with exactly one of `uid` (created) and `failure` (a
        `RowFailure`) set; for rows refused without sending it is called before any request.
        A row whose address is already on the list is not created and is not a failure either:
        its `RowFailure` has `already_exists` set, and the result lists it in `existing`.
        The sync client calls both on its worker threads (in the calling thread when at most
        one request may be in flight), so they must be thread-safe; the asyncio client calls them in the
        event loop, so they must not block. Together they allow a durable record: write
        "sending" in `on_start` and the outcome in `on_result`; a row with the first but not the
        second has an unknown outcome (look it up with `find_by_email` before sending it again).

        When a callback raises, no further row is started, the requests in flight finish (their
        `on_result` is still called), and the first exception is raised instead of a result.

        The result's `concurrency`, `requests` and `rate_limited` tell how many requests were in
        flight at the end, how many were sent and how many the server answered 429.
        """
        list_uid = require_uid(list_uid, "list_uid")
        if isinstance(rows, str | bytes) or not isinstance(rows, Sequence):
            raise TypeError("rows must be a sequence of mappings, such as [{'EMAIL': 'ali@example.com'}]")
        # Checked before any callback runs, so a bad value leaves no trace in the caller's records.
        run = self._client._run(concurrency, max_concurrency)
        for name, callback in (("on_start", on_start), ("on_result", on_result)):
            if callback is not None and not callable(callback):
                raise TypeError(f"{name} must be a function or None, not {type(callback).__name__}")
        failed: builtins.list[RowFailure] = []
        valid: builtins.list[tuple[int, str, dict[str, str]]] = []
        for index, row in enumerate(rows):
            try:
                email, tags = _bulk_row(row)
            except (TypeError, ValueError) as exc:
                failure = RowFailure(index=index, email=_row_email(row), reason=str(exc))
                failed.append(failure)
                if on_result is not None:
                    on_result(index, None, failure)
            else:
                valid.append((index, email, tags))
        # The first exception a callback raised; once set, rows not yet started are skipped.
        stopped: builtins.list[Exception] = []

        async def create_one(item: tuple[int, str, dict[str, str]]) -> tuple[int, str | RowFailure | None]:
            index, email, tags = item
            if stopped:
                return index, None
            if on_start is not None:
                try:
                    on_start(index, email)
                except Exception as exc:
                    stopped.append(exc)
                    return index, None
            outcome = await self._create_row(list_uid, index, email, tags)
            if on_result is not None:
                try:
                    if isinstance(outcome, RowFailure):
                        on_result(index, None, outcome)
                    else:
                        on_result(index, outcome, None)
                except Exception as exc:
                    stopped.append(exc)
            return index, outcome

        created: dict[int, str] = {}
        existing: dict[int, str] = {}
        for index, outcome in await run.map(create_one, valid, stop=lambda: bool(stopped)):
            if isinstance(outcome, RowFailure):
                if outcome.already_exists:
                    existing[index] = outcome.email
                else:
                    failed.append(outcome)
            elif outcome is not None:
                created[index] = outcome
        if stopped:
            raise stopped[0]
        return BulkResult(
            created=dict(sorted(created.items())),
            failed=tuple(sorted(failed, key=lambda f: f.index)),
            existing=dict(sorted(existing.items())),
            concurrency=run.concurrency,
            requests=run.requests,
            rate_limited=run.rate_limited,
        )

    async def _create_row(
        self, list_uid: str, index: int, email: str, tags: dict[str, str]
    ) -> str | RowFailure:
        """One row of `bulk_create`: the new subscriber's uid, or why it was not created."""
        try:
            subscriber = await self._create(list_uid, {"EMAIL": email, **tags}, None)
        except APIError as exc:
            # A success status with an error body is not how Pakat refuses: it may have acted. (A 5xx
            # that may follow a write comes as OutcomeUnknownError; a ServerError here is Pakat's
            # offline 503, which says nothing was done.)
            unknown = exc.status_code < 300
            return RowFailure(
                index=index,
                email=email,
                reason=exc.message,
                status_code=exc.status_code,
                outcome_unknown=unknown,
                already_exists=isinstance(exc, ConflictError) and exc.reason == "exists",
            )
        except OutcomeUnknownError as exc:
            return RowFailure(
                index=index, email=email, reason=str(exc), status_code=exc.status_code, outcome_unknown=True
            )
        except APIConnectionError as exc:
            return RowFailure(index=index, email=email, reason=str(exc))
        if not isinstance(subscriber.subscriber_uid, str) or not subscriber.subscriber_uid:
            # The server said it created the subscriber, without saying which: look before resending.
            reason = "the server answered without the new subscriber's subscriber_uid"
            return RowFailure(index=index, email=email, reason=reason, outcome_unknown=True)
        return subscriber.subscriber_uid
