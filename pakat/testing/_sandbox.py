"""The :class:`Sandbox`: an offline, stateful Pakat API on a local port."""

from __future__ import annotations

import dataclasses
import ipaddress
import json
import os
import secrets
import sqlite3
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from types import TracebackType
from typing import Any
from zoneinfo import ZoneInfo

from ._api._common import get_campaign, get_list
from ._api.subscribers import add_to_blacklist
from ._api.transactional import deliver_due, load_email
from ._faults import Faults
from ._input import clean
from ._limits import Limits
from ._routing import REQUIRED_CAMPAIGN_TAGS, ROUTER, ApiError, Config, Context, Request
from ._server import API_PREFIX, App, SandboxHTTPServer
from ._store import Store, fast_uids, now

__all__ = ["Sandbox"]


class _Default:
    """The type of a keyword left at its default."""


_DEFAULT = _Default()


class Sandbox:
    """An offline Pakat: the whole API of ``openapi.json`` under ``{url}``, state in SQLite.

    ``path`` is an SQLite file (state survives a restart with the same path) or None for an
    in-memory database. ``api_key`` is the key every request must send as ``X-API-KEY`` (or, as
    MailWizz 1.x clients do, as ``X-MW-PUBLIC-KEY``; creating a customer needs none); when not
    given a random one is made (and, with a ``path``, kept in the file for the next start).
    ``port=0`` picks a free port. ``quota_allowed`` is the quota's limit (None: unlimited, sent as
    "∞"). ``verified_domains`` are sending domains besides example.com; transactional emails must
    come from one of them unless ``check_sender_domain`` is False (stock MailWizz does not check).
    ``timezone`` is the account's time zone (dates the server formats for
    display, such as a segment's ``date_added``). ``max_custom_fields_per_list`` (None: no limit)
    and ``max_segment_conditions`` (3, the server's default) are the limits of the account's
    customer group.

    The account's campaign settings: ``timezone`` (campaign ``send_at`` is read in it and campaign
    dates are shown in it); ``required_campaign_tags``, the tags campaign HTML must contain, by
    default what a stock MailWizz requires, ``[COMPANY_FULL_ADDRESS]`` and ``[UNSUBSCRIBE_URL]``
    (or ``[UNSUBSCRIBE_LINK]``, ``[DIRECT_UNSUBSCRIBE_URL]``, ``[DIRECT_UNSUBSCRIBE_LINK]``); pass
    ``()`` for an account that requires none (Pakat's own setting is not known);
    ``max_campaigns`` and ``max_active_campaigns``, the limits of the account's group (None:
    unlimited), over which a new campaign is refused with a 403.

    The account's limits default to none: ``max_lists`` (a create beyond it answers 422),
    ``max_subscribers`` (distinct addresses over all lists) and ``max_subscribers_per_list`` (a
    subscriber create beyond either answers 409). ``account_company`` is the company the server
    copies into every list created or updated (a Tehran company by default; None for an account
    without one, so that lists must send ``company[...]`` fields). ``blacklist`` holds addresses
    no list may take (409); :meth:`add_to_blacklist` adds more later.

    Account and server settings, each defaulting to a plain Pakat account: transactional
    attachments ``attachments_enabled`` (off: silently dropped, MailWizz's default),
    ``max_attachments`` (3, Pakat's figure; MailWizz's default is 5), ``attachment_max_size``
    (bytes, 1 MiB) and ``attachment_extensions`` (MailWizz's default list); customer sign-up
    through the API ``customer_registration`` (off: 400) and ``customer_company_required`` (on:
    the company fields are checked, the country and zone by name); ``delivery_servers``, the
    servers the account owns (mappings with ``type``, ``name``, ``hostname``, ``status`` and
    optionally ``server_id``; none by default, as most accounts send through the system's).

    Server and account switches, each refusing as the server does and in its order (see
    docs/server-behaviour.md, "Cross-cutting"; :meth:`configure` changes them while serving):
    ``offline`` (503 "Service Unavailable." for every path), ``allowed_ips`` / ``denied_ips``
    (the server's IP lists, every path), ``key_allowed_ips`` / ``key_denied_ips`` (the key's own,
    after the key is found; IP lists hold addresses or networks such as "10.0.0.0/8"),
    ``account_status`` (anything but "active" is refused), ``api_enabled`` (the customer
    group's API switch) and ``key_permissions`` (the operationIds the key may call, as MailWizz
    2.2.9+ keys with permissions have; None: all). ``language="fa"`` answers the messages the
    server translates for a Persian account in Persian. ``per_page_max`` is the largest page a
    collection makes (50, MailWizz 2.1.13's; 1000 from 2.3.6). ``post_max_size`` and
    ``max_input_vars`` apply PHP's body limits (None: not applied; Pakat's values are unknown).

    The sandbox's own protections, what a front server does before PHP runs (they are not
    MailWizz's behaviour): ``max_connections`` (64) are served
    at once, more wait unaccepted until a place frees up (idle keep-alive connections are closed
    to make room); a body over ``max_body_size`` (64 MiB; a chunked one counted with its framing)
    is answered 413 and its connection closed, before it is read; at most ``max_body_memory``
    (256 MiB, at least ``max_body_size``) bytes of bodies are held at once, and a body waits for
    room (503 after 30 s without). ``post_max_size`` applies to bodies within ``max_body_size``:
    one over it is read and arrives with no fields, as PHP does; one over ``max_body_size`` never
    reaches PHP. Malformed framing (a chunk size such as ``-1``, a ``Content-Length`` that is
    not digits) is 400, an unknown ``Transfer-Encoding`` 501. A client that resets or sends
    garbage leaves one line on the ``pakat.testing`` logger (INFO), never a traceback; a sandbox
    bug still answers 500 and prints its traceback.

    Use it as a context manager, or call :meth:`start` and :meth:`close`. The server runs in a
    daemon thread, one thread per connection, and speaks HTTP/1.1 with keep-alive. Nothing is ever
    sent: campaigns are "delivered" to their confirmed subscribers when marked sent, transactional
    emails are recorded (see :meth:`outbox`).

    Fault knobs are on :attr:`faults` (see :class:`pakat.testing.Faults`); :attr:`counters`,
    :attr:`processed` and :attr:`connections_accepted` tell what the sandbox received.
    """

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        api_key: str | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        quota_allowed: int | None = 10_000,
        verified_domains: Iterable[str] = (),
        timezone: str = "Asia/Tehran",
        max_custom_fields_per_list: int | None = None,
        max_segment_conditions: int = 3,
        required_campaign_tags: Iterable[str] = REQUIRED_CAMPAIGN_TAGS,
        max_campaigns: int | None = None,
        max_active_campaigns: int | None = None,
        max_lists: int | None = None,
        max_subscribers: int | None = None,
        max_subscribers_per_list: int | None = None,
        account_company: Mapping[str, Any] | _Default | None = _DEFAULT,
        blacklist: Iterable[str] = (),
        check_sender_domain: bool = True,
        attachments_enabled: bool = True,
        max_attachments: int = 3,
        attachment_max_size: int = 1_048_576,
        attachment_extensions: Iterable[str] | None = None,
        customer_registration: bool = True,
        customer_company_required: bool = True,
        delivery_servers: Iterable[Mapping[str, Any]] = (),
        offline: bool = False,
        account_status: str = "active",
        api_enabled: bool = True,
        key_permissions: Iterable[str] | None = None,
        allowed_ips: Iterable[str] = (),
        denied_ips: Iterable[str] = (),
        key_allowed_ips: Iterable[str] = (),
        key_denied_ips: Iterable[str] = (),
        language: str = "en",
        per_page_max: int = 50,
        post_max_size: int | None = None,
        max_input_vars: int | None = None,
        max_connections: int = Limits.max_connections,
        max_body_size: int = Limits.max_body_size,
        max_body_memory: int = Limits.max_body_memory,
    ) -> None:
        self.path = os.fspath(path) if path is not None else None
        self.host = host
        self.port = port
        self.faults = Faults()
        server_limits = Limits(max_connections, max_body_size, max_body_memory)  # checked before a file opens
        self._store = Store(self.path)
        self.api_key = api_key if api_key is not None else self._stored_key()
        domains = ["example.com", *(d.strip().lower() for d in verified_domains)]
        self._app = App(self._store, self.api_key, self.faults, server_limits)
        ZoneInfo(timezone)  # an unknown zone fails here, not in the first campaign call
        limits: dict[str, Any] = {
            "max_lists": max_lists,
            "max_subscribers": max_subscribers,
            "max_subscribers_per_list": max_subscribers_per_list,
        }
        if not isinstance(account_company, _Default):
            limits["account_company"] = None if account_company is None else dict(account_company)
        self._app.config = Config(
            base_url="",
            quota_allowed=quota_allowed,
            verified_domains=tuple(dict.fromkeys(domains)),
            timezone=timezone,
            max_custom_fields_per_list=max_custom_fields_per_list,
            max_segment_conditions=max_segment_conditions,
            required_campaign_tags=(
                (required_campaign_tags,)
                if isinstance(required_campaign_tags, str)
                else tuple(required_campaign_tags)
            ),
            max_campaigns=max_campaigns,
            max_active_campaigns=max_active_campaigns,
            **limits,
            check_sender_domain=check_sender_domain,
            attachments_enabled=attachments_enabled,
            max_attachments=max_attachments,
            attachment_max_size=attachment_max_size,
            attachment_extensions=(
                Config.attachment_extensions
                if attachment_extensions is None
                else tuple(ext.strip().lstrip(".").lower() for ext in attachment_extensions)
            ),
            customer_registration=customer_registration,
            customer_company_required=customer_company_required,
            delivery_servers=_delivery_servers(delivery_servers),
        )
        if blacklist:
            self.add_to_blacklist(*blacklist)
        self.configure(
            offline=offline,
            account_status=account_status,
            api_enabled=api_enabled,
            key_permissions=key_permissions,
            allowed_ips=allowed_ips,
            denied_ips=denied_ips,
            key_allowed_ips=key_allowed_ips,
            key_denied_ips=key_denied_ips,
            language=language,
            per_page_max=per_page_max,
            post_max_size=post_max_size,
            max_input_vars=max_input_vars,
        )
        self._server: SandboxHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._closed = False

    def configure(self, **settings: Any) -> None:
        """Change the server and account settings of the cross-cutting keywords (``offline``,
        ``account_status``, ``api_enabled``, ``key_permissions``, the four IP lists,
        ``language``, ``per_page_max``, ``post_max_size``, ``max_input_vars``), also while
        serving: ``sandbox.configure(offline=True)`` takes the API offline from the next request."""
        changes: dict[str, Any] = {}
        for name, value in settings.items():
            if name not in _SETTINGS:
                raise TypeError(f"configure() got an unexpected keyword argument {name!r}")
            changes[name] = _SETTINGS[name](value)
        self._app.config = dataclasses.replace(self._app.config, **changes)

    def _stored_key(self) -> str:
        with self._store.transaction() as db:
            row = db.execute("SELECT value FROM meta WHERE key = 'api_key'").fetchone()
            if row is not None:
                return str(row[0])
            key = secrets.token_urlsafe(24)
            db.execute("INSERT INTO meta (key, value) VALUES ('api_key', ?)", (key,))
            return key

    # Lifecycle ------------------------------------------------------------------------------

    def start(self) -> Sandbox:
        """Bind and serve in a background thread; returns the sandbox. A stopped sandbox may be
        started again: it keeps its state and rebinds the port it had."""
        if self._closed:
            raise RuntimeError("this Sandbox is closed")
        if self._server is not None:
            return self
        server = SandboxHTTPServer((self.host, self.port), self._app)
        self.port = server.server_address[1]
        self._app.config = dataclasses.replace(self._app.config, base_url=self.url)
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, name="pakat-sandbox", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and cut open connections; the state is kept and :meth:`start` resumes."""
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        self._app.close_connections()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def close(self) -> None:
        """Stop and close the database. An in-memory state is gone; a file stays for a new Sandbox."""
        if self._closed:
            return
        self.stop()
        self._store.close()
        self._closed = True

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @property
    def url(self) -> str:
        """The API's base URL, such as ``http://127.0.0.1:PORT/api``."""
        if self._server is None and self.port == 0:
            raise RuntimeError("the Sandbox is not started")
        host = "127.0.0.1" if self.host in ("", "0.0.0.0") else self.host
        return f"http://{host}:{self.port}{API_PREFIX}"

    @property
    def running(self) -> bool:
        return self._server is not None

    # What was received ----------------------------------------------------------------------

    @property
    def counters(self) -> Counter[str]:
        """operationId -> requests received (a snapshot), counting faulted and rejected ones."""
        return self._app.counters()

    @property
    def processed(self) -> Counter[str]:
        """operationId -> requests whose handler succeeded (2xx), so their state change applied.
        A request dropped with ``drop_connection(when="after")`` counts here; one failed with
        ``fail_next`` does not."""
        return self._app.processed()

    @property
    def connections_accepted(self) -> int:
        """TCP connections accepted since the start (or :meth:`reset_counters`)."""
        return self._app.connections_accepted

    def reset_counters(self) -> None:
        """Zero :attr:`counters`, :attr:`processed` and :attr:`connections_accepted`."""
        self._app.reset_counters()

    # Helpers for tests and benchmarks -------------------------------------------------------

    def create_list(self, name: str = "Sandbox list", **fields: str) -> str:
        """Create a list without HTTP, as ``createList`` would; returns its uid. ``fields`` add or
        override form fields by wire name: ``create_list("News", **{"company[name]": "ACME"})``.

        Unlike a list created through the API (double opt-in unless told otherwise, so new
        subscribers are ``unconfirmed``), this list is single opt-in: subscribers added to it are
        ``confirmed`` at once. Pass ``**{"general[opt_in]": "double"}`` for the server's default.
        """
        form = {
            "general[name]": name,
            "general[description]": name,
            "general[opt_in]": "single",
            "defaults[from_name]": "Sandbox",
            "defaults[from_email]": "sender@example.com",
            "defaults[reply_to]": "sender@example.com",
            **fields,
        }
        body = self._call("createList", form)
        return str(body["list_uid"])

    def seed_subscribers(
        self, list_uid: str, count: int, *, status: str = "confirmed", domain: str = "example.org"
    ) -> list[str]:
        """Insert ``count`` subscribers into a list in one transaction; returns their uids.

        Emails are ``seed<N>@<domain>`` with N unique in the sandbox, FNAME ``First <N>``, LNAME
        ``Last <N>``, source import. Fast: 100,000 take about a second.
        """
        with self._store.transaction() as db:
            try:
                list_row = get_list(db, list_uid)
            except ApiError as exc:
                raise KeyError(list_uid) from exc
            tags = {
                row["tag"]: row["id"]
                for row in db.execute("SELECT id, tag FROM fields WHERE list_id = ?", (list_row["id"],))
            }
            start = db.execute("SELECT COALESCE(MAX(id), 0) FROM subscribers").fetchone()[0] + 1
            uids = fast_uids(count)
            stamp = now()
            first, last = tags.get("FNAME"), tags.get("LNAME")

            def values(n: int) -> str:
                pairs = {str(first): f"First {n}"} if first else {}
                if last:
                    pairs[str(last)] = f"Last {n}"
                return json.dumps(pairs)

            db.executemany(
                "INSERT INTO subscribers (uid, list_id, email, status, source, ip_address, date_added, fields) "
                "VALUES (?, ?, ?, ?, 'import', '127.0.0.1', ?, ?)",
                (
                    (uid, list_row["id"], f"seed{start + i}@{domain}", status, stamp, values(start + i))
                    for i, uid in enumerate(uids)
                ),
            )
        return uids

    def add_to_blacklist(self, *emails: str) -> None:
        """Put addresses on the account's email blacklist: creating a subscriber with one answers
        409 "This email address is blacklisted.", as does updating one; a transactional email to
        one is refused, and one already waiting is dropped when it would be delivered."""
        with self._store.transaction() as db:
            for email in emails:
                add_to_blacklist(db, email.strip(), "Added by the sandbox")

    @contextmanager
    def holding_lock(self, list_uid: str, email: str) -> Iterator[None]:
        """Inside the block, another write of ``email`` to the list holds the server's lock: a
        create of that address there answers 409 "Unable to acquire the mutex lock, please try
        again." (nothing done; safe to repeat)."""
        key = (list_uid, email)
        config = self._app.config
        self._app.config = dataclasses.replace(config, held_locks=config.held_locks | {key})
        try:
            yield
        finally:
            config = self._app.config
            self._app.config = dataclasses.replace(config, held_locks=config.held_locks - {key})

    def set_list_state(
        self, list_uid: str, *, status: str | None = None, removable: bool | None = None
    ) -> None:
        """Change what only the operator changes on a list: its ``status`` (``"archived"`` or
        ``"pending-delete"`` hide it from the API, ``"active"`` shows it again) and whether a
        delete may remove it (``removable=False``: a delete answers success and keeps it)."""
        with self._store.transaction() as db:
            try:
                row = get_list(db, list_uid, any_status=True)
            except ApiError as exc:
                raise KeyError(list_uid) from exc
            document = json.loads(row["data"])
            if status is not None:
                document["status"] = status
            if removable is not None:
                document["removable"] = "yes" if removable else "no"
            db.execute("UPDATE lists SET data = ? WHERE id = ?", (json.dumps(document), row["id"]))

    def campaign_urls(self, campaign_uid: str) -> dict[str, str]:
        """The tracked links of a campaign: hash (for ``track-url``) -> destination URL."""
        with self._store.transaction() as db:
            try:
                campaign = get_campaign(db, campaign_uid)
            except ApiError as exc:
                raise KeyError(campaign_uid) from exc
            rows = db.execute(
                "SELECT hash, destination FROM campaign_urls WHERE campaign_id = ?", (campaign["id"],)
            ).fetchall()
        return {row["hash"]: row["destination"] for row in rows}

    def add_delivery_log(
        self,
        campaign_uid: str,
        subscriber_uid: str,
        *,
        status: str = "success",
        message: str = "OK",
        retries: int = 0,
        max_retries: int = 3,
        delivery_confirmed: str = "yes",
        email_message_id: str | None = None,
    ) -> str:
        """Log a delivery attempt of a campaign to a subscriber (of any list), as the server does
        when it sends, with any outcome: ``status`` "temporary-error", "giveup", or a value newer
        than the known ones. Returns the log's Message-ID (a fresh one unless given). Nothing is
        sent and the quota is not touched; marking a campaign sent logs a success for each of its
        subscribers not logged yet. A subscriber has at most one log per campaign: another raises
        ValueError, as do unknown uids."""
        with self._store.transaction() as db:
            try:
                campaign = get_campaign(db, campaign_uid)
            except ApiError as exc:
                raise KeyError(campaign_uid) from exc
            subscriber = db.execute("SELECT id FROM subscribers WHERE uid = ?", (subscriber_uid,)).fetchone()
            if subscriber is None:
                raise KeyError(subscriber_uid)
            message_id = email_message_id or f"{secrets.token_hex(20)}@sandbox.pakat.invalid"
            try:
                db.execute(
                    "INSERT INTO delivery_logs (campaign_id, subscriber_id, message, status, retries, max_retries, "
                    "email_message_id, delivery_confirmed, date_added) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        campaign["id"],
                        subscriber["id"],
                        message,
                        status,
                        retries,
                        max_retries,
                        message_id,
                        delivery_confirmed,
                        now(),
                    ),
                )
            except sqlite3.IntegrityError as exc:
                raise ValueError(
                    f"subscriber {subscriber_uid} already has a delivery log for campaign {campaign_uid}, "
                    f"or the Message-ID {message_id!r} is taken"
                ) from exc
        return message_id

    def campaign(self, campaign_uid: str) -> dict[str, Any]:
        """A campaign as the sandbox stores it, including what no API answer shows: ``campaign_id``
        (the number segment campaign conditions name), ``status``,
        ``name``, ``type``, ``list_uid``, ``segment_uid`` (None without one), the settings
        (``from_name``, ``from_email``, ``to_name``, ``reply_to``, ``subject``), ``send_at``
        (UTC, ``Y-m-d H:i:s``; None for a copy not yet scheduled), ``template`` (``content`` is
        the HTML, ``plain_text`` the text version, also ``name``, ``auto_plain_text``,
        ``minify``), ``options`` (by option name) and ``extra`` (fields the sandbox does not
        read). Deleted (pending-delete) campaigns are included. KeyError when there is none."""
        with self._store.transaction() as db:
            row = db.execute(
                "SELECT c.*, l.uid AS list_uid, s.uid AS segment_uid FROM campaigns c "
                "JOIN lists l ON l.id = c.list_id LEFT JOIN segments s ON s.id = c.segment_id WHERE c.uid = ?",
                (campaign_uid,),
            ).fetchone()
            if row is None:
                raise KeyError(campaign_uid)
        data: dict[str, Any] = json.loads(row["data"])
        return {
            "campaign_uid": row["uid"],
            "campaign_id": str(row["id"]),
            "name": row["name"],
            "type": row["type"],
            "status": row["status"],
            "list_uid": row["list_uid"],
            "segment_uid": row["segment_uid"],
            "date_added": row["date_added"],
            **data,
        }

    def outbox(self) -> list[dict[str, Any]]:
        """Every recorded transactional email, oldest first, decoded: ``body`` is the HTML text,
        ``attachments`` hold ``name``, ``type`` and ``data`` bytes; ``params`` and ``contact`` too."""
        with self._store.transaction() as db:
            rows = db.execute("SELECT * FROM transactional_emails ORDER BY id").fetchall()
            return [load_email(db, row) for row in rows]

    def deliver_transactional_emails(self) -> int:
        """Do what the server's send cron does: every unsent transactional email whose ``send_at``
        has passed becomes ``sent``, except those to a blacklisted address, which are deleted.
        Returns how many were marked sent. Until then every email stays ``unsent``."""
        with self._store.transaction() as db:
            return deliver_due(db, self._app.config)

    def _call(self, operation_id: str, form: dict[str, str], **params: str) -> dict[str, Any]:
        route = next(r for r in ROUTER.routes if r.operation_id == operation_id and not r.alias)
        # Values cleaned as the server cleans what arrives over HTTP (trimmed, tags stripped).
        cleaned = {name: clean(value) for name, value in form.items()}
        request = Request(method=route.method, operation_id=route.operation_id, params=params, form=cleaned)
        try:
            with self._store.transaction() as db:
                body: dict[str, Any] = route.handler(
                    Context(db, self._app.config, self._store.cache), request
                ).body
                return body
        except ApiError as exc:
            raise ValueError(f"{operation_id} failed: {exc.error}") from exc

    def __repr__(self) -> str:
        where = self.url if self.running else "stopped"
        return f"<Sandbox {where} path={self.path or ':memory:'}>"


def _delivery_servers(servers: Iterable[Mapping[str, Any]]) -> tuple[dict[str, str | None], ...]:
    """Servers as the server sends them: the five fields, numbers as strings, a missing name null."""
    out: list[dict[str, str | None]] = []
    for position, server in enumerate(servers, start=1):
        server_id = str(server.get("server_id", position))
        if not server_id.isdigit():
            raise ValueError(f"server_id must be a whole number, not {server_id!r}")
        name = server.get("name")
        out.append(
            {
                "server_id": server_id,
                "type": str(server.get("type", "smtp")),
                "name": None if name is None else str(name),
                "hostname": str(server.get("hostname", "")),
                "status": str(server.get("status", "active")),
            }
        )
    return tuple(out)


def _ips(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        raise TypeError("an IP list must be a list of addresses or networks, not one string")
    entries = tuple(str(entry).strip() for entry in value)
    for entry in entries:
        ipaddress.ip_network(entry, strict=False)  # ValueError names a bad entry here, not in a request
    return entries


def _permissions(value: Iterable[str] | None) -> frozenset[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        raise TypeError("key_permissions must be a list of operationIds, not one string")
    known = {route.operation_id for route in ROUTER.routes}
    chosen = frozenset(value)
    if chosen - known:
        raise ValueError(f"key_permissions names unknown operations: {', '.join(sorted(chosen - known))}")
    return chosen


def _language(value: str) -> str:
    if value not in ("en", "fa"):
        raise ValueError(f"language must be 'en' or 'fa', not {value!r}")
    return value


def _positive_or_none(name: str) -> Callable[[int | None], int | None]:
    def check(value: int | None) -> int | None:
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
            raise ValueError(f"{name} must be a whole number of 0 or more, or None")
        return value

    return check


def _per_page_max(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 10:
        raise ValueError(f"per_page_max must be a whole number of 10 or more, not {value!r}")
    return value


# Settings configure() changes: keyword -> its check (which returns the value Config holds).
_SETTINGS: dict[str, Callable[[Any], Any]] = {
    "offline": bool,
    "account_status": str,
    "api_enabled": bool,
    "key_permissions": _permissions,
    "allowed_ips": _ips,
    "denied_ips": _ips,
    "key_allowed_ips": _ips,
    "key_denied_ips": _ips,
    "language": _language,
    "per_page_max": _per_page_max,
    "post_max_size": _positive_or_none("post_max_size"),
    "max_input_vars": _positive_or_none("max_input_vars"),
}
