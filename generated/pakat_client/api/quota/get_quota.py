from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.quota_response import QuotaResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/quota/index",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | QuotaResponse | None:
    if response.status_code == 200:
        response_200 = QuotaResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

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
) -> Response[ErrorResponse | QuotaResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | QuotaResponse]:
    """Get the sending quota

     Pakat's own route: how much of the account's sending quota is used. Not in the usual envelope:
    `{"status": "ok", "quota": {percentage, used, allowed}}`, with `allowed` the infinity sign when the
    account has no limit. No public source exists; the numbers may follow MailWizz's usage display
    (share capped at 100%, thousands separators).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | QuotaResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | QuotaResponse | None:
    """Get the sending quota

     Pakat's own route: how much of the account's sending quota is used. Not in the usual envelope:
    `{"status": "ok", "quota": {percentage, used, allowed}}`, with `allowed` the infinity sign when the
    account has no limit. No public source exists; the numbers may follow MailWizz's usage display
    (share capped at 100%, thousands separators).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | QuotaResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | QuotaResponse]:
    """Get the sending quota

     Pakat's own route: how much of the account's sending quota is used. Not in the usual envelope:
    `{"status": "ok", "quota": {percentage, used, allowed}}`, with `allowed` the infinity sign when the
    account has no limit. No public source exists; the numbers may follow MailWizz's usage display
    (share capped at 100%, thousands separators).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | QuotaResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | QuotaResponse | None:
    """Get the sending quota

     Pakat's own route: how much of the account's sending quota is used. Not in the usual envelope:
    `{"status": "ok", "quota": {percentage, used, allowed}}`, with `allowed` the infinity sign when the
    account has no limit. No public source exists; the numbers may follow MailWizz's usage display
    (share capped at 100%, thousands separators).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | QuotaResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
