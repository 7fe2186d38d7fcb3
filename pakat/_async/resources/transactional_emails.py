"""Transactional emails: one email to one recipient, sent through the account's delivery servers."""

from __future__ import annotations

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
    plain_text,
    request_body,
    require_email,
    require_text,
    transactional_send_at,
    wire,
)
from pakat._validate import require_uid
from pakat.pagination import Page, check_paging
from pakat_client.api.transactional_emails import (
    delete_transactional_email,
    get_transactional_email,
    list_transactional_emails,
    send_transactional_email,
)
from pakat_client.models import TransactionalEmail, TransactionalEmailRequest

# The vendor still lists email[body] as required when email[template_uid] is given, so a send with
# only a template must carry some body to pass that check; the template's content replaces it.
# Not a single space: the server decodes the body before validating, and its required check trims,
# so whitespace would count as missing. An HTML comment is non-blank before and after decoding and
# shows nothing should a server ever deliver it instead of the template.
TEMPLATE_PLACEHOLDER_BODY = b64(b"<!-- pakat: the template's content replaces this body -->")


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
        "email[to_name]": require_text(to_name, "to_name"),
        "email[to_email]": require_email(to_email, "to_email"),
        "email[from_name]": require_text(from_name, "from_name"),
        "email[from_email]": None if from_email is None else require_email(from_email, "from_email"),
        "email[reply_to_name]": None
        if reply_to_name is None
        else require_text(reply_to_name, "reply_to_name"),
        "email[reply_to_email]": (
            None if reply_to_email is None else require_email(reply_to_email, "reply_to_email")
        ),
        "email[subject]": require_text(subject, "subject"),
        "email[body]": TEMPLATE_PLACEHOLDER_BODY if html is None else html_content(html, "html"),
        "email[template_uid]": None if template_uid is None else require_uid(template_uid, "template_uid"),
        "email[plain_text]": None if plain_text_ is None else plain_text(plain_text_, "plain_text"),
        # Required by the server; None means now, stated explicitly so the stored time is ours.
        "email[send_at]": transactional_send_at(send_at),
    }
    return wire(
        fields,
        keyed("email[params]", _mapping(params, "params")),
        keyed("email[contact]", _mapping(contact, "contact")),
        attachments(attachments_),
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

        The content is exactly one of `html` (a str is the HTML itself; bytes or a path are read;
        sent base64-encoded as `email[body]`) or `template_uid` (a stored template; `params` fill
        its `{{ params.KEY }}` and `contact` its `{{ contact.KEY }}`). `plain_text` is the text
        version (str, UTF-8 bytes or a path). `from_email` must be on a domain verified in the
        account. `send_at` is an aware datetime or an ISO-8601 string with a UTC offset; it is
        sent in UTC, and None sends now. `attachments` takes up to three `pakat.Attachment` or
        file paths (MIME type guessed from the name).

        Raises ValueError or TypeError before sending for: both or neither of html and
        template_uid, a name or subject that is empty or has a line break, an invalid address,
        a naive datetime or offset-less string, more than three attachments, a nameless
        attachment, params/contact keys with brackets or line breaks.

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
        """One page of the account's transactional emails."""
        check_paging(page, per_page)
        return await self._client._request(
            list_transactional_emails._get_kwargs(page=page, per_page=per_page),
            _parse.page(TransactionalEmail, page, per_page),
        )

    def iter(self, *, per_page: int = 50, prefetch: int = 0) -> AsyncIterator[TransactionalEmail]:
        """Every transactional email, fetched page by page as you iterate."""
        check_paging(1, per_page)
        return self._client._paginate(lambda number: self.list(page=number, per_page=per_page), prefetch)

    async def get(self, email_uid: str) -> TransactionalEmail:
        """One transactional email (its `body` is base64 as stored). Raises `NotFoundError` if absent."""
        return await self._client._request(
            get_transactional_email._get_kwargs(require_uid(email_uid, "email_uid")),
            _parse.record(TransactionalEmail),
        )

    async def delete(self, email_uid: str) -> None:
        """Delete a transactional email from the account."""
        await self._client._request(
            delete_transactional_email._get_kwargs(require_uid(email_uid, "email_uid")), _parse.done
        )
