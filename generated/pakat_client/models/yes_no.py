from typing import Literal

YesNo = Literal["no", "yes"]

YES_NO_VALUES: set[YesNo] = {
    "no",
    "yes",
}


def check_yes_no(value: str) -> YesNo:
    if value in YES_NO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {YES_NO_VALUES!r}")
