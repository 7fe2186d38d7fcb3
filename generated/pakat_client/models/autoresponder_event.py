from typing import Literal

AutoresponderEvent = Literal[
    "AFTER-CAMPAIGN-OPEN", "AFTER-CAMPAIGN-SENT", "AFTER-SUBSCRIBE"
]

AUTORESPONDER_EVENT_VALUES: set[AutoresponderEvent] = {
    "AFTER-CAMPAIGN-OPEN",
    "AFTER-CAMPAIGN-SENT",
    "AFTER-SUBSCRIBE",
}


def check_autoresponder_event(value: str) -> AutoresponderEvent:
    if value in AUTORESPONDER_EVENT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUTORESPONDER_EVENT_VALUES!r}"
    )
