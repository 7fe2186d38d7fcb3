from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subscribers_bulk_request import SubscribersBulkRequest
from ...models.subscribers_bulk_result import SubscribersBulkResult
from ...types import Response


def _get_kwargs(
    list_uid: str,
    *,
    body: SubscribersBulkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/lists/{list_uid}/subscribers/bulk".format(
            list_uid=quote(str(list_uid), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SubscribersBulkResult | None:
    if response.status_code == 201:
        response_201 = SubscribersBulkResult.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = ErrorResponse.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | SubscribersBulkResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    list_uid: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubscribersBulkRequest,
) -> Response[ErrorResponse | SubscribersBulkResult]:
    """Add many subscribers to a list in one call

     MailWizz's bulk route (since MailWizz 1.8.1); it is not in Pakat's published documents, so a server
    may answer 404 "Page not found." where it is not served. Takes up to 10,000 rows per request: rows
    past the first 10,000 are dropped silently, with no record. Each row is added as createSubscriber
    would (opt-in, details, default values; an unsubscribed address is subscribed again), without the
    per-address lock; a value sent empty takes the field's default. The account's and the list's
    subscriber limits are checked before the rows (409) and again for each row. Answers 201 with one
    record per row read, in order, even if every row failed; a row's own failure is in its `errors`:
    EMAIL "Please provide a valid email address.", "The subscriber already exists in this list." (an
    earlier row of the same request counts), "This email address is blacklisted.", a required tag's
    message, or `_common` with a limit or "Unable to save the subscriber!".

    Args:
        list_uid (str):
        body (SubscribersBulkRequest): Rows of new subscribers, each indexed by N:
            `subscribers[N][EMAIL]`, any custom field as `subscribers[N][TAG]`, and
            `subscribers[N][details][status|source|ip_address]` as on createSubscriber. At most 10,000
            rows are read; the rest are dropped silently.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscribersBulkResult]
    """

    kwargs = _get_kwargs(
        list_uid=list_uid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    list_uid: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubscribersBulkRequest,
) -> ErrorResponse | SubscribersBulkResult | None:
    """Add many subscribers to a list in one call

     MailWizz's bulk route (since MailWizz 1.8.1); it is not in Pakat's published documents, so a server
    may answer 404 "Page not found." where it is not served. Takes up to 10,000 rows per request: rows
    past the first 10,000 are dropped silently, with no record. Each row is added as createSubscriber
    would (opt-in, details, default values; an unsubscribed address is subscribed again), without the
    per-address lock; a value sent empty takes the field's default. The account's and the list's
    subscriber limits are checked before the rows (409) and again for each row. Answers 201 with one
    record per row read, in order, even if every row failed; a row's own failure is in its `errors`:
    EMAIL "Please provide a valid email address.", "The subscriber already exists in this list." (an
    earlier row of the same request counts), "This email address is blacklisted.", a required tag's
    message, or `_common` with a limit or "Unable to save the subscriber!".

    Args:
        list_uid (str):
        body (SubscribersBulkRequest): Rows of new subscribers, each indexed by N:
            `subscribers[N][EMAIL]`, any custom field as `subscribers[N][TAG]`, and
            `subscribers[N][details][status|source|ip_address]` as on createSubscriber. At most 10,000
            rows are read; the rest are dropped silently.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscribersBulkResult
    """

    return sync_detailed(
        list_uid=list_uid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    list_uid: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubscribersBulkRequest,
) -> Response[ErrorResponse | SubscribersBulkResult]:
    """Add many subscribers to a list in one call

     MailWizz's bulk route (since MailWizz 1.8.1); it is not in Pakat's published documents, so a server
    may answer 404 "Page not found." where it is not served. Takes up to 10,000 rows per request: rows
    past the first 10,000 are dropped silently, with no record. Each row is added as createSubscriber
    would (opt-in, details, default values; an unsubscribed address is subscribed again), without the
    per-address lock; a value sent empty takes the field's default. The account's and the list's
    subscriber limits are checked before the rows (409) and again for each row. Answers 201 with one
    record per row read, in order, even if every row failed; a row's own failure is in its `errors`:
    EMAIL "Please provide a valid email address.", "The subscriber already exists in this list." (an
    earlier row of the same request counts), "This email address is blacklisted.", a required tag's
    message, or `_common` with a limit or "Unable to save the subscriber!".

    Args:
        list_uid (str):
        body (SubscribersBulkRequest): Rows of new subscribers, each indexed by N:
            `subscribers[N][EMAIL]`, any custom field as `subscribers[N][TAG]`, and
            `subscribers[N][details][status|source|ip_address]` as on createSubscriber. At most 10,000
            rows are read; the rest are dropped silently.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscribersBulkResult]
    """

    kwargs = _get_kwargs(
        list_uid=list_uid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    list_uid: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubscribersBulkRequest,
) -> ErrorResponse | SubscribersBulkResult | None:
    """Add many subscribers to a list in one call

     MailWizz's bulk route (since MailWizz 1.8.1); it is not in Pakat's published documents, so a server
    may answer 404 "Page not found." where it is not served. Takes up to 10,000 rows per request: rows
    past the first 10,000 are dropped silently, with no record. Each row is added as createSubscriber
    would (opt-in, details, default values; an unsubscribed address is subscribed again), without the
    per-address lock; a value sent empty takes the field's default. The account's and the list's
    subscriber limits are checked before the rows (409) and again for each row. Answers 201 with one
    record per row read, in order, even if every row failed; a row's own failure is in its `errors`:
    EMAIL "Please provide a valid email address.", "The subscriber already exists in this list." (an
    earlier row of the same request counts), "This email address is blacklisted.", a required tag's
    message, or `_common` with a limit or "Unable to save the subscriber!".

    Args:
        list_uid (str):
        body (SubscribersBulkRequest): Rows of new subscribers, each indexed by N:
            `subscribers[N][EMAIL]`, any custom field as `subscribers[N][TAG]`, and
            `subscribers[N][details][status|source|ip_address]` as on createSubscriber. At most 10,000
            rows are read; the rest are dropped silently.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscribersBulkResult
    """

    return (
        await asyncio_detailed(
            list_uid=list_uid,
            client=client,
            body=body,
        )
    ).parsed
