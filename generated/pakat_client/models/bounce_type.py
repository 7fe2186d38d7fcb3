from typing import Literal

BounceType = Literal["hard", "internal", "soft"]

BOUNCE_TYPE_VALUES: set[BounceType] = {
    "hard",
    "internal",
    "soft",
}


def check_bounce_type(value: str) -> BounceType:
    if value in BOUNCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BOUNCE_TYPE_VALUES!r}"
    )
