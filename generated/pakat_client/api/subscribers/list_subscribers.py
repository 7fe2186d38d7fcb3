from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.subscriber_collection import SubscriberCollection
from ...models.subscriber_status import SubscriberStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    list_uid: str,
    *,
    status: str | SubscriberStatus | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, str):
        json_status = status
    else:
        json_status = status
    params["status"] = json_status

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/lists/{list_uid}/subscribers".format(
            list_uid=quote(str(list_uid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SubscriberCollection | str | None:
    if response.status_code == 200:
        response_200 = SubscriberCollection.from_dict(response.json())

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
) -> Response[ErrorResponse | SubscriberCollection | str]:
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
    status: str | SubscriberStatus | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> Response[ErrorResponse | SubscriberCollection | str]:
    """List a list's subscribers

     A page of the list's subscribers, newest first. Each record holds subscriber_uid, then every field
    of the list by tag in display order (EMAIL holds the address; several values are joined with ", ";
    `""` when none), then status, source, ip_address and date_added. `status` filters when it is one of
    the known statuses; any other value is ignored and every subscriber listed. `per_page` is clamped
    into 10..50. No subscriber: every paging field null.

    Args:
        list_uid (str):
        status (str | SubscriberStatus | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriberCollection | str]
    """

    kwargs = _get_kwargs(
        list_uid=list_uid,
        status=status,
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
    status: str | SubscriberStatus | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> ErrorResponse | SubscriberCollection | str | None:
    """List a list's subscribers

     A page of the list's subscribers, newest first. Each record holds subscriber_uid, then every field
    of the list by tag in display order (EMAIL holds the address; several values are joined with ", ";
    `""` when none), then status, source, ip_address and date_added. `status` filters when it is one of
    the known statuses; any other value is ignored and every subscriber listed. `per_page` is clamped
    into 10..50. No subscriber: every paging field null.

    Args:
        list_uid (str):
        status (str | SubscriberStatus | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriberCollection | str
    """

    return sync_detailed(
        list_uid=list_uid,
        client=client,
        status=status,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    list_uid: str,
    *,
    client: AuthenticatedClient | Client,
    status: str | SubscriberStatus | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> Response[ErrorResponse | SubscriberCollection | str]:
    """List a list's subscribers

     A page of the list's subscribers, newest first. Each record holds subscriber_uid, then every field
    of the list by tag in display order (EMAIL holds the address; several values are joined with ", ";
    `""` when none), then status, source, ip_address and date_added. `status` filters when it is one of
    the known statuses; any other value is ignored and every subscriber listed. `per_page` is clamped
    into 10..50. No subscriber: every paging field null.

    Args:
        list_uid (str):
        status (str | SubscriberStatus | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriberCollection | str]
    """

    kwargs = _get_kwargs(
        list_uid=list_uid,
        status=status,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    list_uid: str,
    *,
    client: AuthenticatedClient | Client,
    status: str | SubscriberStatus | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> ErrorResponse | SubscriberCollection | str | None:
    """List a list's subscribers

     A page of the list's subscribers, newest first. Each record holds subscriber_uid, then every field
    of the list by tag in display order (EMAIL holds the address; several values are joined with ", ";
    `""` when none), then status, source, ip_address and date_added. `status` filters when it is one of
    the known statuses; any other value is ignored and every subscriber listed. `per_page` is clamped
    into 10..50. No subscriber: every paging field null.

    Args:
        list_uid (str):
        status (str | SubscriberStatus | Unset):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriberCollection | str
    """

    return (
        await asyncio_detailed(
            list_uid=list_uid,
            client=client,
            status=status,
            page=page,
            per_page=per_page,
        )
    ).parsed
