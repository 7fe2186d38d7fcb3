"""openapi.json is valid, lint-clean, formatted, and complete in the ways the SDK relies on."""

from __future__ import annotations

import json
import os
import re
import subprocess

import pytest
from openapi_spec_validator import validate

from pakat._encoding import FIELD_TAG, MAX_ATTACHMENTS
from tests._paths import NODE_BIN, ROOT, SPEC_PATH, form_field_patterns, operations, resolve, spec

WRITE_TYPES = {"post": "multipart/form-data", "put": "application/x-www-form-urlencoded"}


def test_validates_under_openapi_spec_validator() -> None:
    validate(spec())


def test_redocly_lint_recommended_has_no_errors_or_warnings() -> None:
    redocly = NODE_BIN / "redocly"
    assert redocly.exists(), "redocly is not installed: run `make install`"
    result = subprocess.run(
        [str(redocly), "lint", str(SPEC_PATH), "--config", str(ROOT / "redocly.yaml"), "--format", "summary"],
        capture_output=True,
        text=True,
        env={**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"},
        timeout=120,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "valid" in output, output
    assert not re.search(r"\b(error|warning) [\w-]+: \d+", output), output


def test_file_is_two_space_json_with_a_final_newline() -> None:
    text = SPEC_PATH.read_text(encoding="utf-8")
    assert text == json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\n"


def test_server_and_security() -> None:
    document = spec()
    assert [s["url"] for s in document["servers"]] == ["https://new.pakat.net/api"]
    schemes = document["components"]["securitySchemes"]
    # The key, in X-API-KEY or (as MailWizz 1.x clients send it) X-MW-PUBLIC-KEY: either will do.
    assert {name: (scheme["type"], scheme["in"], scheme["name"]) for name, scheme in schemes.items()} == {
        "ApiKeyAuth": ("apiKey", "header", "X-API-KEY"),
        "LegacyPublicKey": ("apiKey", "header", "X-MW-PUBLIC-KEY"),
    }
    assert document["security"] == [{"ApiKeyAuth": []}, {"LegacyPublicKey": []}]


def test_every_operation_has_id_summary_one_tag_and_declared_tag() -> None:
    document = spec()
    declared = {t["name"] for t in document["tags"]}
    ids = [op["operationId"] for _, _, op in operations()]
    assert len(ids) == len(set(ids)) == 62
    for method, path, op in operations():
        assert re.fullmatch(r"[a-z][A-Za-z]+", op["operationId"]), (method, path)
        assert op.get("summary"), (method, path)
        assert len(op["tags"]) == 1 and op["tags"][0] in declared, (method, path)


def test_request_content_types_follow_the_method() -> None:
    for method, path, op in operations():
        body = op.get("requestBody")
        if body is None:
            continue
        assert list(body["content"]) == [WRITE_TYPES[method]], (method, path)


def _success(op: dict[str, object]) -> tuple[str, dict[str, object]]:
    """The main success response: the lowest 2xx (updateTemplate also answers 201, with an archive)."""
    responses = op["responses"]
    assert isinstance(responses, dict)
    codes = sorted(c for c in responses if c.startswith("2"))
    assert codes
    return codes[0], resolve(spec(), responses[codes[0]])


def _properties(schema: dict[str, object]) -> dict[str, object]:
    """Properties of a schema, merging allOf parts."""
    schema = resolve(spec(), schema)
    props: dict[str, object] = dict(schema.get("properties", {}))  # type: ignore[call-overload]
    for part in schema.get("allOf", []):  # type: ignore[attr-defined]
        props.update(_properties(part))
    return props


def _is_collection(op: dict[str, object]) -> bool:
    _, response = _success(op)
    body = response["content"]["application/json"]["schema"]  # type: ignore[index]
    data = _properties(body).get("data")
    return data is not None and "records" in _properties(data)  # type: ignore[arg-type]


def test_every_success_response_has_a_schema_and_errors_are_described() -> None:
    for method, path, op in operations():
        codes = set(op["responses"])
        for code in sorted(c for c in codes if c.startswith("2")):
            response = resolve(spec(), op["responses"][code])
            assert "schema" in response["content"]["application/json"], (method, path, code)
        assert {"400", "401", "404", "429", "5XX"} <= codes, (method, path)
        if method in WRITE_TYPES:
            assert "422" in codes, (method, path)
        # 304 (a conditional GET of an unchanged answer) has no body.
        for code in {c for c in codes if c[0] in "45"}:
            error = resolve(spec(), op["responses"][code])["content"]["application/json"]["schema"]
            assert resolve(spec(), error) is spec()["components"]["schemas"]["ErrorResponse"]


def _is_paged(op: dict[str, object]) -> bool:
    """A collection the server pages: its data carries the PageMeta fields."""
    _, response = _success(op)
    body = response["content"]["application/json"]["schema"]  # type: ignore[index]
    data = resolve(spec(), _properties(body)["data"])  # type: ignore[arg-type]
    return {"$ref": "#/components/schemas/PageMeta"} in data.get("allOf", [])


def test_paged_collections_take_page_and_per_page_and_accept_string_counts() -> None:
    collections = [(m, p, op) for m, p, op in operations() if _is_collection(op)]
    assert len([op for _, _, op in collections if _is_paged(op)]) == 13
    for method, path, op in collections:
        names = {resolve(spec(), p)["name"] for p in op.get("parameters", [])}
        if _is_paged(op):
            assert {"page", "per_page"} <= names, (method, path)
        else:
            # Collections the server sends whole (fields, field types, condition operators).
            assert not names & {"page", "per_page"}, (method, path)
    unpaged = {op["operationId"] for _, _, op in collections if not _is_paged(op)}
    assert {
        "listFields",
        "listFieldTypes",
        "listSegmentConditionOperators",
        "findSubscriberByEmailInAllLists",
    } <= unpaged
    meta = _properties(spec()["components"]["schemas"]["PageMeta"])
    for key in ("count", "total_pages", "current_page", "next_page", "prev_page"):
        assert {"integer", "string"} <= set(meta[key]["type"]), key  # type: ignore[index]
    assert "null" in meta["next_page"]["type"]  # type: ignore[index]


def test_response_status_fields_are_open_and_request_enums_closed() -> None:
    schemas = spec()["components"]["schemas"]
    for name in ("Subscriber", "Campaign", "DeliveryLog", "TransactionalEmail", "DeliveryServer"):
        status = schemas[name]["properties"]["status"]
        assert "enum" not in status and status["x-known-values"], name
    assert schemas["SubscriberStatus"]["enum"]
    create = schemas["SubscriberCreateRequest"]["properties"]["details[status]"]
    assert resolve(spec(), create)["enum"]


def test_quota_allows_the_infinity_sign() -> None:
    quota = spec()["components"]["schemas"]["Quota"]["properties"]
    assert "string" in quota["allowed"]["type"]


@pytest.mark.parametrize(
    ("operation", "field"),
    [
        ("createField", "options[12][value]"),
        ("updateField", "options[0][name]"),
        ("createSegment", "conditions[3][operator_id]"),
        ("updateSegment", "campaign_conditions[10][time_unit]"),
        ("sendTransactionalEmail", "email[params][order_id]"),
        ("sendTransactionalEmail", "email[contact][first_name]"),
        ("createSubscriber", "CITY"),
        ("updateSubscriber", "\u0634\u0647\u0631"),
        ("createSubscribersBulk", "subscribers[9999][details][status]"),
        ("createSubscribersBulk", "subscribers[2][CITY]"),
    ],
)
def test_indexed_and_mapped_fields_accept_any_index_and_key(operation: str, field: str) -> None:
    (op,) = (op for _, _, op in operations() if op["operationId"] == operation)
    (media,) = op["requestBody"]["content"].values()
    assert any(re.search(p, field) for p in form_field_patterns(spec(), media)), field


def test_bounded_families_are_written_out_and_custom_field_tags_match_the_servers() -> None:
    schemas = spec()["components"]["schemas"]
    attachments = [n for n in schemas["TransactionalEmailRequest"]["properties"] if "[attachments]" in n]
    assert attachments == [
        f"email[attachments][{n}][{k}]" for n in range(3) for k in ("name", "type", "data")
    ]
    assert MAX_ATTACHMENTS == 3
    for name in ("SubscriberCreateRequest", "SubscriberUpdateRequest"):
        tag = schemas[name]["properties"]["custom_fields"]["propertyNames"]["pattern"]
        # The spec writes the scripts' letters as \\uXXXX escapes (which JSON Schema regexes read).
        assert re.sub(r"\\u([0-9a-f]{4})", lambda m: chr(int(m[1], 16)), tag) == f"^{FIELD_TAG.pattern}$"


def test_request_bodies_declare_no_catch_all() -> None:
    """A catch-all `additionalProperties` becomes, in generated TypeScript, an index signature every
    declared field must fit (so `sort_order: 3` fails to compile) and lets misspelt names through;
    openapi-generator refuses it for form bodies. The server's tolerance of unknown names is the
    `x-raw-fields` extension instead (scripts/regenerate.py gives it to the Python generator)."""
    for _, _, op in operations():
        for media in op.get("requestBody", {}).get("content", {}).values():
            schema = resolve(spec(), media["schema"])
            assert "additionalProperties" not in schema and "patternProperties" not in schema, op[
                "operationId"
            ]
            assert schema["x-raw-fields"]["type"] == "string", op["operationId"]
