"""Campaigns: create, read, update, delete, copy, status changes and figures.

Nothing is ever sent. A campaign is "delivered" when it is marked sent: every confirmed subscriber
of its list (narrowed to its segment) gets a successful delivery log, and the quota counts them.

The rest follows the server (MailWizz 2.x, ``CampaignsController``): refusals come in the order
it checks them and with its words (field errors as one flat object keyed by attribute, list,
segment and template problems as plain strings), a deleted campaign is only marked
``pending-delete`` and hidden from these routes, dates are shown as display strings in the
account's timezone, and the HTML must hold the tags the account requires
(``Config.required_campaign_tags``).
"""

from __future__ import annotations

import html
import json
import re
import sqlite3
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

# The values openapi.json allows, as the generated client holds them.
from pakat_client.models.campaign_status_setting import CAMPAIGN_STATUS_SETTING_VALUES
from pakat_client.models.campaign_type import CAMPAIGN_TYPE_VALUES

from .._links import links_of
from .._routing import ROUTER, ApiError, collection, created, page_args, record, success
from .._store import bump_quota, new_uid, now
from .._validation import is_email, mapping
from ._common import copy_name, fetch_page, get_list, list_fields, target_filter
from .segments import segment_count
from .templates import archive_bytes, archive_html, html_text, lenient_b64decode, php_empty

if TYPE_CHECKING:
    from .._routing import Context, Reply, Request

__all__ = ["deliver", "display_time", "missing_tags"]

_NOT_FOUND = "The campaign does not exist."
_UPDATE_NOT_FOUND = "Requested campaign does not exist."  # the update route's own wording
_NOT_EDITABLE = "This campaign is not ediable."  # sic: the server's spelling
_LABELS = {
    "name": "Campaign name",
    "from_name": "From name",
    "from_email": "From email",
    "to_name": "To name",
    "reply_to": "Reply to",
    "subject": "Subject",
    "send_at": "Send at",
    "type": "Type",
}
_ACTIVE = ("pending-sending", "pending-approve", "paused", "sending", "processing")
_EDITABLE = ("draft", "pending-sending", "paused")
_REMOVABLE = ("draft", "sent", "pending-sending", "paused", "blocked", "pending-approve")
_PAUSABLE = ("pending-sending", "sending", "processing")
_MARKABLE_SENT = ("pending-sending", "paused", "processing", "blocked", "pending-approve")
_SEND_AT = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}")
_TIME = "%Y-%m-%d %H:%M:%S"

# The switches of a campaign's options record, with their labels and defaults.
_SWITCHES = {
    "url_tracking": ("Url tracking", "yes"),
    "open_tracking": ("Open tracking", "yes"),
    "json_feed": ("Json feed", "no"),
    "xml_feed": ("Xml feed", "no"),
    "embed_images": ("Embed images", "no"),
    "plain_text_email": ("Plain text email", "yes"),
}
# Whole-number options: label, minimum, maximum (None: none).
_NUMBERS = {
    "autoresponder_time_value": ("Autoresponder time value", 0, 3650),
    "autoresponder_open_campaign_id": ("Send when opening this campaign", 0, None),
    "autoresponder_sent_campaign_id": ("Send after sending this campaign", 0, None),
    "max_send_count": ("Max. subscribers", 0, None),
    "tracking_domain_id": ("Tracking domain", 0, None),
    "email_stats_delay_days": ("Email stats delay days", 0, 30),
    "cronjob_max_runs": ("Max. runs", -1, 10_000_000),
}
_CHOICES = {
    "autoresponder_event": (
        "Autoresponder event",
        ("AFTER-SUBSCRIBE", "AFTER-CAMPAIGN-OPEN", "AFTER-CAMPAIGN-SENT"),
    ),
    "autoresponder_time_unit": (
        "Autoresponder time unit",
        ("minute", "hour", "day", "week", "month", "year"),
    ),
    "autoresponder_include_imported": ("Incl. imported subscribers", ("yes", "no")),
    "autoresponder_include_current": ("Incl. current subscribers", ("yes", "no")),
    "max_send_count_random": ("Randomize subscribers", ("yes", "no")),
    "timewarp_enabled": ("Enable timewarp", ("yes", "no")),
    "share_reports_enabled": ("Enable sharing", ("yes", "no")),
    "share_reports_mask_email_addresses": ("Mask emails", ("yes", "no")),
    "cronjob_enabled": ("Enabled", ("0", "1")),
}
_TEXTS = {
    "email_stats": "Email stats",
    "preheader": "Preheader",
    "forward_friend_subject": "Forward friend subject",
}
# Other columns of the options record: accepted and stored, not validated by the sandbox.
_OTHER_OPTIONS = (
    "cronjob",
    "autoresponder_time_min_hour",
    "autoresponder_time_min_minute",
    "timewarp_hour",
    "timewarp_minute",
    "share_reports_password",
)
_OPTION_NAMES = frozenset((*_SWITCHES, *_NUMBERS, *_CHOICES, *_TEXTS, *_OTHER_OPTIONS))
_OPTION_DEFAULTS: dict[str, str] = {
    **{name: default for name, (_, default) in _SWITCHES.items()},
    "autoresponder_event": "AFTER-SUBSCRIBE",
    "autoresponder_time_unit": "day",
    "autoresponder_time_value": "0",
    "autoresponder_include_imported": "no",
    "autoresponder_include_current": "no",
    "email_stats": "",
    "email_stats_delay_days": "0",
    "cronjob_enabled": "0",
    "max_send_count": "0",
}
# A required tag is also satisfied by any of these (the server's own table of alternatives).
_ALTERNATIVES = {
    "[UNSUBSCRIBE_URL]": ("[UNSUBSCRIBE_LINK]", "[DIRECT_UNSUBSCRIBE_URL]", "[DIRECT_UNSUBSCRIBE_LINK]"),
    "[UNSUBSCRIBE_LINK]": ("[UNSUBSCRIBE_URL]", "[DIRECT_UNSUBSCRIBE_LINK]"),
    "[DIRECT_UNSUBSCRIBE_URL]": ("[UNSUBSCRIBE_URL]", "[UNSUBSCRIBE_LINK]", "[DIRECT_UNSUBSCRIBE_LINK]"),
    "[DIRECT_UNSUBSCRIBE_LINK]": ("[UNSUBSCRIBE_URL]", "[UNSUBSCRIBE_LINK]", "[DIRECT_UNSUBSCRIBE_URL]"),
}


def missing_tags(content: str, required: tuple[str, ...]) -> list[str]:
    """The required tags ``content`` lacks (a tag counts as present when one of its alternatives is)."""
    return [
        tag
        for tag in dict.fromkeys(required)
        if tag not in content and not any(alt in content for alt in _ALTERNATIVES.get(tag, ()))
    ]


def display_time(utc: str | None, zone: str) -> str:
    """A stored UTC time as the server shows it on a campaign view: in the account's timezone, in
    the English short date and time pattern (``1/15/25, 1:30 PM``). None (a copy's cleared send
    time) reads as now, as on the server."""
    moment = datetime.strptime(utc, _TIME).replace(tzinfo=UTC) if utc else datetime.now(UTC)
    try:
        local = moment.astimezone(ZoneInfo(zone))
    except OverflowError:  # the first or last hours of the calendar: shown in UTC
        local = moment
    hour = local.hour % 12 or 12
    meridiem = "AM" if local.hour < 12 else "PM"
    return f"{local.month}/{local.day}/{local.year % 100:02d}, {hour}:{local.minute:02d} {meridiem}"


def _to_utc(local: str, zone: str) -> str:
    """A ``Y-m-d H:i:s`` wall-clock time of the account's timezone, converted to UTC."""
    moment = datetime.strptime(local, _TIME).replace(tzinfo=ZoneInfo(zone))
    try:
        utc = moment.astimezone(UTC)
    except OverflowError:  # past either end of the calendar once moved to UTC: kept at that end
        utc = datetime.min if moment.year == 1 else datetime.max.replace(microsecond=0)
    # Not strftime: its %Y drops the leading zeros of years before 1000 on glibc.
    return utc.replace(tzinfo=None).isoformat(sep=" ", timespec="seconds")


def _valid_send_at(value: str) -> bool:
    if not _SEND_AT.fullmatch(value):
        return False
    try:
        datetime.strptime(value, _TIME)
    except ValueError:
        return False
    return True


def _campaign(db: sqlite3.Connection, uid: str, missing: str = _NOT_FOUND) -> sqlite3.Row:
    """A campaign of the account that is not deleted (pending-delete); 404 otherwise."""
    row: sqlite3.Row | None = db.execute(
        "SELECT * FROM campaigns WHERE uid = ? AND status != 'pending-delete'", (uid,)
    ).fetchone()
    if row is None:
        raise ApiError(404, missing)
    return row


def _live_list(db: sqlite3.Connection, list_uid: str) -> sqlite3.Row | None:
    try:
        return get_list(db, list_uid)
    except ApiError:
        return None


def _store_urls(db: sqlite3.Connection, campaign_id: int, html: str) -> None:
    """Register the campaign's tracked links. The server does this when it sends the campaign;
    the sandbox does it whenever the content is set, so ``track-url`` works before sending."""
    uid = db.execute("SELECT uid FROM campaigns WHERE id = ?", (campaign_id,)).fetchone()["uid"]
    db.execute("DELETE FROM campaign_urls WHERE campaign_id = ?", (campaign_id,))
    db.executemany(
        "INSERT OR IGNORE INTO campaign_urls (campaign_id, hash, destination) VALUES (?, ?, ?)",
        [(campaign_id, hash_, url) for hash_, url in links_of(uid, html).items()],
    )


# Field validation ---------------------------------------------------------------------------


def _tag_values(db: sqlite3.Connection, list_id: int) -> dict[str, str] | None:
    """The tags a confirmed subscriber of the list gives (the server parses tags in an address
    with one); None when the list has no confirmed subscriber."""
    row = db.execute(
        "SELECT * FROM subscribers WHERE list_id = ? AND status = 'confirmed' ORDER BY id LIMIT 1", (list_id,)
    ).fetchone()
    if row is None:
        return None
    values: dict[str, str] = json.loads(row["fields"])
    tags = {f"[{field['tag']}]": values.get(str(field["id"]), "") for field in list_fields(db, list_id)}
    list_row = db.execute("SELECT data FROM lists WHERE id = ?", (list_id,)).fetchone()
    defaults = json.loads(list_row["data"]).get("defaults", {})
    tags |= {"[EMAIL]": row["email"], "[LIST_FROM_EMAIL]": str(defaults.get("from_email", ""))}
    return tags


def _email_error(db: sqlite3.Connection, field: str, value: str, list_id: int | None) -> str | None:
    """The server's address check, which reads ``[TAGS]`` through a subscriber of the list."""
    if not value:
        return None
    label = _LABELS[field]
    if "[" in value and "]" in value:
        if list_id is None:
            return "Please associate a list first!"
        tags = _tag_values(db, list_id)
        if tags is None:
            return "You need at least one subscriber in your selected list!"
        for tag, replacement in tags.items():
            value = value.replace(tag, replacement)
        if not is_email(value):
            return f"{label} is not a valid email address (even after the tags were parsed)."
        return None
    return None if is_email(value) else f"{label} is not a valid email address."


def _field_errors(db: sqlite3.Connection, values: dict[str, str], list_id: int | None) -> dict[str, str]:
    """The campaign's attribute rules in the server's order; the first message of each attribute wins."""
    errors: dict[str, str] = {}

    def fail(field: str, message: str) -> None:
        errors.setdefault(field, message)

    def too_long(field: str, limit: int) -> None:
        if len(values[field]) > limit:
            fail(field, f"{_LABELS[field]} is too long (maximum is {limit} characters).")

    # The model's own rules first...
    for field in ("name", "to_name", "from_name"):
        too_long(field, 255)
    values["subject"] = values["subject"].strip()
    too_long("subject", 500)
    for field in ("from_email", "reply_to"):
        too_long(field, 100)
    for field in ("from_email", "reply_to"):
        message = _email_error(db, field, values[field], list_id)
        if message:
            fail(field, message)
    if values["type"] and values["type"] not in CAMPAIGN_TYPE_VALUES:
        fail("type", "Type is not in the list.")
    # ...then those the API controller adds.
    for field in ("name", "from_name", "from_email", "subject", "reply_to", "to_name", "send_at"):
        if not values[field].strip():
            fail(field, f"{_LABELS[field]} cannot be blank.")
    for field in ("name", "to_name", "subject"):
        too_long(field, 255)
    for field in ("from_name", "reply_to", "from_email"):
        too_long(field, 100)
    if values["send_at"].strip() and not _valid_send_at(values["send_at"]):
        fail("send_at", "The format of Send at is invalid.")
    return errors


# Options, template and tags ----------------------------------------------------------------


def _option_errors(options: dict[str, str]) -> dict[str, str]:
    """The options record's rules, keyed by option name."""
    errors: dict[str, str] = {}
    for name, (label, _) in _SWITCHES.items():
        value = options.get(name, "")
        if not value.strip():
            errors[name] = f"{label} cannot be blank."
        elif len(value) > 3:
            errors[name] = f"{label} is too long (maximum is 3 characters)."
        elif value not in ("yes", "no"):
            errors[name] = f"{label} is not in the list."
    for name, label in _TEXTS.items():
        if len(options.get(name) or "") > 255:
            errors.setdefault(name, f"{label} is too long (maximum is 255 characters).")
    for name, (label, choices) in _CHOICES.items():
        choice = options.get(name)
        if choice not in (None, "") and choice not in choices:
            errors.setdefault(name, f"{label} is not in the list.")
    for name, (label, low, high) in _NUMBERS.items():
        value = (options.get(name) or "").strip()
        if not value:
            continue
        if not re.fullmatch(r"[+-]?\d+", value):
            errors.setdefault(name, f"{label} must be an integer.")
        elif int(value) < low:
            errors.setdefault(name, f"{label} is too small (minimum is {low}).")
        elif high is not None and int(value) > high:
            errors.setdefault(name, f"{label} is too big (maximum is {high}).")
        elif name == "tracking_domain_id":
            # The sandbox has no tracking domains: every id names one that does not exist.
            errors.setdefault(name, f'{label} "{value}" is invalid.')
    for event, field in (
        ("AFTER-CAMPAIGN-OPEN", "autoresponder_open_campaign_id"),
        ("AFTER-CAMPAIGN-SENT", "autoresponder_sent_campaign_id"),
    ):
        if options.get("autoresponder_event") == event and php_empty(options.get(field)):
            errors.setdefault(field, "Please select a campaign for this autoresponder!")
    return errors


def _plain_text(html_content: str) -> str:
    """A rough text version of the HTML, as the server makes one when none is given."""
    text = re.sub(r"(?is)<(script|style)\b.*?</\1>", "", html_content)
    text = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</h\d>|</li>|</tr>", "\n", text)
    text = html.unescape(re.sub(r"<[^>]+>", "", text))
    return re.sub(r"\n\s*\n+", "\n\n", text).strip()


def _given_content(
    db: sqlite3.Connection, template: dict[str, str]
) -> tuple[str | None, str | None, bytes | None]:
    """``(html, name of the stored template used, archive bytes)`` from the form's template
    fields, in the server's order: a stored template, else the content, else an archive."""
    template_uid = template.get("template_uid")
    if template_uid is not None and not php_empty(template_uid):
        row = db.execute("SELECT name, content FROM templates WHERE uid = ?", (template_uid,)).fetchone()
        if row is None:
            raise ApiError(422, "Provided template does not exist.")
        stored = row["content"]
        text = stored if isinstance(stored, str) else html_text(stored)
        if not php_empty(text):
            return text, row["name"], None
    if not php_empty(template.get("content")):
        decoded = lenient_b64decode(template["content"])
        if decoded not in (b"", b"0"):
            return html_text(decoded), None, None
    if not php_empty(template.get("archive")):
        return None, None, archive_bytes(template["archive"])
    return None, None, None


def _finish_template(ctx: Context, stored: dict[str, Any], archive: bytes | None) -> dict[str, Any]:
    """The steps after the campaign row is written: the archive is unpacked, the plain text made,
    and the template checked (required tags, name length)."""
    if archive is not None:
        stored["content"] = html_text(_as_bytes(archive_html(archive, new_uid())))
    if not stored.get("plain_text") and stored.get("auto_plain_text", "yes") == "yes":
        stored["plain_text"] = _plain_text(stored["content"])
    errors: dict[str, str] = {}
    missing = missing_tags(stored["content"], ctx.config.required_campaign_tags)
    if missing:
        errors["content"] = (
            "The following tags are required but were not found in your content: " + ", ".join(missing)
        )
    if len(stored.get("name") or "") > 255:
        errors["name"] = "Name is too long (maximum is 255 characters)."
    if errors:
        raise ApiError(422, errors)
    return stored


def _as_bytes(value: str | bytes) -> bytes:
    return value.encode("utf-8") if isinstance(value, str) else value


# Create and update --------------------------------------------------------------------------


def _form_values(form: dict[str, str], base: dict[str, str]) -> dict[str, str]:
    values = dict(base)
    for field in _LABELS:
        if f"campaign[{field}]" in form:
            values[field] = form[f"campaign[{field}]"]
    return values


def _limits(ctx: Context) -> None:
    """The account's campaign limits, checked before the body is read."""
    config = ctx.config
    if config.max_campaigns is not None:
        count = ctx.db.execute("SELECT COUNT(*) FROM campaigns WHERE status != 'pending-delete'").fetchone()[
            0
        ]
        if count >= config.max_campaigns:
            raise ApiError(403, "You have reached the maximum number of allowed campaigns.")
    if config.max_active_campaigns is not None:
        marks = ", ".join("?" for _ in _ACTIVE)
        count = ctx.db.execute(
            f"SELECT COUNT(*) FROM campaigns WHERE status IN ({marks})", _ACTIVE
        ).fetchone()[0]
        if count >= config.max_active_campaigns:
            raise ApiError(403, "You have reached the maximum number of allowed active campaigns.")


def _known_options(form: dict[str, str]) -> dict[str, str]:
    """``campaign[options][NAME]`` fields naming a column of the options record (others are ignored)."""
    return {
        name: value for name, value in mapping(form, "campaign[options]").items() if name in _OPTION_NAMES
    }


def _extra(form: dict[str, str]) -> dict[str, str]:
    """Fields the sandbox does not read, kept for :meth:`Sandbox.campaign` (Pakat grows new ones)."""
    read = {f"campaign[{field}]" for field in _LABELS} | {
        "campaign[list_uid]",
        "campaign[segment_uid]",
        "campaign[status]",
        "campaign[group_uid]",
        "campaign[delivery_servers]",
    }
    return {
        name: value
        for name, value in form.items()
        if name not in read and not name.startswith(("campaign[template][", "campaign[options]["))
    }


def _settings(values: dict[str, str]) -> dict[str, str]:
    return {field: values[field] for field in ("from_name", "from_email", "to_name", "reply_to", "subject")}


@ROUTER.add("GET", "/campaigns", "listCampaigns")
def list_campaigns(ctx: Context, req: Request) -> Reply:
    """Newest first, deleted (pending-delete) campaigns left out."""
    page, per_page = page_args(req)
    count, rows = fetch_page(
        ctx,
        select="id, uid, type, name, status FROM campaigns",
        where="status != 'pending-delete'",
        args=(),
        page=page,
        per_page=per_page,
    )
    records = [
        {
            "campaign_uid": row["uid"],
            "type": row["type"],
            "name": row["name"],
            "status": row["status"],
            "group": [],
        }
        for row in rows
    ]
    return collection(count, page, per_page, records)


@ROUTER.add("POST", "/campaigns", "createCampaign")
def create_campaign(ctx: Context, req: Request) -> Reply:
    """Pending-sending unless ``campaign[status]`` asks for draft or paused; nothing is sent."""
    db, form, zone = ctx.db, req.form, ctx.config.timezone
    _limits(ctx)
    values = _form_values(
        form,
        {
            "name": "",
            "from_name": "",
            "from_email": "",
            "to_name": "[EMAIL]",
            "reply_to": "",
            "subject": "",
            # The server's default: its own clock (UTC), later read as the account's local time.
            "send_at": now(),
            "type": "regular",
        },
    )
    errors = _field_errors(db, values, None)
    if errors:
        raise ApiError(422, errors)
    if php_empty(form.get("campaign[list_uid]")):
        raise ApiError(422, "Please provide a list for this campaign.")
    list_row = _live_list(db, form["campaign[list_uid]"])
    if list_row is None:
        raise ApiError(422, "Provided list does not exist.")
    segment_id = None
    if not php_empty(form.get("campaign[segment_uid]")):
        segment = db.execute(
            "SELECT id FROM segments WHERE uid = ? AND list_id = ?",
            (form["campaign[segment_uid]"], list_row["id"]),
        ).fetchone()
        if segment is None:
            raise ApiError(422, "Provided list segment does not exist.")
        segment_id = segment["id"]
    options = {**_OPTION_DEFAULTS, **_known_options(form)}
    template = mapping(form, "campaign[template]")
    content, template_name, archive = _given_content(db, template)
    if content is None and archive is None:
        raise ApiError(422, "Please provide a template for your campaign.")
    option_errors = _option_errors(options)
    if option_errors:
        raise ApiError(422, option_errors)
    plain = template.get("plain_text") or ""
    stored_template = _finish_template(
        ctx,
        {
            "name": template_name if template_name is not None else (template.get("name") or ""),
            "content": content or "",
            "plain_text": html_text(lenient_b64decode(plain))
            if not php_empty(plain) and options["plain_text_email"] == "yes"
            else "",
            "auto_plain_text": "no" if template.get("auto_plain_text") == "no" else "yes",
            "minify": "no",
        },
        archive,
    )
    status = form.get("campaign[status]")
    data = {
        **_settings(values),
        "send_at": _to_utc(values["send_at"], zone),
        "template": stored_template,
        "options": options,
        "extra": _extra(form),
    }
    uid = new_uid()
    cursor = db.execute(
        "INSERT INTO campaigns (uid, list_id, segment_id, name, type, status, data, date_added) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            uid,
            list_row["id"],
            segment_id,
            values["name"],
            values["type"] or "regular",
            status if status in CAMPAIGN_STATUS_SETTING_VALUES else "pending-sending",
            json.dumps(data),
            now(),
        ),
    )
    assert cursor.lastrowid is not None
    _store_urls(db, cursor.lastrowid, stored_template["content"])
    return created(campaign_uid=uid)


@ROUTER.add("GET", "/campaigns/{campaign_uid}", "getCampaign")
def get_campaign_(ctx: Context, req: Request) -> Reply:
    """Settings, list and segment; no template or options. Dates are display strings."""
    db = ctx.db
    row = _campaign(db, req.params["campaign_uid"])
    data = json.loads(row["data"])
    list_row = db.execute(
        "SELECT l.uid, l.data, (SELECT COUNT(*) FROM subscribers WHERE list_id = l.id AND status = 'confirmed') "
        "AS n FROM lists l WHERE id = ?",
        (row["list_id"],),
    ).fetchone()
    segment: dict[str, Any] | list[Any] = []
    if row["segment_id"] is not None:
        segment_row = db.execute("SELECT * FROM segments WHERE id = ?", (row["segment_id"],)).fetchone()
        if segment_row is not None:
            segment = {
                "segment_uid": segment_row["uid"],
                "name": segment_row["name"],
                "subscribers_count": segment_count(db, segment_row),
            }
    zone = ctx.config.timezone
    rec: dict[str, Any] = {"campaign_uid": row["uid"], "name": row["name"], "type": row["type"]}
    rec |= {key: data.get(key, "") for key in ("from_name", "from_email", "to_name", "reply_to", "subject")}
    rec |= {
        "status": row["status"],
        "date_added": display_time(row["date_added"], zone),
        "send_at": display_time(data.get("send_at"), zone),
        "list": {
            "list_uid": list_row["uid"],
            "name": json.loads(list_row["data"])["general"]["name"],
            "subscribers_count": list_row["n"],
        },
        "segment": segment,
        "group": [],
    }
    return record(rec)


@ROUTER.add("PUT", "/campaigns/{campaign_uid}", "updateCampaign")
def update_campaign(ctx: Context, req: Request) -> Reply:
    """Only what is given changes; the merged campaign is checked as on create."""
    db, form, zone = ctx.db, req.form, ctx.config.timezone
    row = _campaign(db, req.params["campaign_uid"], _UPDATE_NOT_FOUND)
    if row["status"] not in _EDITABLE:
        raise ApiError(422, _NOT_EDITABLE)
    data = json.loads(row["data"])
    stored_send_at = data.get("send_at") or now()
    values = _form_values(
        form,
        {
            "name": row["name"],
            **{
                key: str(data.get(key, ""))
                for key in ("from_name", "from_email", "to_name", "reply_to", "subject")
            },
            "send_at": stored_send_at,
            "type": row["type"],
        },
    )
    errors = _field_errors(db, values, row["list_id"])
    if errors:
        raise ApiError(422, errors)
    list_id = row["list_id"]
    if not php_empty(form.get("campaign[list_uid]")):
        list_row = _live_list(db, form["campaign[list_uid]"])
        if list_row is None:
            raise ApiError(422, "Please provide a list for this campaign.")
        list_id = list_row["id"]
    segment_id = row["segment_id"]
    if not php_empty(form.get("campaign[segment_uid]")):
        segment = db.execute(
            "SELECT id FROM segments WHERE uid = ? AND list_id = ?", (form["campaign[segment_uid]"], list_id)
        ).fetchone()
        if segment is None:
            raise ApiError(422, "Provided list segment does not exist.")
        segment_id = segment["id"]
    options = {**data.get("options", {}), **_known_options(form)}
    template = mapping(form, "campaign[template]")
    current: dict[str, Any] = dict(data.get("template", {}))
    content, _, archive = _given_content(db, template)
    kept = content is None and archive is None
    if kept and php_empty(current.get("content")):
        raise ApiError(422, "Please provide a template for your campaign.")
    option_errors = _option_errors(options)
    if option_errors:
        raise ApiError(422, option_errors)
    stored_template = {
        **current,
        # The server blanks the template's name on every update that does not give one.
        "name": template.get("name") or "",
        "content": current.get("content", "") if kept else (content or ""),
    }
    if not php_empty(template.get("auto_plain_text")):
        stored_template["auto_plain_text"] = "no" if template["auto_plain_text"] == "no" else "yes"
    if not php_empty(template.get("plain_text")) and options.get("plain_text_email") == "yes":
        stored_template["plain_text"] = html_text(lenient_b64decode(template["plain_text"]))
    if not php_empty(template.get("minify")):
        stored_template["minify"] = "yes" if template["minify"] == "yes" else "no"
    stored_template = _finish_template(ctx, stored_template, archive)
    send_at = stored_send_at if values["send_at"] == stored_send_at else _to_utc(values["send_at"], zone)
    status = form.get("campaign[status]")
    data |= {
        **_settings(values),
        "send_at": send_at,
        "template": stored_template,
        "options": options,
        "extra": {**data.get("extra", {}), **_extra(form)},
    }
    db.execute(
        "UPDATE campaigns SET list_id = ?, segment_id = ?, name = ?, type = ?, status = ?, data = ? WHERE id = ?",
        (
            list_id,
            segment_id,
            values["name"],
            values["type"] or row["type"],
            status if status in CAMPAIGN_STATUS_SETTING_VALUES else row["status"],
            json.dumps(data),
            row["id"],
        ),
    )
    if not kept:
        _store_urls(db, row["id"], stored_template["content"])
    return success()


@ROUTER.add("DELETE", "/campaigns/{campaign_uid}", "deleteCampaign")
def delete_campaign(ctx: Context, req: Request) -> Reply:
    """A soft delete: the campaign becomes pending-delete, ``(Deleted)`` is appended to its name,
    and these routes no longer find it (its activity routes still do). Refused while sending."""
    row = _campaign(ctx.db, req.params["campaign_uid"])
    if row["status"] not in _REMOVABLE:
        raise ApiError(400, "This campaign cannot be removed now.")
    ctx.db.execute(
        "UPDATE campaigns SET name = name || '(Deleted)', status = 'pending-delete' WHERE id = ?",
        (row["id"],),
    )
    return success()


@ROUTER.add("POST", "/campaigns/{campaign_uid}/copy", "copyCampaign")
def copy_campaign(ctx: Context, req: Request) -> Reply:
    """The copy is a draft with the same settings and content, no send time (it reads as now), and
    no activity. The account's campaign limits are not checked. Answers 200, not 201."""
    db = ctx.db
    row = _campaign(db, req.params["campaign_uid"])
    data = json.loads(row["data"])
    data["send_at"] = None
    uid = new_uid()
    cursor = db.execute(
        "INSERT INTO campaigns (uid, list_id, segment_id, name, type, status, data, date_added) "
        "VALUES (?, ?, ?, ?, ?, 'draft', ?, ?)",
        (
            uid,
            row["list_id"],
            row["segment_id"],
            copy_name(row["name"]),
            row["type"],
            json.dumps(data),
            now(),
        ),
    )
    assert cursor.lastrowid is not None
    # A link's hash includes the campaign uid, so the copy's links get hashes of their own.
    _store_urls(db, cursor.lastrowid, data.get("template", {}).get("content", ""))
    return success(campaign_uid=uid)


def _set_status(db: sqlite3.Connection, row: sqlite3.Row, status: str) -> Reply:
    db.execute("UPDATE campaigns SET status = ? WHERE id = ?", (status, row["id"]))
    return success(campaign={"status": status})


@ROUTER.add("PUT", "/campaigns/{campaign_uid}/pause-unpause", "pauseUnpauseCampaign")
def pause_unpause(ctx: Context, req: Request) -> Reply:
    """paused -> sending; pending-sending, sending or processing -> paused; any other status is
    left as it is, and still answered 200 with that status."""
    row = _campaign(ctx.db, req.params["campaign_uid"])
    if row["status"] == "paused":
        return _set_status(ctx.db, row, "sending")
    if row["status"] in _PAUSABLE:
        return _set_status(ctx.db, row, "paused")
    return success(campaign={"status": row["status"]})


def deliver(db: sqlite3.Connection, row: sqlite3.Row) -> int:
    """Log a successful delivery to every target subscriber not delivered yet; returns how many."""
    where, args = target_filter(db, row["list_id"], row["segment_id"])
    cursor = db.execute(
        "INSERT OR IGNORE INTO delivery_logs (campaign_id, subscriber_id, message, status, retries, max_retries, "
        "email_message_id, delivery_confirmed, date_added) "
        "SELECT ?, s.id, 'OK', 'success', 0, 3, lower(hex(randomblob(16))) || '@sandbox.pakat.invalid', 'yes', ? "
        f"FROM subscribers s WHERE {where}",
        (row["id"], now(), *args),
    )
    bump_quota(db, cursor.rowcount)
    return cursor.rowcount


@ROUTER.add("PUT", "/campaigns/{campaign_uid}/mark-sent", "markCampaignSent")
def mark_sent(ctx: Context, req: Request) -> Reply:
    """Delivers the campaign (see :func:`deliver`) and sets it sent. A draft, a sending campaign
    and one already sent are refused with a 400, so a repeated call is refused too."""
    row = _campaign(ctx.db, req.params["campaign_uid"])
    if row["status"] not in _MARKABLE_SENT:
        raise ApiError(400, "The campaign does not allow marking it as sent!")
    deliver(ctx.db, row)
    return _set_status(ctx.db, row, "sent")


def _number(value: float) -> float | int:
    """A rate as PHP's json_encode writes it: a whole float without its fraction."""
    return int(value) if value.is_integer() else value


@ROUTER.add("GET", "/campaigns/{campaign_uid}/stats", "getCampaignStats")
def campaign_stats(ctx: Context, req: Request) -> Reply:
    """Counts from the sandbox's own records (never cached), rates by the server's formulas:
    percentages of the processed count, opens and clicks of the delivered minus the bounced
    (clicks capped at 100), each bounce type of all bounces; unrounded, 0 over a zero base."""
    row = _campaign(ctx.db, req.params["campaign_uid"])
    db, cid = ctx.db, row["id"]
    where, args = target_filter(db, row["list_id"], row["segment_id"])
    subscribers = db.execute(f"SELECT COUNT(*) FROM subscribers s WHERE {where}", args).fetchone()[0]
    processed, delivered, failed = db.execute(
        "SELECT COUNT(*), COALESCE(SUM(status = 'success' AND delivery_confirmed = 'yes'), 0), "
        "COALESCE(SUM(status = 'error' AND delivery_confirmed = 'yes'), 0) FROM delivery_logs WHERE campaign_id = ?",
        (cid,),
    ).fetchone()
    processed, failed = int(processed), int(failed)
    delivered = min(int(delivered), processed)

    def activity(table: str) -> tuple[int, int]:
        total, unique = db.execute(
            f"SELECT COUNT(*), COUNT(DISTINCT subscriber_id) FROM {table} WHERE campaign_id = ?", (cid,)
        ).fetchone()
        return int(total), int(unique)

    opens, unique_opens = activity("opens")
    clicks, unique_clicks = activity("clicks")
    unsubscribes = int(
        db.execute("SELECT COUNT(*) FROM unsubscribes WHERE campaign_id = ?", (cid,)).fetchone()[0]
    )
    by_type = dict.fromkeys(("hard", "soft", "internal"), 0)
    for bounce_type, n in db.execute(
        "SELECT bounce_type, COUNT(*) FROM bounces WHERE campaign_id = ? GROUP BY bounce_type", (cid,)
    ):
        by_type[bounce_type] = n
    bounces = sum(by_type.values())
    reached = delivered - bounces

    def of_processed(n: int) -> float:
        return n * 100 / processed if n > 0 and processed > 0 else 0.0

    def of_reached(n: int, *, click: bool = False) -> float:
        if n <= 0 or reached <= 0:
            return 0.0
        return min(100.0, n / reached * 100) if click else n * 100 / reached

    def of_bounces(n: int) -> float:
        return n * 100 / bounces if n > 0 and bounces > 0 else 0.0

    figures: list[tuple[str, int, float]] = [
        ("delivery_success", delivered, of_processed(delivered)),
        ("delivery_error", failed, of_processed(failed)),
        ("opens", opens, of_reached(opens)),
        ("unique_opens", unique_opens, of_reached(unique_opens)),
        ("clicks", clicks, of_reached(clicks, click=True)),
        ("unique_clicks", unique_clicks, of_reached(unique_clicks, click=True)),
        ("unsubscribes", unsubscribes, of_processed(unsubscribes)),
        ("complaints", 0, 0.0),
        ("bounces", bounces, of_processed(bounces)),
        ("hard_bounces", by_type["hard"], of_bounces(by_type["hard"])),
        ("soft_bounces", by_type["soft"], of_bounces(by_type["soft"])),
        ("internal_bounces", by_type["internal"], of_bounces(by_type["internal"])),
    ]
    stats: dict[str, Any] = {
        "campaign_status": row["status"],
        "subscribers_count": subscribers,
        "processed_count": processed,
    }
    for name, count, rate in figures:
        stats[f"{name}_count"] = count
        stats[f"{name}_rate"] = _number(rate)
    return success(data=stats)
