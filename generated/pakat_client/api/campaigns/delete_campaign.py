from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.status_response import StatusResponse
from ...types import Response


def _get_kwargs(
    campaign_uid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/campaigns/{campaign_uid}".format(
            campaign_uid=quote(str(campaign_uid), safe=""),
        ),
    }

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
) -> Response[ErrorResponse | StatusResponse]:
    """Delete a campaign

     Deletes a campaign softly: its status becomes pending-delete and `(Deleted)` is appended to its
    name; a background job removes it later. From then on the campaign routes answer 404 and the list
    leaves it out, while its bounce, delivery-log, unsubscribe and tracking routes still find it. A
    campaign that is sending or processing (or an account whose group may not delete campaigns) gets
    400.

    Args:
        campaign_uid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StatusResponse]
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
) -> ErrorResponse | StatusResponse | None:
    """Delete a campaign

     Deletes a campaign softly: its status becomes pending-delete and `(Deleted)` is appended to its
    name; a background job removes it later. From then on the campaign routes answer 404 and the list
    leaves it out, while its bounce, delivery-log, unsubscribe and tracking routes still find it. A
    campaign that is sending or processing (or an account whose group may not delete campaigns) gets
    400.

    Args:
        campaign_uid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StatusResponse
    """

    return sync_detailed(
        campaign_uid=campaign_uid,
        client=client,
    ).parsed


async def asyncio_detailed(
    campaign_uid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | StatusResponse]:
    """Delete a campaign

     Deletes a campaign softly: its status becomes pending-delete and `(Deleted)` is appended to its
    name; a background job removes it later. From then on the campaign routes answer 404 and the list
    leaves it out, while its bounce, delivery-log, unsubscribe and tracking routes still find it. A
    campaign that is sending or processing (or an account whose group may not delete campaigns) gets
    400.

    Args:
        campaign_uid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StatusResponse]
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
) -> ErrorResponse | StatusResponse | None:
    """Delete a campaign

     Deletes a campaign softly: its status becomes pending-delete and `(Deleted)` is appended to its
    name; a background job removes it later. From then on the campaign routes answer 404 and the list
    leaves it out, while its bounce, delivery-log, unsubscribe and tracking routes still find it. A
    campaign that is sending or processing (or an account whose group may not delete campaigns) gets
    400.

    Args:
        campaign_uid (str):

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
        )
    ).parsed
