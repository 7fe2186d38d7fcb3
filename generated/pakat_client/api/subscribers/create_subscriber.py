from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subscriber_create_request import SubscriberCreateRequest
from ...models.subscriber_write_result import SubscriberWriteResult
from ...types import Response


def _get_kwargs(
    list_uid: str,
    *,
    body: SubscriberCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/lists/{list_uid}/subscribers".format(
            list_uid=quote(str(list_uid), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SubscriberWriteResult | None:
    if response.status_code == 201:
        response_201 = SubscriberWriteResult.from_dict(response.json())

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
) -> Response[ErrorResponse | SubscriberWriteResult]:
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
    body: SubscriberCreateRequest,
) -> Response[ErrorResponse | SubscriberWriteResult]:
    """Add a subscriber to a list

     Adds a subscriber and answers 201 with subscriber_uid, email, ip_address, source and date_added
    under data.record (MailWizz 2.1.13 sends a new subscriber's date_added as the object
    `{"expression":"NOW()","params":[]}`; later versions a date string). The status is confirmed on a
    single opt-in list and unconfirmed on a double opt-in one (the default; a confirmation email goes
    out), unless details[status] says otherwise. An address on the list but unsubscribed is subscribed
    again: the same subscriber, its values replaced. Checked in this order: EMAIL given (422), valid
    (422), the list (404), the lock (409), the account's and the list's subscriber limits (409), already
    on the list (409), blacklisted (409), required fields (422, an object tag to message). The 409 of
    the lock means nothing was done and the call may be repeated.

    Args:
        list_uid (str):
        body (SubscriberCreateRequest): A new subscriber: EMAIL, any custom field by its upper-
            case tag (several values as TAG[]), and details. A field not sent takes its default value;
            values are cut to 255 characters; unknown tags are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriberWriteResult]
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
    body: SubscriberCreateRequest,
) -> ErrorResponse | SubscriberWriteResult | None:
    """Add a subscriber to a list

     Adds a subscriber and answers 201 with subscriber_uid, email, ip_address, source and date_added
    under data.record (MailWizz 2.1.13 sends a new subscriber's date_added as the object
    `{"expression":"NOW()","params":[]}`; later versions a date string). The status is confirmed on a
    single opt-in list and unconfirmed on a double opt-in one (the default; a confirmation email goes
    out), unless details[status] says otherwise. An address on the list but unsubscribed is subscribed
    again: the same subscriber, its values replaced. Checked in this order: EMAIL given (422), valid
    (422), the list (404), the lock (409), the account's and the list's subscriber limits (409), already
    on the list (409), blacklisted (409), required fields (422, an object tag to message). The 409 of
    the lock means nothing was done and the call may be repeated.

    Args:
        list_uid (str):
        body (SubscriberCreateRequest): A new subscriber: EMAIL, any custom field by its upper-
            case tag (several values as TAG[]), and details. A field not sent takes its default value;
            values are cut to 255 characters; unknown tags are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriberWriteResult
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
    body: SubscriberCreateRequest,
) -> Response[ErrorResponse | SubscriberWriteResult]:
    """Add a subscriber to a list

     Adds a subscriber and answers 201 with subscriber_uid, email, ip_address, source and date_added
    under data.record (MailWizz 2.1.13 sends a new subscriber's date_added as the object
    `{"expression":"NOW()","params":[]}`; later versions a date string). The status is confirmed on a
    single opt-in list and unconfirmed on a double opt-in one (the default; a confirmation email goes
    out), unless details[status] says otherwise. An address on the list but unsubscribed is subscribed
    again: the same subscriber, its values replaced. Checked in this order: EMAIL given (422), valid
    (422), the list (404), the lock (409), the account's and the list's subscriber limits (409), already
    on the list (409), blacklisted (409), required fields (422, an object tag to message). The 409 of
    the lock means nothing was done and the call may be repeated.

    Args:
        list_uid (str):
        body (SubscriberCreateRequest): A new subscriber: EMAIL, any custom field by its upper-
            case tag (several values as TAG[]), and details. A field not sent takes its default value;
            values are cut to 255 characters; unknown tags are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriberWriteResult]
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
    body: SubscriberCreateRequest,
) -> ErrorResponse | SubscriberWriteResult | None:
    """Add a subscriber to a list

     Adds a subscriber and answers 201 with subscriber_uid, email, ip_address, source and date_added
    under data.record (MailWizz 2.1.13 sends a new subscriber's date_added as the object
    `{"expression":"NOW()","params":[]}`; later versions a date string). The status is confirmed on a
    single opt-in list and unconfirmed on a double opt-in one (the default; a confirmation email goes
    out), unless details[status] says otherwise. An address on the list but unsubscribed is subscribed
    again: the same subscriber, its values replaced. Checked in this order: EMAIL given (422), valid
    (422), the list (404), the lock (409), the account's and the list's subscriber limits (409), already
    on the list (409), blacklisted (409), required fields (422, an object tag to message). The 409 of
    the lock means nothing was done and the call may be repeated.

    Args:
        list_uid (str):
        body (SubscriberCreateRequest): A new subscriber: EMAIL, any custom field by its upper-
            case tag (several values as TAG[]), and details. A field not sent takes its default value;
            values are cut to 255 characters; unknown tags are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriberWriteResult
    """

    return (
        await asyncio_detailed(
            list_uid=list_uid,
            client=client,
            body=body,
        )
    ).parsed
