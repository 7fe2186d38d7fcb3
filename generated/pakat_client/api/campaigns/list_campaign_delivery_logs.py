from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delivery_log_collection import DeliveryLogCollection
from ...models.error_response import ErrorResponse
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
        "url": "/campaigns/{campaign_uid}/delivery-logs".format(
            campaign_uid=quote(str(campaign_uid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeliveryLogCollection | ErrorResponse | str | None:
    if response.status_code == 200:
        response_200 = DeliveryLogCollection.from_dict(response.json())

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
) -> Response[DeliveryLogCollection | ErrorResponse | str]:
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
) -> Response[DeliveryLogCollection | ErrorResponse | str]:
    """List a campaign's delivery logs

     The delivery attempts of a campaign, one per subscriber it was sent to, newest first, one page at a
    time. `retries` and `max_retries` arrive as strings; `message` and `email_message_id` may be null;
    `date_added` is UTC. `status` is an open set (success, error, fatal-error, temporary-error,
    blacklisted, suppressed, giveup, blocked, ds-dp-reject, hdl-by-sg-cmp, and whatever newer servers
    add). Paging as for every collection: `per_page` clamped into 10..50, a `page` below 1 is page 1,
    and no logs at all answer every paging field null. Only the live log table is read: logs a
    background job moved to the archive (for sent campaigns, when enabled) are not listed. Deleted
    (pending-delete) campaigns are still found; an unknown uid answers 404 "The campaign does not
    exist!".

    Args:
        campaign_uid (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeliveryLogCollection | ErrorResponse | str]
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
) -> DeliveryLogCollection | ErrorResponse | str | None:
    """List a campaign's delivery logs

     The delivery attempts of a campaign, one per subscriber it was sent to, newest first, one page at a
    time. `retries` and `max_retries` arrive as strings; `message` and `email_message_id` may be null;
    `date_added` is UTC. `status` is an open set (success, error, fatal-error, temporary-error,
    blacklisted, suppressed, giveup, blocked, ds-dp-reject, hdl-by-sg-cmp, and whatever newer servers
    add). Paging as for every collection: `per_page` clamped into 10..50, a `page` below 1 is page 1,
    and no logs at all answer every paging field null. Only the live log table is read: logs a
    background job moved to the archive (for sent campaigns, when enabled) are not listed. Deleted
    (pending-delete) campaigns are still found; an unknown uid answers 404 "The campaign does not
    exist!".

    Args:
        campaign_uid (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeliveryLogCollection | ErrorResponse | str
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
) -> Response[DeliveryLogCollection | ErrorResponse | str]:
    """List a campaign's delivery logs

     The delivery attempts of a campaign, one per subscriber it was sent to, newest first, one page at a
    time. `retries` and `max_retries` arrive as strings; `message` and `email_message_id` may be null;
    `date_added` is UTC. `status` is an open set (success, error, fatal-error, temporary-error,
    blacklisted, suppressed, giveup, blocked, ds-dp-reject, hdl-by-sg-cmp, and whatever newer servers
    add). Paging as for every collection: `per_page` clamped into 10..50, a `page` below 1 is page 1,
    and no logs at all answer every paging field null. Only the live log table is read: logs a
    background job moved to the archive (for sent campaigns, when enabled) are not listed. Deleted
    (pending-delete) campaigns are still found; an unknown uid answers 404 "The campaign does not
    exist!".

    Args:
        campaign_uid (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeliveryLogCollection | ErrorResponse | str]
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
) -> DeliveryLogCollection | ErrorResponse | str | None:
    """List a campaign's delivery logs

     The delivery attempts of a campaign, one per subscriber it was sent to, newest first, one page at a
    time. `retries` and `max_retries` arrive as strings; `message` and `email_message_id` may be null;
    `date_added` is UTC. `status` is an open set (success, error, fatal-error, temporary-error,
    blacklisted, suppressed, giveup, blocked, ds-dp-reject, hdl-by-sg-cmp, and whatever newer servers
    add). Paging as for every collection: `per_page` clamped into 10..50, a `page` below 1 is page 1,
    and no logs at all answer every paging field null. Only the live log table is read: logs a
    background job moved to the archive (for sent campaigns, when enabled) are not listed. Deleted
    (pending-delete) campaigns are still found; an unknown uid answers 404 "The campaign does not
    exist!".

    Args:
        campaign_uid (str):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeliveryLogCollection | ErrorResponse | str
    """

    return (
        await asyncio_detailed(
            campaign_uid=campaign_uid,
            client=client,
            page=page,
            per_page=per_page,
        )
    ).parsed
