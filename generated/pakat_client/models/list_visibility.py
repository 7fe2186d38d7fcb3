from typing import Literal

ListVisibility = Literal["private", "public"]

LIST_VISIBILITY_VALUES: set[ListVisibility] = {
    "private",
    "public",
}


def check_list_visibility(value: str) -> ListVisibility:
    if value in LIST_VISIBILITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_VISIBILITY_VALUES!r}"
    )
