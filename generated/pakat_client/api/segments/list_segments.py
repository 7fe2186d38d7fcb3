from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.segment_collection import SegmentCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    list_uid: str,
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
        "url": "/lists/{list_uid}/segments".format(
            list_uid=quote(str(list_uid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SegmentCollection | str | None:
    if response.status_code == 200:
        response_200 = SegmentCollection.from_dict(response.json())

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
) -> Response[ErrorResponse | SegmentCollection | str]:
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
    page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> Response[ErrorResponse | SegmentCollection | str]:
    """List a list's segments

     A page of the list's segments, newest first. `subscribers_count` counts the confirmed subscribers
    that match. Segments being deleted are left out. `per_page` is clamped as on every paged collection,
    and a list without segments answers with every paging field null and no records.

    Args:
        list_uid (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SegmentCollection | str]
    """

    kwargs = _get_kwargs(
        list_uid=list_uid,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    list_uid: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> ErrorResponse | SegmentCollection | str | None:
    """List a list's segments

     A page of the list's segments, newest first. `subscribers_count` counts the confirmed subscribers
    that match. Segments being deleted are left out. `per_page` is clamped as on every paged collection,
    and a list without segments answers with every paging field null and no records.

    Args:
        list_uid (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SegmentCollection | str
    """

    return sync_detailed(
        list_uid=list_uid,
        client=client,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    list_uid: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> Response[ErrorResponse | SegmentCollection | str]:
    """List a list's segments

     A page of the list's segments, newest first. `subscribers_count` counts the confirmed subscribers
    that match. Segments being deleted are left out. `per_page` is clamped as on every paged collection,
    and a list without segments answers with every paging field null and no records.

    Args:
        list_uid (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SegmentCollection | str]
    """

    kwargs = _get_kwargs(
        list_uid=list_uid,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    list_uid: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> ErrorResponse | SegmentCollection | str | None:
    """List a list's segments

     A page of the list's segments, newest first. `subscribers_count` counts the confirmed subscribers
    that match. Segments being deleted are left out. `per_page` is clamped as on every paged collection,
    and a list without segments answers with every paging field null and no records.

    Args:
        list_uid (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SegmentCollection | str
    """

    return (
        await asyncio_detailed(
            list_uid=list_uid,
            client=client,
            page=page,
            per_page=per_page,
        )
    ).parsed
