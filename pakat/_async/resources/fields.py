"""Custom fields of a mailing list."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import Any

from pakat import _parse
from pakat._async.resources._base import AsyncResource
from pakat._encoding import extra_fields, field_tag, indexed, request_body, require_text, wire
from pakat._validate import choice, require_changes, require_uid, yes_no
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
from pakat_client.models.field_options_type_0 import FieldOptionsType0
from pakat_client.models.field_visibility import FIELD_VISIBILITY_VALUES, FieldVisibility


def _length(value: str | None, longest: int, name: str) -> str | None:
    if value is not None and len(value) > longest:
        raise ValueError(f"{name} must be at most {longest} characters, got {len(value)}")
    return value


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
        # The server requires both, a name of up to 100 characters and a value of up to 255.
        name = _length(require_text(option.name, f"options[{index}].name"), 100, f"options[{index}].name")
        value = _length(require_text(option.value, f"options[{index}].value"), 255, f"options[{index}].value")
        rows.append({"name": name, "value": value})
    return indexed("options", rows)


def _sort_order(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"sort_order must be an int, not {type(value).__name__}")
    if not -100 <= value <= 100:
        raise ValueError(f"sort_order must be between -100 and 100, got {value}")
    return value


def _tag(tag: str) -> str:
    field_tag(tag)
    if len(tag) > 50:
        raise ValueError(f"invalid field tag {tag!r}: a tag has at most 50 characters")
    return tag


class _FieldModel:
    """Reads a field as `Field`, its `options` always a mapping of value to name: the server
    writes them as a JSON array of names when the values are 0, 1, 2, ..."""

    @staticmethod
    def from_dict(src: Mapping[str, Any]) -> Field:
        options = src.get("options")
        if isinstance(options, list):
            src = {**src, "options": {str(number): name for number, name in enumerate(options)}}
        return Field.from_dict(src)


_FieldModel.__name__ = "Field"  # "The response has no field", not "no _fieldmodel"


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
        "label": None if label is None else _length(require_text(label, "label"), 255, "label"),
        "tag": None if tag is None else _tag(tag),
        "required": None if required is None else _required(required),
        "visibility": None
        if visibility is None
        else choice(visibility, FIELD_VISIBILITY_VALUES, "visibility"),
        "sort_order": None if sort_order is None else _sort_order(sort_order),
        "help_text": _length(help_text, 255, "help_text"),
        "default_value": _length(default_value, 255, "default_value"),
        "description": _length(description, 255, "description"),
    }
    return wire(fields, _options(options), extra_fields(extra))


class AsyncFields(AsyncResource):
    """The custom fields of the account's mailing lists: `client.fields`.

    A field's `tag` (such as FNAME) is how subscribers' values are passed and sent. A choice
    field's `options` map each option's value to its name.
    """

    async def list(self, list_uid: str) -> list[Field]:
        """Every custom field of a list, in the order they were created.

        The server sends them all in one answer (it does not page fields).
        """
        return await self._client._request(
            list_fields._get_kwargs(require_uid(list_uid, "list_uid")), _parse.records(_FieldModel)
        )

    async def get(self, list_uid: str, field_id: int | str) -> Field:
        """One custom field of a list. Raises `NotFoundError` if there is none with this id."""
        return await self._client._request(
            get_field._get_kwargs(require_uid(list_uid, "list_uid"), require_uid(field_id, "field_id")),
            _parse.record(_FieldModel),
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

        `type` is a field type's identifier (see `types()`), such as text or dropdown. `tag` is a
        letter (Latin capitals, or Persian, Arabic, Cyrillic or Greek letters) followed by letters,
        digits and underscores, at most 50 in all; it must be new to the list and not one the
        server keeps for itself (such as DATE or LIST_NAME): the server refuses those with
        `ValidationError`. `required` is sent as yes/no (the server's default: no); `visibility`
        is visible (the default), hidden or none; `sort_order` is -100..100 (default 0).
        `options` are the choices of a dropdown, multiselect, checkbox list or radio list field,
        sent as `options[N][name]` and `options[N][value]`; other types ignore them.
        """
        fields = _field_fields(
            type=require_text(type, "type"),
            label=require_text(label, "label"),
            tag=_tag(tag),
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
            _parse.created(_FieldModel),
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

        A field's type cannot change: a `type` other than the field's own is refused by the
        server with `ValidationError` (delete the field and create it again). For the EMAIL
        field the server ignores `tag`, `required` and `visibility`.

        `options` given replace the field's options. When `options` is not given, the field is
        read first (one more request) and its current options, if it has any, are sent again:
        the server saves every field of a type together and hands options out by position, so an
        update without them would give this field the options of another field of the same type.
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
        list_uid, field_id = require_uid(list_uid, "list_uid"), require_uid(field_id, "field_id")
        if options is None:
            read = get_field._get_kwargs(list_uid, field_id)  # the ids are checked above
            choices = (await self._client._request(read, _parse.record(_FieldModel))).options
            if isinstance(choices, FieldOptionsType0):
                # Sent back exactly as stored: the server's own values are not checked again.
                rows = [
                    {"name": name, "value": value} for value, name in choices.additional_properties.items()
                ]
                fields = {**indexed("options", rows), **fields}
        return await self._client._request(
            update_field._get_kwargs(
                list_uid, field_id, body=request_body(FieldUpdateRequest, fields, extra)
            ),
            _parse.written(_FieldModel),
        )

    async def delete(self, list_uid: str, field_id: int | str) -> None:
        """Delete a custom field, and its values for every subscriber of the list."""
        await self._client._request(
            delete_field._get_kwargs(require_uid(list_uid, "list_uid"), require_uid(field_id, "field_id")),
            _parse.done,
        )

    async def types(self) -> builtins.list[FieldType]:
        """Every kind of custom field, in one answer; an `identifier` is what `create(type=...)` takes."""
        return await self._client._request(list_field_types._get_kwargs(), _parse.records(FieldType))
