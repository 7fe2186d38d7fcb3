from typing import Literal

SubscriberUpdateStatus = Literal[
    "blacklisted", "confirmed", "unconfirmed", "unsubscribed"
]

SUBSCRIBER_UPDATE_STATUS_VALUES: set[SubscriberUpdateStatus] = {
    "blacklisted",
    "confirmed",
    "unconfirmed",
    "unsubscribed",
}


def check_subscriber_update_status(value: str) -> SubscriberUpdateStatus:
    if value in SUBSCRIBER_UPDATE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBSCRIBER_UPDATE_STATUS_VALUES!r}"
    )
