"""The generated low-level client talks to the sandbox: requests it builds, answers it parses."""

from __future__ import annotations

from pakat.testing import Sandbox
from pakat_client import AuthenticatedClient
from pakat_client.api.lists import create_list, get_list
from pakat_client.api.subscribers import list_subscribers, search_subscribers_by_custom_fields
from pakat_client.models import (
    ListCreateRequest,
    SearchSubscribersByCustomFieldsCustomFields,
    SubscriberCollection,
)


def test_generated_client_round_trip(sandbox: Sandbox) -> None:
    client = AuthenticatedClient(base_url=sandbox.url, token=sandbox.api_key)  # X-API-KEY by default
    created = create_list.sync_detailed(
        client=client,
        body=ListCreateRequest(
            generalname="فهرست",
            generaldescription="From the generated client",
            defaultsfrom_name="Pakat",
            defaultsfrom_email="news@example.com",
            defaultsreply_to="news@example.com",
        ),
    )
    assert created.status_code == 201, created.content
    list_uid = created.parsed.list_uid  # type: ignore[union-attr]
    assert isinstance(list_uid, str)
    fetched = get_list.sync_detailed(list_uid, client=client)
    assert fetched.status_code == 200
    assert b"\\u0641" in fetched.content or "فهرست".encode() in fetched.content

    uids = sandbox.seed_subscribers(list_uid, 25)
    page = list_subscribers.sync(list_uid, client=client, page=2, per_page=10)
    assert isinstance(page, SubscriberCollection)
    assert [r.subscriber_uid for r in page.data.records] == uids[::-1][10:20]  # type: ignore[union-attr]

    wanted = SearchSubscribersByCustomFieldsCustomFields.from_dict({"FNAME": "First 3"})
    found = search_subscribers_by_custom_fields.sync(list_uid, client=client, custom_fields=wanted)
    assert isinstance(found, SubscriberCollection)
    assert [r.subscriber_uid for r in found.data.records] == [uids[2]]  # type: ignore[union-attr]


def test_generated_defaults_and_reprs() -> None:
    # Set by scripts/templates/client.py.jinja and types.py.jinja, not by editing generated/.
    client = AuthenticatedClient(base_url="https://new.pakat.net/api", token="k3y-0123456789abcdef")
    assert client.get_httpx_client().headers["X-API-KEY"] == "k3y-0123456789abcdef"
    assert "Authorization" not in client.get_httpx_client().headers
    assert "k3y-0123456789abcdef" not in repr(client)
    request = ListCreateRequest(
        generalname="News",
        generaldescription="d",
        defaultsfrom_name="P",
        defaultsfrom_email="a@example.com",
        defaultsreply_to="a@example.com",
    )
    assert "defaultssubject=UNSET" in repr(request)
    assert " at 0x" not in repr(request)
