"""Hostile ids never change the endpoint: every id argument of every facade method is one path
segment in its parameter's alphabet, or a ValueError before anything is sent.

httpx removes `.` and `..` path segments, so an id of `..` turned `DELETE /lists/L/subscribers/..`
into `DELETE /lists/L`, and a padded id was trimmed into a real one. The methods are found by
their signatures, not listed by hand: a new method with an id parameter and no call in the tables
below fails `test_every_method_taking_an_id_is_attacked`.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import AsyncIterator
from typing import Any

import pytest

from pakat import AsyncPakat
from pakat.testing import Sandbox
from pakat.types import CampaignCondition, SegmentCondition
from tests._operations import HTML, OPERATIONS
from tests.facade.conftest import MockServer

# Every parameter name that holds an id, and a good value of its kind.
UID = "ab12CD34ef"
NUMBER = "12"
MESSAGE_ID = "0a1b2c3d.4e5f_6-7@mail.pakat.example"
DOMAIN = "mail.pakat-1.example"
ID_PARAMS: dict[str, str] = {
    **dict.fromkeys(
        ["list_uid", "subscriber_uid", "segment_uid", "campaign_uid", "template_uid", "email_uid", "hash"],
        UID,
    ),
    **dict.fromkeys(["field_id", "country_id", "server_id"], NUMBER),
    "email_message_id": MESSAGE_ID,
    "domain": DOMAIN,
}

# Refused whatever the parameter: dot segments, padding, separators, escapes, other scripts, size.
HOSTILE = [
    "",
    " ",
    ".",
    "..",
    " .. ",
    "...",
    "./",
    "../",
    "../x",
    "x/..",
    "a/b",
    "a\\b",
    "%2e%2e",
    "%2F",
    "a?b=1",
    "a#b",
    "a b",
    "a\tb",
    "a\x00b",
    "a\nb",
    "\u2028",
    "\u200b",
    "لیست",
    "ａｂ１２",  # full-width letters and digits
    "١٢",  # Arabic-Indic digits
    "x" * 100_000,
    "1" * 100_000,
]


def hostile_for(param: str) -> list[str]:
    """HOSTILE, and the parameter's own good value with padding or a dot segment around it."""
    good = ID_PARAMS[param]
    return [
        *HOSTILE,
        f" {good}",
        f"{good} ",
        f"{good}\n",
        f"\t{good}",
        f"{good}/..",
        f"../{good}",
        f"./{good}",
    ]


# Calls that tests/_operations.py lacks (iterators, helpers) or makes without an id this needs.
EXTRA: list[tuple[str, str, tuple[Any, ...], dict[str, Any]]] = [
    ("subscribers", "iter", ("ab123",), {}),
    ("subscribers", "upsert", ("ab123", "ali@example.com"), {}),
    ("subscribers", "bulk_create", ("ab123", [{"EMAIL": "ali@example.com"}]), {}),
    ("segments", "iter", ("ab123",), {}),
    ("campaigns", "iter_bounces", ("camp1",), {}),
    ("campaigns", "iter_delivery_logs", ("camp1",), {}),
    ("campaigns", "iter_unsubscribes", ("camp1",), {}),
    ("countries", "iter_zones", ("103",), {}),
    ("campaigns", "create", (), {**OPERATIONS["createCampaign"][3], "segment_uid": "seg1"}),
    ("campaigns", "create", (), {**OPERATIONS["createCampaign"][3], "html": None, "template_uid": "tpl1"}),
    ("campaigns", "update", ("camp1",), {"list_uid": "ab123", "segment_uid": "seg1"}),
    ("campaigns", "update", ("camp1",), {"template_uid": "tpl1"}),
    (
        "transactional_emails",
        "send",
        (),
        {**OPERATIONS["sendTransactionalEmail"][3], "html": HTML, "template_uid": "tpl1"},
    ),
]
CALLS = [*OPERATIONS.values(), *EXTRA]


def _bound(
    resource: str, method: str, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> inspect.BoundArguments:
    return inspect.signature(getattr(_resource_class(resource), method)).bind(None, *args, **kwargs)


def _resource_class(resource: str, client: type = AsyncPakat) -> type:
    lazy = client.__dict__[resource]
    return getattr(importlib.import_module(lazy._module), lazy._name)  # type: ignore[no-any-return]


def _id_params(resource: str, method: str) -> list[str]:
    parameters = inspect.signature(getattr(_resource_class(resource), method)).parameters
    return [name for name in parameters if name in ID_PARAMS]


def _methods_with_ids() -> set[tuple[str, str, str]]:
    found = set()
    for resource, lazy in vars(AsyncPakat).items():
        if resource.startswith("_") or not hasattr(lazy, "_module"):
            continue
        cls = _resource_class(resource)
        for method, _ in inspect.getmembers(cls, inspect.isfunction):
            if not method.startswith("_"):
                found |= {(resource, method, param) for param in _id_params(resource, method)}
    return found


def _attacks() -> list[tuple[str, str, tuple[Any, ...], dict[str, Any], str]]:
    """(resource, method, args, kwargs, id parameter) for every id a call of CALLS passes."""
    out = []
    for resource, method, args, kwargs in CALLS:
        bound = _bound(resource, method, args, kwargs)
        for param in _id_params(resource, method):
            if bound.arguments.get(param) is not None:
                out.append((resource, method, args, kwargs, param))
    return out


ATTACKS = _attacks()


def test_every_method_taking_an_id_is_attacked() -> None:
    attacked = {(resource, method, param) for resource, method, _, _, param in ATTACKS}
    missing = _methods_with_ids() - attacked
    assert not missing, f"no call with these ids in OPERATIONS or EXTRA: {sorted(missing)}"


def _with(bound: inspect.BoundArguments, param: str, value: Any) -> tuple[tuple[Any, ...], dict[str, Any]]:
    arguments = dict(bound.arguments)
    arguments[param] = value
    bound = inspect.BoundArguments(bound.signature, arguments)  # type: ignore[arg-type]
    return bound.args[1:], bound.kwargs


async def _settle(result: Any) -> Any:
    """What a call of the facade gave: awaited, or an iterator's first item."""
    if isinstance(result, AsyncIterator):
        return await anext(result)
    return await result


def _check_refusal(caught: pytest.ExceptionInfo[Exception], param: str, value: str) -> None:
    message = str(caught.value)
    assert param in message, message[:300]
    assert len(message) < 400, f"the message repeats a {len(value)}-character id"


ids = [pytest.param(*attack, id=f"{attack[0]}.{attack[1]}-{attack[4]}") for attack in ATTACKS]


@pytest.mark.parametrize(("resource", "method", "args", "kwargs", "param"), ids)
async def test_hostile_ids_are_refused_before_sending(
    client: AsyncPakat,
    server: MockServer,
    resource: str,
    method: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    param: str,
) -> None:
    bound = _bound(resource, method, args, kwargs)
    for value in hostile_for(param):
        call_args, call_kwargs = _with(bound, param, value)
        with pytest.raises(ValueError) as caught:
            await _settle(getattr(getattr(client, resource), method)(*call_args, **call_kwargs))
        _check_refusal(caught, param, value)
        assert server.requests == [], f"{value[:20]!r} was sent: {server.requests[0].url}"


# Ids inside segment conditions: numbers, sent as form fields ----------------------------------


@pytest.mark.parametrize(
    "conditions",
    [
        {"conditions": [SegmentCondition(field_id=value, operator_id=1, value="x")]}
        for value in ["..", " 3", "3 ", "3\n", "x", "1.0", "-1", "1" * 100_000]
    ]
    + [
        {"conditions": [SegmentCondition(field_id=3, operator_id=value, value="x")]}
        for value in ["..", " 1", "1\x00", "is"]
    ]
    + [
        {"campaign_conditions": [CampaignCondition("open", value, "lte", 1, "day")]}
        for value in ["..", " 7", "7\t", "camp1", "-7"]
    ],
)
async def test_condition_ids_are_numbers(
    client: AsyncPakat, server: MockServer, conditions: dict[str, Any]
) -> None:
    with pytest.raises(ValueError, match=r"_id"):
        await client.segments.create("ab123", name="x", **conditions)
    assert server.requests == []


# Good ids of every kind still go out exactly as given --------------------------------------


async def test_good_ids_of_every_kind_go_out_unchanged(client: AsyncPakat, server: MockServer) -> None:
    server.on(
        "GET", f"/lists/{UID}", {"status": "success", "data": {"record": {"general": {"list_uid": UID}}}}
    )
    server.on("GET", f"/lists/{UID}/fields/{NUMBER}", {"status": "success", "data": {"record": {}}})
    record = {"status": "success", "data": {"record": {"email_message_id": MESSAGE_ID}}}
    server.on("GET", f"/campaigns/email-message-id/{MESSAGE_ID}", record)
    server.on(
        "GET", f"/sending-domains/{DOMAIN}", {"status": "success", "data": {"record": {"name": DOMAIN}}}
    )
    await client.lists.get(UID)
    await client.fields.get(UID, int(NUMBER))
    await client.campaigns.delivery_log(MESSAGE_ID)
    await client.campaigns.delivery_log(f"<{MESSAGE_ID}>")  # as a Message-ID header holds it
    await client.sending_domains.get(DOMAIN)
    paths = [request.url.path for request in server.requests]  # "@" goes out as %40
    assert paths == [
        f"/api/lists/{UID}",
        f"/api/lists/{UID}/fields/{NUMBER}",
        f"/api/campaigns/email-message-id/{MESSAGE_ID}",
        f"/api/campaigns/email-message-id/{MESSAGE_ID}",
        f"/api/sending-domains/{DOMAIN}",
    ]


# The issue's own examples, against the sandbox: nothing reaches it ---------------------------


@pytest.fixture
async def sandbox() -> AsyncIterator[tuple[Sandbox, AsyncPakat, str, str]]:
    with Sandbox() as sb:
        async with AsyncPakat(api_key=sb.api_key, base_url=sb.url, max_retries=0) as client:
            list_uid = sb.create_list()
            subscriber = await client.subscribers.create(list_uid, "ali@example.com")
            sb.reset_counters()
            yield sb, client, list_uid, subscriber.subscriber_uid


@pytest.mark.parametrize(
    "attack",
    [
        lambda c, lst, sub: c.subscribers.delete(lst, ".."),
        lambda c, lst, sub: c.subscribers.delete(lst, " .. "),
        lambda c, lst, sub: c.lists.delete("."),
        lambda c, lst, sub: c.lists.delete(f" {lst} "),
        lambda c, lst, sub: c.subscribers.update(lst, "..", fields={"FNAME": "x"}),
        lambda c, lst, sub: c.subscribers.delete(lst, f"{sub}\n"),
        lambda c, lst, sub: c.campaigns.delivery_log(".."),
        lambda c, lst, sub: c.campaigns.delivery_log("<..>"),
        lambda c, lst, sub: c.sending_domains.get(".."),
        lambda c, lst, sub: c.lists.get("x" * 100_000),
        lambda c, lst, sub: c.countries.zones("1" * 100_000),
    ],
    ids=[
        "delete-subscriber-dotdot",
        "delete-subscriber-padded-dotdot",
        "delete-list-dot",
        "delete-list-padded",
        "update-subscriber-dotdot",
        "delete-subscriber-newline",
        "delivery-log-dotdot",
        "delivery-log-bracketed-dotdot",
        "sending-domain-dotdot",
        "list-100k",
        "zones-100k",
    ],
)
async def test_the_issue_examples_send_nothing(
    sandbox: tuple[Sandbox, AsyncPakat, str, str], attack: Any
) -> None:
    sb, client, list_uid, subscriber_uid = sandbox
    with pytest.raises(ValueError):
        await attack(client, list_uid, subscriber_uid)
    assert sb.counters == {} and sb.connections_accepted == 0
    assert (await client.lists.get(list_uid)).general.list_uid == list_uid  # the list is still there
    assert (await client.subscribers.get(list_uid, subscriber_uid)).email == "ali@example.com"
