"""`--at`: a moment as people in Iran write it, Jalali or Gregorian, in Persian, Arabic-Indic or ASCII digits.

    ۱۴۰۶/۰۱/۰۲ ۰۹:۰۰             Jalali (a year before 1700), in --timezone (default Asia/Tehran)
    2027-03-22 09:00             Gregorian, in --timezone
    1406/01/02 09:00 +03:30      with a UTC offset, or Z, or a zone name such as Asia/Tehran
    2027-03-22T09:00:00+03:30    ISO 8601

A wall time the zone's clocks skip (spring forward) or show twice (fall back) is refused, with the
offsets that would make it one instant. What was understood is said in one line before anything is
sent; a moment already past is refused with that line. Jalali dates go through jdatetime (pulled
in by `pakat[cli]`, as `pakat[jalali]`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = ["DIGITS", "Moment", "parse_moment"]

# Persian (extended Arabic-Indic) and Arabic-Indic digits, and the separators typed with them.
DIGITS = str.maketrans(
    "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٫:٬",
    "01234567890123456789.:,",
)
# Years before this are Jalali: the Jalali year now is about 1405, the Gregorian about 2026.
JALALI_BEFORE = 1700
_PATTERN = re.compile(
    r"""^\s*
    (?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})
    (?:[T\s]+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?)?
    \s*(?P<zone>Z|UTC|[+-]\d{2}:?\d{2}|[A-Za-z_]+(?:/[A-Za-z0-9_+-]+)*)?
    \s*$""",
    re.X,
)
_OFFSET = re.compile(r"^([+-])(\d{2}):?(\d{2})$")

Calendar = Literal["jalali", "gregorian"]


@dataclass(frozen=True)
class Moment:
    """What `--at` understood: the instant, and how it was written."""

    instant: datetime  # aware
    calendar: Calendar
    written: str  # the date and time as understood, in its calendar and ASCII digits
    zone: str  # the zone's name or offset, as used

    def describe(self) -> str:
        """One line: the calendar, the zone, the instant in that zone and in UTC."""
        local = self.instant.isoformat(sep=" ", timespec="minutes")
        utc = self.instant.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
        if self.calendar == "jalali":
            return f"{self.written} (Jalali) in {self.zone}: {local} (Gregorian), {utc}"
        return f"{self.written} (Gregorian) in {self.zone}: {local}, {utc}"

    def as_json(self) -> dict[str, str]:
        return {
            "calendar": self.calendar,
            "written": self.written,
            "timezone": self.zone,
            "send_at": self.instant.isoformat(),
            "send_at_utc": self.instant.astimezone(UTC).isoformat(),
        }


def _zone(text: str) -> tuple[tzinfo, str]:
    if text in ("Z", "UTC"):
        return UTC, "UTC"
    offset = _OFFSET.match(text)
    if offset:
        sign, hours, minutes = offset.groups()
        delta = timedelta(hours=int(hours), minutes=int(minutes))
        from datetime import timezone

        label = f"{sign}{hours}:{minutes}"
        return timezone(-delta if sign == "-" else delta, label), f"UTC{label}"
    try:
        return ZoneInfo(text), text
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            f"unknown timezone {text!r}: use a name such as Asia/Tehran, or an offset such as +03:30"
        ) from None


def _gregorian(year: int, month: int, day: int, calendar: Calendar) -> date:
    if calendar == "gregorian":
        return date(year, month, day)
    try:
        import jdatetime
    except ImportError:
        raise ValueError("Jalali dates need jdatetime: pip install 'pakat[jalali]'") from None
    try:
        gregorian: date = jdatetime.date(year, month, day).togregorian()
    except ValueError as exc:
        raise ValueError(f"{year}/{month:02d}/{day:02d} is not a Jalali date ({exc})") from None
    return gregorian


def _one_instant(local: datetime, zone: tzinfo, zone_name: str, written: str) -> datetime:
    """`local` (naive) on the clocks of `zone`, refused when those clocks skip it or show it twice."""
    first, second = local.replace(tzinfo=zone, fold=0), local.replace(tzinfo=zone, fold=1)
    if first.utcoffset() == second.utcoffset():
        return first
    offsets = " or ".join(_offset(moment) for moment in (first, second))
    back = first.astimezone(UTC).astimezone(zone).replace(tzinfo=None)
    if back != local:
        raise ValueError(
            f"{written} does not exist in {zone_name}: the clocks skipped it (they moved forward); "
            f"give an offset ({offsets}) to say which instant you mean"
        )
    raise ValueError(
        f"{written} happens twice in {zone_name}: the clocks showed it again when they moved back; "
        f"add the offset of the one you mean: {offsets}"
    )


def _offset(moment: datetime) -> str:
    delta = moment.utcoffset() or timedelta()
    sign = "-" if delta < timedelta() else "+"
    minutes = abs(int(delta.total_seconds())) // 60
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def parse_moment(text: str, default_zone: str, *, now: datetime | None = None) -> Moment:
    """Read `text` (see the module); raises ValueError, saying what was understood, for text that
    is not a moment or a moment already past."""
    ascii_text = text.translate(DIGITS).strip()
    match = _PATTERN.match(ascii_text)
    if not match:
        raise ValueError(
            f"{text!r} is not a date and time: write it as 1406/01/02 09:00 (Jalali), "
            "2027-03-22 09:00 (Gregorian) or 2027-03-22T09:00:00+03:30, in any digits"
        )
    parts = {
        key: int(value) for key, value in match.groupdict().items() if key != "zone" and value is not None
    }
    year, month, day = parts["year"], parts["month"], parts["day"]
    hour, minute, second = parts.get("hour", 0), parts.get("minute", 0), parts.get("second", 0)
    calendar: Calendar = "jalali" if year < JALALI_BEFORE else "gregorian"
    separator = "/" if calendar == "jalali" else "-"
    written = f"{year:04d}{separator}{month:02d}{separator}{day:02d} {hour:02d}:{minute:02d}"
    if second:
        written += f":{second:02d}"
    zone, zone_name = _zone(match["zone"] or default_zone)
    try:
        local = datetime.combine(_gregorian(year, month, day, calendar), time(hour, minute, second))
    except ValueError as exc:
        if "Jalali" in str(exc) or "jdatetime" in str(exc):
            raise
        raise ValueError(f"{written} is not a {calendar.capitalize()} date and time ({exc})") from None
    instant = _one_instant(local, zone, zone_name, written)
    moment = Moment(instant, calendar, written, zone_name)
    if instant <= (now or datetime.now(UTC)):
        raise ValueError(f"{moment.describe()} is already past")
    return moment
