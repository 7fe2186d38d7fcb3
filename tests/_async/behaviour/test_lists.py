"""Rows `lists.*` of docs/server-behaviour.md: the sandbox on the wire, and the facade on top.

The tests that drive a client, written once: here for AsyncPakat, generated into tests/_sync
for Pakat. The rows proven on the wire alone are in tests/behaviour/test_lists.py.
"""

from __future__ import annotations

import httpx
import pytest

from pakat import AsyncPakat, NotFoundError, ValidationError
from pakat.testing import Sandbox
from tests.behaviour.conftest import answered, form, refused
from tests.behaviour.test_lists import (
    ADDRESS_FORMAT,
    COMPANY,
    LIST,
    MISSING,
    create,
    limited,
    record_of,
    wire_of,
)
from tests.facade.conftest import MockServer

__all__ = ["limited"]  # fixtures of the wire tests, used here too


# listLists ------------------------------------------------------------------------------------


@pytest.mark.behaviour("lists.list.ok")
async def test_lists_come_newest_first_in_four_fixed_groups(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    first = create(wire, **{"general[name]": "اول"})
    second = create(
        wire, **{"general[name]": "دوم", "general[opt_in]": "single", "general[visibility]": "private"}
    )
    zoned = create(
        wire,
        **{
            "general[name]": "سوم",
            "company[country_id]": "101",
            "company[zone]": "Tehran",
            "company[phone]": "021-1234",
        },
    )
    archived = create(wire, **{"general[name]": "بایگانی"})
    deleted = create(wire, **{"general[name]": "حذف"})
    sandbox.set_list_state(archived, status="archived")
    answered(wire.delete(f"/lists/{deleted}"), 200)

    data = answered(wire.get("/lists"), 200)["data"]
    assert (data["count"], data["total_pages"], data["current_page"]) == ("3", 1, 1)
    assert (data["next_page"], data["prev_page"]) == (None, None)
    assert list(data) == ["count", "total_pages", "current_page", "next_page", "prev_page", "records"]
    records = data["records"]
    assert [r["general"]["list_uid"] for r in records] == [zoned, second, first]
    for rec in records:
        assert list(rec) == ["general", "defaults", "notifications", "company"]
        # general: only these four, no opt_in or visibility.
        assert list(rec["general"]) == ["list_uid", "name", "display_name", "description"]
        assert list(rec["defaults"]) == ["from_email", "from_name", "reply_to", "subject"]
        assert list(rec["notifications"]) == ["subscribe", "unsubscribe", "subscribe_to", "unsubscribe_to"]
        assert list(rec["company"])[:8] == [
            "name", "address_1", "address_2", "zone_name", "city", "zip_code", "phone", "address_format"
        ]  # fmt: skip
        # Values never set are null, not "".
        assert rec["defaults"]["subject"] is None
        assert rec["notifications"]["subscribe_to"] is None and rec["notifications"]["unsubscribe_to"] is None
        assert rec["company"]["address_2"] is None and rec["company"]["zone_name"] is None
        # The account's company was copied in, with its country.
        assert rec["company"]["country"] == {
            "country_id": "101",
            "name": "Iran (Islamic Republic of)",
            "code": "IR",
        }
    assert records[0]["company"]["zone"] == {"zone_id": "1538", "name": "Tehran", "code": "TEH"}
    assert records[0]["company"]["phone"] == "021-1234"
    assert "zone" not in records[1]["company"]
    assert records[1]["company"]["phone"] is None

    page = await api.lists.list()
    assert [item.general.list_uid for item in page.items] == [zoned, second, first]
    assert page.count == 3
    assert page.items[2].defaults.subject is None


@pytest.mark.behaviour("lists.list.empty")
async def test_no_list_is_a_null_paged_empty_collection(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    body = answered(wire.get("/lists", params={"page": 3}), 200)
    empty = dict.fromkeys(("count", "total_pages", "current_page", "next_page", "prev_page"))
    assert body == {"status": "success", "data": {**empty, "records": []}}
    # A deleted list leaves the collection empty again.
    answered(wire.delete(f"/lists/{create(wire)}"), 200)
    assert answered(wire.get("/lists"), 200)["data"] == {**empty, "records": []}
    page = await api.lists.list()
    assert (list(page.items), page.count, page.has_next) == ([], 0, False)
    assert [x async for x in api.lists.iter()] == []


# getList ----------------------------------------------------------------------------------------


@pytest.mark.behaviour("lists.get.ok")
async def test_a_list_has_the_groups_and_keys_of_a_collection_record(
    wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = create(wire, **{"defaults[subject]": "سلام", "notifications[subscribe]": "yes"})
    body = answered(wire.get(f"/lists/{list_uid}"), 200)
    assert list(body) == ["status", "data"] and list(body["data"]) == ["record"]
    rec = body["data"]["record"]
    assert rec == answered(wire.get("/lists"), 200)["data"]["records"][0]
    assert rec["general"] == {
        "list_uid": list_uid,
        "name": LIST["general[name]"],
        "display_name": LIST["general[name]"],
        "description": LIST["general[description]"],
    }
    assert rec["defaults"] == {
        "from_email": "news@example.com",
        "from_name": "فروشگاه پاکات",
        "reply_to": "support@example.com",
        "subject": "سلام",
    }
    assert rec["notifications"]["subscribe"] == "yes" and rec["notifications"]["unsubscribe"] == "no"
    got = await api.lists.get(list_uid)
    assert (got.general.list_uid, got.defaults.subject) == (list_uid, "سلام")


@pytest.mark.behaviour("lists.get.not-found")
async def test_unknown_deleted_or_archived_lists_are_not_found(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    archived, deleted = create(wire), create(wire)
    sandbox.set_list_state(archived, status="archived")
    answered(wire.delete(f"/lists/{deleted}"), 200)
    for list_uid in ("nosuchlist123", archived, deleted):
        refused(wire.get(f"/lists/{list_uid}"), 404, MISSING)
        with pytest.raises(NotFoundError) as caught:
            await api.lists.get(list_uid)
        assert caught.value.message == MISSING
    # An archived list shown again is found again.
    sandbox.set_list_state(archived, status="active")
    answered(wire.get(f"/lists/{archived}"), 200)


# createList -------------------------------------------------------------------------------------


@pytest.mark.behaviour("lists.create.ok")
async def test_create_answers_201_with_the_uid_and_gives_the_list_three_fields(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    body = answered(wire.post("/lists", files=form(LIST)), 201)
    assert list(body) == ["status", "list_uid"] and body["status"] == "success"
    list_uid = body["list_uid"]
    assert len(list_uid) == 13 and list_uid.isalnum() and list_uid == list_uid.lower()
    fields = answered(wire.get(f"/lists/{list_uid}/fields"), 200)["data"]["records"]
    assert [(f["tag"], f["label"], f["required"]) for f in fields] == [
        ("EMAIL", "Email", "yes"),
        ("FNAME", "First name", "no"),
        ("LNAME", "Last name", "no"),
    ]
    assert record_of(wire, list_uid)["general"]["display_name"] == LIST["general[name]"]
    # Double opt-in unless told otherwise: a subscriber added through the API is unconfirmed.
    created = answered(
        wire.post(f"/lists/{list_uid}/subscribers", files=form({"EMAIL": "ali@example.com"})), 201
    )
    uid = created["data"]["record"]["subscriber_uid"]
    assert (
        answered(wire.get(f"/lists/{list_uid}/subscribers/{uid}"), 200)["data"]["record"]["status"]
        == "unconfirmed"
    )
    # Single opt-in: confirmed at once.
    single = create(wire, **{"general[opt_in]": "single"})
    created = answered(
        wire.post(f"/lists/{single}/subscribers", files=form({"EMAIL": "ali@example.com"})), 201
    )
    uid = created["data"]["record"]["subscriber_uid"]
    assert (
        answered(wire.get(f"/lists/{single}/subscribers/{uid}"), 200)["data"]["record"]["status"]
        == "confirmed"
    )

    via_facade = await api.lists.create(
        name="خبرنامه",
        description="هفتگی",
        from_name="پاکات",
        from_email="a@example.com",
        reply_to="a@example.com",
    )
    assert isinstance(via_facade, str) and len(via_facade) == 13
    single_via_facade = await api.lists.create(
        name="خبرنامه",
        description="هفتگی",
        from_name="پاکات",
        from_email="a@example.com",
        reply_to="a@example.com",
        opt_in="single",
    )
    uid = (await api.subscribers.create(single_via_facade, "sara@example.com")).subscriber_uid
    assert isinstance(uid, str)
    assert (await api.subscribers.get(single_via_facade, uid)).status == "confirmed"
    with pytest.raises(ValueError, match="opt_in"):
        await api.lists.create(
            name="x1", description="x1", from_name="x1", from_email="a@example.com", reply_to="a@example.com",
            opt_in="triple",  # type: ignore[arg-type]
        )  # fmt: skip


@pytest.mark.behaviour("lists.create.max-lists")
async def test_the_list_limit_is_checked_first(limited: Sandbox) -> None:
    with wire_of(limited) as wire:
        first = create(wire)
        create(wire)
        limit = "You have reached the maximum number of allowed lists."
        refused(wire.post("/lists", files=form(LIST)), 422, limit)
        # Before any validation: an empty body gets the same answer.
        refused(wire.post("/lists"), 422, limit)
        # Archived lists count, deleted ones do not.
        limited.set_list_state(first, status="archived")
        refused(wire.post("/lists", files=form(LIST)), 422, limit)
        limited.set_list_state(first, status="active")
        answered(wire.delete(f"/lists/{first}"), 200)
        create(wire)
        async with AsyncPakat(api_key=limited.api_key, base_url=limited.url, max_retries=0) as client:
            with pytest.raises(ValidationError) as caught:
                await client.lists.create(
                    name="x1",
                    description="x1",
                    from_name="x1",
                    from_email="a@example.com",
                    reply_to="a@example.com",
                )
    assert caught.value.status_code == 422 and caught.value.message == limit


@pytest.mark.behaviour("lists.create.invalid-general")
async def test_general_is_checked_first_and_reported_alone(wire: httpx.Client, api: AsyncPakat) -> None:
    bad = {**LIST, "general[name]": "", "general[description]": "x", "defaults[from_email]": "nope"}
    refused(
        wire.post("/lists", files=form(bad)),
        422,
        {
            "general": {
                "name": "Name cannot be blank.",
                "description": "Description is too short (minimum is 2 characters).",
            }
        },
    )
    refused(
        wire.post(
            "/lists", files=form({**LIST, "general[opt_in]": "triple", "general[visibility]": "hidden"})
        ),
        422,
        {"general": {"visibility": "Visibility is not in the list.", "opt_in": "Opt in is not in the list."}},
    )
    refused(
        wire.post("/lists", files=form({**LIST, "general[name]": "ن" * 256})),
        422,
        {"general": {"name": "Name is too long (maximum is 255 characters)."}},
    )
    refused(
        wire.post("/lists", files=form({**LIST, "general[subscriber_exists_redirect]": "not a url"})),
        422,
        {"general": {"subscriber_exists_redirect": "Sub. exists redirect is not a valid URL."}},
    )
    with pytest.raises(ValidationError) as caught:
        await api.lists.create(
            name="x", description="ok", from_name="Ali", from_email="a@example.com", reply_to="a@example.com"
        )
    assert caught.value.errors == {"general": {"name": "Name is too short (minimum is 2 characters)."}}


@pytest.mark.behaviour("lists.create.invalid-company")
async def test_an_account_without_company_details_must_send_the_company() -> None:
    with Sandbox(account_company=None) as sandbox, wire_of(sandbox) as wire:
        refused(
            wire.post("/lists", files=form(LIST)),
            422,
            {
                "company": {
                    "name": "Name cannot be blank.",
                    "country_id": "Country cannot be blank.",
                    "address_1": "Address 1 cannot be blank.",
                    "city": "City cannot be blank.",
                    "zip_code": "Zip code cannot be blank.",
                }
            },
        )
        # An unknown country name leaves the country empty.
        refused(
            wire.post("/lists", files=form({**LIST, **COMPANY, "company[country]": "Atlantis"})),
            422,
            {"company": {"country_id": "Country cannot be blank."}},
        )
        refused(
            wire.post("/lists", files=form({**LIST, **COMPANY, "company[zip_code]": "12345678901"})),
            422,
            {"company": {"zip_code": "Zip code is too long (maximum is 10 characters)."}},
        )
        refused(
            wire.post("/lists", files=form({**LIST, **COMPANY, "company[address_format]": "[COMPANY_CITY]"})),
            422,
            {
                "company": {
                    "address_format": "The following tag is required but was not found in your content: [COMPANY_NAME]"
                }
            },
        )
        list_uid = create(wire, **COMPANY)
        company = record_of(wire, list_uid)["company"]
        assert company == {
            "name": "شرکت نمونه",
            "address_1": "خیابان آزادی",
            "address_2": None,
            "zone_name": None,
            "city": "Shiraz",
            "zip_code": "7134567890",
            "phone": None,
            "address_format": ADDRESS_FORMAT,
            "country": {"country_id": "101", "name": "Iran (Islamic Republic of)", "code": "IR"},
        }
        async with AsyncPakat(api_key=sandbox.api_key, base_url=sandbox.url, max_retries=0) as client:
            with pytest.raises(ValidationError) as caught:
                await client.lists.create(
                    name="xy",
                    description="xy",
                    from_name="xy",
                    from_email="a@example.com",
                    reply_to="a@example.com",
                )
            assert set(caught.value.errors["company"]) == {
                "name",
                "country_id",
                "address_1",
                "city",
                "zip_code",
            }  # type: ignore[index]


# updateList -------------------------------------------------------------------------------------


@pytest.mark.behaviour("lists.update.ok")
async def test_update_changes_what_is_sent_and_recopies_the_account_company(
    wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = create(wire, **{"company[city]": "Shiraz", "defaults[subject]": "قدیمی"})
    assert record_of(wire, list_uid)["company"]["city"] == "Shiraz"
    body = answered(wire.put(f"/lists/{list_uid}", data={"general[name]": "نام تازه"}), 200)
    assert body == {"status": "success"}
    rec = record_of(wire, list_uid)
    assert rec["general"]["name"] == "نام تازه"
    assert rec["defaults"]["subject"] == "قدیمی"  # not sent: kept
    assert rec["company"]["city"] == "تهران"  # the account's company was copied over the list's again
    # An empty body changes nothing and still answers 200.
    assert answered(wire.put(f"/lists/{list_uid}"), 200) == {"status": "success"}
    assert await api.lists.update(list_uid, subject="تازه", company={"city": "Shiraz"}) is None
    rec = record_of(wire, list_uid)
    assert (rec["defaults"]["subject"], rec["company"]["city"]) == ("تازه", "Shiraz")


@pytest.mark.behaviour("lists.update.not-found")
async def test_update_of_an_unknown_deleted_or_archived_list_is_404(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    archived, deleted = create(wire), create(wire)
    sandbox.set_list_state(archived, status="archived")
    answered(wire.delete(f"/lists/{deleted}"), 200)
    for list_uid in ("nosuchlist123", archived, deleted):
        refused(wire.put(f"/lists/{list_uid}", data={"general[name]": "xy"}), 404, MISSING)
    with pytest.raises(NotFoundError):
        await api.lists.update("nosuchlist123", name="xy")


@pytest.mark.behaviour("lists.update.invalid")
async def test_update_validates_the_merged_list_one_group_at_a_time(
    wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = create(wire)
    refused(
        wire.put(f"/lists/{list_uid}", data={"general[name]": "x", "defaults[from_email]": "bad"}),
        422,
        {"general": {"name": "Name is too short (minimum is 2 characters)."}},
    )
    refused(
        wire.put(f"/lists/{list_uid}", data={"defaults[reply_to]": ""}),
        422,
        {"defaults": {"reply_to": "Reply to cannot be blank."}},
    )
    refused(
        wire.put(f"/lists/{list_uid}", data={"notifications[unsubscribe]": "sometimes"}),
        422,
        {"notifications": {"unsubscribe": "Unsubscribe is not in the list."}},
    )
    refused(
        wire.put(f"/lists/{list_uid}", data={"company[country_id]": "9999"}),
        422,
        {"company": {"country_id": 'Country "9999" is invalid.'}},
    )
    with pytest.raises(ValidationError) as caught:
        await api.lists.update(list_uid, company={"zip_code": "12345678901"})
    assert caught.value.errors == {
        "company": {"zip_code": "Zip code is too long (maximum is 10 characters)."}
    }
    assert record_of(wire, list_uid)["general"]["name"] == LIST["general[name]"]  # nothing was saved


# deleteList -------------------------------------------------------------------------------------


@pytest.mark.behaviour("lists.delete.ok")
async def test_delete_hides_the_list_and_sends_its_campaigns_to_pending_delete(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = sandbox.create_list("خبرنامه")
    sandbox.seed_subscribers(list_uid, 2)
    kept = sandbox.create_list("دیگری")
    with sandbox._store.transaction() as db:  # a campaign of the list, straight into the store
        list_id = db.execute("SELECT id FROM lists WHERE uid = ?", (list_uid,)).fetchone()[0]
        db.execute(
            "INSERT INTO campaigns (uid, list_id, name, type, status, data, date_added) "
            "VALUES ('camp1', ?, 'c', 'regular', 'draft', '{}', '2025-01-01 00:00:00')",
            (list_id,),
        )
    assert answered(wire.delete(f"/lists/{list_uid}"), 200) == {"status": "success"}
    refused(wire.get(f"/lists/{list_uid}"), 404, MISSING)
    refused(wire.get(f"/lists/{list_uid}/subscribers"), 404, "The subscribers list does not exist.")
    assert [r["general"]["list_uid"] for r in answered(wire.get("/lists"), 200)["data"]["records"]] == [kept]
    with sandbox._store.transaction() as db:
        (status,) = db.execute("SELECT status FROM campaigns WHERE uid = 'camp1'").fetchone()
        (count,) = db.execute("SELECT COUNT(*) FROM subscribers WHERE list_id = ?", (list_id,)).fetchone()
    assert status == "pending-delete"
    assert count == 2  # removed later, in the background
    assert await api.lists.delete(kept) is None
    with pytest.raises(NotFoundError):
        await api.lists.get(kept)


@pytest.mark.behaviour("lists.delete.not-removable")
async def test_a_list_that_is_not_removable_survives_a_delete(
    sandbox: Sandbox, wire: httpx.Client, api: AsyncPakat
) -> None:
    list_uid = create(wire)
    sandbox.set_list_state(list_uid, removable=False)
    assert answered(wire.delete(f"/lists/{list_uid}"), 200) == {"status": "success"}
    answered(wire.get(f"/lists/{list_uid}"), 200)
    assert await api.lists.delete(list_uid) is None
    assert (await api.lists.get(list_uid)).general.list_uid == list_uid


@pytest.mark.behaviour("lists.delete.not-found")
async def test_delete_of_an_unknown_or_deleted_list_is_404(wire: httpx.Client, api: AsyncPakat) -> None:
    list_uid = create(wire)
    answered(wire.delete(f"/lists/{list_uid}"), 200)
    refused(wire.delete(f"/lists/{list_uid}"), 404, MISSING)
    refused(wire.delete("/lists/nosuchlist123"), 404, MISSING)
    with pytest.raises(NotFoundError):
        await api.lists.delete("nosuchlist123")


# copyList ---------------------------------------------------------------------------------------


@pytest.mark.behaviour("lists.copy.ok")
async def test_copy_answers_201_names_the_copy_and_leaves_subscribers_behind(limited: Sandbox) -> None:
    with wire_of(limited) as wire:
        original = create(wire, **{"general[name]": "News", "defaults[subject]": "سلام"})
        answered(wire.post(f"/lists/{original}/subscribers", files=form({"EMAIL": "ali@example.com"})), 201)
        field = answered(
            wire.post(
                f"/lists/{original}/fields", files=form({"type": "text", "label": "City", "tag": "CITY"})
            ),
            201,
        )
        field_id = str(field["data"]["record"]["field_id"]) if "data" in field else None
        segment = {"name": "تهرانی‌ها", "operator_match": "all"}
        if field_id is not None:
            segment |= {
                "conditions[0][field_id]": field_id,
                "conditions[0][operator_id]": "1",
                "conditions[0][value]": "تهران",
            }
        answered(wire.post(f"/lists/{original}/segments", files=form(segment)), 201)
        # The list limit (2) is reached, and copying is not checked against it.
        create(wire)
        body = answered(wire.post(f"/lists/{original}/copy"), 201)
        assert list(body) == ["status", "list_uid"]
        copy = body["list_uid"]
        rec = record_of(wire, copy)
        assert rec["general"]["name"] == "News #1"
        assert rec["general"]["display_name"] == "News"  # copied unchanged
        assert rec["defaults"] == record_of(wire, original)["defaults"]
        assert answered(wire.get(f"/lists/{copy}/subscribers"), 200)["data"]["records"] == []
        tags = [f["tag"] for f in answered(wire.get(f"/lists/{copy}/fields"), 200)["data"]["records"]]
        assert "CITY" in tags
        segments = answered(wire.get(f"/lists/{copy}/segments"), 200)["data"]["records"]
        assert [s["name"] for s in segments] == ["تهرانی‌ها"]
        # A trailing #N is counted up.
        second = answered(wire.post(f"/lists/{copy}/copy"), 201)["list_uid"]
        assert record_of(wire, second)["general"]["name"] == "News #2"
        async with AsyncPakat(api_key=limited.api_key, base_url=limited.url, max_retries=0) as client:
            third = await client.lists.copy(second)
        assert record_of(wire, third)["general"]["name"] == "News #3"


@pytest.mark.behaviour("lists.copy.not-found")
async def test_copy_of_an_unknown_or_deleted_list_is_404(wire: httpx.Client, api: AsyncPakat) -> None:
    list_uid = create(wire)
    answered(wire.delete(f"/lists/{list_uid}"), 200)
    refused(wire.post(f"/lists/{list_uid}/copy"), 404, MISSING)
    refused(wire.post("/lists/nosuchlist123/copy"), 404, MISSING)
    with pytest.raises(NotFoundError):
        await api.lists.copy("nosuchlist123")


@pytest.mark.behaviour("lists.copy.failed")
async def test_a_failed_copy_is_a_validation_error_with_the_servers_words(
    client: AsyncPakat, server: MockServer
) -> None:
    # The sandbox's copy cannot fail; the facade meets the server's answer from a script.
    server.on(
        "POST",
        "/lists/ab123/copy",
        httpx.Response(422, json={"status": "error", "error": "Unable to copy the list."}),
    )
    with pytest.raises(ValidationError) as caught:
        await client.lists.copy("ab123")
    assert (caught.value.status_code, caught.value.message) == (422, "Unable to copy the list.")
    assert len(server.requests) == 1  # a POST is not repeated
