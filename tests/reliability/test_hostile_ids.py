"""Ids of each kind: what `require_uid` refuses, and that what it lets through fits the sandbox's
routes (every facade method is attacked with hostile ids in tests/_async/reliability/test_hostile_ids.py).
"""

from __future__ import annotations

import re

import pytest

from pakat._validate import require_uid
from pakat.testing._routing import PARAM_PATTERNS
from tests._async.reliability.test_hostile_ids import ID_PARAMS


@pytest.mark.parametrize(
    ("param", "value"),
    [
        ("email_message_id", "<..>"),
        ("email_message_id", "<.>"),
        ("email_message_id", "<>"),
        ("email_message_id", " <a@b.example>"),
        ("email_message_id", ".hidden@b.example"),
        ("domain", "example.com."),
        ("domain", ".example.com"),
        ("domain", "a..example.com"),
        ("domain", "news@example.com"),
        ("domain", "x" * 254),
        ("list_uid", "x" * 65),
        ("field_id", "1" * 21),
    ],
)
def test_kind_specific_hostile_ids(param: str, value: str) -> None:
    with pytest.raises(ValueError, match=re.escape(param)):
        require_uid(value, param)


def test_what_the_facade_takes_the_sandbox_routes() -> None:
    """Each id the facade lets through fits the route pattern the sandbox (and MailWizz) uses."""
    routed = {"domain": "domain_name"}
    for param, good in ID_PARAMS.items():
        pattern = PARAM_PATTERNS[routed.get(param, param)]
        for code in range(0x20, 0x3000):
            value = good[:2] + chr(code) + good[2:]
            try:
                accepted = require_uid(value, param)
            except ValueError:
                continue
            assert pattern.fullmatch(accepted), (param, value)
