"""Turning Python values into what Pakat expects on the wire, and refusing what it would misread.

Every check here runs before a request is built, so bad input never reaches the server.
"""

from __future__ import annotations

import base64
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime, tzinfo
from typing import Any, Protocol, Self, TypeAlias, TypeVar

import attrs

__all__ = [
    "FIELD_TAG",
    "MAX_ATTACHMENTS",
    "Attachment",
    "Content",
    "RequestModel",
    "SendAt",
    "attachments",
    "b64",
    "campaign_send_at",
    "custom_fields",
    "extra_fields",
    "field_tag",
    "html_content",
    "indexed",
    "keyed",
    "plain_text",
    "request_body",
    "require_email",
    "require_text",
    "single_line",
    "transactional_send_at",
    "utf8_html",
    "wire",
    "zip_archive",
]

Content: TypeAlias = "str | bytes | os.PathLike[str]"
SendAt: TypeAlias = "datetime | str | None"

MAX_ATTACHMENTS = 3
# The letters the server allows in a custom field tag: Latin capitals, and letters of the Cyrillic,
# Arabic (Persian included) and Greek scripts, taken here as those scripts' Unicode blocks.
_TAG_LETTERS = (
    "A-Z\u0370-\u03ff\u1f00-\u1fff"  # Greek
    "\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f"  # Cyrillic
    "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"  # Arabic
)
# A custom field tag as the server checks it: a letter, then letters, digits and underscores
# (EMAIL, FNAME, CITY_2, شهر). The sandbox checks tags with this same pattern.
FIELD_TAG = re.compile(f"[{_TAG_LETTERS}][{_TAG_LETTERS}0-9_]*")
_TAG = FIELD_TAG
# Deliberately loose: the server has the last word; this only stops what can never be an address.
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
# What must not reach a mail header: every control character (Unicode category Cc: C0, DEL and
# C1, NEL among them) and the line and paragraph separators (Zl, Zp). Mailers and mail clients end
# lines at several of them, and the rest garble the header. Format characters (Cf) stay: the
# zero-width non-joiner and the right-to-left mark are everyday Persian.
_NOT_IN_A_HEADER = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_NAMES = {
    "\r": "a line break (CR)",
    "\n": "a line break (LF)",
    "\x85": "a line break (NEL, U+0085)",
    "\u2028": "a line separator (U+2028)",
    "\u2029": "a paragraph separator (U+2029)",
}


@attrs.frozen
class Attachment:
    """A file attached to a transactional email. `type` is the MIME type, guessed from `name` if None."""

    name: str
    data: bytes = attrs.field(repr=lambda data: f"<{len(data)} bytes>")
    type: str | None = None

    @classmethod
    def from_path(cls, path: str | os.PathLike[str], type: str | None = None) -> Attachment:
        """Read a file; its name and (unless given) its MIME type come from the path."""
        with open(path, "rb") as file:
            data = file.read()
        return cls(name=os.path.basename(os.fspath(path)), data=data, type=type)

    @property
    def mime_type(self) -> str:
        import mimetypes  # its tables load on first use, not at `import pakat`

        return self.type or mimetypes.guess_type(self.name)[0] or "application/octet-stream"


def require_text(value: str, field: str) -> str:
    """A non-blank `single_line` value (subjects, names)."""
    if not isinstance(value, str):
        raise TypeError(f"{field} must be a str, not {type(value).__name__}")
    if not value.strip():
        raise ValueError(f"{field} must not be empty")
    return single_line(value, field)


def single_line(value: str, field: str) -> str:
    """A value that ends up in a mail header or a display name, refused if it holds a control
    character (CR, LF, NEL, NUL, TAB, ...) or a line or paragraph separator, which could split or
    garble the header. Values that reach no header (custom field values, HTML) are not checked."""
    found = _NOT_IN_A_HEADER.search(value)
    if found:
        char = found.group()
        what = _NAMES.get(char, f"a control character (U+{ord(char):04X})")
        raise ValueError(
            f"{field} must be a single line without control characters: it contains {what} "
            f"at position {found.start()}"
        )
    return value


def require_email(value: str, field: str) -> str:
    """Refuse what cannot be an email address, or cannot go in a header; the server checks the rest."""
    if not isinstance(value, str):
        raise TypeError(f"{field} must be a str, not {type(value).__name__}")
    if _NOT_IN_A_HEADER.search(value) or not _EMAIL.fullmatch(value):
        raise ValueError(f"{field} is not a valid email address: {value!r}")
    return value


def field_tag(tag: str) -> str:
    """A custom field tag such as FNAME; brackets or spaces would change the wire field's meaning."""
    if not isinstance(tag, str) or not _TAG.fullmatch(tag):
        raise ValueError(
            f"invalid field tag {tag!r}: a tag is a letter (Latin capitals, or Persian, Arabic, Cyrillic or "
            "Greek letters) followed by letters, digits and underscores, such as FNAME"
        )
    return tag


def custom_fields(fields: Mapping[str, object] | None) -> dict[str, str]:
    """Subscriber custom fields by tag, as wire fields."""
    if fields is None:
        return {}
    if not isinstance(fields, Mapping):
        raise TypeError("fields must be a mapping of field tags to values, such as {'FNAME': 'Ali'}")
    return {field_tag(tag): "" if value is None else str(value) for tag, value in fields.items()}


def _read(value: Content, what: str) -> bytes:
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value)
    if isinstance(value, str):
        return value.encode("utf-8")
    if isinstance(value, os.PathLike):
        with open(value, "rb") as file:
            return file.read()
    raise TypeError(f"{what} must be str, bytes or a path (pathlib.Path), not {type(value).__name__}")


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def html_content(value: Content, field: str = "html") -> str:
    """HTML as Pakat wants it: base64 of the UTF-8 bytes. A str is the HTML itself; a Path is read."""
    data = _read(value, field)
    if not data.strip():
        raise ValueError(f"{field} must not be empty")
    return b64(data)


def utf8_html(value: Content, field: str = "html") -> str:
    """Like `html_content`, refusing bytes or a file that are not UTF-8: Pakat stores them as
    given, cannot show them back (a template's view then has an empty body), and sends them
    garbled."""
    data = _read(value, field)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"{field} is not UTF-8 text (byte {exc.start}): decode it first, such as "
            "Path('page.html').read_text(encoding='cp1256'), and pass the str"
        ) from None
    return html_content(data, field)


def plain_text(value: Content, field: str = "plain_text") -> str:
    """Plain text is sent as is (not base64); bytes and files must be UTF-8."""
    data = _read(value, field)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{field} must be UTF-8 text") from exc


def zip_archive(value: bytes | os.PathLike[str], field: str = "archive") -> str:
    """A zip file, base64-encoded; anything that is not a zip archive is refused."""
    if isinstance(value, str):
        raise TypeError(f"{field} takes bytes or a path (pathlib.Path) to a zip file, not str")
    data = _read(value, field)
    import io
    import zipfile

    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ValueError(f"{field} is not a zip archive")
    return b64(data)


def attachments(items: Sequence[Attachment | str | os.PathLike[str]] | None) -> dict[str, str]:
    """Attachments as `email[attachments][N][name|type|data]` wire fields; at most three."""
    if not items:
        return {}
    if isinstance(items, str | bytes | os.PathLike) or not isinstance(items, Sequence):
        raise TypeError("attachments must be a list of pakat.Attachment or file paths")
    if len(items) > MAX_ATTACHMENTS:
        raise ValueError(f"at most {MAX_ATTACHMENTS} attachments are allowed, got {len(items)}")
    fields: dict[str, str] = {}
    for index, item in enumerate(items):
        attachment = item if isinstance(item, Attachment) else Attachment.from_path(item)
        if not attachment.name or not attachment.name.strip():
            raise ValueError(f"attachment {index} has no name")
        if not isinstance(attachment.data, bytes):
            raise TypeError(f"attachment {attachment.name!r}: data must be bytes")
        prefix = f"email[attachments][{index}]"
        fields[f"{prefix}[name]"] = single_line(attachment.name, "attachment name")
        fields[f"{prefix}[type]"] = single_line(attachment.mime_type, "attachment type")
        fields[f"{prefix}[data]"] = b64(attachment.data)
    return fields


def keyed(prefix: str, values: Mapping[str, object] | None) -> dict[str, str]:
    """A map as `prefix[KEY]` wire fields (template params and contact)."""
    if not values:
        return {}
    out = {}
    for key, value in values.items():
        if not isinstance(key, str) or not key or any(c in key for c in "[]\r\n") or key != key.strip():
            raise ValueError(f"invalid key {key!r} for {prefix}: no brackets, line breaks or outer spaces")
        out[f"{prefix}[{key}]"] = "" if value is None else str(value)
    return out


def indexed(prefix: str, rows: Iterable[Mapping[str, object]]) -> dict[str, str]:
    """Rows numbered from 0 as `prefix[N][key]` wire fields, leaving out None values."""
    return {
        f"{prefix}[{index}][{key}]": str(value)
        for index, row in enumerate(rows)
        for key, value in row.items()
        if value is not None
    }


def extra_fields(extra: Mapping[str, str] | None) -> dict[str, str]:
    """Raw wire fields passed through as given, for server features newer than this SDK."""
    if extra is None:
        return {}
    if not isinstance(extra, Mapping):
        raise TypeError("extra must be a mapping of wire field names to string values")
    for name, value in extra.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise TypeError("extra must map str wire field names to str values")
    return dict(extra)


def _aware(value: datetime | str, field: str) -> datetime:
    if isinstance(value, str):
        try:
            # Python's own reading first: it takes everything isoformat() writes, such as the
            # seconds in an offset like -00:16:08 (a zone's local mean time before 1912).
            parsed = datetime.fromisoformat(value)
        except ValueError:
            from dateutil.parser import isoparse  # only needed for text; kept off the import path

            try:
                parsed = isoparse(value)
            except ValueError as exc:
                raise ValueError(f"{field} is not an ISO-8601 date and time: {value!r}") from exc
        if parsed.tzinfo is None:
            raise ValueError(
                f"{field} {value!r} has no UTC offset: add one, such as '2025-01-15T10:00:00+03:30' or 'Z'"
            )
        return parsed
    if type(value).__module__.partition(".")[0] == "jdatetime" and hasattr(value, "togregorian"):
        # A jdatetime.datetime (pakat[jalali]): the same instant, its tzinfo kept. Read by duck
        # typing, so pakat never imports jdatetime. A jdatetime.date has no time: refused below.
        value = value.togregorian()
    if not isinstance(value, datetime):
        raise TypeError(
            f"{field} must be a datetime (or a jdatetime.datetime), an ISO-8601 string or None, "
            f"not {type(value).__name__}"
        )
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(
            f"{field} is a naive datetime: give it a timezone, such as "
            "datetime(2025, 1, 15, 10, 0, tzinfo=ZoneInfo('Asia/Tehran'))"
        )
    return value


def _wall_clock(moment: datetime, zone: tzinfo, field: str) -> str:
    """`moment` as `Y-m-d H:i:s` on the clocks of `zone`."""
    try:
        # Through UTC: astimezone() to a moment's own tzinfo object returns it unchanged, even a
        # wall time that a DST gap skips; from the instant, the zone gives the time its clocks showed.
        local = moment.astimezone(UTC).astimezone(zone)
    except OverflowError:
        raise ValueError(
            f"{field} {moment.isoformat()} is outside the calendar once moved to {zone}"
        ) from None
    # Not strftime: its %Y drops the leading zeros of years before 1000 on glibc.
    return local.replace(tzinfo=None).isoformat(sep=" ", timespec="seconds")


def transactional_send_at(value: SendAt, *, now: datetime | None = None) -> str:
    """`email[send_at]`: UTC, `Y-m-d H:i:s`. None means now."""
    moment = (now or datetime.now(UTC)) if value is None else _aware(value, "send_at")
    return _wall_clock(moment, UTC, "send_at")


def campaign_send_at(value: SendAt, zone: tzinfo, *, now: datetime | None = None) -> str:
    """`campaign[send_at]`: the account's timezone, `Y-m-d H:i:s`, through the tz database. None means now."""
    moment = (now or datetime.now(UTC)) if value is None else _aware(value, "send_at")
    return _wall_clock(moment, zone, "send_at")


def wire(fields: Mapping[str, object | None], *more: Mapping[str, object]) -> dict[str, object]:
    """Wire fields without those left out (None), then `more` in order: `extra` last, so it wins."""
    out: dict[str, object] = {name: value for name, value in fields.items() if value is not None}
    for group in more:
        out.update(group)
    return out


class RequestModel(Protocol):
    """A generated request body model: built from wire names, extra fields kept as given."""

    additional_properties: dict[str, str]

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


B = TypeVar("B", bound=RequestModel)


def request_body(model: type[B], fields: Mapping[str, object], extra: Mapping[str, str] | None) -> B:
    """The generated request model for these wire fields, with `extra` sent exactly as given.

    `fields` already hold `extra`, put there last by `wire` (so that it wins over a field of the
    same name) once `extra_fields` had checked it; here it bypasses the model's own checks (a
    status value newer than this SDK must still go through).
    """
    raw = dict(extra or {})
    try:
        body = model.from_dict({name: value for name, value in fields.items() if name not in raw})
    except KeyError:
        # `extra` replaced a field the model requires: let the model see that value too.
        body = model.from_dict(fields)
    body.additional_properties.update(raw)
    return body
