"""`pakat transactional` (and `pakat send`): one-to-one emails such as receipts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from pakat.cli._app import (
    cli,
    client,
    deleting,
    json_option,
    key_values,
    listing,
    print_result,
    showing,
)
from pakat.cli._campaigns import FILE, at_options, schedule
from pakat.cli._lists import extra_option

__all__ = ["transactional"]


@cli.group()
def transactional() -> None:
    """Transactional emails: send one, list them, show one, delete one."""


@transactional.command("send", calls=("transactional_emails.send",))
@click.option("--to", "to_email", required=True, metavar="EMAIL", help="The recipient's address.")
@click.option("--to-name", required=True, metavar="NAME", help="The recipient's name.")
@click.option("--from-name", required=True, metavar="NAME", help="The sender's name.")
@click.option(
    "--from-email", default=None, metavar="EMAIL", help="The sender's address, on a verified domain."
)
@click.option("--reply-to-name", default=None, metavar="NAME", help="Who replies go to.")
@click.option("--reply-to-email", default=None, metavar="EMAIL", help="Where replies go.")
@click.option("--subject", required=True, help="The subject line.")
@click.option("--html", "html_file", type=FILE, metavar="FILE", default=None, help="The body: an HTML file.")
@click.option("--template", "template_uid", metavar="TEMPLATE_UID", default=None, help="... or a template.")
@click.option(
    "--param",
    "params",
    metavar="KEY=VALUE",
    multiple=True,
    callback=key_values("--param", "name=Ali"),
    help="Fills {{ params.KEY }} of the template (repeatable).",
)
@click.option(
    "--contact",
    metavar="KEY=VALUE",
    multiple=True,
    callback=key_values("--contact", "city=Tehran"),
    help="Fills {{ contact.KEY }} (repeatable).",
)
@click.option("--plain-text", type=FILE, metavar="FILE", default=None, help="The text version.")
@click.option("--attach", multiple=True, type=FILE, metavar="FILE", help="A file to attach (up to 3).")
@extra_option
@at_options("the email")
@json_option
def transactional_send(
    to_email: str,
    to_name: str,
    from_name: str,
    from_email: str | None,
    reply_to_name: str | None,
    reply_to_email: str | None,
    subject: str,
    html_file: Path | None,
    template_uid: str | None,
    params: dict[str, str],
    contact: dict[str, str],
    plain_text: Path | None,
    attach: tuple[Path, ...],
    extra: dict[str, str],
    at: str | None,
    timezone: str | None,
    dry_run: bool,
    as_json: bool,
) -> None:
    """Send one transactional email (now, or --at a time); prints its uid."""
    if (html_file is None) == (template_uid is None):
        raise click.UsageError("give the body: --html FILE or --template UID (one of them)")
    moment = schedule(at, timezone, dry_run, as_json=as_json)
    with client() as c:
        email_uid = c.transactional_emails.send(
            to_email=to_email,
            to_name=to_name,
            from_name=from_name,
            from_email=from_email,
            reply_to_name=reply_to_name,
            reply_to_email=reply_to_email,
            subject=subject,
            html=html_file,
            template_uid=template_uid,
            params=params or None,
            contact=contact or None,
            plain_text=plain_text,
            attachments=list(attach) or None,
            send_at=None if moment is None else moment.instant,
            extra=extra or None,
        )
    data: dict[str, Any] = {"email_uid": email_uid}
    if moment is not None:
        data["send_at"] = moment.as_json()
    print_result(as_json, data, email_uid)


cli.add_command(transactional_send, "send")  # the short name of what is done most


listing(
    transactional,
    "ls",
    calls=("transactional_emails.list", "transactional_emails.iter"),
    columns=(
        ("UID", "email_uid"),
        ("TO", "to_email"),
        ("SUBJECT", "subject"),
        ("STATUS", "status"),
        ("SEND AT (UTC)", "send_at"),
    ),
    empty="No transactional emails.",
    help="List the transactional emails, newest first.",
)


showing(
    transactional,
    "transactional_emails.get",
    ("email_uid",),
    "Show one transactional email: its status, times and body.",
)


deleting(
    transactional,
    "transactional_emails.delete",
    ("email_uid",),
    "Delete a transactional email (one not sent yet is not sent).",
    what="email",
)
