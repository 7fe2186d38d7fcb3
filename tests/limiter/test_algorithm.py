"""The adaptive limiter's algorithm step by step (pakat._limiter): pure, with the time given."""

from __future__ import annotations

import logging

import pytest

from pakat._limiter import Answer, Pacer, Window, parse_rate_limit_reset


def answer(sent: float, took: float = 0.02, status: int | None = 201, **extra: object) -> Answer:
    return Answer(sent, sent + took, status, **extra)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("status", "retry_after", "throttled", "failed", "served"),
    [
        (201, None, False, False, True),
        (409, None, False, False, True),  # the server did its work: already on the list
        (422, None, False, False, True),
        (429, None, True, False, False),
        (429, 1.0, True, False, False),
        (429, 0.0, False, False, False),  # "again at once": counted, slows nothing
        (503, 2.0, True, False, False),
        (503, None, False, True, False),
        (502, None, False, True, False),
        (504, None, False, True, False),
        (500, None, False, False, True),
        (None, None, False, True, False),  # no answer
    ],
)
def test_what_an_answer_says(
    status: int | None, retry_after: float | None, throttled: bool, failed: bool, served: bool
) -> None:
    seen = Answer(0.0, 0.02, status, retry_after)
    assert (seen.throttled, seen.failed, seen.served) == (throttled, failed, served)


def test_rate_limit_reset_in_seconds_or_as_a_unix_time() -> None:
    assert parse_rate_limit_reset("30", 1_700_000_000) == 30
    assert parse_rate_limit_reset("1700000045", 1_700_000_000) == 45
    assert parse_rate_limit_reset("1699999990", 1_700_000_000) == 0
    for bad in (None, "", "soon", "-3", "nan", "inf"):
        assert parse_rate_limit_reset(bad, 1_700_000_000) is None


# -- the pacer -------------------------------------------------------------------------------


def _served(pacer: Pacer, start: float, end: float, per_second: float) -> float:
    """Answers served at `per_second` from `start` to `end`; returns `end`."""
    step = 1 / per_second
    when = start
    while when < end:
        pacer.record(Answer(when - 0.02, when, 201))
        when += step
    return end


def test_no_pace_until_the_server_throttles() -> None:
    pacer = Pacer()
    _served(pacer, 0, 2, 500)
    assert pacer.rate(2) is None
    assert all(pacer.wait(2) == 0 for _ in range(1000))


def test_a_throttle_paces_below_the_rate_the_server_let_through(caplog: pytest.LogCaptureFixture) -> None:
    pacer = Pacer()
    now = _served(pacer, 0, 1, 200)
    pacer.record(Answer(now - 0.02, now, 429, 1.0))  # the first cap, from a ramp
    now = _served(pacer, now, now + 2, 100)  # the cap has grown back past what is served
    with caplog.at_level(logging.DEBUG, logger="pakat"):
        pacer.record(Answer(now - 0.02, now, 429, 1.0))
    rate = pacer.rate(now)
    assert rate is not None and rate == pytest.approx(Pacer.BETA * 100, rel=0.05)
    assert pacer.throttles == 2
    assert "pacing at" in caplog.text


def test_the_first_throttle_after_a_ramp_starts_lower() -> None:
    pacer = Pacer()
    now = _served(pacer, 0, 1, 300)  # a ramp through the server's burst
    pacer.record(Answer(now - 0.02, now, 429, 1.0))
    rate = pacer.rate(now)
    assert rate is not None and rate == pytest.approx(Pacer.BETA * Pacer.UNCAPPED_SHARE * 300, rel=0.05)


def test_the_cap_grows_back_along_a_cubic_and_is_dropped() -> None:
    pacer = Pacer()
    now = _served(pacer, 0, 1, 100)
    pacer.record(Answer(now - 0.02, now, 429, 1.0))
    first = pacer.rate(now)
    assert first is not None
    peak = first / Pacer.BETA
    k = (peak * (1 - Pacer.BETA) / Pacer.CUBIC_C) ** (1 / 3)
    assert pacer.rate(now + k) == pytest.approx(peak)  # back where the server refused: flat there
    assert pacer.rate(now + k / 2) == pytest.approx(peak - Pacer.CUBIC_C * (k / 2) ** 3)
    later = pacer.rate(now + k + 2)
    assert later is not None and later > peak
    assert pacer.rate(now + k + 100) is None  # far past it: the limit has risen, pacing stops


def test_one_cut_per_round_and_none_for_repeats() -> None:
    pacer = Pacer()
    now = _served(pacer, 0, 1, 100)
    pacer.record(Answer(now - 0.02, now, 429, 1.0))
    cut = pacer.rate(now)
    # Answers to requests sent before the cut, and to the transport's repeats, do not cut again.
    pacer.record(Answer(now - 0.01, now + 0.005, 429, 1.0))
    pacer.record(Answer(now + 0.01, now + 0.03, 429, 1.0, repeat=True))
    kept = pacer.rate(now + 0.03)
    assert cut is not None and kept is not None and kept >= cut  # growing again, not cut
    # A request sent after it that is throttled again: the next round, cut again.
    pacer.record(Answer(now + 0.02, now + 0.04, 429, 1.0))
    again = pacer.rate(now + 0.04)
    assert again is not None and cut is not None and again < cut
    assert pacer.throttles == 4


def test_retry_after_zero_is_counted_and_slows_nothing() -> None:
    pacer = Pacer()
    now = _served(pacer, 0, 1, 100)
    pacer.record(Answer(now - 0.02, now, 429, 0.0))
    assert pacer.throttles == 1 and pacer.rate(now) is None


def test_a_long_retry_after_holds_every_new_request() -> None:
    pacer = Pacer()
    pacer.record(Answer(0.0, 0.02, 429, 5.0))
    assert pacer.wait(1.0) == pytest.approx(4.02)
    assert pacer.wait(5.5) == 0 or pacer.wait(5.5) < 1  # paced after, no longer held


def test_a_retry_after_of_a_second_holds_only_the_request_refused() -> None:
    pacer = Pacer()
    pacer.record(Answer(0.0, 0.02, 429, 1.0))
    assert pacer.paused_until == 0
    assert pacer.wait(0.5) < 0.5


def test_an_exhausted_rate_limit_window_holds_until_it_resets() -> None:
    pacer = Pacer()
    pacer.record(Answer(0.0, 0.02, 200, remaining=0, reset=3.0))
    assert pacer.wait(1.02) == pytest.approx(2.0)
    assert pacer.wait(3.1) == 0


def test_new_requests_wait_while_a_burst_of_repeats_is_due() -> None:
    pacer = Pacer()
    now = _served(pacer, 0, 1, 100)
    for offset in range(60):  # a burst throttled at once, each to be sent again in a second
        pacer.record(Answer(now - 0.02, now + offset * 0.0001, 429, 1.0))
    held = pacer.wait(now + 0.5)
    assert held > 0.4  # room is kept for them
    assert pacer.wait(now + 1.01) < 0.5  # once sent, new requests follow (paying off their tokens)


# -- the window ------------------------------------------------------------------------------


def _round(window: Window, now: float, took: float, status: int | None = 201) -> float:
    """Fill the window, answer every request `took` seconds later; returns the time after."""
    started = []
    while not window.full():
        window.acquire(now)
        started.append(now)
    for sent in started:
        window.record(Answer(sent, now + took, status))
        window.release(now + took)
    return now + took


def test_the_window_doubles_while_the_time_per_request_holds() -> None:
    window = Window(16)
    seen = [window.concurrency]
    now = 0.0
    for _ in range(40):
        now = _round(window, now, 0.02)
        seen.append(window.concurrency)
    assert seen[0] == 1 and seen[-1] == 16  # the ceiling, never more
    assert sorted(set(seen)) == [1, 2, 4, 8, 16]


def test_a_ramp_past_the_knee_keeps_what_the_baseline_time_needs() -> None:
    # A server 20 ms away whose knee is at about 12 in flight: at 16 each request takes 1.3 times
    # as long (four waiting). The ramp ends there, and the window goes to what those in flight
    # need at the baseline time plus the three allowed to wait, not back to 8, from where the
    # run spent a second and a half climbing back one request at a time.
    window = Window(64)
    now = 0.0
    while window.concurrency < 16:
        now = _round(window, now, 0.02 * max(1.0, window.concurrency / 12.3))
    while window.concurrency == 16:
        now = _round(window, now, 0.02 * max(1.0, window.concurrency / 12.3))
    assert 12 <= window.concurrency < 16  # about 16 / 1.3 + 3 (it was 8)


def test_past_the_ramp_it_still_reaches_the_ceiling() -> None:
    # Rounds answered all at once read a fifth high at 32 in flight (a window ends mid-round, its
    # Little's law counting the round's requests still in flight), which ends the ramp there;
    # from then on it grows by one a window, to the ceiling all the same.
    window = Window(64)
    now = 0.0
    for _ in range(400):
        now = _round(window, now, 0.02)
    assert window.concurrency == 64


def test_the_window_shrinks_when_the_time_per_request_rises() -> None:
    window = Window(64)
    now = 0.0
    while window.concurrency < 16:
        now = _round(window, now, 0.02)
    # The server queues: each request now takes five times as long.
    for _ in range(6):
        now = _round(window, now, 0.1)
    assert window.concurrency < 16


def test_one_slow_window_is_not_enough_to_shrink_it_after_the_ramp() -> None:
    window = Window(64)
    window._slow_start = False
    window.limit = 8.0
    now = 0.0
    for _ in range(10):
        now = _round(window, now, 0.02)
    grown = window.concurrency
    now = _round(window, now, 0.05)  # this process waited for a CPU once
    for _ in range(3):
        now = _round(window, now, 0.02)
    assert window.concurrency >= grown


def test_failures_cut_once_per_round_and_throttles_end_the_ramp() -> None:
    window = Window(64, initial=32)
    window.acquire(0.0)
    window.record(Answer(0.0, 0.02, 429, 1.0))
    assert window.concurrency == 16  # a throttle while ramping: × 0.5, and the ramp ends
    window.record(Answer(0.03, 0.05, 429, 1.0))
    assert window.concurrency == 16  # later throttles are the pacer's to answer
    window.record(Answer(0.06, 0.08, None))
    assert window.concurrency == 12  # no answer: × 0.8 (12.8)
    window.record(Answer(0.05, 0.081, 504))  # sent before that cut
    window.record(Answer(0.09, 0.11, 502, repeat=True))  # the transport's repeat
    assert window.concurrency == 12
    for sent in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4):
        window.record(Answer(sent, sent + 0.02, None))
    assert window.concurrency == 1  # never less


def test_the_window_does_not_grow_when_it_was_not_full() -> None:
    window = Window(64)
    now = 0.0
    for _ in range(20):
        window.acquire(now)  # one at a time, whatever the limit
        window.record(Answer(now, now + 0.02, 201))
        window.release(now + 0.02)
        now += 0.05
    assert window.concurrency <= 2


def test_a_queue_of_a_few_requests_still_counts_as_holding() -> None:
    # Short of CPU, each request takes longer with more in flight, yet more in flight still makes
    # more: four take 2.8 times as long as one and make 1.4 times as many. The ratio alone (1.5)
    # would hold the window at one or two; up to three requests waiting in queues still hold.
    window = Window(64)
    now = 0.0
    seen = []
    for _ in range(400):
        now = _round(window, now, 0.01 * (1 + 0.6 * (window.concurrency - 1)))
        seen.append(window.concurrency)
    last = seen[-100:]
    assert sum(last) / len(last) >= 4 and min(last) >= 3 and max(last) <= 6, last


def _knee(in_flight: int) -> float:
    """A server 20 ms away that serves 400 requests a second: past 8 in flight, they queue."""
    return max(0.02, in_flight / 400)


def test_the_window_does_not_climb_past_the_knee_over_a_long_run() -> None:
    # The baseline is the run's lowest: one that forgot after a few seconds took the queued time
    # of a window held past the knee as the new lowest, and climbed to the ceiling.
    window = Window(64)
    now = 0.0
    while now < 10:
        now = _round(window, now, _knee(window.concurrency))
    seen = []
    while now < 120:
        now = _round(window, now, _knee(window.concurrency))
        seen.append(window.concurrency)
    assert max(seen) <= 16, max(seen)


def test_a_round_trip_that_rose_for_good_is_learned() -> None:
    window = Window(64)
    now = 0.0
    while now < 10:
        now = _round(window, now, _knee(window.concurrency))
    before = window.concurrency
    while now < 40:  # the route changed: 100 ms more each way
        now = _round(window, now, 0.2 + _knee(window.concurrency))
    assert window.base is not None and window.base > 0.1  # learned (it was 0.02)
    assert window.concurrency >= before  # as many in flight make as much again
