"""List fields: docs/server-behaviour.md, section "List fields", row by row.

The tests that drive a client, written once: here for AsyncPakat, generated into tests/_sync
for Pakat. The rows proven on the wire alone are in tests/behaviour/test_fields.py.
"""

from __future__ import annotations

import httpx
import pytest

import pakat
from pakat import AsyncPakat
from pakat.testing import Sandbox
from pakat.types import Field, FieldOption
from pakat_client.models.field_options_type_0 import FieldOptionsType0
from tests.behaviour.conftest import answered, form, refused
from tests.behaviour.test_fields import CITY, RECORD_KEYS, STOCK_TYPES, _numbered, create, records
from tests.facade.conftest import MockServer


@pytest.mark.behaviour("fields.list.ok")
async def test_list_sends_every_field_at_once_in_storage_order(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = sandbox.create_list()
    # sort_order does not decide the order: the field created first comes first.
    create(wire, list_uid, {"type": "text", "label": "سن", "tag": "AGE", "sort_order": "-50"})
    create(wire, list_uid, CITY)
    create(wire, list_uid, {"type": "radiolist", "label": "سطح", "tag": "LEVEL", **_numbered("کم", "زیاد")})
    for query in ({}, {"page": "2", "per_page": "10"}):
        body = answered(wire.get(f"/lists/{list_uid}/fields", params=query), 200)
        assert list(body) == ["status", "data"] and list(body["data"]) == ["records"]  # no paging keys
        found = body["data"]["records"]
        assert [f["tag"] for f in found] == ["EMAIL", "FNAME", "LNAME", "AGE", "CITY", "LEVEL"]
    email, *_, age, city, level = found
    assert list(email) == RECORD_KEYS  # no options key on a field without options, no list key
    assert email == {
        "field_id": "1",
        "label": "Email",
        "tag": "EMAIL",
        "help_text": None,
        "description": None,
        "default_value": None,
        "required": "yes",
        "visibility": "visible",
        "sort_order": "0",
        "type": {"name": "Text", "identifier": "text", "description": "Text"},
    }
    assert age["sort_order"] == "-50"
    assert city["options"] == {"tehran": "تهران", "shiraz": "شیراز"}
    assert level["options"] == ["کم", "زیاد"]  # values "0", "1": PHP writes a JSON array of the names

    fields = await api.fields.list(list_uid)
    assert [f.tag for f in fields] == ["EMAIL", "FNAME", "LNAME", "AGE", "CITY", "LEVEL"]
    options = [f.options for f in fields[-2:]]
    assert all(isinstance(o, FieldOptionsType0) for o in options)
    assert [o.additional_properties for o in options] == [  # type: ignore[union-attr]
        {"tehran": "تهران", "shiraz": "شیراز"},
        {"0": "کم", "1": "زیاد"},
    ]


@pytest.mark.behaviour("fields.list.no-fields")
async def test_a_list_without_any_field_answers_404(
    sandbox: Sandbox, wire: httpx.Client, client: AsyncPakat, server: MockServer
) -> None:
    # Not reachable through the API (the EMAIL field cannot be deleted): emptied in the store.
    list_uid = sandbox.create_list()
    with sandbox._store.transaction() as db:
        db.execute("DELETE FROM fields WHERE list_id = (SELECT id FROM lists WHERE uid = ?)", (list_uid,))
    message = "The subscribers list does not have any custom field defined."
    refused(wire.get(f"/lists/{list_uid}/fields"), 404, message)
    server.on("GET", "/lists/L1/fields", httpx.Response(404, json={"status": "error", "error": message}))
    with pytest.raises(pakat.NotFoundError, match="does not have any custom field"):
        await client.fields.list("L1")


@pytest.mark.behaviour("fields.list.list-not-found", "fields.get.not-found")
async def test_an_unknown_list_is_404_on_every_field_route(wire: httpx.Client, api: AsyncPakat) -> None:
    message = "The subscribers list does not exist."
    refused(wire.get("/lists/nope/fields"), 404, message)
    refused(wire.get("/lists/nope/fields/1"), 404, message)
    refused(wire.post("/lists/nope/fields", files=form({"type": "text"})), 404, message)
    refused(wire.put("/lists/nope/fields/1", data={"label": "x"}), 404, message)
    refused(wire.delete("/lists/nope/fields/1"), 404, message)
    with pytest.raises(pakat.NotFoundError, match="The subscribers list does not exist"):
        await api.fields.list("nope")


@pytest.mark.behaviour("fields.get.ok")
async def test_get_sends_the_field_without_its_list(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = sandbox.create_list()
    created = create(wire, list_uid, {**CITY, "help_text": "شهر محل زندگی", "sort_order": "4"})
    body = answered(wire.get(f"/lists/{list_uid}/fields/{created['field_id']}"), 200)
    assert list(body["data"]["record"]) == [*RECORD_KEYS, "options"]
    assert body["data"]["record"] == {key: value for key, value in created.items() if key != "list"}
    assert body["data"]["record"]["help_text"] == "شهر محل زندگی"
    field = await api.fields.get(list_uid, int(created["field_id"]))
    assert isinstance(field, Field)
    assert (field.tag, field.sort_order, field.type_.identifier) == ("CITY", "4", "dropdown")


@pytest.mark.behaviour("fields.get.not-found")
async def test_get_of_an_unknown_field_is_404(sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat) -> None:
    list_uid, other = sandbox.create_list(), sandbox.create_list()
    foreign = create(wire, other, {"type": "text", "label": "x", "tag": "X"})["field_id"]
    for field_id in ("999", foreign, "99999999999999999999999"):  # a field of another list is unknown here
        refused(wire.get(f"/lists/{list_uid}/fields/{field_id}"), 404, "The list field does not exist.")
    with pytest.raises(pakat.NotFoundError, match="The list field does not exist"):
        await api.fields.get(list_uid, 999)


@pytest.mark.behaviour("fields.create.ok")
async def test_create_answers_201_with_the_field_and_its_list(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = sandbox.create_list("خبرنامه پاکات")
    body = answered(wire.post(f"/lists/{list_uid}/fields", files=form(CITY)), 201)
    record = body["data"]["record"]
    assert list(record) == [*RECORD_KEYS, "list", "options"]
    assert record["list"] == {"list_uid": list_uid, "display_name": "خبرنامه پاکات"}
    # Defaults: required no, visible, sort order 0; text never given is null.
    assert (record["required"], record["visibility"], record["sort_order"]) == ("no", "visible", "0")
    assert (record["help_text"], record["description"], record["default_value"]) == (None, None, None)
    assert record["options"] == {"tehran": "تهران", "shiraz": "شیراز"}
    assert record["field_id"].isdigit()
    # Options go with choice types only; a text field ignores them.
    text = create(wire, list_uid, {"type": "text", "label": "کد", "tag": "CODE", "options[0][name]": "a"})
    assert "options" not in text

    field = await api.fields.create(
        list_uid,
        type="checkboxlist",
        label="علاقه‌ها",
        tag="علاقه",  # a Persian tag
        required=True,
        visibility="hidden",
        sort_order=-7,
        help_text="چند گزینه",
        default_value="news",
        description="موضوع‌های مورد علاقه",
        options=[FieldOption("خبر", "news"), FieldOption("تخفیف", "offers")],
    )
    assert (field.tag, field.required, field.visibility, field.sort_order) == ("علاقه", "yes", "hidden", "-7")
    assert isinstance(field.options, FieldOptionsType0)
    assert field.options.additional_properties == {"news": "خبر", "offers": "تخفیف"}
    assert field.list_ is not None and field.list_.list_uid == list_uid  # type: ignore[union-attr]


@pytest.mark.behaviour("fields.create.no-type")
async def test_create_without_a_type_is_refused_with_a_sentence(
    sandbox: Sandbox, wire: httpx.Client, client: AsyncPakat, server: MockServer
) -> None:
    list_uid = sandbox.create_list()
    for sent in ({}, {"type": ""}, {"type": "0"}):  # PHP's empty(): "0" is no type either
        refused(
            wire.post(f"/lists/{list_uid}/fields", files=form({**sent, "label": "x", "tag": "X"})),
            422,
            "The field type should be set.",
        )
    # The facade never sends an empty type; a server answer of this shape is a ValidationError.
    server.on(
        "POST",
        "/lists/L1/fields",
        httpx.Response(422, json={"status": "error", "error": "The field type should be set."}),
    )
    with pytest.raises(pakat.ValidationError, match="The field type should be set"):
        await client.fields.create("L1", type="text", label="x", tag="X")
    with pytest.raises(ValueError, match="type must not be empty"):
        await client.fields.create("L1", type=" ", label="x", tag="X")


@pytest.mark.behaviour("fields.create.bad-type")
async def test_create_with_an_unknown_type_is_refused(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = sandbox.create_list()
    for kind in ("colour", "Text", "text2"):  # "text " would pass: the server trims values
        refused(
            wire.post(f"/lists/{list_uid}/fields", files=form({"type": kind, "label": "x", "tag": "X"})),
            422,
            "The field type identifier is wrong.",
        )
    with pytest.raises(pakat.ValidationError, match="The field type identifier is wrong") as caught:
        await api.fields.create(list_uid, type="colour", label="رنگ", tag="COLOUR")
    assert caught.value.status_code == 422


@pytest.mark.behaviour("fields.create.max-fields")
async def test_create_beyond_the_groups_field_limit_is_refused() -> None:
    with Sandbox(max_custom_fields_per_list=4) as limited:
        headers = {"X-API-KEY": limited.api_key}
        list_uid = limited.create_list()
        with httpx.Client(base_url=limited.url, headers=headers) as http:
            create(http, list_uid, {"type": "text", "label": "سن", "tag": "AGE"})  # the 4th field
            refused(
                http.post(
                    f"/lists/{list_uid}/fields", files=form({"type": "text", "label": "x", "tag": "X"})
                ),
                422,
                "You have reached the maximum number of allowed custom fields. Your list has 4 custom "
                "fields and you are allowed only 4 custom fields.",
            )
            async with AsyncPakat(api_key=limited.api_key, base_url=limited.url, max_retries=0) as api:
                with pytest.raises(pakat.ValidationError, match="maximum number of allowed custom fields"):
                    await api.fields.create(list_uid, type="text", label="x", tag="X")


@pytest.mark.behaviour("fields.create.invalid")
async def test_the_facade_flattens_the_array_and_refuses_what_it_can_before_sending(
    sandbox: Sandbox, api: AsyncPakat, server: MockServer, client: AsyncPakat
) -> None:
    list_uid = sandbox.create_list()
    with pytest.raises(pakat.ValidationError) as caught:
        await api.fields.create(list_uid, type="text", label="نام", tag="FNAME")
    assert caught.value.message == "tag: The tag attribute must be unique in the mail list!"
    assert caught.value.errors == [{"tag": "The tag attribute must be unique in the mail list!"}]
    with pytest.raises(pakat.ValidationError, match='"DATE" is reserved!'):
        await api.fields.create(list_uid, type="date", label="تاریخ", tag="DATE")
    for bad in ({"tag": "fname"}, {"tag": "C" * 51}, {"label": "x" * 256}, {"sort_order": 101}):
        with pytest.raises(ValueError):
            await client.fields.create("L1", **{"type": "text", "label": "x", "tag": "X", **bad})  # type: ignore[arg-type]
    assert server.requests == []


@pytest.mark.behaviour("fields.update.ok")
async def test_update_changes_what_is_sent_and_answers_with_the_list(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = sandbox.create_list()
    city = create(wire, list_uid, {**CITY, "help_text": "شهر محل زندگی"})
    body = answered(
        wire.put(f"/lists/{list_uid}/fields/{city['field_id']}", data={"label": "استان", "required": "yes"}),
        200,
    )
    record = body["data"]["record"]
    assert list(record) == [*RECORD_KEYS, "list", "options"]
    assert (record["label"], record["required"], record["help_text"]) == ("استان", "yes", "شهر محل زندگی")
    assert record["options"] == city["options"]  # no other dropdown: its own options stay
    # Options sent replace the field's options.
    replaced = answered(
        wire.put(
            f"/lists/{list_uid}/fields/{city['field_id']}",
            data={"options[0][name]": "فارس", "options[0][value]": "fars"},
        ),
        200,
    )["data"]["record"]
    assert replaced["options"] == {"fars": "فارس"}
    # For the EMAIL field, tag, required and visibility are ignored without a word.
    email = answered(
        wire.put(
            f"/lists/{list_uid}/fields/1",
            data={"tag": "MAIL", "required": "no", "visibility": "none", "label": "رایانامه"},
        ),
        200,
    )["data"]["record"]
    assert (email["tag"], email["required"], email["visibility"], email["label"]) == (
        "EMAIL",
        "yes",
        "visible",
        "رایانامه",
    )
    updated = await api.fields.update(list_uid, int(city["field_id"]), label="شهر", sort_order=5)
    assert updated is not None and (updated.label, updated.sort_order) == ("شهر", "5")


@pytest.mark.behaviour("fields.update.ok")
async def test_a_choice_field_updated_without_options_takes_another_fields_options(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = sandbox.create_list()
    city = create(wire, list_uid, CITY)
    colour = create(
        wire,
        list_uid,
        {
            "type": "dropdown",
            "label": "رنگ",
            "tag": "COLOUR",
            "options[0][name]": "سبز",
            "options[0][value]": "green",
        },
    )
    # On the wire, as the server does: the updated field takes COLOUR's options, COLOUR loses them.
    answered(wire.put(f"/lists/{list_uid}/fields/{city['field_id']}", data={"label": "استان"}), 200)
    by_tag = {f["tag"]: f for f in records(wire, list_uid)}
    assert by_tag["CITY"]["options"] == {"green": "سبز"}
    assert "options" not in by_tag["COLOUR"]
    # The facade reads the field first and sends its options back, so nothing moves.
    answered(
        wire.put(
            f"/lists/{list_uid}/fields/{colour['field_id']}",
            data={"options[0][name]": "سبز", "options[0][value]": "green"},
        ),
        200,
    )
    answered(
        wire.put(
            f"/lists/{list_uid}/fields/{city['field_id']}",
            data={"options[0][name]": "تهران", "options[0][value]": "tehran"},
        ),
        200,
    )
    sandbox.reset_counters()
    await api.fields.update(list_uid, city["field_id"], label="شهر")
    assert sandbox.processed == {"getField": 1, "updateField": 1}
    by_tag = {f["tag"]: f for f in records(wire, list_uid)}
    assert (by_tag["CITY"]["options"], by_tag["COLOUR"]["options"]) == ({"tehran": "تهران"}, {"green": "سبز"})


@pytest.mark.behaviour("fields.update.type-change")
async def test_a_type_change_is_refused(sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat) -> None:
    list_uid = sandbox.create_list()
    city = create(wire, list_uid, CITY)
    path = f"/lists/{list_uid}/fields/{city['field_id']}"
    message = "You are not allowed to change the field type. Please delete the field and re-create it."
    refused(wire.put(path, data={"type": "text", "label": "x"}), 422, message)
    # The same type, or an empty one, is no change.
    assert (
        answered(wire.put(path, data={"type": "dropdown", "label": "x"}), 200)["data"]["record"]["label"]
        == "x"
    )
    assert answered(wire.put(path, data={"type": "", "label": "y"}), 200)["data"]["record"]["label"] == "y"
    with pytest.raises(pakat.ValidationError, match="not allowed to change the field type"):
        await api.fields.update(list_uid, city["field_id"], type="radiolist")


@pytest.mark.behaviour("fields.update.not-found")
async def test_update_of_an_unknown_field_is_404(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = sandbox.create_list()
    refused(
        wire.put(f"/lists/{list_uid}/fields/999", data={"label": "x"}), 404, "The list field does not exist."
    )
    with pytest.raises(pakat.NotFoundError, match="The list field does not exist"):
        await api.fields.update(list_uid, 999, label="x", options=[FieldOption("a", "a")])
    with pytest.raises(pakat.NotFoundError, match="The list field does not exist"):
        await api.fields.update(list_uid, 999, label="x")  # stops at the read of the options


@pytest.mark.behaviour("fields.update.invalid")
async def test_update_refusals_are_an_array_of_error_maps(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = sandbox.create_list()
    age = create(wire, list_uid, {"type": "text", "label": "سن", "tag": "AGE"})
    path = f"/lists/{list_uid}/fields/{age['field_id']}"
    refused(
        wire.put(path, data={"tag": "LNAME"}),
        422,
        [{"tag": "The tag attribute must be unique in the mail list!"}],
    )
    refused(
        wire.put(path, data={"label": "", "sort_order": "-101"}),
        422,
        [{"label": "Label cannot be blank.", "sort_order": "Sort order is too small (minimum is -100)."}],
    )
    # Its own tag is no clash.
    assert answered(wire.put(path, data={"tag": "AGE"}), 200)["data"]["record"]["tag"] == "AGE"
    with pytest.raises(pakat.ValidationError) as caught:
        await api.fields.update(list_uid, age["field_id"], tag="FNAME")
    assert caught.value.errors == [{"tag": "The tag attribute must be unique in the mail list!"}]


@pytest.mark.behaviour("fields.delete.ok")
async def test_delete_removes_the_field_its_values_and_its_segment_conditions(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = sandbox.create_list()
    city = create(wire, list_uid, CITY)
    answered(
        wire.post(
            f"/lists/{list_uid}/subscribers", files=form({"EMAIL": "ali@example.org", "CITY": "tehran"})
        ),
        201,
    )
    segment = answered(
        wire.post(
            f"/lists/{list_uid}/segments",
            files=form(
                {
                    "name": "تهران",
                    "conditions[0][field_id]": city["field_id"],
                    "conditions[0][operator_id]": "1",
                    "conditions[0][value]": "tehran",
                    "conditions[1][field_id]": "2",
                    "conditions[1][operator_id]": "3",
                    "conditions[1][value]": "ع",
                }
            ),
        ),
        201,
    )["data"]["record"]
    assert answered(wire.delete(f"/lists/{list_uid}/fields/{city['field_id']}"), 200) == {"status": "success"}
    assert "CITY" not in {f["tag"] for f in records(wire, list_uid)}
    refused(wire.get(f"/lists/{list_uid}/fields/{city['field_id']}"), 404, "The list field does not exist.")
    rules = answered(wire.get(f"/lists/{list_uid}/segments/{segment['segment_uid']}"), 200)["data"]["record"]
    assert rules["conditions"] == [{"field_id": "2", "operator_id": "3", "value": "ع"}]
    age = create(wire, list_uid, {"type": "text", "label": "سن", "tag": "AGE"})
    assert await api.fields.delete(list_uid, int(age["field_id"])) is None
    assert [f.tag for f in await api.fields.list(list_uid)] == ["EMAIL", "FNAME", "LNAME"]


@pytest.mark.behaviour("fields.delete.email")
async def test_the_email_field_cannot_be_deleted(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = sandbox.create_list()
    email = records(wire, list_uid)[0]
    refused(
        wire.delete(f"/lists/{list_uid}/fields/{email['field_id']}"),
        422,
        "The EMAIL field cannot be deleted.",
    )
    with pytest.raises(pakat.ValidationError, match="The EMAIL field cannot be deleted"):
        await api.fields.delete(list_uid, email["field_id"])


@pytest.mark.behaviour("fields.delete.not-found")
async def test_delete_of_an_unknown_field_has_its_own_words(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = sandbox.create_list()
    refused(wire.delete(f"/lists/{list_uid}/fields/999"), 404, "The field does not exist.")
    with pytest.raises(pakat.NotFoundError, match="The field does not exist"):
        await api.fields.delete(list_uid, 999)


@pytest.mark.behaviour("fields.types.ok")
async def test_types_come_all_at_once(wire: httpx.Client, api: AsyncPakat) -> None:
    for query in ({}, {"page": "2", "per_page": "10"}):
        body = answered(wire.get("/lists/fields/types", params=query), 200)
        assert list(body["data"]) == ["count", "records"]
        assert body["data"]["count"] == "20"
        assert [t["identifier"] for t in body["data"]["records"]] == STOCK_TYPES
    assert {t["name"] == t["description"] for t in body["data"]["records"]} == {True}
    assert body["data"]["records"][8] == {
        "name": "Checkbox List",
        "identifier": "checkboxlist",
        "description": "Checkbox List",
    }
    types = await api.fields.types()
    assert [t.identifier for t in types] == STOCK_TYPES


@pytest.mark.behaviour("fields.types.ok")
async def test_no_types_at_all_is_count_zero(client: AsyncPakat, server: MockServer) -> None:
    server.on("GET", "/lists/fields/types", {"status": "success", "data": {"count": 0, "records": []}})
    assert await client.fields.types() == []
