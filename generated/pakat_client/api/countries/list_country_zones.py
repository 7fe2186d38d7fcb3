from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.zone_collection import ZoneCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    country_id: str,
    *,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/countries/{country_id}/zones".format(
            country_id=quote(str(country_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ZoneCollection | str | None:
    if response.status_code == 200:
        response_200 = ZoneCollection.from_dict(response.json())

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
) -> Response[ErrorResponse | ZoneCollection | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    country_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> Response[ErrorResponse | ZoneCollection | str]:
    """List a country's zones

     A page of a country's zones (states, provinces), ordered by name, each `{zone_id, name, code}`; Iran
    (101) has 31. A numeric `country_id` that names no country, or a country without zones, is not
    refused: the answer is the empty collection (every paging field null). Only a `country_id` that is
    not all digits gets 404, as no route matches it.

    Args:
        country_id (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ZoneCollection | str]
    """

    kwargs = _get_kwargs(
        country_id=country_id,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    country_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> ErrorResponse | ZoneCollection | str | None:
    """List a country's zones

     A page of a country's zones (states, provinces), ordered by name, each `{zone_id, name, code}`; Iran
    (101) has 31. A numeric `country_id` that names no country, or a country without zones, is not
    refused: the answer is the empty collection (every paging field null). Only a `country_id` that is
    not all digits gets 404, as no route matches it.

    Args:
        country_id (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ZoneCollection | str
    """

    return sync_detailed(
        country_id=country_id,
        client=client,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    country_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> Response[ErrorResponse | ZoneCollection | str]:
    """List a country's zones

     A page of a country's zones (states, provinces), ordered by name, each `{zone_id, name, code}`; Iran
    (101) has 31. A numeric `country_id` that names no country, or a country without zones, is not
    refused: the answer is the empty collection (every paging field null). Only a `country_id` that is
    not all digits gets 404, as no route matches it.

    Args:
        country_id (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ZoneCollection | str]
    """

    kwargs = _get_kwargs(
        country_id=country_id,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    country_id: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> ErrorResponse | ZoneCollection | str | None:
    """List a country's zones

     A page of a country's zones (states, provinces), ordered by name, each `{zone_id, name, code}`; Iran
    (101) has 31. A numeric `country_id` that names no country, or a country without zones, is not
    refused: the answer is the empty collection (every paging field null). Only a `country_id` that is
    not all digits gets 404, as no route matches it.

    Args:
        country_id (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ZoneCollection | str
    """

    return (
        await asyncio_detailed(
            country_id=country_id,
            client=client,
            page=page,
            per_page=per_page,
        )
    ).parsed
