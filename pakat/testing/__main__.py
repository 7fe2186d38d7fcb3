"""``python -m pakat.testing``: run a sandbox in the foreground until interrupted."""

from __future__ import annotations

import argparse
import threading

from ._limits import Limits
from ._sandbox import Sandbox


def main(argv: list[str] | None = None) -> int:
    """Parse the command line, serve, print where; return the exit status."""
    parser = argparse.ArgumentParser(prog="python -m pakat.testing", description="Run an offline Pakat API.")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument(
        "--port", type=int, default=8080, help="port to bind, 0 for any free one (default 8080)"
    )
    parser.add_argument("--path", default=None, help="SQLite file holding the state (default: in memory)")
    parser.add_argument("--api-key", default=None, help="the key clients must send (default: random)")
    parser.add_argument(
        "--quota-allowed", type=int, default=10_000, help="the sending quota; 0 or less for unlimited"
    )
    parser.add_argument(
        "--verified-domain", action="append", default=[], help="a verified sending domain (repeatable)"
    )
    parser.add_argument(
        "--language", choices=("en", "fa"), default="en", help="the account's language (default en)"
    )
    parser.add_argument(
        "--per-page-max", type=int, default=50, help="the largest page collections make (default 50)"
    )
    # The sandbox's own protections against hostile clients (see pakat.testing._limits).
    parser.add_argument(
        "--max-connections",
        type=int,
        default=Limits.max_connections,
        help="connections served at once; more wait to be accepted (default %(default)s)",
    )
    parser.add_argument(
        "--max-body-size",
        type=int,
        default=Limits.max_body_size,
        help="the largest request body in bytes, larger ones get 413 (default %(default)s)",
    )
    parser.add_argument(
        "--max-body-memory",
        type=int,
        default=Limits.max_body_memory,
        help="bytes of request bodies held at once, more wait for room (default %(default)s)",
    )
    args = parser.parse_args(argv)
    try:
        sandbox = Sandbox(
            args.path,
            api_key=args.api_key,
            host=args.host,
            port=args.port,
            quota_allowed=args.quota_allowed if args.quota_allowed > 0 else None,
            verified_domains=args.verified_domain,
            language=args.language,
            per_page_max=args.per_page_max,
            max_connections=args.max_connections,
            max_body_size=args.max_body_size,
            max_body_memory=args.max_body_memory,
        )
    except ValueError as exc:  # a knob out of its range
        parser.error(str(exc))
    with sandbox:
        print(f"Pakat sandbox listening on {sandbox.url}", flush=True)
        print(f"API key: {sandbox.api_key}", flush=True)
        print(f"export PAKAT_API_KEY={sandbox.api_key}", flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            print("stopped", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
