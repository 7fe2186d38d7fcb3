"""Round-trip a mailing list through the generated client against a tiny local server.

Starts a minimal Pakat-shaped server on 127.0.0.1 (lists only, in memory), creates a list with a
Persian name through `pakat_client`, reads it back and deletes it. Nothing leaves this machine.
"""

from __future__ import annotations

import json
import secrets
import threading
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from pakat_client import AuthenticatedClient
from pakat_client.api.lists import create_list, delete_list, get_list
from pakat_client.models import ListCreateRequest, MailingListEnvelope

API_KEY = secrets.token_hex(16)
LISTS: dict[str, dict[str, Any]] = {}


class Handler(BaseHTTPRequestHandler):
    def _answer(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _authorised(self) -> bool:
        if self.headers.get("X-API-KEY") == API_KEY:
            return True
        self._answer(401, {"status": "error", "error": "Invalid API key."})
        return False

    def do_POST(self) -> None:
        if not self._authorised():
            return
        raw = self.rfile.read(int(self.headers["Content-Length"]))
        head = f"Content-Type: {self.headers['Content-Type']}\r\n\r\n".encode()
        form = {
            part.get_param("name", header="content-disposition"): part.get_payload(decode=True).decode()
            for part in BytesParser(policy=HTTP).parsebytes(head + raw).iter_parts()
        }
        uid = secrets.token_hex(5)
        LISTS[uid] = {
            "general": {
                "list_uid": uid,
                "name": form["general[name]"],
                "description": form["general[description]"],
            },
            "defaults": {
                "from_name": form["defaults[from_name]"],
                "from_email": form["defaults[from_email]"],
            },
        }
        self._answer(201, {"status": "success", "list_uid": uid})

    def do_GET(self) -> None:
        if not self._authorised():
            return
        uid = self.path.rsplit("/", 1)[-1]
        if uid not in LISTS:
            self._answer(404, {"status": "error", "error": "The list does not exist."})
            return
        self._answer(200, {"status": "success", "data": {"record": LISTS[uid]}})

    def do_DELETE(self) -> None:
        if self._authorised():
            LISTS.pop(self.path.rsplit("/", 1)[-1], None)
            self._answer(200, {"status": "success"})

    def log_message(self, format: str, *args: Any) -> None:  # keep the demo's output readable
        pass


def main() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base_url = f"http://127.0.0.1:{server.server_address[1]}/api"
    print(f"local server: {base_url}")
    client = AuthenticatedClient(base_url=base_url, token=API_KEY)  # the key bare in X-API-KEY: its defaults
    with client:
        request = ListCreateRequest(
            generalname="خبرنامه پاکات",
            generaldescription="Weekly news",
            defaultsfrom_name="Pakat",
            defaultsfrom_email="news@example.com",
            defaultsreply_to="news@example.com",
        )
        created = create_list.sync_detailed(client=client, body=request)
        uid = json.loads(created.content)["list_uid"]
        print(f"created list {uid} (HTTP {created.status_code})")

        fetched = get_list.sync(uid, client=client)
        assert isinstance(fetched, MailingListEnvelope)
        general = fetched.data.record.general if fetched.data.record else None
        name = getattr(general, "name", None)
        print(f"read it back: name={name!r}")
        assert name == request.generalname, "the name did not round-trip"

        deleted = delete_list.sync_detailed(uid, client=client)
        missing = get_list.sync_detailed(uid, client=client)
        print(f"deleted it (HTTP {deleted.status_code}); reading again gives HTTP {missing.status_code}")
    server.shutdown()
    print("round trip OK")


if __name__ == "__main__":
    main()
