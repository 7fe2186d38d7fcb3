from typing import Literal

SubscriberCreateStatus = Literal[
    "blacklisted", "confirmed", "unapproved", "unconfirmed", "unsubscribed"
]

SUBSCRIBER_CREATE_STATUS_VALUES: set[SubscriberCreateStatus] = {
    "blacklisted",
    "confirmed",
    "unapproved",
    "unconfirmed",
    "unsubscribed",
}


def check_subscriber_create_status(value: str) -> SubscriberCreateStatus:
    if value in SUBSCRIBER_CREATE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBSCRIBER_CREATE_STATUS_VALUES!r}"
    )
