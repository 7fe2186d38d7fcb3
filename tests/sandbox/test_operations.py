"""Every operation of openapi.json, called on the sandbox: status, envelope, schema and effect."""

from __future__ import annotations

import io
import re
import zipfile

import httpx

from pakat.testing import Sandbox, url_hash
from pakat.testing._routing import ROUTER
from tests._contract import check, check_error, operation_index

from ._helpers import b64, multipart, new_list, new_subscriber

LIST = {
    "general[name]": "خبرنامه",
    "general[description]": "News",
    "defaults[from_name]": "Pakat",
    "defaults[from_email]": "news@example.com",
    "defaults[reply_to]": "reply@example.com",
}


HTML = (
    '<html><body><h1>سلام</h1><a href="https://example.com/offer?id=1">offer</a>'
    '<p>[COMPANY_FULL_ADDRESS]</p><a href="[UNSUBSCRIBE_URL]">unsubscribe</a></body></html>'
)
CAMPAIGN = {
    "campaign[name]": "Nowruz",
    "campaign[from_name]": "Pakat",
    "campaign[from_email]": "news@example.com",
    "campaign[subject]": "Happy Nowruz",
    "campaign[reply_to]": "reply@example.com",
    "campaign[send_at]": "2025-03-20 10:00:00",
    "campaign[template][content]": b64(HTML),
    "campaign[options][url_tracking]": "yes",
}


def test_route_table_is_exactly_the_spec() -> None:
    served = {(r.method, r.template, r.operation_id) for r in ROUTER.routes if not r.alias}
    documented = {(method, path, op_id) for op_id, (method, path, _) in operation_index().items()}
    assert served == documented
    assert len(served) == 62
    # MailWizz's own path for a delivery log by Message-ID, beside the one Pakat documents.
    aliases = {(r.method, r.template, r.operation_id) for r in ROUTER.routes if r.alias}
    assert aliases == {
        (
            "GET",
            "/campaigns/delivery-logs/email-message-id/{email_message_id}",
            "getDeliveryLogByEmailMessageId",
        )
    }


def test_lists(client: httpx.Client) -> None:
    list_uid = check(
        "createList", client.post("/lists", files=multipart({**LIST, "company[country]": "Iran"}))
    )["list_uid"]
    record = check("getList", client.get(f"/lists/{list_uid}"))["data"]["record"]
    assert record["general"] == {
        "list_uid": list_uid,
        "name": "خبرنامه",
        "display_name": "خبرنامه",
        "description": "News",
    }
    assert record["company"]["country"] == {
        "country_id": "101",
        "name": "Iran (Islamic Republic of)",
        "code": "IR",
    }
    check(
        "updateList",
        client.put(f"/lists/{list_uid}", data={"defaults[subject]": "Hi", "general[name]": "Bb"}),
    )
    record = check("getList", client.get(f"/lists/{list_uid}"))["data"]["record"]
    assert (record["defaults"]["subject"], record["general"]["name"]) == ("Hi", "Bb")
    assert record["defaults"]["from_email"] == "news@example.com"
    copy_uid = check("copyList", client.post(f"/lists/{list_uid}/copy"))["list_uid"]
    assert copy_uid != list_uid
    page = check("listLists", client.get("/lists"))["data"]
    assert page["count"] == "2"
    assert {r["general"]["list_uid"] for r in page["records"]} == {list_uid, copy_uid}
    copied_fields = check("listFields", client.get(f"/lists/{copy_uid}/fields"))["data"]["records"]
    assert [f["tag"] for f in copied_fields] == ["EMAIL", "FNAME", "LNAME"]
    check("deleteList", client.delete(f"/lists/{copy_uid}"))
    assert client.get(f"/lists/{copy_uid}").status_code == 404


def test_subscribers(client: httpx.Client) -> None:
    list_uid = new_list(client)
    created = check(
        "createSubscriber",
        client.post(
            f"/lists/{list_uid}/subscribers",
            files=multipart({"EMAIL": "sara@example.org", "FNAME": "سارا", "details[status]": "unconfirmed"}),
        ),
    )
    record = created["data"]["record"]
    assert list(record) == ["subscriber_uid", "email", "ip_address", "source", "date_added"]
    assert (record["email"], record["source"]) == ("sara@example.org", "api")
    assert record["date_added"] == {"expression": "NOW()", "params": []}
    uid = record["subscriber_uid"]
    other = new_subscriber(client, list_uid, "ali@example.org", LNAME="Rezaei")

    got = check("getSubscriber", client.get(f"/lists/{list_uid}/subscribers/{uid}"))["data"]["record"]
    assert (got["EMAIL"], got["FNAME"], got["LNAME"], got["status"]) == (
        "sara@example.org",
        "سارا",
        "",
        "unconfirmed",
    )
    updated = check(
        "updateSubscriber",
        client.put(
            f"/lists/{list_uid}/subscribers/{uid}", data={"LNAME": "احمدی", "details[status]": "confirmed"}
        ),
    )["data"]["record"]
    assert (updated["subscriber_uid"], updated["email"]) == (uid, "sara@example.org")
    got = check("getSubscriber", client.get(f"/lists/{list_uid}/subscribers/{uid}"))["data"]["record"]
    assert (got["FNAME"], got["LNAME"], got["status"]) == ("سارا", "احمدی", "confirmed")

    bulk = check(
        "createSubscribersBulk",
        client.post(
            f"/lists/{list_uid}/subscribers/bulk",
            files=multipart(
                {"subscribers[0][EMAIL]": "reza@example.org", "subscribers[1][EMAIL]": "ali@example.org"}
            ),
        ),
    )["data"]["records"]
    assert [sorted(r) for r in bulk] == [["data"], ["data", "errors"]]
    bulk_uid = bulk[0]["data"]["subscriber_uid"]
    check("deleteSubscriber", client.delete(f"/lists/{list_uid}/subscribers/{bulk_uid}"))

    everyone = check("listSubscribers", client.get(f"/lists/{list_uid}/subscribers"))["data"]
    assert everyone["count"] == "2"
    assert [r["subscriber_uid"] for r in everyone["records"]] == [other, uid]  # newest first

    found = check(
        "findSubscriberByEmail",
        client.get(f"/lists/{list_uid}/subscribers/search-by-email", params={"EMAIL": "SARA@example.org"}),
    )["data"]
    assert (found["subscriber_uid"], found["status"]) == (uid, "confirmed")

    second_list = new_list(client)
    new_subscriber(client, second_list, "sara@example.org")
    anywhere = check(
        "findSubscriberByEmailInAllLists",
        client.get("/lists/subscribers/search-by-email-in-all-lists", params={"EMAIL": "sara@example.org"}),
    )["data"]
    assert anywhere["count"] == 2
    assert {r["list"]["list_uid"] for r in anywhere["records"]} == {list_uid, second_list}

    matches = check(
        "searchSubscribersByCustomFields",
        client.get(f"/lists/{list_uid}/subscribers/search-by-custom-fields", params={"LNAME": "Rezaei"}),
    )["data"]
    assert [r["subscriber_uid"] for r in matches["records"]] == [other]

    check("unsubscribeSubscriber", client.put(f"/lists/{list_uid}/subscribers/{other}/unsubscribe"))
    unsubscribed = client.get(f"/lists/{list_uid}/subscribers", params={"status": "unsubscribed"}).json()[
        "data"
    ]
    assert [r["subscriber_uid"] for r in unsubscribed["records"]] == [other]

    check(
        "unsubscribeByEmailFromAllLists",
        client.put(
            "/lists/subscribers/unsubscribe-by-email-from-all-lists", data={"EMAIL": "sara@example.org"}
        ),
    )
    for lst in (list_uid, second_list):
        records = client.get(f"/lists/{lst}/subscribers", params={"status": "confirmed"}).json()["data"][
            "records"
        ]
        assert "sara@example.org" not in {r["EMAIL"] for r in records}

    check("deleteSubscriber", client.delete(f"/lists/{list_uid}/subscribers/{uid}"))
    assert client.get(f"/lists/{list_uid}/subscribers/{uid}").status_code == 404


def test_fields(client: httpx.Client) -> None:
    list_uid = new_list(client)
    types = check("listFieldTypes", client.get("/lists/fields/types"))["data"]
    assert "dropdown" in {t["identifier"] for t in types["records"]}
    created = check(
        "createField",
        client.post(
            f"/lists/{list_uid}/fields",
            files=multipart(
                {
                    "type": "dropdown",
                    "label": "شهر",
                    "tag": "CITY",
                    "required": "no",
                    "options[0][name]": "تهران",
                    "options[0][value]": "tehran",
                    "options[1][name]": "Shiraz",
                    "options[1][value]": "shiraz",
                }
            ),
        ),
    )["data"]["record"]
    assert created["tag"] == "CITY" and created["type"]["identifier"] == "dropdown"
    assert created["options"] == {"tehran": "تهران", "shiraz": "Shiraz"}
    field_id = created["field_id"]
    viewed = check("getField", client.get(f"/lists/{list_uid}/fields/{field_id}"))["data"]["record"]
    assert viewed == {key: value for key, value in created.items() if key != "list"}
    updated = check(
        "updateField",
        client.put(f"/lists/{list_uid}/fields/{field_id}", data={"label": "City", "required": "yes"}),
    )["data"]["record"]
    assert (updated["label"], updated["required"], updated["tag"]) == ("City", "yes", "CITY")
    tags = [f["tag"] for f in check("listFields", client.get(f"/lists/{list_uid}/fields"))["data"]["records"]]
    assert tags == ["EMAIL", "FNAME", "LNAME", "CITY"]
    # The new required field is enforced, and stored under its tag.
    missing = client.post(f"/lists/{list_uid}/subscribers", files=multipart({"EMAIL": "a@example.org"}))
    assert missing.status_code == 422 and "CITY" in missing.json()["error"]
    new_subscriber(client, list_uid, "a@example.org", CITY="tehran")
    check("deleteField", client.delete(f"/lists/{list_uid}/fields/{field_id}"))
    assert client.get(f"/lists/{list_uid}/fields/{field_id}").status_code == 404


def test_segments(client: httpx.Client) -> None:
    list_uid = new_list(client)
    for email, name in [("a@example.org", "Ali"), ("b@example.org", "Amir"), ("c@example.org", "Sara")]:
        new_subscriber(client, list_uid, email, FNAME=name)
    operators = check("listSegmentConditionOperators", client.get("/lists/segments/condition-operators"))[
        "data"
    ]
    starts = next(o["operator_id"] for o in operators["records"] if o["slug"] == "starts")
    fname_id = next(
        f["field_id"]
        for f in client.get(f"/lists/{list_uid}/fields").json()["data"]["records"]
        if f["tag"] == "FNAME"
    )
    segment_uid = check(
        "createSegment",
        client.post(
            f"/lists/{list_uid}/segments",
            files=multipart(
                {
                    "name": "A names",
                    "operator_match": "all",
                    "conditions[0][field_id]": str(fname_id),
                    "conditions[0][operator_id]": str(starts),
                    "conditions[0][value]": "A",
                    "campaign_conditions[0][action]": "open",
                    "campaign_conditions[0][time_comparison_operator]": "lte",
                    "campaign_conditions[0][time_value]": "7",
                    "campaign_conditions[0][time_unit]": "day",
                }
            ),
        ),
    )["data"]["record"]["segment_uid"]
    detail = check("getSegment", client.get(f"/lists/{list_uid}/segments/{segment_uid}"))["data"]["record"]
    assert detail["conditions"] == [{"field_id": fname_id, "operator_id": starts, "value": "A"}]
    assert detail["campaign_conditions"] == [
        {
            "action": "open",
            "campaign_id": None,
            "time_comparison_operator": "lte",
            "time_value": "7",
            "time_unit": "day",
        }
    ]
    assert detail["subscribers_count"] == 2
    result = check(
        "updateSegment",
        client.put(
            f"/lists/{list_uid}/segments/{segment_uid}",
            data={"conditions[0][value]": "Am", **_cond(fname_id)},
        ),
    )
    assert result["data"]["record"]["segment_uid"] == segment_uid
    assert result["data"]["record"]["campaign_conditions"] == []  # not sent, so deleted
    page = check("listSegments", client.get(f"/lists/{list_uid}/segments"))["data"]
    assert page["records"] == [{"segment_uid": segment_uid, "name": "A names", "subscribers_count": 1}]
    check("deleteSegment", client.delete(f"/lists/{list_uid}/segments/{segment_uid}"))
    # Deleting marks it: it leaves the list at once; deleting it again removes it.
    assert client.get(f"/lists/{list_uid}/segments").json()["data"]["records"] == []
    check("deleteSegment", client.delete(f"/lists/{list_uid}/segments/{segment_uid}"))
    assert client.get(f"/lists/{list_uid}/segments/{segment_uid}").status_code == 404


def _cond(field_id: int) -> dict[str, str]:
    return {"conditions[0][field_id]": str(field_id), "conditions[0][operator_id]": "5"}


def test_campaigns_and_activity(sandbox: Sandbox, client: httpx.Client) -> None:
    list_uid = new_list(client)
    subscribers = [new_subscriber(client, list_uid, f"s{i}@example.org") for i in range(4)]
    campaign_uid = check(
        "createCampaign",
        client.post("/campaigns", files=multipart({**CAMPAIGN, "campaign[list_uid]": list_uid})),
    )["campaign_uid"]
    detail = check("getCampaign", client.get(f"/campaigns/{campaign_uid}"))["data"]["record"]
    assert (detail["status"], detail["list"]["list_uid"], detail["list"]["subscribers_count"]) == (
        "pending-sending",
        list_uid,
        4,
    )
    assert "template" not in detail  # the view does not show the HTML; the sandbox does
    assert sandbox.campaign(campaign_uid)["template"]["content"] == HTML
    check(
        "updateCampaign", client.put(f"/campaigns/{campaign_uid}", data={"campaign[subject]": "نوروز مبارک"})
    )
    assert client.get(f"/campaigns/{campaign_uid}").json()["data"]["record"]["subject"] == "نوروز مبارک"
    copy = check("copyCampaign", client.post(f"/campaigns/{campaign_uid}/copy"))["campaign_uid"]
    listed = check("listCampaigns", client.get("/campaigns"))["data"]
    assert {r["campaign_uid"]: r["status"] for r in listed["records"]} == {
        campaign_uid: "pending-sending",
        copy: "draft",
    }
    check("deleteCampaign", client.delete(f"/campaigns/{copy}"))

    paused = check("pauseUnpauseCampaign", client.put(f"/campaigns/{campaign_uid}/pause-unpause"))
    assert paused["campaign"]["status"] == "paused"
    resumed = client.put(f"/campaigns/{campaign_uid}/pause-unpause").json()
    assert resumed["campaign"]["status"] == "sending"
    # A sending campaign cannot be marked sent: pause it first.
    check_error(client.put(f"/campaigns/{campaign_uid}/mark-sent"), 400)
    client.put(f"/campaigns/{campaign_uid}/pause-unpause").raise_for_status()
    sent = check("markCampaignSent", client.put(f"/campaigns/{campaign_uid}/mark-sent"))
    assert sent["campaign"]["status"] == "sent"

    logs = check("listCampaignDeliveryLogs", client.get(f"/campaigns/{campaign_uid}/delivery-logs"))["data"]
    assert logs["count"] == "4"
    message_id = logs["records"][-1]["email_message_id"]  # newest first: the first subscriber's is last
    log = check("getDeliveryLogByEmailMessageId", client.get(f"/campaigns/email-message-id/{message_id}"))
    assert log["data"]["record"]["subscriber"]["subscriber_uid"] == subscribers[0]

    (link_hash,) = sandbox.campaign_urls(campaign_uid)
    assert link_hash == url_hash(campaign_uid, "https://example.com/offer?id=1")
    click = check(
        "trackCampaignUrl", client.get(f"/campaigns/{campaign_uid}/track-url/{subscribers[0]}/{link_hash}")
    )["data"]
    assert click["destination"] == "https://example.com/offer?id=1"
    for uid in (subscribers[0], subscribers[0], subscribers[1]):
        check("trackCampaignOpening", client.get(f"/campaigns/{campaign_uid}/track-opening/{uid}"))
    check(
        "trackCampaignUnsubscribe",
        client.post(
            f"/campaigns/{campaign_uid}/track-unsubscribe/{subscribers[2]}",
            files=multipart({"reason": "Too many"}),
        ),
    )
    unsubscribes = check("listCampaignUnsubscribes", client.get(f"/campaigns/{campaign_uid}/unsubscribes"))[
        "data"
    ]
    assert [(u["subscriber"]["subscriber_uid"], u["reason"]) for u in unsubscribes["records"]] == [
        (subscribers[2], "Too many")
    ]
    bounce = check(
        "createCampaignBounce",
        client.post(
            f"/campaigns/{campaign_uid}/bounces",
            files=multipart(
                {"bounce_type": "hard", "subscriber_uid": subscribers[3], "message": "550 no such user"}
            ),
        ),
    )["data"]["record"]
    assert (bounce["bounce_type"], bounce["subscriber"]["subscriber_uid"]) == ("hard", subscribers[3])
    bounces = check("listCampaignBounces", client.get(f"/campaigns/{campaign_uid}/bounces"))["data"]
    assert bounces["count"] == "1"

    stats = check("getCampaignStats", client.get(f"/campaigns/{campaign_uid}/stats"))["data"]
    assert stats["campaign_status"] == "sent"
    assert (stats["processed_count"], stats["delivery_success_count"]) == (4, 4)
    # The click recorded the first subscriber's first open too; open rates are of the delivered
    # minus the bounced: 2 of (4 - 1).
    assert (stats["opens_count"], stats["unique_opens_count"], stats["unique_opens_rate"]) == (
        4,
        2,
        2 * 100 / 3,
    )
    assert (stats["clicks_count"], stats["unsubscribes_count"], stats["hard_bounces_count"]) == (1, 1, 1)
    # Unsubscribed and hard-bounced subscribers are no longer confirmed targets.
    assert stats["subscribers_count"] == 2


def test_templates(client: httpx.Client) -> None:
    uid = check(
        "createTemplate",
        client.post(
            "/templates", files=multipart({"template[name]": "Welcome", "template[content]": b64(HTML)})
        ),
    )["template_uid"]
    record = check("getTemplate", client.get(f"/templates/{uid}"))["data"]["record"]
    assert (record["name"], record["content"]) == ("Welcome", HTML)
    check("updateTemplate", client.put(f"/templates/{uid}", data={"template[content]": b64("<p>دوم</p>")}))
    assert client.get(f"/templates/{uid}").json()["data"]["record"]["content"] == "<p>دوم</p>"
    assert check("listTemplates", client.get("/templates"))["data"]["count"] == "1"
    check("deleteTemplate", client.delete(f"/templates/{uid}"))
    assert client.get(f"/templates/{uid}").status_code == 404


def test_zip_archives_and_stored_templates_supply_content(sandbox: Sandbox, client: httpx.Client) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("images/logo.txt", "not html")
        archive.writestr("index.html", HTML)
    uid = check(
        "createTemplate",
        client.post(
            "/templates",
            files=multipart({"template[name]": "Zip", "template[archive]": b64(buffer.getvalue())}),
        ),
    )["template_uid"]
    assert client.get(f"/templates/{uid}").json()["data"]["record"]["content"] == HTML
    list_uid = new_list(client)
    campaign_uid = check(
        "createCampaign",
        client.post(
            "/campaigns",
            files=multipart(
                {
                    **{k: v for k, v in CAMPAIGN.items() if "[template]" not in k},
                    "campaign[list_uid]": list_uid,
                    "campaign[template][template_uid]": uid,
                }
            ),
        ),
    )["campaign_uid"]
    assert sandbox.campaign(campaign_uid)["template"]["content"] == HTML
    assert list(sandbox.campaign_urls(campaign_uid).values()) == ["https://example.com/offer?id=1"]
    email = {
        "email[to_name]": "a",
        "email[to_email]": "a@example.org",
        "email[from_name]": "b",
        "email[from_email]": "b@example.com",
        "email[subject]": "s",
        "email[send_at]": "2099-01-01 00:00:00",
        "email[template_uid]": uid,
    }
    email_uid = check("sendTransactionalEmail", client.post("/transactional-emails", files=multipart(email)))[
        "email_uid"
    ]
    record = client.get(f"/transactional-emails/{email_uid}").json()["data"]["record"]
    assert record["body"] == HTML and record["status"] == "unsent"


def test_transactional_emails(sandbox: Sandbox, client: httpx.Client) -> None:
    pdf = b"%PDF-1.4\x00\xff binary"
    uid = check(
        "sendTransactionalEmail",
        client.post(
            "/transactional-emails",
            files=multipart(
                {
                    "email[to_name]": "سارا",
                    "email[to_email]": "sara@example.org",
                    "email[from_name]": "Pakat",
                    "email[from_email]": "noreply@pakat.example",
                    "email[subject]": "رسید",
                    "email[body]": b64("<p>سلام {{ params.name }}</p>"),
                    "email[send_at]": "2025-01-15 10:00:00",
                    "email[params][name]": "سارا",
                    "email[contact][city]": "Tehran",
                    "email[attachments][0][name]": "receipt.pdf",
                    "email[attachments][0][type]": "application/pdf",
                    "email[attachments][0][data]": b64(pdf),
                }
            ),
        ),
    )["email_uid"]
    record = check("getTransactionalEmail", client.get(f"/transactional-emails/{uid}"))["data"]["record"]
    # The body comes back as HTML; placeholders are filled in templates only.
    assert record["body"] == "<p>سلام {{ params.name }}</p>"
    assert (record["to_name"], record["subject"], record["status"]) == ("سارا", "رسید", "unsent")
    assert record["attachments"] == [{"type": "application/pdf", "name": "receipt.pdf", "content": b64(pdf)}]
    (sent,) = sandbox.outbox()
    assert sent["body"] == "<p>سلام {{ params.name }}</p>"
    assert sent["params"] == {"name": "سارا"} and sent["contact"] == {"city": "Tehran"}
    assert sent["attachments"] == [{"name": "receipt.pdf", "type": "application/pdf", "data": pdf}]
    assert check("listTransactionalEmails", client.get("/transactional-emails"))["data"]["count"] == "1"
    check("deleteTransactionalEmail", client.delete(f"/transactional-emails/{uid}"))
    assert client.get(f"/transactional-emails/{uid}").status_code == 404


def test_reference_data_and_account(client: httpx.Client) -> None:
    countries = check("listCountries", client.get("/countries", params={"page": 3, "per_page": 50}))["data"][
        "records"
    ]
    iran = next(c for c in countries if c["code"] == "IR")
    zones = check(
        "listCountryZones", client.get(f"/countries/{iran['country_id']}/zones", params={"per_page": 50})
    )["data"]
    assert "Tehran" in {z["name"] for z in zones["records"]}
    servers = check("listDeliveryServers", client.get("/delivery-servers"))["data"]["records"]
    server = check("getDeliveryServer", client.get(f"/delivery-servers/{servers[0]['server_id']}"))
    assert server["data"]["record"] == servers[0]
    domain = check("getSendingDomain", client.get("/sending-domains/example.com"))["data"]["record"]
    assert (domain["name"], domain["verified"]) == ("example.com", "yes")
    assert client.get("/sending-domains/pakat.example").status_code == 200
    customer = check(
        "createCustomer",
        client.post(
            "/customers",
            files=multipart(
                {
                    "customer[first_name]": "Sara",
                    "customer[last_name]": "Ahmadi",
                    "customer[email]": "sara@example.org",
                    "customer[confirm_email]": "sara@example.org",
                    "customer[password]": "s3cret-pass",
                    "customer[confirm_password]": "s3cret-pass",
                    "customer[timezone]": "Asia/Tehran",
                    "customer[birthDate]": "1990-03-21",
                    "company[name]": "ACME",
                    "company[country]": "Iran (Islamic Republic of)",
                    "company[address_1]": "Valiasr St.",
                    "company[city]": "Tehran",
                    "company[zip_code]": "1234567890",
                }
            ),
        ),
    )
    assert customer["status"] == "success" and customer["customer_uid"]
    quota = check("getQuota", client.get("/quota/index"))
    assert quota == {"status": "ok", "quota": {"percentage": "0%", "used": 0, "allowed": 10000}}


def test_every_operation_was_exercised_by_this_module() -> None:
    """Guards the module itself: each operationId appears in a check(...) call above."""
    with open(__file__, encoding="utf-8") as f:
        source = f.read()
    missing = [op for op in operation_index() if not re.search(rf'check\(\s*"{op}"', source)]
    assert not missing
