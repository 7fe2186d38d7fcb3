from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.condition_operator_collection import ConditionOperatorCollection
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/lists/segments/condition-operators",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConditionOperatorCollection | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ConditionOperatorCollection.from_dict(response.json())

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
) -> Response[ConditionOperatorCollection | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ConditionOperatorCollection | ErrorResponse]:
    """List the operators usable in segment conditions

     Every operator a segment condition can use, at once: `count` (a numeric string) and `records` with
    the ids as strings, no other paging keys; `page` and `per_page` are ignored. The stock set: 1 is, 2
    is not, 3 contains, 4 not contains, 5 starts with, 6 ends with, 7 is greater than, 8 is less than, 9
    not starts with, 10 not ends with. The route exists in MailWizz 2.4.1 and later (not in 2.1.13).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConditionOperatorCollection | ErrorResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ConditionOperatorCollection | ErrorResponse | None:
    """List the operators usable in segment conditions

     Every operator a segment condition can use, at once: `count` (a numeric string) and `records` with
    the ids as strings, no other paging keys; `page` and `per_page` are ignored. The stock set: 1 is, 2
    is not, 3 contains, 4 not contains, 5 starts with, 6 ends with, 7 is greater than, 8 is less than, 9
    not starts with, 10 not ends with. The route exists in MailWizz 2.4.1 and later (not in 2.1.13).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConditionOperatorCollection | ErrorResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ConditionOperatorCollection | ErrorResponse]:
    """List the operators usable in segment conditions

     Every operator a segment condition can use, at once: `count` (a numeric string) and `records` with
    the ids as strings, no other paging keys; `page` and `per_page` are ignored. The stock set: 1 is, 2
    is not, 3 contains, 4 not contains, 5 starts with, 6 ends with, 7 is greater than, 8 is less than, 9
    not starts with, 10 not ends with. The route exists in MailWizz 2.4.1 and later (not in 2.1.13).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConditionOperatorCollection | ErrorResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ConditionOperatorCollection | ErrorResponse | None:
    """List the operators usable in segment conditions

     Every operator a segment condition can use, at once: `count` (a numeric string) and `records` with
    the ids as strings, no other paging keys; `page` and `per_page` are ignored. The stock set: 1 is, 2
    is not, 3 contains, 4 not contains, 5 starts with, 6 ends with, 7 is greater than, 8 is less than, 9
    not starts with, 10 not ends with. The route exists in MailWizz 2.4.1 and later (not in 2.1.13).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConditionOperatorCollection | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
