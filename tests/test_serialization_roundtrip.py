"""A round trip changes nothing: every value, record and dataset the strategies draw."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mineralpact import strategies
from mineralpact.dataset import Dataset, Record
from mineralpact.dates import TemporalValue
from mineralpact.figures import Figure, FigureValue
from mineralpact.serialization import dump_lines, dumps, iter_lines, load_lines, loads

#: Public strategies that draw something other than a mineralpact type.
NOT_TYPES = {"FIELD_UNITS", "record_ids", "mineral_ids"}
VALUE_STRATEGIES = sorted(set(strategies.__all__) - NOT_TYPES - {"datasets"})
RECORD_STRATEGIES = [
    "agreements",
    "commodities",
    "elements",
    "events",
    "facilities",
    "figures",
    "laws",
    "milestones",
    "mineral_groups",
    "mineral_lists",
    "organisations",
    "persons",
    "positions",
    "projects",
    "sources",
]


def _round_trip(value: Any, cl: Any) -> None:
    text = dumps(value)
    back = loads(text, cl)
    assert back == value
    assert type(back) is type(value)
    assert dumps(back) == text  # the text is canonical: nothing changed, not even spelling
    assert loads(text.encode("utf-8"), cl) == value
    pretty = dumps(value, indent=2)
    assert loads(pretty, cl) == value


def test_every_public_strategy_is_covered() -> None:
    assert set(RECORD_STRATEGIES) <= set(VALUE_STRATEGIES)
    assert "temporal_values" in VALUE_STRATEGIES
    assert "datasets" in strategies.__all__


@pytest.mark.parametrize("name", VALUE_STRATEGIES)
def test_every_value_and_record_survives_a_round_trip(name: str) -> None:
    # One test per strategy, so that each drawn value is checked both ways:
    # drawing is most of the cost.
    is_record = name in RECORD_STRATEGIES

    @given(getattr(strategies, name)())
    def check(value: Any) -> None:
        _round_trip(value, type(value))
        if is_record:
            _read_back_as_a_record_of_its_kind(value)

    check()


def _read_back_as_a_record_of_its_kind(record: Any) -> None:
    text = dumps(record)
    assert json.loads(text)["type"] == next(iter(json.loads(text).values()))
    assert loads(text, Record) == record


@given(strategies.temporal_values())
def test_any_temporal_value_is_read_back_by_its_form(value: TemporalValue) -> None:
    assert loads(dumps(value), TemporalValue) == value


@given(strategies.figures())
def test_a_figures_value_carries_its_type(figure: Figure) -> None:
    data = json.loads(dumps(figure))
    if figure.value is None:
        assert "value" not in data
        return
    value = data["value"]
    assert next(iter(value)) == "type"
    assert loads(json.dumps(value), FigureValue) == figure.value


@given(strategies.datasets(max_records=4))
def test_every_dataset_survives_a_round_trip(dataset: Dataset) -> None:
    _round_trip(dataset, Dataset)
    lines = io.StringIO()
    dump_lines(dataset, lines)
    assert lines.getvalue().count("\n") == len(dataset.records) + 1
    assert load_lines(io.StringIO(lines.getvalue())) == dataset
    assert tuple(iter_lines(io.StringIO(lines.getvalue()))) == dataset.records


@given(st.data())
def test_a_string_where_a_list_belongs_is_never_split_into_letters(data: st.DataObject) -> None:
    record = data.draw(st.one_of(strategies.agreements(), strategies.events()))
    fields = json.loads(dumps(record))
    arrays = [key for key, value in fields.items() if isinstance(value, list) and value]
    key = data.draw(st.sampled_from(arrays))
    fields[key] = "".join(map(str, fields[key]))[:20] or "x"
    with pytest.raises(ValueError, match=rf"\$\.{key}: wrong JSON type"):
        loads(json.dumps(fields), type(record))
