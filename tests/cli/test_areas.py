"""Each area's commands against the sandbox: what they send (the sandbox's state and counters)
and what they print, as tables and as --json."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from pakat import Pakat
from pakat.testing import Sandbox
from tests.cli.conftest import Invoke

HTML = '<h1>سلام!</h1><p>[COMPANY_FULL_ADDRESS]</p><a href="[UNSUBSCRIBE_URL]">لغو</a>'
LIST_OPTIONS = (
    "--name", "خبرنامه پاکات", "--description", "Weekly news", "--from-name", "Pakat",
    "--from-email", "news@example.com", "--reply-to", "news@example.com",
)  # fmt: skip


def ok(run: Any) -> str:
    assert run.exit_code == 0, run.output
    return str(run.stdout)


def data(run: Any) -> Any:
    return json.loads(ok(run))


# --- lists ------------------------------------------------------------------------------------------


def test_lists_create_update_copy_delete(pakat: Invoke, client: Pakat, sb: Sandbox) -> None:
    list_uid = ok(
        pakat("lists", "create", *LIST_OPTIONS, "--opt-in", "single", "--company", "name=ACME")
    ).strip()
    made = client.lists.get(list_uid)
    assert (made.general.name, made.company.name) == ("خبرنامه پاکات", "ACME")  # type: ignore[union-attr]

    assert data(pakat("lists", "update", list_uid, "--name", "نام تازه", "--json")) == {
        "list_uid": list_uid,
        "updated": True,
    }
    assert client.lists.get(list_uid).general.name == "نام تازه"  # type: ignore[union-attr]

    copy_uid = data(pakat("lists", "copy", list_uid, "--json"))["list_uid"]
    assert copy_uid != list_uid and client.lists.get(copy_uid).general.name.startswith("نام تازه")  # type: ignore[union-attr]
    assert ok(pakat("lists", "delete", copy_uid)) == f"Deleted list {copy_uid}.\n"
    assert [item.general.list_uid for item in client.lists.iter()] == [list_uid]  # type: ignore[union-attr]

    missing = pakat("lists", "create", "--name", "x")
    assert missing.exit_code == 2 and "Missing option '--description'" in missing.stderr


def test_ls_one_page_with_its_counts(pakat: Invoke, sb: Sandbox) -> None:
    for number in range(12):
        sb.create_list(f"List {number:02d}")
    page = data(pakat("lists", "ls", "--page", "2", "--per-page", "10", "--json"))
    assert (page["page"], page["count"], page["total_pages"], page["next_page"]) == (2, 12, 2, None)
    assert [item["general"]["name"] for item in page["items"]] == ["List 01", "List 00"]
    table = pakat("lists", "ls", "--page", "1")
    assert "List 11" in table.stdout and "page 1 of 2, 12 in all" in table.stderr


# --- fields and segments ----------------------------------------------------------------------------


def test_fields(pakat: Invoke, client: Pakat, sb: Sandbox) -> None:
    list_uid = sb.create_list()
    assert "dropdown" in ok(pakat("fields", "types"))
    field = data(
        pakat(
            "fields", "create", list_uid, "--type", "dropdown", "--label", "شهر", "--tag", "CITY",
            "--option", "tehran=تهران", "--option", "shiraz=شیراز", "--required", "--json",
        )
    )  # fmt: skip
    field_id = field["field_id"]
    assert field["options"] == {"tehran": "تهران", "shiraz": "شیراز"} and field["required"] == "yes"
    assert "CITY" in ok(pakat("fields", "ls", list_uid))
    ok(pakat("fields", "update", list_uid, field_id, "--label", "City", "--optional"))
    stored = client.fields.get(list_uid, field_id)
    assert (stored.label, stored.required) == ("City", "no")
    assert data(pakat("fields", "show", list_uid, field_id, "--json"))["label"] == "City"
    # Options before the arguments: the list and the field still reach fields.delete in order.
    assert data(pakat("fields", "delete", "--json", list_uid, field_id)) == {
        "field_id": field_id,
        "deleted": True,
    }
    assert [f.tag for f in client.fields.list(list_uid)] == ["EMAIL", "FNAME", "LNAME"]


def test_segments_with_conditions_by_tag_and_slug(pakat: Invoke, client: Pakat, sb: Sandbox) -> None:
    list_uid = sb.create_list()
    city = client.fields.create(list_uid, type="text", label="City", tag="CITY")
    assert "is-not" in ok(pakat("segments", "operators"))
    segment_uid = ok(
        pakat(
            "segments", "create", list_uid, "--name", "تهرانی‌ها", "--match", "all",
            "--condition", "city", "is", "tehran", "--campaign-condition", "open", "any", "lte", "30", "day",
        )
    ).strip()  # fmt: skip
    segment = client.segments.get(list_uid, segment_uid)
    assert [(c.field_id, c.value) for c in segment.conditions] == [(city.field_id, "tehran")]  # type: ignore[union-attr]
    assert segment.operator_match == "all" and len(segment.campaign_conditions) == 1  # type: ignore[arg-type]
    assert segment_uid in ok(pakat("segments", "ls", list_uid))
    ok(pakat("segments", "update", list_uid, segment_uid, "--name", "Tehran"))
    kept = client.segments.get(list_uid, segment_uid)
    assert kept.name == "Tehran" and len(kept.conditions) == 1  # type: ignore[arg-type]
    assert data(pakat("segments", "show", list_uid, segment_uid, "--json"))["name"] == "Tehran"
    ok(pakat("segments", "delete", list_uid, segment_uid))
    assert client.segments.list(list_uid).count == 0

    unknown = pakat("segments", "create", list_uid, "--name", "x", "--condition", "NOPE", "is", "y")
    assert unknown.exit_code == 2 and "no field tagged 'NOPE'" in unknown.stderr


# --- subscribers ------------------------------------------------------------------------------------


def test_subscribers_one_at_a_time(pakat: Invoke, client: Pakat, sb: Sandbox) -> None:
    list_uid = sb.create_list()
    other = sb.create_list("Other")
    uid = ok(pakat("subscribers", "add", list_uid, "ali@example.com", "--field", "FNAME=علی")).strip()
    ok(pakat("subscribers", "add", other, "ali@example.com"))
    assert data(pakat("subscribers", "show", list_uid, uid, "--json"))["FNAME"] == "علی"
    ok(pakat("subscribers", "update", list_uid, uid, "--field", "LNAME=رضایی"))
    assert client.subscribers.get(list_uid, uid).additional_properties["LNAME"] == "رضایی"
    upserted = data(
        pakat("subscribers", "upsert", list_uid, "ali@example.com", "--field", "FNAME=Ali", "--json")
    )
    assert upserted["subscriber_uid"] == uid
    sara = data(pakat("subscribers", "upsert", list_uid, "sara@example.com", "--json"))["subscriber_uid"]
    assert (
        data(pakat("subscribers", "find", list_uid, "sara@example.com", "--json"))["subscriber_uid"] == sara
    )
    absent = pakat("subscribers", "find", list_uid, "nobody@example.com")
    assert absent.exit_code == 1 and "nobody@example.com is not on list" in absent.stderr
    everywhere = data(pakat("subscribers", "find-everywhere", "ali@example.com", "--json"))
    assert sorted(r["list"]["list_uid"] for r in everywhere) == sorted([list_uid, other])
    found = data(pakat("subscribers", "search", list_uid, "FNAME=ali", "--json"))
    assert [r["subscriber_uid"] for r in found["items"]] == [uid]

    ok(pakat("subscribers", "unsubscribe", list_uid, sara))
    assert client.subscribers.get(list_uid, sara).status == "unsubscribed"
    ok(pakat("subscribers", "unsubscribe-everywhere", "ali@example.com"))
    assert {s.status for s in client.subscribers.find_by_email_in_all_lists("ali@example.com")} == {
        "unsubscribed"
    }
    assert ok(pakat("subscribers", "delete", list_uid, sara)) == f"Deleted subscriber {sara}.\n"
    assert client.subscribers.find_by_email(list_uid, "sara@example.com") is None


def test_subscribers_export_reads_back_with_import(
    pakat: Invoke, client: Pakat, sb: Sandbox, tmp_path: Path
) -> None:
    list_uid = sb.create_list()
    client.subscribers.create(list_uid, "ali@example.com", fields={"FNAME": "علی", "LNAME": "رضایی"})
    client.subscribers.create(list_uid, "sara@example.com", fields={"FNAME": "سارا"})
    out = tmp_path / "people.csv"
    assert data(pakat("subscribers", "export", list_uid, "--output", str(out), "--json")) == {
        "file": str(out),
        "rows": 2,
    }
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # a BOM, so spreadsheets read it as UTF-8
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert [(r["EMAIL"], r["FNAME"], r["status"]) for r in rows] == [
        ("sara@example.com", "سارا", "confirmed"),
        ("ali@example.com", "علی", "confirmed"),
    ]
    to_stdout = ok(pakat("subscribers", "export", list_uid))
    assert to_stdout.splitlines()[0].startswith("EMAIL,FNAME,LNAME,subscriber_uid,status")

    copy = sb.create_list("Copy")
    ok(pakat("subscribers", "import", copy, str(out)))
    assert sorted(s.email for s in client.subscribers.iter(copy)) == ["ali@example.com", "sara@example.com"]


def test_subscribers_add_batch_in_one_request(
    pakat: Invoke, client: Pakat, sb: Sandbox, tmp_path: Path
) -> None:
    list_uid = sb.create_list()
    client.subscribers.create(list_uid, "ali@example.com")
    people = tmp_path / "people.csv"
    people.write_text(
        "EMAIL,FNAME\nali@example.com,علی\nsara@example.com,سارا\nreza@example.com,رضا\n", encoding="utf-8"
    )
    sb.reset_counters()
    assert data(pakat("subscribers", "add-batch", list_uid, str(people), "--json")) == {
        "created": 2,
        "existing": 1,
        "failed": [],
    }
    assert sb.counters["createSubscribersBulk"] == 1 and sb.counters["createSubscriber"] == 0


@pytest.mark.parametrize("when", ["before", "after"])
def test_add_batch_settles_a_lost_answer_by_looking_each_row_up(
    pakat: Invoke, client: Pakat, sb: Sandbox, tmp_path: Path, when: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pakat.cli import _import

    monkeypatch.setattr(_import, "SETTLE_QUIET", 0.05)
    list_uid = sb.create_list()
    people = tmp_path / "people.csv"
    people.write_text("EMAIL\nali@example.com\nsara@example.com\n", encoding="utf-8")
    sb.faults.drop_connection(1, when=when)  # the bulk request's answer is lost
    run = pakat("subscribers", "add-batch", list_uid, str(people), "--json")
    absent = [] if when == "after" else ["ali@example.com", "sara@example.com"]
    assert json.loads(run.stdout) == {
        "outcome_unknown": True,
        "on_the_list": 2 - len(absent),
        "absent": absent,
    }
    assert run.exit_code == (1 if absent else 0)
    assert "nothing is sent again" in run.stderr
    assert sb.counters["createSubscribersBulk"] == 1  # sent once, never again


def test_subscribers_import_prints_json(pakat: Invoke, sb: Sandbox, tmp_path: Path) -> None:
    list_uid = sb.create_list()
    people = tmp_path / "people.csv"
    people.write_text("EMAIL,FNAME\nali@example.com,علی\nnot-an-address,x\n", encoding="utf-8")
    run = pakat("subscribers", "import", list_uid, str(people), "--json")
    assert run.exit_code == 1
    summary = json.loads(run.stdout)
    assert (summary["created"], summary["failed"], summary["rejected_file"]) == (
        1,
        1,
        str(tmp_path / "people.rejected.csv"),
    )


# --- templates and campaigns ------------------------------------------------------------------------


def test_templates_from_html_and_zip(pakat: Invoke, client: Pakat, tmp_path: Path) -> None:
    page = tmp_path / "welcome.html"
    page.write_text(HTML, encoding="utf-8")
    template_uid = ok(pakat("templates", "create", "خوش‌آمد", "--html", str(page))).strip()
    assert ok(pakat("templates", "show", template_uid, "--html")).strip() == HTML
    archive = tmp_path / "welcome.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("index.html", "<p>از زیپ</p>")
    zipped_uid = data(pakat("templates", "create", "Zipped", "--archive", str(archive), "--json"))[
        "template_uid"
    ]
    assert "از زیپ" in str(client.templates.get(zipped_uid).content)
    ok(pakat("templates", "update", zipped_uid, "--name", "Renamed", "--html", str(page)))
    assert client.templates.get(zipped_uid).name == "Renamed"
    assert [r["template_uid"] for r in data(pakat("templates", "ls", "--name", "renamed", "--json"))] == [
        zipped_uid
    ]
    ok(pakat("templates", "delete", zipped_uid))
    neither = pakat("templates", "create", "Empty")
    assert neither.exit_code == 2 and "--html FILE or --archive" in neither.stderr


def _campaign(pakat: Invoke, list_uid: str, page: Path, *more: str) -> Any:
    return pakat(
        "campaigns", "create", "--name", "Nowruz", "--list", list_uid, "--subject", "نوروز مبارک",
        "--from-name", "Pakat", "--from-email", "news@example.com", "--reply-to", "news@example.com",
        "--html", str(page), *more,
    )  # fmt: skip


def test_campaign_scheduled_in_the_jalali_calendar(pakat: Invoke, sb: Sandbox, tmp_path: Path) -> None:
    list_uid = sb.create_list()
    page = tmp_path / "nowruz.html"
    page.write_text(HTML, encoding="utf-8")

    dry = _campaign(pakat, list_uid, page, "--at", "۱۴۰۶/۰۱/۰۲ ۰۹:۰۰", "--dry-run")
    assert ok(dry) == (
        "Would be scheduled for 1406/01/02 09:00 (Jalali) in Asia/Tehran: 2027-03-22 09:00+03:30 (Gregorian), "
        "2027-03-22 05:30 UTC; nothing sent (--dry-run).\n"
    )
    assert sb.counters["createCampaign"] == 0

    run = _campaign(
        pakat, list_uid, page, "--at", "۱۴۰۶/۰۱/۰۲ ۰۹:۰۰", "--option", "url_tracking=yes", "--json"
    )
    created = data(run)
    assert run.stderr.startswith("Scheduled for 1406/01/02 09:00 (Jalali) in Asia/Tehran")
    assert created["send_at"]["send_at_utc"] == "2027-03-22T05:30:00+00:00"
    stored = sb.campaign(created["campaign_uid"])
    assert stored["send_at"] == "2027-03-22 05:30:00"
    assert stored["options"]["url_tracking"] == "yes"

    past = _campaign(pakat, list_uid, page, "--at", "۱۴۰۰/۰۱/۰۱ ۰۹:۰۰")
    assert past.exit_code == 2
    assert "1400/01/01 09:00 (Jalali) in Asia/Tehran: 2021-03-21 09:00+03:30 (Gregorian)" in past.stderr
    assert "is already past" in past.stderr
    assert sb.counters["createCampaign"] == 1


def test_campaign_life(pakat: Invoke, client: Pakat, sb: Sandbox, tmp_path: Path) -> None:
    list_uid = sb.create_list()
    [subscriber_uid] = sb.seed_subscribers(list_uid, 1)
    page = tmp_path / "news.html"
    page.write_text(HTML + '<a href="https://example.com/nowruz">نوروز</a>', encoding="utf-8")
    campaign_uid = ok(_campaign(pakat, list_uid, page, "--at", "2031-01-01 09:00")).strip()

    assert data(pakat("campaigns", "pause", campaign_uid, "--json"))["status"] == "paused"
    assert (
        ok(pakat("campaigns", "pause", campaign_uid)) == f"Campaign {campaign_uid} is paused.\n"
    )  # stays so
    assert data(pakat("campaigns", "unpause", campaign_uid, "--json"))["status"] == "sending"
    ok(pakat("campaigns", "pause", campaign_uid))  # a sending campaign cannot be marked sent
    copy_uid = ok(pakat("campaigns", "copy", campaign_uid)).strip()
    assert copy_uid != campaign_uid
    ok(pakat("campaigns", "update", copy_uid, "--subject", "Updated", "--at", "2031-02-01 09:00 Z"))
    assert sb.campaign(copy_uid)["send_at"] == "2031-02-01 09:00:00"
    assert ok(pakat("campaigns", "delete", copy_uid)) == f"Deleted campaign {copy_uid}.\n"

    assert ok(pakat("campaigns", "mark-sent", campaign_uid)) == f"Campaign {campaign_uid} is sent.\n"
    not_paused = pakat("campaigns", "unpause", campaign_uid)
    assert not_paused.exit_code == 1 and "is sent: there is nothing to resume" in not_paused.stderr
    assert data(pakat("campaigns", "stats", campaign_uid, "--json"))["campaign_status"] == "sent"

    # Delivery logs, to a table, JSON and a CSV file.
    logs = tmp_path / "logs.csv"
    assert (
        ok(pakat("campaigns", "delivery-logs", campaign_uid, "--output", str(logs)))
        == f"Wrote 1 delivery logs to {logs}\n"
    )
    [row] = csv.DictReader(io.StringIO(logs.read_text(encoding="utf-8-sig")))
    assert row["status"] == "success" and row["subscriber_uid"] == subscriber_uid
    assert data(pakat("campaigns", "delivery-log", row["email_message_id"], "--json"))["status"] == "success"

    # Tracking, bounces and unsubscribes.
    ok(pakat("campaigns", "track-open", campaign_uid, subscriber_uid))
    [(hash_, url)] = sb.campaign_urls(campaign_uid).items()  # its links are known once it is sent
    assert ok(pakat("campaigns", "track-click", campaign_uid, subscriber_uid, hash_)).strip() == url
    bounce = data(pakat("campaigns", "bounce", campaign_uid, subscriber_uid, "--type", "soft", "--json"))
    assert bounce["bounce_type"] == "soft"
    assert [b["bounce_type"] for b in data(pakat("campaigns", "bounces", campaign_uid, "--json"))] == ["soft"]
    ok(pakat("campaigns", "track-unsubscribe", campaign_uid, subscriber_uid, "--reason", "بس است"))
    assert [u["reason"] for u in data(pakat("campaigns", "unsubscribes", campaign_uid, "--json"))] == [
        "بس است"
    ]
    assert sb.counters["trackCampaignOpening"] == 1


# --- transactional email, account -------------------------------------------------------------------


def test_transactional_send_jalali_list_show_delete(pakat: Invoke, sb: Sandbox, tmp_path: Path) -> None:
    page = tmp_path / "receipt.html"
    page.write_text("<p>سفارش شما ثبت شد.</p>", encoding="utf-8")
    receipt = tmp_path / "receipt.pdf"
    receipt.write_bytes(b"%PDF-1.4 receipt")
    run = pakat(
        "transactional", "send", "--to", "ali@example.com", "--to-name", "علی", "--from-name", "فروشگاه",
        "--subject", "رسید", "--html", str(page), "--attach", str(receipt), "--at", "١٤٠٦/٠١/٠٢ ٠٩:٠٠",
    )  # fmt: skip
    email_uid = ok(run).strip()
    [email] = sb.outbox()
    assert (email["email_uid"], email["send_at"]) == (email_uid, "2027-03-22 05:30:00")  # UTC on the wire
    assert [r["email_uid"] for r in data(pakat("transactional", "ls", "--json"))] == [email_uid]
    assert data(pakat("transactional", "show", email_uid, "--json"))["status"] == "unsent"
    ok(pakat("transactional", "delete", email_uid))
    assert sb.outbox() == []
    neither = pakat("send", "--to", "a@example.com", "--to-name", "A", "--from-name", "B", "--subject", "S")
    assert neither.exit_code == 2 and "--html FILE or --template UID" in neither.stderr


def test_account_commands(pakat: Invoke, sb: Sandbox) -> None:
    countries = data(pakat("countries", "ls", "--json"))
    iran = next(c for c in countries if c["code"] == "IR")
    zones = data(pakat("countries", "zones", iran["country_id"], "--json"))
    assert any(zone["name"] == "Tehran" for zone in zones)
    assert ok(pakat("delivery-servers", "ls")).startswith("No delivery servers")
    assert data(pakat("sending-domains", "show", "example.com", "--json"))["verified"] == "yes"
    customer = data(
        pakat(
            "customers", "create", "--first-name", "Ali", "--last-name", "Rezaei", "--email", "ali@example.com",
            "--password", "s3cret-Passw0rd", "--timezone", "Asia/Tehran", "--birth-date", "1990-01-01",
            "--company-name", "ACME", "--country", iran["name"], "--zone", "Tehran", "--city", "Tehran",
            "--zip-code", "12345", "--address-1", "Valiasr St", "--json",
        )
    )  # fmt: skip
    assert customer["customer_uid"]


def test_delivery_server_show(pakat: Invoke) -> None:
    servers = [
        {"type": "smtp", "name": "Own", "hostname": "smtp.example.com", "status": "active", "server_id": 7}
    ]
    with Sandbox(delivery_servers=servers) as sb:
        shown = pakat(
            "delivery-servers",
            "show",
            "7",
            "--json",
            "--api-key",
            sb.api_key,
            "--base-url",
            sb.url,
            connect=False,
        )
        assert data(shown)["hostname"] == "smtp.example.com"
        assert "smtp.example.com" in ok(
            pakat("delivery-servers", "ls", "--api-key", sb.api_key, "--base-url", sb.url, connect=False)
        )
