from typing import Literal

SubscriberSource = Literal["api", "import", "web"]

SUBSCRIBER_SOURCE_VALUES: set[SubscriberSource] = {
    "api",
    "import",
    "web",
}


def check_subscriber_source(value: str) -> SubscriberSource:
    if value in SUBSCRIBER_SOURCE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SUBSCRIBER_SOURCE_VALUES!r}"
    )
