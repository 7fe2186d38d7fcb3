from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.template_envelope import TemplateEnvelope
from ...types import Response


def _get_kwargs(
    template_uid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/templates/{template_uid}".format(
            template_uid=quote(str(template_uid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TemplateEnvelope | str | None:
    if response.status_code == 200:
        response_200 = TemplateEnvelope.from_dict(response.json())

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
) -> Response[ErrorResponse | TemplateEnvelope | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    template_uid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | TemplateEnvelope | str]:
    """Get a template

     One template: `name`, `content` (the stored HTML as text, not base64) and `screenshot` (an absolute
    URL or null). The answer carries no `template_uid`. A template whose stored HTML is not valid UTF-8
    is answered 200 with an empty body (the server's JSON encoding fails).

    Args:
        template_uid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TemplateEnvelope | str]
    """

    kwargs = _get_kwargs(
        template_uid=template_uid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    template_uid: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | TemplateEnvelope | str | None:
    """Get a template

     One template: `name`, `content` (the stored HTML as text, not base64) and `screenshot` (an absolute
    URL or null). The answer carries no `template_uid`. A template whose stored HTML is not valid UTF-8
    is answered 200 with an empty body (the server's JSON encoding fails).

    Args:
        template_uid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TemplateEnvelope | str
    """

    return sync_detailed(
        template_uid=template_uid,
        client=client,
    ).parsed


async def asyncio_detailed(
    template_uid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | TemplateEnvelope | str]:
    """Get a template

     One template: `name`, `content` (the stored HTML as text, not base64) and `screenshot` (an absolute
    URL or null). The answer carries no `template_uid`. A template whose stored HTML is not valid UTF-8
    is answered 200 with an empty body (the server's JSON encoding fails).

    Args:
        template_uid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TemplateEnvelope | str]
    """

    kwargs = _get_kwargs(
        template_uid=template_uid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    template_uid: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | TemplateEnvelope | str | None:
    """Get a template

     One template: `name`, `content` (the stored HTML as text, not base64) and `screenshot` (an absolute
    URL or null). The answer carries no `template_uid`. A template whose stored HTML is not valid UTF-8
    is answered 200 with an empty body (the server's JSON encoding fails).

    Args:
        template_uid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TemplateEnvelope | str
    """

    return (
        await asyncio_detailed(
            template_uid=template_uid,
            client=client,
        )
    ).parsed
