"""Fuzzing the readers and the parsers, as part of the suite.

Every reader (:func:`~mineralpact.loads`, :func:`~mineralpact.serialization.iter_lines`,
:func:`~mineralpact.serialization.load_lines`) and every ``parse`` is given
arbitrary text, bytes and JSON, and mutations of valid documents (a
character deleted, inserted or replaced; a JSON node deleted, replaced or
given another type). Whatever comes, nothing but a
:class:`~mineralpact.errors.MineralpactError` may escape, and every document
that is accepted round-trips exactly: written again, it reads back equal,
and its text is stable.

The suite runs each test at a small size. For an occasional longer run, use
the ``fuzz`` profile::

    HYPOTHESIS_PROFILE=fuzz python -m pytest tests/test_fuzz.py
"""

from __future__ import annotations

import contextlib
import io
import json
import os
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from _sizes import examples
from mineralpact import (
    Count,
    Country,
    Dataset,
    DateRange,
    Deadline,
    Identifier,
    Money,
    PartialDate,
    QualifiedDate,
    Quantity,
    Rank,
    Share,
    Subdivision,
    dumps,
    loads,
    parse_temporal,
)
from mineralpact.bundled import korea_mongolia
from mineralpact.dataset import Record
from mineralpact.dates import TemporalValue
from mineralpact.errors import MineralpactError
from mineralpact.figures import FigureValue
from mineralpact.serialization import dump_lines, iter_lines, load_lines
from mineralpact.strategies import datasets

_SLOW = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]

#: Small in the suite (fifty examples under the ``ci`` profile, scaled by the
#: others); ``HYPOTHESIS_PROFILE=fuzz`` for a long run.
FUZZ = (
    settings(settings.get_profile("fuzz"))
    if os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"
    else examples(50, suppress_health_check=_SLOW)
)

PARSERS: list[Callable[[str], object]] = [
    PartialDate.parse,
    DateRange.parse,
    Deadline.parse,
    QualifiedDate.parse,
    parse_temporal,
    Quantity.parse,
    Share.parse,
    Rank.parse,
    Count.parse,
    Money.parse,
    Country.parse,
    Subdivision.parse,
    Identifier.parse,
]

#: The types that :func:`loads` reads, beside a dataset.
TYPES: list[Any] = [Dataset, Record, FigureValue, TemporalValue, Quantity, PartialDate]

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)


def read(text: str | bytes, type: Any = Dataset) -> object | None:
    """What ``loads`` reads from ``text``, or ``None`` when it refuses it with the library's error.

    Any other exception fails the test; an accepted value must round-trip.
    """
    try:
        value: object = loads(text, type)
    except MineralpactError:
        return None
    assert_round_trips(value, type)
    return value


def assert_round_trips(value: object, type: Any) -> None:
    written = dumps(value)
    again = loads(written, type)
    assert again == value
    assert dumps(again) == written


# --- the parsers ------------------------------------------------------------------


@pytest.mark.parametrize("parse", PARSERS, ids=lambda p: getattr(p, "__qualname__", str(p)))
@FUZZ
@given(text=st.text(max_size=40) | st.from_regex(r"[0-9 .,%~<>/:TZ+eE-]{0,20}[a-zA-Z$€ ]{0,6}"))
def test_a_parser_refuses_with_the_librarys_error(
    parse: Callable[[str], object], text: str
) -> None:
    with contextlib.suppress(MineralpactError):
        parse(text)


@pytest.mark.parametrize("parse", PARSERS, ids=lambda p: getattr(p, "__qualname__", str(p)))
@FUZZ
@given(value=json_values)
def test_a_parser_given_another_type_refuses_with_the_librarys_error(
    parse: Callable[[Any], object], value: object
) -> None:
    if isinstance(value, str):
        return
    with contextlib.suppress(MineralpactError):
        parse(value)


# --- loads over arbitrary input ---------------------------------------------------


@pytest.mark.parametrize("type", TYPES, ids=lambda t: getattr(t, "__name__", str(t)))
@FUZZ
@given(data=st.text(max_size=60) | st.binary(max_size=60))
def test_loads_of_arbitrary_text_and_bytes(type: Any, data: str | bytes) -> None:
    read(data, type)


@pytest.mark.parametrize("type", TYPES, ids=lambda t: getattr(t, "__name__", str(t)))
@FUZZ
@given(value=json_values)
def test_loads_of_arbitrary_json(type: Any, value: object) -> None:
    read(json.dumps(value), type)


@FUZZ
@given(records=st.lists(json_values, max_size=3), version=st.sampled_from(["1.0", "1.1", "2.0"]))
def test_loads_of_a_document_of_arbitrary_records(records: list[object], version: str) -> None:
    read(json.dumps({"format": "mineralpact", "version": version, "records": records}))


# --- mutations of valid documents ---------------------------------------------------


def _nodes(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The paths of every node of a JSON value, the root included."""
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _nodes(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _nodes(item, (*path, index))
    return found


def _swapped(value: object) -> object:
    """A value of another JSON type, made from ``value`` where it can be."""
    if isinstance(value, str):
        return int(value) if value.isdecimal() and len(value) < 20 else [value]
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return value[0] if value else {}
    if isinstance(value, dict):
        return list(value.values())
    return "null"


@st.composite
def mutated(draw: st.DrawFn, text: str) -> str:
    """``text``, a JSON document, with one to three mutations."""
    for _ in range(draw(st.integers(1, 3))):
        how = draw(st.sampled_from(["delete", "insert", "replace", "node", "swap", "drop"]))
        if how in ("delete", "insert", "replace"):
            at = draw(st.integers(0, max(len(text) - 1, 0)))
            char = draw(st.characters() | st.sampled_from('{}[]",:0\\ '))
            if how == "delete":
                text = text[:at] + text[at + 1 :]
            elif how == "insert":
                text = text[:at] + char + text[at:]
            else:
                text = text[:at] + char + text[at + 1 :]
            continue
        try:
            value = json.loads(text)
        except ValueError:
            continue
        path = draw(st.sampled_from(_nodes(value)))
        if not path:
            continue
        parent = value
        for step in path[:-1]:
            parent = parent[step]
        last = path[-1]
        if how == "drop":
            del parent[last]
        elif how == "swap":
            parent[last] = _swapped(parent[last])
        else:
            parent[last] = draw(json_values)
        text = json.dumps(value, ensure_ascii=draw(st.booleans()))
    return text


@pytest.fixture(scope="module")
def bundled_text() -> str:
    return dumps(korea_mongolia())


@FUZZ
@given(data=st.data())
def test_mutations_of_the_bundled_dataset(bundled_text: str, data: st.DataObject) -> None:
    read(data.draw(mutated(bundled_text)))


@FUZZ
@given(dataset=datasets(), data=st.data())
def test_mutations_of_generated_datasets(dataset: Dataset, data: st.DataObject) -> None:
    text = dumps(dataset)
    assert read(text) == dataset
    read(data.draw(mutated(text)))


@FUZZ
@given(dataset=datasets(), data=st.data())
def test_mutations_of_a_generated_record(dataset: Dataset, data: st.DataObject) -> None:
    if not dataset.records:
        return
    record = data.draw(st.sampled_from(dataset.records))
    read(data.draw(mutated(dumps(record))), Record)


# --- JSON Lines -----------------------------------------------------------------------


def _read_lines(data: str | bytes) -> None:
    stream: io.StringIO | io.BytesIO = (
        io.StringIO(data) if isinstance(data, str) else io.BytesIO(data)
    )
    try:
        records = list(iter_lines(stream))
    except MineralpactError:
        records = None
    stream.seek(0)
    try:
        dataset = load_lines(stream)
    except MineralpactError:
        return
    # What load_lines accepts, iter_lines reads record by record.
    assert records is not None
    assert tuple(records) == dataset.records
    assert_round_trips(dataset, Dataset)
    written = io.StringIO()
    dump_lines(dataset, written)
    assert load_lines(io.StringIO(written.getvalue())) == dataset


@FUZZ
@given(data=st.text(max_size=80) | st.binary(max_size=80))
def test_lines_of_arbitrary_text_and_bytes(data: str | bytes) -> None:
    _read_lines(data)


@FUZZ
@given(
    header=st.sampled_from(['{"format":"mineralpact","version":"1.1"}', ""]) | st.text(max_size=20),
    lines=st.lists(json_values.map(json.dumps), max_size=3),
)
def test_lines_of_arbitrary_json(header: str, lines: list[str]) -> None:
    _read_lines("\n".join([header, *lines]) + "\n")


@FUZZ
@given(dataset=datasets(), data=st.data())
def test_mutations_of_generated_lines(dataset: Dataset, data: st.DataObject) -> None:
    written = io.StringIO()
    dump_lines(dataset, written)
    lines = written.getvalue().split("\n")
    at = data.draw(st.integers(0, len(lines) - 1))
    lines[at] = data.draw(mutated(lines[at])) if lines[at] else data.draw(st.text(max_size=10))
    text = "\n".join(lines)
    _read_lines(text.encode("utf-8", "surrogatepass") if data.draw(st.booleans()) else text)
