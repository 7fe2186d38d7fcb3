"""Messages in the account's language, for a sandbox whose account speaks Persian.

The server translates its messages once the key has told it whose account this is: everything
an action answers, but not the refusals of the key and IP checks, which come first. A client must
therefore branch on the status and the shape of an answer, and use the English words only as a
hint. This sandbox translates the messages below (written for it, not MailWizz's own language
pack): those the SDK reads words of (409 refusals of subscriber writes), "not found" answers and
the commonest validation message. Anything else stays English.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["translate"]

_PERSIAN: dict[str, str] = {
    "The subscriber already exists in this list.": "این مشترک از قبل در این فهرست هست.",
    "Another subscriber with this email address already exists in this list.": (
        "مشترک دیگری با این نشانی ایمیل در این فهرست هست."
    ),
    "Unable to acquire the mutex lock, please try again.": "قفل به دست نیامد؛ لطفاً دوباره تلاش کنید.",
    "This email address is blacklisted.": "این نشانی ایمیل در فهرست سیاه است.",
    "The maximum number of allowed subscribers has been reached.": "تعداد مشترکان به سقف مجاز رسیده است.",
    "The maximum number of allowed subscribers for this list has been reached.": (
        "تعداد مشترکان این فهرست به سقف مجاز رسیده است."
    ),
    "The subscriber does not exist in this list.": "این مشترک در این فهرست نیست.",
    "Only POST requests allowed for this endpoint.": "این نشانی فقط درخواست POST می‌پذیرد.",
    "Only PUT requests allowed for this endpoint.": "این نشانی فقط درخواست PUT می‌پذیرد.",
    "Only DELETE requests allowed for this endpoint.": "این نشانی فقط درخواست DELETE می‌پذیرد.",
    "Please provide the subscriber data.": "لطفاً اطلاعات مشترک را بفرستید.",
    "Please provide the subscriber email address.": "لطفاً نشانی ایمیل مشترک را بفرستید.",
    "Please provide a valid email address.": "لطفاً یک نشانی ایمیل معتبر بفرستید.",
}
# Yii's validators ("<label> cannot be blank.", "... is not a valid email address.") and the
# actions' "The <thing> does not exist." answers.
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"The .+ does not exist[.!]"), "آنچه خواستید وجود ندارد."),
    (re.compile(r"(.+) cannot be blank\."), r"\1 نباید خالی باشد."),
    (re.compile(r"(.+) is not a valid email address\."), r"\1 نشانی ایمیل معتبری نیست."),
)


def _text(message: str) -> str:
    if message in _PERSIAN:
        return _PERSIAN[message]
    for pattern, template in _PATTERNS:
        if pattern.fullmatch(message):
            return pattern.sub(template, message)
    return message


def translate(error: Any, language: str) -> Any:
    """An answer's ``error`` (a string, or objects and lists of strings) in ``language``."""
    if language != "fa":
        return error
    if isinstance(error, str):
        return _text(error)
    if isinstance(error, dict):
        return {key: translate(value, language) for key, value in error.items()}
    if isinstance(error, list):
        return [translate(value, language) for value in error]
    return error
