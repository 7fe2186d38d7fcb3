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

    serve(catalogue, key, current_options().base_url, http=(host, port) if use_http else None)


# --- the sandbox -------------------------------------------------------------------------------------


@cli.command(cls=click.Command)
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
def sandbox(port: int, path: Path | None, language: str, per_page_max: int) -> None:
    """Run an offline Pakat on this machine until Ctrl-C; prints its URL and key.

    It answers every API call the way Pakat does and sends nothing. Point any client at it
    with the two `export` lines it prints. With --path the state and key survive a restart.
    """
    import threading

    from pakat.testing import Sandbox

    # Its own key, never --api-key or PAKAT_API_KEY, which may be a real account's.
    with Sandbox(path, port=port, language=language, per_page_max=per_page_max) as sb:
        click.echo(f"Pakat sandbox listening on {sb.url}")
        click.echo(f"export PAKAT_BASE_URL={sb.url}")
        click.echo(f"export PAKAT_API_KEY={sb.api_key}")
        click.echo("Press Ctrl-C to stop.")
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            click.echo("stopped")
