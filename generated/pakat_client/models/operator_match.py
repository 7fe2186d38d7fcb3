from typing import Literal

OperatorMatch = Literal["all", "any"]

OPERATOR_MATCH_VALUES: set[OperatorMatch] = {
    "all",
    "any",
}


def check_operator_match(value: str) -> OperatorMatch:
    if value in OPERATOR_MATCH_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPERATOR_MATCH_VALUES!r}"
    )
