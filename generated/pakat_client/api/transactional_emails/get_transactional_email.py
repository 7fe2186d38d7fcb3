from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.transactional_email_envelope import TransactionalEmailEnvelope
from ...types import Response


def _get_kwargs(
    email_uid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/transactional-emails/{email_uid}".format(
            email_uid=quote(str(email_uid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TransactionalEmailEnvelope | str | None:
    if response.status_code == 200:
        response_200 = TransactionalEmailEnvelope.from_dict(response.json())

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
) -> Response[ErrorResponse | TransactionalEmailEnvelope | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    email_uid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | TransactionalEmailEnvelope | str]:
    """Get a transactional email

     One transactional email of the account: the stored fields (the body as HTML, not base64) plus
    `attachments` as `{type, name, content}` with the file's bytes in base64. An email disappears (404)
    once the send job has dropped it: its recipient was blacklisted by send time, or it was still unsent
    a month after it was added. A stored body that is not UTF-8 (HTML sent in another encoding, or not
    base64-encoded) makes the server answer 200 with an empty body.

    Args:
        email_uid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TransactionalEmailEnvelope | str]
    """

    kwargs = _get_kwargs(
        email_uid=email_uid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    email_uid: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | TransactionalEmailEnvelope | str | None:
    """Get a transactional email

     One transactional email of the account: the stored fields (the body as HTML, not base64) plus
    `attachments` as `{type, name, content}` with the file's bytes in base64. An email disappears (404)
    once the send job has dropped it: its recipient was blacklisted by send time, or it was still unsent
    a month after it was added. A stored body that is not UTF-8 (HTML sent in another encoding, or not
    base64-encoded) makes the server answer 200 with an empty body.

    Args:
        email_uid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TransactionalEmailEnvelope | str
    """

    return sync_detailed(
        email_uid=email_uid,
        client=client,
    ).parsed


async def asyncio_detailed(
    email_uid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | TransactionalEmailEnvelope | str]:
    """Get a transactional email

     One transactional email of the account: the stored fields (the body as HTML, not base64) plus
    `attachments` as `{type, name, content}` with the file's bytes in base64. An email disappears (404)
    once the send job has dropped it: its recipient was blacklisted by send time, or it was still unsent
    a month after it was added. A stored body that is not UTF-8 (HTML sent in another encoding, or not
    base64-encoded) makes the server answer 200 with an empty body.

    Args:
        email_uid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TransactionalEmailEnvelope | str]
    """

    kwargs = _get_kwargs(
        email_uid=email_uid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    email_uid: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | TransactionalEmailEnvelope | str | None:
    """Get a transactional email

     One transactional email of the account: the stored fields (the body as HTML, not base64) plus
    `attachments` as `{type, name, content}` with the file's bytes in base64. An email disappears (404)
    once the send job has dropped it: its recipient was blacklisted by send time, or it was still unsent
    a month after it was added. A stored body that is not UTF-8 (HTML sent in another encoding, or not
    base64-encoded) makes the server answer 200 with an empty body.

    Args:
        email_uid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TransactionalEmailEnvelope | str
    """

    return (
        await asyncio_detailed(
            email_uid=email_uid,
            client=client,
        )
    ).parsed
