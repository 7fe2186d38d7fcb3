"""`pakat mcp` as a subprocess over stdio, driven by the SDK's own client as an agent would."""

from __future__ import annotations

import base64
import json
import subprocess
import tempfile
import threading
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from mcp import Client

from pakat.testing import Sandbox
from tests.mcp.conftest import PAKAT, call, environment, stdio_parameters

HTML = '<h1>سلام!</h1><p>[COMPANY_FULL_ADDRESS]</p><a href="[UNSUBSCRIBE_URL]">لغو اشتراک</a>'
WRITES = (
    "createList",
    "createSubscriber",
    "createField",
    "createSegment",
    "createTemplate",
    "createCampaign",
    "sendTransactionalEmail",
)


async def test_the_curl_skills_workflows_as_an_agent_runs_them(sb: Sandbox) -> None:
    tomorrow = (datetime.now(ZoneInfo("Asia/Tehran")) + timedelta(days=1)).date()
    with tempfile.TemporaryFile("w+") as errors:
        async with Client(stdio_parameters(sb), mode="legacy") as client:
            assert client.server_info is not None and client.server_info.name == "pakat"
            tools = {tool.name for tool in (await client.list_tools()).tools}
            assert len(tools) == 64

            list_uid = (
                await call(
                    client,
                    "lists_create",
                    {
                        "name": "خبرنامه پاکات",
                        "description": "خبرهای هفته",
                        "from_name": "پاکات",
                        "from_email": "news@example.com",
                        "reply_to": "news@example.com",
                        "opt_in": "single",
                    },
                )
            )["result"]
            city = await call(
                client,
                "fields_create",
                {
                    "list_uid": list_uid,
                    "type": "dropdown",
                    "label": "شهر",
                    "tag": "CITY",
                    "options": [{"name": "تهران", "value": "tehran"}, {"name": "شیراز", "value": "shiraz"}],
                },
            )
            subscriber = await call(
                client,
                "subscribers_create",
                {
                    "list_uid": list_uid,
                    "email": "ali@example.com",
                    "fields": {"FNAME": "علی", "LNAME": "رضایی", "CITY": "tehran"},
                },
            )
            operators = await call(client, "segments_condition_operators")
            is_ = next(op["operator_id"] for op in operators["result"] if op["slug"] == "is")
            segment_uid = (
                await call(
                    client,
                    "segments_create",
                    {
                        "list_uid": list_uid,
                        "name": "مشترکان تهران",
                        "operator_match": "all",
                        "conditions": [{"field_id": city["field_id"], "operator_id": is_, "value": "tehran"}],
                    },
                )
            )["result"]
            template_uid = (await call(client, "templates_create", {"name": "خوش‌آمد", "html": HTML}))[
                "result"
            ]
            campaign_uid = (
                await call(
                    client,
                    "campaigns_create",
                    {
                        "name": "خبرنامهٔ هفته",
                        "list_uid": list_uid,
                        "segment_uid": segment_uid,
                        "subject": "خبرنامهٔ این هفته",
                        "from_name": "پاکات",
                        "from_email": "news@example.com",
                        "reply_to": "news@example.com",
                        "template_uid": template_uid,
                        "send_at": f"{tomorrow}T09:00:00[Asia/Tehran]",
                    },
                )
            )["result"]
            email_uid = (
                await call(
                    client,
                    "transactional_emails_send",
                    {
                        "to_email": "ali@example.com",
                        "to_name": "علی رضایی",
                        "from_name": "فروشگاه پاکات",
                        "from_email": "orders@example.com",
                        "subject": "رسید سفارش ۱۰۰۱",
                        "html": "<p>سفارش شما ثبت شد.</p>",
                        "attachments": [
                            {
                                "name": "receipt-1001.pdf",
                                "base64": base64.b64encode(b"%PDF-1.4 receipt").decode(),
                            }
                        ],
                    },
                )
            )["result"]

            sb.add_delivery_log(campaign_uid, subscriber["subscriber_uid"])
            stats = await call(client, "campaigns_stats", {"campaign_uid": campaign_uid})
            assert "processed_count" in stats.data or stats.data
            logs = await call(client, "campaigns_delivery_logs", {"campaign_uid": campaign_uid})
            assert logs["count"] == 1 and logs["items"][0]["status"] == "success"
            email = await call(client, "transactional_emails_get", {"email_uid": email_uid})
            assert email["status"] == "unsent"
            quota = await call(client, "quota_get")
            assert quota["allowed"] == 10_000
            segment = await call(client, "segments_get", {"list_uid": list_uid, "segment_uid": segment_uid})
            assert segment["name"] == "مشترکان تهران"
        errors.seek(0)
        assert "Traceback" not in errors.read()

    stored = sb.campaign(campaign_uid)
    assert stored["send_at"] == f"{tomorrow} 05:30:00"  # 09:00 in Tehran, stored in UTC
    assert stored["segment_uid"] == segment_uid and "[UNSUBSCRIBE_URL]" in stored["template"]["content"]
    (sent,) = sb.outbox()
    assert [(a["name"], a["data"]) for a in sent["attachments"]] == [
        ("receipt-1001.pdf", b"%PDF-1.4 receipt")
    ]
    # Each write reached the sandbox exactly once, and was carried out.
    for operation in WRITES:
        assert sb.counters[operation] == sb.processed[operation] == 1, operation


def test_stdout_carries_protocol_messages_only_and_read_only_hides_every_write(sb: Sandbox) -> None:
    requests = [
        {
            "jsonrpc": "2.0",
            "id": 1,
            "method": "initialize",
            "params": {
                "protocolVersion": "2025-06-18",
                "capabilities": {},
                "clientInfo": {"name": "raw", "version": "0"},
            },
        },
        {"jsonrpc": "2.0", "method": "notifications/initialized"},
        {"jsonrpc": "2.0", "id": 2, "method": "tools/list"},
        {"jsonrpc": "2.0", "id": 3, "method": "tools/call", "params": {"name": "quota_get", "arguments": {}}},
        {
            "jsonrpc": "2.0",
            "id": 4,
            "method": "tools/call",
            "params": {"name": "lists_create", "arguments": {}},
        },
    ]
    process = subprocess.Popen(
        [PAKAT, "--base-url", sb.url, "mcp", "--read-only"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment(PAKAT_API_KEY=sb.api_key),
    )
    watchdog = threading.Timer(120, process.kill)
    watchdog.start()
    try:
        assert process.stdin is not None and process.stdout is not None
        process.stdin.write("".join(json.dumps(r) + "\n" for r in requests))
        process.stdin.flush()
        # Read the four answers before closing stdin: the end of input ends the session.
        lines = [process.stdout.readline() for _ in range(4)]
        process.stdin.close()
        assert process.stderr is not None
        rest, stderr = process.stdout.read(), process.stderr.read()
        process.wait()
    finally:
        watchdog.cancel()
    assert process.returncode == 0, stderr
    assert rest == ""
    answers = {}
    for line in lines:
        message = json.loads(line)  # every line is a JSON-RPC message, nothing else
        assert message["jsonrpc"] == "2.0"
        answers[message["id"]] = message
    assert sorted(answers) == [1, 2, 3, 4]
    assert answers[1]["result"]["serverInfo"]["name"] == "pakat"
    tools = answers[2]["result"]["tools"]
    assert tools and all(tool["annotations"]["readOnlyHint"] for tool in tools)
    assert not {"lists_create", "transactional_emails_send", "campaigns_track_opening"} & {
        t["name"] for t in tools
    }
    assert answers[3]["result"]["isError"] is False
    assert "not served here" in answers[4]["error"]["message"]
    assert sb.api_key not in "".join(lines) + stderr and "Traceback" not in stderr
    assert sb.counters.total() == sb.counters["getQuota"] == 1
