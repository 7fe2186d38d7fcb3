"""Email templates: stored HTML that campaigns and transactional emails can use."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Mapping

from pakat import _parse
from pakat._async.resources._base import AsyncResource
from pakat._encoding import Content, extra_fields, request_body, require_text, utf8_html, wire, zip_archive
from pakat._validate import require_changes, require_uid, yes_no
from pakat.pagination import Page
from pakat_client.api.templates import (
    create_template,
    delete_template,
    get_template,
    list_templates,
    update_template,
)
from pakat_client.models import Template, TemplateCreateRequest, TemplateUpdateRequest
from pakat_client.types import UNSET, Unset


def _template_fields(
    *,
    name: str | None,
    html: Content | None,
    archive: bytes | os.PathLike[str] | None,
    inline_css: bool | None,
    extra: Mapping[str, str] | None,
    content_required: bool,
) -> dict[str, object]:
    if html is not None and archive is not None:
        raise ValueError(
            "pass html (the HTML: str, bytes or a path) or archive (a zip file: bytes or a path), not both"
        )
    if content_required and html is None and archive is None:
        raise ValueError(
            "pass exactly one of html (the HTML: str, bytes or a path) or archive (a zip file: bytes or a path)"
        )
    if inline_css is not None and not isinstance(inline_css, bool):
        raise TypeError(f"inline_css must be True, False or None, not {type(inline_css).__name__}")
    fields: dict[str, object | None] = {
        "template[name]": None if name is None else require_text(name, "name"),
        "template[content]": None if html is None else utf8_html(html, "html"),
        "template[archive]": None if archive is None else zip_archive(archive, "archive"),
        "template[inline_css]": yes_no(inline_css),
    }
    return wire(fields, extra_fields(extra))


def _name_filter(name: str | None) -> str | Unset:
    """`filter[name]`, refused where the server would not read it as text to look for."""
    if name is None:
        return UNSET
    if not isinstance(name, str):
        raise TypeError(f"name must be a str or None, not {type(name).__name__}")
    text = name.strip()
    if text in ("", "0"):
        # PHP's empty(): the server would drop the filter and list every template.
        raise ValueError(
            f"name {name!r} would be ignored by the server (every template listed); pass None for all"
        )
    if text[0] in "=>" or "<" in text:
        raise ValueError(
            f"name {name!r} cannot be searched for: the server reads a leading = or > as a comparison "
            "and strips anything from < on"
        )
    return name


class AsyncTemplates(AsyncResource):
    """The account's email templates: `client.templates`."""

    async def list(self, *, page: int = 1, per_page: int = 10, name: str | None = None) -> Page[Template]:
        """One page of templates, newest first; `name` keeps those whose name contains it, ignoring case.

        Items carry `template_uid`, `name` and `screenshot` (a URL, or None until the server has
        made one), not the HTML: `get()` gives that. Raises ValueError before sending for a
        `name` the server would not search for as text (empty, "0", a leading = or >, a <).
        """
        return await self._page(
            list_templates._get_kwargs, Template, page, per_page, filtername=_name_filter(name)
        )

    def iter(
        self, *, per_page: int = 50, prefetch: int = 0, name: str | None = None
    ) -> AsyncIterator[Template]:
        """Every template (whose name contains `name`, if given), fetched page by page as you iterate."""
        _name_filter(name)
        return self._every(self.list, per_page=per_page, prefetch=prefetch, name=name)

    async def get(self, template_uid: str) -> Template:
        """One template: its `name`, `content` (the HTML as the server stores it, as text) and
        `screenshot` (None until made). The server does not send `template_uid` here, so it is
        UNSET on the value. Raises `NotFoundError` if there is none with this uid.
        """
        return await self._client._request(
            get_template._get_kwargs(require_uid(template_uid, "template_uid")), _parse.record(Template)
        )

    async def create(
        self,
        name: str,
        *,
        html: Content | None = None,
        archive: bytes | os.PathLike[str] | None = None,
        inline_css: bool | None = None,
        extra: Mapping[str, str] | None = None,
    ) -> str:
        """Create a template and return its uid.

        The content is exactly one of `html` (a str is the HTML itself; bytes or a path are read
        and must be UTF-8; sent base64-encoded as `template[content]`) or `archive` (a zip file
        with an index.html and its images, as bytes or a path; sent base64-encoded as
        `template[archive]`). Templates need no unsubscribe or address tags; campaigns made from
        them do (see `campaigns.create()`). `inline_css` is sent as yes/no; MailWizz 2.1.13
        ignores it, and Pakat's build may too.

        Raises ValueError or TypeError before sending for: both or neither of html and archive,
        an empty or multi-line name, empty HTML or HTML that is not UTF-8, an archive that is not
        a zip. The server answers `ValidationError` for a zip without an HTML file.
        """
        fields = _template_fields(
            name=name, html=html, archive=archive, inline_css=inline_css, extra=extra, content_required=True
        )
        return await self._client._request(
            create_template._get_kwargs(body=request_body(TemplateCreateRequest, fields, extra)),
            _parse.uid("template_uid"),
        )

    async def update(
        self,
        template_uid: str,
        *,
        name: str | None = None,
        html: Content | None = None,
        archive: bytes | os.PathLike[str] | None = None,
        inline_css: bool | None = None,
        extra: Mapping[str, str] | None = None,
    ) -> None:
        """Change the given parts of a template; the rest stay as they are.

        Arguments are encoded as in `create()`; at most one of html and archive may be given (an
        archive replaces the content; the server then answers 201, which is success too).
        Raises ValueError before sending when nothing would change; `NotFoundError` for an
        unknown uid.
        """
        fields = _template_fields(
            name=name, html=html, archive=archive, inline_css=inline_css, extra=extra, content_required=False
        )
        require_changes(fields, "template")
        await self._client._request(
            update_template._get_kwargs(
                require_uid(template_uid, "template_uid"),
                body=request_body(TemplateUpdateRequest, fields, extra),
            ),
            _parse.done,
        )

    async def delete(self, template_uid: str) -> None:
        """Delete a template for good; campaigns made from it keep their own copy of the HTML."""
        await self._client._request(
            delete_template._get_kwargs(require_uid(template_uid, "template_uid")), _parse.done
        )
