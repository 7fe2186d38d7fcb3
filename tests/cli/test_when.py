"""`--at`: Jalali or Gregorian, Persian, Arabic-Indic or ASCII digits, pinned across Nowruz and
across Iran's last change of clocks (daylight saving ended at 24:00 on 1401/06/30, 2022-09-21)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pakat.cli._when import parse_moment

LONG_AGO = datetime(2000, 1, 1, tzinfo=UTC)


def utc(text: str, zone: str = "Asia/Tehran") -> str:
    return parse_moment(text, zone, now=LONG_AGO).instant.astimezone(UTC).strftime("%Y-%m-%d %H:%M")


@pytest.mark.parametrize(
    "text",
    [
        "۱۴۰۶/۰۱/۰۲ ۰۹:۰۰",  # Persian digits
        "١٤٠٦/٠١/٠٢ ٠٩:٠٠",  # Arabic-Indic digits
        "1406/01/02 09:00",
        "1406-1-2 9:00",
        "۱۴۰۶/۰۱/۰۲ ۰۹:۰۰ +03:30",
        "1406/01/02 09:00 Asia/Tehran",
        "2027-03-22 09:00",  # the same day, Gregorian
        "2027-03-22T09:00:00+03:30",
        "2027-03-22 05:30 Z",
    ],
)
def test_the_same_moment_in_every_spelling(text: str) -> None:
    assert utc(text) == "2027-03-22 05:30"


def test_what_was_understood_is_said() -> None:
    moment = parse_moment("۱۴۰۶/۰۱/۰۲ ۰۹:۰۰", "Asia/Tehran", now=LONG_AGO)
    assert moment.calendar == "jalali"
    assert moment.describe() == (
        "1406/01/02 09:00 (Jalali) in Asia/Tehran: 2027-03-22 09:00+03:30 (Gregorian), 2027-03-22 05:30 UTC"
    )
    gregorian = parse_moment("2027-03-22 09:00", "Asia/Tehran", now=LONG_AGO)
    assert gregorian.calendar == "gregorian"
    assert (
        gregorian.describe()
        == "2027-03-22 09:00 (Gregorian) in Asia/Tehran: 2027-03-22 09:00+03:30, 2027-03-22 05:30 UTC"
    )
    assert parse_moment("1406/01/02 09:00 +04:00", "Asia/Tehran", now=LONG_AGO).zone == "UTC+04:00"


@pytest.mark.parametrize(
    ("jalali", "expected_utc"),
    [
        # Nowruz: the last minute of 1405 and the first of 1406; 1403 was a leap year (Esfand 30).
        ("1405/12/29 23:59", "2027-03-20 20:29"),
        ("1406/01/01 00:00", "2027-03-20 20:30"),
        ("1403/12/30 12:00", "2025-03-20 08:30"),
        ("1404/01/01 12:00", "2025-03-21 08:30"),
        # 2022: clocks went forward at 00:00 on 1401/01/02 (+03:30 to +04:30) ...
        ("1401/01/01 23:30", "2022-03-21 20:00"),
        ("1401/01/02 01:30", "2022-03-21 21:00"),
        # ... and back for the last time at 24:00 on 1401/06/30 (+04:30 to +03:30).
        ("1401/06/30 22:30", "2022-09-21 18:00"),
        ("1401/06/31 00:30", "2022-09-21 21:00"),
        ("1401/07/01 09:00", "2022-09-23 05:30"),
        # Before 2022 the same wall time in summer was +04:30: a fixed offset would be an hour out.
        ("1400/05/01 09:00", "2021-07-23 04:30"),
        ("1402/05/01 09:00", "2023-07-23 05:30"),
    ],
)
def test_jalali_dates_pinned_across_nowruz_and_the_end_of_daylight_saving(
    jalali: str, expected_utc: str
) -> None:
    assert utc(jalali) == expected_utc


def test_a_wall_time_that_happened_twice_is_refused_with_both_offsets() -> None:
    with pytest.raises(
        ValueError, match=r"1401/06/30 23:30 happens twice in Asia/Tehran.*\+04:30 or \+03:30"
    ):
        parse_moment("۱۴۰۱/۰۶/۳۰ ۲۳:۳۰", "Asia/Tehran", now=LONG_AGO)
    assert utc("1401/06/30 23:30 +04:30") == "2022-09-21 19:00"
    assert utc("1401/06/30 23:30 +03:30") == "2022-09-21 20:00"


def test_a_wall_time_the_clocks_skipped_is_refused() -> None:
    with pytest.raises(ValueError, match=r"1401/01/02 00:30 does not exist in Asia/Tehran"):
        parse_moment("1401/01/02 00:30", "Asia/Tehran", now=LONG_AGO)


def test_a_moment_already_past_is_refused_with_the_instant_understood() -> None:
    now = datetime(2027, 3, 22, 6, 0, tzinfo=UTC)
    with pytest.raises(ValueError) as refused:
        parse_moment("۱۴۰۶/۰۱/۰۲ ۰۹:۰۰", "Asia/Tehran", now=now)
    assert str(refused.value) == (
        "1406/01/02 09:00 (Jalali) in Asia/Tehran: 2027-03-22 09:00+03:30 (Gregorian), "
        "2027-03-22 05:30 UTC is already past"
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("tomorrow", "is not a date and time"),
        ("1406/13/01 09:00", "is not a Jalali date"),
        ("1405/12/30 09:00", "is not a Jalali date"),  # 1405 is not a leap year: Esfand has 29 days
        ("2027-02-30 09:00", "is not a Gregorian date"),
        ("1406/01/02 25:00", "is not a Jalali date and time"),
        ("1406/01/02 09:00 Mars/Olympus", "unknown timezone 'Mars/Olympus'"),
    ],
)
def test_what_is_not_a_moment(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_moment(text, "Asia/Tehran", now=LONG_AGO)


def test_the_default_zone_applies_only_without_one() -> None:
    assert utc("2027-03-22 09:00", "Europe/Berlin") == "2027-03-22 08:00"
    assert utc("2027-03-22 09:00 +03:30", "Europe/Berlin") == "2027-03-22 05:30"
