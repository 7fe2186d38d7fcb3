from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.segment_uid_result import SegmentUidResult
from ...models.segment_update_request import SegmentUpdateRequest
from ...types import Response


def _get_kwargs(
    list_uid: str,
    segment_uid: str,
    *,
    body: SegmentUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/lists/{list_uid}/segments/{segment_uid}".format(
            list_uid=quote(str(list_uid), safe=""),
            segment_uid=quote(str(segment_uid), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SegmentUidResult | None:
    if response.status_code == 200:
        response_200 = SegmentUidResult.from_dict(response.json())

        return response_200

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
) -> Response[ErrorResponse | SegmentUidResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    list_uid: str,
    segment_uid: str,
    *,
    client: AuthenticatedClient | Client,
    body: SegmentUpdateRequest,
) -> Response[ErrorResponse | SegmentUidResult]:
    """Update a segment

     Changes the segment and answers 200 with it under `data.record` (Pakat's documents show
    `segment_uid` beside `status`). `name` and `operator_match` keep their value when not sent, but the
    conditions and the campaign conditions are always replaced by those sent: an update without
    `conditions[...]` deletes every condition, and one without `campaign_conditions[...]` every campaign
    condition. Send the whole set of rules with every update. Limits and refusals are those of
    createSegment, without the `data` key. The route exists in MailWizz 2.4.1 and later (not in 2.1.13).

    Args:
        list_uid (str):
        segment_uid (str):
        body (SegmentUpdateRequest): The segment's new settings and its complete rules: the
            conditions and campaign conditions sent replace all the stored ones, so rules that are not
            sent are deleted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SegmentUidResult]
    """

    kwargs = _get_kwargs(
        list_uid=list_uid,
        segment_uid=segment_uid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    list_uid: str,
    segment_uid: str,
    *,
    client: AuthenticatedClient | Client,
    body: SegmentUpdateRequest,
) -> ErrorResponse | SegmentUidResult | None:
    """Update a segment

     Changes the segment and answers 200 with it under `data.record` (Pakat's documents show
    `segment_uid` beside `status`). `name` and `operator_match` keep their value when not sent, but the
    conditions and the campaign conditions are always replaced by those sent: an update without
    `conditions[...]` deletes every condition, and one without `campaign_conditions[...]` every campaign
    condition. Send the whole set of rules with every update. Limits and refusals are those of
    createSegment, without the `data` key. The route exists in MailWizz 2.4.1 and later (not in 2.1.13).

    Args:
        list_uid (str):
        segment_uid (str):
        body (SegmentUpdateRequest): The segment's new settings and its complete rules: the
            conditions and campaign conditions sent replace all the stored ones, so rules that are not
            sent are deleted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SegmentUidResult
    """

    return sync_detailed(
        list_uid=list_uid,
        segment_uid=segment_uid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    list_uid: str,
    segment_uid: str,
    *,
    client: AuthenticatedClient | Client,
    body: SegmentUpdateRequest,
) -> Response[ErrorResponse | SegmentUidResult]:
    """Update a segment

     Changes the segment and answers 200 with it under `data.record` (Pakat's documents show
    `segment_uid` beside `status`). `name` and `operator_match` keep their value when not sent, but the
    conditions and the campaign conditions are always replaced by those sent: an update without
    `conditions[...]` deletes every condition, and one without `campaign_conditions[...]` every campaign
    condition. Send the whole set of rules with every update. Limits and refusals are those of
    createSegment, without the `data` key. The route exists in MailWizz 2.4.1 and later (not in 2.1.13).

    Args:
        list_uid (str):
        segment_uid (str):
        body (SegmentUpdateRequest): The segment's new settings and its complete rules: the
            conditions and campaign conditions sent replace all the stored ones, so rules that are not
            sent are deleted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SegmentUidResult]
    """

    kwargs = _get_kwargs(
        list_uid=list_uid,
        segment_uid=segment_uid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    list_uid: str,
    segment_uid: str,
    *,
    client: AuthenticatedClient | Client,
    body: SegmentUpdateRequest,
) -> ErrorResponse | SegmentUidResult | None:
    """Update a segment

     Changes the segment and answers 200 with it under `data.record` (Pakat's documents show
    `segment_uid` beside `status`). `name` and `operator_match` keep their value when not sent, but the
    conditions and the campaign conditions are always replaced by those sent: an update without
    `conditions[...]` deletes every condition, and one without `campaign_conditions[...]` every campaign
    condition. Send the whole set of rules with every update. Limits and refusals are those of
    createSegment, without the `data` key. The route exists in MailWizz 2.4.1 and later (not in 2.1.13).

    Args:
        list_uid (str):
        segment_uid (str):
        body (SegmentUpdateRequest): The segment's new settings and its complete rules: the
            conditions and campaign conditions sent replace all the stored ones, so rules that are not
            sent are deleted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SegmentUidResult
    """

    return (
        await asyncio_detailed(
            list_uid=list_uid,
            segment_uid=segment_uid,
            client=client,
            body=body,
        )
    ).parsed
