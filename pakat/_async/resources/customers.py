"""Customer accounts (for resellers and integrations that sign customers up)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from zoneinfo import ZoneInfo

from pakat._async.resources._base import AsyncResource
from pakat._encoding import extra_fields, request_body, require_email, require_text, wire
from pakat._validate import php_timezone
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
    name = value.key if isinstance(value, ZoneInfo) else require_text(value, "timezone")
    if not php_timezone(name):
        raise ValueError(
            f"timezone {name!r} is unknown to the server: use an IANA Area/Location name such as "
            "'Asia/Tehran', or 'UTC'"
        )
    return name


def _sized(value: str, field: str, low: int, high: int) -> str:
    if not low <= len(value) <= high:
        raise ValueError(f"{field} must be {low} to {high} characters long; it is {len(value)}")
    return value


def _password(value: str) -> str:
    # The messages never include the value: exceptions end up in logs and tracebacks.
    if not isinstance(value, str):
        raise TypeError(f"password must be a str, not {type(value).__name__}")
    if not value:
        raise ValueError("password must not be empty")
    if not 6 <= len(value) <= 100:
        raise ValueError(f"password must be 6 to 100 characters long; it is {len(value)}")
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
        """Create a customer account; returns the server's answer (`customer_uid`, and from
        MailWizz 2.2.19 on `must_confirm_email`, `require_approval` and `list_subscribe_result`).

        No API key is needed for this call. `email` and `password` are also sent as their
        confirmations. `timezone` is an IANA Area/Location name such as 'Asia/Tehran' (or a
        ZoneInfo), or 'UTC'; `birth_date` a `datetime.date` or 'YYYY-MM-DD'. `country` must be a
        country's exact name as `client.countries.list()` gives it, such as 'Iran (Islamic
        Republic of)' (codes and short names are refused), and `zone` a zone's name in that
        country. The company fields are the ones Pakat requires; a server that does not require a
        company ignores them. `newsletter_consent` is the consent text the customer agreed to.

        Bad input raises ValueError or TypeError before sending (names over 100 characters, an
        email outside 4..100 characters, a password outside 6..100, a zip code over 10, ...); the
        password never appears in their messages. The server's refusals: `pakat.PermissionDeniedError`
        when it has customer sign-up switched off, `pakat.ValidationError` (422) for refused
        fields (`errors["general"]` for the customer's, `errors["company"]` for the company's). A
        company refusal leaves the account behind, pending deletion, so the same address is then
        refused as taken. If the answer is lost, `pakat.OutcomeUnknownError` is raised and the
        account may have been created: look before creating it again.
        """
        secret = _password(password)
        fields: dict[str, object | None] = {
            "customer[first_name]": _sized(require_text(first_name, "first_name"), "first_name", 1, 100),
            "customer[last_name]": _sized(require_text(last_name, "last_name"), "last_name", 1, 100),
            "customer[email]": _sized(require_email(email, "email"), "email", 4, 100),
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
            "company[zip_code]": _sized(require_text(zip_code, "zip_code"), "zip_code", 1, 10),
            "company[address_1]": require_text(address_1, "address_1"),
            "company[address_2]": None if address_2 is None else require_text(address_2, "address_2"),
        }
        return await self._client._request(
            create_customer._get_kwargs(
                body=request_body(CustomerCreateRequest, wire(fields, extra_fields(extra)), extra)
            ),
            CustomerCreateResult.from_dict,
        )
