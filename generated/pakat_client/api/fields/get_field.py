from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.field_envelope import FieldEnvelope
from ...types import Response


def _get_kwargs(
    list_uid: str,
    field_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/lists/{list_uid}/fields/{field_id}".format(
            list_uid=quote(str(list_uid), safe=""),
            field_id=quote(str(field_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | FieldEnvelope | str | None:
    if response.status_code == 200:
        response_200 = FieldEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = response.text
        return response_304

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
) -> Response[ErrorResponse | FieldEnvelope | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    list_uid: str,
    field_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | FieldEnvelope | str]:
    """Get a custom field

     One custom field of the list, without the `list` key. The field id is digits only; any other path
    segment is an unknown route.

    Args:
        list_uid (str):
        field_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FieldEnvelope | str]
    """

    kwargs = _get_kwargs(
        list_uid=list_uid,
        field_id=field_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    list_uid: str,
    field_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | FieldEnvelope | str | None:
    """Get a custom field

     One custom field of the list, without the `list` key. The field id is digits only; any other path
    segment is an unknown route.

    Args:
        list_uid (str):
        field_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FieldEnvelope | str
    """

    return sync_detailed(
        list_uid=list_uid,
        field_id=field_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    list_uid: str,
    field_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | FieldEnvelope | str]:
    """Get a custom field

     One custom field of the list, without the `list` key. The field id is digits only; any other path
    segment is an unknown route.

    Args:
        list_uid (str):
        field_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FieldEnvelope | str]
    """

    kwargs = _get_kwargs(
        list_uid=list_uid,
        field_id=field_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    list_uid: str,
    field_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | FieldEnvelope | str | None:
    """Get a custom field

     One custom field of the list, without the `list` key. The field id is digits only; any other path
    segment is an unknown route.

    Args:
        list_uid (str):
        field_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FieldEnvelope | str
    """

    return (
        await asyncio_detailed(
            list_uid=list_uid,
            field_id=field_id,
            client=client,
        )
    ).parsed
