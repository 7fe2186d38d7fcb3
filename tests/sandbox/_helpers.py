"""Small request builders shared by the sandbox tests."""

from __future__ import annotations

import base64

import httpx


def multipart(fields: dict[str, str]) -> dict[str, tuple[None, bytes]]:
    """httpx ``files=`` argument sending ``fields`` as multipart/form-data parts."""
    return {name: (None, value.encode("utf-8")) for name, value in fields.items()}


LIST_FIELDS = {
    "general[name]": "خبرنامه پاکات",
    "general[description]": "Monthly news",
    # Single opt-in, so that subscribers added through the API are confirmed at once (the server's
    # default, double opt-in, leaves them unconfirmed and out of every campaign).
    "general[opt_in]": "single",
    "defaults[from_name]": "Pakat",
    "defaults[from_email]": "news@example.com",
    "defaults[reply_to]": "reply@example.com",
}


def new_list(client: httpx.Client, **extra: str) -> str:
    response = client.post("/lists", files=multipart({**LIST_FIELDS, **extra}))
    assert response.status_code == 201, response.text
    return str(response.json()["list_uid"])


def new_subscriber(client: httpx.Client, list_uid: str, email: str, **fields: str) -> str:
    response = client.post(f"/lists/{list_uid}/subscribers", files=multipart({"EMAIL": email, **fields}))
    assert response.status_code == 201, response.text
    return str(response.json()["data"]["record"]["subscriber_uid"])


def b64(text: str | bytes) -> str:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return base64.b64encode(data).decode("ascii")
