from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subscriber_with_list_collection import SubscriberWithListCollection
from ...types import UNSET, Response


def _get_kwargs(
    *,
    email: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["EMAIL"] = email

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/lists/subscribers/search-by-email-in-all-lists",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SubscriberWithListCollection | None:
    if response.status_code == 200:
        response_200 = SubscriberWithListCollection.from_dict(response.json())

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
) -> Response[ErrorResponse | SubscriberWithListCollection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    email: str,
) -> Response[ErrorResponse | SubscriberWithListCollection]:
    """Find a subscriber by email in every list

     Every subscriber with this address in the account's lists (deleted and archived lists left out),
    each with its list, at most 100. **Not paged**: `page` and `per_page` are ignored; the answer is
    always page 1 of 1 with `count` an integer, `0` and `records: []` when no list has the address
    (never 404, never null paging). EMAIL missing or invalid answers 422.

    Args:
        email (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriberWithListCollection]
    """

    kwargs = _get_kwargs(
        email=email,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    email: str,
) -> ErrorResponse | SubscriberWithListCollection | None:
    """Find a subscriber by email in every list

     Every subscriber with this address in the account's lists (deleted and archived lists left out),
    each with its list, at most 100. **Not paged**: `page` and `per_page` are ignored; the answer is
    always page 1 of 1 with `count` an integer, `0` and `records: []` when no list has the address
    (never 404, never null paging). EMAIL missing or invalid answers 422.

    Args:
        email (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriberWithListCollection
    """

    return sync_detailed(
        client=client,
        email=email,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    email: str,
) -> Response[ErrorResponse | SubscriberWithListCollection]:
    """Find a subscriber by email in every list

     Every subscriber with this address in the account's lists (deleted and archived lists left out),
    each with its list, at most 100. **Not paged**: `page` and `per_page` are ignored; the answer is
    always page 1 of 1 with `count` an integer, `0` and `records: []` when no list has the address
    (never 404, never null paging). EMAIL missing or invalid answers 422.

    Args:
        email (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriberWithListCollection]
    """

    kwargs = _get_kwargs(
        email=email,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    email: str,
) -> ErrorResponse | SubscriberWithListCollection | None:
    """Find a subscriber by email in every list

     Every subscriber with this address in the account's lists (deleted and archived lists left out),
    each with its list, at most 100. **Not paged**: `page` and `per_page` are ignored; the answer is
    always page 1 of 1 with `count` an integer, `0` and `records: []` when no list has the address
    (never 404, never null paging). EMAIL missing or invalid answers 422.

    Args:
        email (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriberWithListCollection
    """

    return (
        await asyncio_detailed(
            client=client,
            email=email,
        )
    ).parsed
