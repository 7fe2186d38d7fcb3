from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.search_subscribers_by_custom_fields_custom_fields import (
    SearchSubscribersByCustomFieldsCustomFields,
)
from ...models.subscriber_collection import SubscriberCollection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    list_uid: str,
    *,
    custom_fields: SearchSubscribersByCustomFieldsCustomFields,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_custom_fields = custom_fields.to_dict()
    params.update(json_custom_fields)

    params["page"] = page

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/lists/{list_uid}/subscribers/search-by-custom-fields".format(
            list_uid=quote(str(list_uid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SubscriberCollection | None:
    if response.status_code == 200:
        response_200 = SubscriberCollection.from_dict(response.json())

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
) -> Response[ErrorResponse | SubscriberCollection]:
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
    custom_fields: SearchSubscribersByCustomFieldsCustomFields,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> Response[ErrorResponse | SubscriberCollection]:
    """Search a list's subscribers by custom field values

     A page of the list's subscribers whose custom field equals a value, newest first, records shaped as
    in listSubscribers. Send **one** field tag as a top-level query parameter (`?FNAME=Ali`): two or
    more tags always give an empty result (the server applies every condition to one stored value), and
    `custom_fields[FNAME]=Ali` is not read. Matching is exact equality (case-insensitive), no partial
    match. A value starting with `>`, `>=`, `=` or `<>` is read as that comparison (`?AGE=>30`, compared
    as text); a value starting with `<` is destroyed by the server's input filter. No usable tag
    (unknown tags, empty values, `0`) is not an error: an empty collection with null paging.

    Args:
        list_uid (str):
        custom_fields (SearchSubscribersByCustomFieldsCustomFields):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriberCollection]
    """

    kwargs = _get_kwargs(
        list_uid=list_uid,
        custom_fields=custom_fields,
        page=page,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    list_uid: str,
    *,
    client: AuthenticatedClient | Client,
    custom_fields: SearchSubscribersByCustomFieldsCustomFields,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> ErrorResponse | SubscriberCollection | None:
    """Search a list's subscribers by custom field values

     A page of the list's subscribers whose custom field equals a value, newest first, records shaped as
    in listSubscribers. Send **one** field tag as a top-level query parameter (`?FNAME=Ali`): two or
    more tags always give an empty result (the server applies every condition to one stored value), and
    `custom_fields[FNAME]=Ali` is not read. Matching is exact equality (case-insensitive), no partial
    match. A value starting with `>`, `>=`, `=` or `<>` is read as that comparison (`?AGE=>30`, compared
    as text); a value starting with `<` is destroyed by the server's input filter. No usable tag
    (unknown tags, empty values, `0`) is not an error: an empty collection with null paging.

    Args:
        list_uid (str):
        custom_fields (SearchSubscribersByCustomFieldsCustomFields):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriberCollection
    """

    return sync_detailed(
        list_uid=list_uid,
        client=client,
        custom_fields=custom_fields,
        page=page,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    list_uid: str,
    *,
    client: AuthenticatedClient | Client,
    custom_fields: SearchSubscribersByCustomFieldsCustomFields,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> Response[ErrorResponse | SubscriberCollection]:
    """Search a list's subscribers by custom field values

     A page of the list's subscribers whose custom field equals a value, newest first, records shaped as
    in listSubscribers. Send **one** field tag as a top-level query parameter (`?FNAME=Ali`): two or
    more tags always give an empty result (the server applies every condition to one stored value), and
    `custom_fields[FNAME]=Ali` is not read. Matching is exact equality (case-insensitive), no partial
    match. A value starting with `>`, `>=`, `=` or `<>` is read as that comparison (`?AGE=>30`, compared
    as text); a value starting with `<` is destroyed by the server's input filter. No usable tag
    (unknown tags, empty values, `0`) is not an error: an empty collection with null paging.

    Args:
        list_uid (str):
        custom_fields (SearchSubscribersByCustomFieldsCustomFields):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SubscriberCollection]
    """

    kwargs = _get_kwargs(
        list_uid=list_uid,
        custom_fields=custom_fields,
        page=page,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    list_uid: str,
    *,
    client: AuthenticatedClient | Client,
    custom_fields: SearchSubscribersByCustomFieldsCustomFields,
    page: int | Unset = 1,
    per_page: int | Unset = 10,
) -> ErrorResponse | SubscriberCollection | None:
    """Search a list's subscribers by custom field values

     A page of the list's subscribers whose custom field equals a value, newest first, records shaped as
    in listSubscribers. Send **one** field tag as a top-level query parameter (`?FNAME=Ali`): two or
    more tags always give an empty result (the server applies every condition to one stored value), and
    `custom_fields[FNAME]=Ali` is not read. Matching is exact equality (case-insensitive), no partial
    match. A value starting with `>`, `>=`, `=` or `<>` is read as that comparison (`?AGE=>30`, compared
    as text); a value starting with `<` is destroyed by the server's input filter. No usable tag
    (unknown tags, empty values, `0`) is not an error: an empty collection with null paging.

    Args:
        list_uid (str):
        custom_fields (SearchSubscribersByCustomFieldsCustomFields):
        page (int | Unset):  Default: 1.
        per_page (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SubscriberCollection
    """

    return (
        await asyncio_detailed(
            list_uid=list_uid,
            client=client,
            custom_fields=custom_fields,
            page=page,
            per_page=per_page,
        )
    ).parsed
