from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.field_update_request import FieldUpdateRequest
from ...models.field_write_result import FieldWriteResult
from ...types import Response


def _get_kwargs(
    list_uid: str,
    field_id: str,
    *,
    body: FieldUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/lists/{list_uid}/fields/{field_id}".format(
            list_uid=quote(str(list_uid), safe=""),
            field_id=quote(str(field_id), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | FieldWriteResult | None:
    if response.status_code == 200:
        response_200 = FieldWriteResult.from_dict(response.json())

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
) -> Response[ErrorResponse | FieldWriteResult]:
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
    body: FieldUpdateRequest,
) -> Response[ErrorResponse | FieldWriteResult]:
    """Update a custom field

     Changes the attributes sent; the rest keep their value. Answers 200 with the field under
    `data.record`, `list` included. A `type` other than the field's own is refused: delete the field and
    create it again. For the EMAIL field, `tag`, `required` and `visibility` are ignored without an
    error. Options sent replace the field's options. Not sending them is a trap on choice fields: the
    server saves every field of the type together and hands the options out by position, so when another
    field of the same type has options, the field updated takes that field's options (its own are
    deleted) and the options of those fields shift along. Send a choice field's options with every
    update. Validation failures are an array of error objects, as on createField. The route exists in
    MailWizz 2.4.1 and later (not in 2.1.13).

    Args:
        list_uid (str):
        field_id (str):
        body (FieldUpdateRequest): Custom field settings to change. For the EMAIL field, tag,
            required and visibility are ignored. Send the options of a choice field again (see
            updateField).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FieldWriteResult]
    """

    kwargs = _get_kwargs(
        list_uid=list_uid,
        field_id=field_id,
        body=body,
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
    body: FieldUpdateRequest,
) -> ErrorResponse | FieldWriteResult | None:
    """Update a custom field

     Changes the attributes sent; the rest keep their value. Answers 200 with the field under
    `data.record`, `list` included. A `type` other than the field's own is refused: delete the field and
    create it again. For the EMAIL field, `tag`, `required` and `visibility` are ignored without an
    error. Options sent replace the field's options. Not sending them is a trap on choice fields: the
    server saves every field of the type together and hands the options out by position, so when another
    field of the same type has options, the field updated takes that field's options (its own are
    deleted) and the options of those fields shift along. Send a choice field's options with every
    update. Validation failures are an array of error objects, as on createField. The route exists in
    MailWizz 2.4.1 and later (not in 2.1.13).

    Args:
        list_uid (str):
        field_id (str):
        body (FieldUpdateRequest): Custom field settings to change. For the EMAIL field, tag,
            required and visibility are ignored. Send the options of a choice field again (see
            updateField).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FieldWriteResult
    """

    return sync_detailed(
        list_uid=list_uid,
        field_id=field_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    list_uid: str,
    field_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FieldUpdateRequest,
) -> Response[ErrorResponse | FieldWriteResult]:
    """Update a custom field

     Changes the attributes sent; the rest keep their value. Answers 200 with the field under
    `data.record`, `list` included. A `type` other than the field's own is refused: delete the field and
    create it again. For the EMAIL field, `tag`, `required` and `visibility` are ignored without an
    error. Options sent replace the field's options. Not sending them is a trap on choice fields: the
    server saves every field of the type together and hands the options out by position, so when another
    field of the same type has options, the field updated takes that field's options (its own are
    deleted) and the options of those fields shift along. Send a choice field's options with every
    update. Validation failures are an array of error objects, as on createField. The route exists in
    MailWizz 2.4.1 and later (not in 2.1.13).

    Args:
        list_uid (str):
        field_id (str):
        body (FieldUpdateRequest): Custom field settings to change. For the EMAIL field, tag,
            required and visibility are ignored. Send the options of a choice field again (see
            updateField).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FieldWriteResult]
    """

    kwargs = _get_kwargs(
        list_uid=list_uid,
        field_id=field_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    list_uid: str,
    field_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: FieldUpdateRequest,
) -> ErrorResponse | FieldWriteResult | None:
    """Update a custom field

     Changes the attributes sent; the rest keep their value. Answers 200 with the field under
    `data.record`, `list` included. A `type` other than the field's own is refused: delete the field and
    create it again. For the EMAIL field, `tag`, `required` and `visibility` are ignored without an
    error. Options sent replace the field's options. Not sending them is a trap on choice fields: the
    server saves every field of the type together and hands the options out by position, so when another
    field of the same type has options, the field updated takes that field's options (its own are
    deleted) and the options of those fields shift along. Send a choice field's options with every
    update. Validation failures are an array of error objects, as on createField. The route exists in
    MailWizz 2.4.1 and later (not in 2.1.13).

    Args:
        list_uid (str):
        field_id (str):
        body (FieldUpdateRequest): Custom field settings to change. For the EMAIL field, tag,
            required and visibility are ignored. Send the options of a choice field again (see
            updateField).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FieldWriteResult
    """

    return (
        await asyncio_detailed(
            list_uid=list_uid,
            field_id=field_id,
            client=client,
            body=body,
        )
    ).parsed
