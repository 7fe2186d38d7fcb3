"""`make demo-django`: the example shop sends a receipt to an offline sandbox."""

from __future__ import annotations

import subprocess
import sys

from tests._paths import ROOT


def test_the_example_shop_sends_a_receipt_to_the_sandbox() -> None:
    manage = ROOT / "examples" / "django_shop" / "manage.py"
    result = subprocess.run(
        [
            sys.executable,
            str(manage),
            "send_receipt",
            "sara@example.com",
            "--name",
            "سارا محمدی",
            "--order",
            "1002",
            "--at",
            "2031-03-21T09:00",
            "--sandbox",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "anymail_status: ['queued']" in out
    for shown in (
        "سارا محمدی",
        "sara@example.com",
        "فروشگاه پاکات",
        "رسید سفارش ۱۰۰۲",
        "2031-03-21 05:30:00",
        "receipt-1002.pdf (application/pdf",
    ):
        assert shown in out
    assert "--sandbox" in (ROOT / "Makefile").read_text()
