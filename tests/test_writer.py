"""``dumps`` writes the text straight from the objects, and it is the converter's text.

The reference is how ``dumps`` wrote a value before: the converter's
unstructure hooks (dicts, lists and strings) encoded by ``json.dumps``,
compact. The generated writers must give that very text for every value of
every type, datasets and records included; what they cannot write exactly
goes to the reference itself.
"""

from __future__ import annotations

import enum
import io
import json
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, assume, given
from hypothesis import strategies as st

from _sizes import examples
from mineralpact import _converter, _writer, strategies
from mineralpact.dataset import Dataset
from mineralpact.dates import PartialDate
from mineralpact.errors import MineralpactError
from mineralpact.figures import Figure, Measure
from mineralpact.quantities import Quantity
from mineralpact.serialization import dump_lines, dumps, loads
from mineralpact.sources import Citation, Source, SourceKind


def reference(value: object) -> str:
    """The text as ``dumps`` wrote it before: the converter's hooks, then ``json.dumps``."""
    return json.dumps(
        _converter.unstructure(value),
        ensure_ascii=False,
        separators=(",", ":"),
        allow_nan=False,
        check_circular=False,
    )


def written(value: object) -> str:
    """The generated writer of the value's class alone, with no way back to the converter."""
    return _writer._writers()[type(value)](value)


#: Strategies of the module that draw ids or units, not values of the format.
_NOT_VALUES = frozenset({"FIELD_UNITS", "record_ids", "mineral_ids"})
_STRATEGIES = [name for name in strategies.__all__ if name not in _NOT_VALUES]
_ENUMS = sorted(
    (cl for cl in _converter._SUPPORTED if isinstance(cl, type) and issubclass(cl, enum.Enum)),
    key=lambda cl: cl.__qualname__,
)


def test_every_type_of_the_format_has_a_writer() -> None:
    classes = {cl for cl in _converter._SUPPORTED if isinstance(cl, type)}
    assert classes <= _writer._writers().keys()
    assert Dataset in _writer._writers()


def check(value: Any) -> None:
    expected = reference(value)
    assert written(value) == expected
    assert dumps(value) == expected
    assert loads(dumps(value), type(value)) == value


# (The record strategies are large: Hypothesis warns that it would print one of
# them whole when a draw of a dataset-wide assumption is given up.)
@pytest.mark.filterwarnings("ignore:Generating overly large repr")
@pytest.mark.parametrize("name", _STRATEGIES)
@given(data=st.data())
@examples(40, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
def test_every_value_is_written_as_the_converter_writes_it(name: str, data: st.DataObject) -> None:
    check(data.draw(getattr(strategies, name)(), label=name))


@pytest.mark.parametrize("cl", _ENUMS, ids=lambda cl: cl.__name__)
def test_every_enum_member_is_written_as_the_converter_writes_it(cl: type[enum.Enum]) -> None:
    for member in cl:
        check(member)


@given(strategies.datasets(max_records=6) | strategies.datasets(max_records=6, linked=True))
@examples(150, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
def test_a_dataset_and_its_lines_are_written_as_the_converter_writes_them(
    dataset: Dataset,
) -> None:
    expected = reference(dataset)
    assert written(dataset) == expected
    assert dumps(dataset) == expected
    assert loads(dumps(dataset)) == dataset
    out = io.StringIO()
    dump_lines(dataset, out)
    header, *lines = out.getvalue().splitlines()
    assert json.loads(header) == {
        "format": "mineralpact",
        "version": json.loads(expected)["version"],
    }
    assert lines == [reference(record) for record in dataset.records]


@given(st.text())
def test_any_text_is_escaped_as_json_dumps_escapes_it(title: str) -> None:
    try:
        source = Source(id="src:a", title=title, kind=SourceKind.DATASET)
    except MineralpactError:
        assume(False)
        raise
    assert written(source) == reference(source)
    assert dumps(Dataset((source,))) == reference(Dataset((source,)))


def _forced(value: Any, **fields: Any) -> Any:
    """``value`` with ``fields`` set past its validators, as no caller should."""
    for name, field in fields.items():
        object.__setattr__(value, name, field)
    return value


@pytest.mark.parametrize(
    ("field", "bad"),
    [
        ("title", 123),  # json.dumps writes a number where a string should be
        ("title", True),
        ("notes", ["a", "b"]),
        ("kind", "report"),  # no enum member: the converter's own error
        ("published", "2025"),
    ],
)
def test_a_value_that_no_writer_expects_is_written_by_the_converter(field: str, bad: Any) -> None:
    source = _forced(Source(id="src:a", title="A", kind=SourceKind.DATASET), **{field: bad})
    try:
        expected: str | type[BaseException] = reference(source)
    except Exception as exc:  # the very error is compared below
        expected = type(exc)
    if isinstance(expected, str):
        assert dumps(source) == expected
        assert dumps(Dataset((source,))) == reference(Dataset((source,)))
    else:
        with pytest.raises(expected):
            dumps(source)


@attrs.frozen
class Stranger:
    id: str = "x:1"


@pytest.mark.parametrize("stranger", [Stranger(), Quantity(1, "t")], ids=repr)
def test_a_record_of_a_foreign_class_in_a_dataset_goes_to_the_converter(stranger: Any) -> None:
    dataset = Dataset((Source(id="src:a", title="A", kind=SourceKind.DATASET),))
    _forced(dataset, records=(*dataset.records, stranger))
    with pytest.raises(KeyError):
        reference(dataset)
    with pytest.raises(KeyError):
        dumps(dataset)


def test_dumps_no_longer_builds_the_dicts(monkeypatch: pytest.MonkeyPatch) -> None:
    figure = Figure(
        id="figure:mn-mo-production-2024",
        subject="country:mn",
        measure=Measure.PRODUCTION,
        minerals=frozenset({"element:mo", "element:cu"}),
        value=Quantity(3110, "t"),
        citations=(Citation("src:usgs-mcs-2026"),),
    )
    source = Source(id="src:usgs-mcs-2026", title="MCS", kind=SourceKind.DATASET)
    dataset = Dataset((source, figure))
    expected = reference(dataset)

    def refuse(value: object) -> Any:
        raise AssertionError("the converter's dicts were built")

    monkeypatch.setattr(_converter, "unstructure", refuse)
    assert dumps(dataset) == expected
    out = io.StringIO()
    dump_lines(dataset, out)
    assert out.getvalue().count("\n") == 3


def test_an_empty_dataset_is_written_as_the_converter_writes_it() -> None:
    check(Dataset(()))


def test_dates_past_the_writers_memory_are_written_again_the_same() -> None:
    days = [PartialDate(year, month) for year in range(1990, 2006) for month in range(1, 13)]
    days += [PartialDate(2000 + n // 400, 1 + n % 12, 1 + n % 28) for n in range(4500)]
    days += [PartialDate(year) for year in range(1900, 2100)]
    for day in days * 2:
        assert written(day) == reference(day)
