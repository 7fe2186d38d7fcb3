"""TypeScript and Go clients generated from openapi.json run the core workflow against the sandbox.

For each program under clients/, the commands of the README's "Using openapi.json from other
languages" (the ```sh clients/NAME blocks, each line marked generate, compile or run) generate its
client, compile it and run it against a Sandbox on 127.0.0.1; the test then reads back what
arrived, byte for byte: the list, the dropdown field and its options, the subscriber's Persian
values and custom field, the emails' HTML, params, contact and attachment bytes. `make install`
provides the tools (clients/node_modules, openapi-generator in .venv, Java and Go). A generated
client and its build are kept (clients/NAME/generated and build, removed by `make clean`) until
one of their inputs changes; each step's time is written to clients/.cache/timings.json.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest

from pakat import Pakat
from pakat.testing import Sandbox
from tests._paths import ROOT, SPEC_PATH, operations
from tests._snippets import Block, blocks

CLIENTS = ROOT / "clients"
CACHE = CLIENTS / ".cache"
README = ROOT / "README.md"
NAMES = ("typescript-heyapi", "typescript-openapi-fetch", "typescript-fetch", "go")
KINDS = ("generate", "compile", "run")
_PROXY_VARIABLES = {"http_proxy", "https_proxy", "all_proxy", "no_proxy", "npm_config_proxy"}

# What every program sends (each writes these values as literals, as a user would).
LIST = {
    "name": "خبرنامه پاکات",
    "description": "اخبار هفتگی و تخفیف\u200cها",  # a zero-width non-joiner, as Persian writes it
    "from_name": "فروشگاه پاکات",
    "from_email": "news@example.com",
    "reply_to": "support@example.com",
}
OPTIONS = {"tehran": "تهران", "shiraz": "شیراز"}
TEMPLATE_HTML = "<p>سفارش {{ params.order }} برای {{ contact.first_name }} ثبت شد.</p>"
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n%%EOF\n"
RECEIPT = {
    "to_name": "علی رضایی",
    "to_email": "ali@example.com",
    "from_name": "فروشگاه پاکات",
    "from_email": "orders@example.com",
    "subject": "رسید سفارش ۱۰۰۱",
    "body": '<p dir="rtl">سفارش شما ثبت شد؛ رسید پیوست است.</p>',
    "params": {"order": "۱۰۰۱"},
    "contact": {},
    "template_uid": "",
    "attachments": [{"name": "receipt-1001.pdf", "type": "application/pdf", "data": PDF}],
}
FROM_TEMPLATE = {
    "to_name": "سارا احمدی",
    "to_email": "sara@example.com",
    "from_name": "فروشگاه پاکات",
    "from_email": "orders@example.com",
    "subject": "سفارش شما",
    "body": "<p>سفارش ۱۰۰۲ برای سارا ثبت شد.</p>",  # the template, filled by params and contact
    "params": {"order": "۱۰۰۲"},
    "contact": {"first_name": "سارا"},
    "attachments": [],
}
CALLS = {
    "createList": 1,
    "createField": 1,
    "createSubscriber": 1,
    "createTemplate": 1,
    "sendTransactionalEmail": 2,
    "listSubscribers": 1,
}


@dataclass(frozen=True)
class Step:
    kind: str
    command: str


def readme_steps() -> dict[str, list[Step]]:
    """The README's commands for each program: `command  # generate|compile|run`, in order."""
    found: dict[str, list[Step]] = {}
    for block in blocks(README, "sh", tag=None):
        if not (block.tag or "").startswith("clients/"):
            continue
        steps = []
        for line in block.code.strip().splitlines():
            command, _, kind = line.rpartition("#")
            assert kind.strip() in KINDS, f"README {block.name}: {line!r} is not marked {KINDS}"
            steps.append(Step(kind.strip(), command.strip()))
        found[block.tag.removeprefix("clients/")] = steps  # type: ignore[union-attr]
    return found


STEPS = readme_steps()


@dataclass
class Built:
    """A program whose client was generated and compiled, and what that took."""

    name: str
    timings: dict[str, float] = field(default_factory=dict)
    output: dict[str, str] = field(default_factory=dict)
    cached: bool = False


def _env(**extra: str) -> dict[str, str]:
    """The environment of every step: no proxy (nothing may leave the machine), the tools of
    `make install` first on PATH, Go offline with its caches under clients/.cache."""
    env = {name: value for name, value in os.environ.items() if name.lower() not in _PROXY_VARIABLES}
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    env["PATH"] = os.pathsep.join(
        [str(Path(sys.executable).parent), str(CLIENTS / "node_modules" / ".bin"), env["PATH"]]
    )
    env.update(
        GOPROXY="off",
        GOTOOLCHAIN="local",
        GOTELEMETRY="off",
        GOFLAGS="",
        GOCACHE=str(CACHE / "go-build"),
        GOPATH=str(CACHE / "gopath"),
        NO_COLOR="1",
        npm_config_update_notifier="false",
        npm_config_offline="true",  # npx runs what clients/node_modules has, never a download
    )
    env.update(extra)
    return env


def _digest(name: str) -> str:
    """What the generated client and its build depend on: a change to any of it rebuilds them."""
    folder = CLIENTS / name
    inputs = [
        SPEC_PATH,
        CLIENTS / "package-lock.json",
        CLIENTS / "pakat-form.ts",
        CLIENTS / "tsconfig.base.json",
    ]
    inputs += sorted(
        p
        for p in folder.rglob("*")
        if p.is_file() and not {"generated", "build"} & set(p.relative_to(folder).parts)
    )
    h = hashlib.sha256()
    for step in STEPS[name]:
        if step.kind != "run":
            h.update(step.command.encode())
    h.update(metadata.version("openapi-generator-cli").encode())
    for path in inputs:
        h.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def _shell(command: str, cwd: Path, env: dict[str, str], timeout: float = 600) -> tuple[float, str]:
    start = time.monotonic()
    result = subprocess.run(
        command, shell=True, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    elapsed = time.monotonic() - start
    output = result.stdout + result.stderr
    assert result.returncode == 0, (
        f"clients/{cwd.name}: `{command}` failed ({result.returncode}):\n{output[-4000:]}"
    )
    return elapsed, output


_BUILT: dict[str, Built] = {}


def build(name: str) -> Built:
    """Generate and compile a program's client with the README's commands (once per inputs)."""
    if name in _BUILT:
        return _BUILT[name]
    folder = CLIENTS / name
    for tool, what in [
        ("node", "Node.js"),
        ("java", "Java"),
        ("go", "Go"),
        ("openapi-generator-cli", "the dev extra"),
    ]:
        assert shutil.which(tool, path=_env()["PATH"]), f"{tool} is missing: `make install` installs {what}"
    assert (CLIENTS / "node_modules" / ".installed").exists(), (
        "run `make install`: it installs clients/node_modules"
    )
    stamp = folder / "generated" / ".pakat-inputs"
    digest = _digest(name)
    built = Built(name)
    if stamp.exists() and stamp.read_text() == digest and (folder / "build").exists():
        built.cached = True
    else:
        for path in (folder / "generated", folder / "build"):
            shutil.rmtree(path, ignore_errors=True)
        for step in STEPS[name]:
            if step.kind == "run":
                continue
            elapsed, output = _shell(step.command, folder, _env())
            built.timings[step.kind] = built.timings.get(step.kind, 0.0) + elapsed
            built.output[step.command] = output
        stamp.write_text(digest)
    _BUILT[name] = built
    return built


def _record(name: str, timings: dict[str, float], cached: bool) -> None:
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / "timings.json"
    known = json.loads(path.read_text()) if path.exists() else {}
    entry = {kind: round(seconds, 1) for kind, seconds in timings.items()}
    known[name] = {**(known.get(name, {}) if cached else {}), **entry, "cached": cached}
    path.write_text(json.dumps(known, indent=2) + "\n")


def test_the_readme_gives_each_program_its_commands() -> None:
    assert sorted(STEPS) == sorted(NAMES)
    for name, steps in STEPS.items():
        assert [s.kind for s in steps][-1] == "run" and steps[0].kind == "generate", name
        assert {s.kind for s in steps} == set(KINDS), name


EXCERPTS = [b for language in ("ts", "go") for b in blocks(README, language, tag=None)]


@pytest.mark.parametrize("excerpt", EXCERPTS, ids=[b.name for b in EXCERPTS])
def test_the_readme_excerpts_are_the_programs_own_code(excerpt: Block) -> None:
    """The TypeScript and Go in the README is quoted from the programs the test runs."""
    assert excerpt.tag and excerpt.tag.startswith("clients/"), f"README {excerpt.name}: which program?"
    program = (ROOT / excerpt.tag).read_text(encoding="utf-8")
    assert excerpt.code in program, f"README {excerpt.name} quotes {excerpt.tag} as it no longer is"


def test_pakat_form_spreads_what_openapi_json_encodes_as_exploded_form() -> None:
    """clients/pakat-form.ts spreads `custom_fields` by name; it must be the one such property."""
    exploded = {
        name
        for _, _, op in operations()
        for media in op.get("requestBody", {}).get("content", {}).values()
        for name, encoding in media.get("encoding", {}).items()
        if encoding["style"] == "form"
    }
    assert exploded == {"custom_fields"}
    assert 'const SPREAD = new Set(["custom_fields"]);' in (CLIENTS / "pakat-form.ts").read_text()


@pytest.mark.parametrize("name", NAMES)
def test_generated_client_runs_the_workflow_against_the_sandbox(name: str) -> None:
    built = build(name)
    for command, output in built.output.items():
        if command.startswith("openapi-generator-cli"):
            errors = [line for line in output.splitlines() if " ERROR " in line or "Exception" in line]
            assert not errors, "openapi-generator logged errors for openapi.json:\n" + "\n".join(errors)
    (run,) = [s for s in STEPS[name] if s.kind == "run"]

    with Sandbox() as sb:
        elapsed, output = _shell(
            run.command, CLIENTS / name, _env(PAKAT_BASE_URL=sb.url, PAKAT_API_KEY=sb.api_key), 180
        )
        _record(name, {**built.timings, "run": elapsed}, built.cached)
        assert sb.api_key not in output, f"{name} printed the API key"
        report = json.loads(output.strip().splitlines()[-1])
        assert dict(sb.processed) == CALLS, f"{name} made other calls than the workflow's"
        outbox = sb.outbox()
        with Pakat(api_key=sb.api_key, base_url=sb.url) as client:
            _check_state(client, report, outbox)


def _check_state(client: Pakat, report: dict[str, Any], outbox: list[dict[str, Any]]) -> None:
    list_uid = report["list_uid"]
    mailing_list = client.lists.get(list_uid)
    general, defaults = mailing_list.general, mailing_list.defaults
    assert (general.name, general.description) == (LIST["name"], LIST["description"])
    assert (defaults.from_name, defaults.from_email, defaults.reply_to) == (
        LIST["from_name"],
        LIST["from_email"],
        LIST["reply_to"],
    )

    (city,) = [f for f in client.fields.list(list_uid) if f.tag == "CITY"]
    assert str(city.field_id) == str(report["field_id"])
    assert (city.label, city.type_.identifier, str(city.sort_order)) == ("شهر", "dropdown", "3")  # type: ignore[union-attr]
    assert dict(city.options.additional_properties) == OPTIONS  # type: ignore[union-attr]

    subscriber = client.subscribers.get(list_uid, report["subscriber_uid"])
    values = subscriber.additional_properties
    assert (values["EMAIL"], values["FNAME"], values["LNAME"], values["CITY"]) == (
        "ali@example.com",
        "علی",
        "رضایی",
        "shiraz",
    )
    assert subscriber.status == "confirmed"  # general[opt_in] single arrived
    assert report["subscribers"] == [["ali@example.com", "علی", "shiraz"]]

    template = client.templates.get(report["template_uid"])
    assert (template.name, template.content) == ("رسید سفارش", TEMPLATE_HTML)

    receipt, from_template = outbox
    assert [receipt["email_uid"], from_template["email_uid"]] == report["email_uids"]
    assert {key: receipt[key] for key in RECEIPT} == RECEIPT
    assert {key: from_template[key] for key in FROM_TEMPLATE} == FROM_TEMPLATE
    assert from_template["template_uid"] == report["template_uid"]
