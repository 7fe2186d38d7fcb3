"""Property-based: text arrives byte-exact, base64 round-trips, send_at agrees with the tz database.

Text is checked twice: on the wire (the request body captured through httpx.MockTransport and
parsed as a server would) and end to end (sent to the sandbox and read back through the facade).
"""

from __future__ import annotations

import base64
import io
import unicodedata
import zipfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pakat import Attachment, Pakat
from pakat._encoding import (
    attachments,
    b64,
    campaign_send_at,
    html_content,
    transactional_send_at,
    zip_archive,
)
from pakat.testing import Sandbox
from pakat.testing._input import clean
from tests._wire import parse_form

PROFILE = settings.get_profile("reliability")

# What tends to break text on its way: the generator's old fixed boundary on a line of its own,
# line breaks of every kind, NUL, right-to-left Persian, emoji (4-byte UTF-8), combining marks.
TRICKY = [
    "\r\n--+++\r\n",
    "--+++",
    "--+++--",
    "\r\n",
    "\r",
    "\n",
    "\x00",
    "سلام، دنیا! ۱۲۳",
    "\u200c",  # zero-width non-joiner, everyday in Persian
    "😀👍🏽",
    "e\u0301",
    '"quoted" name=x; filename="y"',
    "Content-Disposition: form-data",
    "%0D%0A&a=b+c",
    "\u2028\u2029\x85",
]
pieces = st.one_of(st.text(), st.sampled_from(TRICKY))
# What PHP's trim() removes: a value of only these is blank to the server.
PHP_BLANKS = " \t\n\r\0\x0b"
any_text = st.lists(pieces, max_size=6).map("".join)
# Names and subjects are refused with a control character (category Cc, line breaks among them)
# or a line or paragraph separator (Zl, Zp), and must not be blank.
one_line = (
    st.lists(pieces, min_size=1, max_size=6)
    .map(
        lambda parts: "".join(c for c in "".join(parts) if unicodedata.category(c) not in ("Cc", "Zl", "Zp"))
    )
    .filter(lambda s: bool(s.strip()))
)
some_html = st.lists(pieces, min_size=1, max_size=6).map("".join).filter(lambda s: bool(s.strip()))

# Pakat's send_at wire format, `Y-m-d H:i:s` (FACTS.md), as strptime reads it.
WIRE_TIME_FORMAT = "%Y-%m-%d %H:%M:%S"
MOCK_URL = "http://127.0.0.1:9/api"


class Recorder:
    """Answers every request with `reply` and keeps the requests."""

    def __init__(self, reply: dict[str, Any]) -> None:
        self.reply = reply
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return httpx.Response(201 if request.method == "POST" else 200, json=self.reply)

    def form(self) -> dict[str, str]:
        assert len(self.requests) == 1
        return dict(parse_form(self.requests[0]))


def mock_client(reply: dict[str, Any], **options: Any) -> tuple[Pakat, Recorder]:
    recorder = Recorder(reply)
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    return Pakat(api_key="sk-prop", base_url=MOCK_URL, http_client=http, **options), recorder


SUBSCRIBER = {"status": "success", "data": {"record": {"subscriber_uid": "s1", "email": "a@example.org"}}}
OK = {"status": "success"}


# (a) Text arrives byte-exact ------------------------------------------------------------------


@PROFILE
@given(fname=any_text, city=any_text)
def test_subscriber_field_values_are_byte_exact_on_the_wire(fname: str, city: str) -> None:
    client, recorder = mock_client(SUBSCRIBER)
    with client:
        client.subscribers.create("l1", "a@example.org", fields={"FNAME": fname, "CITY": city})
    form = recorder.form()
    assert form["FNAME"] == fname and form["CITY"] == city
    assert form["EMAIL"] == "a@example.org"


@PROFILE
@given(value=any_text)
def test_subscriber_update_values_are_byte_exact_urlencoded(value: str) -> None:
    client, recorder = mock_client(OK)
    with client:
        client.subscribers.update("l1", "s1", fields={"NOTES": value})
    assert recorder.requests[0].headers["content-type"] == "application/x-www-form-urlencoded"
    assert recorder.form() == {"NOTES": value}


@PROFILE
@given(name=one_line, description=one_line, new_description=any_text)
def test_list_texts_are_byte_exact(name: str, description: str, new_description: str) -> None:
    client, recorder = mock_client({"status": "success", "list_uid": "l1"})
    with client:
        client.lists.create(
            name=name,
            description=description,
            from_name=name,
            from_email="a@example.com",
            reply_to="a@example.com",
        )
        client.lists.update("l1", description=new_description)
    created = dict(parse_form(recorder.requests[0]))
    assert created["general[name]"] == name
    assert created["general[description]"] == description
    assert created["defaults[from_name]"] == name
    assert dict(parse_form(recorder.requests[1])) == {"general[description]": new_description}


@PROFILE
@given(name=one_line, subject=one_line, plain=any_text, html=some_html)
def test_campaign_texts_are_byte_exact(name: str, subject: str, plain: str, html: str) -> None:
    client, recorder = mock_client({"status": "success", "campaign_uid": "c1"})
    with client:
        client.campaigns.create(
            name=name,
            list_uid="l1",
            subject=subject,
            from_name=name,
            from_email="a@example.com",
            reply_to="a@example.com",
            html=html,
            plain_text=plain,
        )
    form = recorder.form()
    assert form["campaign[name]"] == name
    assert form["campaign[subject]"] == subject
    assert base64.b64decode(form["campaign[template][plain_text]"], validate=True) == plain.encode()
    assert base64.b64decode(form["campaign[template][content]"], validate=True) == html.encode()


@PROFILE
@given(name=one_line, html=some_html)
def test_template_texts_are_byte_exact(name: str, html: str) -> None:
    client, recorder = mock_client({"status": "success", "template_uid": "t1"})
    with client:
        client.templates.create(name, html=html)
    form = recorder.form()
    assert form["template[name]"] == name
    assert base64.b64decode(form["template[content]"], validate=True).decode() == html


@PROFILE
@given(
    subject=one_line,
    plain=any_text,
    html=some_html,
    params=st.dictionaries(st.from_regex(r"[a-z_]{1,8}", fullmatch=True), any_text, max_size=3),
)
def test_transactional_texts_are_byte_exact(
    subject: str, plain: str, html: str, params: dict[str, str]
) -> None:
    # What the server counts as blank or too long is refused before sending (other tests).
    assume(subject.strip(PHP_BLANKS) and html.strip(PHP_BLANKS) and len(subject) <= 150)
    client, recorder = mock_client({"status": "success", "email_uid": "e1"})
    with client:
        client.transactional_emails.send(
            to_email="a@example.org",
            to_name=subject,
            from_name=subject,
            subject=subject,
            html=html,
            plain_text=plain,
            params=params,
            send_at=datetime(2030, 1, 1, tzinfo=UTC),
        )
    form = recorder.form()
    assert form["email[subject]"] == form["email[to_name]"] == form["email[from_name]"] == subject
    assert base64.b64decode(form["email[plain_text]"], validate=True).decode() == plain
    assert base64.b64decode(form["email[body]"], validate=True).decode() == html
    assert {key: form[f"email[params][{key}]"] for key in params} == params


@pytest.fixture(scope="module")
def live(shared_sandbox: Sandbox) -> Iterator[tuple[Sandbox, Pakat, str]]:
    with Pakat(api_key=shared_sandbox.api_key, base_url=shared_sandbox.url) as client:
        yield shared_sandbox, client, shared_sandbox.create_list()


@PROFILE
@given(fname=any_text, notes=any_text)
def test_subscriber_text_survives_the_round_trip_through_the_sandbox(
    live: tuple[Sandbox, Pakat, str], fname: str, notes: str
) -> None:
    # The server trims values and strips tags (docs/server-behaviour.md cross.body.cleaning), then
    # cuts them to 255 characters (subscribers.create.values): what comes back is the text as it
    # cleans and cuts it, every other byte exact. (Six pieces with combining marks pass 255.)
    _, client, list_uid = live
    created = client.subscribers.create(
        list_uid, f"p{abs(hash((fname, notes)))}@example.org", fields={"FNAME": fname}
    )
    uid = str(created.subscriber_uid)
    assert client.subscribers.get(list_uid, uid)["FNAME"] == clean(fname)[:255]
    client.subscribers.update(list_uid, uid, fields={"LNAME": notes})
    assert client.subscribers.get(list_uid, uid)["LNAME"] == clean(notes)[:255]
    client.subscribers.delete(list_uid, uid)


@PROFILE
@given(
    name=one_line,
    html=some_html,
    plain=any_text,
    params=st.dictionaries(st.sampled_from(["a", "b_c"]), any_text),
)
def test_template_and_email_text_survive_the_round_trip_through_the_sandbox(
    live: tuple[Sandbox, Pakat, str], name: str, html: str, plain: str, params: dict[str, str]
) -> None:
    # Plain values are cleaned as the server cleans them (trimmed, tags stripped); base64 content
    # is not touched by that. A name that cleans to nothing would be refused as blank.
    assume(clean(name).strip(PHP_BLANKS) and html.strip(PHP_BLANKS) and len(name) <= 150)
    sb, client, _ = live
    template_uid = client.templates.create(name, html=html)
    stored = client.templates.get(template_uid)
    assert stored.name == clean(name)
    assert stored.content == html
    client.templates.delete(template_uid)
    email_uid = client.transactional_emails.send(
        to_email="a@example.org",
        to_name=name,
        from_name=name,
        from_email="shop@pakat.example",
        subject=name,
        html=html,
        plain_text=plain,
        params=params,
    )
    recorded = next(email for email in sb.outbox() if email["email_uid"] == email_uid)
    assert recorded["subject"] == recorded["to_name"] == clean(name)
    assert recorded["body"] == html
    # Sent as it is, plain text is cleaned; sent base64-encoded (as the server reads it), it is not.
    if plain not in ("", "0"):  # PHP's empty(): the server then makes the text from the body
        assert recorded["plain_text"] in (plain, clean(plain))
    assert recorded["params"] == {key: clean(value) for key, value in params.items()}


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


@PROFILE
@given(data=st.binary(min_size=1, max_size=2048), html=some_html)
def test_attachment_and_html_bytes_arrive_intact_at_the_sandbox(
    live: tuple[Sandbox, Pakat, str], data: bytes, html: str
) -> None:
    """Attachments are any bytes (but those the server reads as empty); the HTML is UTF-8 bytes
    (the sandbox, like Pakat, keeps bodies as text)."""
    assume(data != b"0" and html.strip(PHP_BLANKS))
    sb, client, _ = live
    email_uid = client.transactional_emails.send(
        to_email="a@example.org",
        to_name="A",
        from_name="B",
        from_email="shop@pakat.example",
        subject="S",
        html=html.encode("utf-8"),
        attachments=[Attachment("blob.pdf", data, type="application/octet-stream")],
    )
    recorded = next(email for email in sb.outbox() if email["email_uid"] == email_uid)
    assert recorded["body"] == html
    assert recorded["attachments"] == [{"name": "blob.pdf", "type": "application/octet-stream", "data": data}]


# (c) send_at agrees with the tz database -----------------------------------------------------

aware = st.datetimes(timezones=st.timezones())


def _floor(moment: datetime) -> datetime:
    return moment.replace(microsecond=0)


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


def _local_instants(wire: str, zone: tzinfo) -> set[datetime]:
    """Every instant a wall-clock time in `zone` can stand for (two in a fold, none in a gap)."""
    naive = datetime.strptime(wire, WIRE_TIME_FORMAT)
    instants = set()
    for fold in (0, 1):
        try:
            instants.add(naive.replace(tzinfo=zone, fold=fold).astimezone(UTC))
        except OverflowError:
            continue
    return instants


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
    assert _floor(moment).astimezone(UTC) in _local_instants(wire, zone)
    # The ISO-8601 text of the same moment gives the same wire value.
    assert campaign_send_at(moment.isoformat(), zone) == wire


@PROFILE
@given(moment=aware)
def test_transactional_send_at_is_utc(moment: datetime) -> None:
    wire = _converts(lambda: transactional_send_at(moment), _expected(moment, UTC))
    if wire is None:
        return
    assert datetime.strptime(wire, WIRE_TIME_FORMAT).replace(tzinfo=UTC) == _floor(moment).astimezone(UTC)
    assert transactional_send_at(moment.isoformat()) == wire


@PROFILE
@given(moment=aware, zone=st.timezones())
def test_campaign_send_at_on_the_wire_uses_the_client_timezone(moment: datetime, zone: ZoneInfo) -> None:
    client, recorder = mock_client({"status": "success", "campaign_uid": "c1"}, customer_timezone=zone)
    with client:
        client.campaigns.create(
            name="N",
            list_uid="l1",
            subject="S",
            from_name="F",
            from_email="a@example.com",
            reply_to="a@example.com",
            html="<p>x</p>",
            send_at=moment,
        )
    assert _floor(moment).astimezone(UTC) in _local_instants(recorder.form()["campaign[send_at]"], zone)


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
