"""The JSON Schema of the file format: generated from the model, valid, shipped, and honest.

"Honest" means two things: every document that mineralpact writes is valid
against the schema, and every document that the schema refuses, mineralpact
refuses to load too.
"""

from __future__ import annotations

import enum
import importlib.resources
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import jsonschema  # type: ignore[import-untyped]  # a test-only dependency without stubs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mineralpact import strategies as ms
from mineralpact._ids import ID_PATTERN
from mineralpact.codes import Country, Identifier, Subdivision
from mineralpact.dataset import RECORD_TYPES
from mineralpact.dates import DateRange, Deadline, PartialDate, QualifiedDate, parse_temporal
from mineralpact.errors import InvalidValueError
from mineralpact.schema import _cached, _main, _render, json_schema

SCHEMA = json_schema()
DEFS: dict[str, Any] = SCHEMA["$defs"]
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

# The record types as docs/format.md names them.
FORMAT_TYPES = [
    "source",
    "organisation",
    "person",
    "position",
    "element",
    "mineral_group",
    "commodity",
    "mineral_list",
    "agreement",
    "event",
    "project",
    "facility",
    "milestone",
    "figure",
]


def _def_validator(name: str) -> jsonschema.Draft202012Validator:
    """A validator of one definition, with the whole schema there to resolve references."""
    schema = {"$schema": SCHEMA["$schema"], "$defs": DEFS, "$ref": f"#/$defs/{name}"}
    return jsonschema.Draft202012Validator(schema)


def _walk(node: object, path: str = "$") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema object inside ``node``, with where it is."""
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from _walk(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk(value, f"{path}[{i}]")


# --- the schema itself --------------------------------------------------------


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_every_reference_resolves() -> None:
    refs = {node["$ref"] for _, node in _walk(SCHEMA) if "$ref" in node}
    assert refs, "the schema refers to its definitions"
    for ref in refs:
        assert ref.startswith("#/$defs/")
        assert ref.removeprefix("#/$defs/") in DEFS


def test_every_definition_is_used() -> None:
    used = {node["$ref"].removeprefix("#/$defs/") for _, node in _walk(SCHEMA) if "$ref" in node}
    # Header is for JSON Lines; the untagged figure values are what a value
    # written alone looks like. Neither appears inside a dataset document.
    standalone = {"Header", "Quantity", "Share", "Rank", "Count", "Money"}
    assert set(DEFS) - used == standalone


def test_no_object_allows_unknown_keys() -> None:
    objects = [(path, node) for path, node in _walk(SCHEMA) if node.get("type") == "object"]
    assert len(objects) > 20
    for path, node in objects:
        assert node.get("additionalProperties") is False, path


def test_every_pattern_is_anchored_and_portable() -> None:
    patterns = [node["pattern"] for _, node in _walk(SCHEMA) if "pattern" in node]
    assert patterns
    for pattern in patterns:
        assert pattern.startswith("^")
        assert pattern.endswith("$")
        # \d matches any Unicode digit in Python but only 0-9 in ECMA-262.
        assert "\\d" not in pattern
        re.compile(pattern)


def test_json_schema_returns_a_fresh_copy_each_time() -> None:
    first = json_schema()
    first["$defs"]["Figure"]["required"].append("mutated")
    first["title"] = "changed"
    second = json_schema()
    assert second == SCHEMA
    assert "mutated" not in second["$defs"]["Figure"]["required"]


# --- generated from the model -------------------------------------------------


def test_records_are_one_of_the_record_types_by_their_type() -> None:
    refs = [alt["$ref"].removeprefix("#/$defs/") for alt in DEFS["Record"]["oneOf"]]
    assert refs == [cls.__name__ for cls in RECORD_TYPES]
    tags = [DEFS[name]["properties"]["type"]["const"] for name in refs]
    assert tags == FORMAT_TYPES
    for name in refs:
        assert next(iter(DEFS[name]["properties"])) == "type"
        assert DEFS[name]["required"][0] == "type"


@pytest.mark.parametrize("cls", RECORD_TYPES, ids=lambda cls: cls.__name__)
def test_a_record_has_its_fields_in_order_and_requires_those_without_a_default(
    cls: type,
) -> None:
    definition = DEFS[cls.__name__]
    fields = attrs.fields(cls)
    assert list(definition["properties"]) == ["type", *(f.name for f in fields)]
    without_default = [f.name for f in fields if f.default is attrs.NOTHING]
    assert definition["required"] == ["type", *without_default]


def test_field_types_follow_the_format() -> None:
    figure = DEFS["Figure"]["properties"]
    assert figure["subject"]["type"] == ["string", "null"]  # required, and may be null
    assert figure["minerals"]["type"] == "array"
    assert figure["minerals"]["uniqueItems"] is True  # a frozenset
    assert figure["estimated"] == {"type": "boolean", "default": False}
    assert figure["period"]["anyOf"] == [
        {"$ref": "#/$defs/PartialDate"},
        {"$ref": "#/$defs/DateRange"},
        {"type": "null"},
    ]
    values = figure["value"]["anyOf"][0]["oneOf"]
    assert [v["$ref"] for v in values] == [
        f"#/$defs/Tagged{name}" for name in ("Quantity", "Share", "Rank", "Count", "Money")
    ]
    assert DEFS["TaggedQuantity"]["properties"]["type"] == {"const": "quantity"}
    assert DEFS["TaggedQuantity"]["required"] == ["type", "magnitude", "unit"]
    assert DEFS["Quantity"]["required"] == ["magnitude", "unit"]
    assert "type" not in DEFS["Quantity"]["properties"]
    assert DEFS["Quantity"]["properties"]["magnitude"] == {"$ref": "#/$defs/Decimal"}
    assert DEFS["Decimal"]["type"] == "string"
    assert DEFS["Count"]["properties"]["value"] == {"type": "integer", "minimum": 0}
    assert DEFS["Rank"]["required"] == ["position", "scope"]
    event = DEFS["Event"]["properties"]
    assert event["dates"]["items"] == {"$ref": "#/$defs/DateClaim"}
    assert "uniqueItems" not in event["dates"]  # a tuple keeps its order and repeats
    assert DEFS["DateClaim"]["properties"]["value"]["anyOf"] == [
        {"$ref": f"#/$defs/{name}"}
        for name in ("PartialDate", "DateRange", "Deadline", "QualifiedDate")
    ]


def test_validators_give_lengths_prefixes_and_sizes() -> None:
    source = DEFS["Source"]["properties"]
    assert source["title"] == {"type": "string", "minLength": 1, "maxLength": 500}
    assert source["publisher"]["maxLength"] == 200
    assert source["authors"]["items"]["maxLength"] == 200
    assert source["language"]["pattern"] == "^[a-z]{2}$"
    assert source["language"]["default"] == "en"
    slug = ID_PATTERN.partition(":")[2]
    assert source["id"]["pattern"] == f"^src:{slug}"
    participant = DEFS["Participant"]["properties"]["party"]
    assert participant["pattern"] == f"^(?:country|org|person):{slug}"
    assert DEFS["MineralGroup"]["properties"]["members"]["minItems"] == 1
    assert DEFS["Organisation"]["properties"]["names"]["minItems"] == 1
    assert DEFS["Citation"]["properties"]["quotation"]["maxLength"] == 600


def test_every_validator_is_read_or_is_a_check_no_schema_can_state() -> None:
    unknown = _cached()[1]
    # Checks across the items of a field, which no schema keyword states; the
    # other checks of single fields are in the schema module's table of rules.
    assert unknown == {
        "Agreement": ("dates: distinct_values",),
        "Event": ("dates: distinct_values",),
    }
    assert DEFS["Element"]["properties"]["symbol"]["pattern"] == "^[A-Z][a-z]{0,2}$"
    assert DEFS["Event"]["properties"]["number"]["minimum"] == 1


def test_enums_are_their_lower_case_names() -> None:
    enums = [name for name, d in DEFS.items() if "enum" in d]
    assert {"Measure", "SourceKind", "Scope", "AgreementKind", "EventKind"} <= set(enums)
    import mineralpact

    for name in enums:
        cls = getattr(mineralpact, name)
        assert issubclass(cls, enum.Enum)
        assert DEFS[name]["enum"] == [m.value for m in cls]
        assert all(m.value == m.name.lower() for m in cls)


# --- value types: the patterns accept every text form the model writes ----------


def _matches(name: str, text: str) -> bool:
    return bool(_def_validator(name).is_valid(text))


@given(ms.temporal_values())
def test_every_temporal_value_matches_the_pattern_of_its_type(value: Any) -> None:
    name = type(value).__name__
    assert _matches(name, str(value))
    others = {"PartialDate", "DateRange", "Deadline", "QualifiedDate"} - {name}
    assert not any(_matches(other, str(value)) for other in others)


@given(st.text(alphabet="0123456789-/.~?%", max_size=24))
def test_every_date_text_the_parser_reads_matches_a_pattern(text: str) -> None:
    try:
        value = parse_temporal(text)
    except InvalidValueError:
        return
    assert _matches(type(value).__name__, text)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("PartialDate", "2023-2"),
        ("PartialDate", "2023-13"),
        ("PartialDate", "23"),
        ("PartialDate", "2023-02-15T10:00"),
        ("DateRange", "../2025"),
        ("DateRange", "2023/"),
        ("Deadline", "2025"),
        ("QualifiedDate", "2023"),
        ("QualifiedDate", "2023~?"),
        ("Country", "kr"),
        ("Country", "KOR"),
        ("Subdivision", "MN071"),
        ("Identifier", "isin:US48268K1016"),
        ("Identifier", "sec_cik:00000892450"),
        ("Identifier", "Wikidata:Q884"),
        ("Identifier", "url:ftp://example.org"),
        ("Decimal", "1e3"),
        ("Decimal", "NaN"),
        ("Decimal", "1_000"),
        ("Decimal", " 1"),
    ],
)
def test_malformed_text_forms_are_refused(name: str, text: str) -> None:
    assert not _matches(name, text)


@given(ms.countries(), ms.subdivisions(), ms.identifiers())
def test_codes_match_their_patterns(
    country: Country, subdivision: Subdivision, identifier: Identifier
) -> None:
    assert _matches("Country", str(country))
    assert _matches("Subdivision", str(subdivision))
    assert _matches("Identifier", str(identifier))


def test_the_documented_examples_match() -> None:
    assert _matches("PartialDate", str(PartialDate(2023, 2)))
    assert _matches("DateRange", str(DateRange(PartialDate(2023), None)))
    assert _matches("Deadline", str(Deadline(PartialDate(2025, 11))))
    assert _matches("QualifiedDate", str(QualifiedDate.parse("2025-12-15?")))


# --- the shipped file ---------------------------------------------------------


def test_the_shipped_file_is_the_generated_schema() -> None:
    shipped = importlib.resources.files("mineralpact").joinpath("data/schema.json")
    text = shipped.read_text(encoding="utf-8")
    assert json.loads(text) == json_schema()
    # Byte for byte, so that the file is regenerated, not edited by hand.
    assert text == _render(json_schema())


def test_the_command_prints_writes_and_checks_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _main([]) == 0
    assert json.loads(capsys.readouterr().out) == SCHEMA
    target = tmp_path / "schema.json"
    assert _main(["--check", str(target)]) == 1  # missing
    assert "out of date" in capsys.readouterr().err
    assert _main(["--output", str(target)]) == 0
    assert json.loads(target.read_text(encoding="utf-8")) == SCHEMA
    assert _main(["--check", str(target)]) == 0
    target.write_text("{}", encoding="utf-8")
    assert _main(["--check", str(target)]) == 1


def test_importing_the_schema_leaves_heavy_dependencies_unloaded() -> None:
    import subprocess
    import sys

    code = (
        "import sys, mineralpact.schema as s; s.json_schema(); "
        "print(sorted(m for m in ('pint', 'pycountry', 'jsonschema') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
