"""The root `pakat` group and what every command shares: global options, the client, errors, output.

Only click, the standard library and `pakat`'s own light modules load here: rich, the client,
the sandbox and jdatetime load inside the commands that use them, so `pakat --help` answers at once.
"""

from __future__ import annotations

import itertools
import os
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from pakat import Pakat
    from pakat.pagination import Page

__all__ = [
    "ENV_API_KEY",
    "GeneratedChoice",
    "Options",
    "api_key",
    "cli",
    "client",
    "current_options",
    "deleting",
    "error_message",
    "json_option",
    "key_values",
    "listing",
    "options",
    "paging_options",
    "print_json",
    "print_record",
    "print_records",
    "print_result",
    "showing",
]

ENV_API_KEY = "PAKAT_API_KEY"
F = TypeVar("F", bound=Callable[..., Any])


@dataclass
class Options:
    """The global options, shared with every command through the click context."""

    api_key: str | None = None
    base_url: str | None = None
    allow_insecure_http: bool | None = None  # None: $PAKAT_ALLOW_INSECURE_HTTP decides

    @property
    def secret(self) -> str | None:
        """The key a command would use, to be scrubbed from anything printed."""
        key = self.api_key if self.api_key is not None else os.environ.get(ENV_API_KEY)
        return key if key and key.strip() else None


class GeneratedChoice(click.Choice[str]):
    """One of a closed set of values the generated client holds (`pakat_client.models.MODULE`'s
    `MODULE_VALUES`, such as the subscriber statuses), read when first needed: importing the
    generated client while the command tree loads would slow down every command."""

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


def current_options() -> Options:
    return click.get_current_context().find_object(Options) or Options()


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


# --- global options, accepted before the command and after it ---------------------------------------

_API_KEY_HELP = f"The API key (default: ${ENV_API_KEY}; prefer the variable, options show up in `ps`)."
_BASE_URL_HELP = "The API's base URL (default: $PAKAT_BASE_URL, else Pakat's)."
_INSECURE_HELP = (
    "Allow plain http:// to another machine, such as a sandbox in a CI service or docker compose "
    "(or set PAKAT_ALLOW_INSECURE_HTTP=1): the key then travels unencrypted."
)


def _set_global(ctx: click.Context, param: click.Parameter, value: Any) -> None:
    if value is not None:
        options = ctx.find_object(Options)
        if options is not None:
            setattr(options, param.name or "", value)


def _global_options() -> list[click.Parameter]:
    """The global options again, for a command's own parameters (`pakat quota --api-key K`)."""
    return [
        click.Option(
            ["--api-key"],
            metavar="KEY",
            default=None,
            expose_value=False,
            callback=_set_global,
            help=_API_KEY_HELP,
        ),
        click.Option(
            ["--base-url"],
            metavar="URL",
            default=None,
            expose_value=False,
            callback=_set_global,
            help=_BASE_URL_HELP,
        ),
        click.Option(
            ["--allow-insecure-http"],
            is_flag=True,
            default=None,
            expose_value=False,
            callback=_set_global,
            help=_INSECURE_HELP,
        ),
    ]


class Command(click.Command):
    """A command that takes the global options after its name too, and says which facade methods
    it calls (`calls`, such as ``("lists.create",)``): a test holds every public method of the
    facade to a command."""

    def __init__(self, *args: Any, calls: Sequence[str] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.calls = tuple(calls)
        self.params.extend(_global_options())


class Group(click.Group):
    """A group whose commands take the global options too, and whose errors are one line.

    Any error of a command becomes `Error: <message>` and exit status 1, without the key.
    """

    command_class = Command
    group_class = type  # subgroups are Groups too

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
    return (ctx.find_object(Options) or Options()).secret


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--api-key", metavar="KEY", default=None, help=_API_KEY_HELP)
@click.option("--base-url", metavar="URL", default=None, help=_BASE_URL_HELP)
@click.option("--allow-insecure-http", is_flag=True, default=None, help=_INSECURE_HELP)
@click.version_option(package_name="pakat", prog_name="pakat")
@click.pass_context
def cli(
    ctx: click.Context, api_key: str | None, base_url: str | None, allow_insecure_http: bool | None
) -> None:
    """Pakat from the command line: every area of the API, for people and for scripts.

    Commands print tables, or JSON with --json (every command takes it). Errors go to stderr
    with the server's message and exit status 1; no output ever contains the key. The global
    options may also come after the command: `pakat lists ls --api-key KEY`. Try it offline
    with `pakat sandbox` and the two `export` lines it prints.
    """
    ctx.obj = Options(api_key=api_key, base_url=base_url, allow_insecure_http=allow_insecure_http)


# --- the client -------------------------------------------------------------------------------------


def api_key() -> str:
    """The global options' key (else the environment's), or the error that says where to put one."""
    secret = current_options().secret
    if secret is None:
        raise click.ClickException(
            f"No API key: set the {ENV_API_KEY} environment variable or pass --api-key "
            "(find the key in your Pakat account under API keys)."
        )
    return secret


def client() -> Pakat:
    """A client with the global options' key and URL (else the environment's)."""
    key = api_key()
    from pakat import InsecureHTTPWarning, Pakat

    options = current_options()
    with warnings.catch_warnings(record=True) as said:
        warnings.simplefilter("always", InsecureHTTPWarning)
        made = Pakat(api_key=key, base_url=options.base_url, allow_insecure_http=options.allow_insecure_http)
    for warning in said:  # one plain line on stderr, not Python's warning with its source line
        click.echo(f"Warning: {warning.message}", err=True)
    return made


def secret() -> str | None:
    """The key in use, to scrub from what a command prints."""
    return current_options().secret


# --- parsing ----------------------------------------------------------------------------------------


def key_values(
    option: str, example: str
) -> Callable[[click.Context, click.Parameter, tuple[str, ...]], dict[str, str]]:
    """A callback reading repeated `KEY=VALUE` options into a dict (the value may hold `=`)."""

    def parse(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> dict[str, str]:
        pairs: dict[str, str] = {}
        for value in values:
            key, equals, text = value.partition("=")
            if not equals or not key.strip():
                raise click.BadParameter(
                    f"expected {param.metavar or 'KEY=VALUE'}, such as {example}; got {value!r}",
                    param_hint=option,
                )
            pairs[key.strip()] = text
        return pairs

    return parse


json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")


def options(*decorators: Callable[[F], F]) -> Callable[[F], F]:
    """Several click options as one decorator, in the order given (as they show in --help)."""

    def decorate(function: F) -> F:
        for option in reversed(decorators):
            function = option(function)
        return function

    return decorate


paging_options = options(
    click.option(
        "--page",
        type=click.IntRange(min=1),
        default=None,
        help="Only this page (with its counts under --json); default: every page.",
    ),
    click.option("--per-page", type=click.IntRange(10, 50), default=None, help="Records a page (10 to 50)."),
    click.option(
        "--limit", type=click.IntRange(min=1), default=None, help="Show at most this many (default: all)."
    ),
)
"""`--page`, `--per-page` and `--limit` for a command that lists a collection."""


def collect(
    every: Callable[..., Iterator[Any]],
    one_page: Callable[..., Page[Any]],
    *,
    page: int | None,
    per_page: int | None,
    limit: int | None,
) -> tuple[list[Any], Page[Any] | None]:
    """The records of a collection: every page through `every` (up to `limit`), or the one page
    `page` through `one_page`. Returns the records as JSON data, and the page when one was asked."""
    from pakat._json import to_json

    sizing = {} if per_page is None else {"per_page": per_page}
    if page is not None:
        got = one_page(page=page, **sizing)
        return [to_json(item) for item in itertools.islice(got.items, limit)], got
    return [to_json(item) for item in itertools.islice(every(**sizing), limit)], None


Columns = Sequence[tuple[str, str]]
"""A table's columns: (header, dotted path into each record)."""


def listing(
    group: click.Group,
    name: str,
    *,
    calls: tuple[str, str],
    columns: Columns | Callable[[list[Any]], Columns],
    empty: str,
    help: str,
    arguments: Sequence[str] = (),
    filters: Sequence[Callable[[Any], Any]] = (),
) -> click.Command:
    """Add to `group` a command `name` that lists a collection: every page (up to --limit) or one
    --page, as a table of `columns` or as JSON.

    `calls` names the facade's one-page method and its iterator (`("campaigns.bounces",
    "campaigns.iter_bounces")`); `arguments` are passed to both in order, and the values of the
    `filters` (click options) by their names. `columns` may be a function of the records (a table
    whose columns are the records' own keys).
    """

    def command(
        page: int | None, per_page: int | None, limit: int | None, as_json: bool, **values: Any
    ) -> None:
        given = [values.pop(argument) for argument in arguments]
        with client() as c:
            one_page, every = (_method(c, call) for call in calls)
            records, got = collect(
                lambda **k: every(*given, **values, **k),
                lambda **k: one_page(*given, **values, **k),
                page=page,
                per_page=per_page,
                limit=limit,
            )
        print_records(
            records,
            columns(records) if callable(columns) else columns,
            empty=empty,
            page=got,
            as_json=as_json,
        )

    command.__name__ = f"{group.name}_{name}".replace("-", "_")
    command.__doc__ = help
    decorate = options(*(click.argument(a) for a in arguments), *filters, paging_options, json_option)
    made: click.Command = group.command(name, calls=calls)(decorate(command))
    return made


def showing(group: click.Group, call: str, arguments: Sequence[str], help: str) -> click.Command:
    """Add to `group` a command `show` that prints what the facade method `call` (such as
    `"fields.get"`) returns for `arguments`: every field as a table, or as JSON."""

    def command(as_json: bool, **values: Any) -> None:
        with client() as c:
            print_record(_method(c, call)(*(values[a] for a in arguments)), as_json=as_json)

    return _command(group, "show", call, command, arguments, help)


def deleting(
    group: click.Group, call: str, arguments: Sequence[str], help: str, *, what: str
) -> click.Command:
    """Add to `group` a command `delete` that calls the facade method `call` (such as
    `"fields.delete"`) with `arguments`, and says `Deleted <what> <the last argument>.`"""

    def command(as_json: bool, **values: Any) -> None:
        given = [values[a] for a in arguments]  # in the method's order, not click's
        with client() as c:
            _method(c, call)(*given)
        print_result(as_json, {arguments[-1]: given[-1], "deleted": True}, f"Deleted {what} {given[-1]}.")

    return _command(group, "delete", call, command, arguments, help)


def _command(
    group: click.Group,
    name: str,
    call: str,
    command: Callable[..., None],
    arguments: Sequence[str],
    help: str,
) -> click.Command:
    command.__name__ = f"{group.name}_{name}".replace("-", "_")
    command.__doc__ = help
    decorate = options(*(click.argument(a) for a in arguments), json_option)
    made: click.Command = group.command(name, calls=(call,))(decorate(command))
    return made


def _method(c: Pakat, call: str) -> Callable[..., Any]:
    """The facade method a dotted name such as `campaigns.iter_bounces` names."""
    area, method = call.split(".")
    return getattr(getattr(c, area), method)  # type: ignore[no-any-return]


# --- output -----------------------------------------------------------------------------------------


def print_json(data: Any) -> None:
    """`data` (a facade value or JSON data) as indented JSON on stdout, without the key."""
    from pakat._json import to_json
    from pakat.cli._output import print_json as emit

    emit(to_json(data), secret())


def dig(data: Any, path: str) -> Any:
    """The value at a dotted path (`general.name`) of JSON data, None where it stops."""
    for key in path.split("."):
        if not isinstance(data, dict):
            return None
        data = data.get(key)
    return data


def print_table(columns: Sequence[str], rows: Iterable[Sequence[Any]], *, empty: str = "(none)") -> None:
    from pakat.cli._output import print_table as emit

    emit(columns, rows, secret(), empty=empty)


def print_records(
    records: list[Any],
    columns: Sequence[tuple[str, str]],
    *,
    empty: str,
    page: Page[Any] | None = None,
    as_json: bool = False,
) -> None:
    """A collection as a table of `columns` (header, dotted path), or as JSON: the records, or
    the page with its counts when one page was asked for."""
    if as_json:
        if page is None:
            print_json(records)
        else:
            from pakat._json import to_json

            print_json({**to_json(page), "items": records})
        return
    print_table(
        [header for header, _ in columns],
        ([dig(r, path) for _, path in columns] for r in records),
        empty=empty,
    )
    if page is not None:
        click.echo(f"page {page.page} of {page.total_pages}, {page.count} in all", err=True)


def print_record(data: Any, *, as_json: bool = False) -> None:
    """One object: every field as a two-column table (nested ones dotted), or as JSON."""
    if as_json:
        print_json(data)
        return
    from pakat._json import to_json
    from pakat.cli._output import print_record as emit

    emit(to_json(data), secret())


def print_result(as_json: bool, data: dict[str, Any], text: str | None) -> None:
    """What a write command prints: `data` under --json, else `text` (nothing when None)."""
    if as_json:
        print_json(data)
    elif text is not None:
        from pakat.cli._output import redact

        click.echo(redact(text, secret()))
