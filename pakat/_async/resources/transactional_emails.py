"""Transactional emails: one email to one recipient, sent through the account's delivery servers."""

from __future__ import annotations

import base64
import os
from collections.abc import AsyncIterator, Mapping, Sequence

from pakat import _parse
from pakat._async.resources._base import AsyncResource
from pakat._encoding import (
    Attachment,
    Content,
    SendAt,
    attachments,
    b64,
    extra_fields,
    html_content,
    keyed,
    request_body,
    require_email,
    require_text,
    transactional_send_at,
    wire,
)
from pakat._validate import require_uid
from pakat.pagination import Page
from pakat_client.api.transactional_emails import (
    delete_transactional_email,
    get_transactional_email,
    list_transactional_emails,
    send_transactional_email,
)
from pakat_client.models import TransactionalEmail, TransactionalEmailRequest

# The server's column sizes: longer values are refused with 422.
MAX_NAME_OR_ADDRESS = 150
MAX_SUBJECT = 255
# What PHP's trim() removes: the server's required check counts a value of only these as missing.
_PHP_BLANKS = " \t\n\r\0\x0b"


def _filled(value: str, field: str) -> str:
    """A required single-line text the server will not read as blank (it trims NUL too)."""
    if isinstance(value, str) and not value.strip(_PHP_BLANKS):
        raise ValueError(f"{field} must not be empty")
    return require_text(value, field)


def _plain(value: Content) -> str:
    """The plain-text version, base64-encoded like the body; UTF-8 text, possibly empty."""
    if isinstance(value, str):
        return b64(value.encode("utf-8"))
    if not isinstance(value, bytes | bytearray | memoryview | os.PathLike):
        raise TypeError(f"plain_text must be str, bytes or a path (pathlib.Path), not {type(value).__name__}")
    if isinstance(value, os.PathLike):
        with open(value, "rb") as file:
            return _utf8(b64(file.read()), "plain_text")
    return _utf8(b64(bytes(value)), "plain_text")


def _utf8(encoded: str, field: str) -> str:
    """Refuse base64 content that is not UTF-8 text: the server would store it, then answer every
    list page and view holding the email with an empty body."""
    try:
        base64.b64decode(encoded).decode("utf-8")
    except UnicodeDecodeError:
        raise ValueError(
            f"{field} must be UTF-8 text (encode it with .encode('utf-8')): the server would store "
            "other bytes and then fail to list or show the email"
        ) from None
    return encoded


def _body(html: Content) -> str:
    """The HTML as `email[body]`: base64 of UTF-8 text that is not blank to the server."""
    encoded = _utf8(html_content(html, "html"), "html")
    if not base64.b64decode(encoded).strip(_PHP_BLANKS.encode("ascii")):
        raise ValueError("html must not be empty")
    return encoded


def _short(value: str, field: str, limit: int = MAX_NAME_OR_ADDRESS) -> str:
    if len(value) > limit:
        raise ValueError(f"{field} is {len(value)} characters long; the server takes at most {limit}")
    return value


def _files(items: Sequence[Attachment | str | os.PathLike[str]] | None) -> dict[str, str]:
    """Attachments as wire fields, refusing what the server would refuse or mangle."""
    fields = attachments(items)
    names: set[str] = set()
    index = 0
    while f"email[attachments][{index}][name]" in fields:
        prefix = f"email[attachments][{index}]"
        name = fields[f"{prefix}[name]"]
        base = name.replace("\\", "/").rsplit("/", 1)[-1]
        if "." not in base or not base.rsplit(".", 1)[1]:
            raise ValueError(f"attachment {name!r} has no extension: the server refuses such a file")
        if fields[f"{prefix}[data]"] in ("", b64(b"0")):
            raise ValueError(
                f"attachment {name!r} is empty: the server refuses an empty file (or one holding just '0')"
            )
        if name in names:
            raise ValueError(
                f"two attachments are named {name!r}: the server stores files by name, so both "
                "would carry the later one's content"
            )
        names.add(name)
        index += 1
    return fields


def _mapping(values: Mapping[str, object] | None, name: str) -> Mapping[str, object] | None:
    if values is not None and not isinstance(values, Mapping):
        raise TypeError(f"{name} must be a mapping of keys to values, such as {{'order_id': '1234'}}")
    return values


def _send_fields(
    *,
    to_email: str,
    to_name: str,
    from_name: str,
    subject: str,
    html: Content | None,
    template_uid: str | None,
    params: Mapping[str, object] | None,
    contact: Mapping[str, object] | None,
    from_email: str | None,
    reply_to_name: str | None,
    reply_to_email: str | None,
    plain_text_: Content | None,
    send_at: SendAt,
    attachments_: Sequence[Attachment | str | os.PathLike[str]] | None,
    extra: Mapping[str, str] | None,
) -> dict[str, object]:
    if (html is None) == (template_uid is None):
        raise ValueError(
            "pass exactly one of html (the email's HTML: str, bytes or a path) "
            "or template_uid (a stored template to fill with params and contact)"
        )
    fields: dict[str, object | None] = {
        "email[to_name]": _short(_filled(to_name, "to_name"), "to_name"),
        "email[to_email]": _short(require_email(to_email, "to_email"), "to_email"),
        "email[from_name]": _short(_filled(from_name, "from_name"), "from_name"),
        "email[from_email]": None
        if from_email is None
        else _short(require_email(from_email, "from_email"), "from_email"),
        "email[reply_to_name]": None
        if reply_to_name is None
        else _short(require_text(reply_to_name, "reply_to_name"), "reply_to_name"),
        "email[reply_to_email]": (
            None
            if reply_to_email is None
            else _short(require_email(reply_to_email, "reply_to_email"), "reply_to_email")
        ),
        "email[subject]": _short(_filled(subject, "subject"), "subject", MAX_SUBJECT),
        # A template send carries no body: a server without template support then refuses the
        # email ("Body cannot be blank.") rather than delivering a placeholder.
        "email[body]": None if html is None else _body(html),
        "email[template_uid]": None if template_uid is None else require_uid(template_uid, "template_uid"),
        # Base64 like the body: a server that reads the field decodes it.
        "email[plain_text]": None if plain_text_ is None else _plain(plain_text_),
        # Optional for the server (it means now); sent explicitly so the stored time is ours.
        "email[send_at]": transactional_send_at(send_at),
    }
    return wire(
        fields,
        keyed("email[params]", _mapping(params, "params")),
        keyed("email[contact]", _mapping(contact, "contact")),
        _files(attachments_),
        extra_fields(extra),
    )


class AsyncTransactionalEmails(AsyncResource):
    """Transactional emails: `client.transactional_emails`."""

    async def send(
        self,
        *,
        to_email: str,
        to_name: str,
        from_name: str,
        subject: str,
        html: Content | None = None,
        template_uid: str | None = None,
        params: Mapping[str, object] | None = None,
        contact: Mapping[str, object] | None = None,
        from_email: str | None = None,
        reply_to_name: str | None = None,
        reply_to_email: str | None = None,
        plain_text: Content | None = None,
        send_at: SendAt = None,
        attachments: Sequence[Attachment | str | os.PathLike[str]] | None = None,
        extra: Mapping[str, str] | None = None,
    ) -> str:
        """Queue one email and return its uid (`email_uid`).

        The content is exactly one of `html` (a str is the HTML itself; bytes or a path are read
        and must be UTF-8; sent base64-encoded as `email[body]`) or `template_uid` (Pakat's stored
        template, whose content replaces the body; `params` fill its `{{ params.KEY }}` and
        `contact` its `{{ contact.KEY }}`). A template send carries no body, so a server without
        template support refuses it rather than sending something else. `plain_text` is the text
        version (str, UTF-8 bytes or a path), sent base64-encoded; stock MailWizz ignores it and
        makes the text from the HTML. `from_email` is optional for the server; Pakat says it must
        be on a domain verified in the account. `send_at` is an aware datetime (or an aware
        `jdatetime.datetime`, with pakat[jalali]) or an ISO-8601 string with a UTC offset; it is
        sent in UTC, and None sends now. `attachments` takes up
        to three `pakat.Attachment` or file paths (MIME type guessed from the name); which
        extensions and sizes are accepted is a server setting (MailWizz's defaults: images,
        PDF and Office files of at most 1 MiB).

        The email is queued: it is `unsent` until the server's send job delivers it. Refusals
        raise `pakat.ValidationError` (422) whose message lists each refused field's message.

        Raises ValueError or TypeError before sending for: both or neither of html and
        template_uid, a name or subject that is empty, has a line break or another control
        character (format characters such as the zero-width non-joiner are fine) or is longer
        than the server takes (150 characters for names and addresses, 255 for the subject), an invalid
        address, HTML or plain text that is not UTF-8, a naive datetime or offset-less string,
        more than three attachments, an attachment without a name or an extension, an empty
        attachment, two attachments of the same name, params/contact keys with brackets or line
        breaks.

        Sending is not repeated automatically once the request may have reached the server. If
        its answer is lost, `pakat.OutcomeUnknownError` is raised: the email may have been
        accepted and may be delivered, so look it up (`list()`) before sending it again.
        """
        fields = _send_fields(
            to_email=to_email,
            to_name=to_name,
            from_name=from_name,
            subject=subject,
            html=html,
            template_uid=template_uid,
            params=params,
            contact=contact,
            from_email=from_email,
            reply_to_name=reply_to_name,
            reply_to_email=reply_to_email,
            plain_text_=plain_text,
            send_at=send_at,
            attachments_=attachments,
            extra=extra,
        )
        return await self._client._request(
            send_transactional_email._get_kwargs(body=request_body(TransactionalEmailRequest, fields, extra)),
            _parse.uid("email_uid"),
        )

    async def list(self, *, page: int = 1, per_page: int = 10) -> Page[TransactionalEmail]:
        """One page of the account's transactional emails, newest first (records carry no attachments)."""
        return await self._page(list_transactional_emails._get_kwargs, TransactionalEmail, page, per_page)

    def iter(self, *, per_page: int = 50, prefetch: int = 0) -> AsyncIterator[TransactionalEmail]:
        """Every transactional email, newest first, fetched page by page as you iterate. An email
        sent while you iterate shifts the pages, so one may be seen twice."""
        return self._every(self.list, per_page=per_page, prefetch=prefetch)

    async def get(self, email_uid: str) -> TransactionalEmail:
        """One transactional email: its `body` is the HTML (not base64), `status` is `unsent` until
        delivered, and `attachments` hold `{type, name, content}` with the bytes in base64. Raises
        `NotFoundError` if the account has no such email (any more: the server drops emails to an
        address blacklisted by send time, and emails still unsent a month after they were added)."""
        return await self._client._request(
            get_transactional_email._get_kwargs(require_uid(email_uid, "email_uid")),
            _parse.record(TransactionalEmail),
        )

    async def delete(self, email_uid: str) -> None:
        """Delete a transactional email from the account, whatever its status. Raises
        `NotFoundError` if there is none (also when it was deleted already)."""
        await self._client._request(
            delete_transactional_email._get_kwargs(require_uid(email_uid, "email_uid")), _parse.done
        )
