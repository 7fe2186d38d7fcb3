"""Where the backend finds its settings, what a wrong one says, and that the extra stays optional."""

from __future__ import annotations

import subprocess
import sys

import pytest
from anymail.exceptions import AnymailConfigurationError
from django.core import mail
from django.core.mail import EmailMessage, get_connection
from django.test.utils import override_settings

from pakat.django import PakatAPIError
from pakat.testing import Sandbox
from tests.django_backend.conftest import sandbox_settings


def _sent_to(sandbox: Sandbox) -> list[str]:
    return [email["to_email"] for email in sandbox.outbox()]


def test_the_key_and_url_come_from_any_of_anymails_places(
    pakat_sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    key, url = pakat_sandbox.api_key, pakat_sandbox.url
    places = [
        {"ANYMAIL": {"PAKAT_API_KEY": key, "PAKAT_BASE_URL": url}},
        {"ANYMAIL_PAKAT_API_KEY": key, "ANYMAIL_PAKAT_BASE_URL": url},
        {"PAKAT_API_KEY": key, "PAKAT_BASE_URL": url},
    ]
    for n, place in enumerate(places):
        with override_settings(EMAIL_BACKEND="pakat.django.EmailBackend", **place):
            EmailMessage("Hi", "x", to=[f"settings{n}@example.com"]).send()
    # get_connection()'s keywords win over settings.
    with override_settings(ANYMAIL={"PAKAT_API_KEY": "wrong", "PAKAT_BASE_URL": url}):
        EmailMessage("Hi", "x", to=["kwargs@example.com"], connection=get_connection(api_key=key)).send()
    # Nothing in settings: the environment, as pakat.Pakat() reads it.
    monkeypatch.setenv("PAKAT_API_KEY", key)
    monkeypatch.setenv("PAKAT_BASE_URL", url)
    EmailMessage("Hi", "x", to=["env@example.com"]).send()

    assert _sent_to(pakat_sandbox) == [
        "settings0@example.com",
        "settings1@example.com",
        "settings2@example.com",
        "kwargs@example.com",
        "env@example.com",
    ]


def test_max_retries_and_timeout_reach_the_client(pakat_sandbox: Sandbox) -> None:
    with override_settings(**sandbox_settings(pakat_sandbox, PAKAT_MAX_RETRIES=0, PAKAT_TIMEOUT=5)):
        pakat_sandbox.faults.fail_next(1, status=429, retry_after=0)
        with pytest.raises(PakatAPIError) as caught:
            EmailMessage("Hi", "x", to=["a@example.com"]).send()
        assert caught.value.status_code == 429
    with override_settings(**sandbox_settings(pakat_sandbox)):
        pakat_sandbox.faults.fail_next(1, status=429, retry_after=0)
        EmailMessage("Hi", "x", to=["b@example.com"]).send()  # the default repeats a 429
    assert _sent_to(pakat_sandbox) == ["b@example.com"]


@pytest.mark.filterwarnings("ignore:Anymail will drop support for fail_silently")
@pytest.mark.parametrize(
    ("anymail", "says"),
    [
        ({"PAKAT_API_KEY": None}, "No API key"),
        ({"PAKAT_API_KEY": "k", "PAKAT_BASE_URL": "http://pakat.example/api"}, "Refusing plain http://"),
        ({"PAKAT_API_KEY": "k", "PAKAT_TIMEZONE": "Tehran"}, "Unknown timezone"),
        ({"PAKAT_API_KEY": "k", "PAKAT_TIMEOUT": -1}, "timeout must be a positive number"),
    ],
)
def test_bad_settings_raise_even_with_fail_silently(
    monkeypatch: pytest.MonkeyPatch, anymail: dict[str, object], says: str
) -> None:
    monkeypatch.delenv("PAKAT_API_KEY", raising=False)
    with (
        override_settings(EMAIL_BACKEND="pakat.django.EmailBackend", ANYMAIL=anymail),
        pytest.raises(AnymailConfigurationError, match=says),
    ):
        mail.send_mail("Hi", "x", None, ["a@example.com"], fail_silently=True)


def test_the_key_is_never_shown(pakat_sandbox: Sandbox) -> None:
    with override_settings(**sandbox_settings(pakat_sandbox)):
        connection = get_connection()
        connection.open()
        try:
            shown = [repr(connection), repr(connection.__dict__), repr(connection.client)]
        finally:
            connection.close()
    assert not [text for text in shown if pakat_sandbox.api_key in text]


def test_import_pakat_loads_neither_django_nor_anymail() -> None:
    code = "import sys, pakat; pakat.Pakat; print(sorted(m for m in sys.modules if m.split('.')[0] in ('django', 'anymail')))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("missing", ["anymail", "django"])
def test_without_the_extra_the_import_says_how_to_install_it(missing: str) -> None:
    # A module set to None in sys.modules cannot be imported, as if it were not installed.
    code = f"import sys; sys.modules[{missing!r}] = None; import pakat.django"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1] == (
        "ImportError: pakat.django needs Django and django-anymail: pip install 'pakat[django]'"
    )
