"""Wire encodings: base64 content, send_at, indexed fields, and the checks that refuse bad input."""

from __future__ import annotations

import base64
import io
import zipfile
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from pakat import Attachment
from pakat._encoding import (
    attachments,
    campaign_send_at,
    custom_fields,
    html_content,
    indexed,
    keyed,
    plain_text,
    require_email,
    require_text,
    transactional_send_at,
    zip_archive,
)

TEHRAN = ZoneInfo("Asia/Tehran")
PERSIAN = "<p dir='rtl'>سلام، به خبرنامهٔ پاکات خوش آمدید 🌷</p>"


def test_html_is_base64_of_utf8_for_str_bytes_and_paths(tmp_path: Path) -> None:
    file = tmp_path / "mail.html"
    file.write_text(PERSIAN, encoding="utf-8")
    for value in (PERSIAN, PERSIAN.encode(), file):
        assert base64.b64decode(html_content(value)) == PERSIAN.encode("utf-8")
    with pytest.raises(ValueError, match="empty"):
        html_content("   ")
    with pytest.raises(TypeError):
        html_content(123)  # type: ignore[arg-type]


def test_plain_text_is_not_encoded() -> None:
    assert plain_text("سلام\r\nخداحافظ") == "سلام\r\nخداحافظ"
    with pytest.raises(ValueError, match="UTF-8"):
        plain_text(b"\xff\xfe")


def test_archive_must_be_a_zip(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("index.html", PERSIAN)
    assert base64.b64decode(zip_archive(buffer.getvalue())) == buffer.getvalue()
    with pytest.raises(ValueError, match="not a zip"):
        zip_archive(b"plain bytes")
    with pytest.raises(TypeError):
        zip_archive("archive.zip")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (datetime(2021, 7, 1, 9, 0, tzinfo=UTC), "2021-07-01 13:30:00"),  # +04:30, daylight time then
        (datetime(2021, 1, 1, 9, 0, tzinfo=UTC), "2021-01-01 12:30:00"),
        (datetime(2024, 7, 1, 9, 0, tzinfo=UTC), "2024-07-01 12:30:00"),  # +03:30 all year since 2023
        ("2024-07-01T09:00:00Z", "2024-07-01 12:30:00"),
        ("2024-07-01T12:30:00+03:30", "2024-07-01 12:30:00"),
    ],
)
def test_campaign_send_at_uses_the_tz_database(moment: datetime | str, expected: str) -> None:
    assert campaign_send_at(moment, TEHRAN) == expected


def test_transactional_send_at_is_utc() -> None:
    assert transactional_send_at(datetime(2025, 1, 15, 13, 30, tzinfo=TEHRAN)) == "2025-01-15 10:00:00"
    assert transactional_send_at("2025-01-15T10:00:00-05:00") == "2025-01-15 15:00:00"
    now = datetime(2025, 3, 1, 8, 0, 5, tzinfo=timezone(timedelta(hours=1)))
    assert transactional_send_at(None, now=now) == "2025-03-01 07:00:05"


def test_naive_and_offsetless_times_are_refused_with_the_fix() -> None:
    with pytest.raises(ValueError, match=r"naive.*tzinfo=ZoneInfo"):
        transactional_send_at(datetime(2025, 1, 15, 10, 0))
    with pytest.raises(ValueError, match=r"no UTC offset.*\+03:30"):
        campaign_send_at("2025-01-15 10:00:00", TEHRAN)
    with pytest.raises(ValueError, match="ISO-8601"):
        transactional_send_at("tomorrow")


def test_attachments_are_numbered_typed_and_encoded(tmp_path: Path) -> None:
    pdf = tmp_path / "فاکتور.pdf"
    pdf.write_bytes(b"%PDF-1.4 \x00\x01")
    fields = attachments([Attachment("a.png", b"\x89PNG"), pdf])
    assert fields == {
        "email[attachments][0][name]": "a.png",
        "email[attachments][0][type]": "image/png",
        "email[attachments][0][data]": base64.b64encode(b"\x89PNG").decode(),
        "email[attachments][1][name]": "فاکتور.pdf",
        "email[attachments][1][type]": "application/pdf",
        "email[attachments][1][data]": base64.b64encode(b"%PDF-1.4 \x00\x01").decode(),
    }
    with pytest.raises(ValueError, match="at most 3"):
        attachments([Attachment(f"{i}.txt", b"x") for i in range(4)])
    with pytest.raises(ValueError, match="no name"):
        attachments([Attachment("", b"x")])
    assert "bytes>" in repr(Attachment("big.bin", b"x" * 10_000))


def test_single_line_and_email_checks() -> None:
    with pytest.raises(ValueError, match="line break"):
        require_text("Hello\r\nBcc: victim@example.com", "subject")
    with pytest.raises(ValueError, match="empty"):
        require_text("  ", "subject")
    for bad in ("plain", "a@b", "a b@c.d", "a@b.c\n", "@b.co"):
        with pytest.raises(ValueError):
            require_email(bad, "email")
    assert require_email("ali.rezaei+news@mail.example.ir", "email")


@pytest.mark.parametrize("tag", ["fname", "F NAME", "FNAME]", "A[B]", "", "1ABC"])
def test_field_tags_are_refused_unless_upper_case(tag: str) -> None:
    with pytest.raises(ValueError, match="field tag"):
        custom_fields({tag: "x"})


def test_indexed_and_keyed_fields() -> None:
    assert indexed("options", [{"name": "Red", "value": "r"}, {"name": "Blue", "value": None}]) == {
        "options[0][name]": "Red",
        "options[0][value]": "r",
        "options[1][name]": "Blue",
    }
    assert keyed("email[params]", {"name": "علی", "n": 3}) == {
        "email[params][name]": "علی",
        "email[params][n]": "3",
    }
    with pytest.raises(ValueError, match="brackets"):
        keyed("email[params]", {"a]b": "x"})


def test_send_at_takes_jalali_datetimes() -> None:
    import jdatetime

    tehran = ZoneInfo("Asia/Tehran")
    # Nowruz 1406, and the summer of 1401 before Iran's clocks went back for the last time (+04:30).
    assert (
        campaign_send_at(jdatetime.datetime(1406, 1, 2, 9, 0, tzinfo=tehran), tehran) == "2027-03-22 09:00:00"
    )
    assert transactional_send_at(jdatetime.datetime(1406, 1, 2, 9, 0, tzinfo=tehran)) == "2027-03-22 05:30:00"
    assert (
        transactional_send_at(jdatetime.datetime(1401, 6, 30, 22, 30, tzinfo=tehran)) == "2022-09-21 18:00:00"
    )
    with pytest.raises(ValueError, match="naive"):
        transactional_send_at(jdatetime.datetime(1406, 1, 2, 9, 0))
    with pytest.raises(TypeError, match=r"a datetime \(or a jdatetime.datetime\)"):
        transactional_send_at(jdatetime.date(1406, 1, 2))  # type: ignore[arg-type]
