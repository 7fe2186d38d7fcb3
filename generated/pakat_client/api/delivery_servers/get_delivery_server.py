from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delivery_server_envelope import DeliveryServerEnvelope
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    server_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/delivery-servers/{server_id}".format(
            server_id=quote(str(server_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeliveryServerEnvelope | ErrorResponse | str | None:
    if response.status_code == 200:
        response_200 = DeliveryServerEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = response.text
        return response_304

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
) -> Response[DeliveryServerEnvelope | ErrorResponse | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    server_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeliveryServerEnvelope | ErrorResponse | str]:
    """Get a delivery server

     One delivery server the account owns, by its numeric id. The system's servers and other accounts'
    answer 404 like unknown ids; an id that is not all digits matches no route (404 "Page not found.").

    Args:
        server_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeliveryServerEnvelope | ErrorResponse | str]
    """

    kwargs = _get_kwargs(
        server_id=server_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    server_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeliveryServerEnvelope | ErrorResponse | str | None:
    """Get a delivery server

     One delivery server the account owns, by its numeric id. The system's servers and other accounts'
    answer 404 like unknown ids; an id that is not all digits matches no route (404 "Page not found.").

    Args:
        server_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeliveryServerEnvelope | ErrorResponse | str
    """

    return sync_detailed(
        server_id=server_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    server_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeliveryServerEnvelope | ErrorResponse | str]:
    """Get a delivery server

     One delivery server the account owns, by its numeric id. The system's servers and other accounts'
    answer 404 like unknown ids; an id that is not all digits matches no route (404 "Page not found.").

    Args:
        server_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeliveryServerEnvelope | ErrorResponse | str]
    """

    kwargs = _get_kwargs(
        server_id=server_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    server_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeliveryServerEnvelope | ErrorResponse | str | None:
    """Get a delivery server

     One delivery server the account owns, by its numeric id. The system's servers and other accounts'
    answer 404 like unknown ids; an id that is not all digits matches no route (404 "Page not found.").

    Args:
        server_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeliveryServerEnvelope | ErrorResponse | str
    """

    return (
        await asyncio_detailed(
            server_id=server_id,
            client=client,
        )
    ).parsed
