from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.field_create_request import FieldCreateRequest
from ...models.field_write_result import FieldWriteResult
from ...types import Response


def _get_kwargs(
    list_uid: str,
    *,
    body: FieldCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/lists/{list_uid}/fields".format(
            list_uid=quote(str(list_uid), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | FieldWriteResult | None:
    if response.status_code == 201:
        response_201 = FieldWriteResult.from_dict(response.json())

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
) -> Response[ErrorResponse | FieldWriteResult]:
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
    body: FieldCreateRequest,
) -> Response[ErrorResponse | FieldWriteResult]:
    """Create a custom field

     Adds a custom field to the list and answers 201 with it under `data.record`, `list` included. `type`
    is a field type identifier (listFieldTypes); a missing or unknown one, and a list that already has
    as many fields as the account's group allows, are refused with a sentence. `required` defaults to
    no, `visibility` to visible and `sort_order` to 0. Choice fields (dropdown, multiselect,
    checkboxlist, radiolist) take `options[N][name]` and `options[N][value]`; other types ignore
    options. Validation failures come as a JSON array with one object per refused record, each mapping
    an attribute to its message. The route exists in MailWizz 2.4.1 and later (not in 2.1.13).

    Args:
        list_uid (str):
        body (FieldCreateRequest): A new custom field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FieldWriteResult]
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
    body: FieldCreateRequest,
) -> ErrorResponse | FieldWriteResult | None:
    """Create a custom field

     Adds a custom field to the list and answers 201 with it under `data.record`, `list` included. `type`
    is a field type identifier (listFieldTypes); a missing or unknown one, and a list that already has
    as many fields as the account's group allows, are refused with a sentence. `required` defaults to
    no, `visibility` to visible and `sort_order` to 0. Choice fields (dropdown, multiselect,
    checkboxlist, radiolist) take `options[N][name]` and `options[N][value]`; other types ignore
    options. Validation failures come as a JSON array with one object per refused record, each mapping
    an attribute to its message. The route exists in MailWizz 2.4.1 and later (not in 2.1.13).

    Args:
        list_uid (str):
        body (FieldCreateRequest): A new custom field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FieldWriteResult
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
    body: FieldCreateRequest,
) -> Response[ErrorResponse | FieldWriteResult]:
    """Create a custom field

     Adds a custom field to the list and answers 201 with it under `data.record`, `list` included. `type`
    is a field type identifier (listFieldTypes); a missing or unknown one, and a list that already has
    as many fields as the account's group allows, are refused with a sentence. `required` defaults to
    no, `visibility` to visible and `sort_order` to 0. Choice fields (dropdown, multiselect,
    checkboxlist, radiolist) take `options[N][name]` and `options[N][value]`; other types ignore
    options. Validation failures come as a JSON array with one object per refused record, each mapping
    an attribute to its message. The route exists in MailWizz 2.4.1 and later (not in 2.1.13).

    Args:
        list_uid (str):
        body (FieldCreateRequest): A new custom field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FieldWriteResult]
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
    body: FieldCreateRequest,
) -> ErrorResponse | FieldWriteResult | None:
    """Create a custom field

     Adds a custom field to the list and answers 201 with it under `data.record`, `list` included. `type`
    is a field type identifier (listFieldTypes); a missing or unknown one, and a list that already has
    as many fields as the account's group allows, are refused with a sentence. `required` defaults to
    no, `visibility` to visible and `sort_order` to 0. Choice fields (dropdown, multiselect,
    checkboxlist, radiolist) take `options[N][name]` and `options[N][value]`; other types ignore
    options. Validation failures come as a JSON array with one object per refused record, each mapping
    an attribute to its message. The route exists in MailWizz 2.4.1 and later (not in 2.1.13).

    Args:
        list_uid (str):
        body (FieldCreateRequest): A new custom field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FieldWriteResult
    """

    return (
        await asyncio_detailed(
            list_uid=list_uid,
            client=client,
            body=body,
        )
    ).parsed
