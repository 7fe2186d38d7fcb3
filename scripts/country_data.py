"""Write pakat/testing/_countries.json, the sandbox's country and zone table, from MailWizz's install data.

    python scripts/country_data.py path/to/country-zone.sql

The input is `apps/common/data/install-sql/country-zone.sql` of a MailWizz 2.x tree (the public
`rinodung/mailwizz`, 2.1.13): the rows a stock install puts in its `country` and `zone` tables.
Only the values are kept (ids, names, codes), so the sandbox answers with the ids a real server
has (Iran is 101, Tehran 1538). Run at build time only: pakat reads the JSON, never the SQL.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

TARGET = Path(__file__).resolve().parent.parent / "pakat" / "testing" / "_countries.json"
# A quoted SQL string: '' is an escaped quote.
_TEXT = r"'((?:[^'\\]|'')*)'"
_COUNTRY = re.compile(rf"^\((\d+), {_TEXT}, {_TEXT}, 'active'", re.M)
_ZONE = re.compile(rf"^\((\d+), (\d+), {_TEXT}, {_TEXT}, 'active'", re.M)


def _unquote(text: str) -> str:
    return text.replace("''", "'")


SOURCE = (
    "MailWizz 2.1.13 install data, apps/common/data/install-sql/country-zone.sql (public tree "
    "rinodung/mailwizz): ids, names and codes of the stock country and zone tables"
)


def read(sql: str) -> tuple[list[list[object]], list[list[object]]]:
    """The rows of the dump: countries as [id, name, code], zones as [id, country_id, name, code]."""
    head, _, tail = sql.partition("INSERT INTO `zone`")
    countries: list[list[object]] = [
        [int(i), _unquote(name), _unquote(code)] for i, name, code in _COUNTRY.findall(head)
    ]
    zones: list[list[object]] = [
        [int(i), int(country), _unquote(name), _unquote(code)]
        for i, country, name, code in _ZONE.findall("INSERT INTO `zone`" + tail)
    ]
    rows = sum(line.startswith("(") for line in sql.splitlines())
    if len(countries) + len(zones) != rows:
        raise SystemExit(f"read {len(countries)} countries and {len(zones)} zones of {rows} rows")
    # Both are read in id order already; ids are the first item of each row.
    return countries, zones


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sql", type=Path, help="country-zone.sql of a MailWizz 2.x tree")
    args = parser.parse_args()
    countries, zones = read(args.sql.read_text(encoding="utf-8"))
    # One row per line: small diffs when the data changes, and still compact.
    lines = [
        "{",
        f'"source": {json.dumps(SOURCE)},',
        '"countries": [',
        ",\n".join(json.dumps(row, ensure_ascii=False) for row in countries),
        "],",
        '"zones": [',
        ",\n".join(json.dumps(row, ensure_ascii=False) for row in zones),
        "]",
        "}",
    ]
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {TARGET}: {len(countries)} countries, {len(zones)} zones")


if __name__ == "__main__":
    main()
