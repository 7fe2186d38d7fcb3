from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.status_response import StatusResponse
from ...types import Response


def _get_kwargs(
    list_uid: str,
    subscriber_uid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/lists/{list_uid}/subscribers/{subscriber_uid}".format(
            list_uid=quote(str(list_uid), safe=""),
            subscriber_uid=quote(str(subscriber_uid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | StatusResponse | None:
    if response.status_code == 200:
        response_200 = StatusResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | StatusResponse]:
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
) -> Response[ErrorResponse | StatusResponse]:
    """Delete a subscriber

     Deletes the subscriber from the list for good (not a status change: use unsubscribe to keep the
    record). A uid the list does not have answers 404 "The subscriber does not exist in this list.".

    Args:
        list_uid (str):
        subscriber_uid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StatusResponse]
    """

    kwargs = _get_kwargs(
        list_uid=list_uid,
        subscriber_uid=subscriber_uid,
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
) -> ErrorResponse | StatusResponse | None:
    """Delete a subscriber

     Deletes the subscriber from the list for good (not a status change: use unsubscribe to keep the
    record). A uid the list does not have answers 404 "The subscriber does not exist in this list.".

    Args:
        list_uid (str):
        subscriber_uid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StatusResponse
    """

    return sync_detailed(
        list_uid=list_uid,
        subscriber_uid=subscriber_uid,
        client=client,
    ).parsed


async def asyncio_detailed(
    list_uid: str,
    subscriber_uid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | StatusResponse]:
    """Delete a subscriber

     Deletes the subscriber from the list for good (not a status change: use unsubscribe to keep the
    record). A uid the list does not have answers 404 "The subscriber does not exist in this list.".

    Args:
        list_uid (str):
        subscriber_uid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StatusResponse]
    """

    kwargs = _get_kwargs(
        list_uid=list_uid,
        subscriber_uid=subscriber_uid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    list_uid: str,
    subscriber_uid: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | StatusResponse | None:
    """Delete a subscriber

     Deletes the subscriber from the list for good (not a status change: use unsubscribe to keep the
    record). A uid the list does not have answers 404 "The subscriber does not exist in this list.".

    Args:
        list_uid (str):
        subscriber_uid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StatusResponse
    """

    return (
        await asyncio_detailed(
            list_uid=list_uid,
            subscriber_uid=subscriber_uid,
            client=client,
        )
    ).parsed
