"""A tour of the pakat SDK, printed as a short report.

Without PAKAT_API_KEY it starts the offline sandbox (pakat.testing) and does everything there:
create a list, add subscribers with Persian names, upsert one, create a template from an HTML file,
schedule a campaign for tomorrow 09:00 Tehran time, iterate the subscribers, send a transactional
email with an attachment, and show the campaign's figures and the quota.

With PAKAT_API_KEY set it talks to the real API and makes read-only calls only.
"""

from __future__ import annotations

import os
import sys
from contextlib import ExitStack
from datetime import datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from pakat import Attachment, Pakat

HERE = Path(__file__).resolve().parent
TEHRAN = ZoneInfo("Asia/Tehran")
# A one-page PDF with nothing on it: attachments must be of a type the server accepts (images, PDF
# and Office files on a stock server; plain text is refused).
RECEIPT_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)
PEOPLE = [
    ("sara@example.com", "سارا", "محمدی"),
    ("reza@example.com", "رضا", "احمدی"),
    ("maryam@example.com", "مریم", "کریمی"),
]


def say(label: str, value: object = "") -> None:
    print(f"  {label:<28} {value}")


def read_only_tour(client: Pakat) -> None:
    print(f"Real API at {client.base_url}: read-only calls only.")
    quota = client.quota.get()
    say(
        "quota used / allowed",
        f"{quota.used} / {quota.allowed if quota.allowed is not None else 'unlimited'}",
    )
    lists = client.lists.list(per_page=10)
    say("mailing lists", lists.count)
    for mailing_list in lists.items:
        general = mailing_list.general
        say("  list", f"{getattr(general, 'list_uid', '?')}  {getattr(general, 'name', '')}")
    say("campaigns", client.campaigns.list(per_page=1).count)
    say("templates", client.templates.list(per_page=1).count)


def full_tour(client: Pakat) -> None:
    print(f"Sandbox at {client.base_url} (offline; nothing is really sent).")
    list_uid = client.lists.create(
        name="خبرنامه پاکات",
        description="Weekly news in Persian",
        from_name="پاکات",
        from_email="news@example.com",
        reply_to="news@example.com",
        opt_in="single",  # subscribers added through the API are confirmed at once (double: unconfirmed)
    )
    say("created list", list_uid)

    for email, first, last in PEOPLE:
        client.subscribers.create(list_uid, email, fields={"FNAME": first, "LNAME": last})
    say("added subscribers", len(PEOPLE))
    updated = client.subscribers.upsert(list_uid, "reza@example.com", fields={"FNAME": "رضا (به‌روز)"})
    say("upserted", f"{updated.email} -> {updated.subscriber_uid}")

    template_uid = client.templates.create("خوش‌آمدگویی", html=HERE / "welcome.html")
    say("template from welcome.html", template_uid)

    tomorrow_9am = datetime.combine(
        datetime.now(TEHRAN).date() + timedelta(days=1), time(9, 0), tzinfo=TEHRAN
    )
    campaign_uid = client.campaigns.create(
        name="خبرنامه هفتگی",
        list_uid=list_uid,
        subject="خبرنامهٔ این هفته",
        from_name="پاکات",
        from_email="news@example.com",
        reply_to="news@example.com",
        template_uid=template_uid,
        send_at=tomorrow_9am,
    )
    campaign = client.campaigns.get(campaign_uid)
    # send_at comes back as the server displays it (account timezone, short format): shown, not parsed.
    say("campaign scheduled", f"{campaign_uid} at {campaign.send_at} (Tehran)")

    for subscriber in client.subscribers.iter(list_uid, per_page=10):  # ten per page, fetched lazily
        name = f"{subscriber.additional_properties.get('FNAME', '')} {subscriber.additional_properties.get('LNAME', '')}"
        say("subscriber", f"{subscriber.email:<20} {subscriber.status:<10} {name.strip()}")

    email_uid = client.transactional_emails.send(
        to_email="sara@example.com",
        to_name="سارا محمدی",
        from_name="فروشگاه پاکات",
        from_email="orders@example.com",
        subject="رسید سفارش ۱۰۰۱",
        html="<p dir='rtl'>سفارش شما ثبت شد. سپاس!</p>",
        attachments=[Attachment("receipt-1001.pdf", RECEIPT_PDF)],
    )
    say("transactional email", email_uid)

    stats = client.campaigns.stats(campaign_uid)
    say("campaign status", stats.campaign_status)
    say("campaign subscribers", stats.subscribers_count)
    quota = client.quota.get()
    allowed = "unlimited" if quota.allowed is None else quota.allowed
    say("quota", f"{quota.used} used of {allowed} ({quota.percentage:.2f}%)")


def main() -> int:
    with ExitStack() as stack:
        if os.environ.get("PAKAT_API_KEY"):
            client = stack.enter_context(Pakat())
            read_only_tour(client)
        else:
            from pakat.testing import Sandbox

            sandbox = stack.enter_context(Sandbox())
            client = stack.enter_context(Pakat(api_key=sandbox.api_key, base_url=sandbox.url))
            full_tour(client)
    print("Done.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
