from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delivery_log_envelope import DeliveryLogEnvelope
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    email_message_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/campaigns/email-message-id/{email_message_id}".format(
            email_message_id=quote(str(email_message_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeliveryLogEnvelope | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = DeliveryLogEnvelope.from_dict(response.json())

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
) -> Response[DeliveryLogEnvelope | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    email_message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeliveryLogEnvelope | ErrorResponse]:
    """Get the delivery log of a sent email by its Message-ID

     The delivery log of the email with this Message-ID, among all of the account's campaigns. The id is
    stored without angle brackets and compared whole, ignoring case; only the live log table is
    searched, not the archive. No match answers 404 "The delivery log does not exist!". Pakat documents
    this path; MailWizz serves the same action at `/campaigns/delivery-logs/email-message-
    id/{email_message_id}`, which the pakat sandbox serves too. MailWizz's route takes only letters,
    digits, `@`, `.`, `_` and `-`: an id with any other character reaches no action and answers 404
    "Page not found." (what Pakat's own route accepts is not known).

    Args:
        email_message_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeliveryLogEnvelope | ErrorResponse]
    """

    kwargs = _get_kwargs(
        email_message_id=email_message_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    email_message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeliveryLogEnvelope | ErrorResponse | None:
    """Get the delivery log of a sent email by its Message-ID

     The delivery log of the email with this Message-ID, among all of the account's campaigns. The id is
    stored without angle brackets and compared whole, ignoring case; only the live log table is
    searched, not the archive. No match answers 404 "The delivery log does not exist!". Pakat documents
    this path; MailWizz serves the same action at `/campaigns/delivery-logs/email-message-
    id/{email_message_id}`, which the pakat sandbox serves too. MailWizz's route takes only letters,
    digits, `@`, `.`, `_` and `-`: an id with any other character reaches no action and answers 404
    "Page not found." (what Pakat's own route accepts is not known).

    Args:
        email_message_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeliveryLogEnvelope | ErrorResponse
    """

    return sync_detailed(
        email_message_id=email_message_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    email_message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeliveryLogEnvelope | ErrorResponse]:
    """Get the delivery log of a sent email by its Message-ID

     The delivery log of the email with this Message-ID, among all of the account's campaigns. The id is
    stored without angle brackets and compared whole, ignoring case; only the live log table is
    searched, not the archive. No match answers 404 "The delivery log does not exist!". Pakat documents
    this path; MailWizz serves the same action at `/campaigns/delivery-logs/email-message-
    id/{email_message_id}`, which the pakat sandbox serves too. MailWizz's route takes only letters,
    digits, `@`, `.`, `_` and `-`: an id with any other character reaches no action and answers 404
    "Page not found." (what Pakat's own route accepts is not known).

    Args:
        email_message_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeliveryLogEnvelope | ErrorResponse]
    """

    kwargs = _get_kwargs(
        email_message_id=email_message_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    email_message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeliveryLogEnvelope | ErrorResponse | None:
    """Get the delivery log of a sent email by its Message-ID

     The delivery log of the email with this Message-ID, among all of the account's campaigns. The id is
    stored without angle brackets and compared whole, ignoring case; only the live log table is
    searched, not the archive. No match answers 404 "The delivery log does not exist!". Pakat documents
    this path; MailWizz serves the same action at `/campaigns/delivery-logs/email-message-
    id/{email_message_id}`, which the pakat sandbox serves too. MailWizz's route takes only letters,
    digits, `@`, `.`, `_` and `-`: an id with any other character reaches no action and answers 404
    "Page not found." (what Pakat's own route accepts is not known).

    Args:
        email_message_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeliveryLogEnvelope | ErrorResponse
    """

    return (
        await asyncio_detailed(
            email_message_id=email_message_id,
            client=client,
        )
    ).parsed
