from typing import Literal

FieldVisibility = Literal["hidden", "none", "visible"]

FIELD_VISIBILITY_VALUES: set[FieldVisibility] = {
    "hidden",
    "none",
    "visible",
}


def check_field_visibility(value: str) -> FieldVisibility:
    if value in FIELD_VISIBILITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FIELD_VISIBILITY_VALUES!r}"
    )
