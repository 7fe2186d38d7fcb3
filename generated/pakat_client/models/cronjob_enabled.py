from typing import Literal

CronjobEnabled = Literal[0, 1]

CRONJOB_ENABLED_VALUES: set[CronjobEnabled] = {
    0,
    1,
}


def check_cronjob_enabled(value: int) -> CronjobEnabled:
    if value in CRONJOB_ENABLED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CRONJOB_ENABLED_VALUES!r}"
    )
