from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.unsubscribe_collection import UnsubscribeCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    campaign_uid: str,
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
        "url": "/campaigns/{campaign_uid}/unsubscribes".format(
            campaign_uid=quote(str(campaign_uid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | UnsubscribeCollection | str | None:
    if response.status_code == 200:
        response_200 = UnsubscribeCollection.from_dict(response.json())

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
) -> Response[ErrorResponse | UnsubscribeCollection | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    campaign_uid: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> Response[ErrorResponse | UnsubscribeCollection | str]:
    """List who unsubscribed through a campaign

     The unsubscriptions that came from a campaign, newest first, one page at a time: the subscriber, the
    address and user agent the request came from, the reason, and when (UTC). `ip_address`, `user_agent`
    and `reason` may be null; `note` is null unless something outside the API set it. Paging as for
    every collection: `per_page` clamped into 10..50, a `page` below 1 is page 1, and none at all
    answers every paging field null. Deleted (pending-delete) campaigns are still found; an unknown uid
    answers 404 "The campaign does not exist!".

    Args:
        campaign_uid (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UnsubscribeCollection | str]
    """

    kwargs = _get_kwargs(
        campaign_uid=campaign_uid,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_uid: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> ErrorResponse | UnsubscribeCollection | str | None:
    """List who unsubscribed through a campaign

     The unsubscriptions that came from a campaign, newest first, one page at a time: the subscriber, the
    address and user agent the request came from, the reason, and when (UTC). `ip_address`, `user_agent`
    and `reason` may be null; `note` is null unless something outside the API set it. Paging as for
    every collection: `per_page` clamped into 10..50, a `page` below 1 is page 1, and none at all
    answers every paging field null. Deleted (pending-delete) campaigns are still found; an unknown uid
    answers 404 "The campaign does not exist!".

    Args:
        campaign_uid (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UnsubscribeCollection | str
    """

    return sync_detailed(
        campaign_uid=campaign_uid,
        client=client,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    campaign_uid: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> Response[ErrorResponse | UnsubscribeCollection | str]:
    """List who unsubscribed through a campaign

     The unsubscriptions that came from a campaign, newest first, one page at a time: the subscriber, the
    address and user agent the request came from, the reason, and when (UTC). `ip_address`, `user_agent`
    and `reason` may be null; `note` is null unless something outside the API set it. Paging as for
    every collection: `per_page` clamped into 10..50, a `page` below 1 is page 1, and none at all
    answers every paging field null. Deleted (pending-delete) campaigns are still found; an unknown uid
    answers 404 "The campaign does not exist!".

    Args:
        campaign_uid (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | UnsubscribeCollection | str]
    """

    kwargs = _get_kwargs(
        campaign_uid=campaign_uid,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_uid: str,
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> ErrorResponse | UnsubscribeCollection | str | None:
    """List who unsubscribed through a campaign

     The unsubscriptions that came from a campaign, newest first, one page at a time: the subscriber, the
    address and user agent the request came from, the reason, and when (UTC). `ip_address`, `user_agent`
    and `reason` may be null; `note` is null unless something outside the API set it. Paging as for
    every collection: `per_page` clamped into 10..50, a `page` below 1 is page 1, and none at all
    answers every paging field null. Deleted (pending-delete) campaigns are still found; an unknown uid
    answers 404 "The campaign does not exist!".

    Args:
        campaign_uid (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | UnsubscribeCollection | str
    """

    return (
        await asyncio_detailed(
            campaign_uid=campaign_uid,
            client=client,
            page=page,
            per_page=per_page,
        )
    ).parsed
