"""client.fields on the wire."""

from __future__ import annotations

import httpx
import pytest

import pakat
from pakat import AsyncPakat, Pakat
from pakat.types import FieldOption
from pakat_client.models import Field, FieldType
from tests.facade.conftest import OK, MockServer, collection, record

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


def test_list_sends_paging_and_reads_fields(client: Pakat, server: MockServer) -> None:
    server.on("GET", "/lists/L1/fields", collection([FIELD], page=2, total_pages=2, count="11"))
    page = client.fields.list("L1", page=2, per_page=10)
    assert server.last.method == "GET"
    assert server.query() == {"page": "2", "per_page": "10"}
    assert (page.count, page.page, page.has_next) == (11, 2, False)
    field = page.items[0]
    assert isinstance(field, Field)
    assert (field.field_id, field.tag, field.label, field.type_.identifier) == (
        "7",
        "CITY",
        "شهر",
        "dropdown",
    )
    # What the spec does not name is kept, and to_dict gives back what the server sent.
    assert field.to_dict() == FIELD


def test_iter_follows_pages(client: Pakat, server: MockServer) -> None:
    def pages(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params["page"])
        records = [{**FIELD, "tag": f"F{number}"}] if number <= 2 else []
        return httpx.Response(200, json=collection(records, page=number, total_pages=5, count=5))

    server.on("GET", "/lists/L1/fields", pages)
    assert [f.tag for f in client.fields.iter("L1", per_page=11)] == ["F1", "F2"]
    # An empty page ends the iteration even though total_pages promised more.
    assert [server.query(i) for i in range(3)] == [{"page": str(n), "per_page": "11"} for n in (1, 2, 3)]


def test_get_and_delete_take_int_or_str_ids(client: Pakat, server: MockServer) -> None:
    server.on("GET", "/lists/L1/fields/7", record(FIELD))
    server.on("DELETE", "/lists/L1/fields/7", OK)
    assert client.fields.get("L1", 7).label == "شهر"
    assert client.fields.get("L1", "7").tag == "CITY"
    assert client.fields.delete("L1", 7) is None
    assert [(r.method, r.url.path) for r in server.requests] == [
        ("GET", "/api/lists/L1/fields/7"),
        ("GET", "/api/lists/L1/fields/7"),
        ("DELETE", "/api/lists/L1/fields/7"),
    ]
    with pytest.raises(pakat.NotFoundError):
        client.fields.get("L1", 8)


def test_create_sends_multipart_fields_and_returns_the_field(client: Pakat, server: MockServer) -> None:
    server.on("POST", "/lists/L1/fields", written(FIELD))
    field = client.fields.create(
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


def test_create_sends_only_what_is_given(client: Pakat, server: MockServer) -> None:
    server.on("POST", "/lists/L1/fields", {"status": "success", "field_id": 12})
    field = client.fields.create("L1", type="text", label="Age", tag="AGE", required=True)
    assert server.form() == {"type": "text", "label": "Age", "tag": "AGE", "required": "yes"}
    # Servers that answer with the id beside status still give a Field.
    assert isinstance(field, Field)
    assert field.field_id == 12


def test_create_without_any_field_in_the_answer_raises(client: Pakat, server: MockServer) -> None:
    server.on("POST", "/lists/L1/fields", OK)
    with pytest.raises(pakat.APIResponseValidationError, match="no field"):
        client.fields.create("L1", type="text", label="Age", tag="AGE")


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
        ({"options": [{"name": "a", "value": "b"}]}, TypeError, "FieldOption"),
        ({"options": "tehran"}, TypeError, "FieldOption"),
        ({"options": [FieldOption("", "x")]}, ValueError, r"options\[0\]\.name must not be empty"),
        ({"options": [FieldOption("a", 1)]}, TypeError, r"options\[0\]\.value must be a str"),  # type: ignore[arg-type]
        ({"extra": {"x": 1}}, TypeError, "extra"),
        ({"list_uid": ""}, ValueError, "list_uid"),
    ],
)
def test_create_refuses_bad_input_before_sending(
    client: Pakat, server: MockServer, kwargs: dict[str, object], error: type[Exception], match: str
) -> None:
    arguments: dict[str, object] = {
        "list_uid": "L1",
        "type": "text",
        "label": "City",
        "tag": "CITY",
        **kwargs,
    }
    with pytest.raises(error, match=match):
        client.fields.create(**arguments)  # type: ignore[arg-type]
    assert server.requests == []


def test_update_is_urlencoded_and_returns_the_field(client: Pakat, server: MockServer) -> None:
    server.on("PUT", "/lists/L1/fields/7", written({**FIELD, "label": "استان"}))
    field = client.fields.update(
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


def test_update_answer_without_the_field_gives_none(client: Pakat, server: MockServer) -> None:
    server.on("PUT", "/lists/L1/fields/7", OK)
    assert client.fields.update("L1", "7", required=True, sort_order=0) is None
    assert server.form() == {"required": "yes", "sort_order": "0"}


def test_update_refuses_bad_or_empty_changes(client: Pakat, server: MockServer) -> None:
    with pytest.raises(ValueError, match="nothing to update"):
        client.fields.update("L1", 7)
    with pytest.raises(ValueError, match="nothing to update"):
        client.fields.update("L1", 7, options=[])
    with pytest.raises(ValueError, match="invalid field tag"):
        client.fields.update("L1", 7, tag="CITY NAME")
    with pytest.raises(ValueError, match="field_id"):
        client.fields.update("L1", "", label="x")
    with pytest.raises(TypeError, match="field_id"):
        client.fields.get("L1", None)  # type: ignore[arg-type]
    assert server.requests == []


def test_types_lists_field_types(client: Pakat, server: MockServer) -> None:
    server.on("GET", "/lists/fields/types", collection(TYPES))
    page = client.fields.types()
    assert server.last.url.path == "/api/lists/fields/types"
    assert server.query() == {"page": "1", "per_page": "50"}
    assert all(isinstance(t, FieldType) for t in page)
    assert [t.identifier for t in page] == ["text", "dropdown"]
    client.fields.types(page=2, per_page=15)
    assert server.query() == {"page": "2", "per_page": "15"}
    with pytest.raises(ValueError, match="per_page"):
        client.fields.types(per_page=51)
    with pytest.raises(ValueError, match="page"):
        client.fields.types(page=0)
    assert len(server.requests) == 2


async def test_async_fields_mirror_the_sync_ones(aclient: AsyncPakat, server: MockServer) -> None:
    server.on("GET", "/lists/fields/types", collection(TYPES))
    server.on("POST", "/lists/L1/fields", written(FIELD))
    server.on("GET", "/lists/L1/fields", collection([FIELD]))
    assert [t.identifier for t in await aclient.fields.types()] == ["text", "dropdown"]
    field = await aclient.fields.create("L1", type="dropdown", label="شهر", tag="CITY")
    assert server.form() == {"type": "dropdown", "label": "شهر", "tag": "CITY"}
    assert field.tag == "CITY"
    assert [f.field_id async for f in aclient.fields.iter("L1")] == ["7"]
    with pytest.raises(ValueError, match="invalid field tag"):
        await aclient.fields.create("L1", type="text", label="x", tag="x y")
    assert len(server.requests) == 3
