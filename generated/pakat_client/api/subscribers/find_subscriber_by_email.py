from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subscriber_by_email_envelope import SubscriberByEmailEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    list_uid: str,
    *,
    email: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["EMAIL"] = email

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/lists/{list_uid}/subscribers/search-by-email".format(
            list_uid=quote(str(list_uid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SubscriberByEmailEnvelope | None:
    if response.status_code == 200:
        response_200 = SubscriberByEmailEnvelope.from_dict(response.json())

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
) -> Response[ErrorResponse | SubscriberByEmailEnvelope]:
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
    email: str,
) -> Response[ErrorResponse | SubscriberByEmailEnvelope]:
    """Find a list's subscriber by email

     The list's subscriber with this address (compared without regard to case), whatever its status:
    subscriber_uid, status and date_added directly under data (no record level). EMAIL is checked before
    the list (422).

    Args:
        list_uid (str):
        email (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriberByEmailEnvelope]
    """

    kwargs = _get_kwargs(
        list_uid=list_uid,
        email=email,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    list_uid: str,
    *,
    client: AuthenticatedClient | Client,
    email: str,
) -> ErrorResponse | SubscriberByEmailEnvelope | None:
    """Find a list's subscriber by email

     The list's subscriber with this address (compared without regard to case), whatever its status:
    subscriber_uid, status and date_added directly under data (no record level). EMAIL is checked before
    the list (422).

    Args:
        list_uid (str):
        email (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriberByEmailEnvelope
    """

    return sync_detailed(
        list_uid=list_uid,
        client=client,
        email=email,
    ).parsed


async def asyncio_detailed(
    list_uid: str,
    *,
    client: AuthenticatedClient | Client,
    email: str,
) -> Response[ErrorResponse | SubscriberByEmailEnvelope]:
    """Find a list's subscriber by email

     The list's subscriber with this address (compared without regard to case), whatever its status:
    subscriber_uid, status and date_added directly under data (no record level). EMAIL is checked before
    the list (422).

    Args:
        list_uid (str):
        email (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriberByEmailEnvelope]
    """

    kwargs = _get_kwargs(
        list_uid=list_uid,
        email=email,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    list_uid: str,
    *,
    client: AuthenticatedClient | Client,
    email: str,
) -> ErrorResponse | SubscriberByEmailEnvelope | None:
    """Find a list's subscriber by email

     The list's subscriber with this address (compared without regard to case), whatever its status:
    subscriber_uid, status and date_added directly under data (no record level). EMAIL is checked before
    the list (422).

    Args:
        list_uid (str):
        email (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriberByEmailEnvelope
    """

    return (
        await asyncio_detailed(
            list_uid=list_uid,
            client=client,
            email=email,
        )
    ).parsed
