from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.sending_domain_envelope import SendingDomainEnvelope
from ...types import Response


def _get_kwargs(
    domain_name: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sending-domains/{domain_name}".format(
            domain_name=quote(str(domain_name), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SendingDomainEnvelope | None:
    if response.status_code == 200:
        response_200 = SendingDomainEnvelope.from_dict(response.json())

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
) -> Response[ErrorResponse | SendingDomainEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    domain_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | SendingDomainEnvelope]:
    """Get a sending domain

     Pakat's own route, absent from public MailWizz sources: a sending domain of the account by name,
    with whether it is verified. Pakat describes it as giving the domain if it exists, otherwise
    noreply@domain.com, which hints that an address rather than a domain record may come back; the
    record shape and the 404 here are assumptions.

    Args:
        domain_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SendingDomainEnvelope]
    """

    kwargs = _get_kwargs(
        domain_name=domain_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    domain_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | SendingDomainEnvelope | None:
    """Get a sending domain

     Pakat's own route, absent from public MailWizz sources: a sending domain of the account by name,
    with whether it is verified. Pakat describes it as giving the domain if it exists, otherwise
    noreply@domain.com, which hints that an address rather than a domain record may come back; the
    record shape and the 404 here are assumptions.

    Args:
        domain_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SendingDomainEnvelope
    """

    return sync_detailed(
        domain_name=domain_name,
        client=client,
    ).parsed


async def asyncio_detailed(
    domain_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | SendingDomainEnvelope]:
    """Get a sending domain

     Pakat's own route, absent from public MailWizz sources: a sending domain of the account by name,
    with whether it is verified. Pakat describes it as giving the domain if it exists, otherwise
    noreply@domain.com, which hints that an address rather than a domain record may come back; the
    record shape and the 404 here are assumptions.

    Args:
        domain_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SendingDomainEnvelope]
    """

    kwargs = _get_kwargs(
        domain_name=domain_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    domain_name: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | SendingDomainEnvelope | None:
    """Get a sending domain

     Pakat's own route, absent from public MailWizz sources: a sending domain of the account by name,
    with whether it is verified. Pakat describes it as giving the domain if it exists, otherwise
    noreply@domain.com, which hints that an address rather than a domain record may come back; the
    record shape and the 404 here are assumptions.

    Args:
        domain_name (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SendingDomainEnvelope
    """

    return (
        await asyncio_detailed(
            domain_name=domain_name,
            client=client,
        )
    ).parsed
