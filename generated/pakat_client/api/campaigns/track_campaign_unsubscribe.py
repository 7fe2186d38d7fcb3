from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.status_response import StatusResponse
from ...models.track_unsubscribe_request import TrackUnsubscribeRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    campaign_uid: str,
    subscriber_uid: str,
    *,
    body: TrackUnsubscribeRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/campaigns/{campaign_uid}/track-unsubscribe/{subscriber_uid}".format(
            campaign_uid=quote(str(campaign_uid), safe=""),
            subscriber_uid=quote(str(subscriber_uid), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | StatusResponse | None:
    if response.status_code == 200:
        response_200 = StatusResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | StatusResponse]:
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
    body: TrackUnsubscribeRequest | Unset = UNSET,
) -> Response[ErrorResponse | StatusResponse]:
    """Record that a subscriber unsubscribed through a campaign

     Unsubscribes a confirmed subscriber because of the campaign: the subscriber's status becomes
    unsubscribed and one unsubscription is recorded for the campaign. A subscriber in any other status
    (unconfirmed, already unsubscribed, blacklisted, ...) is left as it is and nothing is recorded, with
    the same 200 answer; a second call for the same campaign records nothing more. The optional fields:
    `ip_address` (default the caller's address as the server sees it, cut to 45 bytes), `user_agent`
    (default the caller's User-Agent, cut to 255 bytes) and `reason` (default "Unsubscribed via API!",
    cut to 255 bytes). The cuts count UTF-8 bytes, so a Persian reason keeps about 127 characters, and a
    character cut in half is dropped. No other field (such as `note`) is read, and the body may be left
    out. The campaign is looked up by uid alone (any status) and the subscriber in any list: unknown
    ones answer 404 "The campaign does not exist." and "The subscriber does not exist.".

    Args:
        campaign_uid (str):
        subscriber_uid (str):
        body (TrackUnsubscribeRequest | Unset): Optional details of an unsubscription recorded
            through a campaign.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StatusResponse]
    """

    kwargs = _get_kwargs(
        campaign_uid=campaign_uid,
        subscriber_uid=subscriber_uid,
        body=body,
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
    body: TrackUnsubscribeRequest | Unset = UNSET,
) -> ErrorResponse | StatusResponse | None:
    """Record that a subscriber unsubscribed through a campaign

     Unsubscribes a confirmed subscriber because of the campaign: the subscriber's status becomes
    unsubscribed and one unsubscription is recorded for the campaign. A subscriber in any other status
    (unconfirmed, already unsubscribed, blacklisted, ...) is left as it is and nothing is recorded, with
    the same 200 answer; a second call for the same campaign records nothing more. The optional fields:
    `ip_address` (default the caller's address as the server sees it, cut to 45 bytes), `user_agent`
    (default the caller's User-Agent, cut to 255 bytes) and `reason` (default "Unsubscribed via API!",
    cut to 255 bytes). The cuts count UTF-8 bytes, so a Persian reason keeps about 127 characters, and a
    character cut in half is dropped. No other field (such as `note`) is read, and the body may be left
    out. The campaign is looked up by uid alone (any status) and the subscriber in any list: unknown
    ones answer 404 "The campaign does not exist." and "The subscriber does not exist.".

    Args:
        campaign_uid (str):
        subscriber_uid (str):
        body (TrackUnsubscribeRequest | Unset): Optional details of an unsubscription recorded
            through a campaign.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StatusResponse
    """

    return sync_detailed(
        campaign_uid=campaign_uid,
        subscriber_uid=subscriber_uid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    campaign_uid: str,
    subscriber_uid: str,
    *,
    client: AuthenticatedClient | Client,
    body: TrackUnsubscribeRequest | Unset = UNSET,
) -> Response[ErrorResponse | StatusResponse]:
    """Record that a subscriber unsubscribed through a campaign

     Unsubscribes a confirmed subscriber because of the campaign: the subscriber's status becomes
    unsubscribed and one unsubscription is recorded for the campaign. A subscriber in any other status
    (unconfirmed, already unsubscribed, blacklisted, ...) is left as it is and nothing is recorded, with
    the same 200 answer; a second call for the same campaign records nothing more. The optional fields:
    `ip_address` (default the caller's address as the server sees it, cut to 45 bytes), `user_agent`
    (default the caller's User-Agent, cut to 255 bytes) and `reason` (default "Unsubscribed via API!",
    cut to 255 bytes). The cuts count UTF-8 bytes, so a Persian reason keeps about 127 characters, and a
    character cut in half is dropped. No other field (such as `note`) is read, and the body may be left
    out. The campaign is looked up by uid alone (any status) and the subscriber in any list: unknown
    ones answer 404 "The campaign does not exist." and "The subscriber does not exist.".

    Args:
        campaign_uid (str):
        subscriber_uid (str):
        body (TrackUnsubscribeRequest | Unset): Optional details of an unsubscription recorded
            through a campaign.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StatusResponse]
    """

    kwargs = _get_kwargs(
        campaign_uid=campaign_uid,
        subscriber_uid=subscriber_uid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_uid: str,
    subscriber_uid: str,
    *,
    client: AuthenticatedClient | Client,
    body: TrackUnsubscribeRequest | Unset = UNSET,
) -> ErrorResponse | StatusResponse | None:
    """Record that a subscriber unsubscribed through a campaign

     Unsubscribes a confirmed subscriber because of the campaign: the subscriber's status becomes
    unsubscribed and one unsubscription is recorded for the campaign. A subscriber in any other status
    (unconfirmed, already unsubscribed, blacklisted, ...) is left as it is and nothing is recorded, with
    the same 200 answer; a second call for the same campaign records nothing more. The optional fields:
    `ip_address` (default the caller's address as the server sees it, cut to 45 bytes), `user_agent`
    (default the caller's User-Agent, cut to 255 bytes) and `reason` (default "Unsubscribed via API!",
    cut to 255 bytes). The cuts count UTF-8 bytes, so a Persian reason keeps about 127 characters, and a
    character cut in half is dropped. No other field (such as `note`) is read, and the body may be left
    out. The campaign is looked up by uid alone (any status) and the subscriber in any list: unknown
    ones answer 404 "The campaign does not exist." and "The subscriber does not exist.".

    Args:
        campaign_uid (str):
        subscriber_uid (str):
        body (TrackUnsubscribeRequest | Unset): Optional details of an unsubscription recorded
            through a campaign.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StatusResponse
    """

    return (
        await asyncio_detailed(
            campaign_uid=campaign_uid,
            subscriber_uid=subscriber_uid,
            client=client,
            body=body,
        )
    ).parsed
