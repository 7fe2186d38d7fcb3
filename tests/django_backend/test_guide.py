"""The Django page's snippets (docs/guide/django.md) run as written, in a Django configured by its
settings snippet, against the sandbox. (They are fenced `python settings.py`, `python django` and
`python test_receipts.py`, so tests/docs/test_examples.py, which runs bare `python` blocks, leaves
them to this module; it checks that this module names the page.)"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from django.test.utils import override_settings

from pakat.testing import Sandbox
from tests._paths import ROOT
from tests._snippets import blocks

PAGE = ROOT / "docs" / "guide" / "django.md"
BLOCKS = [(block.tag, block.code) for block in blocks(PAGE, "python", None) if block.tag]
RECEIPT_PDF = ROOT / "examples" / "django_shop" / "shop" / "receipt-1001.pdf"


def _blocks(tag: str) -> list[str]:
    return [code for name, code in BLOCKS if name == tag]


def _run(code: str) -> dict[str, Any]:
    namespace: dict[str, Any] = {"__name__": "guide_snippet"}
    exec(compile(code, "docs/guide/django.md", "exec"), namespace)
    return namespace


def test_the_django_page_has_its_snippets() -> None:
    assert len(_blocks("settings.py")) == 1
    assert len(_blocks("django")) == 3
    assert len(_blocks("test_receipts.py")) == 1


def test_the_settings_and_examples_run_against_the_sandbox(
    pakat_sandbox: Sandbox,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("PAKAT_API_KEY", pakat_sandbox.api_key)
    monkeypatch.setenv("PAKAT_BASE_URL", pakat_sandbox.url)
    (settings_code,) = _blocks("settings.py")
    settings = {name: value for name, value in _run(settings_code).items() if name.isupper()}
    assert settings["EMAIL_BACKEND"] == "pakat.django.EmailBackend"
    shutil.copy(RECEIPT_PDF, tmp_path / "receipt-1001.pdf")
    monkeypatch.chdir(tmp_path)
    receipt, scheduled, errors = _blocks("django")

    with override_settings(**settings):
        _run(receipt)
        _run(scheduled)
        _run(errors)
        assert "{'ali@example.com': 'queued', 'sara@example.com': 'queued'}" in capsys.readouterr().out
        pakat_sandbox.faults.drop_connection(when="after")
        _run(errors)  # the lost answer, handled as the snippet says

    out = capsys.readouterr().out
    assert "ali@example.com unknown" in out
    assert "{'ali@example.com': 'unknown', 'sara@example.com': 'failed'}" in out
    emails = pakat_sandbox.outbox()
    assert [e["subject"] for e in emails] == [
        "رسید سفارش ۱۰۰۱",
        "سبد خرید شما",
        "خوش آمدید",
        "خوش آمدید",
        "سلام",
        "سلام",
        "سلام",  # the lost answer's email: accepted, and not sent again
    ]
    receipt_email = emails[0]
    assert (receipt_email["to_name"], receipt_email["reply_to_name"]) == ("علی رضایی", "پشتیبانی")
    assert receipt_email["attachments"][0]["data"] == RECEIPT_PDF.read_bytes()
    assert receipt_email["from_name"] == "فروشگاه پاکات"
    assert emails[1]["send_at"].endswith("05:30:00")  # 09:00 in Tehran (UTC+03:30), in UTC
    assert [e["body"] for e in emails[2:4]] == [
        "<p>علی، به فروشگاه پاکات خوش آمدید</p>",
        "<p>سارا، به فروشگاه پاکات خوش آمدید</p>",
    ]


def test_the_testing_example_passes() -> None:
    (code,) = _blocks("test_receipts.py")
    test = _run(code)["test_receipt_goes_to_pakat"]
    with Sandbox() as sandbox:
        test(sandbox)
        assert len(sandbox.outbox()) == 1
