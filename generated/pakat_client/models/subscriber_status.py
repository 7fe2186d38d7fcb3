from typing import Literal

SubscriberStatus = Literal[
    "blacklisted",
    "confirmed",
    "disabled",
    "moved",
    "unapproved",
    "unconfirmed",
    "unsubscribed",
]

SUBSCRIBER_STATUS_VALUES: set[SubscriberStatus] = {
    "blacklisted",
    "confirmed",
    "disabled",
    "moved",
    "unapproved",
    "unconfirmed",
    "unsubscribed",
}


def check_subscriber_status(value: str) -> SubscriberStatus:
    if value in SUBSCRIBER_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBSCRIBER_STATUS_VALUES!r}"
    )
