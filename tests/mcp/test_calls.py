"""Tool calls in-process: arguments become the facade's values, answers become JSON, errors words."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from mcp import Client
from mcp.shared.exceptions import MCPError

from pakat import AsyncPakat
from pakat.mcp import Catalogue, create_server
from pakat.testing import Sandbox
from tests.mcp.conftest import DEFAULT, call, in_process

LIST = {
    "name": "خبرنامه پاکات",
    "description": "Weekly news",
    "from_name": "Pakat",
    "from_email": "news@example.com",
    "reply_to": "news@example.com",
    "opt_in": "single",
}


def writes(sb: Sandbox) -> dict[str, int]:
    """Requests the sandbox received, by operation, leaving out reads."""
    return {op: n for op, n in sb.counters.items() if not op.startswith(("get", "list", "find"))}


async def test_results_are_json_pages_records_and_values(sb: Sandbox) -> None:
    async with in_process(sb) as client:
        list_uid = (await call(client, "lists_create", LIST))["result"]
        person = await call(
            client,
            "subscribers_create",
            {"list_uid": list_uid, "email": "ali@example.com", "fields": {"FNAME": "علی", "LNAME": "رضایی"}},
        )
        subscriber_uid = person["subscriber_uid"]
        got = await call(client, "subscribers_get", {"list_uid": list_uid, "subscriber_uid": subscriber_uid})
        assert got["FNAME"] == "علی" and got["email"] == "ali@example.com"
        page = await call(client, "subscribers_list", {"list_uid": list_uid, "per_page": 10})
        assert page.data["count"] == 1 and page.data["total_pages"] == 1 and page.data["next_page"] is None
        assert page.data["items"][0]["LNAME"] == "رضایی"
        assert "علی" in page.text  # Persian as text, not \\u escapes
        assert (
            await call(client, "subscribers_find_by_email", {"list_uid": list_uid, "email": "x@example.com"})
        ).data == {"result": None}
        assert (await call(client, "lists_update", {"list_uid": list_uid, "name": "News"})).data == {
            "ok": True
        }
        quota = await call(client, "quota_get")
        assert set(quota.data) == {"used", "allowed", "percentage"}
        found = await call(client, "subscribers_find_by_email_in_all_lists", {"email": "ali@example.com"})
        assert [item["subscriber_uid"] for item in found["result"]] == [subscriber_uid]
        batch = await call(
            client,
            "subscribers_create_batch",
            {
                "list_uid": list_uid,
                "rows": [{"EMAIL": "sara@example.com", "FNAME": "سارا"}, {"EMAIL": "ali@example.com"}],
            },
        )
        assert list(batch["created"]) == ["0"] and batch["existing"] == {"1": "ali@example.com"}
        assert batch["failed"] == []
    assert sb.processed["createSubscriber"] == 1 and sb.processed["createSubscribersBulk"] == 1


async def test_a_lost_answer_says_the_outcome_is_unknown_and_is_not_sent_again(sb: Sandbox) -> None:
    list_uid = sb.create_list()
    async with in_process(sb) as client:
        sb.faults.drop_connection(1, when="after")  # processed, then the answer is lost
        answer = await call(client, "subscribers_create", {"list_uid": list_uid, "email": "ali@example.com"})
        assert answer.is_error
        assert answer.text.startswith("OUTCOME UNKNOWN")
        assert "Do not call subscribers_create again before looking" in answer.text
        assert "subscribers_list" in answer.text
        assert answer.data["error"] == "outcome_unknown"
        assert sb.counters["createSubscriber"] == sb.processed["createSubscriber"] == 1  # sent once
        # The same drop on a GET is retried by the SDK, and the agent just gets its answer.
        sb.faults.drop_connection(1, when="after")
        assert not (await call(client, "lists_get", {"list_uid": list_uid})).is_error


async def test_an_unreadable_success_or_a_server_failure_after_a_post_is_an_unknown_outcome(
    sb: Sandbox,
) -> None:
    list_uid = sb.create_list()
    async with in_process(sb) as client:
        sb.faults.malformed_json(1)  # processed, its answer cut short
        cut = await call(client, "subscribers_create", {"list_uid": list_uid, "email": "ali@example.com"})
        assert cut.is_error and cut.text.startswith("OUTCOME UNKNOWN: Pakat answered HTTP 201, but not")
        sb.faults.fail_next(1, status=500)
        failed = await call(client, "subscribers_create", {"list_uid": list_uid, "email": "sara@example.com"})
        assert failed.is_error and failed.text.startswith("OUTCOME UNKNOWN: Pakat failed with HTTP 500")
        sb.faults.fail_next(1, status=500)  # a read that fails is only a failure
        read = await call(client, "lists_get", {"list_uid": list_uid})
        assert (
            read.is_error
            and read.text.startswith("Pakat failed: ")
            and "(HTTP 500, ServerError)" in read.text
        )
    assert sb.counters["createSubscriber"] == 2  # neither was sent again


async def test_server_refusals_carry_the_servers_words_and_field_errors(sb: Sandbox) -> None:
    list_uid = sb.create_list()
    async with in_process(sb) as client:
        await call(client, "subscribers_create", {"list_uid": list_uid, "email": "ali@example.com"})
        again = await call(client, "subscribers_create", {"list_uid": list_uid, "email": "ali@example.com"})
        assert again.is_error
        assert again.text == (
            "Pakat refused the call: The subscriber already exists in this list. (HTTP 409, ConflictError)."
        )
        assert again.data == {
            "error": "ConflictError",
            "status_code": 409,
            "message": "The subscriber already exists in this list.",
            "reason": "exists",
        }
        refused = await call(client, "lists_create", {**LIST, "from_name": "P"})
        assert refused.is_error and refused.data["status_code"] == 422
        assert refused.data["errors"] == {
            "defaults": {"from_name": "From name is too short (minimum is 2 characters)."}
        }
        assert 'Field errors: {"defaults": {"from_name": "From name is too short' in refused.text
        missing = await call(client, "lists_get", {"list_uid": "nosuchlist0"})
        assert missing.text == "Pakat refused the call: The list does not exist. (HTTP 404, NotFoundError)."
        for answer in (again, refused, missing):
            assert sb.api_key not in answer.text and "Traceback" not in answer.text


@pytest.mark.parametrize(
    ("arguments", "says"),
    [
        ({"send_at": "2030-01-16T09:00:00"}, "has no UTC offset or time zone"),
        ({"send_at": 1700000000}, "send_at: 1700000000 is not of type 'string'"),
        ({"subject": "two\nlines"}, "subject must be a single line"),
        ({"to_email": "not-an-address"}, "to_email is not a valid email address"),
        ({"colour": "red"}, "Additional properties are not allowed ('colour' was unexpected)"),
        ({"attachments": [{"name": "a.txt"}]}, "attachments[0]"),
        ({"attachments": [{"name": "a.pdf", "base64": "%%%"}]}, "is not valid base64"),
        ({"attachments": [{"path": "a.pdf"}]}, "attachments[0]"),  # no --root: no paths
    ],
)
async def test_bad_arguments_are_refused_before_anything_is_sent(
    sb: Sandbox, arguments: dict[str, object], says: str
) -> None:
    email = {
        "to_email": "ali@example.com",
        "to_name": "علی",
        "from_name": "Pakat",
        "from_email": "orders@example.com",
        "subject": "رسید",
        "html": "<p>سلام</p>",
        **arguments,
    }
    async with in_process(sb) as client:
        answer = await call(client, "transactional_emails_send", email)
        missing = await call(client, "lists_get", {})
    assert answer.is_error and answer.text.startswith("Invalid arguments, nothing was sent: ")
    assert says in answer.text
    assert missing.is_error and "'list_uid' is a required property" in missing.text
    assert sb.counters.total() == 0


async def test_null_means_left_out_for_optional_arguments(sb: Sandbox) -> None:
    list_uid = sb.create_list()
    async with in_process(sb) as client:
        page = await call(client, "subscribers_list", {"list_uid": list_uid, "status": None, "page": None})
        assert page["page"] == 1
        required = await call(client, "subscribers_list", {"list_uid": None})
        assert required.is_error and "None is not of type 'string'" in required.text


async def test_html_attachments_and_times_arrive_as_the_facade_sends_them(tmp_path: Path) -> None:
    (tmp_path / "invoice-1001.pdf").write_bytes(b"%PDF-1.4 invoice")
    # MailWizz's default extensions leave out text files; this account takes them.
    with Sandbox(attachment_extensions=["pdf", "txt"]) as sb:
        await _send_with_attachments(sb, tmp_path)


async def _send_with_attachments(sb: Sandbox, tmp_path: Path) -> None:
    async with in_process(sb, Catalogue(root=tmp_path)) as client:
        sent = await call(
            client,
            "transactional_emails_send",
            {
                "to_email": "ali@example.com",
                "to_name": "علی رضایی",
                "from_name": "فروشگاه پاکات",
                "from_email": "orders@example.com",
                "subject": "رسید سفارش ۱۰۰۱",
                "html": "<p>سفارش شما ثبت شد.</p>",
                "send_at": "2030-01-16T09:00:00[Asia/Tehran]",
                "attachments": [
                    {"name": "notes.txt", "text": "یادداشت"},
                    {"name": "receipt.pdf", "base64": base64.b64encode(b"%PDF-1.4 receipt").decode()},
                    {"path": "invoice-1001.pdf"},
                ],
            },
        )
        assert not sent.is_error, sent.text
        outside = await call(
            client,
            "transactional_emails_send",
            {
                "to_email": "ali@example.com",
                "to_name": "x",
                "from_name": "Pakat",
                "subject": "s",
                "html": "<p>x</p>",
                "attachments": [{"path": "../escape.pdf"}],
            },
        )
        assert outside.is_error and "outside the folder" in outside.text
    (email,) = sb.outbox()
    assert email["body"] == "<p>سفارش شما ثبت شد.</p>"
    assert email["send_at"] == "2030-01-16 05:30:00"  # UTC
    assert [(a["name"], a["data"]) for a in email["attachments"]] == [
        ("notes.txt", "یادداشت".encode()),
        ("receipt.pdf", b"%PDF-1.4 receipt"),
        ("invoice-1001.pdf", b"%PDF-1.4 invoice"),
    ]
    assert sb.processed["sendTransactionalEmail"] == 1


async def test_read_only_serves_no_write_and_says_so(sb: Sandbox) -> None:
    async with in_process(sb, Catalogue(read_only=True)) as client:
        listed = (await client.list_tools()).tools
        assert listed and all(tool.annotations and tool.annotations.read_only_hint for tool in listed)
        names = {tool.name for tool in listed}
        assert "lists_list" in names and "lists_create" not in names and "campaigns_track_url" not in names
        with pytest.raises(
            MCPError, match=r"Unknown tool: lists_create is not served here \(the server's --read-only"
        ):
            await client.call_tool("lists_create", LIST)
        with pytest.raises(MCPError, match=r"Unknown tool: lists_destroy$"):
            await client.call_tool("lists_destroy", {})
    assert sb.counters.total() == 0


async def test_the_client_is_made_at_the_first_request_and_a_refused_setting_is_said(sb: Sandbox) -> None:
    made: list[str] = []

    def client() -> AsyncPakat:
        made.append("made")
        return AsyncPakat(api_key=sb.api_key, base_url="http://example.com/api")

    async with Client(create_server(client, DEFAULT, secret=sb.api_key), mode="legacy") as mcp_client:
        assert made == []  # initialize is answered before the facade is set up
        for _ in range(2):
            with pytest.raises(
                MCPError, match=r"cannot set up its Pakat client: Refusing plain http:// to example\.com"
            ):
                await mcp_client.list_tools()
        with pytest.raises(MCPError, match="cannot set up its Pakat client"):
            await mcp_client.call_tool("quota_get", {})
    assert len(made) == 3


async def test_annotations_reach_the_client(sb: Sandbox) -> None:
    async with in_process(sb) as client:
        assert client.server_info is not None and client.server_info.name == "pakat"
        assert client.instructions is not None and "OUTCOME UNKNOWN" in client.instructions
        tools = {tool.name: tool for tool in (await client.list_tools()).tools}
    assert len(tools) == 64
    send = tools["transactional_emails_send"].annotations
    assert send is not None
    assert (send.read_only_hint, send.destructive_hint, send.idempotent_hint) == (False, True, False)
    get = tools["lists_get"].annotations
    assert get is not None and (get.read_only_hint, get.destructive_hint, get.idempotent_hint) == (
        True,
        False,
        True,
    )
    update = tools["lists_update"].annotations
    assert update is not None and (
        update.read_only_hint,
        update.destructive_hint,
        update.idempotent_hint,
    ) == (
        False,
        False,
        True,
    )
    assert tools["lists_create"].title == "Lists: create"
