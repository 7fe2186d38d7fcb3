"""What Pakat cannot carry is refused; refusals, lost answers and partial sends are reported."""

from __future__ import annotations

from collections.abc import Callable
from email.mime.text import MIMEText
from typing import Any

import pytest
from anymail.exceptions import (
    AnymailAPIError,
    AnymailError,
    AnymailRecipientsRefused,
    AnymailUnsupportedFeature,
)
from anymail.message import AnymailMessage, AnymailStatus, attach_inline_image
from anymail.signals import post_send, pre_send
from django.core import mail
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.test.utils import override_settings

import pakat
from pakat import _server_messages as said
from pakat._sync.resources.transactional_emails import TransactionalEmails
from pakat.django import InvalidMessageError, OutcomeUnknownError, PakatAPIError
from pakat.testing import Sandbox
from tests.django_backend.conftest import sandbox_settings

UNVERIFIED = "The domain shop.example is not a verified sending domain of this account."
# The answer of a fresh sandbox is not in doubt: retries are not what these tests are about.
fail_silently_warning = pytest.mark.filterwarnings("ignore:Anymail will drop support for fail_silently")


def _message(**kwargs: Any) -> AnymailMessage:
    return AnymailMessage("Hi", "Body", to=["a@example.com"], **kwargs)


def _with_html(message: AnymailMessage, html: str, mimetype: str = "text/html") -> AnymailMessage:
    message.attach_alternative(html, mimetype)
    return message


def _inline_image(message: AnymailMessage) -> AnymailMessage:
    attach_inline_image(message, b"\x89PNG\r\n\x1a\n" + b"\0" * 16, "logo.png")
    return message


def _extra_header(name: str, value: str) -> Callable[[], AnymailMessage]:
    return lambda: _message(headers={name: value})


UNSUPPORTED: dict[str, Callable[[], EmailMessage]] = {
    "cc": lambda: _message(cc=["b@example.com"]),
    "bcc": lambda: _message(bcc=["b@example.com"]),
    "multiple from emails": lambda: _message(from_email="a@example.com, b@example.com"),
    "multiple reply_to addresses": lambda: _message(reply_to=["r@example.com", "s@example.com"]),
    "extra_headers": _extra_header("X-Order", "1001"),
    "spoofing `To` header": _extra_header("To", "someone@example.com"),
    "envelope_sender": _extra_header("From", "other@example.com"),
    "inline attachments": lambda: _inline_image(_message()),
    "multiple html parts": lambda: _with_html(_with_html(_message(), "<p>1</p>"), "<p>2</p>"),
    "alternative part with type 'text/calendar'": lambda: _with_html(
        _message(), "BEGIN:VCALENDAR", "text/calendar"
    ),
    "tags": lambda: _message(tags=["receipt"]),
    "metadata": lambda: _message(metadata={"order": "1001"}),
    "merge_metadata": lambda: _message(merge_metadata={"a@example.com": {"order": "1"}}),
    "merge_headers": lambda: _message(merge_headers={"a@example.com": {"X-Order": "1"}}),
    "track_clicks": lambda: _message(track_clicks=True),
    "track_opens": lambda: _message(track_opens=False),
    "a body together with template_id": lambda: _message(template_id="ab12cd34ef"),
    "merge_data or merge_global_data without template_id": lambda: _message(merge_global_data={"x": "1"}),
}


@pytest.mark.parametrize("feature", list(UNSUPPORTED))
def test_each_unsupported_feature_is_refused_before_sending(sandbox: Sandbox, feature: str) -> None:
    message = UNSUPPORTED[feature]()

    with pytest.raises(AnymailUnsupportedFeature) as caught:
        message.send()

    assert str(caught.value).startswith(f"Pakat does not support {feature}")
    assert sandbox.counters["sendTransactionalEmail"] == 0


def test_ignore_unsupported_features_drops_them(pakat_sandbox: Sandbox) -> None:
    message = _inline_image(_message(cc=["cc@example.com"], tags=["receipt"], headers={"X-Order": "1"}))
    with override_settings(**sandbox_settings(pakat_sandbox, IGNORE_UNSUPPORTED_FEATURES=True)):
        assert message.send() == 1
        # Nothing left to send to: nothing sent, and not counted.
        assert EmailMessage("Hi", "x", bcc=["b@example.com"]).send() == 0

    (email,) = pakat_sandbox.outbox()
    assert email["to_email"] == "a@example.com"
    assert email["attachments"] == []
    assert message.anymail_status.status == {"queued"}


def test_a_422_surfaces_as_anymails_api_error_with_the_servers_message(sandbox: Sandbox) -> None:
    message = EmailMessage("Hi", "x", "Shop <orders@shop.example>", ["a@example.com"])

    with pytest.raises(AnymailAPIError) as caught:
        message.send()

    error = caught.value
    assert isinstance(error, PakatAPIError)
    assert (error.status_code, error.recipient) == (422, "a@example.com")
    assert UNVERIFIED in str(error)
    assert isinstance(error.__cause__, pakat.ValidationError)
    assert error.__cause__.message == UNVERIFIED
    assert sandbox.api_key not in str(error)
    assert message.anymail_status.recipients["a@example.com"].status == "failed"
    assert sandbox.outbox() == []


@fail_silently_warning
def test_fail_silently_returns_zero_instead_of_raising(sandbox: Sandbox) -> None:
    assert mail.send_mail("Hi", "x", "orders@shop.example", ["a@example.com"], fail_silently=True) == 0
    sandbox.faults.drop_connection(when="after")
    assert mail.send_mail("Hi", "x", None, ["a@example.com"], fail_silently=True) == 0
    assert len(sandbox.outbox()) == 1  # the dropped answer's email, accepted and not sent again


def test_a_dropped_answer_is_unknown_and_never_sent_again(sandbox: Sandbox) -> None:
    sandbox.faults.drop_connection(when="after")
    message = EmailMessage("رسید", "x", to=["ali@example.com"])

    with pytest.raises(AnymailAPIError) as caught:
        message.send()

    error = caught.value
    assert isinstance(error, OutcomeUnknownError)
    assert isinstance(error, pakat.OutcomeUnknownError)
    assert "outcome is unknown" in str(error)
    assert error.recipient == "ali@example.com"
    assert message.anymail_status.status == {"unknown"}
    assert message.anymail_status.recipients["ali@example.com"].message_id is None
    assert len(sandbox.outbox()) == 1
    assert sandbox.counters["sendTransactionalEmail"] == 1


def test_a_failure_stops_the_message_and_says_what_was_sent(
    sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_send = TransactionalEmails.send
    tried: list[str] = []

    def send_then_drop_the_next_answer(self: TransactionalEmails, **kwargs: Any) -> str:
        try:
            return real_send(self, **kwargs)
        finally:
            tried.append(kwargs["to_email"])
            if len(tried) == 1:
                sandbox.faults.drop_connection(when="after")

    monkeypatch.setattr(TransactionalEmails, "send", send_then_drop_the_next_answer)
    seen: list[AnymailStatus] = []

    def record(sender: object, message: EmailMessage, status: AnymailStatus, **kwargs: object) -> None:
        seen.append(status)

    message = EmailMessage("Hi", "x", to=["a@example.com", "b@example.com", "c@example.com"])
    post_send.connect(record)
    try:
        with pytest.raises(OutcomeUnknownError) as caught:
            message.send()
    finally:
        post_send.disconnect(record)

    emails = sandbox.outbox()
    statuses = {a: (s.status, s.message_id) for a, s in message.anymail_status.recipients.items()}
    assert statuses == {
        "a@example.com": ("queued", emails[0]["email_uid"]),
        "b@example.com": ("unknown", None),
        "c@example.com": ("failed", None),
    }
    assert tried == ["a@example.com", "b@example.com"]
    assert [e["to_email"] for e in emails] == ["a@example.com", "b@example.com"]
    text = str(caught.value)
    assert "The outcome is unknown for the email to b@example.com" in text
    assert "Queued before it: a@example.com. Not sent: c@example.com." in text
    assert seen == [message.anymail_status]  # post_send ran, before the error


def test_queued_addresses_are_named_when_a_later_one_fails(sandbox: Sandbox) -> None:
    message = EmailMessage("Hi", "x", to=["a@example.com", "b" * 151 + "@example.com", "c@example.com"])

    with pytest.raises(InvalidMessageError) as caught:
        message.send()

    text = str(caught.value)
    assert "Queued before it: a@example.com." in text
    assert "Not sent: c@example.com." in text
    assert [o.status for o in message.anymail_status.esp_response] == ["queued", "failed", "failed"]
    assert [e["to_email"] for e in sandbox.outbox()] == ["a@example.com"]


def test_a_server_failure_is_unknown_not_failed(sandbox: Sandbox) -> None:
    sandbox.faults.fail_next(1, status=500)
    message = EmailMessage("Hi", "x", to=["a@example.com"])

    with pytest.raises(OutcomeUnknownError) as caught:
        message.send()

    assert caught.value.status_code == 500
    assert message.anymail_status.status == {"unknown"}


def test_a_proxys_503_is_unknown_but_pakats_offline_503_is_failed(pakat_sandbox: Sandbox) -> None:
    # The rule for a POST answered 5xx (docs/guide/reliability.md): only Pakat's own offline answer says
    # nothing was done.
    with override_settings(**sandbox_settings(pakat_sandbox, PAKAT_MAX_RETRIES=0)):
        pakat_sandbox.faults.fail_next(1, status=503)
        message = EmailMessage("Hi", "x", to=["a@example.com"])
        with pytest.raises(
            OutcomeUnknownError, match=r"the server or a proxy failed \(HTTP 503\)"
        ) as unknown:
            message.send()
        assert unknown.value.status_code == 503
        assert message.anymail_status.status == {"unknown"}

        pakat_sandbox.faults.error_body(1, error=said.OFFLINE, status=503)
        message = EmailMessage("Hi", "x", to=["a@example.com", "b@example.com"])
        with pytest.raises(PakatAPIError) as offline:
            message.send()
        assert not isinstance(offline.value, pakat.OutcomeUnknownError)
        assert offline.value.status_code == 503 and said.OFFLINE in str(offline.value)
        assert message.anymail_status.status == {"failed"}
    assert pakat_sandbox.outbox() == []


def test_a_blacklisted_address_is_rejected_and_the_others_sent(sandbox: Sandbox) -> None:
    sandbox.add_to_blacklist("b@example.com")
    message = EmailMessage("Hi", "x", to=["a@example.com", "b@example.com", "c@example.com"])

    assert message.send() == 1

    statuses = {a: s.status for a, s in message.anymail_status.recipients.items()}
    assert statuses == {"a@example.com": "queued", "b@example.com": "rejected", "c@example.com": "queued"}
    assert [e["to_email"] for e in sandbox.outbox()] == ["a@example.com", "c@example.com"]
    with pytest.raises(AnymailRecipientsRefused):
        EmailMessage("Hi", "x", to=["b@example.com"]).send()


def test_what_pakat_would_refuse_is_refused_before_sending(sandbox: Sandbox) -> None:
    message = EmailMultiAlternatives("Hi", "x", to=["a@example.com", "b@example.com"])
    for n in range(4):
        message.attach(f"page{n}.pdf", b"%PDF-1.4 page", "application/pdf")

    with pytest.raises(InvalidMessageError) as caught:
        message.send()

    assert isinstance(caught.value, ValueError)
    assert "at most 3 attachments" in str(caught.value)
    assert message.anymail_status.status is None
    assert sandbox.counters["sendTransactionalEmail"] == 0
    with pytest.raises(InvalidMessageError, match="subject must not be empty"):
        EmailMessage("", "x", to=["a@example.com"]).send()
    with pytest.raises(InvalidMessageError, match="no name"):
        EmailMessage("Hi", "x", to=["a@example.com"], attachments=[MIMEText("note")]).send()


def test_attachments_the_server_refuses_surface_its_message(sandbox: Sandbox) -> None:
    message = EmailMessage("Hi", "x", to=["a@example.com"])
    message.attach("setup.exe", b"MZ\x90\x00", "application/octet-stream")

    with pytest.raises(PakatAPIError, match=r'The file "setup\.exe" cannot be uploaded'):
        message.send()


def test_pre_send_can_change_or_cancel_a_message(sandbox: Sandbox) -> None:
    def handler(sender: object, message: EmailMessage, esp_name: str, **kwargs: object) -> None:
        from anymail.exceptions import AnymailCancelSend

        assert esp_name == "Pakat"
        if "cancel" in message.subject:
            raise AnymailCancelSend("not today")
        message.subject = message.subject.upper()

    pre_send.connect(handler)
    try:
        assert EmailMessage("please cancel", "x", to=["a@example.com"]).send() == 0
        assert EmailMessage("hello", "x", to=["a@example.com"]).send() == 1
    finally:
        pre_send.disconnect(handler)

    assert [e["subject"] for e in sandbox.outbox()] == ["HELLO"]


def test_template_params_must_be_text(sandbox: Sandbox) -> None:
    from anymail.exceptions import AnymailSerializationError

    message = _message(template_id="ab12cd34ef", merge_global_data={"items": ["a", "b"]})
    message.body = ""

    with pytest.raises(AnymailSerializationError, match="'items' holds a list"):
        message.send()


def test_errors_are_anymail_errors(sandbox: Sandbox) -> None:
    for cls in (PakatAPIError, OutcomeUnknownError, InvalidMessageError):
        assert issubclass(cls, AnymailError)
