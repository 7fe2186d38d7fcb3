from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_create_request import ListCreateRequest
from ...models.list_uid_result import ListUidResult
from ...types import Response


def _get_kwargs(
    *,
    body: ListCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/lists",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListUidResult | None:
    if response.status_code == 201:
        response_201 = ListUidResult.from_dict(response.json())

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
) -> Response[ErrorResponse | ListUidResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListCreateRequest,
) -> Response[ErrorResponse | ListUidResult]:
    """Create a mailing list

     Creates a list and answers 201 with its uid beside `status`. The list gets three text fields: EMAIL
    (required), FNAME and LNAME. Opt-in is double unless `general[opt_in]` says single, so subscribers
    added through the API are unconfirmed until they confirm by email. The account's company details,
    when it has them, are copied into the list first. The account's list limit is checked before
    anything else (422). Validation reports only the first failing group, in the order general,
    defaults, notifications, company, as an object of field messages.

    Args:
        body (ListCreateRequest): Fields of a new list. Company fields are optional while the
            account has company details of its own: the server copies those into every list it creates
            or updates, then applies company[...]. Keys the server does not know are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListUidResult]
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
    body: ListCreateRequest,
) -> ErrorResponse | ListUidResult | None:
    """Create a mailing list

     Creates a list and answers 201 with its uid beside `status`. The list gets three text fields: EMAIL
    (required), FNAME and LNAME. Opt-in is double unless `general[opt_in]` says single, so subscribers
    added through the API are unconfirmed until they confirm by email. The account's company details,
    when it has them, are copied into the list first. The account's list limit is checked before
    anything else (422). Validation reports only the first failing group, in the order general,
    defaults, notifications, company, as an object of field messages.

    Args:
        body (ListCreateRequest): Fields of a new list. Company fields are optional while the
            account has company details of its own: the server copies those into every list it creates
            or updates, then applies company[...]. Keys the server does not know are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListUidResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListCreateRequest,
) -> Response[ErrorResponse | ListUidResult]:
    """Create a mailing list

     Creates a list and answers 201 with its uid beside `status`. The list gets three text fields: EMAIL
    (required), FNAME and LNAME. Opt-in is double unless `general[opt_in]` says single, so subscribers
    added through the API are unconfirmed until they confirm by email. The account's company details,
    when it has them, are copied into the list first. The account's list limit is checked before
    anything else (422). Validation reports only the first failing group, in the order general,
    defaults, notifications, company, as an object of field messages.

    Args:
        body (ListCreateRequest): Fields of a new list. Company fields are optional while the
            account has company details of its own: the server copies those into every list it creates
            or updates, then applies company[...]. Keys the server does not know are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListUidResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ListCreateRequest,
) -> ErrorResponse | ListUidResult | None:
    """Create a mailing list

     Creates a list and answers 201 with its uid beside `status`. The list gets three text fields: EMAIL
    (required), FNAME and LNAME. Opt-in is double unless `general[opt_in]` says single, so subscribers
    added through the API are unconfirmed until they confirm by email. The account's company details,
    when it has them, are copied into the list first. The account's list limit is checked before
    anything else (422). Validation reports only the first failing group, in the order general,
    defaults, notifications, company, as an object of field messages.

    Args:
        body (ListCreateRequest): Fields of a new list. Company fields are optional while the
            account has company details of its own: the server copies those into every list it creates
            or updates, then applies company[...]. Keys the server does not know are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListUidResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
