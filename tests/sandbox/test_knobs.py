"""The server and account knobs of the sandbox: keywords, configure(), and the command line."""

from __future__ import annotations

import subprocess
import sys

import httpx
import pytest

from pakat.testing import Sandbox


def test_configure_checks_what_it_is_given() -> None:
    sandbox = Sandbox()
    try:
        with pytest.raises(TypeError, match="unexpected keyword argument 'timezone'"):
            sandbox.configure(timezone="UTC")
        with pytest.raises(TypeError, match="not one string"):
            sandbox.configure(denied_ips="127.0.0.1")
        with pytest.raises(TypeError, match="not one string"):
            sandbox.configure(key_permissions="listLists")
        with pytest.raises(ValueError):
            sandbox.configure(allowed_ips=["999.1.1.1"])
        with pytest.raises(ValueError, match="per_page_max"):
            sandbox.configure(per_page_max=5)
        with pytest.raises(ValueError, match="post_max_size"):
            sandbox.configure(post_max_size=-1)
        sandbox.configure(allowed_ips=["::1", "127.0.0.0/8"], key_permissions=(), language="fa")
    finally:
        sandbox.close()


def test_knobs_change_a_running_sandbox_from_the_next_request() -> None:
    with (
        Sandbox() as sandbox,
        httpx.Client(base_url=sandbox.url, headers={"X-API-KEY": sandbox.api_key}) as wire,
    ):
        assert wire.get("/lists").status_code == 200
        sandbox.configure(offline=True)
        assert wire.get("/lists").status_code == 503
        sandbox.configure(offline=False, key_permissions=["listCountries"])
        assert wire.get("/lists").status_code == 400
        assert wire.get("/countries").status_code == 200


def test_python_m_pakat_testing_takes_the_language_and_the_page_cap() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "pakat.testing", "--port", "0", "--language", "fa", "--per-page-max", "1000"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().split()[-1]
        key = process.stdout.readline().split()[-1]
        with httpx.Client(base_url=url, headers={"X-API-KEY": key}, timeout=10) as wire:
            countries = wire.get("/countries", params={"per_page": 100}).json()["data"]
            assert len(countries["records"]) == min(100, int(countries["count"]))
            missing = wire.get("/lists/nosuchlist").json()["error"]
            assert missing != "The list does not exist."  # in Persian
    finally:
        process.terminate()
        process.wait(timeout=20)
