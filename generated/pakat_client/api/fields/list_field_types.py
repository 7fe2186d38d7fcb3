from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.field_type_collection import FieldTypeCollection
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/lists/fields/types",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | FieldTypeCollection | None:
    if response.status_code == 200:
        response_200 = FieldTypeCollection.from_dict(response.json())

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
) -> Response[ErrorResponse | FieldTypeCollection]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | FieldTypeCollection]:
    """List the kinds of custom field

     Every field type at once, in id order: `count` (a numeric string) and `records`, with no other
    paging keys; `page` and `per_page` are ignored. The stock set has the 20 types listed in
    `identifier`'s known values, each described by its name. With no type at all the answer is
    `{"count": 0, "records": []}`. The route exists in MailWizz 2.4.1 and later (not in 2.1.13).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FieldTypeCollection]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | FieldTypeCollection | None:
    """List the kinds of custom field

     Every field type at once, in id order: `count` (a numeric string) and `records`, with no other
    paging keys; `page` and `per_page` are ignored. The stock set has the 20 types listed in
    `identifier`'s known values, each described by its name. With no type at all the answer is
    `{"count": 0, "records": []}`. The route exists in MailWizz 2.4.1 and later (not in 2.1.13).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FieldTypeCollection
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | FieldTypeCollection]:
    """List the kinds of custom field

     Every field type at once, in id order: `count` (a numeric string) and `records`, with no other
    paging keys; `page` and `per_page` are ignored. The stock set has the 20 types listed in
    `identifier`'s known values, each described by its name. With no type at all the answer is
    `{"count": 0, "records": []}`. The route exists in MailWizz 2.4.1 and later (not in 2.1.13).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FieldTypeCollection]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | FieldTypeCollection | None:
    """List the kinds of custom field

     Every field type at once, in id order: `count` (a numeric string) and `records`, with no other
    paging keys; `page` and `per_page` are ignored. The stock set has the 20 types listed in
    `identifier`'s known values, each described by its name. With no type at all the answer is
    `{"count": 0, "records": []}`. The route exists in MailWizz 2.4.1 and later (not in 2.1.13).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FieldTypeCollection
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
