from typing import Literal

ListOptIn = Literal["double", "single"]

LIST_OPT_IN_VALUES: set[ListOptIn] = {
    "double",
    "single",
}


def check_list_opt_in(value: str) -> ListOptIn:
    if value in LIST_OPT_IN_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_OPT_IN_VALUES!r}"
    )
