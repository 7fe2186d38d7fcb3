"""Starting, stopping, persistence in an SQLite file, the command line, and import cost."""

from __future__ import annotations

import base64
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from pakat.testing import Sandbox

from ._helpers import new_list, new_subscriber


def _client(sb: Sandbox) -> httpx.Client:
    return httpx.Client(base_url=sb.url, headers={"X-API-KEY": sb.api_key}, timeout=10)


def test_state_survives_a_restart_with_the_same_file(tmp_path: Path) -> None:
    path = tmp_path / "pakat.sqlite3"
    with Sandbox(path) as sb, _client(sb) as client:
        list_uid = new_list(client)
        uid = new_subscriber(client, list_uid, "keep@example.org", FNAME="ماندگار")
        key = sb.api_key
        client.post(
            "/transactional-emails",
            files={
                "email[to_name]": (None, b"a"),
                "email[to_email]": (None, b"a@example.org"),
                "email[from_name]": (None, b"b"),
                "email[subject]": (None, b"s"),
                "email[body]": (None, b"PHA+eDwvcD4="),
                "email[send_at]": (None, b"2025-01-15 10:00:00"),
            },
        ).raise_for_status()
    assert path.stat().st_size > 0
    with Sandbox(path) as sb, _client(sb) as client:
        assert sb.api_key == key  # a generated key is kept in the file
        record = client.get(f"/lists/{list_uid}/subscribers/{uid}").json()["data"]["record"]
        assert record["FNAME"] == "ماندگار"
        assert client.get("/quota/index").json()["quota"]["used"] == 1
    with Sandbox(path, api_key="explicit") as sb:
        assert sb.api_key == "explicit"
    with Sandbox() as memory, _client(memory) as client:
        assert client.get(f"/lists/{list_uid}").status_code == 404


def test_stop_and_start_keep_state_and_port(sandbox: Sandbox, client: httpx.Client) -> None:
    list_uid = new_list(client)
    url = sandbox.url
    sandbox.stop()
    assert not sandbox.running
    with pytest.raises(httpx.TransportError):
        client.get(f"/lists/{list_uid}")
    sandbox.start()
    assert sandbox.url == url
    assert client.get(f"/lists/{list_uid}").status_code == 200


def test_stop_cuts_idle_keep_alive_connections_promptly(sandbox: Sandbox, client: httpx.Client) -> None:
    client.get("/lists")  # leaves an idle keep-alive connection open
    started = time.perf_counter()
    sandbox.close()
    assert time.perf_counter() - started < 1.5
    assert not sandbox.running
    with pytest.raises(RuntimeError):
        sandbox.start()


def test_seed_helpers_reject_unknown_objects(sandbox: Sandbox) -> None:
    with pytest.raises(KeyError):
        sandbox.seed_subscribers("missing", 1)
    with pytest.raises(KeyError):
        sandbox.campaign_urls("missing")


def test_command_line_prints_url_and_key_and_serves(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "pakat.testing",
            "--port",
            "0",
            "--api-key",
            "cli-key",
            "--path",
            str(tmp_path / "s.db"),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        url_line, key_line = process.stdout.readline(), process.stdout.readline()
        assert first.startswith("Pakat sandbox listening on http://127.0.0.1:")
        url = first.rsplit(" ", 1)[1].strip()
        assert url_line.strip() == f"export PAKAT_BASE_URL={url}"  # the same two lines as pakat sandbox
        assert key_line.strip() == "export PAKAT_API_KEY=cli-key"
        assert url.endswith("/api")
        response = httpx.get(f"{url}/quota/index", headers={"X-API-KEY": "cli-key"}, timeout=10)
        assert response.json()["quota"]["allowed"] == 10000
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_import_pakat_does_not_import_the_sandbox_and_the_package_is_lazy() -> None:
    code = (
        "import sys, pakat; assert 'pakat.testing' not in sys.modules; "
        "import pakat.testing; heavy = {'http.server', 'sqlite3', 'pakat.testing._server'} & set(sys.modules); "
        "assert not heavy, heavy; from pakat.testing import Sandbox; assert 'sqlite3' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_unlimited_quota_and_usage(client: httpx.Client) -> None:
    with Sandbox(quota_allowed=None) as sb, _client(sb) as unlimited:
        assert unlimited.get("/quota/index").json()["quota"] == {
            "percentage": "0%",
            "used": 0,
            "allowed": "∞",
        }
    with Sandbox(quota_allowed=4) as sb, _client(sb) as small:
        list_uid = new_list(small)
        new_subscriber(small, list_uid, "a@example.org")
        campaign = small.post(
            "/campaigns",
            files={
                name: (None, value.encode())
                for name, value in {
                    "campaign[name]": "c",
                    "campaign[from_name]": "f",
                    "campaign[from_email]": "f@example.com",
                    "campaign[subject]": "s",
                    "campaign[reply_to]": "f@example.com",
                    "campaign[send_at]": "2025-01-01 00:00:00",
                    "campaign[list_uid]": list_uid,
                    "campaign[template][content]": base64.b64encode(
                        b'[COMPANY_FULL_ADDRESS] <a href="[UNSUBSCRIBE_URL]">x</a>'
                    ).decode(),
                }.items()
            },
        ).json()["campaign_uid"]
        small.put(f"/campaigns/{campaign}/mark-sent").raise_for_status()
        assert small.put(f"/campaigns/{campaign}/mark-sent").status_code == 400  # already sent
        assert small.get("/quota/index").json()["quota"] == {"percentage": "25%", "used": 1, "allowed": 4}
