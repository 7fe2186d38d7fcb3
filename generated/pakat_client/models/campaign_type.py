from typing import Literal

CampaignType = Literal["autoresponder", "regular"]

CAMPAIGN_TYPE_VALUES: set[CampaignType] = {
    "autoresponder",
    "regular",
}


def check_campaign_type(value: str) -> CampaignType:
    if value in CAMPAIGN_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CAMPAIGN_TYPE_VALUES!r}"
    )
