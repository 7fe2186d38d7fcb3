"""Campaigns: one email sent to a mailing list (or a segment of it), and what became of it."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable, Collection, Mapping
from typing import Any

from pakat import _parse
from pakat._async.resources._base import AsyncResource
from pakat._encoding import (
    Content,
    SendAt,
    b64,
    campaign_send_at,
    extra_fields,
    plain_text,
    request_body,
    require_email,
    require_text,
    single_line,
    utf8_html,
    wire,
    zip_archive,
)
from pakat._exceptions import APIResponseValidationError
from pakat._validate import choice, require_changes, require_uid
from pakat.pagination import Page
from pakat_client.api.campaigns import (
    copy_campaign,
    create_campaign,
    create_campaign_bounce,
    delete_campaign,
    get_campaign,
    get_campaign_stats,
    get_delivery_log_by_email_message_id,
    list_campaign_bounces,
    list_campaign_delivery_logs,
    list_campaign_unsubscribes,
    list_campaigns,
    mark_campaign_sent,
    pause_unpause_campaign,
    track_campaign_opening,
    track_campaign_unsubscribe,
    track_campaign_url,
    update_campaign,
)
from pakat_client.models import (
    Bounce,
    BounceCreateRequest,
    Campaign,
    CampaignCreateRequest,
    CampaignDetail,
    CampaignStats,
    CampaignStatusResult,
    CampaignUpdateRequest,
    DeliveryLog,
    TrackUnsubscribeRequest,
    TrackUrl,
    Unsubscribe,
)
from pakat_client.models.autoresponder_event import AUTORESPONDER_EVENT_VALUES
from pakat_client.models.autoresponder_time_unit import AUTORESPONDER_TIME_UNIT_VALUES
from pakat_client.models.bounce_type import BOUNCE_TYPE_VALUES
from pakat_client.models.campaign_status_setting import CAMPAIGN_STATUS_SETTING_VALUES
from pakat_client.models.campaign_type import CAMPAIGN_TYPE_VALUES
from pakat_client.types import UNSET, Unset


def _option_name(name: str) -> str:
    return f"options[{name!r}]"


def _yes_no_option(value: object, name: str) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if value in ("yes", "no"):
        return str(value)
    raise ValueError(f"{_option_name(name)} must be True or False (sent as yes/no), got {value!r}")


def _whole_option(value: object, name: str) -> int:
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{_option_name(name)} must be a whole number, got {value!r}")
    if value < 0:
        raise ValueError(f"{_option_name(name)} must be 0 or more, got {value}")
    return value


def _bounded_option(maximum: int) -> Callable[[object, str], int]:
    """A whole number from 0 to `maximum`, as the server's options record allows."""

    def encode(value: object, name: str) -> int:
        number = _whole_option(value, name)
        if number > maximum:
            raise ValueError(f"{_option_name(name)} must be at most {maximum}, got {number}")
        return number

    return encode


def _preheader_option(value: object, name: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{_option_name(name)} must be a str, not {type(value).__name__}")
    if len(value) > 255:
        raise ValueError(f"{_option_name(name)} must be at most 255 characters, got {len(value)}")
    return value


def _cronjob_enabled_option(value: object, name: str) -> int:
    # The API takes 1 or 0 here, unlike the yes/no of the other switches.
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | str) and value in (0, 1, "0", "1"):
        return int(value)
    raise ValueError(f"{_option_name(name)} must be True or False (sent as 1/0), got {value!r}")


def _text_option(value: object, name: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{_option_name(name)} must be a str, not {type(value).__name__}")
    return require_text(value, _option_name(name))


def _email_stats_option(value: object, name: str) -> str:
    """One address or several separated by commas; each must look like an address."""
    text = _text_option(value, name)
    for address in text.split(","):
        require_email(address.strip(), _option_name(name))
    return text


def _choice_option(allowed: Collection[str]) -> Callable[[object, str], str]:
    def encode(value: object, name: str) -> str:
        if not isinstance(value, str):
            raise TypeError(f"{_option_name(name)} must be a str, not {type(value).__name__}")
        return choice(value, allowed, _option_name(name))

    return encode


OPTIONS: dict[str, Callable[[object, str], object]] = {
    "url_tracking": _yes_no_option,
    "open_tracking": _yes_no_option,
    "json_feed": _yes_no_option,
    "xml_feed": _yes_no_option,
    "embed_images": _yes_no_option,
    "plain_text_email": _yes_no_option,
    "email_stats": _email_stats_option,
    "email_stats_delay_days": _bounded_option(30),
    "autoresponder_event": _choice_option(AUTORESPONDER_EVENT_VALUES),
    "autoresponder_time_unit": _choice_option(AUTORESPONDER_TIME_UNIT_VALUES),
    "autoresponder_time_value": _bounded_option(3650),
    "autoresponder_open_campaign_id": _whole_option,
    "autoresponder_sent_campaign_id": _whole_option,
    "autoresponder_include_imported": _yes_no_option,
    "autoresponder_include_current": _yes_no_option,
    "cronjob_enabled": _cronjob_enabled_option,
    "cronjob": _text_option,
    "tracking_domain_id": _whole_option,
    "max_send_count": _whole_option,
    "preheader": _preheader_option,
}


def _options(options: Mapping[str, object] | None) -> dict[str, object]:
    """Campaign options as `campaign[options][NAME]`; a None value leaves the option out."""
    if options is None:
        return {}
    if not isinstance(options, Mapping):
        raise TypeError("options must be a mapping of option names to values, such as {'url_tracking': True}")
    fields: dict[str, object] = {}
    for name, value in options.items():
        encode = OPTIONS.get(name)
        if encode is None:
            raise ValueError(
                f"unknown campaign option {name!r}; known: {', '.join(sorted(OPTIONS))}. For an option "
                f"newer than this SDK, pass the raw wire field in extra, such as "
                f"extra={{'campaign[options][{name}]': 'value'}}"
            )
        if value is not None:
            fields[f"campaign[options][{name}]"] = encode(value, name)
    return fields


def _content(
    html: Content | None,
    template_uid: str | None,
    archive: bytes | os.PathLike[str] | None,
    *,
    required: bool,
) -> dict[str, object | None]:
    given = [
        name
        for name, value in (("html", html), ("template_uid", template_uid), ("archive", archive))
        if value is not None
    ]
    if len(given) > 1 or (required and not given):
        wanted = "exactly one" if required else "at most one"
        raise ValueError(
            f"pass {wanted} of html (the HTML: str, bytes or a path), template_uid (a stored template) "
            f"or archive (a zip file: bytes or a path); got {', '.join(given) or 'none'}"
        )
    return {
        "campaign[template][content]": None if html is None else utf8_html(html, "html"),
        "campaign[template][template_uid]": None
        if template_uid is None
        else require_uid(template_uid, "template_uid"),
        "campaign[template][archive]": None if archive is None else zip_archive(archive, "archive"),
    }


def _campaign_fields(
    *,
    name: str | None,
    list_uid: str | None,
    subject: str | None,
    from_name: str | None,
    from_email: str | None,
    reply_to: str | None,
    send_at: str | None,
    html: Content | None,
    template_uid: str | None,
    archive: bytes | os.PathLike[str] | None,
    plain_text_: Content | None,
    segment_uid: str | None,
    type_: str | None,
    status: str | None,
    options: Mapping[str, object] | None,
    extra: Mapping[str, str] | None,
    content_required: bool,
) -> dict[str, object]:
    fields: dict[str, object | None] = {
        "campaign[name]": None if name is None else require_text(name, "name"),
        "campaign[type]": None if type_ is None else choice(type_, CAMPAIGN_TYPE_VALUES, "type"),
        "campaign[status]": None
        if status is None
        else choice(status, CAMPAIGN_STATUS_SETTING_VALUES, "status"),
        "campaign[from_name]": None if from_name is None else require_text(from_name, "from_name"),
        "campaign[from_email]": None if from_email is None else require_email(from_email, "from_email"),
        "campaign[subject]": None if subject is None else require_text(subject, "subject"),
        "campaign[reply_to]": None if reply_to is None else require_email(reply_to, "reply_to"),
        "campaign[send_at]": send_at,
        "campaign[list_uid]": None if list_uid is None else require_uid(list_uid, "list_uid"),
        "campaign[segment_uid]": None if segment_uid is None else require_uid(segment_uid, "segment_uid"),
        **_content(html, template_uid, archive, required=content_required),
        # Base64, like the HTML: the server decodes it.
        "campaign[template][plain_text]": None
        if plain_text_ is None
        else b64(plain_text(plain_text_, "plain_text").encode("utf-8")),
    }
    return wire(fields, _options(options), extra_fields(extra))


def _track_url(body: dict[str, Any]) -> TrackUrl:
    """The link of a track-url answer: `data` itself (MailWizz 2.1.13 to 2.3.x) or `data.record`
    (MailWizz 2.7.2)."""
    data = body.get("data")
    if isinstance(data, Mapping) and isinstance(data.get("record"), Mapping) and "track_url" not in data:
        return _parse.record(TrackUrl)(body)
    return _parse.data(TrackUrl)(body)


def _listed(src: Mapping[str, Any]) -> Campaign:
    """A listed campaign; the server's `[]` for "no group" becomes None."""
    campaign = Campaign.from_dict(src)
    if isinstance(campaign.group, list):
        campaign.group = None
    return campaign


def _detail(src: Mapping[str, Any]) -> CampaignDetail:
    """A viewed campaign; the server's `[]` for "no segment" or "no group" becomes None."""
    campaign = CampaignDetail.from_dict(src)
    if isinstance(campaign.segment, list):
        campaign.segment = None
    if isinstance(campaign.group, list):
        campaign.group = None
    return campaign


class _Listed:
    """`_listed` where the readers of `pakat._parse` expect a model class."""

    from_dict = staticmethod(_listed)


class _Detail:
    """`_detail` where the readers of `pakat._parse` expect a model class."""

    from_dict = staticmethod(_detail)


def _new_status(body: dict[str, Any]) -> str:
    """The campaign's status after pause/unpause or mark-sent (`campaign.status` of the answer)."""
    result = CampaignStatusResult.from_dict(body)
    status = None if isinstance(result.campaign, Unset) else result.campaign.status
    if status is None or isinstance(status, Unset) or status == "":
        raise APIResponseValidationError("The response has no campaign.status", status_code=200, body=body)
    return str(status)


class AsyncCampaigns(AsyncResource):
    """The account's campaigns, and their bounces, deliveries, unsubscribes and tracking: `client.campaigns`."""

    async def list(self, *, page: int = 1, per_page: int = 10) -> Page[Campaign]:
        """One page of campaigns, newest first; deleted ones are left out.

        Items carry `campaign_uid`, `type`, `name`, `status` and `group` (None without one).
        """
        return await self._page(list_campaigns._get_kwargs, _Listed, page, per_page)

    def iter(self, *, per_page: int = 50, prefetch: int = 0) -> AsyncIterator[Campaign]:
        """Every campaign, newest first, fetched page by page as you iterate."""
        return self._every(self.list, per_page=per_page, prefetch=prefetch)

    async def get(self, campaign_uid: str) -> CampaignDetail:
        """One campaign with its settings, list (`subscribers_count`: its confirmed subscribers),
        segment and group (each None without one). No HTML, options or figures (see `stats()`).

        `date_added` and `send_at` are display strings in the account's timezone and language,
        such as "1/15/25, 1:30 PM": shown as they are, never parsed (they carry no year century,
        seconds or offset). Raises `NotFoundError` if there is none with this uid, or it was deleted.
        """
        return await self._client._request(
            get_campaign._get_kwargs(require_uid(campaign_uid, "campaign_uid")), _parse.record(_Detail)
        )

    async def create(
        self,
        *,
        name: str,
        list_uid: str,
        subject: str,
        from_name: str,
        from_email: str,
        reply_to: str,
        send_at: SendAt = None,
        html: Content | None = None,
        template_uid: str | None = None,
        archive: bytes | os.PathLike[str] | None = None,
        plain_text: Content | None = None,
        segment_uid: str | None = None,
        type: str = "regular",
        status: str | None = None,
        options: Mapping[str, object] | None = None,
        extra: Mapping[str, str] | None = None,
    ) -> str:
        """Create a campaign for a list (or one of its segments) and return its uid.

        The content is exactly one of `html` (a str is the HTML itself; bytes or a path are read
        and must be UTF-8; sent base64-encoded as `campaign[template][content]`), `template_uid`
        (a stored template, whose HTML is copied) or `archive` (a zip file as bytes or a path,
        sent base64-encoded). `plain_text` is the text version (str, UTF-8 bytes or a path), sent
        base64-encoded like the HTML; without it the server makes one from the HTML.

        The HTML must hold the tags the account requires. A stock MailWizz requires an
        unsubscribe link, `[UNSUBSCRIBE_URL]` (or `[UNSUBSCRIBE_LINK]`, `[DIRECT_UNSUBSCRIBE_URL]`,
        `[DIRECT_UNSUBSCRIBE_LINK]`), and the sender's postal address, `[COMPANY_FULL_ADDRESS]`;
        the administrator can change that, so the SDK does not check: a missing tag comes back as
        `ValidationError` with `errors == {"content": "The following tags are required but were not
        found in your content: ..."}` and nothing is created.

        `send_at` is an aware datetime (or an aware `jdatetime.datetime`, with pakat[jalali]) or
        an ISO-8601 string with a UTC offset, and None means now; it is always sent, as `Y-m-d H:i:s` in the client's `customer_timezone` (the
        account's timezone), converted through the tz database. `type` is "regular" or
        "autoresponder"; `status` one of "pending-sending" (the server's default), "draft" or
        "paused".

        `options` maps campaign option names to values, sent as `campaign[options][NAME]`:
        url_tracking, open_tracking, json_feed, xml_feed, embed_images, plain_text_email,
        autoresponder_include_imported and autoresponder_include_current take True/False (sent
        as yes/no); cronjob_enabled takes True/False (sent as 1/0); email_stats one or more
        addresses (comma-separated); email_stats_delay_days 0 to 30; autoresponder_event
        AFTER-SUBSCRIBE, AFTER-CAMPAIGN-OPEN (with autoresponder_open_campaign_id) or
        AFTER-CAMPAIGN-SENT (with autoresponder_sent_campaign_id); autoresponder_time_unit
        minute, hour, day, week, month or year; autoresponder_time_value 0 to 3650;
        autoresponder_open_campaign_id, autoresponder_sent_campaign_id, tracking_domain_id and
        max_send_count whole numbers; cronjob a cron expression; preheader a text of at most 255
        characters. `extra` fields are sent as given, last.

        Raises ValueError or TypeError before sending for: not exactly one of html, template_uid
        and archive; an empty or multi-line name, subject or from_name; an invalid address; a
        naive datetime or offset-less string; HTML that is not UTF-8; an archive that is not a
        zip; an unknown type, status or option name, or a bad option value. The server answers
        `PermissionDeniedError` (403) when the account's group allows no more campaigns (or no
        more active ones), and `ValidationError` (422) for refused fields (`errors` keyed by
        setting, such as `{"name": "Campaign name cannot be blank."}`), an unknown list, segment
        or template (`message` says which), a zip without an HTML file, a bad option value
        (keyed by option name) or missing tags.
        """
        fields = _campaign_fields(
            name=name,
            list_uid=list_uid,
            subject=subject,
            from_name=from_name,
            from_email=from_email,
            reply_to=reply_to,
            send_at=campaign_send_at(send_at, self._client.customer_timezone),
            html=html,
            template_uid=template_uid,
            archive=archive,
            plain_text_=plain_text,
            segment_uid=segment_uid,
            type_=type,
            status=status,
            options=options,
            extra=extra,
            content_required=True,
        )
        return await self._client._request(
            create_campaign._get_kwargs(body=request_body(CampaignCreateRequest, fields, extra)),
            _parse.uid("campaign_uid"),
        )

    async def update(
        self,
        campaign_uid: str,
        *,
        name: str | None = None,
        list_uid: str | None = None,
        subject: str | None = None,
        from_name: str | None = None,
        from_email: str | None = None,
        reply_to: str | None = None,
        send_at: SendAt = None,
        html: Content | None = None,
        template_uid: str | None = None,
        archive: bytes | os.PathLike[str] | None = None,
        plain_text: Content | None = None,
        segment_uid: str | None = None,
        type: str | None = None,
        status: str | None = None,
        options: Mapping[str, object] | None = None,
        extra: Mapping[str, str] | None = None,
    ) -> None:
        """Change the given settings of a campaign; the rest stay as they are.

        Arguments are encoded as in `create()`, except that all are optional, at most one of
        html, template_uid and archive may be given (none keeps the content), and a `send_at` of
        None leaves the time as it is. A `segment_uid` must belong to the (new or current) list;
        the segment cannot be removed this way, and changing the list keeps it. The stored
        HTML, given or kept, must hold the tags the account requires (see `create()`).

        Raises ValueError before sending when nothing would change. Only a draft, pending-sending
        or paused campaign can be changed: others give `ValidationError` ("This campaign is not
        ediable.", the server's spelling). An unknown uid gives `NotFoundError`.
        """
        fields = _campaign_fields(
            name=name,
            list_uid=list_uid,
            subject=subject,
            from_name=from_name,
            from_email=from_email,
            reply_to=reply_to,
            send_at=None if send_at is None else campaign_send_at(send_at, self._client.customer_timezone),
            html=html,
            template_uid=template_uid,
            archive=archive,
            plain_text_=plain_text,
            segment_uid=segment_uid,
            type_=type,
            status=status,
            options=options,
            extra=extra,
            content_required=False,
        )
        require_changes(fields, "campaign")
        await self._client._request(
            update_campaign._get_kwargs(
                require_uid(campaign_uid, "campaign_uid"),
                body=request_body(CampaignUpdateRequest, fields, extra),
            ),
            _parse.done,
        )

    async def delete(self, campaign_uid: str) -> None:
        """Delete a campaign. The server marks it pending-delete (and appends "(Deleted)" to its
        name) and removes it later; from then on `get()` and the other campaign calls raise
        `NotFoundError` and `list()` leaves it out, while its bounces, delivery logs and
        unsubscribes stay readable. A campaign that is sending raises `BadRequestError`
        ("This campaign cannot be removed now."); one already deleted raises `NotFoundError`
        (unless a retried DELETE finds it gone: that counts as done)."""
        await self._client._request(
            delete_campaign._get_kwargs(require_uid(campaign_uid, "campaign_uid")), _parse.done
        )

    async def copy(self, campaign_uid: str) -> str:
        """Copy a campaign and return the new campaign's uid.

        The copy is a draft with the same list, segment, settings, HTML and options, no send time
        (reschedule it with `update()`), and a name with " #1" appended (or its trailing "#N"
        counted up). The account's campaign limits are not checked.
        """
        return await self._client._request(
            copy_campaign._get_kwargs(require_uid(campaign_uid, "campaign_uid")), _parse.uid("campaign_uid")
        )

    async def pause_unpause(self, campaign_uid: str) -> str:
        """Pause a sending campaign, or resume a paused one; returns its status after the call.

        pending-sending, sending and processing campaigns become "paused"; a paused one becomes
        "sending". Any other status (draft, sent, blocked, pending-approve) is left as it is and
        returned, without an error: compare the result with what you expected. The status is a
        plain string: values the server adds later come back as they are.
        """
        return await self._client._request(
            pause_unpause_campaign._get_kwargs(require_uid(campaign_uid, "campaign_uid")), _new_status
        )

    async def mark_sent(self, campaign_uid: str) -> str:
        """Mark a campaign as sent (it stops sending); returns its new status (normally "sent").

        Allowed for pending-sending, paused, processing, blocked and pending-approve campaigns.
        A draft, a sending campaign and one already sent raise `BadRequestError` ("The campaign
        does not allow marking it as sent!"). Like every PUT, the call is repeated after a
        connection error or timeout; if the lost answer was a success, the repeat meets a sent
        campaign and raises that `BadRequestError`. After such an error, `get()` tells whether
        the campaign is sent.
        """
        return await self._client._request(
            mark_campaign_sent._get_kwargs(require_uid(campaign_uid, "campaign_uid")), _new_status
        )

    async def stats(self, campaign_uid: str) -> CampaignStats:
        """A campaign's delivery and engagement figures (counts and rates, as the server sent them).

        Counts are ints, except that a campaign that finished sending reports most of them as
        numeric strings ("1234"): use `int()`. Rates are unrounded percentages (floats, or ints
        when whole): delivery, bounce, unsubscribe and complaint rates of the processed count,
        open and click rates of the delivered minus the bounced. While a campaign is not sent,
        the server may cache counts for up to 60 seconds.
        """
        return await self._client._request(
            get_campaign_stats._get_kwargs(require_uid(campaign_uid, "campaign_uid")),
            _parse.data(CampaignStats),
        )

    async def bounces(self, campaign_uid: str, *, page: int = 1, per_page: int = 10) -> Page[Bounce]:
        """One page of a campaign's bounces, newest first (bounces carry no date).

        A deleted campaign's bounces are still served. Raises `NotFoundError` for a campaign that
        is not the account's.
        """
        return await self._page(
            list_campaign_bounces._get_kwargs,
            Bounce,
            page,
            per_page,
            require_uid(campaign_uid, "campaign_uid"),
        )

    def iter_bounces(
        self, campaign_uid: str, *, per_page: int = 50, prefetch: int = 0
    ) -> AsyncIterator[Bounce]:
        """Every bounce of a campaign, newest first, fetched page by page as you iterate."""
        require_uid(campaign_uid, "campaign_uid")
        return self._every(self.bounces, campaign_uid, per_page=per_page, prefetch=prefetch)

    async def create_bounce(
        self,
        campaign_uid: str,
        *,
        subscriber_uid: str,
        bounce_type: str | None = None,
        message: str | None = None,
        extra: Mapping[str, str] | None = None,
    ) -> Bounce:
        """Record that a subscriber's copy of a campaign bounced, and return the bounce recorded.

        `bounce_type` is "internal", "soft" or "hard"; left out, the server records "internal". A
        hard bounce of a confirmed subscriber also blacklists the address. `message` is the
        receiving server's answer ("BOUNCED BACK" when left out); the server cuts one of 253
        characters or more to its first 250 followed by "...". The subscriber may be on any list.

        Raises ValueError before sending for an empty uid or an unknown bounce type;
        `NotFoundError` for a campaign that is not the account's or an unknown subscriber;
        `ValidationError` (422) when this subscriber already has a bounce for this campaign.
        """
        if message is not None and not isinstance(message, str):
            raise TypeError(f"message must be a str, not {type(message).__name__}")
        if bounce_type is not None:
            choice(bounce_type, BOUNCE_TYPE_VALUES, "bounce_type")
        fields = wire(
            {
                "subscriber_uid": require_uid(subscriber_uid, "subscriber_uid"),
                "bounce_type": bounce_type,
                "message": message,
            },
            extra_fields(extra),
        )
        return await self._client._request(
            create_campaign_bounce._get_kwargs(
                require_uid(campaign_uid, "campaign_uid"),
                body=request_body(BounceCreateRequest, fields, extra),
            ),
            _parse.record(Bounce),
        )

    async def delivery_logs(
        self, campaign_uid: str, *, page: int = 1, per_page: int = 10
    ) -> Page[DeliveryLog]:
        """One page of a campaign's delivery attempts, one per subscriber it was sent to, newest first.

        `status` is success, error, fatal-error, temporary-error, blacklisted, suppressed, giveup,
        blocked, ds-dp-reject, hdl-by-sg-cmp, or a value newer than this SDK; `retries` and
        `max_retries` come as the server sent them (strings); `date_added` is UTC. Logs the server
        moved to its archive are not listed. Raises `NotFoundError` for a campaign that is not
        the account's.
        """
        return await self._page(
            list_campaign_delivery_logs._get_kwargs,
            DeliveryLog,
            page,
            per_page,
            require_uid(campaign_uid, "campaign_uid"),
        )

    def iter_delivery_logs(
        self, campaign_uid: str, *, per_page: int = 50, prefetch: int = 0
    ) -> AsyncIterator[DeliveryLog]:
        """Every delivery attempt of a campaign, newest first, fetched page by page as you iterate."""
        require_uid(campaign_uid, "campaign_uid")
        return self._every(self.delivery_logs, campaign_uid, per_page=per_page, prefetch=prefetch)

    async def delivery_log(self, email_message_id: str) -> DeliveryLog:
        """The delivery attempt that sent the email with this Message-ID, in any of the account's
        campaigns. The angle brackets of a Message-ID header (`<...>`) may be left on: the server
        stores ids without them, so they are removed before sending. Raises `NotFoundError` if
        no log has this id.
        """
        message_id = email_message_id
        if isinstance(message_id, str) and message_id.startswith("<") and message_id.endswith(">"):
            message_id = message_id[1:-1]
        return await self._client._request(
            get_delivery_log_by_email_message_id._get_kwargs(require_uid(message_id, "email_message_id")),
            _parse.record(DeliveryLog),
        )

    async def unsubscribes(
        self, campaign_uid: str, *, page: int = 1, per_page: int = 10
    ) -> Page[Unsubscribe]:
        """One page of the unsubscriptions that came from a campaign, newest first.

        Raises `NotFoundError` for a campaign that is not the account's.
        """
        return await self._page(
            list_campaign_unsubscribes._get_kwargs,
            Unsubscribe,
            page,
            per_page,
            require_uid(campaign_uid, "campaign_uid"),
        )

    def iter_unsubscribes(
        self, campaign_uid: str, *, per_page: int = 50, prefetch: int = 0
    ) -> AsyncIterator[Unsubscribe]:
        """Every unsubscription that came from a campaign, newest first, fetched page by page as you iterate."""
        require_uid(campaign_uid, "campaign_uid")
        return self._every(self.unsubscribes, campaign_uid, per_page=per_page, prefetch=prefetch)

    async def track_url(self, campaign_uid: str, subscriber_uid: str, hash: str) -> TrackUrl:
        """Record a subscriber's click on a campaign link; returns the link: its public
        `track_url` and its `destination`, personalised for the subscriber.

        `hash` names the link: the hex SHA-1 of the campaign uid followed by the URL. The server
        knows a campaign's links once it has sent it. Each call records a click, and an open if
        the subscriber has none yet. Raises `NotFoundError` for an unknown campaign, subscriber
        or hash.
        """
        return await self._client._request(
            track_campaign_url._get_kwargs(
                require_uid(campaign_uid, "campaign_uid"),
                require_uid(subscriber_uid, "subscriber_uid"),
                require_uid(hash, "hash"),
            ),
            _track_url,
        )

    async def track_opening(self, campaign_uid: str, subscriber_uid: str) -> None:
        """Record that a subscriber opened a campaign; every call counts as one more open.

        Raises `NotFoundError` for an unknown campaign or subscriber.
        """
        await self._client._request(
            track_campaign_opening._get_kwargs(
                require_uid(campaign_uid, "campaign_uid"), require_uid(subscriber_uid, "subscriber_uid")
            ),
            _parse.done,
        )

    async def track_unsubscribe(
        self,
        campaign_uid: str,
        subscriber_uid: str,
        *,
        ip_address: str | None = None,
        user_agent: str | None = None,
        reason: str | None = None,
        extra: Mapping[str, str] | None = None,
    ) -> None:
        """Unsubscribe a subscriber through a campaign, recording the campaign as the cause.

        Only a confirmed subscriber is unsubscribed; for any other (already unsubscribed,
        unconfirmed, blacklisted, ...) the server does nothing and answers the same success, and
        it records one unsubscription per subscriber and campaign. `ip_address`, `user_agent` and
        `reason` describe the unsubscription (the server's defaults: the caller's address and
        User-Agent, "Unsubscribed via API!"; it cuts them to 45, 255 and 255 UTF-8 bytes); without
        them and `extra` the request carries no body. Raises `NotFoundError` for an unknown
        campaign or subscriber.
        """
        fields = wire(
            {
                "ip_address": None if ip_address is None else single_line(ip_address, "ip_address"),
                "user_agent": None if user_agent is None else single_line(user_agent, "user_agent"),
                "reason": reason,
            },
            extra_fields(extra),
        )
        body = request_body(TrackUnsubscribeRequest, fields, extra) if fields else UNSET
        await self._client._request(
            track_campaign_unsubscribe._get_kwargs(
                require_uid(campaign_uid, "campaign_uid"),
                require_uid(subscriber_uid, "subscriber_uid"),
                body=body,
            ),
            _parse.done,
        )
