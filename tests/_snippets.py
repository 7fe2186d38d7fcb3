"""The code blocks of Markdown documents (the README, the site's pages under docs/), and running
their Python against a server: one place for the README tests and the site's."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

# ```python, or ```python settings.py: a language, then an optional tag (a file name, or what
# runs the block), then the code up to the closing fence.
_FENCE = re.compile(r"^```(\w+)(?:[ \t]+(\S+))?[ \t]*\n(.*?)^```[ \t]*$", re.S | re.M)


@dataclass(frozen=True)
class Block:
    language: str
    tag: str | None
    code: str
    line: int

    @property
    def name(self) -> str:
        return f"line {self.line}"


def blocks(path: Path, language: str | None = None, tag: str | None = "") -> list[Block]:
    """The fenced blocks of a Markdown file, in order, optionally of one language and tag (""
    means untagged; None, any tag)."""
    text = path.read_text(encoding="utf-8")
    found = [
        Block(m.group(1), m.group(2), m.group(3), text.count("\n", 0, m.start()) + 1)
        for m in _FENCE.finditer(text)
    ]
    return [
        b
        for b in found
        if (language is None or b.language == language) and (tag is None or (b.tag or "") == tag)
    ]


# Runs blocks one after another in one namespace, as a reader running a page's examples in order
# would; a failure names the block.
_DRIVER = """
import json, sys
blocks = json.load(sys.stdin)
namespace = {"__name__": "__main__"}
for name, code in blocks:
    exec(compile(code, name, "exec"), namespace)
"""


def run_python(
    blocks: list[tuple[str, str]], env: Mapping[str, str], cwd: Path | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run (name, code) blocks in order in a fresh interpreter with `env`."""
    return subprocess.run(
        [sys.executable, "-c", _DRIVER],
        input=json.dumps(blocks),
        capture_output=True,
        text=True,
        env=dict(env),
        cwd=cwd,
        timeout=timeout,
        check=False,
    )
