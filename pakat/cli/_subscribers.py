"""`pakat subscribers`: a list's subscribers, one at a time or from and to CSV files."""

from __future__ import annotations

import csv
import itertools
import sys
from pathlib import Path
from typing import Any, Literal

import click

from pakat.cli._app import (
    GeneratedChoice,
    cli,
    client,
    deleting,
    json_option,
    key_values,
    listing,
    print_json,
    print_record,
    print_records,
    print_result,
    secret,
    showing,
)
from pakat.cli._lists import extra_option

__all__ = ["subscribers", "write_csv"]

# What a subscriber record holds besides its custom fields (by tag, in capitals).
_DETAILS = ("subscriber_uid", "email", "status", "source", "ip_address", "date_added")
_CSV = click.Path(exists=True, dir_okay=False, path_type=Path)

field_option = click.option(
    "--field",
    "fields",
    multiple=True,
    metavar="TAG=VALUE",
    callback=key_values("--field", "FNAME=Ali"),
    help="A custom field's value (repeatable).",
)


def write_csv(output: str, header: list[str], rows: Any) -> int:
    """Rows as CSV into `output` (a path, or - for stdout); returns how many rows. A file is
    written as UTF-8 with a byte order mark, so spreadsheets read Persian text right."""
    if output == "-":
        return _write_rows(sys.stdout, header, rows)
    with open(output, "w", encoding="utf-8-sig", newline="") as stream:
        return _write_rows(stream, header, rows)


def _write_rows(stream: Any, header: list[str], rows: Any) -> int:
    from pakat.cli._output import cell, redact

    writer = csv.writer(stream)
    writer.writerow(header)
    count = 0
    for row in rows:
        writer.writerow([redact(cell(value), secret()) for value in row])
        count += 1
    return count


def _columns(records: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """A subscriber table's columns: fixed details, then the custom field tags (sorted)."""
    fixed = [
        ("UID", "subscriber_uid"),
        ("EMAIL", "email"),
        ("STATUS", "status"),
        ("SOURCE", "source"),
        ("ADDED", "date_added"),
    ]
    tags = sorted({key for r in records for key in r if key not in (*_DETAILS, "EMAIL")})
    return [*fixed, *((tag, tag) for tag in tags)]


@cli.group()
def subscribers() -> None:
    """Subscribers of a list."""


subscribers_ls = listing(
    subscribers,
    "ls",
    calls=("subscribers.list", "subscribers.iter"),
    arguments=("list_uid",),
    filters=(
        click.option(
            "--status", type=GeneratedChoice("subscriber_status"), default=None, help="Only this status."
        ),
    ),
    columns=_columns,
    empty="No subscribers.",
    help="List a list's subscribers with their custom fields (every page, or the first --limit).",
)


showing(
    subscribers,
    "subscribers.get",
    ("list_uid", "subscriber_uid"),
    "Show one subscriber with its custom fields.",
)


@subscribers.command("add", calls=("subscribers.create",))
@click.argument("list_uid")
@click.argument("email")
@field_option
@click.option(
    "--status",
    type=GeneratedChoice("subscriber_create_status"),
    default=None,
    help="The initial status (default: confirmed on a single opt-in list, unconfirmed on a double one).",
)
@click.option("--source", default=None, help="Where the subscriber came from: api (default), import or web.")
@click.option("--ip-address", default=None, help="The address the subscriber signed up from.")
@extra_option
@json_option
def subscribers_add(
    list_uid: str,
    email: str,
    fields: dict[str, str],
    status: str | None,
    source: str | None,
    ip_address: str | None,
    extra: dict[str, str],
    as_json: bool,
) -> None:
    """Add EMAIL to a list; prints the new subscriber's uid (or the subscriber, with --json)."""
    with client() as c:
        subscriber = c.subscribers.create(
            list_uid,
            email,
            fields=fields,
            status=status,  # type: ignore[arg-type]
            source=source,  # type: ignore[arg-type]
            ip_address=ip_address,
            extra=extra or None,
        )
    print_result(as_json, subscriber.to_dict(), str(subscriber.subscriber_uid))


@subscribers.command("update", calls=("subscribers.update",))
@click.argument("list_uid")
@click.argument("subscriber_uid")
@click.option("--email", default=None, help="A new address.")
@field_option
@click.option(
    "--status", type=GeneratedChoice("subscriber_update_status"), default=None, help="A new status."
)
@click.option("--source", default=None, help="api, import or web.")
@click.option("--ip-address", default=None, help="The subscriber's IP address.")
@extra_option
@json_option
def subscribers_update(
    list_uid: str,
    subscriber_uid: str,
    email: str | None,
    fields: dict[str, str],
    status: str | None,
    source: str | None,
    ip_address: str | None,
    extra: dict[str, str],
    as_json: bool,
) -> None:
    """Change a subscriber: only what is given (the server asks for every required field)."""
    with client() as c:
        subscriber = c.subscribers.update(
            list_uid,
            subscriber_uid,
            email=email,
            fields=fields or None,
            status=status,  # type: ignore[arg-type]
            source=source,  # type: ignore[arg-type]
            ip_address=ip_address,
            extra=extra or None,
        )
    data = (
        subscriber.to_dict()
        if subscriber is not None
        else {"subscriber_uid": subscriber_uid, "updated": True}
    )
    print_result(as_json, data, f"Updated subscriber {subscriber_uid}.")


@subscribers.command("upsert", calls=("subscribers.upsert",))
@click.argument("list_uid")
@click.argument("email")
@field_option
@click.option(
    "--status", type=GeneratedChoice("subscriber_update_status"), default=None, help="The status to set."
)
@extra_option
@json_option
def subscribers_upsert(
    list_uid: str,
    email: str,
    fields: dict[str, str],
    status: str | None,
    extra: dict[str, str],
    as_json: bool,
) -> None:
    """Update the list's subscriber with address EMAIL, or add one; prints its uid."""
    with client() as c:
        subscriber = c.subscribers.upsert(
            list_uid,
            email,
            fields=fields or None,
            status=status,  # type: ignore[arg-type]
            extra=extra or None,
        )
    print_result(as_json, subscriber.to_dict(), str(subscriber.subscriber_uid))


@subscribers.command("find", calls=("subscribers.find_by_email",))
@click.argument("list_uid")
@click.argument("email")
@json_option
def subscribers_find(list_uid: str, email: str, as_json: bool) -> None:
    """Find the subscriber with address EMAIL on a list; exit status 1 when there is none."""
    with client() as c:
        found = c.subscribers.find_by_email(list_uid, email)
    if found is None:
        if as_json:
            print_json(None)
        raise click.ClickException(f"{email} is not on list {list_uid}.")
    print_record(found, as_json=as_json)


@subscribers.command(
    "find-everywhere",
    calls=("subscribers.find_by_email_in_all_lists", "subscribers.iter_find_by_email_in_all_lists"),
)
@click.argument("email")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Show at most this many.")
@json_option
def subscribers_find_everywhere(email: str, limit: int | None, as_json: bool) -> None:
    """Find address EMAIL on every list of the account (one subscriber per list)."""
    from pakat._json import to_json

    with client() as c:
        if limit is None:
            found = c.subscribers.find_by_email_in_all_lists(email)
        else:
            found = list(itertools.islice(c.subscribers.iter_find_by_email_in_all_lists(email), limit))
        records = to_json(found)
    print_records(
        records,
        (
            ("LIST", "list.list_uid"),
            ("LIST NAME", "list.name"),
            ("UID", "subscriber_uid"),
            ("STATUS", "status"),
        ),
        empty=f"{email} is on no list.",
        as_json=as_json,
    )


@subscribers.command("search", calls=("subscribers.search_by_custom_fields",))
@click.argument("list_uid")
@click.argument("field", metavar="TAG=VALUE", callback=lambda ctx, param, value: _one_field(value))
@click.option("--page", type=click.IntRange(min=1), default=1, show_default=True, help="The page.")
@click.option(
    "--per-page", type=click.IntRange(10, 50), default=10, show_default=True, help="Records a page."
)
@json_option
def subscribers_search(list_uid: str, field: dict[str, str], page: int, per_page: int, as_json: bool) -> None:
    """One page of a list's subscribers whose custom field TAG equals VALUE (case ignored)."""
    with client() as c:
        got = c.subscribers.search_by_custom_fields(list_uid, field, page=page, per_page=per_page)
    from pakat._json import to_json

    records = [to_json(item) for item in got.items]
    print_records(
        records,
        _columns(records),
        empty="No subscribers match.",
        page=got,
        as_json=as_json,
    )


def _one_field(value: str) -> dict[str, str]:
    tag, equals, text = value.partition("=")
    if not equals or not tag.strip():
        raise click.BadParameter(f"expected TAG=VALUE, such as CITY=tehran; got {value!r}")
    return {tag.strip(): text}


@subscribers.command("unsubscribe", calls=("subscribers.unsubscribe",))
@click.argument("list_uid")
@click.argument("subscriber_uid")
@json_option
def subscribers_unsubscribe(list_uid: str, subscriber_uid: str, as_json: bool) -> None:
    """Unsubscribe one subscriber from a list (it stays on the list, unsubscribed)."""
    with client() as c:
        c.subscribers.unsubscribe(list_uid, subscriber_uid)
    print_result(
        as_json, {"subscriber_uid": subscriber_uid, "unsubscribed": True}, f"Unsubscribed {subscriber_uid}."
    )


@subscribers.command("unsubscribe-everywhere", calls=("subscribers.unsubscribe_from_all_lists",))
@click.argument("email")
@extra_option
@json_option
def subscribers_unsubscribe_everywhere(email: str, extra: dict[str, str], as_json: bool) -> None:
    """Unsubscribe address EMAIL from every list of the account."""
    with client() as c:
        c.subscribers.unsubscribe_from_all_lists(email, extra=extra or None)
    print_result(as_json, {"email": email, "unsubscribed": True}, f"Unsubscribed {email} from every list.")


deleting(
    subscribers,
    "subscribers.delete",
    ("list_uid", "subscriber_uid"),
    "Delete a subscriber from a list.",
    what="subscriber",
)


class _Concurrency(click.ParamType):  # type: ignore[type-arg]
    """`auto` or a whole number from 1 to 64."""

    name = "auto|1-64"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> int | str:
        if value == "auto" or isinstance(value, int):
            return value
        try:
            number = int(str(value))
        except ValueError:
            number = 0
        if not 1 <= number <= 64:
            self.fail(f"{value!r} is neither auto nor a whole number from 1 to 64", param, ctx)
        return number


_CONCURRENCY = _Concurrency()


@subscribers.command("import", calls=("subscribers.bulk_create",))
@click.argument("list_uid")
@click.argument("csv_file", metavar="FILE.csv", type=_CSV)
@click.option(
    "--concurrency",
    type=_CONCURRENCY,
    default="auto",
    show_default=True,
    help="Requests at a time: auto (the adaptive limiter finds what the server allows) or a number.",
)
@click.option(
    "--max-concurrency",
    type=click.IntRange(1, 64),
    default=64,
    show_default=True,
    help="The most requests at a time the adaptive limiter may choose.",
)
@click.option(
    "--retries",
    type=click.IntRange(0, 20),
    default=5,
    show_default=True,
    help="Rounds of retrying rows that failed for a passing reason (429, API offline) or whose "
    "outcome is unknown (lost answer, 5xx: looked up first, sent only if absent).",
)
@json_option
def subscribers_import(
    list_uid: str,
    csv_file: Path,
    concurrency: int | Literal["auto"],
    max_concurrency: int,
    retries: int,
    as_json: bool,
) -> None:
    """Add every row of FILE.csv to a list, exactly once, resuming where an earlier run stopped.

    The header row names the columns by field tag: EMAIL is required, the others are tags such
    as FNAME (case is ignored). Empty values are left out, so the list's defaults apply.

    Progress is kept in FILE.csv.journal: run the same command again after an interruption
    (Ctrl-C, a crash, kill -9) and no row is sent twice. How many requests go at a time is the
    adaptive limiter's choice unless --concurrency sets it: it finds the server's limits, rate
    limits included, and the progress line shows what it chose and how many answers were 429.
    Rows the server refuses, or that cannot
    be sent, are written to FILE.rejected.csv with the reason. Prints a summary (with --json, as
    JSON); the exit status is 1 when any row failed, 130 when interrupted.
    """
    from pakat.cli._import import run_import

    with client() as c:
        status = run_import(
            c,
            list_uid,
            csv_file,
            concurrency=concurrency,
            max_concurrency=max_concurrency,
            retries=retries,
            secret=secret(),
            as_json=as_json,
        )
    if status:
        raise click.exceptions.Exit(status)


@subscribers.command("add-batch", calls=("subscribers.create_batch",))
@click.argument("list_uid")
@click.argument("csv_file", metavar="FILE.csv", type=_CSV)
@json_option
def subscribers_add_batch(list_uid: str, csv_file: Path, as_json: bool) -> None:
    """Add up to 10,000 rows of FILE.csv to a list in ONE request (MailWizz's bulk route).

    Faster than `import` for a file that fits, but all or nothing on the wire: a lost answer
    leaves the whole batch unknown, and there is no journal to resume from. Then nothing is sent
    again: once the list stops growing, each row is looked up, and those the list does not hold
    are listed (exit status 1). Prints the counts.
    """
    from pakat import OutcomeUnknownError
    from pakat.cli._app import error_message
    from pakat.cli._import import read_csv, settle_lost_batch

    source = read_csv(csv_file)
    refused = [row for row in source.rows if row.problem]
    if refused:
        raise click.ClickException(f"{csv_file}: row {refused[0].number}: {refused[0].problem}")
    with client() as c:
        try:
            result = c.subscribers.create_batch(list_uid, [row.fields for row in source.rows])
        except OutcomeUnknownError as exc:
            click.echo(
                f"{error_message(exc)}. The server may have added some or all rows: nothing is sent again; "
                "looking each row up once the list stops growing.",
                err=True,
            )
            found, absent = settle_lost_batch(c, list_uid, [row.email for row in source.rows])
            lost = {"outcome_unknown": True, "on_the_list": len(found), "absent": absent}
            if as_json:
                print_json(lost)
            else:
                click.echo(f"{len(found)} on the list (added now or before), {len(absent)} absent")
                for email in absent:
                    click.echo(f"absent: {email} (not added: send it again)", err=True)
            raise click.exceptions.Exit(1 if absent else 0) from None
    summary = {
        "created": len(result.created),
        "existing": len(result.existing),
        "failed": [{"row": f.index + 2, "email": f.email, "reason": f.reason} for f in result.failed],
    }
    if as_json:
        print_json(summary)
    else:
        click.echo(
            f"{summary['created']} created, {summary['existing']} already on the list, {len(result.failed)} failed"
        )
        for failure in result.failed:
            click.echo(f"row {failure.index + 2} ({failure.email}): {failure.reason}", err=True)
    if result.failed:
        raise click.exceptions.Exit(1)


@subscribers.command("export", calls=("subscribers.iter",))
@click.argument("list_uid")
@click.option("--status", type=GeneratedChoice("subscriber_status"), default=None, help="Only this status.")
@click.option(
    "-o", "--output", default="-", metavar="FILE.csv", show_default=True, help="Where to write (- is stdout)."
)
@json_option
def subscribers_export(list_uid: str, status: str | None, output: str, as_json: bool) -> None:
    """Write a list's subscribers to CSV: EMAIL, the custom fields by tag, then the details.

    The columns up to the details are what `pakat subscribers import` reads back. With --json
    (and --output FILE), prints where and how many instead of nothing.
    """
    if as_json and output == "-":
        raise click.UsageError("--json prints a summary: give --output FILE.csv for the rows")
    from pakat._json import to_json

    with client() as c:
        records = [to_json(person) for person in c.subscribers.iter(list_uid, status)]  # type: ignore[arg-type]
    tags = list(dict.fromkeys(key for r in records for key in r if key not in (*_DETAILS, "EMAIL")))
    header = ["EMAIL", *tags, *(d for d in _DETAILS if d != "email")]
    count = write_csv(
        output,
        header,
        (
            [
                r.get("EMAIL") or r.get("email"),
                *(r.get(t) for t in tags),
                *(r.get(d) for d in header[1 + len(tags) :]),
            ]
            for r in records
        ),
    )
    if as_json:
        print_json({"file": output, "rows": count})
    elif output != "-":
        click.echo(f"Wrote {count} subscribers to {output}")
