"""Item 4: start-up. Fresh processes, contenders alternating, many rounds.

`python -c "import pakat"` vs `python -c "import httpx"` (the target), `from pakat import Pakat`
(which loads the client and httpx with it: what a script that makes a client pays), and
`pakat --help`. The targets are judged on the benchmark venv, where pakat is installed from a
wheel as users get it; the project's `.venv` has an editable install, whose import finder every
import consults, and is shown for comparison.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from functools import partial
from pathlib import Path

from benchmarks._harness import Report, interleave, median, paired_ratio, section, timed

ROUNDS = 25
IMPORT_LIMIT = 1.5
HELP_LIMIT = 0.3


def _process(cwd: Path, argv: list[str]) -> float:
    """Seconds from spawning `argv` to its exit."""
    return timed(
        lambda: subprocess.run(
            argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False
        )
    )


def _help_outcome(pakat: Path) -> str:
    """The exit status and first line of what `pakat --help` printed."""
    result = subprocess.run([str(pakat), "--help"], capture_output=True, text=True, check=False)
    first = (result.stdout or result.stderr).strip().splitlines()
    return f"exit {result.returncode}: {first[0][:60] if first else '(no output)'}"


def run(report: Report, bench_python: Path | None) -> None:
    """Time the imports and `pakat --help` in each environment that exists."""
    section(f"4. Start-up ({ROUNDS} rounds of fresh processes, medians)")
    environments = {"editable .venv": Path(sys.executable)}
    if bench_python is not None:
        environments = {"wheel install": bench_python, **environments}
    judged = next(iter(environments))
    with tempfile.TemporaryDirectory(prefix="pakat-startup-") as empty:
        for label, python in environments.items():
            # From an empty folder: `python -c` puts the working directory first on sys.path, and
            # from the repository `import pakat` would find the source tree instead of the install.
            _environment(report, label, python, Path(empty), judged=label == judged)


def _environment(report: Report, label: str, python: Path, cwd: Path, *, judged: bool) -> None:
    """Time one environment's contenders; check the targets on the judged one."""
    pakat = python.parent / "pakat"
    process = partial(_process, cwd)
    contenders = {
        "import httpx": partial(process, [str(python), "-c", "import httpx"]),
        "import pakat": partial(process, [str(python), "-c", "import pakat"]),
        "from pakat import Pakat": partial(process, [str(python), "-c", "from pakat import Pakat"]),
        "pakat --help": partial(process, [str(pakat), "--help"]),
    }
    for contender in contenders.values():
        contender()  # warm up: bytecode compiled, files in the page cache
    times = interleave(contenders, ROUNDS)
    for name, values in times.items():
        versus = ""
        if name.endswith(("import pakat", "import Pakat")):
            versus = f"{paired_ratio(values, times['import httpx']):.2f}× import httpx"
        report.row("4", f"start-up, {label}", name, f"{median(values) * 1000:.0f} ms", versus)
    outcome = _help_outcome(pakat)
    report.row("4", f"start-up, {label}", "pakat --help said", outcome)
    if not judged:
        return
    ratio = paired_ratio(times["import pakat"], times["import httpx"])
    report.target(
        "4", f"import pakat ≤ {IMPORT_LIMIT}× import httpx ({label})", f"{ratio:.2f}×", ratio <= IMPORT_LIMIT
    )
    seconds = median(times["pakat --help"])
    # A command that only says it is not ready is fast for the wrong reason: not a pass.
    works = outcome.startswith("exit 0")
    report.target(
        "4",
        f"pakat --help < {HELP_LIMIT} s and shows help ({label})",
        f"{seconds:.3f} s, {outcome}",
        works and seconds < HELP_LIMIT,
        "" if works else f"`pakat --help` does not show help yet ({outcome}); timed as it is.",
    )
