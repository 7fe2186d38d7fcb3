"""Error answers: 400 without the right key, 404 for unknown objects, 422 validation, 400 misuse (there is no 405)."""

from __future__ import annotations

import httpx
import pytest

from pakat.testing import Sandbox
from tests._contract import check, check_error

from ._helpers import b64, multipart, new_list, new_subscriber


@pytest.mark.parametrize("headers", [{}, {"X-API-KEY": "wrong"}, {"X-API-KEY": ""}])
def test_requests_without_the_right_key_get_400(sandbox: Sandbox, headers: dict[str, str]) -> None:
    # As MailWizz's RequestAccessFilter answers; tests/sandbox/test_auth.py has the details.
    with httpx.Client(base_url=sandbox.url, headers=headers) as anonymous:
        body = check_error(anonymous.post("/lists", files=multipart({"general[name]": "x"})), 400)
        check_error(anonymous.get("/quota/index"), 400)
    assert isinstance(body["error"], str)
    assert sandbox.counters["createList"] == 1 and sandbox.processed["createList"] == 0


def test_the_key_is_the_generated_or_given_one() -> None:
    with Sandbox(api_key="my-key") as sb:
        assert sb.api_key == "my-key"
        assert httpx.get(f"{sb.url}/quota/index", headers={"X-API-KEY": "my-key"}).status_code == 200
    with Sandbox() as a, Sandbox() as b:
        assert len(a.api_key) >= 20 and a.api_key != b.api_key


def test_unknown_objects_get_404_naming_them(client: httpx.Client) -> None:
    list_uid = new_list(client)
    subscriber = new_subscriber(client, list_uid, "a@example.org")
    other_list = new_list(client)
    cases = {
        "/lists/nope": "The list does not exist.",
        "/lists/nope/subscribers": "The subscribers list does not exist.",
        f"/lists/{list_uid}/subscribers/nope": "The subscriber does not exist in this list.",
        # A subscriber is only found through its own list.
        f"/lists/{other_list}/subscribers/{subscriber}": "The subscriber does not exist in this list.",
        f"/lists/{list_uid}/fields/999": "The list field does not exist.",
        # A field id that is not a number matches no route (docs/server-behaviour.md, uid-chars).
        f"/lists/{list_uid}/fields/abc": "Page not found.",
        f"/lists/{list_uid}/segments/nope": "The segment list does not exist.",
        "/campaigns/nope": "The campaign does not exist.",
        "/campaigns/nope/stats": "The campaign does not exist.",
        "/campaigns/email-message-id/nope@x": "The delivery log does not exist!",
        "/templates/nope": "The template does not exist.",
        "/transactional-emails/nope": "The email does not exist.",
        "/countries/IR/zones": "Page not found.",
        "/delivery-servers/999": "The server does not exist.",
        "/sending-domains/unverified.example": "The sending domain does not exist.",
    }
    for path, message in cases.items():
        assert check_error(client.get(path), 404)["error"] == message, path
    assert check_error(client.delete("/lists/nope"), 404)["error"] == "The list does not exist."
    search = client.get(
        f"/lists/{list_uid}/subscribers/search-by-email", params={"EMAIL": "nobody@example.org"}
    )
    assert check_error(search, 404)["error"] == "The subscriber does not exist in this list."


def test_unknown_paths_and_methods(client: httpx.Client) -> None:
    check_error(client.get("/no-such-thing"), 404)
    # Paths no route serves (none of Pakat's, none of MailWizz 2.1.13's) answer as the server's
    # error action does, before the key is looked at: Yii fails to find the action first.
    for path in ("/no-such-thing", "/lists/abc/segments/def/subscribers"):
        for headers in ({}, {"X-API-KEY": "wrong"}):
            response = httpx.get(f"{client.base_url}{path.lstrip('/')}", headers=headers)
            assert check_error(response, 404)["error"] == "Page not found.", path
    # No 405 ever: a verb no rule serves reads the path as controller/action. One segment naming
    # a controller runs its index action; a hyphenated path names no controller.
    check("listLists", client.patch("/lists"))
    assert check_error(client.patch("/transactional-emails"), 404)["error"] == "Page not found."
    outside = client.get(str(client.base_url).removesuffix("/api/") + "/lists")
    check_error(outside, 404)


def test_missing_required_fields_are_422_grouped_by_bracket(client: httpx.Client) -> None:
    # The server reports the first failing group only: general before defaults.
    body = check_error(client.post("/lists", files=multipart({"general[name]": "Only a name"})), 422)
    assert body["error"] == {"general": {"description": "Description cannot be blank."}}
    body = check_error(
        client.post("/lists", files=multipart({"general[name]": "A name", "general[description]": "Some"})),
        422,
    )
    assert body["error"] == {
        "defaults": {
            "from_name": "From name cannot be blank.",
            "reply_to": "Reply to cannot be blank.",
            "from_email": "From email cannot be blank.",
        },
    }
    # Campaign fields are not grouped: one flat object keyed by attribute (the list comes later).
    campaign = check_error(client.post("/campaigns", files=multipart({"campaign[name]": "x"})), 422)
    assert campaign["error"] == {
        "from_name": "From name cannot be blank.",
        "from_email": "From email cannot be blank.",
        "subject": "Subject cannot be blank.",
        "reply_to": "Reply to cannot be blank.",
    }
    list_uid = new_list(client)
    assert (
        check_error(client.post(f"/lists/{list_uid}/subscribers", files=multipart({"FNAME": "x"})), 422)[
            "error"
        ]
        == "Please provide the subscriber email address."
    )
    # Customer fields first, under "general"; the company only once those pass.
    assert set(check_error(client.post("/customers", files=multipart({"x": "y"})), 422)["error"]) == {
        "general"
    }


def test_bad_values_are_422(client: httpx.Client) -> None:
    list_uid = new_list(client)
    bad_email = client.post(f"/lists/{list_uid}/subscribers", files=multipart({"EMAIL": "not-an-address"}))
    assert check_error(bad_email, 422)["error"] == "Please provide a valid email address."
    # A status the server does not take is ignored, not refused.
    bad_status = client.post(
        f"/lists/{list_uid}/subscribers",
        files=multipart({"EMAIL": "a@example.org", "details[status]": "happy"}),
    )
    assert bad_status.status_code == 201
    bad_list = client.post(
        "/lists",
        files=multipart(
            {
                "general[name]": "nn",
                "general[description]": "dd",
                "defaults[from_name]": "ff",
                "defaults[from_email]": "not-an-address",
                "defaults[reply_to]": "r@example.com",
            }
        ),
    )
    assert check_error(bad_list, 422)["error"] == {
        "defaults": {"from_email": "From email is not a valid email address."}
    }
    bad_tag = client.post(
        f"/lists/{list_uid}/fields", files=multipart({"type": "text", "label": "x", "tag": "lower"})
    )
    assert "tag" in check_error(bad_tag, 422)["error"][0]
    dup_tag = client.post(
        f"/lists/{list_uid}/fields", files=multipart({"type": "text", "label": "x", "tag": "FNAME"})
    )
    assert "tag" in check_error(dup_tag, 422)["error"][0]


def test_the_same_email_twice_in_a_list_is_409(client: httpx.Client) -> None:
    list_uid = new_list(client)
    first = new_subscriber(client, list_uid, "twice@example.org")
    again = client.post(f"/lists/{list_uid}/subscribers", files=multipart({"EMAIL": "Twice@Example.org"}))
    assert check_error(again, 409)["error"] == "The subscriber already exists in this list."
    other = new_subscriber(client, list_uid, "other@example.org")
    clash = client.put(f"/lists/{list_uid}/subscribers/{other}", data={"EMAIL": "twice@example.org"})
    assert check_error(clash, 409)["error"] == (
        "Another subscriber with this email address already exists in this list."
    )
    # Re-sending its own address is no clash, and another list may hold the same address.
    assert (
        client.put(f"/lists/{list_uid}/subscribers/{first}", data={"EMAIL": "twice@example.org"}).status_code
        == 200
    )
    new_subscriber(client, new_list(client), "twice@example.org")


def test_invalid_base64_is_422(client: httpx.Client) -> None:
    # Template content is decoded leniently, as PHP's base64_decode does: never refused.
    template = client.post(
        "/templates", files=multipart({"template[name]": "t", "template[content]": b64("<p>x</p>") + "!!"})
    )
    assert template.status_code == 201, template.text
    archive = client.post(
        "/templates", files=multipart({"template[name]": "t", "template[archive]": b64(b"no zip")})
    )
    assert check_error(archive, 422)["error"] == "Your archive does not seem to be a valid zip file."
    email = {
        "email[to_name]": "a",
        "email[to_email]": "a@example.org",
        "email[from_name]": "b",
        "email[from_email]": "b@example.com",
        "email[subject]": "s",
        "email[send_at]": "2025-01-15 10:00:00",
    }
    # Transactional content is decoded leniently, as the server does: what is left is checked.
    body = check_error(
        client.post("/transactional-emails", files=multipart({**email, "email[body]": "%%%"})), 422
    )
    assert body["error"] == "Body cannot be blank."
    attachment = {
        "email[body]": b64("<p>x</p>"),
        "email[attachments][0][name]": "a.pdf",
        "email[attachments][0][type]": "application/pdf",
        "email[attachments][0][data]": "@@@",
    }
    body = check_error(client.post("/transactional-emails", files=multipart({**email, **attachment})), 422)
    assert body["error"] == "Your attachment file is empty."
    # MIME-wrapped base64 (line breaks every 76 characters) is fine.
    wrapped = b64("<p>" + "x" * 200 + "</p>")
    wrapped = "\r\n".join(wrapped[i : i + 76] for i in range(0, len(wrapped), 76))
    assert (
        client.post("/transactional-emails", files=multipart({**email, "email[body]": wrapped})).status_code
        == 201
    )


def test_transactional_email_rules(client: httpx.Client) -> None:
    email = {
        "email[to_name]": "a",
        "email[to_email]": "a@example.org",
        "email[from_name]": "b",
        "email[subject]": "s",
        "email[body]": b64("<p>x</p>"),
        "email[send_at]": "2025-01-15 10:00:00",
    }
    unverified = client.post(
        "/transactional-emails", files=multipart({**email, "email[from_email]": "b@elsewhere.io"})
    )
    assert "not a verified sending domain" in check_error(unverified, 422)["error"]
    bad_time = client.post(
        "/transactional-emails", files=multipart({**email, "email[send_at]": "15/01/2025"})
    )
    assert check_error(bad_time, 422)["error"] == "The format of Send at is invalid."
    four = {
        f"email[attachments][{n}][{key}]": value
        for n in range(4)
        for key, value in (("name", f"{n}.pdf"), ("type", "application/pdf"), ("data", b64("x")))
    }
    too_many = client.post("/transactional-emails", files=multipart({**email, **four}))
    assert check_error(too_many, 422)["error"] == (
        "Some files failed to be attached, here is why: <br />File cannot accept more than 3 files."
    )


def test_state_conflicts_are_400(client: httpx.Client) -> None:
    list_uid = new_list(client)
    email_field = client.get(f"/lists/{list_uid}/fields").json()["data"]["records"][0]
    assert email_field["tag"] == "EMAIL"
    email_delete = client.delete(f"/lists/{list_uid}/fields/{email_field['field_id']}")
    assert check_error(email_delete, 422)["error"] == "The EMAIL field cannot be deleted."
    campaign = client.post(
        "/campaigns",
        files=multipart(
            {
                "campaign[name]": "c",
                "campaign[from_name]": "f",
                "campaign[from_email]": "f@example.com",
                "campaign[subject]": "s",
                "campaign[reply_to]": "f@example.com",
                "campaign[send_at]": "2025-01-01 00:00:00",
                "campaign[list_uid]": list_uid,
                "campaign[status]": "draft",
                "campaign[template][content]": b64(
                    '[COMPANY_FULL_ADDRESS] <a href="[UNSUBSCRIBE_URL]">x</a>'
                ),
            }
        ),
    ).json()["campaign_uid"]
    check_error(client.put(f"/campaigns/{campaign}/mark-sent"), 400)  # a draft cannot be marked sent


def test_malformed_bodies_are_refused(client: httpx.Client) -> None:
    list_uid = new_list(client)
    # PHP reads no fields from a JSON POST body: the create sees none (docs/server-behaviour.md
    # cross.body.post). A multipart PUT loses its fields (cross.body.put; tests/sandbox/test_wire.py).
    json_post = client.post("/lists", json={"general[name]": "x"})
    assert "general" in check_error(json_post, 422)["error"]
    # Bodies that are not well formed for their type are refused: a sandbox strictness.
    broken = client.post(
        "/lists",
        content=b"--b\r\nno headers here",
        headers={"Content-Type": "multipart/form-data; boundary=b"},
    )
    check_error(broken, 400)
    not_utf8 = client.put(
        f"/lists/{list_uid}",
        content=b"general%5Bname%5D=%FF",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    check_error(not_utf8, 400)
