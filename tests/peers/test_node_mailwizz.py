"""node-mailwizz 1.0.0 (npm, pinned in tools/package.json) against the sandbox.

tests/peers/node_mailwizz_driver.js calls every method of every class the package exports, with
one instance per class as its README shows, and reports each answer with the HTTP status it
observed. Each call is judged by what MailWizz 2.1.13 answers (apps/api/controllers): status,
body shape, and the state it left in the sandbox, read back over HTTP. PENDING holds the calls
the sandbox does not answer as the server would yet, because of an area-level gap.

What node-mailwizz sends (read in tools/node_modules/node-mailwizz/api/Request.js):
- the key as X-MW-PUBLIC-KEY, never X-API-KEY, with X-MW-TIMESTAMP (fixed when the instance is
  made), an empty X-MW-REMOTE-ADDR and an HMAC-SHA1 X-MW-SIGNATURE the server does not check;
- X-HTTP-Method-Override naming the request's own method on every request, GET and POST too;
- every body urlencoded by `request` (``general[name]=...``), and a urlencoded Content-Type
  even on bodiless GETs;
- instance state carried from call to call: ``copy()`` and ``delete()`` send the previous call's
  body again, and every call after a GET with parameters repeats its query string
  (``PUT .../subscribers/<uid>?EMAIL=...`` after ``emailSearch``);
- ``console.log`` of every URL and signature string, the key included (the driver silences it);
- ``TransactionalEmails.create`` takes a from_email argument and never sends it.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from pakat.testing import Sandbox

from ._harness import HERE, Check, Pending, Report, check_pending, node, report_for, run_driver

# A stock server refuses campaign HTML without these two tags.
TEMPLATE_HTML = (
    '<p>سلام <a href="https://pakat.example/node">offer</a> [UNSUBSCRIBE_URL] [COMPANY_FULL_ADDRESS]</p>'
)
KEPT = "kept@example.org"
PEOPLE = ("kept", "unsubscribed", "deleted")


def plan_for(sandbox: Sandbox, template_uid: str) -> dict[str, Any]:
    """The data of every call, in node-mailwizz's own argument names."""
    return {
        "base_url": sandbox.url,
        "template_uid": template_uid,
        "list": {
            "name": "فهرست نود",
            "description": "Node list",
            "fromName": "Pakat",
            "fromEmail": "news@example.com",
            "replyTo": "news@example.com",
            "subject": "Hi",
            "companyName": "Pakat",
            "companyCountry": "Iran (Islamic Republic of)",
            "companyZone": "Tehran",
            "companyAddress1": "Vali Asr",
            "companyCity": "Tehran",
            "companyZipCode": "1234",
        },
        "list_update": {
            "name": "فهرست نود ۲",
            "description": "Node list, updated",
            "fromName": "Pakat",
            "fromEmail": "news@example.com",
            "replyTo": "news@example.com",
        },
        "subscribers": {key: {"EMAIL": f"{key}@example.org", "FNAME": "علی", "LNAME": key} for key in PEOPLE},
        "subscriber_update": {"EMAIL": KEPT, "FNAME": "رضا"},
        "campaign": {
            "name": "Node campaign",
            "fromName": "Pakat",
            "fromEmail": "news@example.com",
            "subject": "Hi",
            "replyTo": "news@example.com",
            "sendAt": "2030-01-01 10:00:00",
            "urlTracking": "yes",
        },
        "email": {
            "to_name": "Ali",
            "to_email": "ali@example.org",
            "from_name": "Shop",
            "from_email": "shop@example.com",
            "reply_to_name": "Shop",
            "reply_to_email": "shop@example.com",
            "subject": "رسید",
            "body": "<p>رسید سفارش</p>",
            "plain_text": "رسید سفارش",
            "send_at": "2030-01-01 10:00:00",
        },
    }


@pytest.fixture(scope="module")
def report(peer_sandbox: Sandbox) -> Iterator[Report]:
    # node-mailwizz cannot create templates; its campaign names one made beforehand.
    with httpx.Client(base_url=peer_sandbox.url, headers={"X-API-KEY": peer_sandbox.api_key}) as http:
        fields = {
            "template[name]": "Node template",
            "template[content]": base64.b64encode(TEMPLATE_HTML.encode()).decode(),
        }
        response = http.post("/templates", data=fields)
        assert response.status_code == 201, response.text
    plan = plan_for(peer_sandbox, response.json()["template_uid"])
    run = run_driver([node(), str(HERE / "node_mailwizz_driver.js")], plan, peer_sandbox.api_key)
    yield from report_for(run, peer_sandbox, plan)


def _list_uid(r: Report) -> str:
    return str(r.call("Lists.create").body["list_uid"])


def _subscriber(r: Report, key: str) -> str:
    name = "ListSubscribers.create" if key == "kept" else f"ListSubscribers.create:{key}"
    return str(r.call(name).body["data"]["record"]["subscriber_uid"])


def _subscribers_by_email(r: Report) -> dict[str, dict[str, Any]]:
    records = r.get(f"/lists/{_list_uid(r)}/subscribers", per_page="50")["data"]["records"]
    return {rec["EMAIL"]: rec for rec in records}  # views carry the address as the EMAIL tag


def _lists_create(r: Report) -> None:
    body = r.ok("Lists.create", 201)
    record = r.get(f"/lists/{body['list_uid']}")["data"]["record"]
    # ListsController::actionUpdate copies the account's company over the list's on every update,
    # and node-mailwizz updated the list after creating it: the account's company is what is left.
    assert (record["company"]["name"], record["company"]["city"]) == ("پاکات", "تهران")


def _get_lists(r: Report) -> None:
    records = r.ok("Lists.getLists", 200)["data"]["records"]
    assert _list_uid(r) in {rec["general"]["list_uid"] for rec in records}


def _get_list(r: Report) -> None:
    general = r.ok("Lists.getList", 200)["data"]["record"]["general"]
    assert (general["list_uid"], general["name"]) == (_list_uid(r), "فهرست نود")


def _lists_update(r: Report) -> None:
    assert r.ok("Lists.update", 200) == {"status": "success"}
    general = r.get(f"/lists/{_list_uid(r)}")["data"]["record"]["general"]
    assert (general["name"], general["description"]) == ("فهرست نود ۲", "Node list, updated")


def _lists_copy(r: Report) -> None:
    # ListsController::actionCopy answers 201 with the new list's uid.
    assert r.ok("Lists.copy", 201)["list_uid"] != _list_uid(r)


def _lists_delete(r: Report) -> None:
    assert r.ok("Lists.delete", 200) == {"status": "success"}
    assert r.status_of(f"/lists/{r.call('Lists.copy').body['list_uid']}") == 404
    assert r.status_of(f"/lists/{_list_uid(r)}") == 200


def _created(key: str) -> Check:
    def check(r: Report) -> None:
        name = "ListSubscribers.create" if key == "kept" else f"ListSubscribers.create:{key}"
        record = r.ok(name, 201)["data"]["record"]
        assert record["email"] == f"{key}@example.org" and record["subscriber_uid"]

    return check


def _get_subscribers(r: Report) -> None:
    records = r.ok("ListSubscribers.getSubscribers", 200)["data"]["records"]
    assert {rec["EMAIL"] for rec in records} == {f"{key}@example.org" for key in PEOPLE}


def _get_subscriber(r: Report) -> None:
    record = r.ok("ListSubscribers.getSubscriber", 200)["data"]["record"]
    assert (record["subscriber_uid"], record["EMAIL"]) == (_subscriber(r, "kept"), KEPT)


def _email_search(r: Report) -> None:
    assert r.ok("ListSubscribers.emailSearch", 200)["data"]["subscriber_uid"] == _subscriber(r, "kept")


def _update(r: Report) -> None:
    record = r.ok("ListSubscribers.update", 200)["data"]["record"]
    assert record["subscriber_uid"] == _subscriber(r, "kept")
    assert _subscribers_by_email(r)[KEPT]["FNAME"] == "رضا"


def _unsubscribe(r: Report) -> None:
    assert r.ok("ListSubscribers.unsubscribe", 200) == {"status": "success"}
    assert _subscribers_by_email(r)["unsubscribed@example.org"]["status"] == "unsubscribed"
    assert _subscribers_by_email(r)[KEPT]["status"] == "confirmed"


def _delete(r: Report) -> None:
    assert r.ok("ListSubscribers.delete", 200) == {"status": "success"}
    assert "deleted@example.org" not in _subscribers_by_email(r)


def _get_templates(r: Report) -> None:
    records = r.ok("Templates.getTemplates", 200)["data"]["records"]
    assert r.plan["template_uid"] in {rec["template_uid"] for rec in records}


def _get_template(r: Report) -> None:
    # TemplatesController::actionView: name, content and screenshot; no template_uid.
    record = r.ok("Templates.getTemplate", 200)["data"]["record"]
    assert "template_uid" not in record
    assert record["content"] == TEMPLATE_HTML


def _campaign(r: Report) -> None:
    # CampaignsController::actionCreate takes template_uid first and skips the empty content and
    # archive node-mailwizz always sends (`!empty(...)`): 201 with the campaign's uid.
    body = r.ok("Campaigns.create", 201)
    record = r.get(f"/campaigns/{body['campaign_uid']}")["data"]["record"]
    assert record["list"]["list_uid"] == _list_uid(r)


def _email(r: Report) -> None:
    # from_email is optional (Pakat's reference, and the model's rules); node-mailwizz omits it.
    # Transactional_emailsController::actionCreate base64-decodes body and plain_text alike.
    uid = r.ok("TransactionalEmails.create", 201)["email_uid"]
    (sent,) = [e for e in r.sandbox.outbox() if e["email_uid"] == uid]
    assert (sent["to_email"], sent["from_email"], sent["body"]) == (
        "ali@example.org",
        "",
        "<p>رسید سفارش</p>",
    )
    assert sent["plain_text"] == "رسید سفارش"


CHECKS: dict[str, Check] = {
    "Lists.create": _lists_create,
    "Lists.getLists": _get_lists,
    "Lists.getList": _get_list,
    "Lists.update": _lists_update,
    "Lists.copy": _lists_copy,
    "Lists.delete": _lists_delete,
    **{
        ("ListSubscribers.create" if k == "kept" else f"ListSubscribers.create:{k}"): _created(k)
        for k in PEOPLE
    },
    "ListSubscribers.getSubscribers": _get_subscribers,
    "ListSubscribers.getSubscriber": _get_subscriber,
    "ListSubscribers.emailSearch": _email_search,
    "ListSubscribers.update": _update,
    "ListSubscribers.unsubscribe": _unsubscribe,
    "ListSubscribers.delete": _delete,
    "Templates.getTemplates": _get_templates,
    "Templates.getTemplate": _get_template,
    "Campaigns.create": _campaign,
    "TransactionalEmails.create": _email,
}

# Calls the sandbox does not yet answer as MailWizz 2.1.13 would, because of area-level gaps
# (pakat/testing/_api/*.py). Each entry: how it fails today, and what the sandbox must change.
PENDING: dict[str, Pending] = {}


def test_every_method_node_mailwizz_offers_is_called_and_judged(report: Report) -> None:
    called = {name.split(":")[0] for name in report.run.calls}
    assert called == set(report.run.offered)
    assert set(report.run.calls) == set(CHECKS)
    assert set(PENDING) <= set(CHECKS)
    raised = [call.summary() for call in report.run.calls.values() if call.exception is not None]
    assert not raised


@pytest.mark.parametrize("name", sorted(set(CHECKS) - set(PENDING)))
def test_call_answers_as_the_server_would(report: Report, name: str) -> None:
    CHECKS[name](report)


def test_pending_calls_still_fail_the_same_way(report: Report) -> None:
    # Empty while every call is answered as the server would; an entry added here must keep failing
    # the recorded way, so that fixing the sandbox tells its author to move it to the checked calls.
    for name in sorted(PENDING):
        check_pending(report, CHECKS, PENDING, name)


def test_what_node_mailwizz_sends(report: Report) -> None:
    exchanges = [e for call in report.run.calls.values() for e in call.exchanges]
    assert len(exchanges) == len(report.run.calls)
    signed = {"x-mw-public-key", "x-mw-timestamp", "x-mw-remote-addr", "x-mw-signature"}
    for e in exchanges:
        names = {name.lower() for name in e["header_names"]}
        assert signed <= names and "x-api-key" not in names, e
        assert e["override"] == e["method"], e  # every request names its own method again
        assert e["content_type"] == "application/x-www-form-urlencoded", e  # GETs included
    # State kept by the instances: copy and delete resend the update's body ...
    update, copy, delete = (
        report.call(n).exchanges[0] for n in ("Lists.update", "Lists.copy", "Lists.delete")
    )
    assert update["body_bytes"] > 0 and copy["body_bytes"] == delete["body_bytes"] == update["body_bytes"]
    # ... and the calls after emailSearch repeat its query string.
    for name in ("ListSubscribers.update", "ListSubscribers.unsubscribe", "ListSubscribers.delete"):
        assert report.call(name).exchanges[0]["path"].endswith("?EMAIL=kept%40example.org"), name
