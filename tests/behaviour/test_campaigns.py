"""Campaigns: the rows `campaigns.*` of docs/server-behaviour.md, on the wire and through the facade.

The rows that a client's answer proves too are tested in tests/_async/behaviour/test_campaigns.py
(written once for both clients); the tests here stay on the wire.
"""

from __future__ import annotations

import base64
import io
import runpy
import zipfile
from zoneinfo import ZoneInfo

import httpx
import pytest

from pakat.testing import Sandbox
from tests._paths import ROOT
from tests.behaviour.conftest import answered, form, refused

TEHRAN = ZoneInfo("Asia/Tehran")
TAGS = '<p>[COMPANY_FULL_ADDRESS]</p><p><a href="[UNSUBSCRIBE_URL]">لغو اشتراک</a></p>'
HTML = f'<html dir="rtl"><body><h1>سلام [FNAME]</h1><a href="https://example.com/offer">پیشنهاد</a>{TAGS}</body></html>'
NOT_FOUND = "The campaign does not exist."
EMPTY_PAGE = {
    "count": None,
    "total_pages": None,
    "current_page": None,
    "next_page": None,
    "prev_page": None,
    "records": [],
}


def b64(data: str | bytes) -> str:
    return base64.b64encode(data.encode("utf-8") if isinstance(data, str) else data).decode("ascii")


def zipped(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def fields(list_uid: str, **changes: str | None) -> dict[str, str]:
    """A valid create form; a change of None leaves that field out."""
    base = {
        "campaign[name]": "خبرنامه هفتگی",
        "campaign[from_name]": "پاکات",
        "campaign[from_email]": "news@example.com",
        "campaign[subject]": "خبرنامهٔ این هفته",
        "campaign[reply_to]": "reply@example.com",
        "campaign[send_at]": "2025-03-21 09:00:00",
        "campaign[list_uid]": list_uid,
        "campaign[template][content]": b64(HTML),
    }
    for name, value in changes.items():
        key = name if name.startswith("campaign") else f"campaign[{name}]"
        if value is None:
            base.pop(key, None)
        else:
            base[key] = value
    return base


def post(wire: httpx.Client, list_uid: str, **changes: str | None) -> httpx.Response:
    return wire.post("/campaigns", files=form(fields(list_uid, **changes)))


def create(wire: httpx.Client, list_uid: str, **changes: str | None) -> str:
    return str(answered(post(wire, list_uid, **changes), 201)["campaign_uid"])


def set_status(sandbox: Sandbox, uid: str, status: str) -> None:
    """Put a campaign in a status no API call reaches (sending, processing, blocked, ...)."""
    with sandbox._store.transaction() as db:
        db.execute("UPDATE campaigns SET status = ? WHERE uid = ?", (status, uid))


def add_segment(sandbox: Sandbox, list_uid: str, name: str) -> str:
    uid = f"sg{abs(hash((list_uid, name))) % 10**11:011d}"
    with sandbox._store.transaction() as db:
        list_id = db.execute("SELECT id FROM lists WHERE uid = ?", (list_uid,)).fetchone()[0]
        db.execute(
            "INSERT INTO segments (uid, list_id, name, operator_match, conditions, campaign_conditions, date_added) "
            "VALUES (?, ?, ?, 'any', '[]', '[]', '2025-01-15 10:00:00')",
            (uid, list_id, name),
        )
    return uid


@pytest.fixture
def list_uid(sandbox: Sandbox) -> str:
    return sandbox.create_list("خبرنامه پاکات")


@pytest.mark.behaviour("campaigns.get.dates")
def test_a_midnight_send_time_in_another_timezone() -> None:
    with (
        Sandbox(timezone="Europe/London") as sandbox,
        httpx.Client(base_url=sandbox.url, headers={"X-API-KEY": sandbox.api_key}) as wire,
    ):
        list_uid = sandbox.create_list()
        uid = create(wire, list_uid, send_at="2025-07-01 00:30:00")
        assert sandbox.campaign(uid)["send_at"] == "2025-06-30 23:30:00"  # BST is UTC+1
        assert answered(wire.get(f"/campaigns/{uid}"), 200)["data"]["record"]["send_at"] == "7/1/25, 12:30 AM"


@pytest.mark.behaviour("campaigns.create.send-at-format")
@pytest.mark.parametrize(
    "send_at",
    [
        "2025-3-21 09:00:00",
        "2025-03-21 9:00:00",
        "2025-03-21 09:00",
        "2025-03-21T09:00:00",
        "2025-03-21 09:00:00+03:30",
        "2025-02-30 09:00:00",
        "2025-03-21 24:00:00",
        "tomorrow",
    ],
)
def test_send_at_must_be_exactly_y_m_d_h_i_s(wire: httpx.Client, list_uid: str, send_at: str) -> None:
    refused(post(wire, list_uid, send_at=send_at), 422, {"send_at": "The format of Send at is invalid."})


@pytest.mark.behaviour("campaigns.create.send-at-timezone", "campaigns.get.dates")
@pytest.mark.parametrize(
    ("zone", "send_at"),
    [("America/Los_Angeles", "9999-12-31 23:00:00"), ("Pacific/Kiritimati", "0001-01-01 00:00:00")],
)
def test_send_times_at_the_ends_of_the_calendar_are_answered(zone: str, send_at: str) -> None:
    with (
        Sandbox(timezone=zone) as sandbox,
        httpx.Client(base_url=sandbox.url, headers={"X-API-KEY": sandbox.api_key}) as wire,
    ):
        uid = create(wire, sandbox.create_list(), send_at=send_at)
        shown = answered(wire.get(f"/campaigns/{uid}"), 200)["data"]["record"]["send_at"]
        assert shown.endswith(("AM", "PM"))


@pytest.mark.behaviour("campaigns.create.list-missing")
def test_a_missing_list_is_a_string_422(wire: httpx.Client, list_uid: str) -> None:
    refused(
        post(wire, list_uid, **{"campaign[list_uid]": None}), 422, "Please provide a list for this campaign."
    )
    refused(
        post(wire, list_uid, **{"campaign[list_uid]": ""}), 422, "Please provide a list for this campaign."
    )


@pytest.mark.behaviour("campaigns.create.archive-empty")
def test_an_archive_decoding_to_nothing_is_refused(wire: httpx.Client, list_uid: str) -> None:
    refused(
        post(wire, list_uid, **{"campaign[template][content]": None, "campaign[template][archive]": "!!!!"}),
        422,
        "It does not seem that you have selected an archive.",
    )


@pytest.mark.behaviour("campaigns.create.required-tags")
def test_the_demo_and_the_quickstarts_html_satisfy_a_stock_server(capsys: pytest.CaptureFixture[str]) -> None:
    runpy.run_path(str(ROOT / "examples" / "quickstart.py"), run_name="not_main")["main"]()
    assert "campaign scheduled" in capsys.readouterr().out
    # tests/docs runs the quickstart page against a stock sandbox, which refuses HTML without them
    quickstart = (ROOT / "docs" / "guide" / "quickstart.md").read_text("utf-8")
    assert "[COMPANY_FULL_ADDRESS]" in quickstart and "[UNSUBSCRIBE_URL]" in quickstart


@pytest.mark.behaviour("campaigns.create.delivery-servers")
def test_delivery_servers_are_never_an_error(wire: httpx.Client, list_uid: str) -> None:
    for servers in ("1,2", "abc", "", "99999"):
        create(wire, list_uid, delivery_servers=servers)


# deleteCampaign ---------------------------------------------------------------------------------


@pytest.mark.behaviour("campaigns.delete.ok")
@pytest.mark.parametrize(
    "status", ["draft", "pending-sending", "paused", "sent", "blocked", "pending-approve"]
)
def test_delete_is_soft_and_hides_the_campaign_from_these_routes(
    wire: httpx.Client, sandbox: Sandbox, list_uid: str, status: str
) -> None:
    sandbox.seed_subscribers(list_uid, 2)
    uid = create(wire, list_uid, name="Nowruz")
    answered(wire.put(f"/campaigns/{uid}/mark-sent"), 200)  # so that it has delivery logs
    set_status(sandbox, uid, status)
    assert answered(wire.delete(f"/campaigns/{uid}"), 200) == {"status": "success"}
    assert (sandbox.campaign(uid)["name"], sandbox.campaign(uid)["status"]) == (
        "Nowruz(Deleted)",
        "pending-delete",
    )
    for method, path in (
        ("GET", ""),
        ("DELETE", ""),
        ("POST", "/copy"),
        ("PUT", "/pause-unpause"),
        ("PUT", "/mark-sent"),
        ("GET", "/stats"),
    ):
        refused(wire.request(method, f"/campaigns/{uid}{path}"), 404, NOT_FOUND)
    # Its delivery logs are still there for the activity routes.
    assert answered(wire.get(f"/campaigns/{uid}/delivery-logs"), 200)["data"]["count"] == "2"


# getCampaignStats -------------------------------------------------------------------------------

STATS_KEYS = [
    "campaign_status",
    "subscribers_count",
    "processed_count",
    "delivery_success_count",
    "delivery_success_rate",
    "delivery_error_count",
    "delivery_error_rate",
    "opens_count",
    "opens_rate",
    "unique_opens_count",
    "unique_opens_rate",
    "clicks_count",
    "clicks_rate",
    "unique_clicks_count",
    "unique_clicks_rate",
    "unsubscribes_count",
    "unsubscribes_rate",
    "complaints_count",
    "complaints_rate",
    "bounces_count",
    "bounces_rate",
    "hard_bounces_count",
    "hard_bounces_rate",
    "soft_bounces_count",
    "soft_bounces_rate",
    "internal_bounces_count",
    "internal_bounces_rate",
]


def _activity(
    sandbox: Sandbox,
    uid: str,
    *,
    errors: int,
    opens: list[int],
    clicks: list[int],
    bounces: list[str],
    unsubscribes: int,
) -> None:
    """Insert activity rows the API cannot make (error logs) or would shape differently."""
    with sandbox._store.transaction() as db:
        campaign_id, list_id = db.execute(
            "SELECT id, list_id FROM campaigns WHERE uid = ?", (uid,)
        ).fetchone()
        subscribers = [
            row[0]
            for row in db.execute("SELECT id FROM subscribers WHERE list_id = ? ORDER BY id", (list_id,))
        ]
        for subscriber in subscribers[:errors]:
            db.execute(
                "UPDATE delivery_logs SET status = 'error' WHERE campaign_id = ? AND subscriber_id = ?",
                (campaign_id, subscriber),
            )
        for index in opens:
            db.execute(
                "INSERT INTO opens (campaign_id, subscriber_id, ip_address, user_agent, date_added) "
                "VALUES (?, ?, '', '', '2025-01-15 10:00:00')",
                (campaign_id, subscribers[index]),
            )
        for index in clicks:
            db.execute(
                "INSERT INTO clicks (campaign_id, subscriber_id, hash, ip_address, user_agent, date_added) "
                "VALUES (?, ?, 'h', '', '', '2025-01-15 10:00:00')",
                (campaign_id, subscribers[index]),
            )
        for index, kind in enumerate(bounces):
            db.execute(
                "INSERT INTO bounces (campaign_id, subscriber_id, message, bounce_type, processed, date_added) "
                "VALUES (?, ?, 'x', ?, 'no', '2025-01-15 10:00:00')",
                (campaign_id, subscribers[-1 - index], kind),
            )
        for index in range(unsubscribes):
            db.execute(
                "INSERT INTO unsubscribes (campaign_id, subscriber_id, ip_address, user_agent, reason, note, "
                "date_added) VALUES (?, ?, '', '', '', '', '2025-01-15 10:00:00')",
                (campaign_id, subscribers[index]),
            )


@pytest.mark.behaviour("campaigns.stats.formulas")
def test_rates_follow_the_server_formulas(wire: httpx.Client, sandbox: Sandbox, list_uid: str) -> None:
    sandbox.seed_subscribers(list_uid, 12)
    uid = create(wire, list_uid)
    answered(wire.put(f"/campaigns/{uid}/mark-sent"), 200)
    _activity(
        sandbox,
        uid,
        errors=3,
        opens=[0, 0, 1, 2, 3],
        clicks=[0] * 4 + [1] * 4 + [2] * 4 + [3] * 4,
        bounces=["hard", "soft", "soft"],
        unsubscribes=1,
    )
    data = answered(wire.get(f"/campaigns/{uid}/stats"), 200)["data"]
    reached = 9 - 3  # delivered minus bounced
    assert (data["processed_count"], data["delivery_success_count"], data["delivery_error_count"]) == (
        12,
        9,
        3,
    )
    assert data["delivery_success_rate"] == 75 and data["delivery_error_rate"] == 25
    assert data["opens_count"] == 5 and data["opens_rate"] == 5 * 100 / reached
    assert data["unique_opens_count"] == 4 and data["unique_opens_rate"] == 4 * 100 / reached
    assert data["clicks_count"] == 16 and data["clicks_rate"] == 100  # capped
    assert data["unique_clicks_count"] == 4 and data["unique_clicks_rate"] == 4 / reached * 100
    assert data["unsubscribes_rate"] == 1 * 100 / 12 and data["bounces_rate"] == 25
    assert data["hard_bounces_rate"] == 1 * 100 / 3 and data["soft_bounces_rate"] == 2 * 100 / 3
    assert data["internal_bounces_rate"] == 0 and data["complaints_rate"] == 0


@pytest.mark.behaviour("campaigns.stats.formulas")
def test_a_zero_base_gives_zero(wire: httpx.Client, sandbox: Sandbox, list_uid: str) -> None:
    sandbox.seed_subscribers(list_uid, 2)
    uid = create(wire, list_uid)
    answered(wire.put(f"/campaigns/{uid}/mark-sent"), 200)
    _activity(sandbox, uid, errors=0, opens=[0], clicks=[0], bounces=["internal", "internal"], unsubscribes=0)
    data = answered(wire.get(f"/campaigns/{uid}/stats"), 200)["data"]
    assert (data["opens_count"], data["opens_rate"], data["clicks_rate"]) == (
        1,
        0,
        0,
    )  # delivered - bounced = 0
    assert data["internal_bounces_rate"] == 100
