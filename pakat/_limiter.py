"""Adaptive concurrency: how many requests to have in flight, and how fast to start new ones.

Pure and clock-injected: nothing here sleeps, locks or reads a clock. Every method takes the time
(`time.monotonic()` seconds) from its caller, so the algorithm is tested step by step and against
a simulated server in simulated time (tests/limiter). The adapters that wait, lock and observe
real requests are in `pakat._adaptive`.

Two controls, because a server limits a client in two ways:

- **How many at once** (`Window`, one per run of requests), in the manner of Netflix's gradient
  limiters, TCP Vegas and HyStart. The signal is the time a request takes as the run lives it,
  by Little's law (time in flight over a window of answers, divided by the answers): it rises
  when the server queues and when this machine runs out of CPU, and holds when more in flight
  gives more throughput. The time "holds" while it stays within 1.5 times the lowest of the
  run, or while the requests it implies are waiting in queues (in flight × (1 − lowest ÷ now),
  TCP Vegas's estimate) number at most three. The window starts at one request and doubles per
  window of answers until more than three requests wait (then it keeps what the lowest time
  needs plus three waiting, never less than the last level) or the server throttles (then it
  halves); after that it grows by one request per
  window while the time holds, and when it has not held for two windows it moves half way to
  where the ratio points. When all it has in flight make less than two thirds of what one alone
  made at the lowest time, twice in a row, the round trip itself rose: that time becomes the
  lowest. A lost answer or a 502, 503 or 504 shrinks it by a fifth.
- **How fast** (`Pacer`, one per client, shared by its runs): a rate limit does not show in
  latency (a throttled request is answered at once), so it is learned from the throttling
  answers, as the AWS SDKs' adaptive retry mode does. A 429 (or a 503 with `Retry-After`) caps
  new requests at `BETA` times the rate the server was letting through; the cap then grows back
  along a cubic curve (TCP CUBIC's shape, in requests per second): quickly back towards the rate
  where the server refused, flat around it, then faster past it, probing for a limit that rose.
  The throttled requests are repeated by the transport, outside the limiter: the pacer keeps a
  start free for each, and holds new requests while more are due than a quarter second of the
  cap, so that a burst of repeats finds room instead of being throttled again. A `Retry-After`
  longer than one second, or `X-RateLimit-Remaining: 0` with `X-RateLimit-Reset`, holds every new
  request until then; one second or less is the header's granularity, and the cap slows down.

Both react once per round: an answer to a request sent before the last cut, or to a repeat the
transport sent, says nothing new. A 429 with `Retry-After: 0` asks for the request again at once,
not for fewer: it is counted, and slows nothing down.

The limiter only decides when a request may start; what is sent again stays with the transport.
"""

from __future__ import annotations

import logging
import math
from collections import deque
from dataclasses import dataclass

__all__ = ["Answer", "Pacer", "Window", "parse_rate_limit_reset"]

logger = logging.getLogger("pakat.limiter")  # a child of "pakat": its handlers get these lines too

# Statuses that say the server (or something before it) is overloaded, when no Retry-After
# turns them into a throttle.
OVERLOADED = frozenset({502, 503, 504})


@dataclass(frozen=True, slots=True)
class Answer:
    """One attempt of one request, as the limiter sees it.

    `status` is None when there was no answer (the connection failed or timed out).
    `retry_after` is the server's `Retry-After` in seconds; `remaining` and `reset` its
    `X-RateLimit-Remaining` and `X-RateLimit-Reset` (seconds from `received`). `repeat` is True
    for an attempt the transport sent again after an earlier one: the limiter did not start it.
    """

    sent: float
    received: float
    status: int | None
    retry_after: float | None = None
    remaining: int | None = None
    reset: float | None = None
    repeat: bool = False

    @property
    def throttled(self) -> bool:
        """The server refused it for the rate: a 429, or a 503 that says when to come back.
        A `Retry-After` of 0 asks for the request again at once, not for fewer."""
        if self.status == 429:
            return self.retry_after is None or self.retry_after > 0
        return self.status == 503 and self.retry_after is not None and self.retry_after > 0

    @property
    def failed(self) -> bool:
        """No answer, or one that says the server or a proxy before it could not cope."""
        return self.status is None or (self.status in OVERLOADED and not self.throttled)

    @property
    def served(self) -> bool:
        """The server handled it (any status but a throttle or a failure): its time counts."""
        return not self.failed and self.status not in (429, 503)


def parse_rate_limit_reset(value: str | None, now_epoch: float) -> float | None:
    """Seconds until an `X-RateLimit-Reset` comes: servers send either seconds from now or a
    Unix time; a number beyond a year of seconds is read as the latter. None if unreadable."""
    if not value:
        return None
    try:
        number = float(value.strip())
    except ValueError:
        return None
    if not math.isfinite(number) or number < 0:
        return None
    if number > 365 * 86400:
        number -= now_epoch
    return max(0.0, number)


class Pacer:
    """The client-wide start rate: no cap until the server throttles, then a learned one.

    `wait(now)` is 0 when a request may start now (and takes its token) or the seconds until one
    may. `record(answer)` learns from every answer of every run of the client.
    """

    # The cap after a throttle, as a share of the rate the server was letting through.
    BETA = 0.85
    # Growth of the cap after a throttle, in requests per second per second cubed (TCP CUBIC's C):
    # back at the refused rate after K = cbrt(rate × (1 − BETA) / C) seconds, then probing past it.
    CUBIC_C = 6.0
    # Past this multiple of the refused rate the cap is dropped: the limit has risen.
    RELEASE = 4.0
    # Throttles further apart than this begin a new episode (and a new measurement of the rate).
    EPISODE_GAP = 1.0
    # The admitted rate is measured over this many seconds of answers.
    MEASURE = 1.0
    # Tokens held at most: starts allowed at once, as seconds of the cap (at least one request).
    BURST = 0.05
    # A Retry-After longer than this holds every new request, not just the one refused.
    PAUSE_AFTER = 1.0
    # The share of the measured rate taken as the refused rate when there was no cap yet.
    UNCAPPED_SHARE = 0.5
    # New requests wait while more repeats of throttled requests are due than this many seconds
    # of the cap; a throttle without Retry-After is assumed repeated this much later.
    REPEATS_HELD = 0.25
    REPEAT_GUESS = 0.5
    REPEAT_TOKENS = 1.0  # the start each repeat takes from the new requests
    # A wait is never shorter than this (a clock's and a sleep's granularity).
    LEAST_WAIT = 0.001
    # Never slower than this many requests per second (a cap learned from a few slow answers).
    MIN_RATE = 0.5

    def __init__(self) -> None:
        self.cap: float | None = None  # requests per second, None: not capped
        self.paused_until = 0.0
        self.requests = 0
        self.throttles = 0
        self._peak = 0.0  # the rate at the last throttle (CUBIC's W_max)
        self._epoch = 0.0  # when the cap was last cut
        self._cut_at = -math.inf  # answers to requests sent before this were already reacted to
        self._tokens = 0.0
        self._stamp = 0.0
        self._served: deque[float] = deque()  # when recent served answers came
        self._episode_start = -math.inf
        self._episode_served = 0
        self._last_throttle = -math.inf
        self._repeats: deque[float] = deque()  # when throttled requests will be sent again

    # -- starting requests -----------------------------------------------------------------

    def rate(self, now: float) -> float | None:
        """The cap at `now` (requests per second), or None when there is none."""
        if self.cap is None:
            return None
        rate = max(self.MIN_RATE, self._peak + self.CUBIC_C * (now - self._epoch - self._k()) ** 3)
        if rate >= self.RELEASE * self._peak:
            self.cap = None
            logger.debug("adaptive concurrency: no rate limit seen for a while; pacing stopped")
            return None
        return rate

    def _k(self) -> float:
        return float(((self._peak * (1 - self.BETA)) / self.CUBIC_C) ** (1 / 3))

    def wait(self, now: float) -> float:
        """0 when a request may start now (its token is taken), else seconds to wait."""
        if now < self.paused_until:
            return self.paused_until - now
        rate = self.rate(now)
        if rate is None:
            return 0.0
        repeats = self._repeats
        while repeats and repeats[0] <= now:
            repeats.popleft()
        if len(repeats) > max(2.0, rate * self.REPEATS_HELD):
            # More repeats are coming than a moment of the cap holds: let them go first.
            return max(self.LEAST_WAIT, min(repeats) - now)
        burst = max(1.0, rate * self.BURST)
        self._tokens = min(burst, self._tokens + (now - self._stamp) * rate)
        self._stamp = now
        if self._tokens >= 1.0 - 1e-9:
            self._tokens -= 1.0
            return 0.0
        return max(self.LEAST_WAIT, (1.0 - self._tokens) / rate)

    # -- learning from answers -------------------------------------------------------------

    def record(self, answer: Answer) -> None:
        """Learn from one answer: count it, measure what was let through, react to a throttle."""
        now = answer.received
        self.requests += 1
        if answer.remaining == 0 and answer.reset is not None:
            self._pause(now, answer.reset, "X-RateLimit-Remaining: 0")
        if answer.status == 429:
            self.throttles += 1
        if answer.served:
            self._served.append(now)
            while self._served and self._served[0] < now - self.MEASURE:
                self._served.popleft()
            if now - self._last_throttle <= self.EPISODE_GAP:
                self._episode_served += 1
            return
        if answer.status in (429, 503):
            # The transport sends it again (after Retry-After, or at once after a Retry-After of
            # 0) outside the pacer: keep a start free for it, and remember when it comes, so that
            # the repeats of a burst of throttled requests meet room at the server instead of
            # being throttled again all at once.
            self._tokens -= self.REPEAT_TOKENS
            due = self.REPEAT_GUESS if answer.retry_after is None else answer.retry_after
            self._repeats.append(now + due)
        if not answer.throttled:
            return
        if answer.retry_after is not None and answer.retry_after > self.PAUSE_AFTER:
            self._pause(now, answer.retry_after, f"Retry-After: {answer.retry_after:g}")
        if now - self._last_throttle > self.EPISODE_GAP:
            self._episode_start = now
            self._episode_served = 0
        self._last_throttle = now
        if answer.repeat:
            return  # the transport sent it, not the pacer: it says nothing about the pace
        if answer.sent >= self._cut_at:
            self._cut(now)
            return
        # Sent before the last cut, which already answered it; but once the server's own rate
        # shows (see _episode_rate), a cut made from a burst-inflated measure is corrected.
        episode = self._episode_rate(now)
        if episode is not None and episode < self._peak * 0.9:
            self._cut(now)

    def _episode_rate(self, now: float) -> float | None:
        """Requests per second served since this episode of throttles began: the server's own
        rate, once a burst it allowed is spent (None until there is enough to tell)."""
        since = now - self._episode_start
        if since >= 0.1 and self._episode_served >= 3:
            return self._episode_served / since
        return None

    def _admitted(self, now: float) -> float | None:
        """Requests per second the server has been serving: this episode's rate, else the last
        second's (which a burst the server allowed inflates)."""
        episode = self._episode_rate(now)
        if episode is not None:
            return episode
        if len(self._served) >= 3:
            span = max(now - self._served[0], 0.1)
            return len(self._served) / span
        return None

    def _cut(self, now: float) -> None:
        admitted = self._admitted(now)
        current = self.rate(now)
        if admitted is None:
            admitted = current if current is not None else 1.0 / self.BURST
        # Uncapped, the measure includes whatever burst the server allowed before refusing: at
        # the end of a ramp it is well above the server's rate, so the first cap starts lower.
        peak = admitted * self.UNCAPPED_SHARE if current is None else min(admitted, current)
        self._peak = max(self.MIN_RATE, peak)
        self.cap = max(self.MIN_RATE, self.BETA * self._peak)
        self._epoch = now
        self._cut_at = now
        self._tokens = min(self._tokens, 1.0)
        self._stamp = now
        logger.debug(
            "adaptive concurrency: throttled at %.1f requests/s; pacing at %.1f requests/s",
            self._peak,
            self.cap,
        )

    def _pause(self, now: float, seconds: float, why: str) -> None:
        if now + seconds > self.paused_until:
            self.paused_until = now + seconds
            logger.debug("adaptive concurrency: %s; nothing new starts for %.1f s", why, seconds)


class Window:
    """How many requests one run has in flight at most: grown while the time each request takes
    holds, cut when it rises or answers fail. `ceiling` bounds it.

    The time a request takes is measured as the run experiences it, by Little's law: the time
    requests spent in flight over a window of answers, divided by the answers. It is the round
    trip plus whatever this machine spends on each request, so it rises both when the server
    queues and when this process runs out of CPU, and it stays flat when more in flight gives
    more throughput (as it does on a loaded machine where a lone request waits to be scheduled).
    """

    # The time per request may rise to this multiple of the baseline before the window shrinks:
    # for bulk work throughput counts, and a request that takes 1.8 times as long with four in
    # flight as with one still makes twice the throughput. Beyond it, the window shrinks after
    # two windows in a row (one may be this process waiting for a CPU), or at once beyond twice it.
    TOLERANCE = 1.5
    CONFIRM = 2
    # Whatever the ratio, the time holds while at most this many requests wait in queues (TCP
    # Vegas's alpha, which Netflix's Vegas limiter also sets to 3): with few in flight a queue of
    # a request or two doubles the time per request yet still adds throughput, notably when the
    # work is CPU (a server on this machine, or the client's own): answered at once, two cores
    # make 1.3 times as many rows with four in flight as with one, each taking three times as
    # long, and a ratio alone holds the window at one or two.
    QUEUE = 3.0
    # While doubling, more than QUEUE requests waiting ends the ramp, whatever the ratio (HyStart's
    # delay test, with Vegas's measure; see _decide for where the window goes then). Ending
    # it only past twice the lowest time (as before), or past 1.25 times, let it double once
    # more, from 16 to 32 at 20 ms on two shared cores, and the run never made up for it
    # (benchmark case 2, sync, 2,000 rows, 3 rounds twice: 0.71x and 0.74x of fixed 16 at twice,
    # 0.74x at 1.25 times, 0.96x and 0.95x ending at the queue). The price: a window measured a
    # fifth high by chance at 32 or more in flight ends the ramp there, and the rest is grown by
    # one request per window.
    # Beyond the tolerance for CONFIRM windows in a row, the window moves this share of the way to
    # where the gradient points (so at most to three quarters).
    SMOOTHING = 0.5
    # After the ramp it grows by this many requests per window while the time holds (TCP Vegas's
    # additive increase). Growth by its square root (Netflix's gradient limiter) overshot the
    # knee by a third and more between cuts; past the knee every further request in flight costs
    # the client CPU (the sync client at 20 ms: 1.6 ms a row at 16 in flight, 3.7 at 64), which on
    # a machine short of CPU is throughput lost (benchmark case 2: 0.77x of fixed 16 against 0.91x).
    GROWTH = 1.0
    # A window of answers is at least this many, at least the limit, and at least this long
    # (less of each while doubling, to ramp up quickly): a machine shared with other work
    # schedules this process in slices of milliseconds, so shorter windows measure the scheduler.
    MIN_SAMPLES = 8
    MIN_SAMPLES_RAMP = 4
    MIN_SECONDS = 0.1
    MIN_SECONDS_RAMP = 0.05
    # The baseline is the lowest time per request of the run (TCP Vegas's BaseRTT). A baseline
    # that forgot (the lowest of the last 5 s, as TCP BBR forgets its lowest round trip after
    # 10 s) let the window climb for good: held past the knee for longer than that, the window
    # took its own, queued time as the new lowest and grew on, to the ceiling within 30 s against
    # a simulated server whose knee is at 8. A round trip that really rose shows otherwise: the
    # requests in flight together make less than one alone made at the baseline.
    # The cut after a lost answer or a 502/503/504, and after a throttle while ramping up (TCP's
    # halving, which ends slow start's overshoot within a few rounds; the pacer sets the rate).
    FAILURE_FACTOR = 0.8
    THROTTLE_FACTOR = 0.5

    def __init__(self, ceiling: int, *, initial: int = 1) -> None:
        self.ceiling = ceiling
        self.limit = float(min(max(1, initial), ceiling))
        self.in_flight = 0
        self.base: float | None = None  # the lowest time per request of the run
        self._slow_start = True
        self._saturated = False
        self._cut_at = -math.inf
        self._over = 0  # windows in a row beyond the tolerance
        self._slower = 0  # windows in a row making less than one request alone at the baseline
        # The current window of answers: when it began, the answers, and in-flight × seconds.
        self._start: float | None = None
        self._count = 0
        self._busy = 0.0
        self._moved_at = 0.0
        self._stale = False

    @property
    def concurrency(self) -> int:
        """Requests allowed in flight now."""
        return max(1, int(self.limit))

    def full(self) -> bool:
        """Whether no further request may start until one ends (and note that the limit bound)."""
        if self.in_flight >= self.concurrency:
            self._saturated = True
            return True
        return False

    def _move(self, now: float, by: int) -> None:
        if self._start is None:
            self._start = now
        else:
            self._busy += self.in_flight * max(0.0, now - self._moved_at)
        self._moved_at = now
        self.in_flight += by

    def acquire(self, now: float) -> None:
        """A request of the run starts (or a parked one is sent again)."""
        self._move(now, +1)
        if self.in_flight >= self.concurrency:
            self._saturated = True

    def release(self, now: float) -> None:
        """A request of the run ends (or is parked while it waits to be sent again)."""
        self._move(now, -1)

    def record(self, answer: Answer) -> None:
        """Learn from one answer of this run."""
        now = answer.received
        if answer.failed or answer.throttled:
            if answer.sent >= self._cut_at and not answer.repeat:
                if answer.failed:
                    self._set(self.limit * self.FAILURE_FACTOR, "an answer failed", now)
                    self._cut(now)
                elif self._slow_start:
                    # The ramp ran into a rate limit: end its overshoot. Later throttles are the
                    # pacer's to answer; the window then only keeps the paced requests flowing.
                    self._set(self.limit * self.THROTTLE_FACTOR, "throttled", now)
                    self._cut(now)
            return
        if not answer.served:
            return
        if answer.sent < self._cut_at:
            self._stale = True  # sent before the last cut: its time tells of the queue that cut ended
        self._count += 1
        least, seconds = (
            (self.MIN_SAMPLES_RAMP, self.MIN_SECONDS_RAMP)
            if self._slow_start
            else (self.MIN_SAMPLES, self.MIN_SECONDS)
        )
        if (
            self._count >= max(least, self.concurrency)
            and self._start is not None
            and now - self._start >= seconds
        ):
            self._decide(now)

    def measure(self, now: float) -> float | None:
        """Seconds per request over the window now ending (Little's law), or None."""
        if self._start is None or self._count == 0:
            return None
        busy = self._busy + self.in_flight * max(0.0, now - self._moved_at)
        return busy / self._count if busy > 0 else None

    def _restart(self, now: float) -> None:
        self._start, self._moved_at = now, now
        self._busy = 0.0
        self._count = 0
        self._stale = False

    def _cut(self, now: float) -> None:
        self._cut_at = now
        self._slow_start = False
        self._restart(now)

    def _decide(self, now: float) -> None:
        taken = None if self._stale else self.measure(now)
        saturated, self._saturated = self._saturated, False
        began = self._start if self._start is not None else now
        in_flight = self._busy + self.in_flight * max(0.0, now - self._moved_at)
        in_flight /= max(now - began, 1e-9)  # on average over the window
        self._restart(now)
        if taken is None:
            return
        if self.base is None or taken < self.base:
            self.base = taken
        if taken > self.TOLERANCE * max(1.0, in_flight) * self.base:
            # All those in flight make less than two thirds of what one alone made at the
            # baseline: no queue of this run's does that, the round trip itself rose (a route,
            # a slower server). After two such windows in a row, this is the new baseline.
            self._slower += 1
            if self._slower >= self.CONFIRM:
                self._slower = 0
                self.base = taken
        else:
            self._slower = 0
        gradient = self.TOLERANCE * self.base / taken
        # Requests waiting rather than being served, by the same law: those in flight beyond
        # what the baseline time would need (TCP Vegas's estimate of its packets in queues). Up
        # to QUEUE of them the time holds, whatever the ratio.
        queued = in_flight * (1 - self.base / taken)
        if queued <= self.QUEUE:
            gradient = max(gradient, 1.0)
        why = f"{taken * 1000:.1f} ms a request"
        if self._slow_start and queued > self.QUEUE:
            # The doubling went past the knee (HyStart's delay test): down to what the baseline
            # time needs plus the queue allowed (TCP Vegas's decrease, to the edge of alpha), and
            # never below the last level, where the time still held; from there it grows slowly.
            # Halving alone took 16 back to 8 at 20 ms, where the run spent a second and a half
            # climbing back one request at a time (benchmark case 2, sync, 2,000 rows, 3 rounds:
            # 0.85x of fixed 16 halving, 0.91x trimming; case 1 0.93x both).
            self._set(max(self.limit / 2, in_flight * self.base / taken + self.QUEUE), why, now)
            self._cut(now)
            return
        if gradient < 1.0:
            self._over += 1
            if self._over >= self.CONFIRM:
                self._over = 0
                # A step of the way (Gradient2's smoothing), at most a halving.
                factor = 1 - self.SMOOTHING * (1 - max(0.5, gradient))
                self._set(self.limit * factor, why, now)
                self._cut(now)
            return
        self._over = 0
        if saturated:
            grown = self.limit * 2 if self._slow_start else self.limit + self.GROWTH
            self._set(grown, why, now)

    def _set(self, limit: float, why: str, now: float) -> None:
        before = self.concurrency
        self.limit = min(float(self.ceiling), max(1.0, limit))
        if self.concurrency != before:
            base = (self.base or 0.0) * 1000
            logger.debug(
                "adaptive concurrency: %d -> %d in flight (%s; lowest %.1f ms)",
                before,
                self.concurrency,
                why,
                base,
            )
