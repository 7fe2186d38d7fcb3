from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_create_request import CustomerCreateRequest
from ...models.customer_create_result import CustomerCreateResult
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CustomerCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/customers",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerCreateResult | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = CustomerCreateResult.from_dict(response.json())

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
) -> Response[CustomerCreateResult | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomerCreateRequest,
) -> Response[CustomerCreateResult | ErrorResponse]:
    """Create a customer account

     Sign a new customer account up. Needs no API key (a key is not checked). Refused with 400 when the
    server has customer registration switched off (MailWizz's default). The customer's fields are
    checked first (422 with `general` errors by attribute name); only then, when the server requires a
    company, the company (422 with `company` errors), the country and zone being found by their exact
    names. A company refusal leaves the account behind, pending deletion, so the same address is refused
    as taken until the server's cleanup runs. Answers 201.

    Args:
        body (CustomerCreateRequest): A new customer account. The company fields are required when
            the server's registration settings require a company (Pakat's spec lists them as required;
            MailWizz's default does not, and then ignores them).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerCreateResult | ErrorResponse]
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
    body: CustomerCreateRequest,
) -> CustomerCreateResult | ErrorResponse | None:
    """Create a customer account

     Sign a new customer account up. Needs no API key (a key is not checked). Refused with 400 when the
    server has customer registration switched off (MailWizz's default). The customer's fields are
    checked first (422 with `general` errors by attribute name); only then, when the server requires a
    company, the company (422 with `company` errors), the country and zone being found by their exact
    names. A company refusal leaves the account behind, pending deletion, so the same address is refused
    as taken until the server's cleanup runs. Answers 201.

    Args:
        body (CustomerCreateRequest): A new customer account. The company fields are required when
            the server's registration settings require a company (Pakat's spec lists them as required;
            MailWizz's default does not, and then ignores them).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerCreateResult | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomerCreateRequest,
) -> Response[CustomerCreateResult | ErrorResponse]:
    """Create a customer account

     Sign a new customer account up. Needs no API key (a key is not checked). Refused with 400 when the
    server has customer registration switched off (MailWizz's default). The customer's fields are
    checked first (422 with `general` errors by attribute name); only then, when the server requires a
    company, the company (422 with `company` errors), the country and zone being found by their exact
    names. A company refusal leaves the account behind, pending deletion, so the same address is refused
    as taken until the server's cleanup runs. Answers 201.

    Args:
        body (CustomerCreateRequest): A new customer account. The company fields are required when
            the server's registration settings require a company (Pakat's spec lists them as required;
            MailWizz's default does not, and then ignores them).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerCreateResult | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CustomerCreateRequest,
) -> CustomerCreateResult | ErrorResponse | None:
    """Create a customer account

     Sign a new customer account up. Needs no API key (a key is not checked). Refused with 400 when the
    server has customer registration switched off (MailWizz's default). The customer's fields are
    checked first (422 with `general` errors by attribute name); only then, when the server requires a
    company, the company (422 with `company` errors), the country and zone being found by their exact
    names. A company refusal leaves the account behind, pending deletion, so the same address is refused
    as taken until the server's cleanup runs. Answers 201.

    Args:
        body (CustomerCreateRequest): A new customer account. The company fields are required when
            the server's registration settings require a company (Pakat's spec lists them as required;
            MailWizz's default does not, and then ignores them).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerCreateResult | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
