from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subscriber_update_request import SubscriberUpdateRequest
from ...models.subscriber_write_result import SubscriberWriteResult
from ...types import Response


def _get_kwargs(
    list_uid: str,
    subscriber_uid: str,
    *,
    body: SubscriberUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/lists/{list_uid}/subscribers/{subscriber_uid}".format(
            list_uid=quote(str(list_uid), safe=""),
            subscriber_uid=quote(str(subscriber_uid), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SubscriberWriteResult | None:
    if response.status_code == 200:
        response_200 = SubscriberWriteResult.from_dict(response.json())

        return response_200

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
) -> Response[ErrorResponse | SubscriberWriteResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    list_uid: str,
    subscriber_uid: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubscriberUpdateRequest,
) -> Response[ErrorResponse | SubscriberWriteResult]:
    """Update a subscriber

     Changes a subscriber and answers 200 with subscriber_uid, email, ip_address, source and date_added.
    Only the tags sent are replaced, but **every required custom field other than EMAIL must be sent on
    every update**, even when unchanged (422 otherwise). An EMAIL left out or empty keeps the address. A
    subscriber the list does not have answers **409**, not 404. A blacklisted subscriber cannot be
    updated (409). Checked in this order: list (404), subscriber (409), EMAIL valid (422), fields (404),
    required fields (422), address taken by another subscriber (409), blacklisted (409).

    Args:
        list_uid (str):
        subscriber_uid (str):
        body (SubscriberUpdateRequest): Subscriber fields to change: only the tags sent are
            replaced. Every required custom field (other than EMAIL) must be sent on every update,
            even unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriberWriteResult]
    """

    kwargs = _get_kwargs(
        list_uid=list_uid,
        subscriber_uid=subscriber_uid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    list_uid: str,
    subscriber_uid: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubscriberUpdateRequest,
) -> ErrorResponse | SubscriberWriteResult | None:
    """Update a subscriber

     Changes a subscriber and answers 200 with subscriber_uid, email, ip_address, source and date_added.
    Only the tags sent are replaced, but **every required custom field other than EMAIL must be sent on
    every update**, even when unchanged (422 otherwise). An EMAIL left out or empty keeps the address. A
    subscriber the list does not have answers **409**, not 404. A blacklisted subscriber cannot be
    updated (409). Checked in this order: list (404), subscriber (409), EMAIL valid (422), fields (404),
    required fields (422), address taken by another subscriber (409), blacklisted (409).

    Args:
        list_uid (str):
        subscriber_uid (str):
        body (SubscriberUpdateRequest): Subscriber fields to change: only the tags sent are
            replaced. Every required custom field (other than EMAIL) must be sent on every update,
            even unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriberWriteResult
    """

    return sync_detailed(
        list_uid=list_uid,
        subscriber_uid=subscriber_uid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    list_uid: str,
    subscriber_uid: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubscriberUpdateRequest,
) -> Response[ErrorResponse | SubscriberWriteResult]:
    """Update a subscriber

     Changes a subscriber and answers 200 with subscriber_uid, email, ip_address, source and date_added.
    Only the tags sent are replaced, but **every required custom field other than EMAIL must be sent on
    every update**, even when unchanged (422 otherwise). An EMAIL left out or empty keeps the address. A
    subscriber the list does not have answers **409**, not 404. A blacklisted subscriber cannot be
    updated (409). Checked in this order: list (404), subscriber (409), EMAIL valid (422), fields (404),
    required fields (422), address taken by another subscriber (409), blacklisted (409).

    Args:
        list_uid (str):
        subscriber_uid (str):
        body (SubscriberUpdateRequest): Subscriber fields to change: only the tags sent are
            replaced. Every required custom field (other than EMAIL) must be sent on every update,
            even unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriberWriteResult]
    """

    kwargs = _get_kwargs(
        list_uid=list_uid,
        subscriber_uid=subscriber_uid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    list_uid: str,
    subscriber_uid: str,
    *,
    client: AuthenticatedClient | Client,
    body: SubscriberUpdateRequest,
) -> ErrorResponse | SubscriberWriteResult | None:
    """Update a subscriber

     Changes a subscriber and answers 200 with subscriber_uid, email, ip_address, source and date_added.
    Only the tags sent are replaced, but **every required custom field other than EMAIL must be sent on
    every update**, even when unchanged (422 otherwise). An EMAIL left out or empty keeps the address. A
    subscriber the list does not have answers **409**, not 404. A blacklisted subscriber cannot be
    updated (409). Checked in this order: list (404), subscriber (409), EMAIL valid (422), fields (404),
    required fields (422), address taken by another subscriber (409), blacklisted (409).

    Args:
        list_uid (str):
        subscriber_uid (str):
        body (SubscriberUpdateRequest): Subscriber fields to change: only the tags sent are
            replaced. Every required custom field (other than EMAIL) must be sent on every update,
            even unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriberWriteResult
    """

    return (
        await asyncio_detailed(
            list_uid=list_uid,
            subscriber_uid=subscriber_uid,
            client=client,
            body=body,
        )
    ).parsed
