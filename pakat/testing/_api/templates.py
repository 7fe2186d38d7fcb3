"""Email templates. Content arrives base64-encoded (or as a base64 zip) and is stored as HTML."""

from __future__ import annotations

import io
import sqlite3
import zipfile
from typing import Any

from .._routing import (
    ROUTER,
    Context,
    Reply,
    Request,
    collection,
    created,
    not_found,
    page_args,
    record,
    success,
)
from .._store import new_uid, now
from .._validation import Validator
from ._common import YES_NO, fetch_page

__all__ = ["decode_content", "html_from_zip"]


def html_from_zip(data: bytes) -> str | None:
    """The HTML of a template archive: its index.html, else its first .html file; None if there is none."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = [n for n in archive.namelist() if n.lower().endswith((".html", ".htm"))]
            if not names:
                return None
            names.sort(key=lambda n: (n.rsplit("/", 1)[-1].lower() not in ("index.html", "index.htm"), n))
            return archive.read(names[0]).decode("utf-8")
    except (zipfile.BadZipFile, UnicodeDecodeError, ValueError):
        return None


def decode_content(v: Validator, content_field: str, archive_field: str) -> tuple[str | None, bytes | None]:
    """``(html, archive)`` from a base64 content field and a base64 zip archive field; the archive's
    HTML wins over the content. None for what is not given; failures are recorded on ``v``."""
    content = v.base64_text(content_field) if content_field in v.form else None
    archive = v.base64_bytes(archive_field) if archive_field in v.form else None
    if archive is not None:
        html = html_from_zip(archive)
        if html is None:
            v.error(archive_field, "Archive is not a zip file holding an UTF-8 HTML file.")
        content = html
    return content, archive


def _render(row: sqlite3.Row) -> dict[str, Any]:
    return {"template_uid": row["uid"], "name": row["name"], "content": row["content"], "screenshot": ""}


def _get(db: sqlite3.Connection, uid: str) -> sqlite3.Row:
    row: sqlite3.Row | None = db.execute("SELECT * FROM templates WHERE uid = ?", (uid,)).fetchone()
    if row is None:
        raise not_found("template")
    return row


def _read(req: Request, *, creating: bool) -> tuple[str | None, bytes | None]:
    v = Validator(req.form)
    if creating or "template[name]" in req.form:
        v.require("template[name]")
    v.enum("template[inline_css]", YES_NO)
    decoded = decode_content(v, "template[content]", "template[archive]")
    v.check()
    return decoded


@ROUTER.add("GET", "/templates", "listTemplates")
def list_templates(ctx: Context, req: Request) -> Reply:
    page, per_page = page_args(req)
    count, rows = fetch_page(ctx, select="* FROM templates", where="1", args=(), page=page, per_page=per_page)
    return collection(count, page, per_page, [_render(row) for row in rows])


@ROUTER.add("POST", "/templates", "createTemplate")
def create_template(ctx: Context, req: Request) -> Reply:
    content, archive = _read(req, creating=True)
    uid = new_uid()
    ctx.db.execute(
        "INSERT INTO templates (uid, name, content, archive, inline_css, date_added) VALUES (?, ?, ?, ?, ?, ?)",
        (
            uid,
            req.form["template[name]"],
            content or "",
            archive,
            req.form.get("template[inline_css]", "no"),
            now(),
        ),
    )
    return created(template_uid=uid)


@ROUTER.add("GET", "/templates/{template_uid}", "getTemplate")
def get_template(ctx: Context, req: Request) -> Reply:
    return record(_render(_get(ctx.db, req.params["template_uid"])))


@ROUTER.add("PUT", "/templates/{template_uid}", "updateTemplate")
def update_template(ctx: Context, req: Request) -> Reply:
    row = _get(ctx.db, req.params["template_uid"])
    content, archive = _read(req, creating=False)
    form = req.form
    ctx.db.execute(
        "UPDATE templates SET name = ?, content = ?, archive = ?, inline_css = ? WHERE id = ?",
        (
            form.get("template[name]", row["name"]),
            row["content"] if content is None else content,
            row["archive"] if archive is None else archive,
            form.get("template[inline_css]", row["inline_css"]),
            row["id"],
        ),
    )
    return success()


@ROUTER.add("DELETE", "/templates/{template_uid}", "deleteTemplate")
def delete_template(ctx: Context, req: Request) -> Reply:
    row = _get(ctx.db, req.params["template_uid"])
    ctx.db.execute("DELETE FROM templates WHERE id = ?", (row["id"],))
    return success()
