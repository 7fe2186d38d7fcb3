"""List fields: docs/server-behaviour.md, section "List fields", row by row.

The rows that a client's answer proves too are tested in tests/_async/behaviour/test_fields.py
(written once for both clients); the tests here stay on the wire.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from pakat.testing import Sandbox
from tests.behaviour.conftest import answered, form, refused

STOCK_TYPES = [
    "text", "dropdown", "multiselect", "date", "datetime", "textarea", "country", "state",
    "checkboxlist", "radiolist", "geocountry", "geostate", "geocity", "checkbox",
    "consentcheckbox", "yearsrange", "phonenumber", "email", "url", "rating",
]  # fmt: skip
RECORD_KEYS = [
    "field_id", "label", "tag", "help_text", "description", "default_value", "required",
    "visibility", "sort_order", "type",
]  # fmt: skip
CITY = {
    "type": "dropdown",
    "label": "شهر",
    "tag": "CITY",
    "options[0][name]": "تهران",
    "options[0][value]": "tehran",
    "options[1][name]": "شیراز",
    "options[1][value]": "shiraz",
}


def create(wire: httpx.Client, list_uid: str, fields: dict[str, str]) -> dict[str, Any]:
    body = answered(wire.post(f"/lists/{list_uid}/fields", files=form(fields)), 201)
    record: dict[str, Any] = body["data"]["record"]
    return record


def records(wire: httpx.Client, list_uid: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = answered(wire.get(f"/lists/{list_uid}/fields"), 200)["data"]["records"]
    return found


def _numbered(*names: str) -> dict[str, str]:
    return {
        f"options[{n}][{key}]": value
        for n, name in enumerate(names)
        for key, value in (("name", name), ("value", str(n)))
    }


@pytest.mark.behaviour("fields.create.invalid")
@pytest.mark.parametrize(
    ("sent", "error"),
    [
        ({"tag": "FNAME"}, [{"tag": "The tag attribute must be unique in the mail list!"}]),
        ({"tag": "fname"}, [{"tag": "Tag is invalid."}]),  # Latin letters must be capitals
        ({"label": "", "tag": ""}, [{"label": "Label cannot be blank.", "tag": "Tag cannot be blank."}]),
        ({"tag": "_CITY"}, [{"tag": "Tag is invalid."}]),
        ({"tag": "2CITY"}, [{"tag": "Tag is invalid."}]),
        ({"tag": "CITY-2"}, [{"tag": "Tag is invalid."}]),
        ({"tag": "شهر\u200cها"}, [{"tag": "Tag is invalid."}]),  # a zero-width non-joiner is no letter
        ({"tag": "C" * 51}, [{"tag": "Tag is too long (maximum is 50 characters)."}]),
        ({"tag": "DATE"}, [{"tag": '"DATE" is reserved!'}]),
        ({"tag": "LIST_NAME"}, [{"tag": '"LIST_NAME" is reserved!'}]),
        ({"tag": "CCT_PROMO"}, [{"tag": '"CCT_PROMO" is reserved!'}]),
        ({"label": "x" * 256}, [{"label": "Label is too long (maximum is 255 characters)."}]),
        ({"required": "maybe"}, [{"required": "Required is not in the list."}]),
        ({"visibility": "public"}, [{"visibility": "Visibility is not in the list."}]),
        ({"sort_order": "first"}, [{"sort_order": "Sort order must be a number."}]),
        ({"sort_order": "101"}, [{"sort_order": "Sort order is too big (maximum is 100)."}]),
        ({"sort_order": ""}, [{"sort_order": "Sort order cannot be blank."}]),
        ({"type": "dropdown", "options[0][name]": "تهران"}, [{"value": "Value cannot be blank."}]),
        (
            {"type": "dropdown", "options[0][name]": "a", "options[0][value]": "a", "options[1][value]": "b"},
            [{"name": "Name cannot be blank."}],
        ),
        ({"label[x]": "array"}, [{"label": "Label is invalid."}]),
    ],
)
def test_create_refusals_are_an_array_of_error_maps(
    sandbox: Sandbox, wire: httpx.Client, sent: dict[str, str], error: list[dict[str, str]]
) -> None:
    list_uid = sandbox.create_list()
    fields = {"type": "text", "label": "شهر", "tag": "CITY", **sent}
    if "label[x]" in sent:
        del fields["label"]
    refused(wire.post(f"/lists/{list_uid}/fields", files=form(fields)), 422, error)
    assert [f["tag"] for f in records(wire, list_uid)] == ["EMAIL", "FNAME", "LNAME"]  # nothing saved


@pytest.mark.behaviour("fields.create.invalid")
def test_tags_the_server_accepts(sandbox: Sandbox, wire: httpx.Client) -> None:
    list_uid = sandbox.create_list()
    for tag in ("CITY_", "شهر_۲", "ГОРОД", "город", "ΠΟΛΗ", "A" * 50):
        assert create(wire, list_uid, {"type": "text", "label": "x", "tag": tag})["tag"] == tag
