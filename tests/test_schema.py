"""The JSON Schema of the file format: generated from the model, valid, shipped, and honest.

"Honest" means two things: every document that mineralpact writes is valid
against the schema, and every document that the schema refuses, mineralpact
refuses to load too.
"""

from __future__ import annotations

import copy
import enum
import importlib.resources
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import jsonschema  # type: ignore[import-untyped]  # a test-only dependency without stubs
import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from mineralpact import strategies as ms
from mineralpact._ids import ID_PATTERN
from mineralpact._validate import END, MULTI_LINE_PATTERN, ONE_LINE_PATTERN
from mineralpact.agreements import Agreement, Signatory
from mineralpact.codes import Country, Identifier, Subdivision
from mineralpact.dataset import RECORD_TYPES, Dataset, Record
from mineralpact.dates import DateRange, Deadline, PartialDate, QualifiedDate, parse_temporal
from mineralpact.errors import InvalidDocumentError, InvalidValueError
from mineralpact.events import Event, Participant
from mineralpact.figures import Figure
from mineralpact.laws import Law
from mineralpact.milestones import Milestone
from mineralpact.minerals import Commodity, Element, MineralForm, MineralGroup, MineralList
from mineralpact.parties import Name, Organisation, Person, Position
from mineralpact.places import Place
from mineralpact.projects import Facility, Project
from mineralpact.quantities import MAX_WHOLE, Count, Money, Quantity, Rank, Share
from mineralpact.restatements import Restatement
from mineralpact.schema import _cached, _main, _render, json_schema
from mineralpact.serialization import dump_lines, dumps, loads
from mineralpact.sources import Citation, DateClaim, Source
from mineralpact.stages import Stage

SCHEMA = json_schema()
DEFS: dict[str, Any] = SCHEMA["$defs"]


#: The ``jsonschema`` package as users run it: its "pattern" is Python's re,
#: where "$" also matches before a final line feed, so the schema's patterns
#: must end in a way that both Python and ECMA-262 read as the end of the text.
Validator = jsonschema.Draft202012Validator
VALIDATOR = Validator(SCHEMA)

# The record types as docs/format.md names them.
FORMAT_TYPES = [
    "source",
    "organisation",
    "person",
    "position",
    "element",
    "mineral_group",
    "commodity",
    "mineral_form",
    "mineral_list",
    "agreement",
    "event",
    "project",
    "facility",
    "milestone",
    "figure",
    "law",
    "restatement",
]


def _def_validator(name: str) -> Any:
    """A validator of one definition, with the whole schema there to resolve references."""
    schema = {"$schema": SCHEMA["$schema"], "$defs": DEFS, "$ref": f"#/$defs/{name}"}
    return Validator(schema)


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
    # (A Quantity is used too: a QuantityRange's ends are quantities.)
    standalone = {"Header", "Share", "Rank", "Count", "Money", "QuantityRange", "Coded"}
    assert set(DEFS) - used == standalone


def test_no_object_allows_unknown_keys() -> None:
    objects = [(path, node) for path, node in _walk(SCHEMA) if node.get("type") == "object"]
    assert len(objects) > 20
    for path, node in objects:
        assert node.get("additionalProperties") is False, path


# What may follow a backslash in a pattern: the syntax characters, '-' (in a
# class), the whitespace classes, \t, \n, \r and \uXXXX.
_ECMA_ESCAPES = frozenset("^$\\.*+?()[]{}|/-sStnru")


def test_every_pattern_is_anchored_and_portable() -> None:
    patterns = [node["pattern"] for _, node in _walk(SCHEMA) if "pattern" in node]
    assert patterns
    for pattern in patterns:
        assert pattern.startswith("^")
        # Not "$", which Python's re (and so the jsonschema package) also
        # matches before a final line feed, but the end both dialects read alike.
        assert pattern.endswith(END), pattern
        assert not re.search(r"\\u(?![0-9a-f]{4})", pattern), pattern
        # \d matches any Unicode digit in Python but only 0-9 in ECMA-262.
        assert "\\d" not in pattern
        # ECMA-262 in Unicode mode (as validators use it) refuses an escape
        # of a character that needs none, such as \~.
        assert set(re.findall(r"\\(.)", pattern)) <= _ECMA_ESCAPES, pattern
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
        f"#/$defs/Tagged{name}"
        for name in ("Quantity", "Share", "Rank", "Count", "Money", "QuantityRange", "Coded")
    ]
    assert DEFS["TaggedQuantity"]["properties"]["type"] == {"const": "quantity"}
    assert DEFS["TaggedQuantity"]["required"] == ["type", "magnitude", "unit"]
    assert DEFS["Quantity"]["required"] == ["magnitude", "unit"]
    assert "type" not in DEFS["Quantity"]["properties"]
    assert DEFS["Quantity"]["properties"]["magnitude"] == {"$ref": "#/$defs/Decimal"}
    assert DEFS["Decimal"]["type"] == "string"
    assert DEFS["Count"]["properties"]["value"] == {
        "type": "integer",
        "minimum": 0,
        "maximum": MAX_WHOLE,
    }
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
    assert source["title"] == {
        "type": "string",
        "minLength": 1,
        "maxLength": 500,
        "pattern": ONE_LINE_PATTERN,
    }
    assert source["publisher"]["maxLength"] == 200
    assert source["authors"]["items"]["maxLength"] == 200
    assert source["language"]["pattern"] == "^[a-z]{2}" + END
    assert source["language"]["default"] == "en"
    slug = ID_PATTERN.partition(":")[2].removesuffix("$") + END
    assert source["id"]["pattern"] == f"^src:{slug}"
    participant = DEFS["Participant"]["properties"]["party"]
    assert participant["pattern"] == f"^(?:country|org|person):{slug}"
    assert DEFS["MineralGroup"]["properties"]["members"]["minItems"] == 1
    assert DEFS["Organisation"]["properties"]["names"]["minItems"] == 1
    assert DEFS["Citation"]["properties"]["quotation"]["maxLength"] == 600
    assert DEFS["Citation"]["properties"]["quotation"]["pattern"] == MULTI_LINE_PATTERN


def test_every_validator_is_read_or_is_a_check_no_schema_can_state() -> None:
    unknown = _cached()[1]
    # Checks across the items of a field, which no schema keyword states; the
    # other checks of single fields are in the schema module's table of rules.
    assert unknown == {
        "Agreement": ("dates: distinct_values",),
        "Facility": ("start: distinct_values", "end: distinct_values"),
        "Event": ("dates: distinct_values",),
        "Name": ("attested: distinct_values",),
        "Position": ("attested: distinct_values",),
        # A range's high end has its low end's dimension and is not below it.
        "QuantityRange": ("high: QuantityRange._check_high",),
        "TaggedQuantityRange": ("high: QuantityRange._check_high",),
        "Project": ("start: distinct_values", "end: distinct_values"),
        "Stage": ("dates: distinct_values", "scheduled: distinct_values"),
    }
    assert DEFS["Element"]["properties"]["symbol"]["pattern"] == "^[A-Z][a-z]{0,2}" + END
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


# --- what mineralpact writes is valid -------------------------------------------

VALUE_STRATEGIES: dict[str, st.SearchStrategy[Any]] = {
    "PartialDate": ms.partial_dates(),
    "DateRange": ms.date_ranges(),
    "Deadline": ms.deadlines(),
    "QualifiedDate": ms.qualified_dates(),
    "Country": ms.countries(),
    "Subdivision": ms.subdivisions(),
    "Identifier": ms.identifiers(),
    "Quantity": ms.quantities(),
    "Share": ms.shares(),
    "Rank": ms.ranks(),
    "Count": ms.counts(),
    "Money": ms.money(),
    "Citation": ms.citations(),
    "DateClaim": ms.date_claims(),
    "Name": ms.names(),
    "Place": ms.places(),
    "Signatory": ms.signatories(),
    "Participant": ms.participants(),
    "Stage": ms.stages(),
}

_VALUE_TYPES: dict[str, type] = {
    "PartialDate": PartialDate,
    "DateRange": DateRange,
    "Deadline": Deadline,
    "QualifiedDate": QualifiedDate,
    "Country": Country,
    "Subdivision": Subdivision,
    "Identifier": Identifier,
    "Quantity": Quantity,
    "Share": Share,
    "Rank": Rank,
    "Count": Count,
    "Money": Money,
    "Citation": Citation,
    "DateClaim": DateClaim,
    "Name": Name,
    "Place": Place,
    "Signatory": Signatory,
    "Participant": Participant,
    "Stage": Stage,
}

RECORD_STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    Source: ms.sources(),
    Organisation: ms.organisations(),
    Person: ms.persons(),
    Position: ms.positions(),
    Element: ms.elements(),
    MineralGroup: ms.mineral_groups(),
    Commodity: ms.commodities(),
    MineralForm: ms.mineral_forms(),
    MineralList: ms.mineral_lists(),
    Agreement: ms.agreements(),
    Event: ms.events(),
    Project: ms.projects(),
    Facility: ms.facilities(),
    Milestone: ms.milestones(),
    Figure: ms.figures(),
    Law: ms.laws(),
    Restatement: ms.restatements(),
}


def test_there_is_a_strategy_for_every_record_type() -> None:
    assert set(RECORD_STRATEGIES) == set(RECORD_TYPES)


def _example_datasets() -> dict[str, Dataset]:
    """The datasets that the per-report example scripts build from the seed reports."""
    from _report_examples import load

    names = sorted(p.stem for p in EXAMPLES.glob("*.py") if not p.stem.startswith("_"))
    built = {}
    for name in names:
        module = load(name)
        if hasattr(module, "build"):
            built[name] = module.build()
    return built


EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
DATASETS = _example_datasets()


def test_the_example_datasets_are_there() -> None:
    assert len(DATASETS) >= 5
    assert all(data.records for data in DATASETS.values())


@pytest.mark.parametrize("name", sorted(DATASETS))
def test_a_written_dataset_is_a_valid_document(name: str) -> None:
    document = json.loads(dumps(DATASETS[name]))
    VALIDATOR.validate(document)
    assert {r["type"] for r in document["records"]} <= set(FORMAT_TYPES)


def test_the_bundled_dataset_file_is_valid_against_the_shipped_schema() -> None:
    package = importlib.resources.files("mineralpact")
    schema = json.loads(package.joinpath("data/schema.json").read_text(encoding="utf-8"))
    document = json.loads(package.joinpath("data/korea_mongolia.json").read_text(encoding="utf-8"))
    Validator(schema).validate(document)
    assert len(document["records"]) > 50


@given(ms.datasets())
def test_a_generated_dataset_is_written_as_a_valid_document(dataset: Dataset) -> None:
    VALIDATOR.validate(json.loads(dumps(dataset)))


@pytest.mark.parametrize("name", sorted(DATASETS))
def test_json_lines_are_a_header_and_valid_records(name: str) -> None:
    out = io.StringIO()
    dump_lines(DATASETS[name], out)
    header, *lines = out.getvalue().splitlines()
    _def_validator("Header").validate(json.loads(header))
    record = _def_validator("Record")
    for line in lines:
        record.validate(json.loads(line))


@given(st.sampled_from(RECORD_TYPES).flatmap(lambda cls: RECORD_STRATEGIES[cls]))
def test_a_record_written_alone_is_valid(record: Any) -> None:
    written = json.loads(dumps(record))
    _def_validator("Record").validate(written)
    _def_validator(type(record).__name__).validate(written)


def _named_values(name: str) -> st.SearchStrategy[tuple[str, Any]]:
    return VALUE_STRATEGIES[name].map(lambda value: (name, value))


@given(st.sampled_from(sorted(VALUE_STRATEGIES)).flatmap(_named_values))
def test_a_value_written_alone_is_valid(named: tuple[str, Any]) -> None:
    name, value = named
    _def_validator(name).validate(json.loads(dumps(value)))


# --- what the schema refuses, mineralpact refuses --------------------------------

# Values of every JSON type, and strings that are nearly right.
_REPLACEMENTS: tuple[object, ...] = (
    None,
    True,
    False,
    0,
    7,
    -1,
    10**40,
    1.5,
    3110.0,
    "",
    " ",
    "x",
    "not_a_kind",
    "3.11",
    "1e3",
    "usd",
    "kr",
    "org:kigam",
    [],
    ["x"],
    {},
    {"x": 1},
)
_BAD_DATES = (
    "2023-13",
    "2023-02-30",
    "2023-2",
    "0000",
    "23",
    "2023/2022",
    "../..",
    "..",
    "2023~?",
    "2023-01-01T00:00",
    "2023-01-01Z",
)
_DECIMAL_RE = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?")
_DATE_RE = re.compile(r"(?:\.\./)?[0-9]{4}[-0-9]*(?:/(?:[0-9]{4}[-0-9]*|\.\.))?[~?%]?")

Location = tuple[Any, Any]  # a dict and a key, or a list and an index


def _locations(node: object) -> Iterator[Location]:
    """Every place in a JSON value where a value stands."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield node, key
            yield from _locations(value)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield node, index
            yield from _locations(value)


def _objects(node: object) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
    if isinstance(node, (dict, list)):
        for value in node.values() if isinstance(node, dict) else node:
            yield from _objects(value)


def _json_kind(value: object) -> str:
    if isinstance(value, bool) or value is None:
        return repr(value)
    return type(value).__name__


@st.composite
def _mutated(draw: st.DrawFn, document: Any) -> tuple[str, Any]:
    """A copy of ``document`` changed in one place, and what was done."""
    holder = [copy.deepcopy(document)]  # so that the whole value is a place too
    places = list(_locations(holder))
    objects = list(_objects(holder))
    kind = draw(st.sampled_from(["drop", "add", "replace", "float", "enum", "date", "repeat"]))
    if kind == "drop" and any(objects):
        obj = draw(st.sampled_from([o for o in objects if o]))
        del obj[draw(st.sampled_from(sorted(obj)))]
    elif kind == "add" and objects:
        obj = draw(st.sampled_from(objects))
        obj[draw(st.sampled_from(["extra", "Type", "ids", "type2"]))] = draw(
            st.sampled_from(_REPLACEMENTS)
        )
    elif kind == "float":
        decimals = [(c, k) for c, k in places if _is(c[k], _DECIMAL_RE)]
        if decimals:
            container, key = draw(st.sampled_from(decimals))
            container[key] = float(container[key])
    elif kind == "enum":
        strings = [(c, k) for c, k in places if isinstance(c[k], str)]
        if strings:
            container, key = draw(st.sampled_from(strings))
            container[key] = draw(st.sampled_from(["not_a_kind", "OTHER", "Other", "other "]))
    elif kind == "date":
        dates = [(c, k) for c, k in places if _is(c[k], _DATE_RE)]
        if dates:
            container, key = draw(st.sampled_from(dates))
            container[key] = draw(st.sampled_from(_BAD_DATES))
    elif kind == "repeat":
        lists = [c for c, _ in places if isinstance(c, list) and c and c is not holder]
        if lists:
            target = draw(st.sampled_from(lists))
            target.append(copy.deepcopy(target[0]))
    else:
        kind = "replace"
        container, key = draw(st.sampled_from(places))
        old = container[key]
        others = [r for r in _REPLACEMENTS if _json_kind(r) != _json_kind(old)]
        container[key] = copy.deepcopy(draw(st.sampled_from(others)))
    return kind, holder[0]


def _is(value: object, pattern: re.Pattern[str]) -> bool:
    return isinstance(value, str) and pattern.fullmatch(value) is not None


# Problems of shape, which the schema states too.
_SHAPE_CODES = frozenset({"wrong-type", "missing-field", "unknown-field", "unknown-type"})


def _check_refused_alike(validator: Any, mutated: tuple[str, Any], cl: Any) -> None:
    kind, document = mutated
    valid = validator.is_valid(document)
    event(f"{kind}: the schema {'accepts' if valid else 'refuses'}")
    text = json.dumps(document, ensure_ascii=False)
    if not valid:
        with pytest.raises(InvalidDocumentError):
            loads(text, cl)
        return
    try:
        loads(text, cl)
    except InvalidDocumentError as exc:
        refused: InvalidDocumentError | None = exc
    else:
        refused = None
    if refused is not None:
        # What the schema accepts has the right shape: only a check that no
        # schema states (a calendar, a register, a reference) may refuse it.
        codes = {problem.code for problem in refused.problems}
        event(f"{kind}: the schema accepts, the reader refuses: {sorted(codes)}")
        assert not codes & _SHAPE_CODES, refused


@given(
    st.sampled_from(sorted(DATASETS)).flatmap(
        lambda name: _mutated(json.loads(dumps(DATASETS[name])))
    )
)
def test_a_document_the_schema_refuses_is_refused(mutated: tuple[str, Any]) -> None:
    _check_refused_alike(VALIDATOR, mutated, Dataset)


@given(ms.datasets().flatmap(lambda dataset: _mutated(json.loads(dumps(dataset)))))
def test_a_generated_document_the_schema_refuses_is_refused(mutated: tuple[str, Any]) -> None:
    _check_refused_alike(VALIDATOR, mutated, Dataset)


@given(
    st.sampled_from(RECORD_TYPES).flatmap(
        lambda cls: RECORD_STRATEGIES[cls].flatmap(lambda r: _mutated(json.loads(dumps(r))))
    )
)
def test_a_record_the_schema_refuses_is_refused(mutated: tuple[str, Any]) -> None:
    _check_refused_alike(_def_validator("Record"), mutated, Record)


@given(
    st.sampled_from(sorted(VALUE_STRATEGIES)).flatmap(
        lambda name: VALUE_STRATEGIES[name].flatmap(
            lambda v: _mutated(json.loads(dumps(v))).map(lambda m: (name, m))
        )
    )
)
def test_a_value_the_schema_refuses_is_refused(named: tuple[str, tuple[str, Any]]) -> None:
    name, mutated = named
    _check_refused_alike(_def_validator(name), mutated, _VALUE_TYPES[name])


def test_an_id_with_a_final_newline_is_refused_as_the_schema_refuses_it() -> None:
    record = {"type": "source", "id": "src:a\n", "title": "A report", "kind": "dataset"}
    assert not _def_validator("Record").is_valid(record)
    with pytest.raises(InvalidDocumentError):
        loads(json.dumps(record), Record)


# --- a model the generator cannot express fails loudly -----------------------


def _positive(instance: object, attribute: Any, value: int) -> None:
    """A check of a field that no table of the schema module knows."""


@attrs.frozen
class _Toy:
    count: int = attrs.field(validator=_positive)
    tags: tuple[str, ...] = attrs.field(factory=tuple)


@attrs.frozen
class _Pair:
    pair: tuple[int, str]


@attrs.frozen
class _Mixed:
    either: str | Quantity


@attrs.frozen
class _Listed:
    items: list[str]


@attrs.frozen
class _Complex:
    number: complex


def test_a_field_with_an_unknown_check_or_default_is_written_plain_and_noted() -> None:
    from mineralpact.schema import _Builder

    builder = _Builder()
    assert builder.object_def(_Toy) == "_Toy"
    assert builder.defs["_Toy"]["properties"] == {
        "count": {"type": "integer"},
        # A default made by a factory is not shown: only plain ones are.
        "tags": {"type": "array", "items": {"type": "string"}},
    }
    assert builder.defs["_Toy"]["required"] == ["count"]
    assert builder.unknown == {"_Toy": ("count: _positive",)}


@pytest.mark.parametrize(
    ("cls", "message"),
    [
        (_Pair, "only tuples of one item type"),
        (_Mixed, "no JSON form is known for a union"),
        (_Complex, "no JSON form is known for <class 'complex'>"),
        (_Listed, "no JSON form is known for list"),
    ],
)
def test_a_type_without_a_json_form_is_refused(cls: type, message: str) -> None:
    from mineralpact.schema import _Builder

    with pytest.raises(TypeError, match=message):
        _Builder().object_def(cls)
