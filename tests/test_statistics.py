"""Statistics as published: codes, ranges, rounding, production stage, and figures that compare."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mineralpact import (
    Basis,
    Citation,
    Coded,
    Dataset,
    Figure,
    Measure,
    PartialDate,
    ProductionStage,
    Quantity,
    QuantityRange,
    Rank,
    Rounding,
    Share,
    Source,
    SourceKind,
    StatisticCode,
    dumps,
    loads,
)
from mineralpact.errors import (
    IncompatibleUnitsError,
    InvalidQuantityError,
    InvalidTypeError,
    InvalidValueError,
)

USGS = Citation("src:usgs-mcs-2026")
SOURCES = (
    Source(id="src:usgs-mcs-2026", title="MCS 2026", kind=SourceKind.DATASET),
    Source(id="src:other", title="O", kind=SourceKind.DATASET),
)


def mine(figure_id: str, subject: str | None, value: Any, year: int, **extra: Any) -> Figure:
    """Mine production of molybdenum, contained metal, as USGS states it."""
    return Figure(
        id=figure_id,
        subject=subject,
        measure=Measure.PRODUCTION,
        minerals=frozenset({"element:mo"}),
        value=value,
        basis=Basis.CONTAINED_METAL,
        stage=ProductionStage.MINE,
        period=PartialDate(year),
        citations=extra.pop("citations", (USGS,)),
        **extra,
    )


def test_the_usgs_molybdenum_case_is_stated_plainly() -> None:
    figures = (
        mine("figure:mn-2024", "country:mn", Quantity(3110, "t"), 2024),
        mine("figure:mn-2025", "country:mn", Quantity(4200, "t"), 2025, estimated=True),
        mine("figure:world-2024", None, Quantity(256000, "t"), 2024),
        mine(
            "figure:world-2025",
            None,
            Quantity(260000, "t"),
            2025,
            estimated=True,
            rounding=Rounding(),
        ),
        mine("figure:mn-rank-2024", "country:mn", Rank(8, scope="listed producers"), 2024),
        mine("figure:xx-withheld", "country:us", Coded.parse("W"), 2024),
        mine("figure:xx-na", "country:ca", Coded.parse("NA"), 2024),
        mine("figure:xx-zero", "country:fr", Coded.parse("\u2014"), 2024),
    )
    data = Dataset((*SOURCES, *figures))
    assert loads(dumps(data)) == data
    assert data.get("figure:world-2025", Figure).rounding == Rounding()
    assert str(data.get("figure:xx-withheld", Figure).value) == "W"
    assert data.disagreements() == ()


# --- codes ---------------------------------------------------------------------------


@pytest.mark.parametrize("code", list(StatisticCode))
def test_each_code_reads_back_and_is_neither_zero_nor_missing(code: StatisticCode) -> None:
    coded = Coded(code)
    assert Coded.parse(str(coded)) == coded
    assert coded != Quantity(0, "t")
    figure = mine("figure:a", "country:mn", coded, 2024)
    assert figure.value is not None
    assert not figure.is_qualitative
    assert json.loads(dumps(Dataset((SOURCES[0], figure))))["records"][1]["value"] == {
        "type": "coded",
        "code": code.value,
    }


@pytest.mark.parametrize(("text", "error"), [("w", InvalidQuantityError), (3, InvalidTypeError)])
def test_a_code_that_is_not_one_is_refused(text: Any, error: type[Exception]) -> None:
    with pytest.raises(error):
        Coded.parse(text)


# --- ranges --------------------------------------------------------------------------


def test_ranges_read_back_and_hold_their_values() -> None:
    r = QuantityRange.parse("100\u2013200 t")
    assert str(r) == "100\u2013200 t"
    assert QuantityRange.parse("100 to 200 t") == r
    assert QuantityRange.parse("0.1 kt \u2013 200 t") == r
    assert r.holds(Quantity(Decimal("0.15"), "kt"))
    assert not r.holds(Quantity(150, "t/yr"))


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("200\u2013100 t", InvalidQuantityError),
        ("100 t \u2013 200 t/yr", IncompatibleUnitsError),
        ("100 t", InvalidQuantityError),
    ],
)
def test_bad_ranges_are_refused(text: str, error: type[Exception]) -> None:
    with pytest.raises(error) as caught:
        QuantityRange.parse(text)
    assert text in str(caught.value)


@given(st.integers(0, 500), st.integers(0, 500), st.integers(0, 500))
def test_a_range_holds_exactly_the_values_between_its_ends(a: int, b: int, x: int) -> None:
    low, high = sorted((a, b))
    r = QuantityRange(Quantity(low, "t"), Quantity(high, "t"))
    assert r.holds(Quantity(x, "t")) is (low <= x <= high)


# --- rounding and stage ----------------------------------------------------------------


def test_rounding_must_fit_the_value_and_only_numbers_are_rounded() -> None:
    mine("figure:a", None, Quantity(260000, "t"), 2025, rounding=Rounding(to=1000))
    with pytest.raises(InvalidValueError, match=r"Figure\.rounding"):
        mine("figure:a", None, Quantity(259800, "t"), 2025, rounding=Rounding(to=1000))
    with pytest.raises(InvalidValueError, match=r"Figure\.rounding"):
        mine("figure:a", None, Rank(8, scope="x"), 2025, rounding=Rounding())
    with pytest.raises(InvalidTypeError, match=r"Rounding\.to"):
        Rounding(to=1.5)  # type: ignore[arg-type]


def test_stage_is_part_of_the_key_and_not_for_what_is_in_the_ground() -> None:
    figure = mine("figure:a", "country:mn", Quantity(3110, "t"), 2024)
    refined = attrs.evolve(figure, stage=ProductionStage.REFINERY)
    assert figure.key != refined.key
    with pytest.raises(InvalidValueError, match=r"Figure\.stage"):
        attrs.evolve(figure, measure=Measure.RESERVES)


# --- figures that compare --------------------------------------------------------------


def test_eighth_largest_producer_from_two_sources_compares_whatever_the_wording() -> None:
    a = mine("figure:a", "country:mn", Rank(8, scope="largest producers of molybdenum"), 2024)
    b = attrs.evolve(
        a,
        id="figure:b",
        value=Rank(8, scope="eighth-largest global producer of molybdenum"),
        citations=(Citation("src:other"),),
    )
    assert a.key == b.key
    data = Dataset((*SOURCES, a, b))
    assert data.disagreements() == ()
    assert [c.records for c in data.corroborations()] == [("figure:a", "figure:b")]
    assert [f.id for f in data.same_figure("figure:b")] == ["figure:b", "figure:a"]
    ninth = attrs.evolve(b, value=Rank(9, scope="largest producers of molybdenum"))
    assert [d.aspect for d in Dataset((*SOURCES, a, ninth)).disagreements()] == ["value"]


def test_within_decides_what_a_rank_or_share_compares_with() -> None:
    world = mine("figure:a", "country:mn", Share(1, "world production"), 2024)
    in_asia = attrs.evolve(world, within="org:asean")
    assert world.key != in_asia.key
    with pytest.raises(InvalidValueError, match=r"Figure\.within"):
        attrs.evolve(world, value=Quantity(1, "t"), within="org:asean")


def test_an_old_rank_with_a_text_scope_reads_and_compares_by_its_structured_fields() -> None:
    old = {
        "format": "mineralpact",
        "version": "1.1",
        "records": [
            {"type": "source", "id": "src:a", "title": "A", "kind": "dataset"},
            {"type": "source", "id": "src:b", "title": "B", "kind": "dataset"},
            *(
                {
                    "type": "figure",
                    "id": f"figure:{source}",
                    "subject": "country:mn",
                    "measure": "production",
                    "minerals": ["element:mo"],
                    "value": {"type": "rank", "position": 8, "scope": scope},
                    "citations": [{"source": f"src:{source}"}],
                }
                for source, scope in (("a", "largest producers"), ("b", "Largest  producers!"))
            ),
        ],
    }
    data = loads(json.dumps(old))
    rank = data.get("figure:a", Figure).value
    assert rank == Rank(8, scope="largest producers")
    assert len(data.corroborations()) == 1


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        (Quantity(3110, "t"), Quantity(3110, "t", approximate=True), True),
        (Quantity(3110, "t"), Quantity(3000, "t"), False),
        (QuantityRange.parse("3000\u20133200 t"), Quantity(3110, "t"), True),
        (QuantityRange.parse("3000\u20133050 t"), Quantity(3110, "t"), False),
        (QuantityRange.parse("1\u20132 t"), QuantityRange.parse("2\u20133 t"), True),
        (Coded(StatisticCode.WITHHELD), Quantity(3110, "t"), True),
        (Coded(StatisticCode.NOT_AVAILABLE), Coded(StatisticCode.ZERO), True),
        (Coded(StatisticCode.ZERO), Coded(StatisticCode.ZERO), True),
    ],
)
def test_values_that_can_both_be_true_agree(a: Any, b: Any, agree: bool) -> None:
    x = mine("figure:a", "country:mn", a, 2024)
    y = mine("figure:b", "country:mn", b, 2024, citations=(Citation("src:other"),))
    # Codes are keyed apart from numbers: only same-key figures are compared.
    if x.key == y.key:
        assert x.agrees_with(y) is agree
        assert y.agrees_with(x) is agree
        data = Dataset((*SOURCES, x, y))
        assert (data.disagreements() == ()) is agree
        assert (len(data.corroborations()) == 1) is agree
    else:
        assert agree
        assert not x.agrees_with(y)


@given(st.integers(1, 1000), st.integers(1, 1000), st.sampled_from([1, 10, 100, 1000]))
def test_a_rounded_figure_agrees_with_what_rounds_to_it(target: int, other: int, step: int) -> None:
    rounded = mine("figure:a", None, Quantity(target * step, "t"), 2025, rounding=Rounding(to=step))
    precise = mine("figure:b", None, Quantity(other, "t"), 2025)
    assert rounded.agrees_with(precise) is (2 * abs(target * step - other) <= step)


def test_the_wording_of_a_rank_or_share_does_not_decide_what_compares() -> None:
    # Regression: the key held the folded text of a rank's scope and a share's
    # total, so that two reports of the 8th-largest producer did not compare.
    def rank(figure_id: str, scope: str, source: str) -> Figure:
        return Figure(
            id=figure_id,
            subject="country:mn",
            measure=Measure.PRODUCTION,
            minerals=frozenset({"element:mo"}),
            value=Rank(8, scope=scope),
            citations=(Citation(source),),
        )

    korea_net = rank("figure:a", "largest producers of molybdenum", "src:usgs-mcs-2026")
    asia_review = rank("figure:b", "largest global producers of molybdenum", "src:other")
    assert korea_net.key == asia_review.key
    share = attrs.evolve(korea_net, value=Share(16, "global reserves"))
    assert share.key == attrs.evolve(share, value=Share(16, "world reserves")).key
