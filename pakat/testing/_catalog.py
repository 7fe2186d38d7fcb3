"""Fixed reference data the sandbox serves: countries and zones, field types, condition operators,
delivery servers. Countries, zones and delivery servers are small on purpose: enough to exercise
the calls, not a copy of the real tables. Field types and condition operators are MailWizz's stock
sets."""

from __future__ import annotations

from typing import Any

__all__ = [
    "CONDITION_OPERATORS",
    "COUNTRIES",
    "DELIVERY_SERVERS",
    "FIELD_TYPES",
    "ZONES",
    "find_country",
]

COUNTRIES: list[dict[str, Any]] = [
    {"country_id": 1, "name": "Afghanistan", "code": "AF"},
    {"country_id": 2, "name": "Armenia", "code": "AM"},
    {"country_id": 3, "name": "Germany", "code": "DE"},
    {"country_id": 4, "name": "Iran", "code": "IR"},
    {"country_id": 5, "name": "Iraq", "code": "IQ"},
    {"country_id": 6, "name": "Turkey", "code": "TR"},
    {"country_id": 7, "name": "United Arab Emirates", "code": "AE"},
    {"country_id": 8, "name": "United Kingdom", "code": "GB"},
    {"country_id": 9, "name": "United States", "code": "US"},
]

# Zones by country_id; countries without an entry have none.
ZONES: dict[int, list[dict[str, Any]]] = {
    4: [
        {"zone_id": 401, "name": "Tehran", "code": "THR"},
        {"zone_id": 402, "name": "Isfahan", "code": "ESF"},
        {"zone_id": 403, "name": "Fars", "code": "FAR"},
        {"zone_id": 404, "name": "Razavi Khorasan", "code": "KHR"},
        {"zone_id": 405, "name": "East Azerbaijan", "code": "EAZ"},
        {"zone_id": 406, "name": "Gilan", "code": "GIL"},
        {"zone_id": 407, "name": "Mazandaran", "code": "MAZ"},
        {"zone_id": 408, "name": "Khuzestan", "code": "KHZ"},
        {"zone_id": 409, "name": "Alborz", "code": "ALB"},
        {"zone_id": 410, "name": "Qom", "code": "QOM"},
        {"zone_id": 411, "name": "Kerman", "code": "KRM"},
        {"zone_id": 412, "name": "Yazd", "code": "YZD"},
    ],
    3: [
        {"zone_id": 301, "name": "Berlin", "code": "BE"},
        {"zone_id": 302, "name": "Bavaria", "code": "BY"},
        {"zone_id": 303, "name": "Hamburg", "code": "HH"},
    ],
    9: [
        {"zone_id": 901, "name": "California", "code": "CA"},
        {"zone_id": 902, "name": "New York", "code": "NY"},
        {"zone_id": 903, "name": "Texas", "code": "TX"},
    ],
}


def find_country(value: str) -> dict[str, Any] | None:
    """The country named by ``value``: its id, its two-letter code or its name (any case)."""
    wanted = value.strip().casefold()
    for country in COUNTRIES:
        if wanted in (str(country["country_id"]), country["code"].casefold(), country["name"].casefold()):
            return country
    return None


# The stock field types of MailWizz, in the order of their ids (install-sql/insert.sql); the
# description of each is its name.
FIELD_TYPES: list[dict[str, str]] = [
    {"name": name, "identifier": identifier, "description": name}
    for name, identifier in (
        ("Text", "text"),
        ("Dropdown", "dropdown"),
        ("Multiselect", "multiselect"),
        ("Date", "date"),
        ("Datetime", "datetime"),
        ("Textarea", "textarea"),
        ("Country", "country"),
        ("State", "state"),
        ("Checkbox List", "checkboxlist"),
        ("Radio List", "radiolist"),
        ("Geo Country", "geocountry"),
        ("Geo State", "geostate"),
        ("Geo City", "geocity"),
        ("Checkbox", "checkbox"),
        ("Consent Checkbox", "consentcheckbox"),
        ("Years Range", "yearsrange"),
        ("Phone Number", "phonenumber"),
        ("Email", "email"),
        ("Url", "url"),
        ("Rating", "rating"),
    )
]

# MailWizz's stock operators (install-sql/insert.sql); the slug decides how a segment condition is
# evaluated. The server sends the ids as strings.
CONDITION_OPERATORS: list[dict[str, Any]] = [
    {"operator_id": 1, "name": "is", "slug": "is"},
    {"operator_id": 2, "name": "is not", "slug": "is-not"},
    {"operator_id": 3, "name": "contains", "slug": "contains"},
    {"operator_id": 4, "name": "not contains", "slug": "not-contains"},
    {"operator_id": 5, "name": "starts with", "slug": "starts"},
    {"operator_id": 6, "name": "ends with", "slug": "ends"},
    {"operator_id": 7, "name": "is greater than", "slug": "greater"},
    {"operator_id": 8, "name": "is less than", "slug": "less"},
    {"operator_id": 9, "name": "not starts with", "slug": "not-starts"},
    {"operator_id": 10, "name": "not ends with", "slug": "not-ends"},
]

DELIVERY_SERVERS: list[dict[str, Any]] = [
    {
        "server_id": 1,
        "type": "smtp",
        "name": "Sandbox SMTP",
        "hostname": "smtp.sandbox.pakat.invalid",
        "status": "active",
    },
    {
        "server_id": 2,
        "type": "smtp-amazon",
        "name": "Sandbox SES",
        "hostname": "email-smtp.sandbox.pakat.invalid",
        "status": "inactive",
    },
]
