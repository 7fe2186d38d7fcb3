"""What the property tests draw (tests/reliability/test_properties.py and its twins in tests/_async
and tests/_sync): text that tends to break on its way, aware moments, and how a wall-clock time on
the wire maps back to instants."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime, tzinfo

from hypothesis import strategies as st

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
aware = st.datetimes(timezones=st.timezones())


def floor_second(moment: datetime) -> datetime:
    return moment.replace(microsecond=0)


def local_instants(wire: str, zone: tzinfo) -> set[datetime]:
    """Every instant a wall-clock time in `zone` can stand for (two in a fold, none in a gap)."""
    naive = datetime.strptime(wire, WIRE_TIME_FORMAT)
    instants = set()
    for fold in (0, 1):
        try:
            instants.add(naive.replace(tzinfo=zone, fold=fold).astimezone(UTC))
        except OverflowError:
            continue
    return instants
