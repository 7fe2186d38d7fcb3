from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign_envelope import CampaignEnvelope
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    campaign_uid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/campaigns/{campaign_uid}".format(
            campaign_uid=quote(str(campaign_uid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CampaignEnvelope | ErrorResponse | str | None:
    if response.status_code == 200:
        response_200 = CampaignEnvelope.from_dict(response.json())

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
) -> Response[CampaignEnvelope | ErrorResponse | str]:
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
) -> Response[CampaignEnvelope | ErrorResponse | str]:
    """Get a campaign

     One campaign: its settings, its list (with the number of confirmed subscribers) and segment (`[]`
    without one), and group (`[]` without one). No template, options or counters. `date_added` and
    `send_at` are display strings in the account's timezone and language (`1/15/25, 1:30 PM`), not
    machine dates. A campaign being deleted (pending-delete) is not found.

    Args:
        campaign_uid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignEnvelope | ErrorResponse | str]
    """

    kwargs = _get_kwargs(
        campaign_uid=campaign_uid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_uid: str,
    *,
    client: AuthenticatedClient | Client,
) -> CampaignEnvelope | ErrorResponse | str | None:
    """Get a campaign

     One campaign: its settings, its list (with the number of confirmed subscribers) and segment (`[]`
    without one), and group (`[]` without one). No template, options or counters. `date_added` and
    `send_at` are display strings in the account's timezone and language (`1/15/25, 1:30 PM`), not
    machine dates. A campaign being deleted (pending-delete) is not found.

    Args:
        campaign_uid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignEnvelope | ErrorResponse | str
    """

    return sync_detailed(
        campaign_uid=campaign_uid,
        client=client,
    ).parsed


async def asyncio_detailed(
    campaign_uid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[CampaignEnvelope | ErrorResponse | str]:
    """Get a campaign

     One campaign: its settings, its list (with the number of confirmed subscribers) and segment (`[]`
    without one), and group (`[]` without one). No template, options or counters. `date_added` and
    `send_at` are display strings in the account's timezone and language (`1/15/25, 1:30 PM`), not
    machine dates. A campaign being deleted (pending-delete) is not found.

    Args:
        campaign_uid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignEnvelope | ErrorResponse | str]
    """

    kwargs = _get_kwargs(
        campaign_uid=campaign_uid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_uid: str,
    *,
    client: AuthenticatedClient | Client,
) -> CampaignEnvelope | ErrorResponse | str | None:
    """Get a campaign

     One campaign: its settings, its list (with the number of confirmed subscribers) and segment (`[]`
    without one), and group (`[]` without one). No template, options or counters. `date_added` and
    `send_at` are display strings in the account's timezone and language (`1/15/25, 1:30 PM`), not
    machine dates. A campaign being deleted (pending-delete) is not found.

    Args:
        campaign_uid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignEnvelope | ErrorResponse | str
    """

    return (
        await asyncio_detailed(
            campaign_uid=campaign_uid,
            client=client,
        )
    ).parsed
