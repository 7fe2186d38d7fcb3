"""Custom fields of a mailing list."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence

from pakat import _parse
from pakat._async.resources._base import AsyncResource
from pakat._encoding import extra_fields, field_tag, indexed, request_body, require_text, wire
from pakat._validate import choice, require_changes, require_uid, yes_no
from pakat.pagination import Page, check_paging
from pakat.types import FieldOption
from pakat_client.api.fields import (
    create_field,
    delete_field,
    get_field,
    list_field_types,
    list_fields,
    update_field,
)
from pakat_client.models import Field, FieldCreateRequest, FieldType, FieldUpdateRequest
from pakat_client.models.field_visibility import FIELD_VISIBILITY_VALUES, FieldVisibility


def _options(options: Sequence[FieldOption] | None) -> dict[str, str]:
    """Choices of a dropdown, radio or checkbox field as `options[N][name|value]` wire fields."""
    if options is None:
        return {}
    if isinstance(options, str | bytes) or not isinstance(options, Sequence):
        raise TypeError("options must be a list of pakat.types.FieldOption")
    rows = []
    for index, option in enumerate(options):
        if not isinstance(option, FieldOption):
            raise TypeError(
                f"options[{index}] must be a pakat.types.FieldOption, not {type(option).__name__}"
            )
        if not isinstance(option.value, str):
            raise TypeError(f"options[{index}].value must be a str, not {type(option.value).__name__}")
        rows.append({"name": require_text(option.name, f"options[{index}].name"), "value": option.value})
    return indexed("options", rows)


def _sort_order(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"sort_order must be an int, not {type(value).__name__}")
    return value


def _required(value: bool) -> str | None:
    # yes_no would read any object by its truth; a string such as "no" must not become "yes".
    if not isinstance(value, bool):
        raise TypeError(f"required must be True or False, not {type(value).__name__}")
    return yes_no(value)


def _field_fields(
    *,
    type: str | None,
    label: str | None,
    tag: str | None,
    required: bool | None,
    visibility: str | None,
    sort_order: int | None,
    help_text: str | None,
    default_value: str | None,
    description: str | None,
    options: Sequence[FieldOption] | None,
    extra: Mapping[str, str] | None,
) -> dict[str, object]:
    fields: dict[str, object | None] = {
        "type": None if type is None else require_text(type, "type"),
        "label": None if label is None else require_text(label, "label"),
        "tag": None if tag is None else field_tag(tag),
        "required": None if required is None else _required(required),
        "visibility": None
        if visibility is None
        else choice(visibility, FIELD_VISIBILITY_VALUES, "visibility"),
        "sort_order": None if sort_order is None else _sort_order(sort_order),
        "help_text": help_text,
        "default_value": default_value,
        "description": description,
    }
    return wire(fields, _options(options), extra_fields(extra))


class AsyncFields(AsyncResource):
    """The custom fields of the account's mailing lists: `client.fields`.

    A field's `tag` (upper-case, such as FNAME) is how subscribers' values are passed and sent.
    """

    async def list(self, list_uid: str, *, page: int = 1, per_page: int = 10) -> Page[Field]:
        """One page of a list's custom fields."""
        check_paging(page, per_page)
        return await self._client._request(
            list_fields._get_kwargs(require_uid(list_uid, "list_uid"), page=page, per_page=per_page),
            _parse.page(Field, page, per_page),
        )

    def iter(self, list_uid: str, *, per_page: int = 50, prefetch: int = 0) -> AsyncIterator[Field]:
        """Every custom field of a list, fetched page by page as you iterate."""
        check_paging(1, per_page)
        require_uid(list_uid, "list_uid")
        return self._client._paginate(
            lambda number: self.list(list_uid, page=number, per_page=per_page), prefetch
        )

    async def get(self, list_uid: str, field_id: int | str) -> Field:
        """One custom field of a list. Raises `NotFoundError` if there is none with this id."""
        return await self._client._request(
            get_field._get_kwargs(require_uid(list_uid, "list_uid"), require_uid(field_id, "field_id")),
            _parse.record(Field),
        )

    async def create(
        self,
        list_uid: str,
        *,
        type: str,
        label: str,
        tag: str,
        required: bool | None = None,
        visibility: FieldVisibility | None = None,
        sort_order: int | None = None,
        help_text: str | None = None,
        default_value: str | None = None,
        description: str | None = None,
        options: Sequence[FieldOption] | None = None,
        extra: Mapping[str, str] | None = None,
    ) -> Field:
        """Add a custom field to a list and return it as the server recorded it.

        `type` is a field type's identifier (see `types()`), such as text or dropdown; `tag` is
        upper-case letters, digits and underscores. `required` is sent as yes/no; `visibility` is
        visible, hidden or none. `options` are the choices of a dropdown, radio or checkbox field,
        sent as `options[N][name]` and `options[N][value]`.
        """
        fields = _field_fields(
            type=require_text(type, "type"),
            label=require_text(label, "label"),
            tag=field_tag(tag),
            required=required,
            visibility=visibility,
            sort_order=sort_order,
            help_text=help_text,
            default_value=default_value,
            description=description,
            options=options,
            extra=extra,
        )
        return await self._client._request(
            create_field._get_kwargs(
                require_uid(list_uid, "list_uid"), body=request_body(FieldCreateRequest, fields, extra)
            ),
            _parse.created(Field),
        )

    async def update(
        self,
        list_uid: str,
        field_id: int | str,
        *,
        type: str | None = None,
        label: str | None = None,
        tag: str | None = None,
        required: bool | None = None,
        visibility: FieldVisibility | None = None,
        sort_order: int | None = None,
        help_text: str | None = None,
        default_value: str | None = None,
        description: str | None = None,
        options: Sequence[FieldOption] | None = None,
        extra: Mapping[str, str] | None = None,
    ) -> Field | None:
        """Change the given settings of a custom field; the rest stay as they are.

        Returns the field as the server sent it back, or None when its answer does not include
        it. Raises `ValueError` when there is nothing to change.
        """
        fields = _field_fields(
            type=type,
            label=label,
            tag=tag,
            required=required,
            visibility=visibility,
            sort_order=sort_order,
            help_text=help_text,
            default_value=default_value,
            description=description,
            options=options,
            extra=extra,
        )
        require_changes(fields, "field")
        return await self._client._request(
            update_field._get_kwargs(
                require_uid(list_uid, "list_uid"),
                require_uid(field_id, "field_id"),
                body=request_body(FieldUpdateRequest, fields, extra),
            ),
            _parse.written(Field),
        )

    async def delete(self, list_uid: str, field_id: int | str) -> None:
        """Delete a custom field, and its values for every subscriber of the list."""
        await self._client._request(
            delete_field._get_kwargs(require_uid(list_uid, "list_uid"), require_uid(field_id, "field_id")),
            _parse.done,
        )

    async def types(self, *, page: int = 1, per_page: int = 50) -> Page[FieldType]:
        """One page of the kinds of custom field; an `identifier` is what `create(type=...)` takes."""
        check_paging(page, per_page)
        return await self._client._request(
            list_field_types._get_kwargs(page=page, per_page=per_page), _parse.page(FieldType, page, per_page)
        )
