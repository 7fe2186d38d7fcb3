"""`pakat lists`: mailing lists (ls, show, create, update, copy, delete)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

from pakat.cli._app import (
    GeneratedChoice,
    cli,
    client,
    deleting,
    json_option,
    key_values,
    listing,
    options,
    print_record,
    print_result,
)

__all__ = ["extra_option", "lists"]

extra_option = click.option(
    "--extra",
    metavar="NAME=VALUE",
    multiple=True,
    callback=key_values("--extra", "'general[new_setting]=yes'"),
    help="A raw wire field the server knows and this command does not (repeatable).",
)
_OPT = GeneratedChoice("list_opt_in")


def _list_options(required: bool) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The list's settings: required for create, each optional for update."""
    what = " (required)" if required else ""
    return options(
        click.option("--name", required=required, help=f"The list's name{what}."),
        click.option("--description", required=required, help=f"What the list is for{what}."),
        click.option("--from-name", required=required, help=f"The campaigns' default sender name{what}."),
        click.option("--from-email", required=required, help=f"The campaigns' default sender address{what}."),
        click.option("--reply-to", required=required, help=f"The campaigns' default reply-to address{what}."),
        click.option("--subject", default=None, help="The campaigns' default subject."),
        click.option(
            "--opt-in",
            type=_OPT,
            default=None,
            help="double (the server's default): subscribers added are unconfirmed until they confirm.",
        ),
        click.option("--opt-out", type=_OPT, default=None, help="single (the server's default) or double."),
        click.option(
            "--notify-subscribe/--no-notify-subscribe", default=None, help="Email on each new subscriber."
        ),
        click.option(
            "--notify-unsubscribe/--no-notify-unsubscribe", default=None, help="Email on each unsubscribe."
        ),
        click.option("--notify-subscribe-to", metavar="EMAILS", default=None, help="Who gets those emails."),
        click.option(
            "--notify-unsubscribe-to", metavar="EMAILS", default=None, help="Who gets those emails."
        ),
        click.option(
            "--company",
            metavar="FIELD=VALUE",
            multiple=True,
            callback=key_values("--company", "name=ACME"),
            help="A company field of the footer, such as name=... or city=... (repeatable; "
            "default: the account's company).",
        ),
        extra_option,
        json_option,
    )


def _settings(values: dict[str, Any]) -> dict[str, Any]:
    settings = {key: value for key, value in values.items() if value is not None}
    for key in ("company", "extra"):
        if not settings.get(key):
            settings.pop(key, None)
    return settings


@cli.group()
def lists() -> None:
    """Mailing lists."""


listing(
    lists,
    "ls",
    calls=("lists.list", "lists.iter"),
    columns=(
        ("UID", "general.list_uid"),
        ("NAME", "general.name"),
        ("FROM NAME", "defaults.from_name"),
        ("FROM EMAIL", "defaults.from_email"),
        ("DESCRIPTION", "general.description"),
    ),
    empty="No lists.",
    help="List the mailing lists (every page, or the first --limit, or one --page).",
)


@lists.command("show", calls=("lists.get",))
@click.argument("list_uid")
@json_option
def lists_show(list_uid: str, as_json: bool) -> None:
    """Show one mailing list, every field."""
    with client() as c:
        print_record(c.lists.get(list_uid), as_json=as_json)


@lists.command("create", calls=("lists.create",))
@_list_options(required=True)
def lists_create(as_json: bool, **values: Any) -> None:
    """Create a mailing list; prints its uid."""
    with client() as c:
        list_uid = c.lists.create(**_settings(values))
    print_result(as_json, {"list_uid": list_uid}, list_uid)


@lists.command("update", calls=("lists.update",))
@click.argument("list_uid")
@_list_options(required=False)
def lists_update(list_uid: str, as_json: bool, **values: Any) -> None:
    """Change a mailing list's settings: only those given."""
    with client() as c:
        c.lists.update(list_uid, **_settings(values))
    print_result(as_json, {"list_uid": list_uid, "updated": True}, f"Updated list {list_uid}.")


@lists.command("copy", calls=("lists.copy",))
@click.argument("list_uid")
@json_option
def lists_copy(list_uid: str, as_json: bool) -> None:
    """Copy a mailing list; prints the copy's uid."""
    with client() as c:
        copy_uid = c.lists.copy(list_uid)
    print_result(as_json, {"list_uid": copy_uid, "copied_from": list_uid}, copy_uid)


deleting(lists, "lists.delete", ("list_uid",), "Delete a mailing list and its subscribers.", what="list")
