"""Email templates. Content arrives base64-encoded (or as a base64 zip) and is stored as HTML.

What the server does, and so the sandbox: base64 is decoded leniently (characters outside the
alphabet are skipped, never refused), the decoded bytes are stored as given (no UTF-8 check), a
template's screenshot is made later by a background job (so it is null here, always), and the
list is newest first with an optional ``filter[name]`` partial match.
"""

from __future__ import annotations

import base64
import io
import re
import sqlite3
import zipfile
from typing import TYPE_CHECKING, Any

from .._routing import ROUTER, ApiError, Reply, collection, created, page_args, record, success
from .._store import new_uid, now
from ._common import fetch_page

if TYPE_CHECKING:
    from .._routing import Context, Request

__all__ = [
    "ARCHIVE_EMPTY",
    "ARCHIVE_NOT_ZIP",
    "archive_html",
    "html_text",
    "lenient_b64decode",
    "php_empty",
]

ARCHIVE_EMPTY = "It does not seem that you have selected an archive."
ARCHIVE_NOT_ZIP = "Your archive does not seem to be a valid zip file."
_NOT_FOUND = "The template does not exist."
_NO_ENTRY = "Cannot find template entry file, usually called index.html"
_EMPTY_ENTRY = "The template entry file seems to be empty."
_CANNOT_OPEN = "Cannot open the archive file."
_ALPHABET = re.compile(rb"[^A-Za-z0-9+/]")
_ZIP_MAGIC = b"PK\x03\x04"
# What PHP's strip_tags removes: `<` not followed by a space, up to the next `>` or the end.
_TAG = re.compile(r"<(?!\s)[^>]*>?")
_NAME_MAX = 255


def php_empty(value: str | None) -> bool:
    """PHP's ``empty()`` on a form value: absent, ``""`` and ``"0"`` count as empty."""
    return value is None or value in ("", "0")


def lenient_b64decode(text: str) -> bytes:
    """Base64 decoded as PHP's non-strict ``base64_decode`` does: characters outside the alphabet
    (spaces, line breaks, ``=`` anywhere, URL-safe ``-``/``_``, any other byte) are skipped, and a
    last lone character is dropped. Never fails."""
    data = _ALPHABET.sub(b"", text.encode("utf-8", "surrogateescape"))
    if len(data) % 4 == 1:
        data = data[:-1]
    return base64.b64decode(data + b"=" * (-len(data) % 4))


def html_text(data: bytes) -> str:
    """Decoded HTML bytes as text; bytes that are not UTF-8 become U+FFFD (only the sandbox's own
    views of campaign content read it: no API answer shows a campaign's HTML)."""
    return data.decode("utf-8", "replace")


def archive_html(data: bytes, archive_name: str) -> str | bytes:
    """The HTML of a template archive, found as the server finds it, or the 422 it answers.

    ``data`` already passed the empty and magic-number checks. The entry file is ``index.html``,
    ``index.htm``, ``<archive name>.html`` or ``.htm`` at the top; else the first file whose path
    ends with one of those names; else the first ``.html`` or ``.htm`` file (names compared
    case-sensitively, as on the server's Linux file system). Returns the entry file's bytes,
    stripped of outer whitespace.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            files = [info.filename for info in archive.infolist() if not info.is_dir()]
            entries = ("index.html", "index.htm", f"{archive_name}.html", f"{archive_name}.htm")
            entry = next((name for name in entries if name in files), None)
            if entry is None:
                entry = next((f for f in files if any(f.endswith(e) for e in entries)), None)
            if entry is None:
                entry = next((f for f in files if f.endswith((".html", ".htm"))), None)
            if entry is None:
                raise ApiError(422, {"archive": _NO_ENTRY})
            html = archive.read(entry).strip()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError, ValueError, OSError):
        raise ApiError(422, {"archive": _CANNOT_OPEN}) from None
    if not html:
        raise ApiError(422, {"archive": _EMPTY_ENTRY})
    return html


def archive_bytes(encoded: str) -> bytes:
    """A base64 archive field decoded, with the two string refusals the server checks first."""
    data = lenient_b64decode(encoded)
    if not data:
        raise ApiError(422, ARCHIVE_EMPTY)
    if not data.startswith(_ZIP_MAGIC):
        raise ApiError(422, ARCHIVE_NOT_ZIP)
    return data


def _upload_name() -> str:
    # The server writes the decoded archive to a temporary file with a random name; a template
    # created from an archive without a name is named after that file.
    return new_uid()


def _get(db: sqlite3.Connection, uid: str) -> sqlite3.Row:
    row: sqlite3.Row | None = db.execute("SELECT * FROM templates WHERE uid = ?", (uid,)).fetchone()
    if row is None:
        raise ApiError(404, _NOT_FOUND)
    return row


def _check(name: str | None, content: str | bytes | None) -> None:
    """The model's own rules: name and content required, name at most 255 characters."""
    errors: dict[str, str] = {}
    if name is None or not name.strip():
        errors["name"] = "Name cannot be blank."
    elif len(name) > _NAME_MAX:
        errors["name"] = f"Name is too long (maximum is {_NAME_MAX} characters)."
    if content is None or (isinstance(content, str) and not content.strip()) or content == b"":
        errors["content"] = "Content cannot be blank."
    if errors:
        raise ApiError(422, errors)


def _from_archive(form: dict[str, str], name: str | None) -> tuple[str, bytes, bytes]:
    """``(name, html, archive)`` of a ``template[archive]`` upload; the name may be left out."""
    data = archive_bytes(form["template[archive]"])
    upload = _upload_name()
    if name is not None and len(name) > _NAME_MAX:
        raise ApiError(422, {"name": f"Name is too long (maximum is {_NAME_MAX} characters)."})
    html = archive_html(data, upload)
    return (name if name else upload), _stored(html), data


def _stored(html: str | bytes) -> Any:
    """What goes into the content column: text when it is UTF-8, else the raw bytes (a BLOB)."""
    if isinstance(html, str):
        return html
    try:
        return html.decode("utf-8")
    except UnicodeDecodeError:
        return html


def _content(form: dict[str, str], current: Any) -> Any:
    """``template[content]`` as the server reads it: assigned raw, then replaced by its decoded
    bytes unless PHP finds the raw value empty (``"0"`` is kept as it is)."""
    raw = form.get("template[content]")
    if raw is None:
        return current
    if php_empty(raw):
        return raw
    return _stored(lenient_b64decode(raw))


def _name_filter(req: Request) -> tuple[str, tuple[Any, ...]]:
    """The SQL condition of ``filter[name]``, as the server's criteria build it (see the module doc)."""
    listed = [
        _TAG.sub("", value).strip() for key, value in req.query.items() if key.startswith("filter[name][")
    ]
    if listed:
        return f"pakat_fold(name) IN ({', '.join('pakat_fold(?)' for _ in listed)})", tuple(listed)
    value = req.query.get("filter[name]")
    if value is not None:
        # The server strips tags from query values first: `<>x` arrives as `x`, `<x` as nothing.
        value = _TAG.sub("", value).strip()
    if php_empty(value):
        return "1", ()
    assert value is not None
    match = re.match(r"(?:\s*(<>|<=|>=|<|>|=))?(.*)$", value, re.DOTALL)
    assert match is not None
    op, term = match.group(1) or "", match.group(2)
    if term == "":
        return "1", ()
    if op in ("", "<>"):
        like = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        negated = "NOT " if op == "<>" else ""
        return f"pakat_fold(name) {negated}LIKE pakat_fold(?) ESCAPE '\\'", (f"%{like}%",)
    return f"pakat_fold(name) {op} pakat_fold(?)", (term,)


@ROUTER.add("GET", "/templates", "listTemplates")
def list_templates(ctx: Context, req: Request) -> Reply:
    """Newest first. ``filter[name]=x`` keeps names containing x, ignoring case (the server's
    collation does so for every script: here Python's ``casefold``)."""
    page, per_page = page_args(req)
    ctx.db.create_function("pakat_fold", 1, _fold, deterministic=True)
    where, args = _name_filter(req)
    count, rows = fetch_page(
        ctx, select="id, uid, name FROM templates", where=where, args=args, page=page, per_page=per_page
    )
    records = [{"template_uid": row["uid"], "name": row["name"], "screenshot": None} for row in rows]
    return collection(count, page, per_page, records)


def _fold(value: str | None) -> str | None:
    return value.casefold() if isinstance(value, str) else value


@ROUTER.add("POST", "/templates", "createTemplate")
def create_template(ctx: Context, req: Request) -> Reply:
    """An archive wins over content and makes the name optional; ``template[inline_css]`` is not read."""
    form = req.form
    name = form.get("template[name]")
    archive = None
    if not php_empty(form.get("template[archive]")):
        name, content, archive = _from_archive(form, name)
    else:
        content = _content(form, None)
        _check(name, content)
    uid = new_uid()
    ctx.db.execute(
        "INSERT INTO templates (uid, name, content, archive, inline_css, date_added) VALUES (?, ?, ?, ?, ?, ?)",
        (uid, name, content, archive, "no", now()),
    )
    return created(template_uid=uid)


@ROUTER.add("GET", "/templates/{template_uid}", "getTemplate")
def get_template(ctx: Context, req: Request) -> Reply:
    """``{name, content, screenshot}``: no ``template_uid``; content is the stored HTML as text."""
    row = _get(ctx.db, req.params["template_uid"])
    if isinstance(row["content"], bytes):
        # Stored bytes that are not UTF-8: the server's json_encode fails and it sends nothing.
        return Reply(200, {}, raw=b"")
    return record({"name": row["name"], "content": row["content"], "screenshot": None})


@ROUTER.add("PUT", "/templates/{template_uid}", "updateTemplate")
def update_template(ctx: Context, req: Request) -> Reply:
    """Only what is given changes. With an archive the answer is a 201 carrying the uid."""
    row = _get(ctx.db, req.params["template_uid"])
    form = req.form
    name = form.get("template[name]", row["name"])
    if not php_empty(form.get("template[archive]")):
        name, content, archive = _from_archive(form, name)
        ctx.db.execute(
            "UPDATE templates SET name = ?, content = ?, archive = ? WHERE id = ?",
            (name, content, archive, row["id"]),
        )
        return created(template_uid=row["uid"])
    content = _content(form, row["content"])
    _check(name, content)
    ctx.db.execute("UPDATE templates SET name = ?, content = ? WHERE id = ?", (name, content, row["id"]))
    return success()


@ROUTER.add("DELETE", "/templates/{template_uid}", "deleteTemplate")
def delete_template(ctx: Context, req: Request) -> Reply:
    row = _get(ctx.db, req.params["template_uid"])
    ctx.db.execute("DELETE FROM templates WHERE id = ?", (row["id"],))
    return success()
