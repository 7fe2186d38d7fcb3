"""Django's mail API sends through Pakat's transactional emails: what arrives in the sandbox."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from anymail.message import AnymailMessage
from django.core import mail
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.test.utils import override_settings

from pakat import Pakat
from pakat.django import EmailBackend
from pakat.django._payload import text_as_html
from pakat.testing import Sandbox
from tests.django_backend.conftest import SHOP

# A one-page PDF: the server takes PDF, images and Office files as attachments.
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)
TEHRAN = ZoneInfo("Asia/Tehran")


def test_send_mail_plain_text(sandbox: Sandbox) -> None:
    text = "سلام علی،\nسفارش ۱۰۰۱ ثبت شد.\n<ارسال رایگان> & سریع"

    assert mail.send_mail("سفارش ثبت شد", text, None, ["ali@example.com"]) == 1

    (email,) = sandbox.outbox()
    assert email["to_email"] == "ali@example.com"
    assert email["to_name"] == "ali@example.com"  # no display name: the address stands in
    assert (email["from_email"], email["from_name"]) == ("orders@example.com", SHOP)
    assert email["subject"] == "سفارش ثبت شد"
    # Pakat needs HTML: the text, escaped, its line breaks kept; the text itself is the text part.
    assert email["body"] == (
        '<div dir="auto">سلام علی،<br>\nسفارش ۱۰۰۱ ثبت شد.<br>\n&lt;ارسال رایگان&gt; &amp; سریع</div>'
    )
    assert email["body"] == text_as_html(text)
    assert email["plain_text"] == text
    assert email["status"] == "unsent"


def test_send_mail_with_html(sandbox: Sandbox) -> None:
    html = '<p dir="rtl">سفارش <b>۱۰۰۱</b> ثبت شد.</p>'

    sent = mail.send_mail(
        "Order", "Order 1001 is in.", "Shop <orders@example.com>", ["a@example.com"], html_message=html
    )

    assert sent == 1
    (email,) = sandbox.outbox()
    assert (email["body"], email["plain_text"]) == (html, "Order 1001 is in.")
    assert email["from_name"] == "Shop"


def test_html_only_message_leaves_the_text_to_the_server(sandbox: Sandbox) -> None:
    message = EmailMessage("Order", "<h1>Order 1001</h1><p>Thanks</p>", to=["a@example.com"])
    message.content_subtype = "html"

    message.send()

    (email,) = sandbox.outbox()
    assert email["body"] == "<h1>Order 1001</h1><p>Thanks</p>"
    assert email["plain_text"] == "Order 1001\nThanks"  # made from the HTML, as the server does


def test_receipt_with_html_attachment_and_persian_names_is_byte_exact(sandbox: Sandbox) -> None:
    subject = "رسید سفارش ۱۰۰۱ — فروشگاه پاکات"
    html = "<h1>رسید سفارش</h1><p>مبلغ: ۲٬۵۰۰٬۰۰۰ ریال</p>"
    message = EmailMultiAlternatives(
        subject=subject,
        body="مبلغ: ۲٬۵۰۰٬۰۰۰ ریال",
        from_email="فروشگاه پاکات <orders@example.com>",
        to=["علی رضایی <ali@example.com>"],
        reply_to=["پشتیبانی <support@example.com>"],
    )
    message.attach_alternative(html, "text/html")
    message.attach("رسید-۱۰۰۱.pdf", PDF, "application/pdf")

    assert message.send() == 1

    (email,) = sandbox.outbox()
    assert email["subject"].encode() == subject.encode()
    assert email["to_name"].encode() == "علی رضایی".encode()
    assert email["from_name"].encode() == "فروشگاه پاکات".encode()
    assert (email["reply_to_email"], email["reply_to_name"]) == ("support@example.com", "پشتیبانی")
    assert email["body"].encode() == html.encode()
    assert email["plain_text"] == "مبلغ: ۲٬۵۰۰٬۰۰۰ ریال"
    assert email["attachments"] == [{"name": "رسید-۱۰۰۱.pdf", "type": "application/pdf", "data": PDF}]
    status = message.anymail_status
    assert status.status == {"queued"}
    assert status.message_id == email["email_uid"]
    assert status.recipients["ali@example.com"].message_id == email["email_uid"]


def test_each_to_address_gets_its_own_email_and_status(sandbox: Sandbox) -> None:
    message = EmailMessage(
        "Sale",
        "Everything half price.",
        to=["a@example.com", "سارا <b@example.com>", "c@example.com, a@example.com"],
    )

    assert message.send() == 1

    emails = sandbox.outbox()
    assert [(e["to_email"], e["to_name"]) for e in emails] == [
        ("a@example.com", "a@example.com"),
        ("b@example.com", "سارا"),
        ("c@example.com", "c@example.com"),  # a@example.com twice: one email
    ]
    recipients = message.anymail_status.recipients
    assert {address: (s.status, s.message_id) for address, s in recipients.items()} == {
        e["to_email"]: ("queued", e["email_uid"]) for e in emails
    }
    assert message.anymail_status.message_id == {e["email_uid"] for e in emails}
    assert [o.status for o in message.anymail_status.esp_response] == ["queued"] * 3


def test_one_client_and_one_connection_per_opened_connection(
    sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[Pakat] = []
    real_init = Pakat.__init__

    def counting_init(self: Pakat, *args: object, **kwargs: object) -> None:
        made.append(self)
        real_init(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Pakat, "__init__", counting_init)
    sent = mail.send_mass_mail(
        [
            ("One", "first", None, ["a@example.com", "b@example.com"]),
            ("Two", "second", None, ["c@example.com"]),
            ("Three", "third", None, ["d@example.com"]),
        ]
    )
    assert sent == 3
    assert len(made) == 1
    assert sandbox.connections_accepted == 1
    assert len(sandbox.outbox()) == 4

    with get_connection() as connection:
        EmailMessage("Four", "x", to=["e@example.com"], connection=connection).send()
        EmailMessage("Five", "y", to=["f@example.com"], connection=connection).send()
        client = connection.client
        assert client is not None
    assert connection.client is None  # closed with the connection
    assert len(made) == 2
    assert sandbox.connections_accepted == 2


def test_mail_admins_sends_one_email_per_admin(sandbox: Sandbox) -> None:
    mail.mail_admins("Disk almost full", "92% used", html_message="<p>92% used</p>")

    emails = sandbox.outbox()
    # Django addresses admins by address alone.
    assert [e["to_email"] for e in emails] == ["admin@example.com", "ops@example.com"]
    assert {e["subject"] for e in emails} == {"[Django] Disk almost full"}
    assert {e["from_email"] for e in emails} == {"server@example.com"}


@pytest.mark.parametrize(
    ("send_at", "on_the_wire"),
    [
        (datetime(2031, 3, 21, 9, 30, tzinfo=TEHRAN), "2031-03-21 06:00:00"),
        (datetime(2031, 3, 21, 6, 0, tzinfo=UTC), "2031-03-21 06:00:00"),
        # anymail reads naive datetimes and dates in Django's current time zone (here Tehran).
        (datetime(2031, 3, 21, 9, 30), "2031-03-21 06:00:00"),
        (date(2031, 3, 21), "2031-03-20 20:30:00"),
        ("2031-03-21T09:30:00+03:30", "2031-03-21 06:00:00"),
    ],
)
def test_send_at_is_sent_in_utc(sandbox: Sandbox, send_at: object, on_the_wire: str) -> None:
    message = AnymailMessage("Reminder", "Tomorrow", to=["a@example.com"], send_at=send_at)

    message.send()

    (email,) = sandbox.outbox()
    assert email["send_at"] == on_the_wire
    assert message.anymail_status.status == {"queued"}


def test_template_with_merge_data_fills_each_recipients_params(sandbox: Sandbox) -> None:
    with Pakat(api_key=sandbox.api_key, base_url=sandbox.url) as client:
        template_uid = client.templates.create(
            "Receipt", html="<p>{{ contact.FNAME }}، سفارش {{ params.order }} به مبلغ {{ params.total }}</p>"
        )
    message = AnymailMessage(
        "رسید سفارش",
        to=["ali@example.com", "sara@example.com"],
        template_id=template_uid,
        merge_global_data={"total": "۲۵۰٬۰۰۰"},
        merge_data={
            "ali@example.com": {"order": 1001},
            "sara@example.com": {"order": 1002, "total": "۹۰٬۰۰۰"},
        },
        esp_extra={"email[contact][FNAME]": "مشتری"},
    )

    assert message.send() == 1

    ali, sara = sandbox.outbox()
    assert ali["template_uid"] == sara["template_uid"] == template_uid
    assert ali["params"] == {"total": "۲۵۰٬۰۰۰", "order": "1001"}
    assert sara["params"] == {"total": "۹۰٬۰۰۰", "order": "1002"}
    assert ali["contact"] == {"FNAME": "مشتری"}
    assert ali["body"] == "<p>مشتری، سفارش 1001 به مبلغ ۲۵۰٬۰۰۰</p>"
    assert sara["body"] == "<p>مشتری، سفارش 1002 به مبلغ ۹۰٬۰۰۰</p>"


def test_send_defaults_apply(pakat_sandbox: Sandbox) -> None:
    from tests.django_backend.conftest import sandbox_settings

    settings = sandbox_settings(pakat_sandbox, PAKAT_SEND_DEFAULTS={"reply_to": ["help@example.com"]})
    with override_settings(**settings):
        EmailMessage("Hi", "x", to=["a@example.com"]).send()

    (email,) = pakat_sandbox.outbox()
    assert email["reply_to_email"] == "help@example.com"


def test_backend_is_anymails(sandbox: Sandbox) -> None:
    from anymail.backends.base import AnymailBaseBackend

    connection = get_connection()
    assert isinstance(connection, EmailBackend)
    assert isinstance(connection, AnymailBaseBackend)
    assert connection.esp_name == "Pakat"
