"""The wire format: byte-exact form values, pagination envelopes, keep-alive and Content-Length."""

from __future__ import annotations

import socket
from urllib.parse import parse_qsl

import httpx
from hypothesis import given, settings
from hypothesis import strategies as st

from pakat.testing import Sandbox
from pakat.testing._multipart import FormError, parse_multipart, parse_urlencoded
from tests._contract import check

from ._helpers import new_list, new_subscriber

# Persian, an emoji, CRLF, a lone LF, NUL, a line that looks like the generated client's
# fixed boundary, and inner whitespace: all must come back exactly. (Whitespace at the ends would
# not: the server trims every value, docs/server-behaviour.md cross.body.cleaning.)
TRICKY = "سلام دنیا 👋🏽\r\n--+++\r\n--+++--\nline\x00after NUL\ttab  ."


def test_multipart_values_round_trip_byte_exact(client: httpx.Client) -> None:
    list_uid = new_list(client)
    uid = new_subscriber(client, list_uid, "tricky@example.org", FNAME=TRICKY, LNAME="")
    record = client.get(f"/lists/{list_uid}/subscribers/{uid}").json()["data"]["record"]
    assert record["FNAME"] == TRICKY
    assert record["LNAME"] == ""


def test_a_hand_built_multipart_body_with_a_boundary_lookalike_inside(client: httpx.Client) -> None:
    list_uid = new_list(client)
    boundary = "pakat-test-boundary"
    parts = [("EMAIL", "raw@example.org"), ("FNAME", TRICKY), ("LNAME", "--" + boundary + "x")]
    body = b"preamble to ignore\r\n"
    for name, value in parts:
        body += (
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n'
                "Content-Type: text/plain; charset=utf-8\r\n\r\n"
            ).encode()
            + value.encode("utf-8")
            + b"\r\n"
        )
    body += f"--{boundary}--\r\nepilogue".encode()
    response = client.post(
        f"/lists/{list_uid}/subscribers",
        content=body,
        headers={"Content-Type": f'multipart/form-data; boundary="{boundary}"'},
    )
    uid = check("createSubscriber", response)["data"]["record"]["subscriber_uid"]
    record = client.get(f"/lists/{list_uid}/subscribers/{uid}").json()["data"]["record"]
    assert (record["FNAME"], record["LNAME"]) == (TRICKY, "--" + boundary + "x")


def test_urlencoded_put_values_round_trip(client: httpx.Client) -> None:
    list_uid = new_list(client)
    uid = new_subscriber(client, list_uid, "put@example.org")
    value = TRICKY + " + & = ? %"
    client.put(f"/lists/{list_uid}/subscribers/{uid}", data={"FNAME": value, "LNAME": ""})
    record = client.get(f"/lists/{list_uid}/subscribers/{uid}").json()["data"]["record"]
    assert record["FNAME"] == value


def test_multipart_parser_directly() -> None:
    body = (
        b'--xyz\r\nContent-Disposition: form-data; name="a%22b"\r\n\r\n1\r\n'
        b'--xyz  \r\nContent-Disposition: form-data; name="file"; filename="f.bin"\r\n'
        b"Content-Type: application/octet-stream\r\n\r\n\r\n\r\n--xy\r\n"
        b"--xyz\r\nContent-Disposition: form-data; name*=utf-8''%D9%86%D8%A7%D9%85\r\n\r\n\xd8\xa7\r\n"
        b"--xyz--\r\n"
    )
    # The part with a filename is an upload, not a field (PHP's $_FILES, not $_POST).
    assert parse_multipart(body, "multipart/form-data; boundary=xyz") == [('a"b', "1"), ("نام", "ا")]
    for bad_body, content_type in [
        (body, "multipart/form-data"),  # no boundary
        (body.replace(b"--xyz--", b"--abc--"), "multipart/form-data; boundary=xyz"),  # never closed
        (
            b'--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\n\xff\r\n--xyz--',
            "multipart/form-data; boundary=xyz",
        ),
    ]:
        try:
            parse_multipart(bad_body, content_type)
        except FormError:
            continue
        raise AssertionError(f"accepted {bad_body!r}")
    assert parse_urlencoded(b"a%5B0%5D=x+y&b=&c=%D8%B3") == [("a[0]", "x y"), ("b", ""), ("c", "س")]


URLENCODED_BYTES = st.binary(max_size=40) | st.lists(
    st.sampled_from(["a", "=", "&", "%", "+", "2B", "%D8%B3", "%FF", "س", "\x00", " "]), max_size=20
).map(lambda parts: "".join(parts).encode())


@settings(max_examples=500, deadline=None)
@given(URLENCODED_BYTES)
def test_urlencoded_bodies_are_read_as_parse_qsl_reads_their_text(body: bytes) -> None:
    """The decoder reads values straight from the body (no copy of a 60 MB body): the result is
    parse_qsl's on the decoded text, or FormError where decoding or parse_qsl fails."""
    try:
        expected: object = parse_qsl(body.decode("utf-8"), keep_blank_values=True, errors="strict")
    except (UnicodeDecodeError, ValueError):
        expected = FormError
    try:
        found: object = parse_urlencoded(body)
    except FormError:
        found = FormError
    assert found == expected


def test_pagination_envelope(sandbox: Sandbox, client: httpx.Client) -> None:
    list_uid = sandbox.create_list()
    uids = sandbox.seed_subscribers(list_uid, 23)
    newest_first = uids[::-1]
    path = f"/lists/{list_uid}/subscribers"

    first = check("listSubscribers", client.get(path))["data"]
    assert (first["count"], first["total_pages"], first["current_page"]) == ("23", 3, 1)
    assert (first["prev_page"], first["next_page"]) == (None, 2)
    assert [r["subscriber_uid"] for r in first["records"]] == newest_first[:10]

    last = check("listSubscribers", client.get(path, params={"page": 3}))["data"]
    assert (last["current_page"], last["prev_page"], last["next_page"]) == (3, 2, None)
    assert [r["subscriber_uid"] for r in last["records"]] == newest_first[20:]

    beyond = client.get(path, params={"page": 9}).json()["data"]
    assert beyond["records"] == [] and beyond["next_page"] is None and beyond["count"] == "23"

    walked: list[str] = []
    page: int | None = 1
    while page is not None:
        data = client.get(path, params={"page": page, "per_page": 7}).json()["data"]
        assert len(data["records"]) == (10 if page < 3 else 3)  # 7 is read as 10, the least
        walked += [r["subscriber_uid"] for r in data["records"]]
        page = data["next_page"]
    assert walked == newest_first

    assert len(client.get(path, params={"per_page": 500}).json()["data"]["records"]) == 23
    seeded = sandbox.seed_subscribers(list_uid, 40)
    clamped = client.get(path, params={"per_page": 500}).json()["data"]
    assert (len(clamped["records"]), clamped["total_pages"]) == (50, 2)
    for asked, served in (
        ("0", 10),
        ("9", 10),
        ("10", 10),
        ("50", 50),
        ("51", 50),
        ("-4", 10),
        ("12abc", 12),
    ):
        assert len(client.get(path, params={"per_page": asked}).json()["data"]["records"]) == served, asked
    assert client.get(path, params={"page": -3}).json()["data"]["current_page"] == 1
    assert client.get(path, params={"page": "9" * 40}).json()["data"]["records"] == []
    odd = client.get(path, params={"page": "x", "per_page": "y"}).json()["data"]
    assert (odd["current_page"], len(odd["records"]), odd["records"][0]["subscriber_uid"]) == (
        1,
        10,
        seeded[-1],
    )
    # Pages stay right after a write in between (the keyset cache must not serve stale pages).
    client.delete(f"{path}/{uids[0]}")
    second = client.get(path, params={"page": 2, "per_page": 50}).json()["data"]
    assert [r["subscriber_uid"] for r in second["records"]] == (seeded[::-1] + newest_first[:-1])[50:]


def test_empty_collection(client: httpx.Client) -> None:
    for page in (1, 5):
        data = check("listCampaigns", client.get("/campaigns", params={"page": page}))["data"]
        assert data == {
            "count": None,
            "total_pages": None,
            "current_page": None,
            "next_page": None,
            "prev_page": None,
            "records": [],
        }


def test_keep_alive_serves_100_requests_on_one_connection(sandbox: Sandbox) -> None:
    sandbox.reset_counters()
    with httpx.Client(base_url=sandbox.url, headers={"X-API-KEY": sandbox.api_key}) as client:
        list_uid = new_list(client)
        for n in range(100):
            response = client.get(f"/lists/{list_uid}") if n % 3 else client.get("/lists/missing")
            assert response.headers["content-length"] == str(len(response.content))
    assert sandbox.connections_accepted == 1
    assert sandbox.counters["getList"] == 100


def test_every_answer_has_content_length_even_errors_and_http_1_0(sandbox: Sandbox) -> None:
    host, port = "127.0.0.1", int(sandbox.url.split(":")[2].split("/")[0])
    with socket.create_connection((host, port)) as sock:
        sock.sendall(b"GET /api/quota/index HTTP/1.0\r\nHost: x\r\n\r\n")
        data = b""
        while chunk := sock.recv(65536):
            data += chunk  # HTTP/1.0 without keep-alive: the server closes after answering
    head, _, body = data.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400")  # no key
    assert f"Content-Length: {len(body)}".encode() in head
    assert b"Connection: close" in head


def test_put_bodies_are_read_as_yii_reads_them(client: httpx.Client) -> None:
    """CHttpRequest::getRestParams(): JSON when the type starts with application/json, otherwise
    a query string whatever the type says, so a multipart body loses its fields."""
    list_uid = new_list(client)

    def name() -> str:
        return str(client.get(f"/lists/{list_uid}").json()["data"]["record"]["general"]["name"])

    as_json = {"general": {"name": "از JSON", "description": None}, "defaults": {"subject": 7}}
    response = client.put(f"/lists/{list_uid}", json=as_json)
    assert response.status_code == 200, response.text
    record = client.get(f"/lists/{list_uid}").json()["data"]["record"]
    assert (name(), record["general"]["description"], record["defaults"]["subject"]) == (
        "از JSON",
        "Monthly news",
        "7",
    )
    for content_type in (None, "text/plain"):
        headers = {"Content-Type": content_type} if content_type else {}
        body = f"general%5Bname%5D={content_type}".encode()
        assert client.put(f"/lists/{list_uid}", content=body, headers=headers).status_code == 200
        assert name() == str(content_type)
    # Not JSON, or not an object: no fields, so nothing changes.
    for body in (b"{not json", b'"a string"'):
        response = client.put(
            f"/lists/{list_uid}", content=body, headers={"Content-Type": "application/json"}
        )
        assert response.status_code == 200, response.text
        assert name() == "text/plain"
    # A multipart PUT is read as a query string too: its fields are lost, not refused.
    lost = client.put(f"/lists/{list_uid}", files={"general[name]": (None, b"multipart")})
    assert lost.status_code == 200, lost.text
    assert name() == "text/plain"
