from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_uid_result import EmailUidResult
from ...models.error_response import ErrorResponse
from ...models.transactional_email_request import TransactionalEmailRequest
from ...types import Response


def _get_kwargs(
    *,
    body: TransactionalEmailRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/transactional-emails",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmailUidResult | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = EmailUidResult.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

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
) -> Response[EmailUidResult | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TransactionalEmailRequest,
) -> Response[EmailUidResult | ErrorResponse]:
    """Send a transactional email

     Queue one email to one recipient; it is sent by the server's send job once `send_at` has passed
    (status `unsent` until then). Answers 201 with the new `email_uid`. Refusals are 422 with one
    string: the first message of each failing field, HTML-encoded and joined with `<br />`.
    `email[send_at]` is optional (now, UTC). Attachments are checked after the email, and their refusal
    undoes the email too. Not safe to repeat: a repeated call queues a second email.

    Args:
        body (TransactionalEmailRequest): A transactional email to queue. The content is
            `email[body]` (base64 HTML) or, on Pakat, `email[template_uid]` (a stored template whose
            content replaces the body, filled from `email[params][KEY]` and `email[contact][KEY]`);
            either one is required. Stock MailWizz ignores `email[template_uid]`, `email[params]` and
            `email[contact]` and requires the body. Fields the server does not know are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailUidResult | ErrorResponse]
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
    body: TransactionalEmailRequest,
) -> EmailUidResult | ErrorResponse | None:
    """Send a transactional email

     Queue one email to one recipient; it is sent by the server's send job once `send_at` has passed
    (status `unsent` until then). Answers 201 with the new `email_uid`. Refusals are 422 with one
    string: the first message of each failing field, HTML-encoded and joined with `<br />`.
    `email[send_at]` is optional (now, UTC). Attachments are checked after the email, and their refusal
    undoes the email too. Not safe to repeat: a repeated call queues a second email.

    Args:
        body (TransactionalEmailRequest): A transactional email to queue. The content is
            `email[body]` (base64 HTML) or, on Pakat, `email[template_uid]` (a stored template whose
            content replaces the body, filled from `email[params][KEY]` and `email[contact][KEY]`);
            either one is required. Stock MailWizz ignores `email[template_uid]`, `email[params]` and
            `email[contact]` and requires the body. Fields the server does not know are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailUidResult | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TransactionalEmailRequest,
) -> Response[EmailUidResult | ErrorResponse]:
    """Send a transactional email

     Queue one email to one recipient; it is sent by the server's send job once `send_at` has passed
    (status `unsent` until then). Answers 201 with the new `email_uid`. Refusals are 422 with one
    string: the first message of each failing field, HTML-encoded and joined with `<br />`.
    `email[send_at]` is optional (now, UTC). Attachments are checked after the email, and their refusal
    undoes the email too. Not safe to repeat: a repeated call queues a second email.

    Args:
        body (TransactionalEmailRequest): A transactional email to queue. The content is
            `email[body]` (base64 HTML) or, on Pakat, `email[template_uid]` (a stored template whose
            content replaces the body, filled from `email[params][KEY]` and `email[contact][KEY]`);
            either one is required. Stock MailWizz ignores `email[template_uid]`, `email[params]` and
            `email[contact]` and requires the body. Fields the server does not know are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailUidResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TransactionalEmailRequest,
) -> EmailUidResult | ErrorResponse | None:
    """Send a transactional email

     Queue one email to one recipient; it is sent by the server's send job once `send_at` has passed
    (status `unsent` until then). Answers 201 with the new `email_uid`. Refusals are 422 with one
    string: the first message of each failing field, HTML-encoded and joined with `<br />`.
    `email[send_at]` is optional (now, UTC). Attachments are checked after the email, and their refusal
    undoes the email too. Not safe to repeat: a repeated call queues a second email.

    Args:
        body (TransactionalEmailRequest): A transactional email to queue. The content is
            `email[body]` (base64 HTML) or, on Pakat, `email[template_uid]` (a stored template whose
            content replaces the body, filled from `email[params][KEY]` and `email[contact][KEY]`);
            either one is required. Stock MailWizz ignores `email[template_uid]`, `email[params]` and
            `email[contact]` and requires the body. Fields the server does not know are ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailUidResult | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
