from typing import Literal

AutoresponderTimeUnit = Literal["day", "hour", "minute", "month", "week", "year"]

AUTORESPONDER_TIME_UNIT_VALUES: set[AutoresponderTimeUnit] = {
    "day",
    "hour",
    "minute",
    "month",
    "week",
    "year",
}


def check_autoresponder_time_unit(value: str) -> AutoresponderTimeUnit:
    if value in AUTORESPONDER_TIME_UNIT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AUTORESPONDER_TIME_UNIT_VALUES!r}"
    )
