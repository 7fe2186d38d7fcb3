"""client.fields on the wire."""

from __future__ import annotations

import httpx
import pytest

import pakat
from pakat import AsyncPakat
from pakat.types import Field, FieldOption, FieldType, Unset
from pakat_client.models.field_options_type_0 import FieldOptionsType0
from tests.facade.conftest import OK, MockServer, record

FIELD = {
    "field_id": "7",
    "label": "شهر",
    "tag": "CITY",
    "required": "no",
    "visibility": "visible",
    "sort_order": "3",
    "type": {"name": "Dropdown", "identifier": "dropdown", "description": "A list of choices"},
    "list": {"list_uid": "L1", "display_name": "خبرنامه"},
    "options": {"tehran": "تهران"},
}
TYPES = [
    {"name": "Text", "identifier": "text", "description": "Free text"},
    {"name": "Dropdown", "identifier": "dropdown", "description": "A list of choices"},
]


def written(value: dict[str, object]) -> dict[str, object]:
    return {"status": "success", "data": {"record": value}}


def whole(records: list[dict[str, object]], **extra: object) -> dict[str, object]:
    """A collection the server sends whole: `data.records` with no paging keys."""
    return {"status": "success", "data": {**extra, "records": records}}


async def test_list_reads_every_field_in_one_call(client: AsyncPakat, server: MockServer) -> None:
    email = {key: value for key, value in FIELD.items() if key not in ("options", "list")}
    server.on("GET", "/lists/L1/fields", whole([{**email, "field_id": "1", "tag": "EMAIL"}, FIELD]))
    fields = await client.fields.list("L1")
    assert server.last.method == "GET"
    assert server.query() == {}  # the server does not page fields: nothing to ask for
    assert isinstance(fields, list)
    assert [f.tag for f in fields] == ["EMAIL", "CITY"]
    field = fields[1]
    assert isinstance(field, Field)
    assert (field.field_id, field.tag, field.label, field.type_.identifier) == (
        "7",
        "CITY",
        "شهر",
        "dropdown",
    )
    # What the spec does not name is kept, and to_dict gives back what the server sent.
    assert field.to_dict() == FIELD
    assert isinstance(fields[0].options, Unset)


async def test_options_sent_as_a_json_array_read_as_a_mapping(client: AsyncPakat, server: MockServer) -> None:
    # The server writes options whose values are 0, 1, 2, ... as a JSON array of their names.
    server.on("GET", "/lists/L1/fields/8", record({**FIELD, "field_id": "8", "options": ["کم", "زیاد"]}))
    options = (await client.fields.get("L1", 8)).options
    assert isinstance(options, FieldOptionsType0)
    assert options.additional_properties == {"0": "کم", "1": "زیاد"}


async def test_list_refuses_an_answer_without_records(client: AsyncPakat, server: MockServer) -> None:
    server.on("GET", "/lists/L1/fields", {"status": "success", "data": {"count": "2"}})
    with pytest.raises(pakat.APIResponseValidationError, match=r"data\.records"):
        await client.fields.list("L1")


async def test_get_and_delete_take_int_or_str_ids(client: AsyncPakat, server: MockServer) -> None:
    server.on("GET", "/lists/L1/fields/7", record(FIELD))
    server.on("DELETE", "/lists/L1/fields/7", OK)
    assert (await client.fields.get("L1", 7)).label == "شهر"
    assert (await client.fields.get("L1", "7")).tag == "CITY"
    assert await client.fields.delete("L1", 7) is None
    assert [(r.method, r.url.path) for r in server.requests] == [
        ("GET", "/api/lists/L1/fields/7"),
        ("GET", "/api/lists/L1/fields/7"),
        ("DELETE", "/api/lists/L1/fields/7"),
    ]
    with pytest.raises(pakat.NotFoundError):
        await client.fields.get("L1", 8)


async def test_create_sends_multipart_fields_and_returns_the_field(
    client: AsyncPakat, server: MockServer
) -> None:
    server.on("POST", "/lists/L1/fields", written(FIELD))
    field = await client.fields.create(
        "L1",
        type="dropdown",
        label="شهر",
        tag="CITY",
        required=False,
        visibility="visible",
        sort_order=3,
        help_text="شهر محل زندگی",
        default_value="tehran",
        description="Where the subscriber lives",
        options=[FieldOption("تهران", "tehran"), FieldOption("شیراز", "shiraz")],
        extra={"future[flag]": "1"},
    )
    assert server.last.method == "POST"
    assert server.last.url.path == "/api/lists/L1/fields"
    assert server.last.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert server.form() == {
        "type": "dropdown",
        "label": "شهر",
        "tag": "CITY",
        "required": "no",
        "visibility": "visible",
        "sort_order": "3",
        "help_text": "شهر محل زندگی",
        "default_value": "tehran",
        "description": "Where the subscriber lives",
        "options[0][name]": "تهران",
        "options[0][value]": "tehran",
        "options[1][name]": "شیراز",
        "options[1][value]": "shiraz",
        "future[flag]": "1",
    }
    assert isinstance(field, Field)
    assert field.field_id == "7"


async def test_create_sends_only_what_is_given(client: AsyncPakat, server: MockServer) -> None:
    server.on("POST", "/lists/L1/fields", {"status": "success", "field_id": 12})
    field = await client.fields.create("L1", type="text", label="Age", tag="AGE", required=True)
    assert server.form() == {"type": "text", "label": "Age", "tag": "AGE", "required": "yes"}
    # Servers that answer with the id beside status still give a Field.
    assert isinstance(field, Field)
    assert field.field_id == 12


async def test_create_without_any_field_in_the_answer_raises(client: AsyncPakat, server: MockServer) -> None:
    server.on("POST", "/lists/L1/fields", OK)
    with pytest.raises(pakat.OutcomeUnknownError, match="no field"):
        await client.fields.create("L1", type="text", label="Age", tag="AGE")


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"tag": "first name"}, ValueError, "invalid field tag"),
        ({"tag": "CITY[0]"}, ValueError, "invalid field tag"),
        ({"tag": "city"}, ValueError, "invalid field tag"),
        ({"label": ""}, ValueError, "label must not be empty"),
        ({"label": "City\nBcc"}, ValueError, "label must be a single line"),
        ({"type": " "}, ValueError, "type must not be empty"),
        ({"visibility": "public"}, ValueError, "visibility must be one of"),
        ({"required": "no"}, TypeError, "required must be True or False"),
        ({"sort_order": "3"}, TypeError, "sort_order must be an int"),
        ({"sort_order": True}, TypeError, "sort_order must be an int"),
        ({"sort_order": 101}, ValueError, "between -100 and 100"),
        ({"sort_order": -101}, ValueError, "between -100 and 100"),
        ({"tag": "A" * 51}, ValueError, "at most 50"),
        ({"tag": "_CITY"}, ValueError, "invalid field tag"),
        ({"tag": "2CITY"}, ValueError, "invalid field tag"),
        ({"tag": "شهر\u200cها"}, ValueError, "invalid field tag"),  # a zero-width non-joiner
        ({"label": "x" * 256}, ValueError, "label must be at most 255"),
        ({"help_text": "x" * 256}, ValueError, "help_text must be at most 255"),
        ({"options": [FieldOption("a", "")]}, ValueError, r"options\[0\]\.value must not be empty"),
        ({"options": [FieldOption("a" * 101, "a")]}, ValueError, r"options\[0\]\.name must be at most 100"),
        ({"options": [FieldOption("a", "v" * 256)]}, ValueError, r"options\[0\]\.value must be at most 255"),
        ({"options": [{"name": "a", "value": "b"}]}, TypeError, "FieldOption"),
        ({"options": "tehran"}, TypeError, "FieldOption"),
        ({"options": [FieldOption("", "x")]}, ValueError, r"options\[0\]\.name must not be empty"),
        ({"options": [FieldOption("a", 1)]}, TypeError, r"options\[0\]\.value must be a str"),  # type: ignore[arg-type]
        ({"extra": {"x": 1}}, TypeError, "extra"),
        ({"list_uid": ""}, ValueError, "list_uid"),
    ],
)
async def test_create_refuses_bad_input_before_sending(
    client: AsyncPakat, server: MockServer, kwargs: dict[str, object], error: type[Exception], match: str
) -> None:
    arguments: dict[str, object] = {
        "list_uid": "L1",
        "type": "text",
        "label": "City",
        "tag": "CITY",
        **kwargs,
    }
    with pytest.raises(error, match=match):
        await client.fields.create(**arguments)  # type: ignore[arg-type]
    assert server.requests == []


async def test_update_is_urlencoded_and_returns_the_field(client: AsyncPakat, server: MockServer) -> None:
    server.on("PUT", "/lists/L1/fields/7", written({**FIELD, "label": "استان"}))
    field = await client.fields.update(
        "L1",
        7,
        label="استان",
        visibility="hidden",
        options=[FieldOption("فارس", "fars")],
        extra={"a[b]": "c"},
    )
    assert server.last.method == "PUT"
    assert server.last.url.path == "/api/lists/L1/fields/7"
    assert server.last.headers["content-type"] == "application/x-www-form-urlencoded"
    assert server.form() == {
        "label": "استان",
        "visibility": "hidden",
        "options[0][name]": "فارس",
        "options[0][value]": "fars",
        "a[b]": "c",
    }
    assert field is not None
    assert field.label == "استان"


async def test_create_takes_persian_and_other_script_tags(client: AsyncPakat, server: MockServer) -> None:
    server.on("POST", "/lists/L1/fields", written({**FIELD, "tag": "شهر_۲"}))
    for tag in ("شهر_۲", "ГОРОД", "ΠΟΛΗ", "CITY_"):
        await client.fields.create("L1", type="text", label="x", tag=tag)
        assert server.form()["tag"] == tag


async def test_update_answer_without_the_field_gives_none(client: AsyncPakat, server: MockServer) -> None:
    text_field = {key: value for key, value in FIELD.items() if key != "options"}
    server.on("GET", "/lists/L1/fields/7", record(text_field))
    server.on("PUT", "/lists/L1/fields/7", OK)
    assert await client.fields.update("L1", "7", required=True, sort_order=0) is None
    assert server.form() == {"required": "yes", "sort_order": "0"}


async def test_update_without_options_sends_the_fields_options_again(
    client: AsyncPakat, server: MockServer
) -> None:
    # The server hands a choice field updated without options the options of another field of
    # its type: the facade reads the field first and sends its own options back.
    server.on(
        "GET", "/lists/L1/fields/7", record({**FIELD, "options": {"tehran": "تهران", "shiraz": "شیراز"}})
    )
    server.on("PUT", "/lists/L1/fields/7", written(FIELD))
    await client.fields.update("L1", 7, label="استان")
    assert [(r.method, r.url.path) for r in server.requests] == [
        ("GET", "/api/lists/L1/fields/7"),
        ("PUT", "/api/lists/L1/fields/7"),
    ]
    assert server.form() == {
        "label": "استان",
        "options[0][name]": "تهران",
        "options[0][value]": "tehran",
        "options[1][name]": "شیراز",
        "options[1][value]": "shiraz",
    }


async def test_update_of_a_field_without_options_reads_it_and_sends_none(
    client: AsyncPakat, server: MockServer
) -> None:
    text_field = {key: value for key, value in FIELD.items() if key != "options"}
    server.on("GET", "/lists/L1/fields/7", record(text_field))
    server.on("PUT", "/lists/L1/fields/7", written(text_field))
    await client.fields.update("L1", 7, label="سن")
    assert server.form() == {"label": "سن"}
    assert len(server.requests) == 2


async def test_update_of_a_missing_field_stops_at_the_read(client: AsyncPakat, server: MockServer) -> None:
    server.on(
        "GET",
        "/lists/L1/fields/9",
        httpx.Response(404, json={"status": "error", "error": "The list field does not exist."}),
    )
    with pytest.raises(pakat.NotFoundError, match="The list field does not exist"):
        await client.fields.update("L1", 9, label="x")
    assert [r.method for r in server.requests] == ["GET"]


async def test_update_refuses_bad_or_empty_changes(client: AsyncPakat, server: MockServer) -> None:
    with pytest.raises(ValueError, match="nothing to update"):
        await client.fields.update("L1", 7)
    with pytest.raises(ValueError, match="nothing to update"):
        await client.fields.update("L1", 7, options=[])
    with pytest.raises(ValueError, match="invalid field tag"):
        await client.fields.update("L1", 7, tag="CITY NAME")
    with pytest.raises(ValueError, match="field_id"):
        await client.fields.update("L1", "", label="x")
    with pytest.raises(TypeError, match="field_id"):
        await client.fields.get("L1", None)  # type: ignore[arg-type]
    assert server.requests == []


async def test_types_reads_every_type_in_one_call(client: AsyncPakat, server: MockServer) -> None:
    server.on("GET", "/lists/fields/types", whole(TYPES, count="2"))
    types = await client.fields.types()
    assert server.last.url.path == "/api/lists/fields/types"
    assert server.query() == {}
    assert all(isinstance(t, FieldType) for t in types)
    assert [t.identifier for t in types] == ["text", "dropdown"]
    server.on("GET", "/lists/fields/types", whole([], count=0))
    assert await client.fields.types() == []
