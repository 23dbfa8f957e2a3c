"""Saving and loading: the JSON form of each type, refusals, versions, files, JSON Lines."""

from __future__ import annotations

import gc
import io
import json
import pickle
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest

import mineralpact
from mineralpact import _converter, serialization
from mineralpact.agreements import Agreement, AgreementKind, Scope
from mineralpact.codes import Country, Identifier, Subdivision
from mineralpact.dataset import Dataset, Record
from mineralpact.dates import DateRange, Deadline, PartialDate, QualifiedDate, TemporalValue
from mineralpact.errors import (
    InvalidDatasetError,
    InvalidDocumentError,
    InvalidTypeError,
    InvalidValueError,
    MineralpactError,
    Problem,
)
from mineralpact.events import Event, EventKind, Participant
from mineralpact.figures import Basis, Figure, FigureValue, Measure, ReserveCategory
from mineralpact.parties import Name, NameKind, Organisation, OrganisationKind
from mineralpact.places import Place
from mineralpact.quantities import Count, Money, Quantity, Rank, Share
from mineralpact.serialization import (
    FORMAT_VERSION,
    READABLE_VERSIONS,
    Limits,
    dump,
    dump_lines,
    dumps,
    iter_lines,
    load,
    load_lines,
    loads,
    register_migration,
)
from mineralpact.sources import Citation, DateClaim, Source, SourceKind

HERALD = "src:korea-herald-2023-01-26"
KOREA_NET = "src:korea-net-2025-03-12"
USGS = "src:usgs-mcs-2026"

SOURCES = (
    Source(
        id=HERALD,
        title="KT, Mongolia team up on rare earths supply",
        kind=SourceKind.NEWS_REPORT,
        publisher="The Korea Herald",
        published=PartialDate(2023, 1, 26),
    ),
    Source(
        id=KOREA_NET,
        title="Korea, Mongolia hold 2nd meeting on rare metals",
        kind=SourceKind.PRESS_RELEASE,
        published=PartialDate(2025, 3, 12),
    ),
    Source(id=USGS, title="Mineral Commodity Summaries 2026", kind=SourceKind.GOVERNMENT_REPORT),
)
KIGAM = Organisation(
    id="org:kigam",
    names=(
        Name("Korea Institute of Geoscience and Mineral Resources"),
        Name("KIGAM", kind=NameKind.ABBREVIATION),
    ),
    kind=OrganisationKind.RESEARCH_INSTITUTE,
    jurisdiction=Country("KR"),
    identifiers=frozenset({Identifier("wikidata", "Q12345"), Identifier("sec_cik", "892450")}),
    citations=(Citation(KOREA_NET, quotation="the Korea Institute of Geoscience"),),
)
PRODUCTION = Figure(
    id="figure:mn-mo-production-2024",
    subject="country:mn",
    measure=Measure.PRODUCTION,
    minerals=frozenset({"element:mo"}),
    value=Quantity(Decimal("3110"), "t"),
    basis=Basis.CONTAINED_METAL,
    period=PartialDate(2024),
    estimated=True,
    citations=(Citation(USGS, quotation="Mongolia 3,110 4,200"),),
)
WORLD = Figure(
    id="figure:world-mo-production-2024",
    subject=None,
    measure=Measure.PRODUCTION,
    minerals=frozenset({"element:mo"}),
    value=Quantity(Decimal("256000"), "t"),
    citations=(Citation(USGS),),
)
MEETING = Event(
    id="event:kr-mn-joint-committee-2",
    kind=EventKind.COMMITTEE_SESSION,
    title="2nd Korea-Mongolia rare metals joint committee",
    dates=(
        DateClaim(
            PartialDate(2025, 3, 12),
            (Citation(KOREA_NET, quotation="held on March 12", phrase="March 12"),),
        ),
    ),
    place=Place(country=Country("KR"), city="Seoul"),
    participants=(Participant(party="org:kigam", role="host"),),
    organisers=frozenset({"country:kr", "country:mn"}),
    number=2,
    minerals=frozenset({"group:ree"}),
    citations=(Citation(KOREA_NET),),
)
DATASET = Dataset((*SOURCES, KIGAM, PRODUCTION, WORLD, MEETING))


def _problems(text: str | bytes, cl: Any = Dataset, **kwargs: Any) -> tuple[Problem, ...]:
    with pytest.raises(InvalidDocumentError) as info:
        loads(text, cl, **kwargs)
    return info.value.problems


def _one(text: str | bytes, cl: Any = Dataset, **kwargs: Any) -> Problem:
    problems = _problems(text, cl, **kwargs)
    assert len(problems) == 1, problems
    return problems[0]


def _document(*records: dict[str, Any], version: str = "1.0") -> str:
    return json.dumps({"format": "mineralpact", "version": version, "records": list(records)})


def _record(record: Record) -> dict[str, Any]:
    value: dict[str, Any] = json.loads(dumps(record))
    return value


# --- the JSON form of each type --------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (PartialDate(2023, 2), '"2023-02"'),
        (PartialDate(2023), '"2023"'),
        (DateRange(PartialDate(2023, 11, 20), PartialDate(2025, 3, 12)), '"2023-11-20/2025-03-12"'),
        (DateRange(PartialDate(2023), None), '"2023/.."'),
        (Deadline(PartialDate(2025, 11)), '"../2025-11"'),
        (QualifiedDate.approximate(PartialDate(2023)), '"2023~"'),
        (QualifiedDate.uncertain(PartialDate(2025, 12, 15)), '"2025-12-15?"'),
        (Country("MN"), '"MN"'),
        (Subdivision("MN-071"), '"MN-071"'),
        (Identifier("sec_cik", "892450"), '"sec_cik:0000892450"'),
        (Identifier("wikidata", "Q12345"), '"wikidata:Q12345"'),
        (AgreementKind.MEMORANDUM_OF_UNDERSTANDING, '"memorandum_of_understanding"'),
        (Quantity(Decimal("3110"), "t"), '{"magnitude":"3110","unit":"t"}'),
        (Quantity(Decimal("3.110"), "kt"), '{"magnitude":"3.110","unit":"kt"}'),
        (
            Share(Decimal("16"), "global rare earth reserves"),
            '{"value":"16","of":"global rare earth reserves"}',
        ),
        (
            Rank(8, scope="largest producers of molybdenum"),
            '{"position":8,"scope":"largest producers of molybdenum"}',
        ),
        (Rank(8, 20, scope="producers"), '{"position":8,"scope":"producers","of":20}'),
        (
            Count(80, approximate=True, of="kinds of mineral deposits"),
            '{"value":80,"approximate":true,"of":"kinds of mineral deposits"}',
        ),
        (Count(35), '{"value":35}'),
        (Money(Decimal("1000000"), "USD"), '{"amount":"1000000","currency":"USD"}'),
        (
            Citation("src:a", quotation="signed on Thursday", phrase="Thursday"),
            '{"source":"src:a","quotation":"signed on Thursday","phrase":"Thursday"}',
        ),
        (Place(subdivision=Subdivision("MN-071")), '{"country":"MN","subdivision":"MN-071"}'),
        (Name("GCRA", kind=NameKind.ABBREVIATION), '{"text":"GCRA","kind":"abbreviation"}'),
        (Name("Монгол Улс", language="mn"), '{"text":"Монгол Улс","language":"mn"}'),
    ],
)
def test_each_type_has_the_json_form_of_the_format(value: object, text: str) -> None:
    assert dumps(value) == text
    assert loads(text, type(value)) == value


def test_a_record_is_its_fields_with_its_type_first() -> None:
    data = json.loads(dumps(PRODUCTION))
    assert list(data) == [
        "type",
        "id",
        "subject",
        "measure",
        "citations",
        "minerals",
        "value",
        "basis",
        "period",
        "estimated",
    ]
    assert data["type"] == "figure"
    assert data["value"] == {"type": "quantity", "magnitude": "3110", "unit": "t"}
    assert data["citations"] == [{"source": USGS, "quotation": "Mongolia 3,110 4,200"}]


def test_a_required_field_is_written_even_when_null() -> None:
    data = json.loads(dumps(WORLD))
    assert data["subject"] is None
    assert "basis" not in data  # a default, left out


def test_frozensets_are_written_sorted_by_their_json_text() -> None:
    data = json.loads(dumps(KIGAM))
    assert data["identifiers"] == ["sec_cik:0000892450", "wikidata:Q12345"]
    organisers = json.loads(dumps(MEETING))["organisers"]
    assert organisers == ["country:kr", "country:mn"]
    agreement = Agreement(
        id="agreement:x",
        kind=AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
        parties=frozenset({"org:kigam", "country:mn"}),
        scope=frozenset({Scope.TRAINING, Scope.DATA_SHARING, Scope.SUPPLY}),
        citations=(Citation(HERALD),),
    )
    assert json.loads(dumps(agreement))["scope"] == ["data_sharing", "supply", "training"]
    # by the JSON text: '"a b"' sorts before '"a"', as the quote comes after the space
    subset = mineralpact.ListSubset(
        "x", frozenset({"element:li", "group:ree", "commodity:fluorspar"})
    )
    assert json.loads(dumps(subset))["members"] == [
        "commodity:fluorspar",
        "element:li",
        "group:ree",
    ]
    assert _converter._json_text("a b") < _converter._json_text("a")


def test_the_dataset_document_has_its_format_and_version() -> None:
    data = json.loads(dumps(DATASET))
    assert list(data) == ["format", "version", "records"]
    assert data["format"] == "mineralpact"
    assert data["version"] == FORMAT_VERSION == "1.2"
    assert [r["type"] for r in data["records"]] == [
        "source",
        "source",
        "source",
        "organisation",
        "figure",
        "figure",
        "event",
    ]
    assert READABLE_VERSIONS == ("1.x",)


def test_a_dataset_round_trips_and_its_text_is_canonical() -> None:
    text = dumps(DATASET)
    assert loads(text) == DATASET
    assert dumps(loads(text)) == text
    assert loads(text.encode("utf-8")) == DATASET
    assert " " not in text.replace("Korea Herald", "").split('"title"')[0]
    pretty = dumps(DATASET, indent=2)
    assert pretty.startswith('{\n  "format": "mineralpact",')
    assert loads(pretty) == DATASET
    assert dumps(loads(pretty)) == text


def test_text_is_written_as_it_is_without_escapes() -> None:
    name = Name("Монгол Улс", language="mn")
    assert "Монгол" in dumps(name)
    assert dumps(Citation(HERALD, quotation='a "quoted" \\ line')) == (
        '{"source":"src:korea-herald-2023-01-26","quotation":"a \\"quoted\\" \\\\ line"}'
    )


def test_any_record_value_or_alias_is_read_by_its_type() -> None:
    assert loads(dumps(MEETING), Record) == MEETING
    assert loads(dumps(MEETING), Event) == MEETING
    assert loads('"2023~"', TemporalValue) == QualifiedDate.approximate(PartialDate(2023))
    assert loads('"2023/2024"', TemporalValue) == DateRange(PartialDate(2023), PartialDate(2024))
    value = loads('{"type": "share", "value": "16", "of": "world reserves"}', FigureValue)
    assert value == Share(Decimal("16"), "world reserves")
    assert dumps(value) == '{"value":"16","of":"world reserves"}'  # alone, a Share has no type
    assert (
        loads('"national_unclassified"', ReserveCategory) is ReserveCategory.NATIONAL_UNCLASSIFIED
    )


def test_decimals_keep_what_is_written_and_compare_exactly() -> None:
    assert loads('{"magnitude": "3110", "unit": "t"}', Quantity).magnitude == Decimal("3110")
    written = loads('{"magnitude": "3.110", "unit": "kt"}', Quantity)
    assert str(written.magnitude) == "3.110"
    assert written == loads('{"magnitude": "3110", "unit": "t"}', Quantity)
    assert dumps(Quantity(Decimal("3.11E+3"), "t")) == '{"magnitude":"3.11E+3","unit":"t"}'
    assert dumps(Quantity(Decimal("-0.5"), "t")) == '{"magnitude":"-0.5","unit":"t"}'


def test_a_magnitude_keeps_its_exponent_and_its_stated_precision() -> None:
    stated = Quantity(Decimal("2.60E+6"), "t")
    text = dumps(stated)
    assert text == '{"magnitude":"2.60E+6","unit":"t"}'
    back = loads(text, Quantity).magnitude
    assert str(back) == "2.60E+6"
    assert back.as_tuple() == Decimal("2.60E+6").as_tuple()


def test_a_magnitude_whose_decimal_form_is_longer_than_its_digits_round_trips() -> None:
    huge = Quantity(Decimal("1E+40"), "t")
    text = dumps(huge)
    assert text == '{"magnitude":"1E+40","unit":"t"}'
    back = loads(text, Quantity)
    assert back == huge
    assert back.magnitude.as_tuple().digits == (1,)
    assert dumps(back) == text
    # written in decimal notation (as earlier versions did), it is read the same
    older = loads('{"magnitude":"1' + "0" * 40 + '","unit":"t"}', Quantity)
    assert older == huge
    assert older.magnitude.as_tuple().digits == (1,)
    tiny = Quantity(Decimal("1.234567890123456789012345678901234E-99"), "t")
    assert loads(dumps(tiny), Quantity) == tiny


def test_null_is_read_for_a_field_whose_default_is_null() -> None:
    data = _record(SOURCES[2])
    data["publisher"] = None
    assert loads(json.dumps(data), Source) == SOURCES[2]


# --- strict: wrong input is refused, never coerced ----------------------------------------

FIGURE = _record(PRODUCTION)


def _figure(**changes: Any) -> str:
    data = dict(FIGURE)
    for key, value in changes.items():
        if value is _DELETE:
            del data[key]
        else:
            data[key] = value
    return json.dumps(data)


_DELETE = object()


@pytest.mark.parametrize(
    ("text", "path", "code", "expected", "value"),
    [
        # 123 where a string is expected
        (_figure(id=123), "$.id", "wrong-type", "a string", "number 123"),
        # "lithium" where a set of ids is expected: never a tuple of letters
        (
            _figure(minerals="element:li"),
            "$.minerals",
            "wrong-type",
            "an array",
            "string 'element:li'",
        ),
        # a float magnitude
        (
            _figure(value={"type": "quantity", "magnitude": 3110.5, "unit": "t"}),
            "$.value.magnitude",
            "invalid-number",
            "a decimal number written as a JSON string",
            "number 3110.5",
        ),
        # an integer magnitude: exact, but the format writes decimals as strings
        (
            _figure(value={"type": "quantity", "magnitude": 3110, "unit": "t"}),
            "$.value.magnitude",
            "invalid-number",
            "a decimal number written as a JSON string",
            "number 3110",
        ),
        # a decimal in an exponent notation other than str()'s, or with a leading zero
        (
            _figure(value={"type": "quantity", "magnitude": "3.11e3", "unit": "t"}),
            "$.value.magnitude",
            "invalid-number",
            "an exponent as E+n or E-n",
            "string '3.11e3'",
        ),
        (
            _figure(value={"type": "quantity", "magnitude": "03110", "unit": "t"}),
            "$.value.magnitude",
            "invalid-number",
            "no leading zeros",
            "string '03110'",
        ),
        # a missing required field
        (_figure(measure=_DELETE), "$.measure", "missing-field", "Figure.measure", "nothing"),
        (_figure(subject=_DELETE), "$.subject", "missing-field", "Figure.subject", "nothing"),
        # an unknown field
        (_figure(unit="t"), "$.unit", "unknown-field", "'measure'", "'unit'"),
        # an unknown enum value, or an enum's name rather than its value
        (
            _figure(measure="output"),
            "$.measure",
            "invalid-value",
            "'production'",
            "string 'output'",
        ),
        (
            _figure(measure="PRODUCTION"),
            "$.measure",
            "invalid-value",
            "'production'",
            "string 'PRODUCTION'",
        ),
        # a bad date
        (_figure(period="2024-13"), "$.period", "invalid-date", "ISO 8601", "'2024-13'"),
        (
            _figure(period="../2024"),
            "$.period",
            "invalid-date",
            "a PartialDate",
            "string '../2024'",
        ),
        (_figure(period=2024), "$.period", "wrong-type", "a string", "number 2024"),
        # a bad unit
        (
            _figure(value={"type": "quantity", "magnitude": "1", "unit": "bananas"}),
            "$.value.unit",
            "invalid-unit",
            "a unit such as",
            "bananas",
        ),
        # a bad country code (in lower case, or one ISO 3166 does not assign)
        (
            _figure(subject="country:mn", citations=[{"source": 1}]),
            "$.citations[0].source",
            "wrong-type",
            "a string",
            "number 1",
        ),
        # a bool is not an int, and an int is not a bool
        (_figure(estimated=1), "$.estimated", "wrong-type", "true or false", "number 1"),
        (
            _figure(value={"type": "rank", "position": True, "scope": "producers"}),
            "$.value.position",
            "wrong-type",
            "an integer",
            "true",
        ),
        # a figure value without its type, or with an unknown one
        (
            _figure(value={"magnitude": "1", "unit": "t"}),
            "$.value.type",
            "missing-field",
            "'quantity'",
            "nothing",
        ),
        (
            _figure(value={"type": "tonnage", "magnitude": "1", "unit": "t"}),
            "$.value.type",
            "unknown-type",
            "'quantity'",
            "string 'tonnage'",
        ),
        # a repeated item in a set
        (
            _figure(minerals=["element:mo", "element:mo"]),
            "$.minerals[1]",
            "duplicate-item",
            "each appear once",
            "'element:mo'",
        ),
        # an object where a string is, and null where a value is required
        (_figure(id={"id": "figure:x"}), "$.id", "wrong-type", "a string", "object"),
        (_figure(measure=None), "$.measure", "wrong-type", "a string", "null"),
    ],
)
def test_each_wrong_input_is_one_problem_at_its_path(
    text: str, path: str, code: str, expected: str, value: str
) -> None:
    problem = _one(text, Figure)
    assert problem.path == path
    assert problem.code == code
    assert expected in problem.expected
    assert value in problem.value


@pytest.mark.parametrize(
    ("text", "cl", "code", "expected"),
    [
        ('"mn"', Country, "invalid-code", "alpha-2"),
        ('"XX"', Country, "invalid-code", "alpha-2"),
        ('"MNG"', Country, "invalid-value", "ISO 3166-1"),
        ('"MN-999"', Subdivision, "invalid-code", "ISO 3166-2"),
        ('"isin:US48268K1016"', Identifier, "invalid-code", "scheme:value"),
        ('"SEC_CIK:892450"', Identifier, "invalid-code", "scheme:value"),
        ('"lei:5493001KJTIIGC8Y1R13"', Identifier, "invalid-code", "LEI"),
        ('"2023-02-30"', PartialDate, "invalid-date", "ISO 8601"),
        ('"2023-2"', PartialDate, "invalid-date", "ISO 8601"),
        ('"2023"', Deadline, "invalid-date", "open at the start"),
        ('"2023/.."', PartialDate, "invalid-date", "ISO 8601"),
        ('"2023-02-15T10:00"', TemporalValue, "invalid-date", "ISO 8601"),
        ('["2023"]', PartialDate, "wrong-type", "a string"),
        ('"9**9**9 meter"', Quantity, "wrong-type", "an object"),
        ('"memorandum"', AgreementKind, "invalid-value", "'memorandum_of_understanding'"),
        ('{"value": "120", "of": "world production"}', Share, "invalid-quantity", "0 to 100"),
        ('{"amount": "1", "currency": "XYZ"}', Money, "invalid-code", "ISO 4217"),
    ],
)
def test_each_bad_value_alone_is_refused(text: str, cl: Any, code: str, expected: str) -> None:
    problem = _one(text, cl)
    assert problem.code == code
    assert expected in problem.expected


@pytest.mark.parametrize(
    ("field", "value", "path"),
    [
        ("jurisdiction", "mn", "$.jurisdiction"),
        ("jurisdiction", "XX", "$.jurisdiction"),
        ("jurisdiction", "Mongolia", "$.jurisdiction"),
        ("identifiers", ["wikidata:Q0"], "$.identifiers[0]"),
        ("kind", "think_tank", "$.kind"),
        ("names", "KIGAM", "$.names"),
        ("names", [], "$.names"),
        ("names", [{"text": "KIGAM", "language": "xx"}], "$.names[0].language"),
        ("names", [{"text": "KIGAM", "kind": "nickname"}], "$.names[0].kind"),
        ("names", [{"text": "KIGAM", "since": "2025-00"}], "$.names[0].since"),
        ("names", [{"text": " "}], "$.names[0].text"),
        ("parent", "org:kigam", "$.parent"),
        ("parent", "person:x", "$.parent"),
    ],
)
def test_a_bad_field_of_a_record_is_reported_at_its_path(
    field: str, value: object, path: str
) -> None:
    data = _record(KIGAM)
    data[field] = value
    problem = _one(json.dumps(data), Organisation)
    assert problem.path == path
    assert problem.expected


def test_a_check_of_the_record_as_a_whole_is_reported_at_the_field_it_names() -> None:
    both = _figure(as_of="2024-12", period="2024")
    problem = _one(both, Figure)
    assert (problem.path, problem.code) == ("$.as_of", "invalid-value")
    assert "not both" in problem.message
    phrase = _figure(citations=[{"source": USGS, "quotation": "3,110", "phrase": "4,200"}])
    problem = _one(phrase, Figure)
    assert problem.path == "$.citations[0].phrase"
    nothing = json.dumps(
        {
            "type": "figure",
            "id": "figure:x",
            "subject": None,
            "measure": "other",
            "citations": [{"source": USGS}],
        }
    )
    problem = _one(nothing, Figure)
    assert problem.path == "$.description"
    place = _one('{"country": "KR", "subdivision": "MN-071"}', Place)
    assert place.path == "$.subdivision"
    empty = _one("{}", Place)
    assert empty.path == "$"


def test_every_problem_of_a_document_is_reported_at_once() -> None:
    records = [_record(r) for r in DATASET.records]
    records[3]["kind"] = "think_tank"
    records[3]["founded"] = "1918"
    records[4]["value"]["magnitude"] = 3110.0
    records[5]["minerals"] = "element:mo"
    del records[6]["title"]
    records[6]["dates"][0]["value"] = "2025-03-32"
    problems = _problems(_document(*records))
    assert [(p.path, p.code) for p in problems] == [
        ("$.records[3].kind", "invalid-value"),
        ("$.records[3].founded", "unknown-field"),
        ("$.records[4].value.magnitude", "invalid-number"),
        ("$.records[5].minerals", "wrong-type"),
        ("$.records[6].title", "missing-field"),
        ("$.records[6].dates[0].value", "invalid-date"),
    ]
    assert [p.record for p in problems] == [
        "org:kigam",
        "org:kigam",
        PRODUCTION.id,
        WORLD.id,
        MEETING.id,
        MEETING.id,
    ]


def test_the_dataset_checks_are_problems_of_the_document() -> None:
    records = [_record(r) for r in DATASET.records[1:]]  # without the Korea Herald
    records.append(_record(attrs.evolve(WORLD, id=PRODUCTION.id)))
    problems = _problems(_document(*records))
    codes = {(p.path, p.code) for p in problems}
    assert ("$.records[6].id", "duplicate-id") in codes
    doc = _document(
        *[_record(r) for r in DATASET.records[1:]],
        _record(
            Figure(
                id="figure:x",
                subject="country:mn",
                measure=Measure.OTHER,
                description="x",
                citations=(Citation(HERALD),),
            )
        ),
    )
    problem = _one(doc)
    assert problem.path == "$.records[6].citations[0].source"
    assert isinstance(problem, Problem)


def test_a_record_of_the_wrong_kind_or_without_a_type_is_refused() -> None:
    assert _one(dumps(MEETING), Figure).path == "$.type"
    data = _record(MEETING)
    del data["type"]
    problem = _one(json.dumps(data), Event)
    assert (problem.path, problem.code) == ("$.type", "missing-field")
    problem = _one(json.dumps(data), Record)
    assert (problem.path, problem.code) == ("$.type", "missing-field")
    data["type"] = "meeting"
    problem = _one(json.dumps(data), Record)
    assert (problem.path, problem.code, problem.value) == (
        "$.type",
        "unknown-type",
        "string 'meeting'",
    )
    assert "'event'" in problem.expected
    data["type"] = 7
    assert _one(json.dumps(data), Record).code == "wrong-type"
    assert _one("[]", Record).code == "wrong-type"
    assert _one("[]", Event).code == "wrong-type"
    assert _one('"event"', Figure).value == "string 'event'"


def test_the_keys_of_a_record_may_come_in_any_order() -> None:
    data = _record(PRODUCTION)
    shuffled = dict(reversed(list(data.items())))
    assert loads(json.dumps(shuffled), Figure) == PRODUCTION


def test_the_error_is_one_type_readable_and_structured() -> None:
    with pytest.raises(InvalidDocumentError) as info:
        loads(_figure(id=1, measure="x"), Figure)
    error = info.value
    assert isinstance(error, InvalidDatasetError)
    assert isinstance(error, MineralpactError)
    assert isinstance(error, ValueError)
    assert str(error).splitlines() == [
        "2 problems found:",
        "  $.id: wrong JSON type (got number 1); expected a string",
        "  $.measure: unknown Measure (got string 'x'); expected one of 'reserves', "
        "'resources', 'production', 'capacity', 'exports', 'imports', 'investment', "
        "'deposits', 'count', 'use', 'other'",
    ]
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is InvalidDocumentError
    assert copy.problems == error.problems
    assert str(copy) == str(error)


def test_the_message_lists_the_first_problems_and_counts_the_rest() -> None:
    records = [dict(_record(SOURCES[0]), id=f"src:a{i}", kind="blog") for i in range(80)]
    with pytest.raises(InvalidDocumentError) as info:
        loads(_document(*records))
    error = info.value
    assert len(error.problems) == 80
    lines = str(error).splitlines()
    assert lines[0] == "80 problems found:"
    assert len(lines) == 1 + InvalidDocumentError.MAX_LISTED + 1
    assert lines[-1] == "  ... and 30 more (see the problems attribute)"


def test_wrong_arguments_are_type_errors_not_document_problems() -> None:
    with pytest.raises(InvalidTypeError):
        loads(123)  # type: ignore[call-overload]
    with pytest.raises(InvalidTypeError):
        loads("{}", dict)
    with pytest.raises(InvalidTypeError):
        loads('"x"', str)
    with pytest.raises(InvalidTypeError):
        loads("{}", InvalidDocumentError)
    with pytest.raises(InvalidTypeError):
        dumps({"a": 1})
    with pytest.raises(InvalidTypeError):
        dumps([PRODUCTION])
    with pytest.raises(InvalidTypeError):
        loads("{}", limits={"max_bytes": 1})  # type: ignore[call-overload]
    with pytest.raises(InvalidTypeError):
        load(io.StringIO("{}"), int)
    # attrs classes of the package that are not part of the format
    with pytest.raises(InvalidTypeError):
        loads('{"phrase": "x"}', mineralpact.ResolvedDate)
    with pytest.raises(InvalidTypeError):
        loads("{}", mineralpact.Claim)
    with pytest.raises(InvalidTypeError):
        dumps(mineralpact.resolve_date("Thursday", PartialDate(2023, 1, 26)))
    with pytest.raises(InvalidTypeError):
        loads("{}", [Figure])


# --- the document: format, version, migrations ---------------------------------------------


@pytest.mark.parametrize(
    ("document", "path", "code"),
    [
        (
            {"format": "mineralpact", "version": "2.0", "records": []},
            "$.version",
            "unsupported-version",
        ),
        (
            {"format": "mineralpact", "version": "0.9", "records": []},
            "$.version",
            "unsupported-version",
        ),
        ({"format": "mineralpact", "version": "1", "records": []}, "$.version", "invalid-version"),
        ({"format": "mineralpact", "version": 1.0, "records": []}, "$.version", "invalid-version"),
        ({"format": "geojson", "version": "1.0", "records": []}, "$.format", "not-mineralpact"),
        ({"format": "mineralpact", "records": []}, "$.version", "missing-field"),
        ({"version": "1.0", "records": []}, "$.format", "missing-field"),
        ({"format": "mineralpact", "version": "1.0"}, "$.records", "missing-field"),
        ({"format": "mineralpact", "version": "1.0", "records": {}}, "$.records", "wrong-type"),
        (
            {"format": "mineralpact", "version": "1.0", "records": [], "x": 1},
            "$.x",
            "unknown-field",
        ),
        ({"format": "mineralpact", "version": "1.0", "records": [1]}, "$.records[0]", "wrong-type"),
        ([], "$", "wrong-type"),
        (None, "$", "wrong-type"),
    ],
)
def test_the_envelope_of_a_document_is_checked(document: object, path: str, code: str) -> None:
    problem = _one(json.dumps(document))
    assert (problem.path, problem.code) == (path, code)


def test_an_unknown_major_version_says_which_versions_this_release_reads() -> None:
    problem = _one(_document(version="2.0"))
    assert problem.path == "$.version"
    assert problem.message == "this release reads 1.x"
    assert problem.value == "string '2.0'"
    assert "1.x" in problem.expected


def test_a_later_minor_version_is_read() -> None:
    text = dumps(DATASET).replace(f'"version":"{FORMAT_VERSION}"', '"version":"1.7"')
    assert loads(text) == DATASET


@pytest.fixture
def migration_from_0() -> Iterator[list[dict[str, Any]]]:
    """Version 0 called a record's type its "kind", say; the migration renames it."""
    seen: list[dict[str, Any]] = []

    def migrate(document: dict[str, Any]) -> dict[str, Any]:
        seen.append(document)
        records = [
            {"type": record["record"], **{k: v for k, v in record.items() if k != "record"}}
            for record in document["records"]
        ]
        return {"format": "mineralpact", "version": "1.0", "records": records}

    unregister = register_migration(0, migrate)
    try:
        yield seen
    finally:
        unregister()


def _version_0(record: Record) -> dict[str, Any]:
    data = _record(record)
    return {"record": data.pop("type"), **data}


def test_a_registered_migration_reads_an_older_version(migration_from_0: list[Any]) -> None:
    text = _document(*[_version_0(r) for r in DATASET.records], version="0.9")
    assert loads(text) == DATASET
    assert len(migration_from_0) == 1
    assert migration_from_0[0]["version"] == "0.9"
    problem = _one(_document(version="2.0"))
    assert "0.x through a registered migration" in problem.message


def test_unregistering_a_migration_restores_the_refusal() -> None:
    unregister = register_migration(0, lambda document: document)
    unregister()
    unregister()  # a second call does nothing
    assert _one(_document(version="0.9")).code == "unsupported-version"


def test_a_failing_migration_is_a_problem_of_the_document() -> None:
    def broken(document: dict[str, Any]) -> dict[str, Any]:
        raise KeyError("kind")

    unregister = register_migration(0, broken)
    try:
        problem = _one(_document(version="0.1"))
        assert problem.code == "migration-failed"
        assert "KeyError" in problem.message
    finally:
        unregister()
    results: list[Any] = [{"version": "0.2"}, {"records": []}, []]
    for result in results:

        def wrong(document: dict[str, Any], result: Any = result) -> Any:
            return result

        unregister = register_migration(0, wrong)
        try:
            assert _one(_document(version="0.1")).code == "migration-failed"
        finally:
            unregister()


def test_migrations_are_registered_with_care() -> None:
    with pytest.raises(InvalidTypeError):
        register_migration("0", lambda d: d)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError):
        register_migration(1, lambda d: d)
    with pytest.raises(InvalidValueError):
        register_migration(-1, lambda d: d)
    with pytest.raises(InvalidTypeError):
        register_migration(0, "migrate")  # type: ignore[arg-type]
    unregister = register_migration(0, lambda d: d)
    try:
        with pytest.raises(InvalidValueError, match="already"):
            register_migration(0, lambda d: d)
    finally:
        unregister()


def test_a_document_with_too_many_records_is_refused() -> None:
    text = dumps(DATASET)
    problem = _one(text, limits=Limits(max_records=3))
    assert (problem.path, problem.code) == ("$.records", "too-many-records")
    assert loads(text, limits=Limits(max_records=len(DATASET.records))) == DATASET


def test_limits_are_checked() -> None:
    assert Limits() == Limits(max_bytes=256 * 2**20, max_records=10_000_000, max_int_digits=30)
    with pytest.raises(InvalidValueError):
        Limits(max_records=0)
    with pytest.raises(InvalidTypeError):
        Limits(max_bytes=1.5)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError):
        Limits(max_int_digits=True)


def test_reading_leaves_the_garbage_collector_as_it_was() -> None:
    assert gc.isenabled()
    loads(dumps(DATASET))
    assert gc.isenabled()
    with pytest.raises(InvalidDocumentError):
        loads("[")
    assert gc.isenabled()
    gc.disable()
    try:
        loads(dumps(DATASET))
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_large_read_moves_its_objects_to_the_oldest_generation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(serialization, "_PROMOTE_AFTER", 10)
    gc.collect()
    # Python 3.12 freezes a few hundred objects of its own at start-up.
    frozen = gc.get_freeze_count()
    dataset = loads(dumps(DATASET))
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen
    assert gc.get_count()[0] < 10  # nothing young is left for a collection to scan
    assert gc.is_tracked(dataset.records[0])


def test_objects_the_program_froze_stay_frozen_and_the_read_still_moves_its_objects(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(serialization, "_PROMOTE_AFTER", 10)
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        assert loads(dumps(DATASET)) == DATASET
        assert gc.get_freeze_count() == frozen
        assert gc.isenabled()
        assert gc.get_count()[0] < 10  # moved, although objects were frozen
    finally:
        gc.unfreeze()


def test_a_small_read_is_measured_from_the_count_when_it_began(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = dumps(DATASET)
    gc.collect()
    gc.disable()
    try:
        made = gc.get_count()[0]
        loads(text)
        read_alone = gc.get_count()[0] - made
    finally:
        gc.enable()
    monkeypatch.setattr(serialization, "_PROMOTE_AFTER", read_alone * 2)
    gc.collect()
    gc.disable()
    try:
        # Young objects the caller made before reading are not the read's.
        kept = [[i] for i in range(read_alone * 2)]
        before = gc.get_count()[0]
        loads(text)
        after = gc.get_count()[0]
        assert after > before  # nothing was moved or collected
        assert len(kept) == read_alone * 2
    finally:
        gc.enable()


def test_a_read_does_not_collect_for_a_caller_that_disabled_the_collector(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(serialization, "_PROMOTE_AFTER", 10)
    gc.freeze()
    gc.disable()
    try:
        frozen = gc.get_freeze_count()
        before = gc.get_count()[2]
        loads(dumps(DATASET))
        assert not gc.isenabled()
        assert gc.get_freeze_count() == frozen
        assert gc.get_count()[2] == before  # no collection ran
    finally:
        gc.enable()
        gc.unfreeze()


# --- files -----------------------------------------------------------------------------------


def test_dump_and_load_a_path(tmp_path: Path) -> None:
    path = tmp_path / "data.json"
    dump(DATASET, path)
    assert path.read_bytes() == dumps(DATASET).encode("utf-8") + b"\n"
    assert load(path) == DATASET
    assert load(str(path)) == DATASET
    dump(DATASET, path, indent=2)
    assert load(path) == DATASET


def test_dump_and_load_open_files() -> None:
    text = io.StringIO()
    dump(MEETING, text)
    assert text.getvalue() == dumps(MEETING) + "\n"
    assert load(io.StringIO(text.getvalue()), Event) == MEETING
    binary = io.BytesIO()
    dump(MEETING, binary)
    assert binary.getvalue() == (dumps(MEETING) + "\n").encode("utf-8")
    binary.seek(0)
    assert load(binary, Record) == MEETING


def test_a_file_is_not_read_beyond_the_limit() -> None:
    data = io.BytesIO(b'"' + b"x" * 1000 + b'"')
    problem = _one_of_load(data, Limits(max_bytes=100))
    assert problem.code == "too-large"
    assert data.tell() == 101


def _one_of_load(file: Any, limits: Limits) -> Problem:
    with pytest.raises(InvalidDocumentError) as info:
        load(file, PartialDate, limits=limits)
    assert len(info.value.problems) == 1
    return info.value.problems[0]


# --- JSON Lines --------------------------------------------------------------------------------


def _lines(dataset: Dataset = DATASET) -> str:
    out = io.StringIO()
    dump_lines(dataset, out)
    return out.getvalue()


def test_json_lines_are_a_header_then_one_canonical_record_a_line() -> None:
    lines = _lines().splitlines()
    assert lines[0] == '{"format":"mineralpact","version":"1.2"}'
    assert lines[1:] == [dumps(record) for record in DATASET.records]
    assert _lines().endswith("\n")


def test_json_lines_round_trip(tmp_path: Path) -> None:
    assert load_lines(io.StringIO(_lines())) == DATASET
    assert list(iter_lines(io.StringIO(_lines()))) == list(DATASET.records)
    path = tmp_path / "data.jsonl"
    dump_lines(DATASET, path)
    assert load_lines(path) == DATASET
    assert list(iter_lines(str(path))) == list(DATASET.records)
    binary = io.BytesIO()
    dump_lines(iter(DATASET.records), binary)
    binary.seek(0)
    assert load_lines(binary) == DATASET


def test_iter_lines_reads_lazily() -> None:
    many = Dataset((*SOURCES, *(attrs.evolve(WORLD, id=f"figure:w{i}") for i in range(200))))
    text = _lines(many)
    source = io.StringIO(text)
    records = iter_lines(source)
    assert source.tell() == 0  # nothing is read before the first record is asked for
    assert next(records) == SOURCES[0]
    first_two = len("\n".join(text.split("\n")[:2])) + 1
    assert source.tell() == first_two
    assert next(records) == SOURCES[1]
    assert source.tell() < len(text) / 50


def test_dump_lines_writes_as_it_goes_and_refuses_what_is_not_a_record() -> None:
    out = io.StringIO()

    def records() -> Iterator[Any]:
        yield SOURCES[0]
        assert out.getvalue().count("\n") == 2  # the header and the first record are out
        yield PartialDate(2023)

    with pytest.raises(InvalidTypeError):
        dump_lines(records(), out)


def test_a_bad_line_is_reported_with_its_number() -> None:
    lines = _lines().splitlines()
    data = json.loads(lines[5])
    data["value"]["magnitude"] = 1.5
    lines[5] = json.dumps(data)
    lines[7] = lines[7].replace('"committee_session"', '"committee"')
    text = "\n".join(lines) + "\n"
    records = iter_lines(io.StringIO(text))
    assert [next(records).id for _ in range(4)] == [r.id for r in DATASET.records[:4]]
    with pytest.raises(InvalidDocumentError) as info:
        next(records)
    assert [p.path for p in info.value.problems] == ["line 6: $.value.magnitude"]
    with pytest.raises(InvalidDocumentError) as info:
        load_lines(io.StringIO(text))
    assert [p.path for p in info.value.problems] == ["line 6: $.value.magnitude", "line 8: $.kind"]


def test_the_dataset_checks_of_json_lines_name_the_line() -> None:
    # without the Korea.net release, on line 3, that the organisation and the meeting cite
    text = _lines(DATASET).replace(_lines(DATASET).splitlines()[2] + "\n", "", 1)
    with pytest.raises(InvalidDocumentError) as info:
        load_lines(io.StringIO(text))
    paths = [p.path for p in info.value.problems]
    assert "line 4: $.citations[0].source" in paths
    assert "line 7: $.dates[0].citations[0].source" in paths
    assert all(path.startswith(("line 4: $.", "line 7: $.")) for path in paths)
    # iter_lines checks one record at a time, not the references between them
    assert len(list(iter_lines(io.StringIO(text)))) == len(DATASET.records) - 1


@pytest.mark.parametrize(
    ("text", "path", "code"),
    [
        ("", "line 1", "invalid-json"),
        ('{"format":"mineralpact","version":"2.0"}\n', "line 1: $.version", "unsupported-version"),
        ('{"format":"mineralpact"}\n', "line 1: $.version", "missing-field"),
        (
            '{"format":"mineralpact","version":"1.0","records":[]}\n',
            "line 1: $.records",
            "unknown-field",
        ),
        ('{"format":"mineralpact","version":"1.0"}\n\n', "line 2: $", "invalid-json"),
        ('{"format":"mineralpact","version":"1.0"}\n[]\n', "line 2: $", "wrong-type"),
        ('{"format":"mineralpact","version":"1.0"}\n{"type":"source"', "line 2: $", "invalid-json"),
        ("[1,\n2]\n", "line 1: $", "invalid-json"),
    ],
)
def test_a_bad_json_lines_file_is_refused(text: str, path: str, code: str) -> None:
    with pytest.raises(InvalidDocumentError) as info:
        load_lines(io.StringIO(text))
    problem = info.value.problems[0]
    assert (problem.path, problem.code) == (path, code)


def test_json_lines_limits() -> None:
    text = _lines()
    with pytest.raises(InvalidDocumentError) as info:
        load_lines(io.StringIO(text), limits=Limits(max_records=3))
    assert info.value.problems[0].code == "too-many-records"
    assert info.value.problems[0].path == "line 5: $"
    long_line = max(len(line) for line in text.splitlines())
    with pytest.raises(InvalidDocumentError) as info:
        list(iter_lines(io.StringIO(text), limits=Limits(max_bytes=long_line - 1)))
    assert info.value.problems[0].code == "too-large"


def test_a_json_lines_file_of_an_older_version_is_migrated_record_by_record(
    migration_from_0: list[dict[str, Any]],
) -> None:
    header = '{"format":"mineralpact","version":"0.3"}\n'
    text = header + "".join(json.dumps(_version_0(r)) + "\n" for r in DATASET.records)
    assert load_lines(io.StringIO(text)) == DATASET
    assert len(migration_from_0) == len(DATASET.records)
    assert all(len(document["records"]) == 1 for document in migration_from_0)


# --- approximate values -------------------------------------------------------


def test_an_approximate_share_round_trips_and_an_old_document_reads_as_exact() -> None:
    about = Share(16, "global rare earth reserves", approximate=True)
    text = dumps(about)
    assert '"approximate":true' in text
    assert loads(text, Share) == about
    # Exact values write no flag, and a document without one reads as exact.
    assert "approximate" not in dumps(Share(16, "x"))
    assert loads('{"value":"16","of":"x"}', Share) == Share(16, "x")
    assert loads('{"magnitude":"3110","unit":"t"}', Quantity) == Quantity(3110, "t")
    assert loads('{"magnitude":"3110","unit":"t","approximate":true}', Quantity) == Quantity(
        3110, "t", approximate=True
    )


@pytest.mark.parametrize("flag", ["1", '"true"', "null"])
def test_approximate_must_be_a_json_boolean(flag: str) -> None:
    with pytest.raises(InvalidDocumentError) as info:
        loads('{"value":"16","of":"x","approximate":' + flag + "}", Share)
    assert "$.approximate" in str(info.value)
