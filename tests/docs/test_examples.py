"""Every code example on the site runs: each page's Python blocks in order against a fresh sandbox,
its test files under pytest, its `pakat` command lines against a sandbox, its JSON configurations
parsed with the commands they name; and no Python block reaches the built site (from a docstring,
say) without being one of those."""

from __future__ import annotations

import html
import json
import os
import re
import shlex
import socket
import subprocess
import sys
import time
from pathlib import Path

import click
import pytest

from pakat.cli import cli
from pakat.testing import Sandbox
from tests._paths import ROOT
from tests._snippets import Block, blocks, run_python

DOCS = ROOT / "docs"
PAGES = sorted(p for p in DOCS.rglob("*.md") if "_build" not in p.parts)
BIN = Path(sys.executable).parent
# Python blocks tests/django_backend/test_guide.py runs, in a Django configured by the settings block.
DJANGO_TAGS = {"settings.py", "django", "test_receipts.py"}
# Kinds of block (see _how_run) that a test module elsewhere runs, as they need what it has (a
# configured Django; the generated clients' toolchains): it must read each page that has them.
RUN_ELSEWHERE = {
    "django": ROOT / "tests" / "django_backend" / "test_guide.py",
    "clients": ROOT / "tests" / "clients" / "test_generated_clients.py",
    "session": ROOT / "tests" / "cli" / "test_guide.py",
}
# Pages whose examples, checked here, a test elsewhere also runs the whole way (an MCP client
# starting the servers a configuration names): that test must read the page.
ALSO_RUN_BY = {"guide/mcp.md": ROOT / "tests" / "mcp" / "test_guide.py"}
# Shell lines that install or configure rather than show pakat at work.
SETUP_LINE = re.compile(r"(pip install |export |make )")


def _id(page: Path) -> str:
    return str(page.relative_to(DOCS))


def _python(page: Path) -> list[Block]:
    return blocks(page, "python")


def _tests(page: Path) -> list[Block]:
    return [
        b
        for b in blocks(page, "python", None)
        if b.tag and b.tag.startswith("test_") and b.tag not in DJANGO_TAGS
    ]


def _env(sandbox: Sandbox, **more: str) -> dict[str, str]:
    return {
        **os.environ,
        "PAKAT_API_KEY": sandbox.api_key,
        "PAKAT_BASE_URL": sandbox.url,
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        **more,
    }


def pakat_words(line: str) -> list[str] | None:
    """The arguments of the `pakat` command a shell line runs, itself or after `--` (as in
    `claude mcp add NAME -- pakat mcp`); None when it runs none."""
    words = shlex.split(line, comments=True)
    if words[:1] == ["pakat"]:
        return words[1:]
    if "--" in words and words[words.index("--") + 1 :][:1] == ["pakat"]:
        return words[words.index("--") + 2 :]
    return None


def accepted_by_pakat(words: list[str]) -> None:
    """Parse `pakat WORDS` as the command line does, down to the last subcommand, without running
    it: a command, option or value it would refuse raises click's UsageError."""
    command: click.Command = cli
    context = command.make_context("pakat", list(words))
    while isinstance(command, click.Group):
        name, found, rest = command.resolve_command(context, [*context._protected_args, *context.args])
        assert name is not None and found is not None
        command, context = found, found.make_context(name, rest, parent=context)


def _shell_lines(block: Block) -> list[str]:
    return [line for line in block.code.splitlines() if line.strip()]


def _how_run(block: Block) -> str | None:
    """Which test runs a block (below, or the module RUN_ELSEWHERE names), or None for a block
    no test runs."""
    if block.language == "python" and block.tag in DJANGO_TAGS:
        return "django"
    if block.language == "python" and (block.tag is None or block.tag.startswith("test_")):
        return "python"
    if block.language in ("sh", "ts", "go") and (block.tag or "").startswith("clients/"):
        return "clients"  # a program's commands (run in its folder), or an excerpt of its code
    if block.language == "console":
        return "console"
    if (block.language, block.tag) == ("sh", "session"):
        return "session"  # a script, whose outcome that test checks
    if block.language == "sh" and all(
        SETUP_LINE.match(line) or pakat_words(line) is not None for line in _shell_lines(block)
    ):
        return "sh"
    if block.language == "json":
        return "json"
    if (block.language, block.tag) == ("text", "layout"):
        return "layout"
    if block.tag is not None and "." in block.tag:
        return "file"  # a file a console block reads
    return None


def _of_kind(kind: str) -> list[tuple[Path, Block]]:
    return [(page, b) for page in PAGES for b in blocks(page, None, None) if _how_run(b) == kind]


def test_every_block_is_run_or_is_setup() -> None:
    """A block no test below runs fails here: a new kind of example needs a way to run."""
    unrun = [
        f"{_id(page)} {block.name}: ```{block.language} {block.tag or ''}"
        for page in PAGES
        for block in blocks(page, None, None)
        if _how_run(block) is None
    ]
    assert not unrun


def _reads(module: Path, page: Path) -> bool:
    """Whether a test module names the page's file (as `ROOT / "docs" / "guide" / "mcp.md"` does)."""
    return f'"{page.name}"' in module.read_text(encoding="utf-8")


def test_the_blocks_run_elsewhere_are_run_by_a_module_that_reads_their_page() -> None:
    unread = [
        f"{_id(page)} ({kind}): {module.relative_to(ROOT)}"
        for kind, module in RUN_ELSEWHERE.items()
        for page, _ in _of_kind(kind)
        if not _reads(module, page)
    ]
    assert all(_of_kind(kind) for kind in RUN_ELSEWHERE) and not unread
    for page, module in ALSO_RUN_BY.items():
        assert _reads(module, DOCS / page), module


SHELL_COMMANDS = [
    (page, block, words)
    for page, block in _of_kind("sh")
    for line in _shell_lines(block)
    if (words := pakat_words(line)) is not None
]


@pytest.mark.parametrize(
    "words", [w for _, _, w in SHELL_COMMANDS], ids=[f"{_id(p)} {b.name}" for p, b, _ in SHELL_COMMANDS]
)
def test_the_pakat_command_lines_of_a_shell_block_are_ones_pakat_accepts(words: list[str]) -> None:
    accepted_by_pakat(words)


@pytest.mark.parametrize(
    ("page", "block"), _of_kind("json"), ids=[f"{_id(p)} {b.name}" for p, b in _of_kind("json")]
)
def test_a_json_block_parses_and_its_servers_are_commands_pakat_accepts(page: Path, block: Block) -> None:
    """A configuration for an MCP client (`mcpServers`) names the `pakat` command with arguments
    it takes; tests/mcp/test_guide.py starts each such server and lists its tools."""
    document = json.loads(block.code)
    for server in document.get("mcpServers", {}).values():
        assert server["command"] == "pakat"
        accepted_by_pakat(server["args"])
        assert set(server.get("env", {})) <= {"PAKAT_API_KEY", "PAKAT_BASE_URL", "PAKAT_TIMEZONE"}


def test_the_layout_names_what_is_there() -> None:
    """A repository layout (```text layout) lists paths that exist: folders with a slash."""
    missing = []
    for page, block in _of_kind("layout"):
        for line in block.code.splitlines():
            if not line.strip() or line[0].isspace():
                continue  # a description's continuation
            path = line.split()[0]
            found = ROOT / path
            if not (found.is_dir() if path.endswith("/") else found.is_file()):
                missing.append(f"{_id(page)}: {path}")
    assert _of_kind("layout") and not missing


@pytest.mark.parametrize("page", [p for p in PAGES if _python(p)], ids=_id)
def test_the_python_examples_of_a_page_run_in_order(
    page: Path, pakat_sandbox: Sandbox, tmp_path: Path
) -> None:
    named = [(f"{_id(page)} {b.name}", b.code) for b in _python(page)]
    result = run_python(named, _env(pakat_sandbox), cwd=tmp_path)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("page", [p for p in PAGES if _tests(p)], ids=_id)
def test_the_test_files_of_a_page_pass(page: Path, tmp_path: Path) -> None:
    for block in _tests(page):
        (tmp_path / block.tag).write_text(block.code, encoding="utf-8")  # type: ignore[arg-type]
    (tmp_path / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")  # not this project's settings
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *(b.tag for b in _tests(page))],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert " passed" in result.stdout and "skipped" not in result.stdout


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _serve_briefly(command: str, env: dict[str, str], cwd: Path) -> None:
    """`pakat sandbox` runs until Ctrl-C: start it, see it print its exports, stop it. (On a free
    port instead of the page's 8080 or the default, 8080 too, which another program may hold.)"""
    port = f"--port {_free_port()}"
    command = command.replace("--port 8080", port) if "--port" in command else f"{command} {port}"
    process = subprocess.Popen(
        ["bash", "-c", f"exec {command}"],
        env=env,
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        seen = ""
        assert process.stdout is not None
        while not ("PAKAT_API_KEY" in seen and "PAKAT_BASE_URL" in seen) and time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            seen += line
        assert "export PAKAT_API_KEY=" in seen and "export PAKAT_BASE_URL=" in seen, seen
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.mark.parametrize("page", [p for p in PAGES if blocks(p, "console", None)], ids=_id)
def test_the_command_lines_of_a_page_succeed(page: Path, tmp_path: Path) -> None:
    for block in blocks(page, None, None):
        if block.tag and "." in block.tag and block.language != "python":
            (tmp_path / block.tag).write_text(block.code, encoding="utf-8")
    with Sandbox() as sandbox:
        env = _env(sandbox, LIST_UID=sandbox.create_list("خبرنامه"))
        for block in blocks(page, "console", None):
            for line in block.code.splitlines():
                if not line.startswith("$ "):
                    continue
                command = line[2:]
                shlex.split(command)  # well formed
                if command.startswith("pakat sandbox"):
                    _serve_briefly(command, env, tmp_path)
                    continue
                result = subprocess.run(
                    ["bash", "-c", command],
                    env=env,
                    cwd=tmp_path,
                    capture_output=True,
                    text=True,
                    timeout=60,
                    check=False,
                )
                assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
        assert sandbox.processed["createSubscriber"] >= 1 or page.name != "cli.md"


def _code(fragment: str) -> str:
    text = html.unescape(re.sub(r"<[^>]+>", "", fragment))
    return "\n".join(line.rstrip() for line in text.strip().splitlines())


def test_every_python_block_on_the_built_site_is_one_that_runs(site: Path) -> None:
    run = {_code(html.escape(b.code)) for page in PAGES for b in blocks(page, "python", None)}
    strays = []
    for path in sorted(site.rglob("*.html")):
        if path.relative_to(site).parts[0] == "openapi":
            continue
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(
            r'<div class="highlight-(python|default|pycon|py|python3)[ "].*?<pre>(.*?)</pre>', text, re.S
        ):
            if _code(match.group(2)) not in run:
                strays.append(f"{path.relative_to(site)}: {_code(match.group(2))[:80]!r}")
    assert not strays
