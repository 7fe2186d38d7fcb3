from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign_update_request import CampaignUpdateRequest
from ...models.error_response import ErrorResponse
from ...models.status_response import StatusResponse
from ...types import Response


def _get_kwargs(
    campaign_uid: str,
    *,
    body: CampaignUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/campaigns/{campaign_uid}".format(
            campaign_uid=quote(str(campaign_uid), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

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
    *,
    client: AuthenticatedClient | Client,
    body: CampaignUpdateRequest,
) -> Response[ErrorResponse | StatusResponse]:
    """Update a campaign

     Changes the given settings of a draft, pending-sending or paused campaign; other statuses are
    refused with 422 "This campaign is not ediable." (sic). Fields left out keep their value; the merged
    campaign is validated as on create (same flat 422 objects). An unknown list gives "Please provide a
    list for this campaign.". An empty `campaign[segment_uid]` keeps the segment. Without template_uid,
    content or archive the content stays; the template's name is blanked unless
    `campaign[template][name]` is given. The answer is `{"status": "success"}` alone. The 404 of this
    route says "Requested campaign does not exist.".

    Args:
        campaign_uid (str):
        body (CampaignUpdateRequest): Campaign settings to change; what is left out keeps its
            value. Without template_uid, content or archive the current content stays.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StatusResponse]
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
    body: CampaignUpdateRequest,
) -> ErrorResponse | StatusResponse | None:
    """Update a campaign

     Changes the given settings of a draft, pending-sending or paused campaign; other statuses are
    refused with 422 "This campaign is not ediable." (sic). Fields left out keep their value; the merged
    campaign is validated as on create (same flat 422 objects). An unknown list gives "Please provide a
    list for this campaign.". An empty `campaign[segment_uid]` keeps the segment. Without template_uid,
    content or archive the content stays; the template's name is blanked unless
    `campaign[template][name]` is given. The answer is `{"status": "success"}` alone. The 404 of this
    route says "Requested campaign does not exist.".

    Args:
        campaign_uid (str):
        body (CampaignUpdateRequest): Campaign settings to change; what is left out keeps its
            value. Without template_uid, content or archive the current content stays.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StatusResponse
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
    body: CampaignUpdateRequest,
) -> Response[ErrorResponse | StatusResponse]:
    """Update a campaign

     Changes the given settings of a draft, pending-sending or paused campaign; other statuses are
    refused with 422 "This campaign is not ediable." (sic). Fields left out keep their value; the merged
    campaign is validated as on create (same flat 422 objects). An unknown list gives "Please provide a
    list for this campaign.". An empty `campaign[segment_uid]` keeps the segment. Without template_uid,
    content or archive the content stays; the template's name is blanked unless
    `campaign[template][name]` is given. The answer is `{"status": "success"}` alone. The 404 of this
    route says "Requested campaign does not exist.".

    Args:
        campaign_uid (str):
        body (CampaignUpdateRequest): Campaign settings to change; what is left out keeps its
            value. Without template_uid, content or archive the current content stays.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StatusResponse]
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
    body: CampaignUpdateRequest,
) -> ErrorResponse | StatusResponse | None:
    """Update a campaign

     Changes the given settings of a draft, pending-sending or paused campaign; other statuses are
    refused with 422 "This campaign is not ediable." (sic). Fields left out keep their value; the merged
    campaign is validated as on create (same flat 422 objects). An unknown list gives "Please provide a
    list for this campaign.". An empty `campaign[segment_uid]` keeps the segment. Without template_uid,
    content or archive the content stays; the template's name is blanked unless
    `campaign[template][name]` is given. The answer is `{"status": "success"}` alone. The 404 of this
    route says "Requested campaign does not exist.".

    Args:
        campaign_uid (str):
        body (CampaignUpdateRequest): Campaign settings to change; what is left out keeps its
            value. Without template_uid, content or archive the current content stays.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StatusResponse
    """

    return (
        await asyncio_detailed(
            campaign_uid=campaign_uid,
            client=client,
            body=body,
        )
    ).parsed
