"""An offline, stateful Pakat API for tests and benchmarks.

    from pakat import Pakat
    from pakat.testing import Sandbox

    with Sandbox() as sb, Pakat(api_key=sb.api_key, base_url=sb.url) as client:
        list_uid = client.lists.create(name="News", description="...", from_name="Me",
                                       from_email="me@example.com", reply_to="me@example.com")
        sb.faults.fail_next(2, status=429, retry_after=1)   # the next two requests get 429
        ...
        assert sb.processed["createSubscriber"] == 1

The sandbox serves every operation of ``openapi.json`` under ``sb.url`` (``http://127.0.0.1:PORT/api``)
the way Pakat does: the key checked (``X-API-KEY``, or the ``X-MW-PUBLIC-KEY`` of MailWizz 1.x
clients; a missing or wrong key answers 400, as MailWizz does), multipart POST and urlencoded PUT
bodies with bracketed names, method override as Yii reads it (a POST's ``_method`` field; the
``X-HTTP-Method-Override`` header picks the route, but write actions refuse it), base64 content
decoded, values trimmed and stripped of tags, Pakat's envelopes, 404 and 422 shapes, JSON as PHP's
json_encode writes it, ``ETag`` and 304 on collections and objects, no 405 (a verb a path does not
take reads it as ``controller/action``, as Yii does). State lives in SQLite (in memory, or a file
given as ``path``). Nothing is ever sent.

Account knobs (keywords of ``Sandbox``, changed while serving with ``sb.configure(...)``):
``offline``, ``account_status``, ``api_enabled``, ``key_permissions``, ``allowed_ips`` /
``denied_ips`` and ``key_allowed_ips`` / ``key_denied_ips``, ``language="fa"``, ``per_page_max``,
``post_max_size`` and ``max_input_vars``; each refuses as the server does, in its order.

Fault knobs (``sb.faults``, a :class:`Faults`): ``latency(seconds)``, ``fail_next(n, status,
retry_after)``, ``fail_fraction(p, status, seed)``, ``drop_connection(n, when="before"|"after")``,
``drop_fraction(p, when, seed)``, ``rate_limit(per_second, burst)`` (429 with ``Retry-After``),
``malformed_json(n)``, ``html_page(n, status)``, ``clear()``. Observation: ``sb.counters`` and
``sb.processed`` (operationId -> requests), ``sb.connections_accepted``, ``sb.reset_counters()``,
``sb.outbox()``, ``sb.campaign_urls(uid)``, ``sb.campaign(uid)`` (a campaign's stored HTML, options
and settings, which no API answer shows). Data: ``sb.create_list()``, ``sb.seed_subscribers()``,
``sb.add_delivery_log()``. Account settings are ``Sandbox(...)`` keywords (quota, verified sending
domains, limits, blacklist, transactional attachment limits, customer sign-up, the account's own
delivery servers; see :class:`Sandbox`). Transactional emails stay ``unsent`` until
``sb.deliver_transactional_emails()`` does what the server's send job does;
``sb.add_to_blacklist(address)`` blacklists from then on.
``python -m pakat.testing --port 8080`` (the same command as ``pakat sandbox``) runs one in the
foreground, with every option and the fault knobs ``--latency``, ``--error-rate``,
``--drop-rate`` and ``--rate-limit``; ``--help`` lists them.

The sandbox's own protections, as a front server's (not Pakat's behaviour): ``max_connections``
(64) served at once, more wait to be accepted; a body over ``max_body_size`` (64 MiB) answered 413
before it is read; at most ``max_body_memory`` (256 MiB) of bodies held at once, more wait for
room; malformed framing 400, an unknown ``Transfer-Encoding`` 501. A client that resets leaves one
line on the ``pakat.testing`` logger, never a traceback. See :class:`Sandbox`.

Importing this package is cheap: the server and its database load on first use of ``Sandbox``.
``import pakat`` never imports it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._links import url_hash

if TYPE_CHECKING:
    from ._faults import Faults
    from ._sandbox import Sandbox

__all__ = ["Faults", "Sandbox", "url_hash"]


def __getattr__(name: str) -> Any:
    if name == "Sandbox":
        from ._sandbox import Sandbox

        return Sandbox
    if name == "Faults":
        from ._faults import Faults

        return Faults
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
