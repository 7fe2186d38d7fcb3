"""`python manage.py send_receipt EMAIL [--name NAME] [--order N] [--at ISO-TIME] [--sandbox]`.

With --sandbox the receipt goes to an offline Pakat started for the occasion (pakat.testing), and
what it recorded is printed; without it, to the Pakat account of the settings (PAKAT_API_KEY).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.test.utils import override_settings

from shop.receipts import send_receipt


class Command(BaseCommand):
    help = "Send an order receipt through Pakat (--sandbox: to an offline sandbox)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("email")
        parser.add_argument("--name", default="علی رضایی")
        parser.add_argument("--order", type=int, default=1001)
        parser.add_argument(
            "--at", type=datetime.fromisoformat, help="send later, e.g. 2031-03-21T09:00+03:30"
        )
        parser.add_argument("--sandbox", action="store_true", help="send to an offline Pakat sandbox")

    def handle(self, *args: Any, **options: Any) -> None:
        def send() -> None:
            status = send_receipt(options["order"], options["email"], options["name"], send_at=options["at"])
            self.stdout.write(f"anymail_status: {sorted(status.status)} message_id={status.message_id}")

        if not options["sandbox"]:
            send()
            return
        from pakat.testing import Sandbox

        with (
            Sandbox() as sandbox,
            override_settings(ANYMAIL={"PAKAT_API_KEY": sandbox.api_key, "PAKAT_BASE_URL": sandbox.url}),
        ):
            self.stdout.write(f"Offline Pakat sandbox at {sandbox.url}")
            send()
            self.stdout.write("The sandbox's outbox holds (send_at in UTC; queued, so 'unsent'):")
            for email in sandbox.outbox():
                for key in ("email_uid", "to_name", "to_email", "from_name", "subject", "send_at", "status"):
                    self.stdout.write(f"  {key:<10} {email[key]}")
                self.stdout.write(f"  {'body':<10} {email['body']}")
                for attachment in email["attachments"]:
                    self.stdout.write(
                        f"  {'attached':<10} {attachment['name']} ({attachment['type']}, {len(attachment['data'])} bytes)"
                    )
