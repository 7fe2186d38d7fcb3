"""The pytest plugin as a user meets it: their own test files, run by pytest, using its fixtures."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

pytest_plugins = ["pytester"]

# No conftest and no -p option: the fixtures must come from the installed pytest11 entry point.
USER_TESTS = """
import pytest
from pakat.testing import Sandbox

seen = {}


def test_subscriber_round_trip(pakat_sandbox_client, pakat_sandbox):
    assert isinstance(pakat_sandbox, Sandbox) and pakat_sandbox.running
    assert pakat_sandbox_client.base_url == pakat_sandbox.url
    list_uid = pakat_sandbox_client.lists.create(
        name="خبرنامه پاکات",
        description="Weekly news",
        from_name="پاکات",
        from_email="news@example.com",
        reply_to="news@example.com",
    )
    created = pakat_sandbox_client.subscribers.create(
        list_uid, "ali@example.com", fields={"FNAME": "علی", "LNAME": "رضایی"}
    )
    got = pakat_sandbox_client.subscribers.get(list_uid, created.subscriber_uid)
    assert (got["EMAIL"], got["FNAME"], got["LNAME"]) == ("ali@example.com", "علی", "رضایی")
    assert pakat_sandbox.counters["createList"] == 1
    assert pakat_sandbox.processed["createSubscriber"] == 1
    assert pakat_sandbox.processed["getSubscriber"] == 1
    seen["sandbox"], seen["client"] = pakat_sandbox, pakat_sandbox_client


def test_each_test_gets_a_fresh_sandbox(pakat_sandbox_client, pakat_sandbox):
    assert not seen["sandbox"].running  # the previous test's sandbox was closed...
    assert seen["client"]._http.is_closed  # ...and so was its client
    assert pakat_sandbox is not seen["sandbox"]
    assert pakat_sandbox_client.lists.list().count == 0
    assert dict(pakat_sandbox.counters) == {"listLists": 1}


def test_faults_reach_the_client(pakat_sandbox_client, pakat_sandbox):
    pakat_sandbox.faults.fail_next(1, status=503, retry_after=0)
    assert pakat_sandbox_client.quota.get().used == 0  # retried once by the client
    assert pakat_sandbox.counters["getQuota"] == 2


@pytest.mark.pakat_sandbox(verified_domains=["shop.example"], quota_allowed=None, api_key="k-123")
def test_marker_configures_the_sandbox(pakat_sandbox_client, pakat_sandbox):
    assert pakat_sandbox.api_key == "k-123"
    assert pakat_sandbox_client.quota.get().allowed is None
    pakat_sandbox_client.transactional_emails.send(
        to_email="sara@example.org",
        to_name="سارا",
        from_name="فروشگاه",
        from_email="orders@shop.example",
        subject="رسید",
        html="<p>سلام</p>",
    )
    assert [m["subject"] for m in pakat_sandbox.outbox()] == ["رسید"]
"""

ASYNC_TESTS = """
import pytest

seen = []


@pytest.mark.asyncio
async def test_with_pytest_asyncio(pakat_sandbox_async_client, pakat_sandbox):
    list_uid = await pakat_sandbox_async_client.lists.create(
        name="خبرنامه", description="هفتگی", from_name="پاکات",
        from_email="news@example.com", reply_to="news@example.com",
    )
    created = await pakat_sandbox_async_client.subscribers.create(list_uid, "sara@example.org", fields={"FNAME": "سارا"})
    got = await pakat_sandbox_async_client.subscribers.get(list_uid, created.subscriber_uid)
    assert got["FNAME"] == "سارا"
    assert pakat_sandbox.processed["createSubscriber"] == 1
    seen.append(pakat_sandbox_async_client)


@pytest.mark.anyio
async def test_with_anyio(pakat_sandbox_async_client, pakat_sandbox):
    assert (await pakat_sandbox_async_client.quota.get()).used == 0
    assert pakat_sandbox.counters["getQuota"] == 1
    seen.append(pakat_sandbox_async_client)


def test_clients_were_closed():
    assert len(seen) == 2 and all(client._http.is_closed for client in seen)


def test_sync_test_is_told_what_to_do(pakat_sandbox_async_client):
    pass
"""

# pytest-asyncio warns when this is unset, whatever the tests; set it as its users do. Hypothesis's
# plugin is unrelated and costs most of an in-process run (pytester unloads it after each).
ARGS = (
    "-p",
    "no:cacheprovider",
    "-p",
    "no:hypothesispytest",
    "-o",
    "asyncio_default_fixture_loop_scope=function",
)

AUTO_MODE_TEST = """
async def test_unmarked_in_auto_mode(pakat_sandbox_async_client, pakat_sandbox):
    assert (await pakat_sandbox_async_client.lists.list()).count == 0
    assert pakat_sandbox.counters["listLists"] == 1
"""


def test_user_tests_pass_with_the_sync_fixtures(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_user=USER_TESTS)
    result = pytester.runpytest_inprocess(*ARGS)
    result.assert_outcomes(passed=4)


def test_async_fixture_under_pytest_asyncio_strict_mode_and_anyio(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_user_async=ASYNC_TESTS)
    # pytest-asyncio's default mode is strict; anyio runs its marked test on asyncio here.
    result = pytester.runpytest_inprocess(*ARGS, "-W", "error::pytest.PytestWarning")
    result.assert_outcomes(passed=3, errors=1)
    result.stdout.fnmatch_lines(["*pakat_sandbox_async_client is for async tests run by an async plugin*"])


def test_async_fixture_under_pytest_asyncio_auto_mode(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_auto=AUTO_MODE_TEST)
    result = pytester.runpytest_inprocess(*ARGS, "-o", "asyncio_mode=auto")
    result.assert_outcomes(passed=1)


def test_fixtures_are_documented(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_nothing="def test_nothing(): pass")
    result = pytester.runpytest_inprocess(*ARGS, "--fixtures")
    result.stdout.fnmatch_lines(["*fixtures defined from pakat.testing.pytest_plugin*"])
    for name, doc in [
        ("pakat_sandbox", "A started in-memory Sandbox, fresh for each test*"),
        ("pakat_sandbox_client", "A Pakat client pointed at ``pakat_sandbox``, closed after the test."),
        (
            "pakat_sandbox_async_client",
            "An AsyncPakat pointed at ``pakat_sandbox``, closed after the test (async tests only).",
        ),
        ("pakat_client", "Deprecated: the old name of ``pakat_sandbox_client``."),
        ("pakat_async_client", "Deprecated: the old name of ``pakat_sandbox_async_client``."),
    ]:
        result.stdout.fnmatch_lines([f"{name} -- *", f"*{doc}"], consecutive=True)
    markers = pytester.runpytest_inprocess(*ARGS, "--markers")
    markers.stdout.fnmatch_lines(["@pytest.mark.pakat_sandbox(**options):*"])


OLD_NAMES = """
import pytest


def test_old_sync_name(pakat_client, pakat_sandbox):
    assert pakat_client.base_url == pakat_sandbox.url
    assert pakat_client.quota.get().used == 0


async def test_old_async_name(pakat_async_client, pakat_sandbox):
    assert pakat_async_client.base_url == pakat_sandbox.url
    assert (await pakat_async_client.quota.get()).used == 0


def test_old_async_name_in_a_sync_test(pakat_async_client):
    pass
"""


def test_the_old_names_still_work_and_say_they_are_deprecated(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_old=OLD_NAMES)
    result = pytester.runpytest_inprocess(*ARGS, "-o", "asyncio_mode=auto")
    result.assert_outcomes(passed=2, errors=1, warnings=3)
    result.stdout.fnmatch_lines(["*pakat_sandbox_async_client is for async tests run by an async plugin*"])
    result.stdout.fnmatch_lines(
        [
            "*DeprecationWarning: the pytest fixture pakat_client is now called pakat_sandbox_client;*",
            "*DeprecationWarning: the pytest fixture pakat_async_client is now called "
            "pakat_sandbox_async_client;*",
        ]
    )
    # A project that turns deprecations into errors sees them as errors, not as passing tests.
    strict = pytester.runpytest_inprocess(*ARGS, "-o", "asyncio_mode=auto", "-W", "error::DeprecationWarning")
    strict.assert_outcomes(errors=3)


def test_importing_the_plugin_loads_no_sandbox_or_client_code() -> None:
    """pytest imports the plugin in every run of every project with pakat installed."""
    script = textwrap.dedent(
        """
        import json, sys
        import pytest, pakat
        before = set(sys.modules)
        import pakat.testing.pytest_plugin
        print(json.dumps(sorted(set(sys.modules) - before)))
        """
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    added = set(json.loads(out))
    assert {m for m in added if m.startswith("pakat")} == {
        "pakat.testing",
        "pakat.testing._links",
        "pakat.testing.pytest_plugin",
    }
    assert not added & {"sqlite3", "http.server", "socketserver", "pakat_client", "pytest_asyncio"}
