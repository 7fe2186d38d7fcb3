from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.track_url_envelope import TrackUrlEnvelope
from ...types import Response


def _get_kwargs(
    campaign_uid: str,
    subscriber_uid: str,
    hash_: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/campaigns/{campaign_uid}/track-url/{subscriber_uid}/{hash_}".format(
            campaign_uid=quote(str(campaign_uid), safe=""),
            subscriber_uid=quote(str(subscriber_uid), safe=""),
            hash_=quote(str(hash_), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TrackUrlEnvelope | None:
    if response.status_code == 200:
        response_200 = TrackUrlEnvelope.from_dict(response.json())

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
) -> Response[ErrorResponse | TrackUrlEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    campaign_uid: str,
    subscriber_uid: str,
    hash_: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | TrackUrlEnvelope]:
    """Record a click on a tracked link

     Records a subscriber's click on one of the campaign's tracked links, as if the subscriber had
    followed it, and answers the link's public tracking address and its destination. Every call records
    a click; when open tracking is on (the default) and the subscriber has not opened the campaign yet,
    an open is recorded too. `hash` names the link: the hex SHA-1 of the campaign uid followed by the
    URL. The server registers a campaign's links when it sends the campaign, so before that every hash
    answers 404 "The url hash does not exist.". Personalisation tags in the destination (such as
    `[EMAIL]`) are filled for the subscriber. The campaign is looked up by uid alone (any status, and
    MailWizz does not limit it to the key's account) and the subscriber in any list: unknown ones answer
    404 "The campaign does not exist." and "The subscriber does not exist.". MailWizz 2.1.13 to 2.3.x
    send `track_url` and `destination` directly in `data`; MailWizz 2.7.2 wraps them in `data.record`.

    Args:
        campaign_uid (str):
        subscriber_uid (str):
        hash_ (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TrackUrlEnvelope]
    """

    kwargs = _get_kwargs(
        campaign_uid=campaign_uid,
        subscriber_uid=subscriber_uid,
        hash_=hash_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    campaign_uid: str,
    subscriber_uid: str,
    hash_: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | TrackUrlEnvelope | None:
    """Record a click on a tracked link

     Records a subscriber's click on one of the campaign's tracked links, as if the subscriber had
    followed it, and answers the link's public tracking address and its destination. Every call records
    a click; when open tracking is on (the default) and the subscriber has not opened the campaign yet,
    an open is recorded too. `hash` names the link: the hex SHA-1 of the campaign uid followed by the
    URL. The server registers a campaign's links when it sends the campaign, so before that every hash
    answers 404 "The url hash does not exist.". Personalisation tags in the destination (such as
    `[EMAIL]`) are filled for the subscriber. The campaign is looked up by uid alone (any status, and
    MailWizz does not limit it to the key's account) and the subscriber in any list: unknown ones answer
    404 "The campaign does not exist." and "The subscriber does not exist.". MailWizz 2.1.13 to 2.3.x
    send `track_url` and `destination` directly in `data`; MailWizz 2.7.2 wraps them in `data.record`.

    Args:
        campaign_uid (str):
        subscriber_uid (str):
        hash_ (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TrackUrlEnvelope
    """

    return sync_detailed(
        campaign_uid=campaign_uid,
        subscriber_uid=subscriber_uid,
        hash_=hash_,
        client=client,
    ).parsed


async def asyncio_detailed(
    campaign_uid: str,
    subscriber_uid: str,
    hash_: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | TrackUrlEnvelope]:
    """Record a click on a tracked link

     Records a subscriber's click on one of the campaign's tracked links, as if the subscriber had
    followed it, and answers the link's public tracking address and its destination. Every call records
    a click; when open tracking is on (the default) and the subscriber has not opened the campaign yet,
    an open is recorded too. `hash` names the link: the hex SHA-1 of the campaign uid followed by the
    URL. The server registers a campaign's links when it sends the campaign, so before that every hash
    answers 404 "The url hash does not exist.". Personalisation tags in the destination (such as
    `[EMAIL]`) are filled for the subscriber. The campaign is looked up by uid alone (any status, and
    MailWizz does not limit it to the key's account) and the subscriber in any list: unknown ones answer
    404 "The campaign does not exist." and "The subscriber does not exist.". MailWizz 2.1.13 to 2.3.x
    send `track_url` and `destination` directly in `data`; MailWizz 2.7.2 wraps them in `data.record`.

    Args:
        campaign_uid (str):
        subscriber_uid (str):
        hash_ (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TrackUrlEnvelope]
    """

    kwargs = _get_kwargs(
        campaign_uid=campaign_uid,
        subscriber_uid=subscriber_uid,
        hash_=hash_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    campaign_uid: str,
    subscriber_uid: str,
    hash_: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | TrackUrlEnvelope | None:
    """Record a click on a tracked link

     Records a subscriber's click on one of the campaign's tracked links, as if the subscriber had
    followed it, and answers the link's public tracking address and its destination. Every call records
    a click; when open tracking is on (the default) and the subscriber has not opened the campaign yet,
    an open is recorded too. `hash` names the link: the hex SHA-1 of the campaign uid followed by the
    URL. The server registers a campaign's links when it sends the campaign, so before that every hash
    answers 404 "The url hash does not exist.". Personalisation tags in the destination (such as
    `[EMAIL]`) are filled for the subscriber. The campaign is looked up by uid alone (any status, and
    MailWizz does not limit it to the key's account) and the subscriber in any list: unknown ones answer
    404 "The campaign does not exist." and "The subscriber does not exist.". MailWizz 2.1.13 to 2.3.x
    send `track_url` and `destination` directly in `data`; MailWizz 2.7.2 wraps them in `data.record`.

    Args:
        campaign_uid (str):
        subscriber_uid (str):
        hash_ (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TrackUrlEnvelope
    """

    return (
        await asyncio_detailed(
            campaign_uid=campaign_uid,
            subscriber_uid=subscriber_uid,
            hash_=hash_,
            client=client,
        )
    ).parsed
