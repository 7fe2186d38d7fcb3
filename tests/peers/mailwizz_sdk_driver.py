"""Drive every endpoint method of the official MailWizz Python SDK (mailwizz-python-sdk) against a
server, and print what happened as JSON. Run with the peer virtualenv's python, never .venv's:

    PEER_API_KEY=... .venv-peers/bin/python tests/peers/mailwizz_sdk_driver.py < plan.json

The plan (stdin, JSON) holds the base URL and the data of every call; tests/peers/
test_mailwizz_python_sdk.py writes it and checks the answers. The key comes from the environment
and is never printed: exchanges list header names, not values (the SDK sends the key as
X-MW-PUBLIC-KEY and signs with a private key the server does not check).

Output: ``{"offered": [...], "calls": [{"name", "status", "body", "exchanges"}, ...]}`` where
``offered`` lists every public method of every endpoint class the SDK ships, ``status`` and
``body`` are those of the call's (last) response, and ``exchanges`` every HTTP request the call
made: method, path with query, status, Content-Type, X-HTTP-Method-Override, header names
and the size of the body sent.
"""

from __future__ import annotations

import hashlib
import importlib
import inspect
import json
import os
import pkgutil
import sys
import traceback
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import requests
from mailwizz.base import Base
from mailwizz.config import Config

_exchanges: list[dict[str, Any]] = []
_send = requests.Session.send


def _recording_send(self: requests.Session, request: requests.PreparedRequest, **kwargs: Any) -> Any:
    """Session.send, noting what went out and the status that came back (no values of headers
    other than Content-Type and X-HTTP-Method-Override: one of them is the API key)."""
    response = _send(self, request, **kwargs)
    split = urlsplit(request.url or "")
    _exchanges.append(
        {
            "method": request.method,
            "path": split.path + ("?" + split.query if split.query else ""),
            "status": response.status_code,
            "content_type": request.headers.get("Content-Type"),
            "override": request.headers.get("X-HTTP-Method-Override"),
            "header_names": sorted(request.headers),
            "body_bytes": len(request.body or b""),
        }
    )
    return response


requests.Session.send = _recording_send  # type: ignore[method-assign]


def offered() -> list[str]:
    """``Class.method`` for every public method the SDK's endpoint classes define."""
    import mailwizz.endpoint as package

    names: list[str] = []
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for cls_name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__ or not issubclass(cls, Base):
                continue
            for name, member in vars(cls).items():
                if inspect.isfunction(member) and not name.startswith("_"):
                    names.append(f"{cls_name}.{name}")
    return sorted(names)


def main() -> None:
    plan = json.load(sys.stdin)
    Base.set_config(
        Config(
            {
                "api_url": plan["base_url"],
                "public_key": os.environ["PEER_API_KEY"],
                "private_key": "not-checked-by-the-server",
                "charset": "utf-8",
            }
        )
    )
    from mailwizz.endpoint.campaign_bounces import CampaignBounces
    from mailwizz.endpoint.campaigns import Campaigns
    from mailwizz.endpoint.campaigns_tracking import CampaignsTracking
    from mailwizz.endpoint.countries import Countries
    from mailwizz.endpoint.customers import Customers
    from mailwizz.endpoint.list_fields import ListFields
    from mailwizz.endpoint.list_segments import ListSegments
    from mailwizz.endpoint.list_subscribers import ListSubscribers
    from mailwizz.endpoint.lists import Lists
    from mailwizz.endpoint.templates import Templates
    from mailwizz.endpoint.transactional_emails import TransactionalEmails

    calls: list[dict[str, Any]] = []

    def call(name: str, run: Callable[[], Any]) -> Any:
        """Run one SDK method; the answer's JSON body (or None) is returned for later calls."""
        del _exchanges[:]
        entry: dict[str, Any] = {"name": name}
        try:
            response = run()
        except Exception:
            entry["exception"] = traceback.format_exc(limit=3)
            response = None
        if response is not None:
            entry["status"] = response.status_code
            try:
                entry["body"] = response.json()
            except ValueError:
                entry["text"] = response.text
        entry["exchanges"] = list(_exchanges)
        calls.append(entry)
        return entry.get("body")

    def uid(body: Any, key: str) -> str:
        return str(body[key]) if isinstance(body, dict) and key in body else "missing"

    lists, subscribers = Lists(), ListSubscribers()
    fixture = plan["fixture"]  # a list with a dropdown field and a segment, made by the test

    call("Countries.get_countries", lambda: Countries().get_countries(page=1, per_page=10))
    call("Countries.get_zones", lambda: Countries().get_zones(plan["country_id"], page=1, per_page=10))
    call("Customers.create", lambda: Customers().create(plan["customer"]))

    list_uid = uid(call("Lists.create", lambda: lists.create(plan["list"])), "list_uid")
    call("Lists.get_lists", lambda: lists.get_lists(page=1, per_page=10))
    call("Lists.get_list", lambda: lists.get_list(list_uid))
    call("Lists.update", lambda: lists.update(list_uid, plan["list_update"]))
    copy_uid = uid(call("Lists.copy", lambda: lists.copy(list_uid)), "list_uid")
    call("Lists.delete", lambda: lists.delete(copy_uid))

    call("ListFields.get_fields", lambda: ListFields().get_fields(fixture["list_uid"]))
    segments = ListSegments()
    call("ListSegments.get_segments", lambda: segments.get_segments(fixture["list_uid"], page=1, per_page=10))
    call(
        "ListSegments.get_segment", lambda: segments.get_segment(fixture["list_uid"], fixture["segment_uid"])
    )
    call(
        "ListSegments.get_subscribers",
        lambda: segments.get_subscribers(fixture["list_uid"], fixture["segment_uid"], page=1, per_page=10),
    )

    people = plan["subscribers"]
    made: dict[str, str] = {}
    for key in ("kept", "unsubscribed", "deleted", "unsubscribed_by_email", "everywhere", "deleted_by_email"):
        name = "ListSubscribers.create" if key == "kept" else f"ListSubscribers.create:{key}"
        body = call(name, lambda key=key: subscribers.create(list_uid, dict(people[key])))
        made[key] = uid(
            body.get("data", {}).get("record", {}) if isinstance(body, dict) else {}, "subscriber_uid"
        )
    kept = made["kept"]
    kept_email = people["kept"]["EMAIL"]
    call(
        "ListSubscribers.get_subscribers", lambda: subscribers.get_subscribers(list_uid, page=1, per_page=10)
    )
    call("ListSubscribers.get_subscriber", lambda: subscribers.get_subscriber(list_uid, kept))
    call(
        "ListSubscribers.update", lambda: subscribers.update(list_uid, kept, dict(plan["subscriber_update"]))
    )
    call("ListSubscribers.email_search", lambda: subscribers.email_search(list_uid, kept_email))
    call("ListSubscribers.email_search_all_lists", lambda: subscribers.email_search_all_lists(kept_email))
    call(
        "ListSubscribers.search_by_custom_fields",
        lambda: subscribers.search_by_custom_fields(
            list_uid, dict(plan["search_fields"]), page=1, per_page=10
        ),
    )
    call("ListSubscribers.create_update", lambda: subscribers.create_update(list_uid, dict(plan["upsert"])))
    call("ListSubscribers.unsubscribe", lambda: subscribers.unsubscribe(list_uid, made["unsubscribed"]))
    call(
        "ListSubscribers.unsubscribe_by_email",
        lambda: subscribers.unsubscribe_by_email(list_uid, people["unsubscribed_by_email"]["EMAIL"]),
    )
    call(
        "ListSubscribers.unsubscribe_by_email_from_all_lists",
        lambda: subscribers.unsubscribe_by_email_from_all_lists(people["everywhere"]["EMAIL"]),
    )
    call("ListSubscribers.delete", lambda: subscribers.delete(list_uid, made["deleted"]))
    call(
        "ListSubscribers.delete_by_email",
        lambda: subscribers.delete_by_email(list_uid, people["deleted_by_email"]["EMAIL"]),
    )
    call(
        "ListSubscribers.create_bulk",
        lambda: subscribers.create_bulk(list_uid, [dict(p) for p in plan["bulk"]]),
    )

    templates = Templates()
    template_uid = uid(
        call("Templates.create", lambda: templates.create(dict(plan["template"]))), "template_uid"
    )
    call("Templates.get_templates", lambda: templates.get_templates(page=1, per_page=10))
    call(
        "Templates.search_templates",
        lambda: templates.search_templates(page=1, per_page=10, filters=dict(plan["template_filter"])),
    )
    call("Templates.get_template", lambda: templates.get_template(template_uid))
    call("Templates.update", lambda: templates.update(template_uid, dict(plan["template_update"])))

    campaigns = Campaigns()
    campaign = json.loads(json.dumps(plan["campaign"]))
    campaign["list_uid"] = list_uid
    campaign["template"]["template_uid"] = template_uid
    campaign_uid = uid(call("Campaigns.create", lambda: campaigns.create(campaign)), "campaign_uid")
    call("Campaigns.get_campaigns", lambda: campaigns.get_campaigns(page=1, per_page=10))
    call("Campaigns.get_campaign", lambda: campaigns.get_campaign(campaign_uid))
    call(
        "Campaigns.update",
        lambda: campaigns.update(campaign_uid, json.loads(json.dumps(plan["campaign_update"]))),
    )
    copy = uid(call("Campaigns.copy", lambda: campaigns.copy(campaign_uid)), "campaign_uid")
    call("Campaigns.pause_unpause", lambda: campaigns.pause_unpause(campaign_uid))
    call("Campaigns.mark_sent", lambda: campaigns.mark_sent(campaign_uid))
    bounces = CampaignBounces()
    bounce = dict(plan["bounce"], subscriber_uid=kept)
    call("CampaignBounces.create", lambda: bounces.create(campaign_uid, bounce))
    call("CampaignBounces.get_bounces", lambda: bounces.get_bounces(campaign_uid, page=1, per_page=10))
    tracking = CampaignsTracking()
    call("CampaignsTracking.track_opening", lambda: tracking.track_opening(campaign_uid, kept))
    # The server names a tracked link by the SHA-1 of the campaign uid followed by the URL.
    link = hashlib.sha1(f"{campaign_uid}{plan['offer_url']}".encode()).hexdigest()
    call("CampaignsTracking.track_url", lambda: tracking.track_url(campaign_uid, kept, link))
    call(
        "CampaignsTracking.track_unsubscribe",
        lambda: tracking.track_unsubscribe(campaign_uid, kept, dict(plan["unsubscribe"])),
    )
    call("Campaigns.delete", lambda: campaigns.delete(copy))

    emails = TransactionalEmails()
    email_uid = uid(
        call("TransactionalEmails.create", lambda: emails.create(dict(plan["email"]))), "email_uid"
    )
    call("TransactionalEmails.get_emails", lambda: emails.get_emails(page=1, per_page=10))
    call("TransactionalEmails.get_email", lambda: emails.get_email(email_uid))
    doomed = dict(plan["email"], subject="to be deleted")
    doomed_uid = uid(call("TransactionalEmails.create:deleted", lambda: emails.create(doomed)), "email_uid")
    call("TransactionalEmails.delete", lambda: emails.delete(doomed_uid))
    call("Templates.delete", lambda: templates.delete(template_uid))

    json.dump({"offered": offered(), "calls": calls}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
