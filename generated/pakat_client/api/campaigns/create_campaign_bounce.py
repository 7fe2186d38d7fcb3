from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bounce_create_request import BounceCreateRequest
from ...models.bounce_envelope import BounceEnvelope
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    campaign_uid: str,
    *,
    body: BounceCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/campaigns/{campaign_uid}/bounces".format(
            campaign_uid=quote(str(campaign_uid), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BounceEnvelope | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = BounceEnvelope.from_dict(response.json())

        return response_201

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
) -> Response[BounceEnvelope | ErrorResponse]:
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
    body: BounceCreateRequest,
) -> Response[BounceEnvelope | ErrorResponse]:
    """Record a bounce for a campaign

     Records that a subscriber's copy of the campaign bounced, and answers 201 with the bounce
    (`processed` no). The subscriber is looked up by uid in every list, not only the campaign's. The
    server checks, in this order: the campaign (404 "The campaign does not exist!"), the subscriber (404
    "The subscriber does not exist!", also when `subscriber_uid` is missing or empty), an earlier bounce
    of this subscriber for this campaign (422 "This subscriber has already been marked as bounced!"),
    then `bounce_type` (422 "Invalid bounce type!"). `bounce_type` defaults to internal and `message` to
    "BOUNCED BACK"; a message of 253 characters or more is cut to its first 250 followed by "...". A
    hard bounce of a confirmed subscriber also puts the address on the blacklist, which blacklists every
    confirmed subscriber with that address; soft and internal bounces change nothing else.

    Args:
        campaign_uid (str):
        body (BounceCreateRequest): A bounce to record.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BounceEnvelope | ErrorResponse]
    """

    kwargs = _get_kwargs(
        campaign_uid=campaign_uid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_uid: str,
    *,
    client: AuthenticatedClient | Client,
    body: BounceCreateRequest,
) -> BounceEnvelope | ErrorResponse | None:
    """Record a bounce for a campaign

     Records that a subscriber's copy of the campaign bounced, and answers 201 with the bounce
    (`processed` no). The subscriber is looked up by uid in every list, not only the campaign's. The
    server checks, in this order: the campaign (404 "The campaign does not exist!"), the subscriber (404
    "The subscriber does not exist!", also when `subscriber_uid` is missing or empty), an earlier bounce
    of this subscriber for this campaign (422 "This subscriber has already been marked as bounced!"),
    then `bounce_type` (422 "Invalid bounce type!"). `bounce_type` defaults to internal and `message` to
    "BOUNCED BACK"; a message of 253 characters or more is cut to its first 250 followed by "...". A
    hard bounce of a confirmed subscriber also puts the address on the blacklist, which blacklists every
    confirmed subscriber with that address; soft and internal bounces change nothing else.

    Args:
        campaign_uid (str):
        body (BounceCreateRequest): A bounce to record.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BounceEnvelope | ErrorResponse
    """

    return sync_detailed(
        campaign_uid=campaign_uid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    campaign_uid: str,
    *,
    client: AuthenticatedClient | Client,
    body: BounceCreateRequest,
) -> Response[BounceEnvelope | ErrorResponse]:
    """Record a bounce for a campaign

     Records that a subscriber's copy of the campaign bounced, and answers 201 with the bounce
    (`processed` no). The subscriber is looked up by uid in every list, not only the campaign's. The
    server checks, in this order: the campaign (404 "The campaign does not exist!"), the subscriber (404
    "The subscriber does not exist!", also when `subscriber_uid` is missing or empty), an earlier bounce
    of this subscriber for this campaign (422 "This subscriber has already been marked as bounced!"),
    then `bounce_type` (422 "Invalid bounce type!"). `bounce_type` defaults to internal and `message` to
    "BOUNCED BACK"; a message of 253 characters or more is cut to its first 250 followed by "...". A
    hard bounce of a confirmed subscriber also puts the address on the blacklist, which blacklists every
    confirmed subscriber with that address; soft and internal bounces change nothing else.

    Args:
        campaign_uid (str):
        body (BounceCreateRequest): A bounce to record.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BounceEnvelope | ErrorResponse]
    """

    kwargs = _get_kwargs(
        campaign_uid=campaign_uid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_uid: str,
    *,
    client: AuthenticatedClient | Client,
    body: BounceCreateRequest,
) -> BounceEnvelope | ErrorResponse | None:
    """Record a bounce for a campaign

     Records that a subscriber's copy of the campaign bounced, and answers 201 with the bounce
    (`processed` no). The subscriber is looked up by uid in every list, not only the campaign's. The
    server checks, in this order: the campaign (404 "The campaign does not exist!"), the subscriber (404
    "The subscriber does not exist!", also when `subscriber_uid` is missing or empty), an earlier bounce
    of this subscriber for this campaign (422 "This subscriber has already been marked as bounced!"),
    then `bounce_type` (422 "Invalid bounce type!"). `bounce_type` defaults to internal and `message` to
    "BOUNCED BACK"; a message of 253 characters or more is cut to its first 250 followed by "...". A
    hard bounce of a confirmed subscriber also puts the address on the blacklist, which blacklists every
    confirmed subscriber with that address; soft and internal bounces change nothing else.

    Args:
        campaign_uid (str):
        body (BounceCreateRequest): A bounce to record.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BounceEnvelope | ErrorResponse
    """

    return (
        await asyncio_detailed(
            campaign_uid=campaign_uid,
            client=client,
            body=body,
        )
    ).parsed
