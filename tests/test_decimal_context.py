"""What the library computes, accepts and writes does not depend on the caller's Decimal context.

Each test runs under a hostile thread-local context: three digits, rounding
toward minus infinity, traps on ``Inexact`` and ``Rounded``, lower-case
exponents. The property tests of arithmetic, conversion, text and JSON are
run again under it.
"""

from __future__ import annotations

import decimal
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import pytest

import test_quantities
import test_serialization_roundtrip
from mineralpact import (
    Citation,
    Dataset,
    Figure,
    Measure,
    Money,
    Quantity,
    Share,
    Source,
    SourceKind,
)
from mineralpact.errors import InvalidDatasetError, InvalidDocumentError
from mineralpact.serialization import dumps, loads


@pytest.fixture(autouse=True)
def hostile() -> Iterator[decimal.Context]:
    """The caller's context, as unlike the library's as it can be, for the test's duration."""
    with decimal.localcontext() as ctx:
        ctx.prec = 3
        ctx.rounding = decimal.ROUND_FLOOR
        ctx.capitals = 0
        ctx.traps[decimal.Inexact] = True
        ctx.traps[decimal.Rounded] = True
        yield ctx


SUBJECTS = ("country:kr", "country:mn")


def _dataset(*shares: str) -> Dataset:
    """A source, and a share of one total for each of up to two countries."""
    source = Source(id="src:a", title="A report", kind=SourceKind.DATASET)
    figures = tuple(
        Figure(
            id=f"figure:s{i}",
            subject=subject,
            measure=Measure.RESERVES,
            minerals=frozenset({"group:ree"}),
            value=Share(Decimal(share), of="global rare earth reserves"),
            citations=(Citation("src:a"),),
        )
        for i, (subject, share) in enumerate(zip(SUBJECTS, shares, strict=False))
    )
    return Dataset((source, *figures))


def test_shares_over_100_percent_are_refused_at_any_caller_precision() -> None:
    with pytest.raises(InvalidDatasetError) as caught:
        _dataset("99.99", "0.02")
    (problem,) = caught.value.problems
    assert problem.code == "shares-over-100"
    assert problem.value == "100.01 %"


def test_a_valid_dataset_is_built_and_read_back_under_inexact_traps() -> None:
    data = _dataset("16.25")
    assert loads(dumps(data)) == data
    assert _dataset("99.99", "0.01").records[1] == _dataset("99.99").records[1]


def test_a_document_gets_no_made_up_problem() -> None:
    text = dumps(_dataset("16.25", "83.75"))
    assert loads(text) == _dataset("16.25", "83.75")
    with pytest.raises(InvalidDocumentError) as caught:
        loads(text.replace('"83.75"', '"83.76"'))
    assert [p.code for p in caught.value.problems] == ["shares-over-100"]


def test_text_and_repr_do_not_take_the_callers_letter_case() -> None:
    quantity = Quantity(Decimal("2.5E+50"), "t")
    assert str(quantity) == "2.5E+50 t"
    assert repr(quantity) == "Quantity(magnitude=Decimal('2.5E+50'), unit='t')"
    assert str(Share(Decimal("1E-50"), "all")) == "1E-50% of all"
    assert str(Money(Decimal("1E+50"), "USD")) == "1E+50 USD"


def test_arithmetic_is_exact_or_refused_whatever_the_callers_precision() -> None:
    a = Quantity(Decimal("1234.5678"), "t")
    assert (a + a).magnitude == Decimal("2469.1356")
    assert (a * 3).magnitude == Decimal("3703.7034")
    assert Quantity(Decimal("1.2345"), "kt").to("t").magnitude == Decimal("1234.5")
    assert Share(Decimal("12.345"), "all").as_fraction() == Decimal("0.12345")
    assert Money(Decimal("0.07"), "USD") - Money(Decimal("0.05"), "USD") == Money(
        Decimal("0.02"), "USD"
    )


# The property tests of arithmetic, conversion, text and JSON, under the hostile context.
PROPERTY_TESTS: dict[str, Callable[[], Any]] = {
    name: getattr(module, name)
    for module, names in (
        (
            test_quantities,
            (
                "test_parse_inverts_str_keeping_the_representation",
                "test_repr_evaluates_back",
                "test_conversions_within_decimal_units_round_trip_exactly",
                "test_conversions_through_inexact_factors_round_trip_closely",
                "test_ordering_is_consistent_with_equality",
                "test_hash_is_consistent_with_equality",
                "test_addition_then_subtraction_gives_back_the_quantity",
                "test_share_round_trip",
                "test_money_round_trip",
                "test_money_ordering_is_consistent_with_equality",
            ),
        ),
        (
            test_serialization_roundtrip,
            ("test_a_figures_value_carries_its_type", "test_every_dataset_survives_a_round_trip"),
        ),
    )
    for name in names
}


@pytest.mark.parametrize("name", sorted(PROPERTY_TESTS))
def test_the_properties_hold_under_a_hostile_context(name: str) -> None:
    PROPERTY_TESTS[name]()
