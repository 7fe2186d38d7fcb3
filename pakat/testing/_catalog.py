"""Fixed reference data the sandbox serves: countries and zones, field types, condition operators,
delivery servers.

Countries and zones are the whole table of a stock MailWizz install, with its ids (Iran is 101,
Tehran 1538), read from ``_countries.json`` on first use (see ``scripts/country_data.py``). Field
types and condition operators are MailWizz's stock sets.
"""

from __future__ import annotations

import json
import unicodedata
from functools import cache
from importlib import resources
from typing import Any

__all__ = [
    "CONDITION_OPERATORS",
    "FIELD_TYPES",
    "collation_key",
    "countries",
    "country_by_name",
    "find_country",
    "zone_by_id",
    "zone_by_name",
    "zones",
]


def collation_key(name: str) -> str:
    """A sort key close to MySQL's ``utf8mb4_unicode_ci``: case and accents do not count."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@cache
def _table() -> tuple[tuple[dict[str, str], ...], dict[int, tuple[dict[str, str], ...]]]:
    text = resources.files(__package__).joinpath("_countries.json").read_text(encoding="utf-8")
    data = json.loads(text)
    # Ids go out as strings, as the server reads them from MySQL.
    by_name = sorted(data["countries"], key=lambda row: collation_key(row[1]))
    all_countries = tuple({"country_id": str(i), "name": name, "code": code} for i, name, code in by_name)
    grouped: dict[int, list[dict[str, str]]] = {}
    for zone_id, country_id, name, code in sorted(data["zones"], key=lambda row: collation_key(row[2])):
        grouped.setdefault(country_id, []).append({"zone_id": str(zone_id), "name": name, "code": code})
    return all_countries, {country_id: tuple(rows) for country_id, rows in grouped.items()}


def countries() -> tuple[dict[str, str], ...]:
    """Every country, ordered by name as the server orders them: ``{country_id, name, code}``."""
    return _table()[0]


def zones(country_id: int) -> tuple[dict[str, str], ...]:
    """The zones of a country by name (none for an unknown id): ``{zone_id, name, code}``."""
    return _table()[1].get(country_id, ())


def zone_by_id(zone_id: str) -> dict[str, str] | None:
    """The zone with this id, in any country."""
    wanted = zone_id.strip()
    return next((dict(z) for rows in _table()[1].values() for z in rows if z["zone_id"] == wanted), None)


def find_country(value: str) -> dict[str, Any] | None:
    """The country named by ``value``: its id, its two-letter code or its name (any case)."""
    wanted = value.strip().casefold()
    for country in countries():
        if wanted in (country["country_id"], country["code"].casefold(), country["name"].casefold()):
            return dict(country)
    return None


def country_by_name(name: str) -> dict[str, str] | None:
    """The country whose name is ``name``, compared as MySQL compares it (case and accents aside):
    how the server looks up ``company[country]``. Codes and ids do not match."""
    wanted = collation_key(name.strip())
    return next((dict(c) for c in countries() if collation_key(c["name"]) == wanted), None)


def zone_by_name(country_id: int, name: str) -> dict[str, str] | None:
    """The zone of ``country_id`` whose name is ``name`` (compared as :func:`country_by_name` does)."""
    wanted = collation_key(name.strip())
    return next((dict(z) for z in zones(country_id) if collation_key(z["name"]) == wanted), None)


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
