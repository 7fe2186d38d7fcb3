from typing import Literal

CampaignStatusSetting = Literal["draft", "paused", "pending-sending"]

CAMPAIGN_STATUS_SETTING_VALUES: set[CampaignStatusSetting] = {
    "draft",
    "paused",
    "pending-sending",
}


def check_campaign_status_setting(value: str) -> CampaignStatusSetting:
    if value in CAMPAIGN_STATUS_SETTING_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CAMPAIGN_STATUS_SETTING_VALUES!r}"
    )
