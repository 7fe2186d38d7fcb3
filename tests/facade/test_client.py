"""What `import pakat` loads (the clients' own tests are in tests/_async/facade/test_client.py)."""

from __future__ import annotations

import subprocess
import sys


def test_import_pakat_loads_no_resources_sandbox_or_cli() -> None:
    code = (
        "import sys, pakat; "
        "bad = [m for m in sys.modules if m.startswith(('pakat.testing', 'pakat.cli', 'pakat._sync.resources', "
        "'pakat._async.resources.lists', 'pakat_client.api', 'pakat_client.models.'))]; "
        "print(bad); assert not bad"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
