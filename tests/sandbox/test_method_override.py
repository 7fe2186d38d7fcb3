"""Method override, exactly as Yii 1.1's CHttpRequest (vendor/yiisoft/yii/framework/web/CHttpRequest.php)
does it in MailWizz 2.1.13.

- Routing uses ``getRequestType()``: a ``_method`` field of a POST body (``$_POST``: multipart or
  urlencoded) first, else the ``X-HTTP-Method-Override`` header, else the wire method; upper-cased.
- The actions then check the method again: ``getIsPostRequest()`` looks at the wire method only;
  ``getIsPutRequest()`` and ``getIsDeleteRequest()`` accept the wire method or POST's ``_method``,
  never the header. A failed check answers 400 "Only PUT requests allowed for this endpoint."
  GET actions check nothing.
- A POST tunnelled with ``_method=PUT`` is read from ``$_POST`` (``getPut`` returns POST fields).

So the header alone only ever reaches GET actions; tunnelling a write takes ``_method``.
"""

from __future__ import annotations

import httpx
import pytest

from pakat.testing import Sandbox
from tests._contract import check, check_error

from ._helpers import multipart, new_list


def _name(client: httpx.Client, list_uid: str) -> str:
    return str(check("getList", client.get(f"/lists/{list_uid}"))["data"]["record"]["general"]["name"])


def _exists(client: httpx.Client, list_uid: str) -> bool:
    return client.get(f"/lists/{list_uid}").status_code == 200


@pytest.mark.parametrize("verb", ["PUT", "put", "Put"])
def test_a_multipart_post_with_method_put_updates(client: httpx.Client, sandbox: Sandbox, verb: str) -> None:
    list_uid = new_list(client)
    fields = {"_method": verb, "general[name]": "تونل"}
    check("updateList", client.post(f"/lists/{list_uid}", files=multipart(fields)))
    assert _name(client, list_uid) == "تونل"
    assert sandbox.processed["updateList"] == 1


def test_an_urlencoded_post_with_method_put_updates(client: httpx.Client) -> None:
    list_uid = new_list(client)
    response = client.post(f"/lists/{list_uid}", data={"_method": "PUT", "general[name]": "urlencoded"})
    check("updateList", response)
    assert _name(client, list_uid) == "urlencoded"


def test_a_post_with_method_delete_deletes(client: httpx.Client, sandbox: Sandbox) -> None:
    list_uid = new_list(client)
    check("deleteList", client.post(f"/lists/{list_uid}", data={"_method": "delete"}))
    assert not _exists(client, list_uid)
    assert sandbox.processed["deleteList"] == 1


def test_method_in_the_body_wins_over_the_header(client: httpx.Client) -> None:
    list_uid = new_list(client)
    response = client.post(
        f"/lists/{list_uid}",
        data={"_method": "PUT", "general[name]": "body wins"},
        headers={"X-HTTP-Method-Override": "DELETE"},
    )
    check("updateList", response)
    assert _name(client, list_uid) == "body wins"


@pytest.mark.parametrize(
    ("wire", "header", "refused"),
    [
        ("POST", "PUT", "PUT"),
        ("POST", "DELETE", "DELETE"),
        ("GET", "DELETE", "DELETE"),
        ("GET", "PUT", "PUT"),
    ],
)
def test_the_header_alone_reaches_the_write_action_which_refuses_it(
    client: httpx.Client, sandbox: Sandbox, wire: str, header: str, refused: str
) -> None:
    list_uid = new_list(client)
    sandbox.reset_counters()
    content = {"data": {"general[name]": "changed"}} if wire == "POST" else {}
    response = client.request(
        wire, f"/lists/{list_uid}", headers={"X-HTTP-Method-Override": header}, **content
    )
    error = check_error(response, 400)["error"]
    assert error == f"Only {refused} requests allowed for this endpoint."
    assert _name(client, list_uid) == "خبرنامه پاکات"
    assert sum(sandbox.processed.values()) == 1  # the getList above, nothing else


def test_a_get_with_override_post_is_refused_by_the_create_action(client: httpx.Client) -> None:
    response = client.get("/lists", headers={"X-HTTP-Method-Override": "POST"})
    assert check_error(response, 400)["error"] == "Only POST requests allowed for this endpoint."


def test_the_header_reaches_read_actions_which_check_nothing(client: httpx.Client, sandbox: Sandbox) -> None:
    list_uid = new_list(client)
    # A DELETE that says GET is a view: nothing is deleted.
    check("getList", client.delete(f"/lists/{list_uid}", headers={"X-HTTP-Method-Override": "GET"}))
    assert _exists(client, list_uid)
    check("listLists", client.post("/lists", data={}, headers={"X-HTTP-Method-Override": "get"}))
    assert sandbox.processed["deleteList"] == 0 and sandbox.processed["createList"] == 1


def test_method_is_read_from_post_bodies_only(client: httpx.Client, sandbox: Sandbox) -> None:
    list_uid = new_list(client)
    # PHP fills $_POST for POST alone: a PUT body's _method, or one in the query, routes nothing.
    response = client.put(f"/lists/{list_uid}", data={"_method": "DELETE", "general[name]": "still here"})
    check("updateList", response)
    assert _name(client, list_uid) == "still here"
    client.post(f"/lists/{list_uid}?_method=PUT", data={"general[name]": "not tunnelled"})
    assert _name(client, list_uid) == "still here"
    assert sandbox.processed["deleteList"] == 0 and sandbox.processed["updateList"] == 1


def test_what_peer_clients_send_a_put_and_a_delete_that_also_name_themselves(
    client: httpx.Client, sandbox: Sandbox
) -> None:
    list_uid = new_list(client)
    put = client.put(
        f"/lists/{list_uid}", data={"general[name]": "peer"}, headers={"X-HTTP-Method-Override": "PUT"}
    )
    check("updateList", put)
    assert _name(client, list_uid) == "peer"
    check("deleteList", client.delete(f"/lists/{list_uid}", headers={"X-HTTP-Method-Override": "DELETE"}))
    assert not _exists(client, list_uid)
