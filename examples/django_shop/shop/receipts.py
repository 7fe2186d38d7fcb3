"""Order receipts: Django's own mail API, sent through Pakat by the settings' EMAIL_BACKEND."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from anymail.message import AnymailStatus
from django.core.mail import EmailMultiAlternatives

RECEIPT_PDF = Path(__file__).with_name("receipt-1001.pdf")
_PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def send_receipt(order: int, email: str, name: str, *, send_at: datetime | None = None) -> AnymailStatus:
    """Send the receipt of `order` (HTML, a text part and the PDF), now or at `send_at`; returns
    anymail's status: `status.status == {"queued"}` and Pakat's email uid as `message_id`."""
    number = str(order).translate(_PERSIAN_DIGITS)
    message = EmailMultiAlternatives(
        subject=f"رسید سفارش {number}",
        body=f"{name} عزیز، سفارش {number} شما ثبت شد. رسید پیوست این نامه است.",
        to=[f"{name} <{email}>"],
        reply_to=["پشتیبانی فروشگاه <support@example.com>"],
    )
    message.attach_alternative(
        f'<div dir="rtl"><h1>رسید سفارش {number}</h1><p>{name} عزیز، سفارش شما ثبت شد.</p></div>',
        "text/html",
    )
    message.attach(f"receipt-{order}.pdf", RECEIPT_PDF.read_bytes(), "application/pdf")
    if send_at is not None:
        message.send_at = send_at  # anymail's attribute: Pakat queues it until then
    message.send()
    return message.anymail_status
