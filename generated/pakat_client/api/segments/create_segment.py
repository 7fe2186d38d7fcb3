from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.segment_create_request import SegmentCreateRequest
from ...models.segment_uid_result import SegmentUidResult
from ...types import Response


def _get_kwargs(
    list_uid: str,
    *,
    body: SegmentCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/lists/{list_uid}/segments".format(
            list_uid=quote(str(list_uid), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SegmentUidResult | None:
    if response.status_code == 201:
        response_201 = SegmentUidResult.from_dict(response.json())

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
) -> Response[ErrorResponse | SegmentUidResult]:
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
    body: SegmentCreateRequest,
) -> Response[ErrorResponse | SegmentUidResult]:
    """Create a segment

     Creates a segment and answers 201 with the whole segment under `data.record`, as the server's code
    does; Pakat's documents show `segment_uid` beside `status` instead, so read either. `operator_match`
    defaults to all. Conditions and campaign conditions together may number at most the account group's
    limit (3 by default), counted before identical ones are dropped. Field and operator ids are not
    checked against the list, but ids no field or operator has are refused by the database: then `error`
    is an empty array. Refused conditions answer an object under `conditions` or `campaign_conditions`
    with one error object per refused condition, and every refusal of the conditions carries `data`, the
    field conditions posted (null when none). The route exists in MailWizz 2.4.1 and later (not in
    2.1.13).

    Args:
        list_uid (str):
        body (SegmentCreateRequest): A new segment and its conditions. Conditions and campaign
            conditions together may number at most the account group's limit (3 by default).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SegmentUidResult]
    """

    kwargs = _get_kwargs(
        list_uid=list_uid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    list_uid: str,
    *,
    client: AuthenticatedClient | Client,
    body: SegmentCreateRequest,
) -> ErrorResponse | SegmentUidResult | None:
    """Create a segment

     Creates a segment and answers 201 with the whole segment under `data.record`, as the server's code
    does; Pakat's documents show `segment_uid` beside `status` instead, so read either. `operator_match`
    defaults to all. Conditions and campaign conditions together may number at most the account group's
    limit (3 by default), counted before identical ones are dropped. Field and operator ids are not
    checked against the list, but ids no field or operator has are refused by the database: then `error`
    is an empty array. Refused conditions answer an object under `conditions` or `campaign_conditions`
    with one error object per refused condition, and every refusal of the conditions carries `data`, the
    field conditions posted (null when none). The route exists in MailWizz 2.4.1 and later (not in
    2.1.13).

    Args:
        list_uid (str):
        body (SegmentCreateRequest): A new segment and its conditions. Conditions and campaign
            conditions together may number at most the account group's limit (3 by default).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SegmentUidResult
    """

    return sync_detailed(
        list_uid=list_uid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    list_uid: str,
    *,
    client: AuthenticatedClient | Client,
    body: SegmentCreateRequest,
) -> Response[ErrorResponse | SegmentUidResult]:
    """Create a segment

     Creates a segment and answers 201 with the whole segment under `data.record`, as the server's code
    does; Pakat's documents show `segment_uid` beside `status` instead, so read either. `operator_match`
    defaults to all. Conditions and campaign conditions together may number at most the account group's
    limit (3 by default), counted before identical ones are dropped. Field and operator ids are not
    checked against the list, but ids no field or operator has are refused by the database: then `error`
    is an empty array. Refused conditions answer an object under `conditions` or `campaign_conditions`
    with one error object per refused condition, and every refusal of the conditions carries `data`, the
    field conditions posted (null when none). The route exists in MailWizz 2.4.1 and later (not in
    2.1.13).

    Args:
        list_uid (str):
        body (SegmentCreateRequest): A new segment and its conditions. Conditions and campaign
            conditions together may number at most the account group's limit (3 by default).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SegmentUidResult]
    """

    kwargs = _get_kwargs(
        list_uid=list_uid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    list_uid: str,
    *,
    client: AuthenticatedClient | Client,
    body: SegmentCreateRequest,
) -> ErrorResponse | SegmentUidResult | None:
    """Create a segment

     Creates a segment and answers 201 with the whole segment under `data.record`, as the server's code
    does; Pakat's documents show `segment_uid` beside `status` instead, so read either. `operator_match`
    defaults to all. Conditions and campaign conditions together may number at most the account group's
    limit (3 by default), counted before identical ones are dropped. Field and operator ids are not
    checked against the list, but ids no field or operator has are refused by the database: then `error`
    is an empty array. Refused conditions answer an object under `conditions` or `campaign_conditions`
    with one error object per refused condition, and every refusal of the conditions carries `data`, the
    field conditions posted (null when none). The route exists in MailWizz 2.4.1 and later (not in
    2.1.13).

    Args:
        list_uid (str):
        body (SegmentCreateRequest): A new segment and its conditions. Conditions and campaign
            conditions together may number at most the account group's limit (3 by default).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SegmentUidResult
    """

    return (
        await asyncio_detailed(
            list_uid=list_uid,
            client=client,
            body=body,
        )
    ).parsed
