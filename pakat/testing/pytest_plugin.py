"""pytest fixtures for an offline Pakat, loaded in every pytest run where pakat is installed.

    def test_signup(pakat_sandbox_client, pakat_sandbox):
        list_uid = pakat_sandbox.create_list()
        pakat_sandbox_client.subscribers.create(list_uid, "ali@example.com", fields={"FNAME": "علی"})
        assert pakat_sandbox.processed["createSubscriber"] == 1

``pakat_sandbox``
    A started :class:`pakat.testing.Sandbox`, in memory, new for each test and closed after it,
    so no test sees another's lists or counters. Its knobs (``faults``, ``counters``,
    ``processed``, ``outbox()``, ``campaign_urls()``, ``create_list()``, ``seed_subscribers()``)
    are the test's to use.
``pakat_sandbox_client``
    A :class:`pakat.Pakat` holding the sandbox's ``url`` and ``api_key``, closed after the test.
    It has the default retry settings, so faults such as ``fail_next(1, status=503)`` are retried
    as against the real API; ``pakat_sandbox_client.with_options(max_retries=0)`` turns that off.
``pakat_sandbox_async_client``
    A :class:`pakat.AsyncPakat` on the same sandbox, closed after the test. For ``async def``
    tests only, run by the async plugin of your choice (pakat needs neither): pytest-asyncio, in
    auto mode or with ``@pytest.mark.asyncio`` in strict mode (it runs on the function-scoped
    loop), or anyio with ``@pytest.mark.anyio`` (any anyio backend). A sync test that requests
    it fails with a message saying so.

``pakat_client`` and ``pakat_async_client``, the names these two had before (the first is also
the name of the generated low-level package), still work and warn with a ``DeprecationWarning``.

The ``pakat_sandbox`` marker passes arguments to ``Sandbox`` for one test, or a whole module
with ``pytestmark``: ``@pytest.mark.pakat_sandbox(verified_domains=["shop.example"],
quota_allowed=None)``.

Importing this module loads nothing of the sandbox or the clients: pytest imports it in every
run of every project that installs pakat, so they are imported when a fixture is first used.
``-p no:pakat`` turns the plugin off.
"""

from __future__ import annotations

import types
import warnings
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, cast

import pytest

if TYPE_CHECKING:
    from pakat import AsyncPakat, Pakat
    from pakat.testing import Sandbox

__all__ = [
    "pakat_async_client",
    "pakat_client",
    "pakat_sandbox",
    "pakat_sandbox_async_client",
    "pakat_sandbox_client",
]

_ASYNCIO_FIXTURE = "_pakat_sandbox_async_client_asyncio"
_ANYIO_FIXTURE = "_pakat_sandbox_async_client_anyio"
_NOT_ASYNC = (
    "pakat_sandbox_async_client is for async tests run by an async plugin: pytest-asyncio "
    '(asyncio_mode = "auto", or @pytest.mark.asyncio) or anyio (@pytest.mark.anyio). '
    "Use pakat_sandbox_client in a sync test."
)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "pakat_sandbox(**options): keyword arguments for pakat.testing.Sandbox behind the "
        "pakat_sandbox fixture (verified_domains=..., quota_allowed=..., api_key=...)",
    )
    # pytest-asyncio's strict mode (its default) runs only fixtures made with its own decorator;
    # it is already imported when its plugin is active, and only then is that decorator used.
    if config.pluginmanager.has_plugin("asyncio"):
        import pytest_asyncio

        holder = types.ModuleType("pakat.testing.pytest_plugin.asyncio_fixtures")
        fixture = pytest_asyncio.fixture(_async_client_fixture(), name=_ASYNCIO_FIXTURE)
        setattr(holder, _ASYNCIO_FIXTURE, fixture)
        config.pluginmanager.register(holder, "pakat-asyncio-fixtures")


@pytest.fixture
def pakat_sandbox(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    """A started in-memory Sandbox, fresh for each test; options from the pakat_sandbox marker."""
    from pakat.testing import Sandbox

    marker = request.node.get_closest_marker("pakat_sandbox")
    args, kwargs = (marker.args, marker.kwargs) if marker is not None else ((), {})
    with Sandbox(*args, **kwargs) as sandbox:
        yield sandbox


@pytest.fixture
def pakat_sandbox_client(pakat_sandbox: Sandbox) -> Iterator[Pakat]:
    """A Pakat client pointed at ``pakat_sandbox``, closed after the test."""
    from pakat import Pakat

    with Pakat(api_key=pakat_sandbox.api_key, base_url=pakat_sandbox.url) as client:
        yield client


@pytest.fixture
def pakat_sandbox_async_client(request: pytest.FixtureRequest) -> AsyncPakat:
    """An AsyncPakat pointed at ``pakat_sandbox``, closed after the test (async tests only)."""
    # The client must be opened and closed on the test's own event loop, which only the plugin
    # running the test can provide: hand the work to the fixture that plugin runs.
    if "anyio_backend" in request.fixturenames:
        return cast("AsyncPakat", request.getfixturevalue(_ANYIO_FIXTURE))
    asyncio_test = request.node.get_closest_marker("asyncio") is not None
    if asyncio_test and request.config.pluginmanager.has_plugin("pakat-asyncio-fixtures"):
        return cast("AsyncPakat", request.getfixturevalue(_ASYNCIO_FIXTURE))
    pytest.fail(_NOT_ASYNC, pytrace=False)


@pytest.fixture
def pakat_client(request: pytest.FixtureRequest) -> Pakat:
    """Deprecated: the old name of ``pakat_sandbox_client``."""
    return cast("Pakat", _renamed(request, "pakat_client", "pakat_sandbox_client"))


@pytest.fixture
def pakat_async_client(request: pytest.FixtureRequest) -> AsyncPakat:
    """Deprecated: the old name of ``pakat_sandbox_async_client``."""
    return cast("AsyncPakat", _renamed(request, "pakat_async_client", "pakat_sandbox_async_client"))


def _renamed(request: pytest.FixtureRequest, old: str, new: str) -> object:
    warnings.warn(
        f"the pytest fixture {old} is now called {new}; the old name will be removed",
        DeprecationWarning,
        stacklevel=2,
    )
    return request.getfixturevalue(new)


def _async_client_fixture() -> Callable[[Sandbox], AsyncIterator[AsyncPakat]]:
    # A new function each time: pytest-asyncio's decorator marks the function object itself, and
    # the anyio fixture must stay unmarked so that pytest-asyncio's strict mode leaves it alone.
    async def async_client(pakat_sandbox: Sandbox) -> AsyncIterator[AsyncPakat]:
        from pakat import AsyncPakat

        async with AsyncPakat(api_key=pakat_sandbox.api_key, base_url=pakat_sandbox.url) as client:
            yield client

    return async_client


# anyio runs any async fixture of a test that uses its anyio_backend fixture.
_pakat_async_client_anyio = pytest.fixture(_async_client_fixture(), name=_ANYIO_FIXTURE)
