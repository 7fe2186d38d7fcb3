from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.track_opening_result import TrackOpeningResult
from ...types import Response


def _get_kwargs(
    campaign_uid: str,
    subscriber_uid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/campaigns/{campaign_uid}/track-opening/{subscriber_uid}".format(
            campaign_uid=quote(str(campaign_uid), safe=""),
            subscriber_uid=quote(str(subscriber_uid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TrackOpeningResult | None:
    if response.status_code == 200:
        response_200 = TrackOpeningResult.from_dict(response.json())

        return response_200

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
) -> Response[ErrorResponse | TrackOpeningResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    campaign_uid: str,
    subscriber_uid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | TrackOpeningResult]:
    """Record that a subscriber opened a campaign

     Records that a subscriber opened the campaign. Every call records one open, without de-duplication:
    opens count calls, unique opens count subscribers. `data` is an empty array (MailWizz 2.7.2 leaves
    it out). The campaign is looked up by uid alone (any status) and the subscriber in any list: unknown
    ones answer 404 "The campaign does not exist." and "The subscriber does not exist.".

    Args:
        campaign_uid (str):
        subscriber_uid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TrackOpeningResult]
    """

    kwargs = _get_kwargs(
        campaign_uid=campaign_uid,
        subscriber_uid=subscriber_uid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_uid: str,
    subscriber_uid: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | TrackOpeningResult | None:
    """Record that a subscriber opened a campaign

     Records that a subscriber opened the campaign. Every call records one open, without de-duplication:
    opens count calls, unique opens count subscribers. `data` is an empty array (MailWizz 2.7.2 leaves
    it out). The campaign is looked up by uid alone (any status) and the subscriber in any list: unknown
    ones answer 404 "The campaign does not exist." and "The subscriber does not exist.".

    Args:
        campaign_uid (str):
        subscriber_uid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TrackOpeningResult
    """

    return sync_detailed(
        campaign_uid=campaign_uid,
        subscriber_uid=subscriber_uid,
        client=client,
    ).parsed


async def asyncio_detailed(
    campaign_uid: str,
    subscriber_uid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | TrackOpeningResult]:
    """Record that a subscriber opened a campaign

     Records that a subscriber opened the campaign. Every call records one open, without de-duplication:
    opens count calls, unique opens count subscribers. `data` is an empty array (MailWizz 2.7.2 leaves
    it out). The campaign is looked up by uid alone (any status) and the subscriber in any list: unknown
    ones answer 404 "The campaign does not exist." and "The subscriber does not exist.".

    Args:
        campaign_uid (str):
        subscriber_uid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TrackOpeningResult]
    """

    kwargs = _get_kwargs(
        campaign_uid=campaign_uid,
        subscriber_uid=subscriber_uid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_uid: str,
    subscriber_uid: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | TrackOpeningResult | None:
    """Record that a subscriber opened a campaign

     Records that a subscriber opened the campaign. Every call records one open, without de-duplication:
    opens count calls, unique opens count subscribers. `data` is an empty array (MailWizz 2.7.2 leaves
    it out). The campaign is looked up by uid alone (any status) and the subscriber in any list: unknown
    ones answer 404 "The campaign does not exist." and "The subscriber does not exist.".

    Args:
        campaign_uid (str):
        subscriber_uid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TrackOpeningResult
    """

    return (
        await asyncio_detailed(
            campaign_uid=campaign_uid,
            subscriber_uid=subscriber_uid,
            client=client,
        )
    ).parsed
