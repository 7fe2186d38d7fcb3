"""Django configured in-process (no project needed) and a fixture pointing its mail at a sandbox.

Settings are Django's own `settings.configure()`; tests change them with `override_settings`, so
the suite needs no pytest-django.
"""

from __future__ import annotations

from collections.abc import Iterator

import django
import pytest
from django.conf import settings
from django.test.utils import override_settings

from pakat.testing import Sandbox

SHOP = "فروشگاه پاکات"
FROM = f"{SHOP} <orders@example.com>"

if not settings.configured:
    settings.configure(
        EMAIL_BACKEND="pakat.django.EmailBackend",
        DEFAULT_FROM_EMAIL=FROM,
        SERVER_EMAIL="server@example.com",
        ADMINS=[("مدیر", "admin@example.com"), ("Ops", "ops@example.com")],
        TIME_ZONE="Asia/Tehran",
        USE_TZ=True,
        INSTALLED_APPS=[],
    )
    django.setup()


def sandbox_settings(sandbox: Sandbox, **anymail: object) -> dict[str, object]:
    """The settings that send a project's mail to `sandbox`."""
    return {
        "EMAIL_BACKEND": "pakat.django.EmailBackend",
        "ANYMAIL": {"PAKAT_API_KEY": sandbox.api_key, "PAKAT_BASE_URL": sandbox.url, **anymail},
    }


@pytest.fixture
def sandbox(pakat_sandbox: Sandbox) -> Iterator[Sandbox]:
    """The test's sandbox, with Django's mail pointed at it."""
    with override_settings(**sandbox_settings(pakat_sandbox)):
        yield pakat_sandbox
