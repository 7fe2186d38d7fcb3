"""`pakat campaigns` and `pakat templates`: campaigns from create to delivery logs, and templates."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from pakat.cli._app import (
    GeneratedChoice,
    cli,
    client,
    collect,
    deleting,
    dig,
    json_option,
    key_values,
    listing,
    options,
    paging_options,
    print_json,
    print_record,
    print_records,
    print_result,
    showing,
)
from pakat.cli._lists import extra_option
from pakat.cli._subscribers import write_csv
from pakat.cli._when import Moment

__all__ = ["at_options", "campaigns", "schedule", "templates"]

FILE = click.Path(exists=True, dir_okay=False, path_type=Path)


# --- when: --at, --timezone, --dry-run --------------------------------------------------------------


def _at_option_list(what: str) -> list[Callable[..., Any]]:
    return [
        click.option(
            "--at",
            metavar="WHEN",
            default=None,
            help=f"When to send {what}: Jalali or Gregorian, in Persian, Arabic-Indic or ASCII digits, "
            "such as '۱۴۰۶/۰۱/۰۲ ۰۹:۰۰', '2027-03-22 09:00' or '2027-03-22T09:00+03:30'. "
            "A year before 1700 is Jalali.",
        ),
        click.option(
            "--timezone",
            metavar="ZONE",
            default=None,
            help="The zone of an --at without one (default: $PAKAT_TIMEZONE, else Asia/Tehran).",
        ),
        click.option("--dry-run", is_flag=True, help="Say what --at was understood as, and send nothing."),
    ]


def at_options(what: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """`--at`, `--timezone` and `--dry-run` for a command that schedules `what`."""
    return options(*_at_option_list(what))


def schedule(at: str | None, timezone: str | None, dry_run: bool, *, as_json: bool) -> Moment | None:
    """The moment of `--at`, said on stderr (or, with --dry-run, said and nothing more: exits)."""
    if at is None:
        if dry_run:
            raise click.UsageError("--dry-run checks an --at: give one")
        return None
    import os

    from pakat._client import DEFAULT_TIMEZONE, ENV_TIMEZONE
    from pakat.cli._when import parse_moment

    try:
        moment = parse_moment(at, timezone or os.environ.get(ENV_TIMEZONE) or DEFAULT_TIMEZONE)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--at") from None
    if dry_run:
        if as_json:
            print_json({**moment.as_json(), "sent": False})
        else:
            click.echo(f"Would be scheduled for {moment.describe()}; nothing sent (--dry-run).")
        raise click.exceptions.Exit(0)
    click.echo(f"Scheduled for {moment.describe()}", err=True)
    return moment


# --- campaigns --------------------------------------------------------------------------------------


def _option_value(text: str) -> object:
    """A campaign option's value from the command line: yes/no as True/False, digits as a number."""
    lowered = text.strip().lower()
    if lowered in ("yes", "true", "on"):
        return True
    if lowered in ("no", "false", "off"):
        return False
    return int(lowered) if lowered.isdigit() else text


def _campaign_options(required: bool) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    what = " (required)" if required else ""
    return options(
        *[
            click.option("--name", required=required, help=f"The campaign's name{what}."),
            click.option(
                "--list", "list_uid", required=required, metavar="LIST_UID", help=f"The list{what}."
            ),
            click.option(
                "--segment", "segment_uid", metavar="SEGMENT_UID", default=None, help="Only this segment."
            ),
            click.option("--subject", required=required, help=f"The subject line{what}."),
            click.option("--from-name", required=required, help=f"The sender's name{what}."),
            click.option("--from-email", required=required, help=f"The sender's address{what}."),
            click.option("--reply-to", required=required, help=f"The reply-to address{what}."),
            click.option("--html", type=FILE, default=None, help="The content: an HTML file."),
            click.option(
                "--template", "template_uid", metavar="TEMPLATE_UID", default=None, help="... or a template."
            ),
            click.option(
                "--archive", type=FILE, default=None, help="... or a zip with the HTML and its images."
            ),
            click.option(
                "--plain-text",
                type=FILE,
                default=None,
                help="The text version (default: made from the HTML).",
            ),
            click.option(
                "--type",
                "type_",
                type=GeneratedChoice("campaign_type"),
                default=None,
                help="regular (default) or autoresponder.",
            ),
            click.option(
                "--status",
                type=GeneratedChoice("campaign_status_setting"),
                default=None,
                help="pending-sending (the server's default), draft or paused.",
            ),
            click.option(
                "--option",
                "options",
                metavar="NAME=VALUE",
                multiple=True,
                callback=key_values("--option", "open_tracking=yes"),
                help="A campaign option, such as url_tracking=yes or preheader=... (repeatable).",
            ),
            extra_option,
            *_at_option_list("the campaign"),
            json_option,
        ]
    )


def _campaign_settings(values: dict[str, Any]) -> dict[str, Any]:
    settings = {key: value for key, value in values.items() if value is not None and value != {}}
    if "type_" in settings:
        settings["type"] = settings.pop("type_")
    if "options" in settings:
        settings["options"] = {name: _option_value(text) for name, text in settings["options"].items()}
    return settings


@cli.group()
def campaigns() -> None:
    """Campaigns: create and schedule, pause, copy, stats, delivery logs, bounces."""


listing(
    campaigns,
    "ls",
    calls=("campaigns.list", "campaigns.iter"),
    columns=(("UID", "campaign_uid"), ("NAME", "name"), ("TYPE", "type"), ("STATUS", "status")),
    empty="No campaigns.",
    help="List the campaigns (every page, or the first --limit, or one --page).",
)


showing(campaigns, "campaigns.get", ("campaign_uid",), "Show one campaign, every field.")


@campaigns.command("create", calls=("campaigns.create",))
@_campaign_options(required=True)
def campaigns_create(
    at: str | None, timezone: str | None, dry_run: bool, as_json: bool, **values: Any
) -> None:
    """Create a campaign, sent now or --at a time; prints its uid.

    The content is one of --html FILE, --template UID or --archive FILE.zip; the HTML must hold
    the tags the account requires (a stock server: [UNSUBSCRIBE_URL] and [COMPANY_FULL_ADDRESS]).
    """
    moment = schedule(at, timezone, dry_run, as_json=as_json)
    with client() as c:
        campaign_uid = c.campaigns.create(
            **_campaign_settings(values), send_at=None if moment is None else moment.instant
        )
    data: dict[str, Any] = {"campaign_uid": campaign_uid}
    if moment is not None:
        data["send_at"] = moment.as_json()
    print_result(as_json, data, campaign_uid)


@campaigns.command("update", calls=("campaigns.update",))
@click.argument("campaign_uid")
@_campaign_options(required=False)
def campaigns_update(
    campaign_uid: str, at: str | None, timezone: str | None, dry_run: bool, as_json: bool, **values: Any
) -> None:
    """Change a campaign: only what is given (the time too, with --at)."""
    moment = schedule(at, timezone, dry_run, as_json=as_json)
    with client() as c:
        c.campaigns.update(
            campaign_uid, **_campaign_settings(values), send_at=None if moment is None else moment.instant
        )
    print_result(
        as_json, {"campaign_uid": campaign_uid, "updated": True}, f"Updated campaign {campaign_uid}."
    )


@campaigns.command("copy", calls=("campaigns.copy",))
@click.argument("campaign_uid")
@json_option
def campaigns_copy(campaign_uid: str, as_json: bool) -> None:
    """Copy a campaign; prints the copy's uid."""
    with client() as c:
        copy_uid = c.campaigns.copy(campaign_uid)
    print_result(as_json, {"campaign_uid": copy_uid, "copied_from": campaign_uid}, copy_uid)


_PAUSABLE = ("pending-sending", "sending", "processing")


def _toggle(campaign_uid: str, *, pause: bool, as_json: bool) -> None:
    """Pause or resume through the server's one toggle, after checking it would go the right way."""
    with client() as c:
        status = str(c.campaigns.get(campaign_uid).status)
        if (pause and status == "paused") or (not pause and status in _PAUSABLE):
            new = status  # already so: the toggle would undo it
        elif (pause and status in _PAUSABLE) or (not pause and status == "paused"):
            new = c.campaigns.pause_unpause(campaign_uid)
        else:
            verb = "pause" if pause else "resume"
            raise click.ClickException(f"Campaign {campaign_uid} is {status}: there is nothing to {verb}.")
    print_result(
        as_json,
        {"campaign_uid": campaign_uid, "status": new, "was": status},
        f"Campaign {campaign_uid} is {new}.",
    )


@campaigns.command("pause", calls=("campaigns.pause_unpause",))
@click.argument("campaign_uid")
@json_option
def campaigns_pause(campaign_uid: str, as_json: bool) -> None:
    """Pause a pending or sending campaign (a paused one stays paused)."""
    _toggle(campaign_uid, pause=True, as_json=as_json)


@campaigns.command("unpause", calls=("campaigns.pause_unpause",))
@click.argument("campaign_uid")
@json_option
def campaigns_unpause(campaign_uid: str, as_json: bool) -> None:
    """Resume a paused campaign (one that is not paused is left as it is)."""
    _toggle(campaign_uid, pause=False, as_json=as_json)


@campaigns.command("mark-sent", calls=("campaigns.mark_sent",))
@click.argument("campaign_uid")
@json_option
def campaigns_mark_sent(campaign_uid: str, as_json: bool) -> None:
    """Mark a campaign as sent: it stops sending, for good."""
    with client() as c:
        status = c.campaigns.mark_sent(campaign_uid)
    print_result(
        as_json, {"campaign_uid": campaign_uid, "status": status}, f"Campaign {campaign_uid} is {status}."
    )


deleting(campaigns, "campaigns.delete", ("campaign_uid",), "Delete a campaign.", what="campaign")


@campaigns.command("stats", calls=("campaigns.stats",))
@click.argument("campaign_uid")
@json_option
def campaigns_stats(campaign_uid: str, as_json: bool) -> None:
    """Show a campaign's delivery, open, click, bounce and unsubscribe counts and rates."""
    with client() as c:
        print_record(c.campaigns.stats(campaign_uid), as_json=as_json)


_LOG_COLUMNS = (
    ("EMAIL", "subscriber.email"),
    ("SUBSCRIBER", "subscriber.subscriber_uid"),
    ("STATUS", "status"),
    ("MESSAGE", "message"),
    ("MESSAGE ID", "email_message_id"),
    ("DATE", "date_added"),
)


@campaigns.command("delivery-logs", calls=("campaigns.delivery_logs", "campaigns.iter_delivery_logs"))
@click.argument("campaign_uid")
@paging_options
@click.option(
    "-o", "--output", metavar="FILE.csv", default=None, help="Write them to a CSV file (- for stdout)."
)
@json_option
def campaigns_delivery_logs(
    campaign_uid: str,
    page: int | None,
    per_page: int | None,
    limit: int | None,
    output: str | None,
    as_json: bool,
) -> None:
    """A campaign's delivery logs: to whom it went, and how that went."""
    with client() as c:
        records, got = collect(
            lambda **k: c.campaigns.iter_delivery_logs(campaign_uid, **k),
            lambda **k: c.campaigns.delivery_logs(campaign_uid, **k),
            page=page,
            per_page=per_page,
            limit=limit,
        )
    if output is None:
        print_records(records, _LOG_COLUMNS, empty="No delivery logs.", page=got, as_json=as_json)
        return
    header = [path.split(".")[-1] if path != "subscriber.email" else "email" for _, path in _LOG_COLUMNS]
    count = write_csv(output, header, ([dig(r, path) for _, path in _LOG_COLUMNS] for r in records))
    if as_json:
        print_json({"file": output, "rows": count})
    elif output != "-":
        click.echo(f"Wrote {count} delivery logs to {output}")


@campaigns.command("delivery-log", calls=("campaigns.delivery_log",))
@click.argument("email_message_id")
@json_option
def campaigns_delivery_log(email_message_id: str, as_json: bool) -> None:
    """Show the delivery log of one sent email, by its Message-ID."""
    with client() as c:
        print_record(c.campaigns.delivery_log(email_message_id), as_json=as_json)


listing(
    campaigns,
    "bounces",
    calls=("campaigns.bounces", "campaigns.iter_bounces"),
    arguments=("campaign_uid",),
    columns=(
        ("EMAIL", "subscriber.email"),
        ("TYPE", "bounce_type"),
        ("MESSAGE", "message"),
        ("PROCESSED", "processed"),
    ),
    empty="No bounces.",
    help="A campaign's bounces.",
)


@campaigns.command("bounce", calls=("campaigns.create_bounce",))
@click.argument("campaign_uid")
@click.argument("subscriber_uid")
@click.option(
    "--type",
    "bounce_type",
    type=GeneratedChoice("bounce_type"),
    default=None,
    help="internal (default), soft or hard.",
)
@click.option("--message", default=None, help="What the receiving server said.")
@extra_option
@json_option
def campaigns_bounce(
    campaign_uid: str,
    subscriber_uid: str,
    bounce_type: str | None,
    message: str | None,
    extra: dict[str, str],
    as_json: bool,
) -> None:
    """Record that a subscriber's copy of a campaign bounced (hard: the address is blacklisted)."""
    with client() as c:
        bounce = c.campaigns.create_bounce(
            campaign_uid,
            subscriber_uid=subscriber_uid,
            bounce_type=bounce_type,
            message=message,
            extra=extra or None,
        )
    print_result(as_json, bounce.to_dict(), f"Recorded a {bounce.bounce_type} bounce of {subscriber_uid}.")


listing(
    campaigns,
    "unsubscribes",
    calls=("campaigns.unsubscribes", "campaigns.iter_unsubscribes"),
    arguments=("campaign_uid",),
    columns=(
        ("EMAIL", "subscriber.email"),
        ("REASON", "reason"),
        ("IP", "ip_address"),
        ("DATE", "date_added"),
    ),
    empty="No unsubscribes.",
    help="Who unsubscribed through a campaign.",
)


@campaigns.command("track-click", calls=("campaigns.track_url",))
@click.argument("campaign_uid")
@click.argument("subscriber_uid")
@click.argument("url_hash", metavar="HASH")
@json_option
def campaigns_track_click(campaign_uid: str, subscriber_uid: str, url_hash: str, as_json: bool) -> None:
    """Record a subscriber's click on a campaign link (HASH: SHA-1 of campaign uid + URL)."""
    with client() as c:
        link = c.campaigns.track_url(campaign_uid, subscriber_uid, url_hash)
    print_result(as_json, link.to_dict(), str(link.destination))


@campaigns.command("track-open", calls=("campaigns.track_opening",))
@click.argument("campaign_uid")
@click.argument("subscriber_uid")
@json_option
def campaigns_track_open(campaign_uid: str, subscriber_uid: str, as_json: bool) -> None:
    """Record that a subscriber opened a campaign."""
    with client() as c:
        c.campaigns.track_opening(campaign_uid, subscriber_uid)
    print_result(
        as_json, {"campaign_uid": campaign_uid, "subscriber_uid": subscriber_uid, "opened": True}, "Recorded."
    )


@campaigns.command("track-unsubscribe", calls=("campaigns.track_unsubscribe",))
@click.argument("campaign_uid")
@click.argument("subscriber_uid")
@click.option("--ip-address", default=None, help="Where the unsubscribe came from.")
@click.option("--user-agent", default=None, help="The browser that sent it.")
@click.option("--reason", default=None, help="Why (default: the server's).")
@extra_option
@json_option
def campaigns_track_unsubscribe(
    campaign_uid: str,
    subscriber_uid: str,
    ip_address: str | None,
    user_agent: str | None,
    reason: str | None,
    extra: dict[str, str],
    as_json: bool,
) -> None:
    """Unsubscribe a subscriber through a campaign, recording the campaign as the cause."""
    with client() as c:
        c.campaigns.track_unsubscribe(
            campaign_uid,
            subscriber_uid,
            ip_address=ip_address,
            user_agent=user_agent,
            reason=reason,
            extra=extra or None,
        )
    print_result(
        as_json,
        {"campaign_uid": campaign_uid, "subscriber_uid": subscriber_uid, "unsubscribed": True},
        "Recorded.",
    )


# --- templates --------------------------------------------------------------------------------------


@cli.group()
def templates() -> None:
    """Email templates."""


listing(
    templates,
    "ls",
    calls=("templates.list", "templates.iter"),
    filters=(
        click.option("--name", default=None, help="Only templates whose name contains this (any case)."),
    ),
    columns=(("UID", "template_uid"), ("NAME", "name")),
    empty="No templates.",
    help="List the templates; --json adds their screenshot URLs.",
)


@templates.command("show", calls=("templates.get",))
@click.argument("template_uid")
@click.option("--html", "html_only", is_flag=True, help="Print only the HTML.")
@json_option
def templates_show(template_uid: str, html_only: bool, as_json: bool) -> None:
    """Show a template (its HTML with --html)."""
    with client() as c:
        template = c.templates.get(template_uid)
    if html_only and not as_json:
        click.echo(str(template.content or ""))
    else:
        print_record(template, as_json=as_json)


_TEMPLATE_CONTENT = [
    click.option("--html", type=FILE, default=None, help="An HTML file."),
    click.option("--archive", type=FILE, default=None, help="... or a zip of the HTML and its images."),
    click.option(
        "--inline-css/--no-inline-css",
        default=None,
        help="Whether the server moves CSS into style attributes.",
    ),
    extra_option,
    json_option,
]


@templates.command("create", calls=("templates.create",))
@click.argument("name")
@options(*_TEMPLATE_CONTENT)
def templates_create(
    name: str,
    html: Path | None,
    archive: Path | None,
    inline_css: bool | None,
    extra: dict[str, str],
    as_json: bool,
) -> None:
    """Create a template NAME from an HTML file or a zip; prints its uid."""
    if (html is None) == (archive is None):
        raise click.UsageError("give the content: --html FILE or --archive FILE.zip (one of them)")
    with client() as c:
        template_uid = c.templates.create(
            name, html=html, archive=archive, inline_css=inline_css, extra=extra or None
        )
    print_result(as_json, {"template_uid": template_uid}, template_uid)


@templates.command("update", calls=("templates.update",))
@click.argument("template_uid")
@click.option("--name", default=None, help="A new name.")
@options(*_TEMPLATE_CONTENT)
def templates_update(
    template_uid: str,
    name: str | None,
    html: Path | None,
    archive: Path | None,
    inline_css: bool | None,
    extra: dict[str, str],
    as_json: bool,
) -> None:
    """Change a template's name or content."""
    with client() as c:
        c.templates.update(
            template_uid, name=name, html=html, archive=archive, inline_css=inline_css, extra=extra or None
        )
    print_result(
        as_json, {"template_uid": template_uid, "updated": True}, f"Updated template {template_uid}."
    )


@templates.command("delete", calls=("templates.delete",))
@click.argument("template_uid")
@json_option
def templates_delete(template_uid: str, as_json: bool) -> None:
    """Delete a template."""
    with client() as c:
        c.templates.delete(template_uid)
    print_result(
        as_json, {"template_uid": template_uid, "deleted": True}, f"Deleted template {template_uid}."
    )
