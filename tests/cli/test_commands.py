"""Every `pakat` command against the sandbox: tables, --json, and the error paths."""

from __future__ import annotations

import json
import os
import queue
import re
import signal
import subprocess
import sys
import threading
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import click
import httpx
import pytest

from pakat import Pakat
from pakat.cli import _output as cli_output
from pakat.cli._subscribers import subscribers_add, subscribers_ls
from pakat.testing import Sandbox
from pakat_client.models.subscriber_create_status import SUBSCRIBER_CREATE_STATUS_VALUES
from pakat_client.models.subscriber_status import SUBSCRIBER_STATUS_VALUES
from tests.cli.conftest import Invoke

NEWS = "خبرنامه پاکات"
WRONG_KEY = "wrong-key-0123456789abcdefghij"


def new_list(client: Pakat, name: str = NEWS) -> str:
    return client.lists.create(
        name=name,
        description="Weekly news",
        from_name="Pakat",
        from_email="news@example.com",
        reply_to="news@example.com",
    )


def new_campaign(client: Pakat, list_uid: str) -> tuple[str, str]:
    # A stock server requires an unsubscribe link and the company address in campaign HTML.
    html = '<h1>سلام!</h1><p>[COMPANY_FULL_ADDRESS]</p><a href="[UNSUBSCRIBE_URL]">لغو</a>'
    template_uid = client.templates.create("Welcome", html=html)
    tomorrow = datetime.now(ZoneInfo("Asia/Tehran")) + timedelta(days=1)
    campaign_uid = client.campaigns.create(
        name="Weekly news",
        list_uid=list_uid,
        subject="خبرنامهٔ این هفته",
        from_name="Pakat",
        from_email="news@example.com",
        reply_to="news@example.com",
        template_uid=template_uid,
        send_at=tomorrow,
    )
    return template_uid, campaign_uid


def fields_of(stdout: str) -> dict[str, str]:
    """A FIELD/VALUE table as a dict (columns are separated by two spaces or more)."""
    lines = stdout.splitlines()
    assert lines[0].split() == ["FIELD", "VALUE"]
    pairs = (re.split(r"\s{2,}", line.strip(), maxsplit=1) for line in lines[2:] if line.strip())
    return {pair[0]: pair[1] if len(pair) > 1 else "" for pair in pairs}


def parse(stdout: str) -> object:
    """The whole of stdout as one JSON document (fails on anything else printed there)."""
    return json.loads(stdout)


# --- start-up --------------------------------------------------------------------------------------


def test_help_works_and_loads_no_heavy_module() -> None:
    # How fast `pakat --help` starts is measured by `make bench`, not asserted here.
    script = Path(sys.executable).parent / "pakat"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "pakat.cli"]
    done = subprocess.run([*command, "--help"], capture_output=True, text=True, check=True)
    assert "subscribers" in done.stdout
    # The command tree loads with click alone: no rich, client, generated code, sandbox or jdatetime.
    probe = (
        "import sys, pakat.cli; pakat.cli.cli; print(sorted(m for m in sys.modules if m.startswith(("
        "'rich', 'httpx', 'jdatetime', 'pakat.testing', 'pakat.cli._output', 'pakat.cli._import', "
        "'pakat._sync', 'pakat_client'))))"
    )
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "[]"


def _choices(command: click.Command, name: str) -> set[str]:
    param = next(p for p in command.params if p.name == name)
    assert isinstance(param.type, click.Choice)
    return set(param.type.choices)


def test_status_choices_are_the_generated_clients() -> None:
    assert _choices(subscribers_ls, "status") == SUBSCRIBER_STATUS_VALUES
    assert _choices(subscribers_add, "status") == SUBSCRIBER_CREATE_STATUS_VALUES


# --- lists -------------------------------------------------------------------------------------------


def test_lists_ls_table_json_and_limit(pakat: Invoke, client: Pakat) -> None:
    first, second = new_list(client), new_list(client, "Second list")
    table = pakat("lists", "ls")
    assert table.exit_code == 0
    assert table.stderr == ""
    lines = table.stdout.splitlines()
    assert lines[0].split()[:2] == ["UID", "NAME"]
    assert any(first in line and NEWS in line and "news@example.com" in line for line in lines)
    assert any(second in line and "Second list" in line for line in lines)

    as_json = pakat("lists", "ls", "--json")
    records = parse(as_json.stdout)
    assert isinstance(records, list)
    assert [r["general"]["list_uid"] for r in records] == [second, first]  # newest first
    assert records[1] == client.lists.get(first).to_dict()
    limited = parse(pakat("lists", "ls", "--json", "--limit", "1").stdout)
    assert isinstance(limited, list) and len(limited) == 1


def test_lists_ls_with_no_lists(pakat: Invoke) -> None:
    assert pakat("lists", "ls").stdout.strip() == "No lists."
    assert parse(pakat("lists", "ls", "--json").stdout) == []


def test_lists_show(pakat: Invoke, client: Pakat) -> None:
    uid = new_list(client)
    table = pakat("lists", "show", uid)
    assert table.exit_code == 0
    rows = fields_of(table.stdout)
    assert rows["general.list_uid"] == uid
    assert rows["defaults.from_email"] == "news@example.com"
    assert rows["general.name"] == NEWS
    assert parse(pakat("lists", "show", uid, "--json").stdout) == client.lists.get(uid).to_dict()


# --- subscribers -------------------------------------------------------------------------------------


def test_subscribers_ls_with_status_and_custom_fields(pakat: Invoke, sb: Sandbox) -> None:
    list_uid = sb.create_list()
    confirmed = sb.seed_subscribers(list_uid, 3)
    unsubscribed = sb.seed_subscribers(list_uid, 2, status="unsubscribed")
    every = parse(pakat("subscribers", "ls", list_uid, "--json").stdout)
    assert isinstance(every, list)
    assert [r["subscriber_uid"] for r in every] == (confirmed + unsubscribed)[::-1]  # newest first
    only = parse(pakat("subscribers", "ls", list_uid, "--status", "unsubscribed", "--json").stdout)
    assert isinstance(only, list)
    assert [(r["subscriber_uid"], r["status"]) for r in only] == [
        (u, "unsubscribed") for u in reversed(unsubscribed)
    ]

    table = pakat("subscribers", "ls", list_uid, "--status", "confirmed")
    header = table.stdout.splitlines()[0].split()
    assert header == ["UID", "EMAIL", "STATUS", "SOURCE", "ADDED", "FNAME", "LNAME"]
    body = [line.split() for line in table.stdout.splitlines()[2:]]
    assert [row[0] for row in body] == confirmed[::-1]
    assert all(row[2] == "confirmed" and row[3] == "import" for row in body)
    newest_confirmed = every[len(unsubscribed)]
    assert body[0][-4:] == [
        "First",
        newest_confirmed["FNAME"].split()[1],
        "Last",
        newest_confirmed["LNAME"].split()[1],
    ]


def test_subscribers_ls_refuses_an_unknown_status(pakat: Invoke, sb: Sandbox) -> None:
    run = pakat("subscribers", "ls", sb.create_list(), "--status", "snoozed")
    assert run.exit_code == 2
    assert "'snoozed' is not one of" in run.stderr
    assert sb.counters["listSubscribers"] == 0


def test_subscribers_add_with_fields(pakat: Invoke, client: Pakat, sb: Sandbox) -> None:
    list_uid = sb.create_list()
    run = pakat(
        "subscribers", "add", list_uid, "ali@example.com", "--field", "FNAME=علی", "--field", "LNAME=a=b"
    )
    assert run.exit_code == 0
    uid = run.stdout.strip()
    stored = client.subscribers.get(list_uid, uid)
    assert (stored.email, stored.additional_properties["FNAME"]) == ("ali@example.com", "علی")
    assert stored.additional_properties["LNAME"] == "a=b"

    added = parse(
        pakat("subscribers", "add", list_uid, "sara@example.com", "--status", "unconfirmed", "--json").stdout
    )
    assert isinstance(added, dict)
    # The server's answer to a create: five attributes, no status.
    assert (added["email"], added["source"]) == ("sara@example.com", "api")
    assert set(added) == {"subscriber_uid", "email", "ip_address", "source", "date_added"}
    assert client.subscribers.get(list_uid, added["subscriber_uid"]).status == "unconfirmed"


def test_subscribers_add_errors(pakat: Invoke, sb: Sandbox) -> None:
    list_uid = sb.create_list()
    no_equals = pakat("subscribers", "add", list_uid, "ali@example.com", "--field", "FNAME")
    assert no_equals.exit_code == 2
    assert "expected TAG=VALUE" in no_equals.stderr
    bad_tag = pakat("subscribers", "add", list_uid, "ali@example.com", "--field", "first name=Ali")
    assert bad_tag.exit_code == 1
    assert bad_tag.stderr.startswith("Error: invalid field tag 'first name'")
    assert sb.counters["createSubscriber"] == 0

    assert pakat("subscribers", "add", list_uid, "ali@example.com").exit_code == 0
    again = pakat("subscribers", "add", list_uid, "ali@example.com")
    assert again.exit_code == 1
    assert again.stdout == ""
    assert again.stderr == "Error: The subscriber already exists in this list. (HTTP 409)\n"


# --- campaigns and templates ------------------------------------------------------------------------


def test_campaigns_ls_show_and_stats(pakat: Invoke, client: Pakat, sb: Sandbox) -> None:
    list_uid = sb.create_list()
    sb.seed_subscribers(list_uid, 4)
    _, campaign_uid = new_campaign(client, list_uid)

    table = pakat("campaigns", "ls")
    assert table.stdout.splitlines()[0].split() == ["UID", "NAME", "TYPE", "STATUS"]
    assert table.stdout.splitlines()[2].split() == [
        campaign_uid,
        "Weekly",
        "news",
        "regular",
        "pending-sending",
    ]
    listed = parse(pakat("campaigns", "ls", "--json").stdout)
    assert listed == [campaign.to_dict() for campaign in client.campaigns.iter()]

    shown = pakat("campaigns", "show", campaign_uid)
    shown_fields = fields_of(shown.stdout)
    assert shown_fields["campaign_uid"] == campaign_uid
    assert shown_fields["list.list_uid"] == list_uid
    assert shown_fields["subject"] == "خبرنامهٔ این هفته"
    assert (
        parse(pakat("campaigns", "show", campaign_uid, "--json").stdout)
        == client.campaigns.get(campaign_uid).to_dict()
    )

    client.campaigns.mark_sent(campaign_uid)
    stats = parse(pakat("campaigns", "stats", campaign_uid, "--json").stdout)
    assert stats == client.campaigns.stats(campaign_uid).to_dict()
    assert isinstance(stats, dict) and int(stats["subscribers_count"]) == 4
    stats_table = pakat("campaigns", "stats", campaign_uid)
    assert fields_of(stats_table.stdout)["subscribers_count"] == "4"


def test_templates_ls(pakat: Invoke, client: Pakat) -> None:
    assert pakat("templates", "ls").stdout.strip() == "No templates."
    first = client.templates.create("Welcome", html="<p>hi</p>")
    second = client.templates.create("رسید سفارش", html="<p>رسید</p>")
    table = pakat("templates", "ls")
    assert [line.strip().split(maxsplit=1) for line in table.stdout.splitlines()[2:]] == [
        [second, "رسید سفارش"],
        [first, "Welcome"],
    ]
    records = parse(pakat("templates", "ls", "--json").stdout)
    assert isinstance(records, list)
    assert [r["template_uid"] for r in records] == [second, first]


# --- send and quota ---------------------------------------------------------------------------------


def test_send_with_attachment_at_a_time(pakat: Invoke, sb: Sandbox, tmp_path: Path) -> None:
    html = tmp_path / "receipt.html"
    html.write_text("<p>سفارش شما ثبت شد.</p>", encoding="utf-8")
    attachment = tmp_path / "receipt.pdf"
    attachment.write_bytes("رسید".encode())
    run = pakat(
        "send",
        "--to", "ali@example.com",
        "--to-name", "علی رضایی",
        "--from-name", "فروشگاه پاکات",
        "--from-email", "orders@example.com",
        "--subject", "رسید سفارش ۱۰۰۱",
        "--html", str(html),
        "--attach", str(attachment),
        "--at", "2030-01-15T09:00:00+03:30",
    )  # fmt: skip
    assert run.exit_code == 0, run.stderr
    [email] = sb.outbox()
    assert run.stdout.strip() == email["email_uid"]
    assert email["body"] == "<p>سفارش شما ثبت شد.</p>"
    assert (email["to_email"], email["to_name"], email["subject"]) == (
        "ali@example.com",
        "علی رضایی",
        "رسید سفارش ۱۰۰۱",
    )
    assert email["send_at"] == "2030-01-15 05:30:00"  # sent in UTC
    assert [(a["name"], a["data"]) for a in email["attachments"]] == [("receipt.pdf", "رسید".encode())]


def test_send_refuses_a_time_it_cannot_read_or_already_past_and_missing_files(
    pakat: Invoke, sb: Sandbox, tmp_path: Path
) -> None:
    html = tmp_path / "body.html"
    html.write_text("<p>x</p>")
    base = ["send", "--to", "a@example.com", "--to-name", "A", "--from-name", "B", "--subject", "S"]
    past = pakat(*base, "--html", str(html), "--at", "2020-01-15T09:00:00")
    assert past.exit_code == 2
    assert (
        "2020-01-15 09:00 (Gregorian) in Asia/Tehran: 2020-01-15 09:00+03:30, 2020-01-15 05:30 UTC is already past"
        in past.stderr
    )
    garbage = pakat(*base, "--html", str(html), "--at", "tomorrow")
    assert garbage.exit_code == 2
    assert "is not a date and time" in garbage.stderr
    missing = pakat(*base, "--html", str(tmp_path / "nope.html"))
    assert missing.exit_code == 2
    assert "does not exist" in missing.stderr
    too_many = pakat(*base, "--html", str(html), *["--attach", str(html)] * 4)
    assert too_many.exit_code == 1
    assert too_many.stderr.startswith("Error: ") and "3" in too_many.stderr
    assert sb.outbox() == []
    assert sb.counters["sendTransactionalEmail"] == 0


def test_quota_table_and_json(pakat: Invoke, client: Pakat) -> None:
    client.transactional_emails.send(
        to_email="a@example.com", to_name="A", from_name="B", subject="S", html="<p>x</p>"
    )
    assert parse(pakat("quota", "--json").stdout) == {"used": 1, "allowed": 10000, "percentage": 0.01}
    table = pakat("quota").stdout.splitlines()
    assert table[0].split() == ["USED", "ALLOWED", "PERCENTAGE"]
    assert table[2].split() == ["1", "10000", "0.01%"]


def test_quota_unlimited(pakat: Invoke) -> None:
    with Sandbox(quota_allowed=None) as unlimited:
        run = pakat("--base-url", unlimited.url, "--api-key", unlimited.api_key, "quota", connect=False)
        assert run.stdout.splitlines()[2].split() == ["0", "unlimited", "0%"]
        assert unlimited.api_key not in run.output


# --- key, URL and errors ----------------------------------------------------------------------------


def test_key_and_url_from_the_environment(pakat: Invoke, sb: Sandbox, client: Pakat) -> None:
    uid = new_list(client)
    run = pakat(
        "lists", "ls", "--json", connect=False, env={"PAKAT_API_KEY": sb.api_key, "PAKAT_BASE_URL": sb.url}
    )
    assert run.exit_code == 0
    assert [r["general"]["list_uid"] for r in parse(run.stdout)] == [uid]  # type: ignore[attr-defined]


def test_no_key(pakat: Invoke) -> None:
    run = pakat("lists", "ls", connect=False)
    assert run.exit_code == 1
    assert run.stderr.startswith(
        "Error: No API key: set the PAKAT_API_KEY environment variable or pass --api-key"
    )


@pytest.mark.parametrize(
    "args",
    [
        ("lists", "ls"),
        ("lists", "ls", "--json"),
        ("campaigns", "ls"),
        ("templates", "ls"),
        ("quota", "--json"),
    ],
)
def test_a_wrong_key_prints_the_servers_message(pakat: Invoke, args: tuple[str, ...]) -> None:
    run = pakat(*args, key=WRONG_KEY)
    assert run.exit_code == 1
    assert run.stdout == ""
    # MailWizz answers an unknown key with 400, not 401 (RequestAccessFilter).
    assert run.stderr == "Error: Invalid API key. Please refer to the documentation. (HTTP 400)\n"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("lists", "show", "nolist1"), "The list does not exist."),
        (("subscribers", "ls", "nolist1", "--json"), "The subscribers list does not exist."),
        (("subscribers", "add", "nolist1", "a@example.com"), "The subscribers list does not exist."),
        (("campaigns", "show", "nocampaign1"), "The campaign does not exist."),
        (("campaigns", "stats", "nocampaign1", "--json"), "The campaign does not exist."),
    ],
)
def test_unknown_objects_print_the_servers_404_message(
    pakat: Invoke, args: tuple[str, ...], message: str
) -> None:
    run = pakat(*args)
    assert run.exit_code == 1
    assert run.stdout == ""
    assert run.stderr == f"Error: {message} (HTTP 404)\n"


def test_plain_http_to_another_host_is_refused(pakat: Invoke, sb: Sandbox) -> None:
    run = pakat("--api-key", sb.api_key, "--base-url", "http://api.example.com/api", "quota", connect=False)
    assert run.exit_code == 1
    assert "Refusing plain http://" in run.stderr


class _ToSandbox(httpx.BaseTransport):
    """Sends what is addressed to another machine to the sandbox instead: nothing leaves 127.0.0.1."""

    def __init__(self, sandbox_url: str) -> None:
        self.target = httpx.URL(sandbox_url)
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.seen = str(request.url)
        request.url = request.url.copy_with(host=self.target.host, port=self.target.port)
        return self.inner.handle_request(request)


@pytest.mark.parametrize("where", ["before", "after", "environment"])
def test_plain_http_to_another_host_as_an_explicit_opt_in(
    pakat: Invoke, sb: Sandbox, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    import pakat as sdk

    transport = _ToSandbox(sb.url)
    real = sdk.Pakat
    monkeypatch.setattr(sdk, "Pakat", lambda **kw: real(**kw, http_client=httpx.Client(transport=transport)))
    url = "http://sandbox.invalid:8080/api"  # a sandbox in another container, say
    flag = ["--allow-insecure-http"]
    args = {
        "before": [*flag, "--base-url", url, "quota", "--json"],
        "after": ["quota", "--json", "--base-url", url, *flag],
        "environment": ["--base-url", url, "quota", "--json"],
    }[where]
    env = {"PAKAT_ALLOW_INSECURE_HTTP": "1"} if where == "environment" else None
    run = pakat("--api-key", sb.api_key, *args, env=env, connect=False)
    assert run.exit_code == 0, run.stderr
    assert json.loads(run.stdout)["allowed"] == 10000
    assert transport.seen == "http://sandbox.invalid:8080/api/quota/index"
    assert run.stderr == (
        "Warning: Plain http:// to sandbox.invalid allowed (allow_insecure_http): the API key travels "
        "unencrypted. Use it only for a sandbox on a network you trust.\n"
    )


def test_the_key_is_scrubbed_from_errors_and_json(pakat: Invoke, sb: Sandbox, client: Pakat) -> None:
    list_uid = sb.create_list()
    # The key as an argument comes back in the refusal's message...
    refused = pakat("subscribers", "add", list_uid, sb.api_key)
    assert refused.exit_code == 1
    assert "is not a valid email address: '<redacted>'" in refused.stderr
    # ...and as data it comes back from the server: neither reaches the output.
    client.subscribers.create(list_uid, "ali@example.com", fields={"FNAME": f"key={sb.api_key}"})
    records = parse(pakat("subscribers", "ls", list_uid, "--json").stdout)
    assert isinstance(records, list) and records[0]["FNAME"] == "key=<redacted>"
    assert "key=<redacted>" in pakat("subscribers", "ls", list_uid).stdout
    # A usage error quotes the value it refused.
    misused = pakat("subscribers", "ls", list_uid, "--status", sb.api_key)
    assert misused.exit_code == 2
    assert "'<redacted>' is not one of" in misused.stderr


def test_an_unexpected_error_is_one_line_not_a_traceback(
    pakat: Invoke, client: Pakat, monkeypatch: pytest.MonkeyPatch
) -> None:
    new_list(client)

    def broken(*args: object, **kwargs: object) -> int:
        raise RuntimeError("table broke")

    monkeypatch.setattr(cli_output, "print_table", broken)
    run = pakat("lists", "ls")
    assert run.exit_code == 1
    assert (
        run.stderr
        == "Error: unexpected RuntimeError: table broke (this is a bug in pakat; please report it)\n"
    )


# --- the sandbox command ----------------------------------------------------------------------------


def _lines(process: subprocess.Popen[str]) -> queue.Queue[str]:
    """The process's stdout, line by line, read on a thread so a test can wait with a timeout."""
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line)

    threading.Thread(target=pump, daemon=True).start()
    return lines


def test_pakat_sandbox_runs_in_the_foreground_until_ctrl_c(tmp_path: Path) -> None:
    state = tmp_path / "state.sqlite"
    process = subprocess.Popen(
        [sys.executable, "-m", "pakat.cli", "sandbox", "--port", "0", "--path", str(state)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PAKAT_API_KEY": "a-real-account-key-must-not-be-used"},
    )
    try:
        printed = _lines(process)
        lines = [printed.get(timeout=20) for _ in range(4)]
        assert lines[0].startswith("Pakat sandbox listening on http://127.0.0.1:")
        url = lines[1].removeprefix("export PAKAT_BASE_URL=").strip()
        key = lines[2].removeprefix("export PAKAT_API_KEY=").strip()
        assert url == lines[0].split()[-1]
        assert key and key != "a-real-account-key-must-not-be-used"
        assert lines[3].strip() == "Press Ctrl-C to stop."
        with Pakat(api_key=key, base_url=url) as client:
            uid = new_list(client)
            assert client.lists.get(uid).general.name == NEWS  # type: ignore[union-attr]
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=20)  # not communicate(): the pump thread owns stdout
    assert process.stderr is not None
    err = process.stderr.read()
    assert process.returncode == 0, err
    assert printed.get(timeout=5).strip() == "stopped"
    assert "Traceback" not in err
    # The state and key were kept in the file: a new sandbox on it has the list.
    with Sandbox(state) as again, Pakat(api_key=key, base_url=again.url) as client:
        assert again.api_key == key
        assert [item.general.list_uid for item in client.lists.iter()] == [uid]  # type: ignore[union-attr]
