"""The sandbox's one command line: `pakat sandbox` and `python -m pakat.testing` are this parser.

It needs nothing but the standard library (the sandbox comes with `pip install pakat`, the
`pakat` command with `pakat[cli]`), and prints where the sandbox listens and the two `export`
lines that point the SDK, the CLI or any client at it.
"""

from __future__ import annotations

import argparse
import sys
import threading
from collections.abc import Sequence

from ._limits import Limits

__all__ = ["parser", "run"]


def _fraction(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1, got {text}")
    return value


def _not_negative(text: str) -> float:
    value = float(text)
    if not value >= 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {text}")
    return value


def parser(prog: str) -> argparse.ArgumentParser:
    """Every option of the sandbox: where it listens, the account, its limits, and faults."""
    p = argparse.ArgumentParser(
        prog=prog,
        description="Run an offline Pakat API on this machine until Ctrl-C. It answers every API call "
        "the way Pakat does and sends nothing; it prints its URL and key as two `export` lines.",
    )
    where = p.add_argument_group("where")
    where.add_argument("--host", default="127.0.0.1", help="the address to listen on (default %(default)s)")
    where.add_argument(
        "--port", type=int, default=8080, help="the port, 0 for any free one (default %(default)s)"
    )
    where.add_argument(
        "--path",
        default=None,
        metavar="FILE",
        help="an SQLite file to keep the state and key in (default: memory)",
    )
    account = p.add_argument_group("the account")
    account.add_argument(
        "--api-key", default=None, metavar="KEY", help="the key clients must send (default: a random one)"
    )
    account.add_argument(
        "--quota-allowed",
        type=int,
        default=10_000,
        metavar="N",
        help="the sending quota; 0 for unlimited (default %(default)s)",
    )
    account.add_argument(
        "--verified-domain",
        action="append",
        default=[],
        metavar="DOMAIN",
        help="a sending domain verified besides example.com (repeatable)",
    )
    account.add_argument(
        "--timezone", default="Asia/Tehran", help="the account's timezone (default %(default)s)"
    )
    account.add_argument(
        "--language",
        choices=("en", "fa"),
        default="en",
        help="fa answers the messages Pakat translates in Persian",
    )
    account.add_argument(
        "--per-page-max",
        type=int,
        default=50,
        metavar="N",
        help="the largest page collections make (50 as MailWizz 2.1.13, 1000 as 2.3.6+; default %(default)s)",
    )
    faults = p.add_argument_group(
        "faults", "rehearse a bad day: slow answers, errors, dropped connections, rate limits"
    )
    faults.add_argument(
        "--latency",
        type=_not_negative,
        default=0.0,
        metavar="SECONDS",
        help="delay every request by this long",
    )
    faults.add_argument(
        "--error-rate",
        type=_fraction,
        default=0.0,
        metavar="P",
        help="answer this share of requests (0-1) with --error-status",
    )
    faults.add_argument(
        "--error-status",
        type=int,
        default=503,
        metavar="STATUS",
        help="the status of those errors (default %(default)s)",
    )
    faults.add_argument(
        "--drop-rate",
        type=_fraction,
        default=0.0,
        metavar="P",
        help="close this share of connections (0-1) without an answer",
    )
    faults.add_argument(
        "--rate-limit",
        type=_not_negative,
        default=0.0,
        metavar="PER_SECOND",
        help="answer requests beyond this many a second with 429 and Retry-After",
    )
    faults.add_argument(
        "--seed", type=int, default=None, help="makes --error-rate and --drop-rate repeatable"
    )
    limits = p.add_argument_group("the sandbox's own protections (a front server's, not Pakat's behaviour)")
    for limit, metavar, meaning in (
        ("max_connections", "N", "connections served at once; more wait to be accepted"),
        ("max_body_size", "BYTES", "the largest request body; larger ones get 413"),
        ("max_body_memory", "BYTES", "bytes of request bodies held at once; more wait for room"),
    ):
        limits.add_argument(
            f"--{limit.replace('_', '-')}",
            type=int,
            default=getattr(Limits, limit),
            metavar=metavar,
            help=f"{meaning} (default %(default)s)",
        )
    return p


def run(argv: Sequence[str], prog: str) -> int:
    """Parse `argv`, serve in the foreground until interrupted, print where; the exit status."""
    from ._sandbox import Sandbox

    p = parser(prog)
    args = p.parse_args(list(argv))
    try:
        sandbox = Sandbox(
            args.path,
            api_key=args.api_key,
            host=args.host,
            port=args.port,
            quota_allowed=args.quota_allowed if args.quota_allowed > 0 else None,
            verified_domains=args.verified_domain,
            timezone=args.timezone,
            language=args.language,
            per_page_max=args.per_page_max,
            max_connections=args.max_connections,
            max_body_size=args.max_body_size,
            max_body_memory=args.max_body_memory,
        )
    except (ValueError, KeyError) as exc:  # a knob out of its range, an unknown zone
        p.error(str(exc))
    armed = []
    if args.latency:
        sandbox.faults.latency(args.latency)
        armed.append(f"latency {args.latency:g} s")
    if args.rate_limit:
        sandbox.faults.rate_limit(args.rate_limit)
        armed.append(f"rate limit {args.rate_limit:g}/s (429 with Retry-After)")
    if args.drop_rate:
        sandbox.faults.drop_fraction(args.drop_rate, seed=args.seed)
        armed.append(f"{args.drop_rate:.0%} of connections dropped")
    if args.error_rate:
        sandbox.faults.fail_fraction(args.error_rate, status=args.error_status, seed=args.seed)
        armed.append(f"{args.error_rate:.0%} of requests answered {args.error_status}")
    with sandbox:
        say = sys.stdout
        print(f"Pakat sandbox listening on {sandbox.url}", file=say)
        print(f"export PAKAT_BASE_URL={sandbox.url}", file=say)
        print(f"export PAKAT_API_KEY={sandbox.api_key}", file=say)
        if armed:
            print("Faults: " + ", ".join(armed), file=say)
        print("Press Ctrl-C to stop.", file=say, flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            print("stopped", file=say, flush=True)
    return 0
