"""``python -m pakat.testing``: the sandbox in the foreground, the same command as ``pakat sandbox``."""

from __future__ import annotations

import sys

from ._cli import run


def main(argv: list[str] | None = None) -> int:
    """Parse the command line (see :mod:`pakat.testing._cli`), serve, print where; the exit status."""
    return run(sys.argv[1:] if argv is None else argv, prog="python -m pakat.testing")


if __name__ == "__main__":
    raise SystemExit(main())
