"""The `pakat` command line: the facade's lists, subscribers, campaigns, templates, transactional
email and quota for people (rich tables) and scripts (`--json`), plus the offline sandbox.

    pakat lists ls
    pakat subscribers import LIST_UID people.csv
    pakat sandbox --port 8080
    pakat mcp --read-only          (the API as MCP tools for AI agents; pakat[mcp])

The key comes from `--api-key` or `PAKAT_API_KEY`, the base URL from `--base-url` or
`PAKAT_BASE_URL`. Errors print the server's message on stderr and exit with status 1; no output
ever contains the key. Only click and the standard library load at start-up: rich, the client
and the sandbox load inside the commands that use them, so `pakat --help` answers at once.
"""

from __future__ import annotations

import itertools
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from pakat import Pakat

__all__ = ["cli", "main"]

ENV_API_KEY = "PAKAT_API_KEY"


class GeneratedChoice(click.Choice[str]):
    """One of a closed set of values the generated client holds (`pakat_client.models.MODULE`'s
    `MODULE_VALUES`, such as the subscriber statuses), read when first needed: importing the
    generated client at start-up would slow down every command, `pakat --help` included."""

    def __init__(self, module: str) -> None:
        self._module = module
        self._values: tuple[str, ...] | None = None
        super().__init__(())

    @property
    def choices(self) -> tuple[str, ...]:
        if self._values is None:
            import importlib

            generated = importlib.import_module(f"pakat_client.models.{self._module}")
            self._values = tuple(sorted(getattr(generated, f"{self._module.upper()}_VALUES")))
        return self._values

    @choices.setter
    def choices(self, value: object) -> None:
        pass  # click's own __init__ sets them; they come from the generated client instead


@dataclass
class Options:
    """The global options, shared with every command through the click context."""

    api_key: str | None
    base_url: str | None

    @property
    def secret(self) -> str | None:
        """The key a command would use, to be scrubbed from anything printed."""
        key = self.api_key if self.api_key is not None else os.environ.get(ENV_API_KEY)
        return key if key and key.strip() else None


def _options() -> Options:
    return click.get_current_context().find_object(Options) or Options(None, None)


def error_message(exc: Exception) -> str:
    """One line for an error: the server's own words for API errors, never a traceback."""
    from pakat import APIError, PakatError

    if isinstance(exc, APIError):
        return f"{exc.message} (HTTP {exc.status_code})"
    if isinstance(exc, PakatError | ValueError | TypeError):
        return str(exc)
    if isinstance(exc, OSError):
        return f"{exc.strerror}: {exc.filename}" if exc.strerror and exc.filename else str(exc)
    return f"unexpected {type(exc).__name__}: {exc} (this is a bug in pakat; please report it)"


class _Commands(click.Group):
    """A group that turns any error of a command into `Error: <message>` and exit status 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.ClickException as exc:
            # Usage errors quote the values given; one of them may be the key.
            secret = _secret(ctx)
            if secret and secret in exc.format_message():
                raise _redacted(exc, secret) from None
            raise
        except (click.exceptions.Exit, click.Abort):
            raise
        except Exception as exc:
            from pakat.cli._output import redact

            raise click.ClickException(redact(error_message(exc), _secret(ctx))) from None


def _redacted(original: click.ClickException, secret: str) -> click.ClickException:
    """The same error and exit status, its message without the key."""
    message = original.format_message().replace(secret, "<redacted>")
    if isinstance(original, click.UsageError):
        return click.UsageError(message)
    return click.ClickException(message)


def _secret(ctx: click.Context) -> str | None:
    # The group's callback (which stores the options) runs inside invoke, so look late.
    return (ctx.find_object(Options) or Options(None, None)).secret


def api_key() -> str:
    """The global options' key (else the environment's), or the error that says where to put one."""
    secret = _options().secret
    if secret is None:
        raise click.ClickException(
            f"No API key: set the {ENV_API_KEY} environment variable or pass --api-key "
            "(find the key in your Pakat account under API keys)."
        )
    return secret


def client() -> Pakat:
    """A client with the global options' key and URL (else the environment's)."""
    key = api_key()
    from pakat import Pakat

    return Pakat(api_key=key, base_url=_options().base_url)


def _print_json(data: Any) -> None:
    from pakat.cli._output import print_json

    print_json(data, _options().secret)


def _print_table(columns: tuple[str, ...], rows: Any, *, empty: str = "(none)") -> None:
    from pakat.cli._output import print_table

    print_table(columns, rows, _options().secret, empty=empty)


def _print_record(data: dict[str, Any]) -> None:
    from pakat.cli._output import print_record

    print_record(data, _options().secret)


def _dig(data: dict[str, Any], *keys: str) -> Any:
    for key in keys:
        if not isinstance(data, dict):
            return None
        data = data.get(key)  # type: ignore[assignment]
    return data


json_option = click.option("--json", "as_json", is_flag=True, help="Print the API's JSON instead of a table.")
limit_option = click.option(
    "--limit", type=click.IntRange(min=1), default=None, help="Show at most this many (default: all)."
)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--api-key",
    metavar="KEY",
    default=None,
    help=f"The API key (default: ${ENV_API_KEY}; prefer the variable, options show up in `ps`).",
)
@click.option(
    "--base-url",
    metavar="URL",
    default=None,
    help="The API's base URL (default: $PAKAT_BASE_URL, else Pakat's).",
)
@click.version_option(package_name="pakat", prog_name="pakat")
@click.pass_context
def cli(ctx: click.Context, api_key: str | None, base_url: str | None) -> None:
    """Pakat from the command line.

    Read commands print tables, or the API's JSON with --json. Errors go to stderr with the
    server's message and exit status 1.
    """
    ctx.obj = Options(api_key=api_key, base_url=base_url)


# --- lists ------------------------------------------------------------------------------------------


@cli.group()
def lists() -> None:
    """Mailing lists."""


@lists.command("ls")
@json_option
@limit_option
def lists_ls(as_json: bool, limit: int | None) -> None:
    """List the mailing lists (every page, or the first --limit)."""
    with client() as c:
        records = [item.to_dict() for item in itertools.islice(c.lists.iter(), limit)]
    if as_json:
        _print_json(records)
        return
    _print_table(
        ("UID", "NAME", "FROM NAME", "FROM EMAIL", "DESCRIPTION"),
        (
            (
                _dig(r, "general", "list_uid"),
                _dig(r, "general", "name"),
                _dig(r, "defaults", "from_name"),
                _dig(r, "defaults", "from_email"),
                _dig(r, "general", "description"),
            )
            for r in records
        ),
        empty="No lists.",
    )


@lists.command("show")
@click.argument("list_uid")
@json_option
def lists_show(list_uid: str, as_json: bool) -> None:
    """Show one mailing list, every field."""
    with client() as c:
        record = c.lists.get(list_uid).to_dict()
    if as_json:
        _print_json(record)
    else:
        _print_record(record)


# --- subscribers --------------------------------------------------------------------------------------


@cli.group()
def subscribers() -> None:
    """Subscribers of a list."""


@subscribers.command("ls")
@click.argument("list_uid")
@click.option("--status", type=GeneratedChoice("subscriber_status"), default=None, help="Only this status.")
@json_option
@limit_option
def subscribers_ls(list_uid: str, status: str | None, as_json: bool, limit: int | None) -> None:
    """List a list's subscribers with their custom fields (every page, or the first --limit)."""
    with client() as c:
        people = itertools.islice(c.subscribers.iter(list_uid, status), limit)  # type: ignore[arg-type]
        records = [person.to_dict() for person in people]
    if as_json:
        _print_json(records)
        return
    fixed = ("subscriber_uid", "email", "status", "source", "date_added")
    tags = sorted({key for r in records for key in r if key not in (*fixed, "ip_address", "EMAIL")})
    _print_table(
        ("UID", "EMAIL", "STATUS", "SOURCE", "ADDED", *tags),
        ((*(r.get(key) for key in fixed), *(r.get(tag) for tag in tags)) for r in records),
        empty="No subscribers.",
    )


def _field(value: str) -> tuple[str, str]:
    tag, equals, text = value.partition("=")
    if not equals or not tag.strip():
        raise click.BadParameter(
            f"expected TAG=VALUE, such as FNAME=Ali; got {value!r}", param_hint="--field"
        )
    return tag.strip(), text


@subscribers.command("add")
@click.argument("list_uid")
@click.argument("email")
@click.option("--field", "fields", multiple=True, metavar="TAG=VALUE", help="A custom field (repeatable).")
@click.option(
    "--status",
    # The statuses a create can set: the server ignores any other, so the facade refuses them.
    type=GeneratedChoice("subscriber_create_status"),
    default=None,
    help="The initial status (default: confirmed on a single opt-in list, unconfirmed on a double one).",
)
@json_option
def subscribers_add(
    list_uid: str, email: str, fields: tuple[str, ...], status: str | None, as_json: bool
) -> None:
    """Add EMAIL to a list; prints the new subscriber's uid (or the subscriber, with --json)."""
    tags = dict(_field(value) for value in fields)
    with client() as c:
        subscriber = c.subscribers.create(list_uid, email, fields=tags, status=status)  # type: ignore[arg-type]
    if as_json:
        _print_json(subscriber.to_dict())
    else:
        click.echo(subscriber.subscriber_uid)


@subscribers.command("import")
@click.argument("list_uid")
@click.argument("csv_file", metavar="FILE.csv", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--concurrency", type=click.IntRange(1, 64), default=8, show_default=True, help="Requests at a time."
)
@click.option(
    "--retries",
    type=click.IntRange(0, 20),
    default=5,
    show_default=True,
    help="Rounds of retrying rows that failed for a passing reason (429, API offline) or whose "
    "outcome is unknown (lost answer, 5xx: looked up first, sent only if absent).",
)
def subscribers_import(list_uid: str, csv_file: Path, concurrency: int, retries: int) -> None:
    """Add every row of FILE.csv to a list, exactly once, resuming where an earlier run stopped.

    The header row names the columns by field tag: EMAIL is required, the others are tags such
    as FNAME (case is ignored). Empty values are left out, so the list's defaults apply.

    Progress is kept in FILE.csv.journal: run the same command again after an interruption
    (Ctrl-C, a crash, kill -9) and no row is sent twice. Rows the server refuses, or that cannot
    be sent, are written to FILE.rejected.csv with the reason. Prints a summary; the exit status
    is 1 when any row failed, 130 when interrupted.
    """
    from pakat.cli._import import run_import

    with client() as c:
        status = run_import(
            c, list_uid, csv_file, concurrency=concurrency, retries=retries, secret=_options().secret
        )
    if status:
        raise click.exceptions.Exit(status)


# --- campaigns ---------------------------------------------------------------------------------------


@cli.group()
def campaigns() -> None:
    """Campaigns."""


@campaigns.command("ls")
@json_option
@limit_option
def campaigns_ls(as_json: bool, limit: int | None) -> None:
    """List the campaigns (every page, or the first --limit)."""
    with client() as c:
        records = [item.to_dict() for item in itertools.islice(c.campaigns.iter(), limit)]
    if as_json:
        _print_json(records)
        return
    _print_table(
        ("UID", "NAME", "TYPE", "STATUS"),
        ((r.get("campaign_uid"), r.get("name"), r.get("type"), r.get("status")) for r in records),
        empty="No campaigns.",
    )


@campaigns.command("show")
@click.argument("campaign_uid")
@json_option
def campaigns_show(campaign_uid: str, as_json: bool) -> None:
    """Show one campaign, every field."""
    with client() as c:
        record = c.campaigns.get(campaign_uid).to_dict()
    if as_json:
        _print_json(record)
    else:
        _print_record(record)


@campaigns.command("stats")
@click.argument("campaign_uid")
@json_option
def campaigns_stats(campaign_uid: str, as_json: bool) -> None:
    """Show a campaign's delivery, open, click, bounce and unsubscribe counts and rates."""
    with client() as c:
        record = c.campaigns.stats(campaign_uid).to_dict()
    if as_json:
        _print_json(record)
    else:
        _print_record(record)


# --- templates ---------------------------------------------------------------------------------------


@cli.group()
def templates() -> None:
    """Email templates."""


@templates.command("ls")
@json_option
@limit_option
def templates_ls(as_json: bool, limit: int | None) -> None:
    """List the templates (every page, or the first --limit); --json adds their screenshot URLs."""
    with client() as c:
        records = [item.to_dict() for item in itertools.islice(c.templates.iter(), limit)]
    if as_json:
        _print_json(records)
        return
    _print_table(
        ("UID", "NAME"), ((r.get("template_uid"), r.get("name")) for r in records), empty="No templates."
    )


# --- transactional email, quota ----------------------------------------------------------------------


def _when(ctx: click.Context, param: click.Parameter, value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not an ISO-8601 time; use e.g. 2025-01-15T09:00:00+03:30"
        ) from None
    if moment.tzinfo is None:
        raise click.BadParameter(
            f"{value!r} has no UTC offset; add one, e.g. 2025-01-15T09:00:00+03:30 or ...Z"
        )
    return moment


_FILE = click.Path(exists=True, dir_okay=False, path_type=Path)


@cli.command()
@click.option("--to", "to_email", required=True, metavar="EMAIL", help="The recipient's address.")
@click.option("--to-name", required=True, metavar="NAME", help="The recipient's name.")
@click.option("--from-name", required=True, metavar="NAME", help="The sender's name.")
@click.option(
    "--from-email", default=None, metavar="EMAIL", help="The sender's address, on a verified domain."
)
@click.option("--subject", required=True, help="The subject line.")
@click.option(
    "--html", "html_file", required=True, type=_FILE, metavar="FILE", help="The body: an HTML file."
)
@click.option("--attach", multiple=True, type=_FILE, metavar="FILE", help="A file to attach (up to 3).")
@click.option(
    "--at",
    "send_at",
    callback=_when,
    metavar="WHEN",
    help="Send later: an ISO-8601 time with a UTC offset, such as 2025-01-15T09:00:00+03:30.",
)
def send(
    to_email: str,
    to_name: str,
    from_name: str,
    from_email: str | None,
    subject: str,
    html_file: Path,
    attach: tuple[Path, ...],
    send_at: datetime | None,
) -> None:
    """Send one transactional email (now, or --at a time); prints its uid."""
    with client() as c:
        email_uid = c.transactional_emails.send(
            to_email=to_email,
            to_name=to_name,
            from_name=from_name,
            from_email=from_email,
            subject=subject,
            html=html_file,
            attachments=list(attach) or None,
            send_at=send_at,
        )
    click.echo(email_uid)


@cli.command()
@json_option
def quota(as_json: bool) -> None:
    """Show how much of the sending quota is used."""
    with client() as c:
        usage = c.quota.get()
    if as_json:
        _print_json({"used": usage.used, "allowed": usage.allowed, "percentage": usage.percentage})
        return
    allowed = "unlimited" if usage.allowed is None else usage.allowed
    _print_table(("USED", "ALLOWED", "PERCENTAGE"), [(usage.used, allowed, f"{usage.percentage:g}%")])


# --- MCP ---------------------------------------------------------------------------------------------


def _patterns(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


@cli.command("mcp")
@click.option("--http", "use_http", is_flag=True, help="Serve streamable HTTP at /mcp instead of stdio.")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="The address --http listens on. Anyone who reaches it acts with your key: keep it on loopback.",
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8000,
    show_default=True,
    help="The port --http listens on; 0 for any free one.",
)
@click.option(
    "--read-only",
    is_flag=True,
    help="Serve only the tools that read: nothing is created, changed, deleted or sent.",
)
@click.option(
    "--tools",
    "include",
    multiple=True,
    callback=_patterns,
    metavar="PATTERNS",
    help="Serve only these tools: names or globs, comma-separated or repeated (e.g. 'lists_*,quota_get').",
)
@click.option(
    "--exclude-tools",
    "exclude",
    multiple=True,
    callback=_patterns,
    metavar="PATTERNS",
    help="Do not serve these tools (names or globs, like --tools).",
)
@click.option(
    "--root",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="A folder whose files tools may attach by path (attachments, zip archives). "
    "Without it, tools take file content only, never a path.",
)
@click.option(
    "--list-tools",
    is_flag=True,
    help="Print the tools that would be served, with their safety hints, and exit.",
)
def mcp_command(
    use_http: bool,
    host: str,
    port: int,
    read_only: bool,
    include: tuple[str, ...],
    exclude: tuple[str, ...],
    root: Path | None,
    list_tools: bool,
) -> None:
    """Serve the Pakat API to AI agents as Model Context Protocol tools.

    One tool per API operation, for Claude Desktop, Claude Code, Cursor or any MCP client: add
    the command `pakat mcp` with PAKAT_API_KEY in its environment (see the README). stdio by
    default, where stdout carries protocol messages only; notes go to stderr.
    """
    import importlib.util

    if importlib.util.find_spec("mcp") is None:  # looked up, not imported: the SDK takes a while
        raise click.ClickException("pakat mcp needs the MCP SDK: pip install 'pakat[mcp]'")
    key = "" if list_tools else api_key()  # a missing key fails before the SDK loads
    from pakat.mcp import Catalogue

    catalogue = Catalogue(root=root, read_only=read_only, include=include, exclude=exclude)
    if include or exclude or list_tools:
        try:
            served = catalogue.served  # a pattern that matches nothing is a typo: say so now
        except ValueError as exc:
            raise click.UsageError(str(exc)) from None
        if list_tools:
            for tool in served.values():
                click.echo(f"{tool.name:<40} {tool.hints}")
            return
    from pakat.mcp._cli import serve

    serve(catalogue, key, _options().base_url, http=(host, port) if use_http else None)


# --- the sandbox -------------------------------------------------------------------------------------


class _SandboxLimit(click.Option):
    """An option for one of the sandbox's own limits (pakat.testing._limits.Limits): its default
    is the sandbox's, read only when the command runs or shows its help, so that `pakat --help`
    loads no sandbox code."""

    def get_default(self, ctx: click.Context, call: bool = True) -> Any:
        from pakat.testing._limits import Limits

        return getattr(Limits, self.name or "")


@cli.command()
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8080,
    show_default=True,
    help="The port; 0 for any free one.",
)
@click.option(
    "--path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="An SQLite file to keep the state in (default: in memory, gone when stopped).",
)
@click.option(
    "--language",
    type=click.Choice(["en", "fa"]),
    default="en",
    show_default=True,
    help="The account's language: fa answers the messages Pakat translates in Persian.",
)
@click.option(
    "--per-page-max",
    type=click.IntRange(10),
    default=50,
    show_default=True,
    help="The largest page collections make (50 as MailWizz 2.1.13; 1000 as 2.3.6 and later).",
)
@click.option(
    "--max-connections",
    cls=_SandboxLimit,
    type=click.IntRange(1),
    show_default=True,
    help="Connections served at once; more wait to be accepted.",
)
@click.option(
    "--max-body-size",
    cls=_SandboxLimit,
    type=click.IntRange(1),
    show_default=True,
    help="The largest request body, in bytes; a larger one is answered 413.",
)
@click.option(
    "--max-body-memory",
    cls=_SandboxLimit,
    type=click.IntRange(1),
    show_default=True,
    help="Bytes of request bodies held at once, at least --max-body-size; more wait for room.",
)
def sandbox(
    port: int,
    path: Path | None,
    language: str,
    per_page_max: int,
    max_connections: int,
    max_body_size: int,
    max_body_memory: int,
) -> None:
    """Run an offline Pakat on this machine until Ctrl-C; prints its URL and key.

    It answers every API call the way Pakat does and sends nothing. Point any client at it
    with the two `export` lines it prints. With --path the state and key survive a restart.
    The --max-* limits are the sandbox's own protections against hostile clients, as a front
    server's would be, not Pakat's behaviour.
    """
    import threading

    from pakat.testing import Sandbox

    try:  # Its own key, never --api-key or PAKAT_API_KEY, which may be a real account's.
        sb = Sandbox(
            path,
            port=port,
            language=language,
            per_page_max=per_page_max,
            max_connections=max_connections,
            max_body_size=max_body_size,
            max_body_memory=max_body_memory,
        )
    except ValueError as exc:  # limits that do not fit together
        raise click.UsageError(str(exc)) from None
    with sb:
        click.echo(f"Pakat sandbox listening on {sb.url}")
        click.echo(f"export PAKAT_BASE_URL={sb.url}")
        click.echo(f"export PAKAT_API_KEY={sb.api_key}")
        click.echo("Press Ctrl-C to stop.")
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            click.echo("stopped")


def main() -> None:
    """The `pakat` console script."""
    cli(prog_name="pakat")
