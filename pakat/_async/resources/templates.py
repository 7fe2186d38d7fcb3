"""Email templates: stored HTML that campaigns and transactional emails can use."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Mapping

from pakat import _parse
from pakat._async.resources._base import AsyncResource
from pakat._encoding import Content, extra_fields, html_content, request_body, require_text, wire, zip_archive
from pakat._validate import require_changes, require_uid, yes_no
from pakat.pagination import Page, check_paging
from pakat_client.api.templates import (
    create_template,
    delete_template,
    get_template,
    list_templates,
    update_template,
)
from pakat_client.models import Template, TemplateCreateRequest, TemplateUpdateRequest


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
        "template[content]": None if html is None else html_content(html, "html"),
        "template[archive]": None if archive is None else zip_archive(archive, "archive"),
        "template[inline_css]": yes_no(inline_css),
    }
    return wire(fields, extra_fields(extra))


class AsyncTemplates(AsyncResource):
    """The account's email templates: `client.templates`."""

    async def list(self, *, page: int = 1, per_page: int = 10) -> Page[Template]:
        """One page of templates."""
        check_paging(page, per_page)
        return await self._client._request(
            list_templates._get_kwargs(page=page, per_page=per_page), _parse.page(Template, page, per_page)
        )

    def iter(self, *, per_page: int = 50, prefetch: int = 0) -> AsyncIterator[Template]:
        """Every template, fetched page by page as you iterate."""
        check_paging(1, per_page)
        return self._client._paginate(lambda number: self.list(page=number, per_page=per_page), prefetch)

    async def get(self, template_uid: str) -> Template:
        """One template (its `content` is the HTML as the server stores it). Raises `NotFoundError` if absent."""
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

        The content is exactly one of `html` (a str is the HTML itself; bytes or a path are read;
        sent base64-encoded as `template[content]`) or `archive` (a zip file with the HTML and its
        images, as bytes or a path; sent base64-encoded as `template[archive]`). `inline_css`
        True moves the CSS into style attributes (sent as yes/no).

        Raises ValueError or TypeError before sending for: both or neither of html and archive,
        an empty or multi-line name, empty HTML, an archive that is not a zip.
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

        Arguments are encoded as in `create()`; at most one of html and archive may be given.
        Raises ValueError before sending when nothing would change.
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
        """Delete a template."""
        await self._client._request(
            delete_template._get_kwargs(require_uid(template_uid, "template_uid")), _parse.done
        )
