"""Property-based, pakat's encoders alone: base64 round-trips, send_at agrees with the tz database.
(What the clients send with them is tested in tests/_async/reliability/test_properties.py.)"""

from __future__ import annotations

import base64
import io
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime, tzinfo
from zoneinfo import ZoneInfo

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pakat import Attachment
from pakat._encoding import (
    attachments,
    b64,
    campaign_send_at,
    html_content,
    transactional_send_at,
    zip_archive,
)
from tests.reliability._strategies import (
    WIRE_TIME_FORMAT,
    aware,
    floor_second,
    local_instants,
    one_line,
)

PROFILE = settings.get_profile("reliability")


# (b) base64 round-trips arbitrary bytes ------------------------------------------------------


@PROFILE
@given(data=st.binary(max_size=4096))
def test_base64_round_trips_any_bytes(data: bytes) -> None:
    encoded = b64(data)
    assert encoded.isascii() and "\n" not in encoded
    assert base64.b64decode(encoded, validate=True) == data


@PROFILE
@given(data=st.binary(min_size=1, max_size=4096))
def test_html_bytes_round_trip(data: bytes) -> None:
    assume(data.strip())
    assert base64.b64decode(html_content(data), validate=True) == data


@PROFILE
@given(files=st.lists(st.tuples(one_line, st.binary(max_size=2048)), max_size=3))
def test_attachments_round_trip(files: list[tuple[str, bytes]]) -> None:
    fields = attachments([Attachment(name, data) for name, data in files])
    for index, (name, data) in enumerate(files):
        assert fields[f"email[attachments][{index}][name]"] == name
        assert base64.b64decode(fields[f"email[attachments][{index}][data]"], validate=True) == data


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@PROFILE
@given(
    members=st.dictionaries(
        st.from_regex(r"[a-z]{1,8}\.(html|png|css)", fullmatch=True), st.binary(max_size=2048), max_size=4
    )
)
def test_zip_archives_round_trip(members: dict[str, bytes]) -> None:
    archive = _zip(members)
    decoded = base64.b64decode(zip_archive(archive), validate=True)
    assert decoded == archive
    with zipfile.ZipFile(io.BytesIO(decoded)) as opened:
        assert {name: opened.read(name) for name in opened.namelist()} == members


# (c) send_at agrees with the tz database -----------------------------------------------------


def _expected(moment: datetime, zone: tzinfo) -> str | None:
    """`Y-m-d H:i:s` of the moment in `zone` as zoneinfo computes it; None if it leaves the calendar.

    From the UTC instant: `astimezone` to a datetime's own tzinfo object returns it as it is,
    even a wall time that a DST gap skips (02:30 on a spring-forward night).
    """
    try:
        local = moment.astimezone(UTC).astimezone(zone)
    except OverflowError:
        return None
    return (
        f"{local.year:04d}-{local.month:02d}-{local.day:02d} "
        f"{local.hour:02d}:{local.minute:02d}:{local.second:02d}"
    )


def _converts(convert: Callable[[], str], expected: str | None) -> str | None:
    """The wire value, or None when the conversion refused a moment outside the calendar."""
    if expected is None:
        with pytest.raises(ValueError, match="outside the calendar"):
            convert()
        return None
    wire = convert()
    assert wire == expected
    assert len(wire) == 19  # Y-m-d H:i:s, a four-digit year
    return wire


@PROFILE
@given(moment=aware, zone=st.timezones())
def test_campaign_send_at_agrees_with_zoneinfo(moment: datetime, zone: ZoneInfo) -> None:
    wire = _converts(lambda: campaign_send_at(moment, zone), _expected(moment, zone))
    if wire is None:
        return
    # Read back as Pakat would (a wall-clock time in the account's zone), it is the same instant.
    assert floor_second(moment).astimezone(UTC) in local_instants(wire, zone)
    # The ISO-8601 text of the same moment gives the same wire value.
    assert campaign_send_at(moment.isoformat(), zone) == wire


@PROFILE
@given(moment=aware)
def test_transactional_send_at_is_utc(moment: datetime) -> None:
    wire = _converts(lambda: transactional_send_at(moment), _expected(moment, UTC))
    if wire is None:
        return
    assert datetime.strptime(wire, WIRE_TIME_FORMAT).replace(tzinfo=UTC) == floor_second(moment).astimezone(
        UTC
    )
    assert transactional_send_at(moment.isoformat()) == wire


def test_a_wall_time_in_a_dst_gap_is_sent_as_the_time_the_clocks_showed() -> None:
    """02:00 on 1987-03-29 did not exist in Ceuta (clocks went 01:59 -> 03:00); the instant is 03:00."""
    ceuta = ZoneInfo("Africa/Ceuta")
    skipped = datetime(1987, 3, 29, 2, 0, tzinfo=ceuta)
    assert campaign_send_at(skipped, ceuta) == "1987-03-29 03:00:00"
    assert campaign_send_at(skipped.isoformat(), ceuta) == "1987-03-29 03:00:00"
    assert campaign_send_at(skipped, ZoneInfo.no_cache("Africa/Ceuta")) == "1987-03-29 03:00:00"


def test_tehran_uses_the_tz_database_not_a_fixed_offset() -> None:
    """Iran kept daylight saving until 2022: +04:30 in summer then, +03:30 all year since."""
    tehran = ZoneInfo("Asia/Tehran")
    summer_2021 = datetime(2021, 7, 1, 6, 0, tzinfo=UTC)
    summer_2023 = datetime(2023, 7, 1, 6, 0, tzinfo=UTC)
    assert campaign_send_at(summer_2021, tehran) == "2021-07-01 10:30:00"
    assert campaign_send_at(summer_2023, tehran) == "2023-07-01 09:30:00"


@pytest.mark.parametrize(
    ("moment", "zone"),
    [
        (datetime(9999, 12, 31, 23, 0, tzinfo=UTC), "Asia/Tehran"),
        (datetime(1, 1, 1, 1, tzinfo=ZoneInfo("Asia/Tokyo")), "America/New_York"),
    ],
)
def test_send_at_beyond_the_calendar_is_a_value_error(moment: datetime, zone: str) -> None:
    with pytest.raises(ValueError, match=r"send_at .* outside the calendar"):
        campaign_send_at(moment, ZoneInfo(zone))


@pytest.mark.parametrize("moment", [datetime(999, 5, 1, tzinfo=UTC), datetime(5, 1, 1, tzinfo=UTC)])
def test_send_at_years_before_1000_keep_four_digits(moment: datetime) -> None:
    assert transactional_send_at(moment) == f"{moment.year:04d}-{moment.month:02d}-01 00:00:00"
