from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.status_response import StatusResponse
from ...models.unsubscribe_by_email_request import UnsubscribeByEmailRequest
from ...types import Response


def _get_kwargs(
    *,
    body: UnsubscribeByEmailRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/lists/subscribers/unsubscribe-by-email-from-all-lists",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
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
) -> Response[ErrorResponse | StatusResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UnsubscribeByEmailRequest,
) -> Response[ErrorResponse | StatusResponse]:
    """Unsubscribe an address from every list

     Unsubscribes the address from every list of the account (up to 1000 subscribers; lists being deleted
    are left out), whatever each subscriber's status. Always 200, also when no list has the address.
    EMAIL must come in the urlencoded body (a multipart PUT body is not read).

    Args:
        body (UnsubscribeByEmailRequest): The address to unsubscribe everywhere.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StatusResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UnsubscribeByEmailRequest,
) -> ErrorResponse | StatusResponse | None:
    """Unsubscribe an address from every list

     Unsubscribes the address from every list of the account (up to 1000 subscribers; lists being deleted
    are left out), whatever each subscriber's status. Always 200, also when no list has the address.
    EMAIL must come in the urlencoded body (a multipart PUT body is not read).

    Args:
        body (UnsubscribeByEmailRequest): The address to unsubscribe everywhere.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StatusResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UnsubscribeByEmailRequest,
) -> Response[ErrorResponse | StatusResponse]:
    """Unsubscribe an address from every list

     Unsubscribes the address from every list of the account (up to 1000 subscribers; lists being deleted
    are left out), whatever each subscriber's status. Always 200, also when no list has the address.
    EMAIL must come in the urlencoded body (a multipart PUT body is not read).

    Args:
        body (UnsubscribeByEmailRequest): The address to unsubscribe everywhere.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StatusResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UnsubscribeByEmailRequest,
) -> ErrorResponse | StatusResponse | None:
    """Unsubscribe an address from every list

     Unsubscribes the address from every list of the account (up to 1000 subscribers; lists being deleted
    are left out), whatever each subscriber's status. Always 200, also when no list has the address.
    EMAIL must come in the urlencoded body (a multipart PUT body is not read).

    Args:
        body (UnsubscribeByEmailRequest): The address to unsubscribe everywhere.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StatusResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
