"""The account: quota, countries and zones, delivery servers, sending domains, new customers."""

from __future__ import annotations

from typing import Any

import click

from pakat.cli._app import (
    cli,
    client,
    collect,
    json_option,
    paging_options,
    print_json,
    print_record,
    print_records,
    print_result,
    print_table,
)
from pakat.cli._lists import extra_option

__all__ = ["countries", "customers", "delivery_servers", "quota", "sending_domains"]


@cli.command(calls=("quota.get",))
@json_option
def quota(as_json: bool) -> None:
    """Show how much of the sending quota is used."""
    with client() as c:
        usage = c.quota.get()
    if as_json:
        print_json({"used": usage.used, "allowed": usage.allowed, "percentage": usage.percentage})
        return
    allowed = "unlimited" if usage.allowed is None else usage.allowed
    print_table(("USED", "ALLOWED", "PERCENTAGE"), [(usage.used, allowed, f"{usage.percentage:g}%")])


@cli.group()
def countries() -> None:
    """Countries and their zones (for company addresses and new customers)."""


@countries.command("ls", calls=("countries.list", "countries.iter"))
@paging_options
@json_option
def countries_ls(page: int | None, per_page: int | None, limit: int | None, as_json: bool) -> None:
    """List the countries the server knows."""
    with client() as c:
        records, got = collect(c.countries.iter, c.countries.list, page=page, per_page=per_page, limit=limit)
    print_records(
        records,
        (("ID", "country_id"), ("CODE", "code"), ("NAME", "name")),
        empty="No countries.",
        page=got,
        as_json=as_json,
    )


@countries.command("zones", calls=("countries.zones", "countries.iter_zones"))
@click.argument("country_id")
@paging_options
@json_option
def countries_zones(
    country_id: str, page: int | None, per_page: int | None, limit: int | None, as_json: bool
) -> None:
    """List a country's zones (provinces, states)."""
    with client() as c:
        records, got = collect(
            lambda **k: c.countries.iter_zones(country_id, **k),
            lambda **k: c.countries.zones(country_id, **k),
            page=page,
            per_page=per_page,
            limit=limit,
        )
    print_records(
        records,
        (("ID", "zone_id"), ("CODE", "code"), ("NAME", "name")),
        empty="No zones.",
        page=got,
        as_json=as_json,
    )


@cli.group("delivery-servers")
def delivery_servers() -> None:
    """The account's own delivery servers."""


@delivery_servers.command("ls", calls=("delivery_servers.list", "delivery_servers.iter"))
@paging_options
@json_option
def delivery_servers_ls(page: int | None, per_page: int | None, limit: int | None, as_json: bool) -> None:
    """List the account's delivery servers."""
    with client() as c:
        records, got = collect(
            c.delivery_servers.iter, c.delivery_servers.list, page=page, per_page=per_page, limit=limit
        )
    print_records(
        records,
        (
            ("ID", "server_id"),
            ("NAME", "name"),
            ("TYPE", "type"),
            ("HOSTNAME", "hostname"),
            ("STATUS", "status"),
        ),
        empty="No delivery servers of the account's own (it sends through the system's).",
        page=got,
        as_json=as_json,
    )


@delivery_servers.command("show", calls=("delivery_servers.get",))
@click.argument("server_id")
@json_option
def delivery_servers_show(server_id: str, as_json: bool) -> None:
    """Show one delivery server."""
    with client() as c:
        print_record(c.delivery_servers.get(server_id), as_json=as_json)


@cli.group("sending-domains")
def sending_domains() -> None:
    """Sending domains: the domains transactional email may come from."""


@sending_domains.command("show", calls=("sending_domains.get",))
@click.argument("domain")
@json_option
def sending_domains_show(domain: str, as_json: bool) -> None:
    """Show a sending domain and whether it is verified."""
    with client() as c:
        print_record(c.sending_domains.get(domain), as_json=as_json)


@cli.group()
def customers() -> None:
    """Customer accounts."""


@customers.command("create", calls=("customers.create",))
@click.option("--first-name", required=True)
@click.option("--last-name", required=True)
@click.option("--email", required=True)
@click.option(
    "--password",
    prompt=True,
    hide_input=True,
    envvar="PAKAT_CUSTOMER_PASSWORD",
    help="The new account's password (asked for when not given; or $PAKAT_CUSTOMER_PASSWORD).",
)
@click.option("--timezone", required=True, help="An IANA zone such as Asia/Tehran.")
@click.option("--birth-date", required=True, metavar="YYYY-MM-DD")
@click.option("--company-name", required=True)
@click.option("--country", required=True, help="A country's name as `pakat countries ls` shows it.")
@click.option("--zone", default=None, help="A zone's name in that country.")
@click.option("--city", required=True)
@click.option("--zip-code", required=True)
@click.option("--address-1", required=True)
@click.option("--address-2", default=None)
@click.option("--newsletter-consent", default=None, help="The consent text the customer agreed to.")
@extra_option
@json_option
def customers_create(as_json: bool, extra: dict[str, str], **values: Any) -> None:
    """Create a customer account; prints its uid (the password is never printed)."""
    settings = {key: value for key, value in values.items() if value is not None}
    with client() as c:
        result = c.customers.create(**settings, extra=extra or None)
    print_result(as_json, result.to_dict(), str(result.customer_uid))
