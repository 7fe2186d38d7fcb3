"""The account: quota, countries and zones, delivery servers, sending domains, new customers."""

from __future__ import annotations

from typing import Any

import click

from pakat.cli._app import (
    cli,
    client,
    json_option,
    listing,
    print_json,
    print_result,
    print_table,
    showing,
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


listing(
    countries,
    "ls",
    calls=("countries.list", "countries.iter"),
    columns=(("ID", "country_id"), ("CODE", "code"), ("NAME", "name")),
    empty="No countries.",
    help="List the countries the server knows.",
)
listing(
    countries,
    "zones",
    calls=("countries.zones", "countries.iter_zones"),
    arguments=("country_id",),
    columns=(("ID", "zone_id"), ("CODE", "code"), ("NAME", "name")),
    empty="No zones.",
    help="List a country's zones (provinces, states).",
)


@cli.group("delivery-servers")
def delivery_servers() -> None:
    """The account's own delivery servers."""


listing(
    delivery_servers,
    "ls",
    calls=("delivery_servers.list", "delivery_servers.iter"),
    columns=(
        ("ID", "server_id"),
        ("NAME", "name"),
        ("TYPE", "type"),
        ("HOSTNAME", "hostname"),
        ("STATUS", "status"),
    ),
    empty="No delivery servers of the account's own (it sends through the system's).",
    help="List the account's delivery servers.",
)


showing(delivery_servers, "delivery_servers.get", ("server_id",), "Show one delivery server.")


@cli.group("sending-domains")
def sending_domains() -> None:
    """Sending domains: the domains transactional email may come from."""


showing(
    sending_domains, "sending_domains.get", ("domain",), "Show a sending domain and whether it is verified."
)


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
