"""Customer accounts (for resellers and integrations that sign customers up)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pakat._async.resources._base import AsyncResource
from pakat._encoding import extra_fields, request_body, require_email, require_text, wire
from pakat_client.api.customers import create_customer
from pakat_client.models import CustomerCreateRequest, CustomerCreateResult

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _birth_date(value: date | str) -> str:
    if isinstance(value, datetime):
        raise TypeError("birth_date must be a datetime.date, not a datetime: pass value.date()")
    if isinstance(value, date):
        return value.strftime("%Y-%m-%d")
    if not isinstance(value, str):
        raise TypeError(
            f"birth_date must be a datetime.date or a 'YYYY-MM-DD' str, not {type(value).__name__}"
        )
    try:
        if not _DATE.fullmatch(value):
            raise ValueError
        date.fromisoformat(value)
    except ValueError:
        raise ValueError(
            f"birth_date must be a date written YYYY-MM-DD, such as '1990-03-21'; got {value!r}"
        ) from None
    return value


def _timezone(value: str | ZoneInfo) -> str:
    if isinstance(value, ZoneInfo):
        return value.key
    name = require_text(value, "timezone")
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"timezone {name!r} is unknown: use an IANA name such as 'Asia/Tehran'") from None
    return name


def _password(value: str) -> str:
    # The messages never include the value: exceptions end up in logs and tracebacks.
    if not isinstance(value, str):
        raise TypeError(f"password must be a str, not {type(value).__name__}")
    if not value:
        raise ValueError("password must not be empty")
    return value


def _consent(value: str | None) -> str | None:
    # Free text, possibly several paragraphs: only its type is checked.
    if value is not None and not isinstance(value, str):
        raise TypeError(f"newsletter_consent must be the consent text (str), not {type(value).__name__}")
    return value


class AsyncCustomers(AsyncResource):
    """Customer accounts: `client.customers`."""

    async def create(
        self,
        *,
        first_name: str,
        last_name: str,
        email: str,
        password: str,
        timezone: str | ZoneInfo,
        birth_date: date | str,
        company_name: str,
        country: str,
        city: str,
        zip_code: str,
        address_1: str,
        address_2: str | None = None,
        zone: str | None = None,
        newsletter_consent: str | None = None,
        extra: Mapping[str, str] | None = None,
    ) -> CustomerCreateResult:
        """Create a customer account; returns the server's answer (`customer_uid` and its flags).

        `email` and `password` are also sent as their confirmations. `timezone` is an IANA name
        (or a ZoneInfo); `birth_date` a `datetime.date` or 'YYYY-MM-DD'. `country` and `zone` are
        names as `client.countries` lists them. `newsletter_consent` is the consent text the
        customer agreed to. Bad input raises ValueError or TypeError before sending; the password
        never appears in their messages. If the answer is lost, `pakat.OutcomeUnknownError` is
        raised and the account may have been created: look before creating it again.
        """
        secret = _password(password)
        fields: dict[str, object | None] = {
            "customer[first_name]": require_text(first_name, "first_name"),
            "customer[last_name]": require_text(last_name, "last_name"),
            "customer[email]": require_email(email, "email"),
            "customer[confirm_email]": email,
            "customer[password]": secret,
            "customer[confirm_password]": secret,
            "customer[timezone]": _timezone(timezone),
            "customer[birthDate]": _birth_date(birth_date),
            "customer[newsletter_consent]": _consent(newsletter_consent),
            "company[name]": require_text(company_name, "company_name"),
            "company[country]": require_text(country, "country"),
            "company[zone]": None if zone is None else require_text(zone, "zone"),
            "company[city]": require_text(city, "city"),
            "company[zip_code]": require_text(zip_code, "zip_code"),
            "company[address_1]": require_text(address_1, "address_1"),
            "company[address_2]": None if address_2 is None else require_text(address_2, "address_2"),
        }
        return await self._client._request(
            create_customer._get_kwargs(
                body=request_body(CustomerCreateRequest, wire(fields, extra_fields(extra)), extra)
            ),
            CustomerCreateResult.from_dict,
        )
