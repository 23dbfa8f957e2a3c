"""Arrow tables of a dataset: every figure has a row, and exact values stay exact."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mineralpact import Dataset, Figure
from mineralpact.bundled import korea_mongolia
from mineralpact.dates import DateRange, Deadline, PartialDate, QualifiedDate, TemporalValue
from mineralpact.errors import InvalidTypeError, InvalidValueError
from mineralpact.quantities import Coded, Count, Money, Quantity, QuantityRange, Rank, Share
from mineralpact.sources import Citation, Source, SourceKind
from mineralpact.strategies import datasets, figures

pytest.importorskip("pyarrow")

from mineralpact import tables

_SLOW = settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow], deadline=None)


def _ends(value: TemporalValue) -> tuple[PartialDate | None, PartialDate | None]:
    if isinstance(value, PartialDate):
        return value, value
    if isinstance(value, QualifiedDate):
        return value.date, value.date
    if isinstance(value, Deadline):
        return None, value.by
    assert isinstance(value, DateRange)
    return value.start, value.end


def _check_date(row: dict[str, Any], name: str, value: TemporalValue | None) -> None:
    if value is None:
        assert row[name] is None
        assert row[f"{name}_start"] is None
        return
    assert row[name] == str(value)
    assert row[f"{name}_start"] == value.earliest
    assert row[f"{name}_end"] == value.latest
    first, last = _ends(value)
    assert row[f"{name}_start_precision"] == (None if first is None else first.precision.value)
    assert row[f"{name}_end_precision"] == (None if last is None else last.precision.value)


def _check_number(row: dict[str, Any], name: str, number: Decimal) -> None:
    """The text is the exact number; the decimal column is it, or null when it cannot hold it."""
    assert row[f"{name}_text"] == str(number)
    assert Decimal(row[f"{name}_text"]) == number
    stored = row[name]
    if stored is None:
        _, digits, exponent = number.normalize().as_tuple()
        assert isinstance(exponent, int)
        assert -exponent > tables.DECIMAL_SCALE or len(digits) + exponent > 26
    else:
        assert stored == number


def _check_figure(row: dict[str, Any], figure: Figure) -> None:
    assert row["id"] == figure.id
    assert row["subject"] == figure.subject
    assert row["measure"] == figure.measure.value
    assert row["minerals"] == sorted(figure.minerals)
    assert row["estimated"] is figure.estimated
    assert row["sources"] == sorted({c.source for c in figure.citations})
    assert row["description"] == figure.description
    _check_date(row, "period", figure.period)
    _check_date(row, "as_of", figure.as_of)
    value = figure.value
    assert row["value_text"] == (None if value is None else str(value))
    if isinstance(value, Quantity):
        assert row["value_kind"] == "quantity"
        _check_number(row, "magnitude", value.magnitude)
        assert (row["unit"], row["approximate"]) == (value.unit, value.approximate)
    elif isinstance(value, QuantityRange):
        assert row["value_kind"] == "range"
        _check_number(row, "low", value.low.magnitude)
        _check_number(row, "high", value.high.magnitude)
        assert (row["unit"], row["high_unit"]) == (value.low.unit, value.high.unit)
    elif isinstance(value, Share):
        assert row["value_kind"] == "share"
        _check_number(row, "magnitude", value.value)
        assert (row["unit"], row["of"]) == ("percent", value.of)
    elif isinstance(value, Money):
        assert row["value_kind"] == "money"
        _check_number(row, "magnitude", value.amount)
        assert row["currency"] == value.currency
    elif isinstance(value, Count):
        assert (row["value_kind"], row["count"], row["of"]) == ("count", value.value, value.of)
    elif isinstance(value, Rank):
        assert (row["value_kind"], row["rank"], row["rank_of"]) == (
            "rank",
            value.position,
            value.of,
        )
    elif isinstance(value, Coded):
        assert (row["value_kind"], row["code"]) == ("coded", value.code.value)
    else:
        assert value is None
        assert row["value_kind"] is None
        assert row["magnitude"] is None


def _standalone(figure: Figure) -> Figure:
    """The figure with its parties replaced by countries, and its minerals by bundled ones.

    Every dataset resolves those, so that any figure drawn makes a dataset on its own.
    """
    subject = figure.subject
    if subject is not None and not subject.startswith("country:"):
        subject = "country:mn"
    within = None if figure.within is None else "country:kr"
    minerals = frozenset({"element:mo", "group:ree"}) if figure.minerals else frozenset()
    return attrs.evolve(figure, subject=subject, within=within, minerals=minerals)


def _dataset_of(figure_list: list[Figure]) -> Dataset:
    unique = list({f.id: _standalone(f) for f in figure_list}.values())
    source_ids = sorted({c.source for f in unique for c in f.citations})
    sources = [Source(id=s, title=s, kind=SourceKind.OTHER) for s in source_ids]
    return Dataset((*sources, *unique))


@_SLOW
@given(st.lists(figures(), min_size=1, max_size=6))
def test_every_figure_reads_back_exactly(figure_list: list[Figure]) -> None:
    # Figures of every value kind, with magnitudes of any size and dates of
    # every precision: the decimals read back equal to the record's own.
    data = _dataset_of(figure_list)
    rows = {row["id"]: row for row in tables.figures_table(data).to_pylist()}
    assert len(rows) == len(data.of_type(Figure))
    for figure in data.of_type(Figure):
        _check_figure(rows[figure.id], figure)


@_SLOW
@given(datasets(max_records=6, linked=True))
def test_generated_datasets_give_a_row_per_figure(data: Dataset) -> None:
    rows = tables.figures_table(data).to_pylist()
    assert [row["id"] for row in rows] == [f.id for f in data.of_type(Figure)]
    for row, figure in zip(rows, data.of_type(Figure), strict=True):
        _check_figure(row, figure)


def test_the_bundled_figures_have_every_field() -> None:
    data = korea_mongolia()
    table = tables.figures_table(data, unit="kt")
    assert table.schema == tables.schema("figures")
    for row, figure in zip(table.to_pylist(), data.of_type(Figure), strict=True):
        _check_figure(row, figure)
    [row] = [r for r in table.to_pylist() if r["id"] == "figure:mn-mo-production-2024"]
    assert row["normalised"] == Decimal("3.11")
    assert (row["normalised_text"], row["normalised_unit"]) == ("3.11", "kt")
    assert row["normalised_exact"] is True
    assert row["countries"] == ["country:mn"]
    assert row["covers"] == ["element:mo"]


def _quantity_figure(value: Quantity | Money, figure_id: str = "figure:x") -> Figure:
    from mineralpact.figures import Measure

    return Figure(
        id=figure_id,
        subject=None,
        measure=Measure.PRODUCTION if isinstance(value, Quantity) else Measure.INVESTMENT,
        value=value,
        period=DateRange(PartialDate(2023, 2), PartialDate(2025)),
        citations=(Citation("src:x"),),
    )


def test_a_magnitude_that_does_not_fit_is_kept_as_text() -> None:
    tiny = Quantity(Decimal("1E-20"), "t")
    huge = Quantity(Decimal("1234567890123456789012345678901234"), "t")
    data = _dataset_of(
        [_quantity_figure(tiny, "figure:tiny"), _quantity_figure(huge, "figure:huge")]
    )
    rows = {row["id"]: row for row in tables.figures_table(data).to_pylist()}
    assert rows["figure:tiny"]["magnitude"] is None
    assert rows["figure:tiny"]["magnitude_text"] == "1E-20"
    assert rows["figure:huge"]["magnitude"] is None
    assert Decimal(rows["figure:huge"]["magnitude_text"]) == huge.magnitude
    assert rows["figure:tiny"]["period_start_precision"] == "month"
    assert rows["figure:tiny"]["period_end_precision"] == "year"
    assert rows["figure:tiny"]["period_start"] == datetime.date(2023, 2, 1)
    assert rows["figure:tiny"]["period_end"] == datetime.date(2025, 12, 31)


def test_a_normalised_magnitude_of_another_dimension_is_null_and_an_endless_one_is_marked() -> None:
    data = _dataset_of(
        [
            _quantity_figure(Quantity(1, "kg"), "figure:kg"),
            _quantity_figure(Money(Decimal("10"), "USD"), "figure:usd"),
            _quantity_figure(Quantity(5, "km"), "figure:km"),
        ]
    )
    rows = {row["id"]: row for row in tables.figures_table(data, unit="lb").to_pylist()}
    assert rows["figure:kg"]["normalised_exact"] is False
    assert rows["figure:kg"]["normalised_text"].startswith("2.204622621848775807")
    assert rows["figure:km"]["normalised"] is None
    assert rows["figure:usd"]["normalised"] is None
    assert rows["figure:usd"]["magnitude"] == Decimal(10)


def test_timeline_rows_follow_the_timeline() -> None:
    data = korea_mongolia()
    rows = tables.timeline_table(data).to_pylist()
    entries = data.timeline()
    assert len(rows) == len(entries)
    for row, entry in zip(rows, entries, strict=True):
        assert (row["record"], row["kind"], row["title"]) == (
            entry.record,
            entry.kind.value,
            entry.title,
        )
        assert row["disputed"] is entry.disputed
        assert row["sources"] == sorted(entry.sources)
        _check_date(row, "when", entry.when)


def test_parties_have_a_row_per_name() -> None:
    from mineralpact.parties import Organisation, Person

    data = korea_mongolia()
    rows = tables.parties_table(data).to_pylist()
    parties: list[Organisation | Person] = [*data.of_type(Organisation), *data.of_type(Person)]
    for party in parties:
        mine = [r for r in rows if r["party"] == party.id]
        assert [r["name"] for r in mine] == [n.text for n in party.names]
        for row, name in zip(mine, party.names, strict=True):
            _check_date(row, "since", name.since)
            _check_date(row, "until", name.until)
            assert row["attested"] == [str(c.value) for c in name.attested]
    countries = {r["party"]: r["name"] for r in rows if r["party_type"] == "country"}
    assert countries["country:kr"] == "Korea, Republic of"


def test_agreements_have_a_row_per_stage() -> None:
    from mineralpact import Agreement

    data = korea_mongolia()
    rows = tables.agreements_table(data).to_pylist()
    for agreement in data.of_type(Agreement):
        mine = [r for r in rows if r["agreement"] == agreement.id]
        assert len(mine) == max(1, len(agreement.stages))
        stages: list[str | None] = [s.kind.value for s in agreement.stages]
        assert [r["stage"] for r in mine] == (stages or [None])
        assert all(r["parties"] == sorted(agreement.parties) for r in mine)


def _magnitudes(data: Dataset) -> dict[str, Decimal]:
    """The exact magnitude of each figure that is one quantity."""
    return {f.id: f.value.magnitude for f in data.of_type(Figure) if isinstance(f.value, Quantity)}


def test_to_polars_through_arrow_keeps_magnitudes_exact() -> None:
    polars = pytest.importorskip("polars")
    data = korea_mongolia()
    table = tables.figures_table(data)
    frame = polars.from_arrow(table)
    assert isinstance(frame, polars.DataFrame)
    assert frame.columns == table.schema.names
    assert frame.height == table.num_rows
    assert frame["magnitude"].dtype == polars.Decimal(38, 12)
    got = dict(zip(frame["id"].to_list(), frame["magnitude"].to_list(), strict=True))
    expected = _magnitudes(data)
    assert expected
    assert {i: got[i] for i in expected} == expected


def test_to_pandas_through_arrow_keeps_magnitudes_exact() -> None:
    pandas = pytest.importorskip("pandas")
    data = korea_mongolia()
    table = tables.figures_table(data)
    frame = table.to_pandas()
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame.columns) == table.schema.names
    assert len(frame) == table.num_rows
    # decimal128 becomes Python Decimals, not floats; a partial date keeps its precision.
    got = dict(zip(frame["id"], frame["magnitude"], strict=True))
    expected = _magnitudes(data)
    assert {i: got[i] for i in expected} == expected
    assert all(type(got[i]) is Decimal for i in expected)
    assert set(frame["period_start_precision"].dropna()) <= {"year", "month", "day"}


def test_bad_arguments_raise_the_projects_errors() -> None:
    with pytest.raises(InvalidTypeError, match=r"tables\.figures_table data"):
        tables.figures_table([])  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="batch_size"):
        list(tables.figure_batches(korea_mongolia(), batch_size=0))
    with pytest.raises(InvalidValueError, match="format"):
        tables.export(korea_mongolia(), "/nonexistent", format="xlsx")
