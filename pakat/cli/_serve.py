"""`pakat mcp` and `pakat sandbox`: the commands that serve rather than call."""

from __future__ import annotations

from pathlib import Path

import click

from pakat.cli._app import api_key, cli, current_options

__all__ = ["mcp_command", "sandbox"]


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

    options = current_options()
    serve(
        catalogue,
        key,
        options.base_url,
        http=(host, port) if use_http else None,
        allow_insecure_http=options.allow_insecure_http,
    )


# --- the sandbox -------------------------------------------------------------------------------------


@cli.command(
    cls=click.Command,
    context_settings={"ignore_unknown_options": True, "allow_extra_args": True, "help_option_names": []},
    add_help_option=False,
    short_help="Run an offline Pakat on this machine; prints its URL and key (--help for every option).",
)
@click.argument("arguments", nargs=-1, type=click.UNPROCESSED)
def sandbox(arguments: tuple[str, ...]) -> None:
    """Run an offline Pakat on this machine until Ctrl-C: `python -m pakat.testing`, the same
    command, with the same options (see `pakat sandbox --help`)."""
    from pakat.testing._cli import run

    # Its own key (--api-key here is the key it accepts), never PAKAT_API_KEY, which may be a
    # real account's.
    raise click.exceptions.Exit(run(arguments, prog="pakat sandbox"))
