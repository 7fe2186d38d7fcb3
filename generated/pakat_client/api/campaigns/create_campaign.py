from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.campaign_create_request import CampaignCreateRequest
from ...models.campaign_uid_result import CampaignUidResult
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CampaignCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/campaigns",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CampaignUidResult | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = CampaignUidResult.from_dict(response.json())

        return response_201

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
) -> Response[CampaignUidResult | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CampaignCreateRequest,
) -> Response[CampaignUidResult | ErrorResponse]:
    """Create a campaign

     Creates a campaign for a list (or one of its segments); it is pending-sending unless
    `campaign[status]` says draft or paused (other statuses are ignored). The checks come in this order,
    each ending the call: the account's campaign limits (403), the fields (one 422 object keyed by
    attribute: `name`, `from_name`, `from_email`, `to_name`, `reply_to`, `subject`, `send_at`, `type`),
    the list (422 strings), the segment, the stored template, the content (template_uid wins over
    content, content over archive; none: 422), the options (422 keyed by option name), the archive's
    entry file (422 keyed `archive`) and finally the tags the HTML must hold (422 keyed `content`; which
    tags is an account setting: a stock MailWizz requires `[UNSUBSCRIBE_URL]` and
    `[COMPANY_FULL_ADDRESS]`). Base64 is decoded leniently. The uid comes back beside `status`.

    Args:
        body (CampaignCreateRequest): A new campaign. The content is one of template_uid, content
            or archive (in that order of precedence). `campaign[options][NAME]` sets any column of the
            options record; unknown names are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignUidResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CampaignCreateRequest,
) -> CampaignUidResult | ErrorResponse | None:
    """Create a campaign

     Creates a campaign for a list (or one of its segments); it is pending-sending unless
    `campaign[status]` says draft or paused (other statuses are ignored). The checks come in this order,
    each ending the call: the account's campaign limits (403), the fields (one 422 object keyed by
    attribute: `name`, `from_name`, `from_email`, `to_name`, `reply_to`, `subject`, `send_at`, `type`),
    the list (422 strings), the segment, the stored template, the content (template_uid wins over
    content, content over archive; none: 422), the options (422 keyed by option name), the archive's
    entry file (422 keyed `archive`) and finally the tags the HTML must hold (422 keyed `content`; which
    tags is an account setting: a stock MailWizz requires `[UNSUBSCRIBE_URL]` and
    `[COMPANY_FULL_ADDRESS]`). Base64 is decoded leniently. The uid comes back beside `status`.

    Args:
        body (CampaignCreateRequest): A new campaign. The content is one of template_uid, content
            or archive (in that order of precedence). `campaign[options][NAME]` sets any column of the
            options record; unknown names are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignUidResult | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CampaignCreateRequest,
) -> Response[CampaignUidResult | ErrorResponse]:
    """Create a campaign

     Creates a campaign for a list (or one of its segments); it is pending-sending unless
    `campaign[status]` says draft or paused (other statuses are ignored). The checks come in this order,
    each ending the call: the account's campaign limits (403), the fields (one 422 object keyed by
    attribute: `name`, `from_name`, `from_email`, `to_name`, `reply_to`, `subject`, `send_at`, `type`),
    the list (422 strings), the segment, the stored template, the content (template_uid wins over
    content, content over archive; none: 422), the options (422 keyed by option name), the archive's
    entry file (422 keyed `archive`) and finally the tags the HTML must hold (422 keyed `content`; which
    tags is an account setting: a stock MailWizz requires `[UNSUBSCRIBE_URL]` and
    `[COMPANY_FULL_ADDRESS]`). Base64 is decoded leniently. The uid comes back beside `status`.

    Args:
        body (CampaignCreateRequest): A new campaign. The content is one of template_uid, content
            or archive (in that order of precedence). `campaign[options][NAME]` sets any column of the
            options record; unknown names are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CampaignUidResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CampaignCreateRequest,
) -> CampaignUidResult | ErrorResponse | None:
    """Create a campaign

     Creates a campaign for a list (or one of its segments); it is pending-sending unless
    `campaign[status]` says draft or paused (other statuses are ignored). The checks come in this order,
    each ending the call: the account's campaign limits (403), the fields (one 422 object keyed by
    attribute: `name`, `from_name`, `from_email`, `to_name`, `reply_to`, `subject`, `send_at`, `type`),
    the list (422 strings), the segment, the stored template, the content (template_uid wins over
    content, content over archive; none: 422), the options (422 keyed by option name), the archive's
    entry file (422 keyed `archive`) and finally the tags the HTML must hold (422 keyed `content`; which
    tags is an account setting: a stock MailWizz requires `[UNSUBSCRIBE_URL]` and
    `[COMPANY_FULL_ADDRESS]`). Base64 is decoded leniently. The uid comes back beside `status`.

    Args:
        body (CampaignCreateRequest): A new campaign. The content is one of template_uid, content
            or archive (in that order of precedence). `campaign[options][NAME]` sets any column of the
            options record; unknown names are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CampaignUidResult | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
