"""Mailing lists."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping

from pakat import _parse
from pakat._async.resources._base import AsyncResource
from pakat._encoding import extra_fields, request_body, require_email, require_text, single_line, wire
from pakat._validate import choice, require_changes, require_uid, yes_no
from pakat.pagination import Page
from pakat_client.api.lists import copy_list, create_list, delete_list, get_list, list_lists, update_list
from pakat_client.models import ListCreateRequest, ListUpdateRequest, MailingList
from pakat_client.models.list_opt_in import LIST_OPT_IN_VALUES, ListOptIn

COMPANY_FIELDS = frozenset(
    {
        "name",
        "website",
        "type_id",
        "country",
        "country_id",
        "zone",
        "zone_id",
        "address_1",
        "address_2",
        "zone_name",
        "city",
        "zip_code",
        "phone",
        "address_format",
    }
)


def _addresses(value: str | None, field: str) -> str | None:
    """One address or several, comma-separated (the server mails each of them)."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"{field} must be a str, not {type(value).__name__}")
    for part in single_line(value, field).split(","):
        require_email(part.strip(), field)
    return value


def _opt(value: str | None, field: str) -> str | None:
    return None if value is None else choice(value, LIST_OPT_IN_VALUES, field)


def _list_fields(
    *,
    name: str | None,
    description: str | None,
    from_name: str | None,
    from_email: str | None,
    reply_to: str | None,
    subject: str | None,
    notify_subscribe: bool | None,
    notify_unsubscribe: bool | None,
    notify_subscribe_to: str | None,
    notify_unsubscribe_to: str | None,
    opt_in: str | None,
    opt_out: str | None,
    company: Mapping[str, str] | None,
    extra: Mapping[str, str] | None,
) -> dict[str, object]:
    fields: dict[str, object | None] = {
        "general[name]": None if name is None else require_text(name, "name"),
        "general[description]": description,
        "general[opt_in]": _opt(opt_in, "opt_in"),
        "general[opt_out]": _opt(opt_out, "opt_out"),
        "defaults[from_name]": None if from_name is None else require_text(from_name, "from_name"),
        "defaults[from_email]": None if from_email is None else require_email(from_email, "from_email"),
        "defaults[reply_to]": None if reply_to is None else require_email(reply_to, "reply_to"),
        "defaults[subject]": None if subject is None else single_line(subject, "subject"),
        "notifications[subscribe]": yes_no(notify_subscribe),
        "notifications[unsubscribe]": yes_no(notify_unsubscribe),
        # Addresses the server mails notifications to: a control character would split or garble
        # that mail's header.
        "notifications[subscribe_to]": _addresses(notify_subscribe_to, "notify_subscribe_to"),
        "notifications[unsubscribe_to]": _addresses(notify_unsubscribe_to, "notify_unsubscribe_to"),
    }
    for key, value in (company or {}).items():
        if key not in COMPANY_FIELDS:
            raise ValueError(f"unknown company field {key!r}; known: {', '.join(sorted(COMPANY_FIELDS))}")
        fields[f"company[{key}]"] = value
    return wire(fields, extra_fields(extra))


class AsyncLists(AsyncResource):
    """The account's mailing lists: `client.lists`."""

    async def list(self, *, page: int = 1, per_page: int = 10) -> Page[MailingList]:
        """One page of mailing lists, newest first (deleted and archived lists are not shown)."""
        return await self._page(list_lists._get_kwargs, MailingList, page, per_page)

    def iter(self, *, per_page: int = 50, prefetch: int = 0) -> AsyncIterator[MailingList]:
        """Every mailing list, newest first, fetched page by page as you iterate."""
        return self._every(self.list, per_page=per_page, prefetch=prefetch)

    async def get(self, list_uid: str) -> MailingList:
        """One mailing list. Raises `NotFoundError` if there is none with this uid, or it was
        deleted or archived."""
        return await self._client._request(
            get_list._get_kwargs(require_uid(list_uid, "list_uid")), _parse.record(MailingList)
        )

    async def create(
        self,
        *,
        name: str,
        description: str,
        from_name: str,
        from_email: str,
        reply_to: str,
        subject: str | None = None,
        notify_subscribe: bool | None = None,
        notify_unsubscribe: bool | None = None,
        notify_subscribe_to: str | None = None,
        notify_unsubscribe_to: str | None = None,
        opt_in: ListOptIn | None = None,
        opt_out: ListOptIn | None = None,
        company: Mapping[str, str] | None = None,
        extra: Mapping[str, str] | None = None,
    ) -> str:
        """Create a mailing list and return its uid.

        `from_name`, `from_email`, `reply_to` and `subject` are the defaults of the list's
        campaigns. `notify_subscribe_to` and `notify_unsubscribe_to` are the addresses (one, or
        several comma-separated) the server notifies when `notify_subscribe` /
        `notify_unsubscribe` are on.

        `opt_in` is `"double"` on the server unless you say `"single"`: on a double opt-in list
        every subscriber added through the API is `unconfirmed` until it confirms by email (and
        campaigns go to confirmed subscribers only). `opt_out` is `"single"` by default.

        `company` takes the footer's company fields (name, website, type_id, country (a country
        name) or country_id, zone (a zone name) or zone_id, address_1, address_2, zone_name, city,
        zip_code, phone, address_format). The server copies the account's own company details into
        the list first, so they are needed only when the account has none or to override them.
        Raises `ValidationError` for values the server refuses (it reports the first failing
        group, such as `{"general": {"name": "..."}}`), and for an account at its list limit.
        """
        fields = _list_fields(
            name=name,
            description=require_text(description, "description"),
            from_name=from_name,
            from_email=from_email,
            reply_to=reply_to,
            subject=subject,
            notify_subscribe=notify_subscribe,
            notify_unsubscribe=notify_unsubscribe,
            notify_subscribe_to=notify_subscribe_to,
            notify_unsubscribe_to=notify_unsubscribe_to,
            opt_in=opt_in,
            opt_out=opt_out,
            company=company,
            extra=extra,
        )
        return await self._client._request(
            create_list._get_kwargs(body=request_body(ListCreateRequest, fields, extra)),
            _parse.uid("list_uid"),
        )

    async def update(
        self,
        list_uid: str,
        *,
        name: str | None = None,
        description: str | None = None,
        from_name: str | None = None,
        from_email: str | None = None,
        reply_to: str | None = None,
        subject: str | None = None,
        notify_subscribe: bool | None = None,
        notify_unsubscribe: bool | None = None,
        notify_subscribe_to: str | None = None,
        notify_unsubscribe_to: str | None = None,
        opt_in: ListOptIn | None = None,
        opt_out: ListOptIn | None = None,
        company: Mapping[str, str] | None = None,
        extra: Mapping[str, str] | None = None,
    ) -> None:
        """Change the given settings of a mailing list; the rest stay as they are.

        One exception: on every update the server copies the account's company details (when it
        has them) over the list's, so company fields set on the list alone go back to the
        account's values unless you pass them again in `company`.
        """
        fields = _list_fields(
            name=name,
            description=description,
            from_name=from_name,
            from_email=from_email,
            reply_to=reply_to,
            subject=subject,
            notify_subscribe=notify_subscribe,
            notify_unsubscribe=notify_unsubscribe,
            notify_subscribe_to=notify_subscribe_to,
            notify_unsubscribe_to=notify_unsubscribe_to,
            opt_in=opt_in,
            opt_out=opt_out,
            company=company,
            extra=extra,
        )
        require_changes(fields, "list")
        await self._client._request(
            update_list._get_kwargs(
                require_uid(list_uid, "list_uid"), body=request_body(ListUpdateRequest, fields, extra)
            ),
            _parse.done,
        )

    async def delete(self, list_uid: str) -> None:
        """Delete a mailing list and its subscribers.

        The server removes it in the background: from the call on, the list and its subscribers
        are no longer found (404), and its campaigns are deleted with it. A list the operator
        marked as not removable is kept, with the same success answer.
        """
        await self._client._request(delete_list._get_kwargs(require_uid(list_uid, "list_uid")), _parse.done)

    async def copy(self, list_uid: str) -> str:
        """Copy a mailing list and return the new list's uid.

        The copy gets the list's settings, custom fields and segments (their field conditions),
        but **not its subscribers**. Its name is the original's with " #1" added, or its trailing
        "#N" counted up.
        """
        return await self._client._request(
            copy_list._get_kwargs(require_uid(list_uid, "list_uid")), _parse.uid("list_uid")
        )
