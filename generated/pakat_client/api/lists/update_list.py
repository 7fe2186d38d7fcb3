from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_update_request import ListUpdateRequest
from ...models.status_response import StatusResponse
from ...types import Response


def _get_kwargs(
    list_uid: str,
    *,
    body: ListUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/lists/{list_uid}".format(
            list_uid=quote(str(list_uid), safe=""),
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
) -> Response[ErrorResponse | StatusResponse]:
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
    body: ListUpdateRequest,
) -> Response[ErrorResponse | StatusResponse]:
    """Update a mailing list

     Changes the attributes sent; an empty body changes nothing and still answers 200. The account's
    company details, when it has them, are copied over the list's company on every update, so company
    fields not sent go back to the account's values. The sent fields are merged into the stored list and
    the result validated as on create (only the first failing group is reported).

    Args:
        list_uid (str):
        body (ListUpdateRequest): Fields of a list to change; the rest keep their values. Company
            fields are optional while the account has company details of its own: the server copies
            those into every list it creates or updates, then applies company[...]. Keys the server
            does not know are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StatusResponse]
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
    body: ListUpdateRequest,
) -> ErrorResponse | StatusResponse | None:
    """Update a mailing list

     Changes the attributes sent; an empty body changes nothing and still answers 200. The account's
    company details, when it has them, are copied over the list's company on every update, so company
    fields not sent go back to the account's values. The sent fields are merged into the stored list and
    the result validated as on create (only the first failing group is reported).

    Args:
        list_uid (str):
        body (ListUpdateRequest): Fields of a list to change; the rest keep their values. Company
            fields are optional while the account has company details of its own: the server copies
            those into every list it creates or updates, then applies company[...]. Keys the server
            does not know are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StatusResponse
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
    body: ListUpdateRequest,
) -> Response[ErrorResponse | StatusResponse]:
    """Update a mailing list

     Changes the attributes sent; an empty body changes nothing and still answers 200. The account's
    company details, when it has them, are copied over the list's company on every update, so company
    fields not sent go back to the account's values. The sent fields are merged into the stored list and
    the result validated as on create (only the first failing group is reported).

    Args:
        list_uid (str):
        body (ListUpdateRequest): Fields of a list to change; the rest keep their values. Company
            fields are optional while the account has company details of its own: the server copies
            those into every list it creates or updates, then applies company[...]. Keys the server
            does not know are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StatusResponse]
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
    body: ListUpdateRequest,
) -> ErrorResponse | StatusResponse | None:
    """Update a mailing list

     Changes the attributes sent; an empty body changes nothing and still answers 200. The account's
    company details, when it has them, are copied over the list's company on every update, so company
    fields not sent go back to the account's values. The sent fields are merged into the stored list and
    the result validated as on create (only the first failing group is reported).

    Args:
        list_uid (str):
        body (ListUpdateRequest): Fields of a list to change; the rest keep their values. Company
            fields are optional while the account has company details of its own: the server copies
            those into every list it creates or updates, then applies company[...]. Keys the server
            does not know are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StatusResponse
    """

    return (
        await asyncio_detailed(
            list_uid=list_uid,
            client=client,
            body=body,
        )
    ).parsed
