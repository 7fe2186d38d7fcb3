"""`pakat fields` and `pakat segments`: a list's custom fields and its segments."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

from pakat.cli._app import (
    GeneratedChoice,
    cli,
    client,
    json_option,
    key_values,
    listing,
    options,
    print_json,
    print_record,
    print_records,
    print_result,
)
from pakat.cli._lists import extra_option

if TYPE_CHECKING:
    from pakat import Pakat
    from pakat.types import CampaignCondition, SegmentCondition

__all__ = ["fields", "segments"]


def _given(values: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if value is not None and value != {}}


# --- fields -----------------------------------------------------------------------------------------


def _field_options(required: bool) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    what = " (required)" if required else ""
    return options(
        *[
            click.option(
                "--type",
                "type_",
                required=required,
                metavar="TYPE",
                help=f"The field type's identifier, such as text or dropdown (`pakat fields types`){what}.",
            ),
            click.option("--label", required=required, help=f"The label subscribers see{what}."),
            click.option(
                "--tag",
                required=required,
                help=f"The tag, such as CITY: how values are sent and merged{what}.",
            ),
            click.option(
                "--required/--optional", "required", default=None, help="Whether a value is required."
            ),
            click.option(
                "--visibility",
                type=GeneratedChoice("field_visibility"),
                default=None,
                help="Who sees it.",
            ),
            click.option(
                "--sort-order", type=click.IntRange(-100, 100), default=None, help="Its place, -100..100."
            ),
            click.option("--help-text", default=None, help="A hint shown beside the field."),
            click.option("--default", "default_value", default=None, help="The value when none is given."),
            click.option("--description", default=None, help="A description."),
            click.option(
                "--option",
                "options",
                metavar="VALUE=NAME",
                multiple=True,
                callback=key_values("--option", "tehran=تهران"),
                help="A choice of a dropdown, checkbox or radio field: the value stored and the name shown "
                "(repeatable, in order).",
            ),
            extra_option,
            json_option,
        ]
    )


def _field_settings(values: dict[str, Any]) -> dict[str, Any]:
    from pakat.types import FieldOption

    settings = _given(values)
    if "type_" in settings:
        settings["type"] = settings.pop("type_")
    if "options" in settings:
        settings["options"] = [FieldOption(name, value) for value, name in settings["options"].items()]
    return settings


@cli.group()
def fields() -> None:
    """Custom fields of a list (FNAME, CITY, ...)."""


@fields.command("ls", calls=("fields.list",))
@click.argument("list_uid")
@json_option
def fields_ls(list_uid: str, as_json: bool) -> None:
    """List a list's custom fields (all at once: fields are not paged)."""
    from pakat._json import to_json

    with client() as c:
        records = to_json(c.fields.list(list_uid))
    print_records(
        records,
        (
            ("ID", "field_id"),
            ("TAG", "tag"),
            ("LABEL", "label"),
            ("TYPE", "type.identifier"),
            ("REQUIRED", "required"),
            ("OPTIONS", "options"),
        ),
        empty="No fields.",
        as_json=as_json,
    )


@fields.command("show", calls=("fields.get",))
@click.argument("list_uid")
@click.argument("field_id")
@json_option
def fields_show(list_uid: str, field_id: str, as_json: bool) -> None:
    """Show one custom field, every setting."""
    with client() as c:
        print_record(c.fields.get(list_uid, field_id), as_json=as_json)


@fields.command("create", calls=("fields.create",))
@click.argument("list_uid")
@_field_options(required=True)
def fields_create(list_uid: str, as_json: bool, **values: Any) -> None:
    """Add a custom field to a list; prints its id (or the field, with --json).

    A dropdown with two choices: --type dropdown --label City --tag CITY
    --option tehran=Tehran --option shiraz=Shiraz
    """
    with client() as c:
        field = c.fields.create(list_uid, **_field_settings(values))
    print_result(as_json, field.to_dict(), str(field.field_id))


@fields.command("update", calls=("fields.update",))
@click.argument("list_uid")
@click.argument("field_id")
@_field_options(required=False)
def fields_update(list_uid: str, field_id: str, as_json: bool, **values: Any) -> None:
    """Change a custom field: only the settings given."""
    with client() as c:
        field = c.fields.update(list_uid, field_id, **_field_settings(values))
    data = field.to_dict() if field is not None else {"field_id": field_id, "updated": True}
    print_result(as_json, data, f"Updated field {field_id}.")


@fields.command("delete", calls=("fields.delete",))
@click.argument("list_uid")
@click.argument("field_id")
@json_option
def fields_delete(list_uid: str, field_id: str, as_json: bool) -> None:
    """Delete a custom field and every subscriber's value of it."""
    with client() as c:
        c.fields.delete(list_uid, field_id)
    print_result(as_json, {"field_id": field_id, "deleted": True}, f"Deleted field {field_id}.")


@fields.command("types", calls=("fields.types",))
@json_option
def fields_types(as_json: bool) -> None:
    """List the field types (their identifiers go to --type)."""
    from pakat._json import to_json

    with client() as c:
        records = to_json(c.fields.types())
    print_records(
        records,
        (("IDENTIFIER", "identifier"), ("NAME", "name"), ("DESCRIPTION", "description")),
        empty="No field types.",
        as_json=as_json,
    )


# --- segments ---------------------------------------------------------------------------------------


def _segment_options(required: bool) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    return options(
        *[
            click.option(
                "--name", required=required, help="The segment's name" + (" (required)." if required else ".")
            ),
            click.option(
                "--match",
                "operator_match",
                type=GeneratedChoice("operator_match"),
                default=None,
                help="Match subscribers meeting any condition (create's default) or all of them.",
            ),
            click.option(
                "--condition",
                "conditions",
                nargs=3,
                multiple=True,
                metavar="FIELD OPERATOR VALUE",
                help="A field condition: a field's tag or id, an operator's slug or id "
                "(`pakat segments operators`) and a value, such as CITY is tehran (repeatable).",
            ),
            click.option(
                "--campaign-condition",
                "campaign_conditions",
                nargs=5,
                multiple=True,
                metavar="ACTION CAMPAIGN COMPARE VALUE UNIT",
                help="A campaign condition: open, not_open, click or not_click; a campaign id or any; "
                "lte, lt, gte, gt or eq; a number; day, month or year. Such as: open any lte 30 day.",
            ),
            extra_option,
            json_option,
        ]
    )


def _conditions(c: Pakat, list_uid: str, given: tuple[tuple[str, str, str], ...]) -> list[SegmentCondition]:
    """Field conditions with tags and slugs read as the ids the server takes."""
    from pakat.types import SegmentCondition

    if not given:
        return []
    tags = (
        {}
        if all(f.isdigit() for f, _, _ in given)
        else {str(f.tag).upper(): str(f.field_id) for f in c.fields.list(list_uid)}
    )
    operators: dict[str, Any] = {}
    if not all(o.isdigit() for _, o, _ in given):
        for op in c.segments.condition_operators():
            operators[str(op.slug)] = operators[str(op.name)] = op.operator_id
    found = []
    for field, operator, value in given:
        field_id = field if field.isdigit() else tags.get(field.upper())
        if field_id is None:
            raise click.UsageError(
                f"--condition: the list has no field tagged {field!r} (see `pakat fields ls`)"
            )
        operator_id = operator if operator.isdigit() else operators.get(operator)
        if operator_id is None:
            known = ", ".join(sorted({k for k in operators if " " not in k}))
            raise click.UsageError(f"--condition: no operator {operator!r}; the operators are {known}")
        found.append(SegmentCondition(field_id=field_id, operator_id=operator_id, value=value))
    return found


def _campaign_conditions(given: tuple[tuple[str, str, str, str, str], ...]) -> list[CampaignCondition]:
    from pakat.types import CampaignCondition

    found = []
    for action, campaign, compare, value, unit in given:
        if not value.isdigit():
            raise click.UsageError(f"--campaign-condition: the value must be a whole number, got {value!r}")
        found.append(
            CampaignCondition(
                action=action,  # type: ignore[arg-type]  # the facade checks the words
                campaign_id=None if campaign.lower() == "any" else campaign,
                time_comparison_operator=compare,  # type: ignore[arg-type]
                time_value=int(value),
                time_unit=unit,  # type: ignore[arg-type]
            )
        )
    return found


def _segment_settings(c: Pakat, list_uid: str, values: dict[str, Any]) -> dict[str, Any]:
    settings = _given(values)
    for key in ("conditions", "campaign_conditions"):
        if not settings.get(key):
            settings.pop(key, None)
    if "conditions" in settings:
        settings["conditions"] = _conditions(c, list_uid, settings["conditions"])
    if "campaign_conditions" in settings:
        settings["campaign_conditions"] = _campaign_conditions(settings["campaign_conditions"])
    if not settings.get("extra"):
        settings.pop("extra", None)
    return settings


@cli.group()
def segments() -> None:
    """Segments of a list: subscribers chosen by field values and campaign activity."""


listing(
    segments,
    "ls",
    calls=("segments.list", "segments.iter"),
    arguments=("list_uid",),
    columns=(("UID", "segment_uid"), ("NAME", "name"), ("SUBSCRIBERS", "subscribers_count")),
    empty="No segments.",
    help="List a list's segments.",
)


@segments.command("show", calls=("segments.get",))
@click.argument("list_uid")
@click.argument("segment_uid")
@json_option
def segments_show(list_uid: str, segment_uid: str, as_json: bool) -> None:
    """Show one segment with its conditions."""
    with client() as c:
        print_record(c.segments.get(list_uid, segment_uid), as_json=as_json)


@segments.command("create", calls=("segments.create",))
@click.argument("list_uid")
@_segment_options(required=True)
def segments_create(list_uid: str, as_json: bool, **values: Any) -> None:
    """Create a segment of a list; prints its uid.

    Subscribers in Tehran: --name Tehran --condition CITY is tehran
    """
    with client() as c:
        settings = _segment_settings(c, list_uid, values)
        segment_uid = c.segments.create(list_uid, **settings)
    print_result(as_json, {"segment_uid": segment_uid}, segment_uid)


@segments.command("update", calls=("segments.update",))
@click.argument("list_uid")
@click.argument("segment_uid")
@_segment_options(required=False)
def segments_update(list_uid: str, segment_uid: str, as_json: bool, **values: Any) -> None:
    """Change a segment: its conditions stay as they are unless new ones are given."""
    with client() as c:
        settings = _segment_settings(c, list_uid, values)
        segment = c.segments.update(list_uid, segment_uid, **settings)
    data = segment.to_dict() if segment is not None else {"segment_uid": segment_uid, "updated": True}
    print_result(as_json, data, f"Updated segment {segment_uid}.")


@segments.command("delete", calls=("segments.delete",))
@click.argument("list_uid")
@click.argument("segment_uid")
@json_option
def segments_delete(list_uid: str, segment_uid: str, as_json: bool) -> None:
    """Delete a segment (its subscribers stay on the list)."""
    with client() as c:
        c.segments.delete(list_uid, segment_uid)
    print_result(as_json, {"segment_uid": segment_uid, "deleted": True}, f"Deleted segment {segment_uid}.")


@segments.command("operators", calls=("segments.condition_operators",))
@json_option
def segments_operators(as_json: bool) -> None:
    """List the operators field conditions take (by slug or id)."""
    from pakat._json import to_json

    with client() as c:
        records = to_json(c.segments.condition_operators())
    if as_json:
        print_json(records)
        return
    print_records(records, (("ID", "operator_id"), ("SLUG", "slug"), ("NAME", "name")), empty="No operators.")
