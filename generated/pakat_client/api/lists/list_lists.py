from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.mailing_list_collection import MailingListCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
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
        "url": "/lists",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MailingListCollection | str | None:
    if response.status_code == 200:
        response_200 = MailingListCollection.from_dict(response.json())

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
) -> Response[ErrorResponse | MailingListCollection | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> Response[ErrorResponse | MailingListCollection | str]:
    """List the mailing lists

     A page of the account's lists, newest first. Deleted (pending-delete) and archived lists are left
    out. `per_page` is clamped into 10..50 and a `page` below 1 counts as 1; nothing is refused. `count`
    comes as a string. When the account has no list every paging field is null and `records` is empty.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MailingListCollection | str]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> ErrorResponse | MailingListCollection | str | None:
    """List the mailing lists

     A page of the account's lists, newest first. Deleted (pending-delete) and archived lists are left
    out. `per_page` is clamped into 10..50 and a `page` below 1 counts as 1; nothing is refused. `count`
    comes as a string. When the account has no list every paging field is null and `records` is empty.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MailingListCollection | str
    """

    return sync_detailed(
        client=client,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> Response[ErrorResponse | MailingListCollection | str]:
    """List the mailing lists

     A page of the account's lists, newest first. Deleted (pending-delete) and archived lists are left
    out. `per_page` is clamped into 10..50 and a `page` below 1 counts as 1; nothing is refused. `count`
    comes as a string. When the account has no list every paging field is null and `records` is empty.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MailingListCollection | str]
    """

    kwargs = _get_kwargs(
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> ErrorResponse | MailingListCollection | str | None:
    """List the mailing lists

     A page of the account's lists, newest first. Deleted (pending-delete) and archived lists are left
    out. `per_page` is clamped into 10..50 and a `page` below 1 counts as 1; nothing is refused. `count`
    comes as a string. When the account has no list every paging field is null and `records` is empty.

    Args:
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MailingListCollection | str
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            per_page=per_page,
        )
    ).parsed
