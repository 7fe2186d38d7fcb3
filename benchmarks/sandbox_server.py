"""The offline sandbox in a process of its own, steered over standard input.

    python -m benchmarks.sandbox_server

The benchmark runs the sandbox here so that its memory and its GIL are not the measured
client's. The first line printed is JSON with `url` and `api_key`; then each line read is a
command and each answer is one line of JSON:

    create_list                 -> {"list_uid": "..."}
    seed <list_uid> <count>     -> {"seeded": count}
    latency <seconds>           -> {"latency": seconds}
    rate_limit <per_second>     -> {"rate_limit": per_second}  (0: none; answered 429 beyond it)
    connections                 -> {"connections": n}      (accepted since the last reset)
    processed <operationId>     -> {"processed": n}        (successful requests since the last reset)
    reset                       -> {"reset": true}         (counters only; the data stays)

It stops when standard input closes.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable

from pakat.testing import Sandbox


def _commands(sandbox: Sandbox) -> dict[str, Callable[..., dict[str, object]]]:
    def seed(list_uid: str, count: str) -> dict[str, object]:
        return {"seeded": len(sandbox.seed_subscribers(list_uid, int(count)))}

    def latency(seconds: str) -> dict[str, object]:
        sandbox.faults.latency(float(seconds))
        return {"latency": float(seconds)}

    def rate_limit(per_second: str) -> dict[str, object]:
        sandbox.faults.rate_limit(float(per_second))
        return {"rate_limit": float(per_second)}

    def reset() -> dict[str, object]:
        sandbox.reset_counters()
        return {"reset": True}

    return {
        "create_list": lambda: {"list_uid": sandbox.create_list("Benchmark")},
        "seed": seed,
        "latency": latency,
        "rate_limit": rate_limit,
        "connections": lambda: {"connections": sandbox.connections_accepted},
        "processed": lambda operation: {"processed": sandbox.processed[operation]},
        "reset": reset,
    }


def main() -> None:
    """Serve until standard input closes, answering one JSON line per command line."""
    with Sandbox(quota_allowed=None) as sandbox:
        print(json.dumps({"url": sandbox.url, "api_key": sandbox.api_key}), flush=True)
        commands = _commands(sandbox)
        for line in sys.stdin:
            name, *args = line.split()
            try:
                answer = commands[name](*args)
            except Exception as exc:  # report to the benchmark rather than die silently
                answer = {"error": f"{type(exc).__name__}: {exc}"}
            print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main()
