"""Hostile input fails cleanly and quickly: deep nesting, huge strings and numbers, bad text."""

from __future__ import annotations

import io
import json
import time
from decimal import Decimal
from typing import Any

import pytest

from mineralpact.codes import Country
from mineralpact.dataset import Dataset, Record
from mineralpact.dates import PartialDate
from mineralpact.errors import MAX_PROBLEMS, InvalidDocumentError, Problem, ProblemGroup
from mineralpact.figures import Figure
from mineralpact.quantities import Count, Quantity, Rank
from mineralpact.serialization import Limits, iter_lines, load, load_lines, loads
from mineralpact.sources import Citation, Source

FIGURE: dict[str, Any] = {
    "type": "figure",
    "id": "figure:x",
    "subject": "country:mn",
    "measure": "production",
    "citations": [{"source": "src:a"}],
    "value": {"type": "quantity", "magnitude": "3110", "unit": "t"},
}


def _problems(
    text: str | bytes | bytearray, cl: Any = Dataset, **kwargs: Any
) -> tuple[Problem, ...]:
    with pytest.raises(InvalidDocumentError) as info:
        loads(text, cl, **kwargs)
    return info.value.problems


def _one(text: str | bytes | bytearray, cl: Any = Dataset, **kwargs: Any) -> Problem:
    problems = _problems(text, cl, **kwargs)
    assert len(problems) == 1, problems
    return problems[0]


def _figure(**changes: Any) -> str:
    return json.dumps({**FIGURE, **changes})


# --- nesting ---------------------------------------------------------------------------


@pytest.mark.parametrize("opening", ["[", '{"a":'])
def test_nesting_a_hundred_thousand_levels_deep_is_a_problem_not_a_crash(opening: str) -> None:
    closing = "]" if opening == "[" else "}"
    text = opening * 100_000 + "1" + closing * 100_000
    problem = _one(text)
    # Refused before it is parsed, for what its brackets would cost, or by the parser.
    assert (problem.path, problem.code) in (("$", "too-costly"), ("$", "too-deep"))


def test_nesting_the_parser_follows_is_refused_where_it_stands() -> None:
    deep: Any = "src:a"
    for _ in range(500):
        deep = [deep]
    problem = _one(_figure(citations=[{"source": deep}]), Figure)
    assert (problem.path, problem.code) == ("$.citations[0].source", "wrong-type")
    assert problem.value == "array of 1 item"


# --- size ------------------------------------------------------------------------------


def test_a_document_larger_than_the_limit_is_refused_before_it_is_parsed() -> None:
    text = '"' + "x" * 10_000 + '"'
    for data in (text, text.encode("utf-8"), bytearray(text.encode("utf-8"))):
        problem = _one(data, PartialDate, limits=Limits(max_bytes=1_000))
        assert (problem.path, problem.code) == ("$", "too-large")
        assert "1000" in problem.expected
    # not JSON, but never parsed: the size alone refuses it
    assert _one("[" * 5_000, limits=Limits(max_bytes=1_000)).code == "too-large"


def test_the_size_limit_can_be_raised() -> None:
    source = {"type": "source", "id": "src:a", "title": "x" * 400, "kind": "dataset"}
    text = json.dumps(source)
    assert _one(text, Source, limits=Limits(max_bytes=100)).code == "too-large"
    assert loads(text, Source, limits=Limits(max_bytes=1_000)).title == "x" * 400


def test_a_file_larger_than_the_limit_is_not_read_whole() -> None:
    data = io.BytesIO(b'"' + b"x" * 100_000 + b'"')
    with pytest.raises(InvalidDocumentError) as info:
        load(data, PartialDate, limits=Limits(max_bytes=1_000))
    assert info.value.problems[0].code == "too-large"
    assert data.tell() == 1_001


def test_a_fifty_megabyte_string_fails_fast_on_the_field_length() -> None:
    huge = "x" * 50_000_000
    text = _figure(notes=huge)
    started = time.perf_counter()
    json.loads(text)
    parsing = time.perf_counter() - started
    started = time.perf_counter()
    problem = _one(text, Figure)
    # No work in proportion to the string but parsing it: a few times what
    # parsing alone takes in the same run, on a slow machine as on a fast one.
    assert time.perf_counter() - started < 4 * parsing + 0.5
    assert (problem.path, problem.code) == ("$.notes", "too-long")
    assert len(problem.value) < 100
    assert len(str(InvalidDocumentError([problem]))) < 400


@pytest.mark.parametrize(
    ("field", "path"),
    [
        ("id", "$.id"),
        ("subject", "$.subject"),
        ("measure", "$.measure"),
        ("period", "$.period"),
    ],
)
def test_a_long_string_in_any_field_is_refused_with_a_short_report(field: str, path: str) -> None:
    problem = _one(_figure(**{field: "country:" + "m" * 200_000}), Figure)
    assert problem.path == path
    assert len(str(problem)) < 600


def test_a_long_code_or_date_is_refused_before_it_is_looked_up() -> None:
    assert _one(json.dumps("K" * 100_000), Country).code == "invalid-value"
    assert _one(json.dumps("2023" * 100_000), PartialDate).code == "invalid-value"
    assert _one(json.dumps("1" * 200), Rank).code == "wrong-type"
    long_decimal = _figure(value={"type": "quantity", "magnitude": "1" * 10_000, "unit": "t"})
    problem = _one(long_decimal, Figure)
    assert (problem.path, problem.code) == ("$.value.magnitude", "invalid-number")
    assert "longer than" in problem.message


def test_a_long_unknown_key_is_reported_cut_short() -> None:
    key = "k" * 100_000
    problem = _one(json.dumps({**FIGURE, key: 1}), Figure)
    assert problem.code == "unknown-field"
    assert len(problem.path) < 100
    odd = _one(json.dumps({**FIGURE, "a key": 1}), Figure)
    assert odd.path == '$["a key"]'


# --- numbers ------------------------------------------------------------------------------


def test_a_huge_integer_is_refused_without_being_converted() -> None:
    digits = "1" + "0" * 10_000  # beyond Python's own limit on int() of a string
    text = _figure().replace('"measure": "production"', '"measure": "production", "x": ' + digits)
    problems = _problems(text, Figure)
    assert [(p.path, p.code) for p in problems] == [("$.x", "unknown-field")]
    count = '{"value": ' + digits + "}"
    problem = _one(count, Count)
    assert (problem.path, problem.code) == ("$.value", "invalid-number")
    assert "10001 digits" in problem.message
    assert len(problem.value) < 40


def test_the_integer_digit_limit_can_be_set() -> None:
    assert loads('{"value": 123456}', Count) == Count(123456)
    problem = _one('{"value": 123456}', Count, limits=Limits(max_int_digits=5))
    assert problem.code == "invalid-number"
    negative = _one('{"value": -123456}', Count, limits=Limits(max_int_digits=5))
    assert negative.code == "invalid-number"
    assert _one('{"value": -12345}', Count, limits=Limits(max_int_digits=5)).code == (
        "invalid-quantity"  # five digits are read; a count below zero is then refused
    )


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_refused_wherever_they_are(constant: str) -> None:
    magnitude = _figure().replace('"3110"', constant)
    problem = _one(magnitude, Figure)
    assert (problem.path, problem.code) == ("$.value.magnitude", "invalid-number")
    assert constant in problem.message
    count = _one('{"value": ' + constant + "}", Count)
    assert (count.path, count.code) == ("$.value", "invalid-number")
    text = _one(_figure().replace('"country:mn"', constant), Figure)
    assert (text.path, text.code, text.value) == ("$.subject", "wrong-type", f"number {constant}")


@pytest.mark.parametrize("number", ["1.5", "1e3", "3110.0", "-0.0", "1E400"])
def test_a_float_is_refused_where_an_exact_number_or_an_integer_belongs(number: str) -> None:
    magnitude = _one(_figure().replace('"3110"', number), Figure)
    assert (magnitude.path, magnitude.code) == ("$.value.magnitude", "invalid-number")
    assert "not exact" in magnitude.message
    assert magnitude.value == f"number {number}"
    position = _one('{"position": ' + number + ', "scope": "producers"}', Rank)
    assert (position.path, position.code) == ("$.position", "invalid-number")


def test_a_float_never_becomes_a_decimal() -> None:
    # 0.1 as a float is 0.1000000000000000055511151231257827...: refused, not rounded
    problem = _one('{"magnitude": 0.1, "unit": "t"}', Quantity)
    assert problem.value == "number 0.1"
    assert loads('{"magnitude": "0.1", "unit": "t"}', Quantity).magnitude == Decimal("0.1")


# --- units -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "unit",
    [
        "9**9**9 meter",
        "(" * 5_000 + "t" + ")" * 5_000,
        "t**99",
        "1000 kg",
        "kg" * 1_000,
        "degC",
        "",
    ],
)
def test_unit_text_crafted_for_pint_is_refused_by_the_grammar_quickly(unit: str) -> None:
    started = time.perf_counter()
    problem = _one(json.dumps({"magnitude": "1", "unit": unit}), Quantity)
    assert time.perf_counter() - started < 2
    assert (problem.path, problem.code) == ("$.unit", "invalid-unit")
    assert len(str(problem)) < 800


# --- keys ------------------------------------------------------------------------------------


def test_a_repeated_key_is_refused_where_it_is() -> None:
    text = _figure().replace('"subject": "country:mn"', '"subject": "country:mn", "subject": null')
    problem = _one(text, Figure)
    assert (problem.path, problem.code) == ("$", "duplicate-key")
    assert "'subject'" in problem.message
    nested = '{"magnitude": "1", "unit": "t", "unit": "kt"}'
    document = _figure().replace('{"type": "quantity", "magnitude": "3110", "unit": "t"}', nested)
    problems = _problems(document, Figure)
    assert [(p.path, p.code) for p in problems] == [("$.value", "duplicate-key")]
    records = '{"format": "mineralpact", "version": "1.0", "version": "2.0", "records": []}'
    assert _one(records).code == "duplicate-key"


# --- text encodings ------------------------------------------------------------------------

DOCUMENT = '{"format": "mineralpact", "version": "1.0", "records": []}'


@pytest.mark.parametrize(
    "data",
    [
        b"\xef\xbb\xbf" + DOCUMENT.encode("utf-8"),
        "\ufeff" + DOCUMENT,
        DOCUMENT.encode("utf-16"),
        DOCUMENT.encode("utf-16-le"),
        DOCUMENT.encode("utf-32"),
        '{"format": "mineralpact", "version": "1.0", "records": ["é"]}'.encode("latin-1"),
        b'"\xff\xfe"',
    ],
)
def test_text_that_is_not_plain_utf8_is_refused(data: str | bytes) -> None:
    problem = _one(data)
    assert (problem.path, problem.code) == ("$", "invalid-json")
    assert problem.message.startswith(("a byte order mark", "not UTF-8", "not JSON"))


def test_a_lone_surrogate_is_not_text() -> None:
    problem = _one('{"source": "src:a", "quotation": "x\\udc00y"}', Citation)
    assert (problem.path, problem.code) == ("$.quotation", "invalid-value")
    assert loads(
        '{"source": "src:a", "quotation": "\\u00e9\\ud83d\\ude00"}', Citation
    ).quotation == ("é\U0001f600")


@pytest.mark.parametrize(
    "text",
    ["", " ", "{", '{"a" 1}', "[1,]", "'x'", '"x" "y"', "undefined", "\x00"],
)
def test_what_is_not_json_is_refused(text: str) -> None:
    problem = _one(text)
    assert (problem.path, problem.code) == ("$", "invalid-json")
    assert "line 1" in problem.message


# --- many problems, and JSON Lines -----------------------------------------------------------


def test_a_document_of_many_bad_records_is_reported_whole_and_quickly() -> None:
    records = [{**FIGURE, "id": f"figure:x{i}", "measure": "output"} for i in range(20_000)]
    text = json.dumps({"format": "mineralpact", "version": "1.0", "records": records})
    started = time.perf_counter()
    with pytest.raises(InvalidDocumentError) as info:
        loads(text)
    assert time.perf_counter() - started < 30
    error = info.value
    assert error.total == 20_000
    assert len(error.problems) == MAX_PROBLEMS
    assert [p.path for p in error.problems] == [
        f"$.records[{i}].measure" for i in range(MAX_PROBLEMS)
    ]
    assert [p.record for p in error.problems] == [f"figure:x{i}" for i in range(MAX_PROBLEMS)]
    assert error.more == (
        ProblemGroup("invalid-value", "$.records[*].measure", 20_000 - MAX_PROBLEMS),
    )


def test_a_hostile_json_lines_file_fails_on_its_line() -> None:
    header = '{"format":"mineralpact","version":"1.0"}\n'
    deep = header + "[" * 100_000 + "]" * 100_000 + "\n"
    with pytest.raises(InvalidDocumentError) as info:
        list(iter_lines(io.StringIO(deep)))
    assert info.value.problems[0].path == "line 2: $"
    assert info.value.problems[0].code in ("too-costly", "too-deep")
    long_line = header + '"' + "x" * 10_000 + '"\n'
    stream = io.StringIO(long_line)
    with pytest.raises(InvalidDocumentError) as info:
        load_lines(stream, limits=Limits(max_bytes=1_000))
    assert (info.value.problems[0].path, info.value.problems[0].code) == ("line 2", "too-large")
    assert stream.tell() < 1_100
    binary = io.BytesIO(header.encode() + b'{"type": "source", "title": "\xff"}\n')
    with pytest.raises(InvalidDocumentError) as info:
        load_lines(binary)
    assert info.value.problems[0].path == "line 2: $"
    assert info.value.problems[0].message.startswith("not UTF-8")


def test_a_record_read_alone_as_a_union_member_of_the_wrong_shape_is_refused() -> None:
    for text in ("null", "1", '"source"', "[]", "{}", '{"type": null}'):
        problem = _one(text, Record)
        assert problem.path in ("$", "$.type")
        assert problem.code in ("wrong-type", "missing-field")
