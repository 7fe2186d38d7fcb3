from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.template_create_request import TemplateCreateRequest
from ...models.template_uid_result import TemplateUidResult
from ...types import Response


def _get_kwargs(
    *,
    body: TemplateCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/templates",
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TemplateUidResult | None:
    if response.status_code == 201:
        response_201 = TemplateUidResult.from_dict(response.json())

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
) -> Response[ErrorResponse | TemplateUidResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TemplateCreateRequest,
) -> Response[ErrorResponse | TemplateUidResult]:
    """Create a template

     Creates a template from base64 HTML (`template[content]`) or a base64 zip (`template[archive]`,
    which wins; its index.html, else another .html file, is the content and its images go to the
    gallery). Content is decoded leniently and stored as given: templates need no unsubscribe tags.
    Validation errors are flat (`name`, `content`); archive problems are strings, or an object keyed
    `archive`. `template[inline_css]` is not read by MailWizz 2.1.13.

    Args:
        body (TemplateCreateRequest): A new template: a name and base64 HTML, or a base64 zip
            archive (then the name is optional on the server; this description keeps it required).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TemplateUidResult]
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
    body: TemplateCreateRequest,
) -> ErrorResponse | TemplateUidResult | None:
    """Create a template

     Creates a template from base64 HTML (`template[content]`) or a base64 zip (`template[archive]`,
    which wins; its index.html, else another .html file, is the content and its images go to the
    gallery). Content is decoded leniently and stored as given: templates need no unsubscribe tags.
    Validation errors are flat (`name`, `content`); archive problems are strings, or an object keyed
    `archive`. `template[inline_css]` is not read by MailWizz 2.1.13.

    Args:
        body (TemplateCreateRequest): A new template: a name and base64 HTML, or a base64 zip
            archive (then the name is optional on the server; this description keeps it required).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TemplateUidResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TemplateCreateRequest,
) -> Response[ErrorResponse | TemplateUidResult]:
    """Create a template

     Creates a template from base64 HTML (`template[content]`) or a base64 zip (`template[archive]`,
    which wins; its index.html, else another .html file, is the content and its images go to the
    gallery). Content is decoded leniently and stored as given: templates need no unsubscribe tags.
    Validation errors are flat (`name`, `content`); archive problems are strings, or an object keyed
    `archive`. `template[inline_css]` is not read by MailWizz 2.1.13.

    Args:
        body (TemplateCreateRequest): A new template: a name and base64 HTML, or a base64 zip
            archive (then the name is optional on the server; this description keeps it required).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TemplateUidResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TemplateCreateRequest,
) -> ErrorResponse | TemplateUidResult | None:
    """Create a template

     Creates a template from base64 HTML (`template[content]`) or a base64 zip (`template[archive]`,
    which wins; its index.html, else another .html file, is the content and its images go to the
    gallery). Content is decoded leniently and stored as given: templates need no unsubscribe tags.
    Validation errors are flat (`name`, `content`); archive problems are strings, or an object keyed
    `archive`. `template[inline_css]` is not read by MailWizz 2.1.13.

    Args:
        body (TemplateCreateRequest): A new template: a name and base64 HTML, or a base64 zip
            archive (then the name is optional on the server; this description keeps it required).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TemplateUidResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
