"""The tool table against the facade: one tool per operation, valid schemas, hints from the requests."""

from __future__ import annotations

import importlib
import inspect
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from jsonschema import Draft202012Validator

from pakat import AsyncPakat, Pakat
from pakat.mcp import Catalogue
from pakat.mcp._effects import DESTRUCTIVE, RECORDS, endpoints, http_method
from pakat.mcp._schema import Files, parse_time
from pakat.mcp._tools import build_tools, folded_into, operation_methods, resources, select
from pakat_client.models.subscriber_status import SUBSCRIBER_STATUS_VALUES
from tests._operations import OPERATIONS
from tests.mcp.conftest import DEFAULT

TOOLS = DEFAULT.every


def facade_methods(client_class: type) -> dict[str, list[str]]:
    return {name: operation_methods(cls) for name, cls in resources(client_class).items()}


def test_one_tool_per_public_operation_method_and_iter_variants_fold_into_paged_tools() -> None:
    methods = facade_methods(AsyncPakat)
    assert methods == facade_methods(Pakat)  # the sync client has the same operations
    expected: set[str] = set()
    folded: dict[str, str] = {}
    for resource, names in methods.items():
        for name in names:
            target = folded_into(name)
            if target is None:
                expected.add(f"{resource}_{name}")
            else:
                folded[f"{resource}.{name}"] = f"{resource}_{target}"
    assert set(TOOLS) == expected
    assert len(TOOLS) == len(expected) == 64
    # Every iter variant has its paged tool, which takes the page number the variant walks.
    for variant, tool in folded.items():
        assert tool in TOOLS, variant
        if tool != "subscribers_find_by_email_in_all_lists":  # the server does not page that search
            assert "page" in TOOLS[tool].input_schema["properties"], variant
    assert len(folded) == 13


def test_every_api_operation_has_its_tool() -> None:
    # tests/_operations.py maps each operation of openapi.json to the facade method that performs it.
    for operation, (resource, method, _args, _kwargs) in OPERATIONS.items():
        assert f"{resource}_{method}" in TOOLS, operation


def test_tools_take_the_facade_parameters_except_python_hooks() -> None:
    for tool in TOOLS.values():
        cls = resources(AsyncPakat)[tool.resource]
        parameters = list(inspect.signature(getattr(cls, tool.method)).parameters)[1:]
        offered = list(tool.input_schema["properties"])
        if tool.name == "subscribers_bulk_create":
            assert set(parameters) - set(offered) == {"on_start", "on_result"}
            assert "on_start" not in tool.description  # nor is what the docstring says of them
        else:
            assert offered == parameters, tool.name
        required = [
            name
            for name, p in inspect.signature(getattr(cls, tool.method)).parameters.items()
            if name != "self" and p.default is inspect.Parameter.empty
        ]
        assert tool.input_schema["required"] == required, tool.name


@pytest.mark.parametrize("root", [None, Path(".")], ids=["content only", "with --root"])
def test_every_input_schema_is_valid_draft_2020_12(root: Path | None) -> None:
    catalogue = DEFAULT if root is None else Catalogue(root=root)
    for tool in catalogue.every.values():
        schema = tool.input_schema
        Draft202012Validator.check_schema(schema)
        assert schema["type"] == "object"
        assert schema["additionalProperties"] is False
        assert tool.description.strip(), tool.name
        assert tool.name.replace("_", "").isalnum() and len(tool.name) <= 64


def test_value_mappings() -> None:
    send = TOOLS["transactional_emails_send"].input_schema["properties"]
    assert send["send_at"]["type"] == "string" and "Asia/Tehran" in send["send_at"]["description"]
    assert send["html"] == {"type": "string", "description": send["html"]["description"]}
    attachment = send["attachments"]["items"]
    assert {tuple(a["required"]) for a in attachment["oneOf"]} == {("name", "text"), ("name", "base64")}
    assert send["params"]["type"] == "object"
    page = TOOLS["lists_list"].input_schema["properties"]
    assert page["page"] == {"type": "integer", "minimum": 1, "default": 1}
    assert page["per_page"]["minimum"] == 10 and page["per_page"]["maximum"] == 50
    segment = TOOLS["segments_create"].input_schema["properties"]
    assert segment["operator_match"]["enum"] == ["all", "any"]
    condition = segment["conditions"]["items"]
    assert condition["required"] == ["field_id", "operator_id", "value"]
    assert segment["campaign_conditions"]["items"]["properties"]["campaign_id"]["type"] == [
        "integer",
        "string",
        "null",
    ]
    options = TOOLS["fields_create"].input_schema["properties"]["options"]["items"]
    assert options["required"] == ["name", "value"]
    status = TOOLS["subscribers_list"].input_schema["properties"]["status"]
    assert status["type"] == "string" and set(status["enum"]) == set(SUBSCRIBER_STATUS_VALUES)
    assert TOOLS["fields_get"].input_schema["properties"]["field_id"]["type"] == ["integer", "string"]
    assert TOOLS["lists_create"].input_schema["properties"]["company"]["additionalProperties"] == {
        "type": "string"
    }
    # Paths appear only when the operator gave a folder.
    assert "path" not in str(TOOLS["templates_create"].input_schema)
    rooted = Catalogue(root=Path(".")).every
    assert "path" in str(rooted["templates_create"].input_schema["properties"]["archive"])
    assert "path" in str(rooted["transactional_emails_send"].input_schema["properties"]["attachments"])


def test_annotations_follow_the_requests_each_method_sends() -> None:
    for tool in TOOLS.values():
        effects = tool.effects
        assert effects.http_methods, tool.name
        reads = effects.http_methods == {"GET"} and not effects.operations & RECORDS.keys()
        assert effects.read_only == reads, tool.name
        if "DELETE" in effects.http_methods:
            assert effects.destructive, tool.name
        assert effects.idempotent == (
            "POST" not in effects.http_methods and effects.operations.isdisjoint(RECORDS)
        )
    hints = {name: tool.hints for name, tool in TOOLS.items()}
    assert hints["lists_get"] == hints["quota_get"] == hints["campaigns_delivery_logs"] == "read-only"
    assert hints["lists_create"] == "writes, additive, not idempotent"
    assert hints["lists_update"] == "writes, additive, idempotent"
    assert hints["lists_delete"] == "writes, destructive, idempotent"
    assert hints["transactional_emails_send"] == "writes, destructive, not idempotent"
    assert hints["campaigns_create"] == "writes, destructive, not idempotent"
    assert hints["campaigns_mark_sent"] == "writes, destructive, idempotent"
    assert hints["campaigns_pause_unpause"] == "writes, destructive, idempotent"
    assert hints["campaigns_track_opening"] == "writes, additive, not idempotent"  # a GET that records
    assert hints["subscribers_upsert"] == "writes, destructive, not idempotent"  # GET, then PUT or POST
    assert TOOLS["subscribers_upsert"].effects.http_methods == {"GET", "PUT", "POST"}
    assert "sends an email" in TOOLS["transactional_emails_send"].description


def test_the_effect_tables_name_real_operations_each_used_by_a_tool() -> None:
    used = set().union(*(tool.effects.operations for tool in TOOLS.values()))
    for operation in (*DESTRUCTIVE, *RECORDS):
        assert operation in used, operation
    assert not DESTRUCTIVE.keys() & RECORDS.keys()
    # Every generated endpoint is sent by some tool, and its method is what the endpoint writes.
    api = Path(importlib.import_module("pakat_client.api").__file__ or "").parent
    generated = {p.stem for p in api.glob("*/*.py") if p.stem != "__init__"}
    assert used == generated
    lists = resources(AsyncPakat)["lists"]
    (create,) = endpoints(lists, "create")
    assert http_method(create) == "POST"


def test_read_only_and_patterns_choose_the_tools() -> None:
    every = list(TOOLS.values())
    reads = select(every, read_only=True)
    assert reads and all(tool.effects.read_only for tool in reads)
    assert {"lists_list", "quota_get"} <= {tool.name for tool in reads}
    assert not {"lists_create", "campaigns_track_opening"} & {tool.name for tool in reads}
    chosen = select(every, include=["lists_*,quota_get"], exclude=["lists_delete"])
    assert [t.name for t in chosen] == [
        "lists_list",
        "lists_get",
        "lists_create",
        "lists_update",
        "lists_copy",
        "quota_get",
    ]
    assert [t.name for t in select(every, include=["lists_*"], read_only=True)] == ["lists_list", "lists_get"]
    with pytest.raises(ValueError, match="'list_create' matches no tool"):
        select(every, include=["list_create"])
    with pytest.raises(ValueError, match="no tool is left"):
        select(every, include=["lists_create"], read_only=True)


def test_times_need_an_offset_or_a_zone() -> None:
    tehran = ZoneInfo("Asia/Tehran")
    nine = datetime(2030, 1, 16, 9, 0, tzinfo=tehran)
    assert parse_time("2030-01-16T09:00:00+03:30") == nine
    assert parse_time("2030-01-16T05:30:00Z") == nine
    assert parse_time("2030-01-16T09:00:00[Asia/Tehran]") == nine
    assert parse_time("2030-01-16 09:00 Asia/Tehran") == nine
    assert parse_time("2030-01-16T09:00:00[Asia/Tehran]").tzinfo == tehran
    assert parse_time("2030-01-16T05:30:00+00:00[Asia/Tehran]") == nine  # the offset fixes the moment
    with pytest.raises(ValueError, match=r"no UTC offset or time zone.*\+03:30.*\[Asia/Tehran\]"):
        parse_time("2030-01-16T09:00:00")
    with pytest.raises(ValueError, match="unknown time zone 'Mars/Olympus'"):
        parse_time("2030-01-16T09:00:00[Mars/Olympus]")
    with pytest.raises(ValueError, match="not an ISO 8601"):
        parse_time("tomorrow at nine")
    assert parse_time((datetime.now(UTC) + timedelta(days=1)).isoformat()).tzinfo is not None


def test_files_are_read_only_under_the_root(tmp_path: Path) -> None:
    root = tmp_path / "shared"
    root.mkdir()
    (root / "a.pdf").write_bytes(b"%PDF")
    (tmp_path / "secret.txt").write_text("no")
    files = Files(root.resolve())
    assert files.read("a.pdf").read_bytes() == b"%PDF"
    assert files.read(str(root / "a.pdf")).name == "a.pdf"
    for outside in ("../secret.txt", str(tmp_path / "secret.txt"), "/etc/passwd"):
        with pytest.raises(ValueError, match="outside the folder"):
            files.read(outside)
    (root / "link.txt").symlink_to(tmp_path / "secret.txt")
    with pytest.raises(ValueError, match="outside the folder"):
        files.read("link.txt")
    with pytest.raises(ValueError, match="no such file"):
        files.read("missing.pdf")
    with pytest.raises(ValueError, match="without --root"):
        Files(None).read("a.pdf")


def test_the_table_is_built_from_whatever_facade_it_is_given() -> None:
    # Derived, not written down: the table of the sync client is the same tools.
    sync = {tool.name: tool.input_schema for tool in build_tools(Files(None), Pakat)}
    assert sync == {name: tool.input_schema for name, tool in TOOLS.items()}
