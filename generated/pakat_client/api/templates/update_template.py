from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.status_response import StatusResponse
from ...models.template_uid_result import TemplateUidResult
from ...models.template_update_request import TemplateUpdateRequest
from ...types import Response


def _get_kwargs(
    template_uid: str,
    *,
    body: TemplateUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/templates/{template_uid}".format(
            template_uid=quote(str(template_uid), safe=""),
        ),
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | StatusResponse | TemplateUidResult | None:
    if response.status_code == 200:
        response_200 = StatusResponse.from_dict(response.json())

        return response_200

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
) -> Response[ErrorResponse | StatusResponse | TemplateUidResult]:
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
    body: TemplateUpdateRequest,
) -> Response[ErrorResponse | StatusResponse | TemplateUidResult]:
    """Update a template

     Changes the given parts of a template; the rest keep their value. With `template[archive]` the
    content is replaced from the zip and the answer is 201 with the template's uid; otherwise 200 with
    `status` alone. A name or content given empty is refused (422, flat).

    Args:
        template_uid (str):
        body (TemplateUpdateRequest): Template parts to change; what is left out keeps its value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StatusResponse | TemplateUidResult]
    """

    kwargs = _get_kwargs(
        template_uid=template_uid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    template_uid: str,
    *,
    client: AuthenticatedClient | Client,
    body: TemplateUpdateRequest,
) -> ErrorResponse | StatusResponse | TemplateUidResult | None:
    """Update a template

     Changes the given parts of a template; the rest keep their value. With `template[archive]` the
    content is replaced from the zip and the answer is 201 with the template's uid; otherwise 200 with
    `status` alone. A name or content given empty is refused (422, flat).

    Args:
        template_uid (str):
        body (TemplateUpdateRequest): Template parts to change; what is left out keeps its value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StatusResponse | TemplateUidResult
    """

    return sync_detailed(
        template_uid=template_uid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    template_uid: str,
    *,
    client: AuthenticatedClient | Client,
    body: TemplateUpdateRequest,
) -> Response[ErrorResponse | StatusResponse | TemplateUidResult]:
    """Update a template

     Changes the given parts of a template; the rest keep their value. With `template[archive]` the
    content is replaced from the zip and the answer is 201 with the template's uid; otherwise 200 with
    `status` alone. A name or content given empty is refused (422, flat).

    Args:
        template_uid (str):
        body (TemplateUpdateRequest): Template parts to change; what is left out keeps its value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StatusResponse | TemplateUidResult]
    """

    kwargs = _get_kwargs(
        template_uid=template_uid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    template_uid: str,
    *,
    client: AuthenticatedClient | Client,
    body: TemplateUpdateRequest,
) -> ErrorResponse | StatusResponse | TemplateUidResult | None:
    """Update a template

     Changes the given parts of a template; the rest keep their value. With `template[archive]` the
    content is replaced from the zip and the answer is 201 with the template's uid; otherwise 200 with
    `status` alone. A name or content given empty is refused (422, flat).

    Args:
        template_uid (str):
        body (TemplateUpdateRequest): Template parts to change; what is left out keeps its value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StatusResponse | TemplateUidResult
    """

    return (
        await asyncio_detailed(
            template_uid=template_uid,
            client=client,
            body=body,
        )
    ).parsed
