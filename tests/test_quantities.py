"""Quantities with units, shares, ranks, counts and money."""

from __future__ import annotations

import pickle
import subprocess
import sys
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mineralpact._units import conversion_factor
from mineralpact.errors import (
    IncompatibleUnitsError,
    InvalidCodeError,
    InvalidQuantityError,
    InvalidTypeError,
    InvalidUnitError,
    InvalidValueError,
)
from mineralpact.quantities import (
    MAX_DESCRIPTION_LENGTH,
    MAX_DIGITS,
    MAX_EXPONENT,
    Count,
    Money,
    Quantity,
    Rank,
    Share,
)
from mineralpact.strategies import counts, money, quantities, ranks, shares

MASS_UNITS = ("t", "kt", "Mt", "kg", "g")
DIMENSIONLESS_UNITS = ("percent", "%", "ppm", "g/t")
RATE_UNITS = ("t/year", "t/yr", "kt/a", "Mt/yr")
# Within each group every factor is a power of ten: conversions are exact both ways.
DECIMAL_GROUPS = (MASS_UNITS, DIMENSIONLESS_UNITS, RATE_UNITS)


def same_representation(a: Decimal, b: Decimal) -> bool:
    """Equal as written, not only by value: Decimal("3.110") is not Decimal("3.11") here."""
    return a.as_tuple() == b.as_tuple()


# One reference unit per dimension of DECIMAL_GROUPS.
REFERENCE_UNITS = {"[mass]": "g", "dimensionless": "ppm", "[mass] / [time]": "t/yr"}


def base_value(q: Quantity) -> Fraction:
    """The quantity in a reference unit, computed with exact fractions, not with Quantity."""
    return Fraction(q.magnitude) * conversion_factor(q.unit, REFERENCE_UNITS[q.dimensionality])


# --- Quantity: construction ----------------------------------------------------


def test_int_magnitudes_become_exact_decimals() -> None:
    q = Quantity(3110, "t")
    assert isinstance(q.magnitude, Decimal)
    assert same_representation(q.magnitude, Decimal("3110"))


def test_decimal_magnitudes_keep_their_representation() -> None:
    assert same_representation(Quantity(Decimal("3.110"), "t").magnitude, Decimal("3.110"))


def test_decimal_subclasses_become_plain_decimals() -> None:
    class MyDecimal(Decimal):
        pass

    assert type(Quantity(MyDecimal("1.5"), "t").magnitude) is Decimal


def test_a_float_is_refused_with_a_pointer_to_from_float() -> None:
    with pytest.raises(InvalidTypeError) as info:
        Quantity(2.5, "t")  # type: ignore[arg-type]
    assert "Quantity.from_float" in str(info.value)
    assert info.value.what == "Quantity.magnitude"
    assert info.value.value == 2.5


@pytest.mark.parametrize("magnitude", [True, False, "3110", None, Fraction(1, 2), [1]])
def test_other_magnitude_types_are_refused(magnitude: object) -> None:
    with pytest.raises(InvalidTypeError):
        Quantity(magnitude, "t")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("magnitude", "reason"),
    [
        pytest.param(Decimal("NaN"), "NaN", id="nan"),
        pytest.param(Decimal("sNaN"), "NaN", id="signalling-nan"),
        pytest.param(Decimal("Infinity"), "Infinity", id="infinity"),
        pytest.param(Decimal("-Infinity"), "Infinity", id="minus-infinity"),
        pytest.param(Decimal("1" * (MAX_DIGITS + 1)), "digits", id="too-many-digits"),
        pytest.param(Decimal("1e100"), "exponent", id="too-large"),
        pytest.param(Decimal("1e-100"), "exponent", id="too-small"),
        pytest.param(Decimal("1e999999999"), "exponent", id="huge-exponent"),
        pytest.param(Decimal("0E-200"), "exponent", id="zero-with-huge-exponent"),
        pytest.param(10**200, "too large", id="huge-int"),
    ],
)
def test_magnitudes_out_of_bounds_are_refused(magnitude: Decimal | int, reason: str) -> None:
    with pytest.raises(InvalidQuantityError) as info:
        Quantity(magnitude, "t")
    assert info.value.reason is not None
    assert reason in info.value.reason


def test_the_bounds_themselves_are_accepted() -> None:
    Quantity(Decimal("9" * MAX_DIGITS), "t")
    Quantity(Decimal(f"9.99e{MAX_EXPONENT}"), "t")
    Quantity(Decimal(f"1e-{MAX_EXPONENT}"), "t")


@pytest.mark.parametrize("unit", ["xyzzy", "9**9**9 meter", "(" * 5000 + "m" + ")" * 5000, ""])
def test_invalid_units_are_refused(unit: str) -> None:
    with pytest.raises(InvalidUnitError):
        Quantity(1, unit)


def test_a_non_str_unit_is_refused() -> None:
    with pytest.raises(InvalidTypeError):
        Quantity(1, None)  # type: ignore[arg-type]


def test_the_unit_is_kept_as_written_with_whitespace_collapsed() -> None:
    assert Quantity(1, "  t /  yr ").unit == "t / yr"
    assert Quantity(1, "tonne").unit == "tonne"


def test_quantities_are_frozen_and_evolve_revalidates() -> None:
    q = Quantity(3110, "t")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        q.magnitude = Decimal(1)  # type: ignore[misc]
    assert attrs.evolve(q, unit="kt").unit == "kt"
    with pytest.raises(InvalidTypeError):
        attrs.evolve(q, magnitude=1.5)  # type: ignore[arg-type]


def test_from_float_uses_the_shortest_decimal_form() -> None:
    assert same_representation(Quantity.from_float(0.1, "t").magnitude, Decimal("0.1"))
    assert Quantity.from_float(3, "t") == Quantity(3, "t")


@pytest.mark.parametrize(
    ("value", "error"),
    [
        (float("nan"), InvalidQuantityError),
        (float("inf"), InvalidQuantityError),
        (1e300, InvalidQuantityError),
        (True, InvalidTypeError),
        ("0.1", InvalidTypeError),
        (Decimal("0.1"), InvalidTypeError),
    ],
)
def test_from_float_refuses(value: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        Quantity.from_float(value, "t")  # type: ignore[arg-type]


# --- Quantity: text --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "magnitude", "unit"),
    [
        ("3,110 t", "3110", "t"),
        ("3110 t", "3110", "t"),
        ("256,000 t", "256000", "t"),
        ("1,234,567.50 kg", "1234567.50", "kg"),
        ("3.11 kt", "3.11", "kt"),
        ("3.110 kt", "3.110", "kt"),
        ("16%", "16", "%"),
        ("16 percent", "16", "percent"),
        ("0.5 g/t", "0.5", "g/t"),
        ("4,200 t/yr", "4200", "t/yr"),
        ("2.5e6 t", "2.5e6", "t"),
        ("1E+3 t", "1E+3", "t"),
        ("-5 t", "-5", "t"),
        ("+5 t", "5", "t"),
        ("0 ppm", "0", "ppm"),
        ("  3110   t  ", "3110", "t"),
        ("3110t", "3110", "t"),
        ("1e3t", "1e3", "t"),
        ("12 troy_ounce", "12", "troy_ounce"),
    ],
)
def test_parse(text: str, magnitude: str, unit: str) -> None:
    q = Quantity.parse(text)
    assert same_representation(q.magnitude, Decimal(magnitude))
    assert q.unit == unit


INVALID_QUANTITY_TEXTS = [
    pytest.param("3,11 t", InvalidQuantityError, "three", id="short-group"),
    pytest.param("31,10 t", InvalidQuantityError, "three", id="misplaced-separator"),
    pytest.param("3110,000 t", InvalidQuantityError, "three", id="long-first-group"),
    pytest.param("0,123 t", InvalidQuantityError, "three", id="decimal-comma"),
    pytest.param("3110, t", InvalidQuantityError, "three", id="trailing-comma"),
    pytest.param("1.2.3 t", InvalidQuantityError, "not a number", id="two-points"),
    pytest.param("5. t", InvalidQuantityError, "not a number", id="trailing-point"),
    pytest.param("1e999999999 t", InvalidQuantityError, "not a number", id="huge-exponent"),
    pytest.param("1e100 t", InvalidQuantityError, "exponent", id="exponent-out-of-range"),
    pytest.param("1" * 35 + " t", InvalidQuantityError, "digits", id="too-many-digits"),
    pytest.param("9" * 70 + " t", InvalidQuantityError, "not a number", id="overlong-number"),
    pytest.param(".5 t", InvalidQuantityError, "number", id="leading-point"),
    pytest.param("NaN t", InvalidQuantityError, "number", id="nan"),
    pytest.param("Infinity t", InvalidQuantityError, "number", id="infinity"),
    pytest.param("1_000 t", InvalidUnitError, "separated", id="underscore-digits"),
    pytest.param("t", InvalidQuantityError, "number", id="no-number"),
    pytest.param("", InvalidQuantityError, "number", id="empty"),
    pytest.param("3110", InvalidUnitError, "empty", id="no-unit"),
    pytest.param("3110 xyzzy", InvalidUnitError, "not defined", id="unknown-unit"),
    pytest.param("3110 9**9**9 meter", InvalidUnitError, "number", id="power-tower"),
    pytest.param("1 " + "(" * 5000 + "m" + ")" * 5000, InvalidQuantityError, "characters",
                 id="deep-parentheses"),
    pytest.param("1 degC", InvalidUnitError, "offset", id="offset-unit"),
    pytest.param("3,110 t t t t t t t t t t t t t t t t t t t t t t t t t t t t t t t t t",
                 InvalidUnitError, "characters", id="long-unit"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "error", "reason"), INVALID_QUANTITY_TEXTS)
def test_parse_refuses(text: str, error: type[InvalidValueError], reason: str) -> None:
    with pytest.raises(error) as info:
        Quantity.parse(text)
    assert info.value.what == "Quantity"
    assert reason in (info.value.reason or "")


def test_parse_names_the_whole_text_when_the_unit_is_bad() -> None:
    with pytest.raises(InvalidUnitError) as info:
        Quantity.parse("3110 xyzzy")
    assert info.value.value == "3110 xyzzy"
    assert isinstance(info.value.__cause__, InvalidUnitError)


def test_str_is_canonical() -> None:
    assert str(Quantity.parse("3,110 t")) == "3110 t"
    assert str(Quantity(Decimal("3.110"), "kt")) == "3.110 kt"


@given(quantities())
def test_parse_inverts_str_keeping_the_representation(q: Quantity) -> None:
    parsed = Quantity.parse(str(q))
    assert parsed == q
    assert parsed.unit == q.unit
    assert same_representation(parsed.magnitude, q.magnitude)


@given(quantities())
def test_repr_evaluates_back(q: Quantity) -> None:
    assert eval(repr(q), {"Quantity": Quantity, "Decimal": Decimal}) == q


@given(quantities())
def test_pickle_round_trip(q: Quantity) -> None:
    assert pickle.loads(pickle.dumps(q)) == q


# --- Quantity: conversion --------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "unit", "target"),
    [
        ("3110 t", "kt", "3.11 kt"),
        ("4200 t", "kt", "4.2 kt"),
        ("256,000 t", "Mt", "0.256 Mt"),
        ("3.11 kt", "t", "3110 t"),
        ("1 Mt", "kg", "1000000000 kg"),
        ("1 lb", "kg", "0.45359237 kg"),
        ("1 troy_ounce", "g", "31.1034768 g"),
        ("100 ozt", "kg", "3.11034768 kg"),
        ("16 %", "ppm", "160000 ppm"),
        ("0.5 g/t", "ppm", "0.5 ppm"),
        ("3110 t/yr", "kt/a", "3.11 kt/a"),
        ("3110 t/yr", "t/year", "3110 t/year"),
        ("0 t", "kt", "0 kt"),
        ("-1.5 kt", "t", "-1500 t"),
    ],
)
def test_to_is_exact_where_the_factor_is(source: str, unit: str, target: str) -> None:
    converted = Quantity.parse(source).to(unit, exact=True)
    assert str(converted) == target
    assert converted == Quantity.parse(target)


def test_to_the_same_unit_under_another_name_keeps_the_magnitude() -> None:
    converted = Quantity(Decimal("3.110"), "t").to("tonne")
    assert converted.unit == "tonne"
    assert same_representation(converted.magnitude, Decimal("3.110"))


def test_3110_t_is_exactly_3_11_kt() -> None:
    assert Quantity(3110, "t").to("kt").magnitude == Decimal("3.11")


def test_an_inexact_conversion_is_rounded_or_refused() -> None:
    pounds = Quantity(1, "kg").to("lb")
    assert len(pounds.magnitude.as_tuple().digits) <= MAX_DIGITS
    assert abs(Fraction(pounds.magnitude) - Fraction(10**8, 45359237)) < Fraction(1, 10**32)
    with pytest.raises(InvalidQuantityError) as info:
        Quantity(1, "kg").to("lb", exact=True)
    assert info.value.value == "1 kg to lb"


def test_to_another_dimension_is_an_incompatible_units_error() -> None:
    with pytest.raises(IncompatibleUnitsError) as info:
        Quantity(3110, "t").to("m")
    assert "[mass]" in str(info.value)
    assert "[length]" in str(info.value)


def test_to_an_invalid_unit_is_an_invalid_unit_error() -> None:
    with pytest.raises(InvalidUnitError):
        Quantity(3110, "t").to("9**9**9 meter")


def test_a_result_out_of_range_is_refused() -> None:
    with pytest.raises(InvalidQuantityError):
        Quantity(Decimal("1e99"), "Mt").to("g")


def test_dimensionality_and_compatibility() -> None:
    q = Quantity(3110, "t")
    assert q.dimensionality == "[mass]"
    assert q.is_compatible("troy_ounce")
    assert not q.is_compatible("t/yr")
    assert Quantity(1, "t/yr").dimensionality == "[mass] / [time]"
    with pytest.raises(InvalidUnitError):
        q.is_compatible("xyzzy")


@given(
    st.sampled_from(DECIMAL_GROUPS).flatmap(lambda g: st.tuples(quantities(g), st.sampled_from(g)))
)
def test_conversions_within_decimal_units_round_trip_exactly(pair: tuple[Quantity, str]) -> None:
    q, unit = pair
    there = q.to(unit, exact=True)
    back = there.to(q.unit, exact=True)
    assert back == q
    assert back.magnitude == q.magnitude


@given(quantities(("lb", "troy_ounce", "ozt", "kg", "g")), st.sampled_from(("lb", "ozt", "kg")))
def test_conversions_through_inexact_factors_round_trip_closely(q: Quantity, unit: str) -> None:
    back = q.to(unit).to(q.unit)
    if q.magnitude:
        error = abs((Fraction(back.magnitude) - Fraction(q.magnitude)) / Fraction(q.magnitude))
        assert error < Fraction(1, 10**30)
    else:
        assert back.magnitude == 0


# --- Quantity: equality, hashing, ordering ------------------------------------------


def test_equality_and_hash_across_units_of_one_dimension() -> None:
    a, b = Quantity(3110, "t"), Quantity(Decimal("3.11"), "kt")
    assert a == b
    assert hash(a) == hash(b)
    assert len({a, b, Quantity(3110000, "kg")}) == 1
    assert Quantity(16, "%") == Quantity(160000, "ppm") == Quantity(160000, "g/t")
    assert Quantity(3110, "t/yr") == Quantity(Decimal("3.11"), "kt/a")


def test_quantities_of_different_dimensions_are_unequal_not_errors() -> None:
    assert Quantity(1, "t") != Quantity(1, "m")
    assert Quantity(0, "t") != Quantity(0, "t/yr")
    assert Quantity(1, "t") != "1 t"
    assert Quantity(1, "t") != Decimal(1)


def test_ordering_across_units() -> None:
    assert Quantity(1, "lb") < Quantity(500, "g")
    assert Quantity(1, "t") <= Quantity(1000, "kg")
    assert Quantity(1, "Mt") > Quantity(999, "kt")
    assert Quantity(1, "kt") >= Quantity(1000, "t")
    assert sorted([Quantity(1, "kt"), Quantity(1, "t"), Quantity(1, "Mt")]) == [
        Quantity(1, "t"),
        Quantity(1, "kt"),
        Quantity(1, "Mt"),
    ]


@pytest.mark.parametrize("operator", ["<", "<=", ">", ">="])
def test_ordering_across_dimensions_is_an_error(operator: str) -> None:
    a, b = Quantity(1, "t"), Quantity(1, "m")
    with pytest.raises(IncompatibleUnitsError) as info:
        eval(f"a {operator} b", {"a": a, "b": b})
    assert "[mass]" in str(info.value)
    assert "[length]" in str(info.value)


@pytest.mark.parametrize("operator", ["<", "<=", ">", ">="])
def test_ordering_with_other_types_is_a_type_error(operator: str) -> None:
    with pytest.raises(TypeError):
        eval(f"a {operator} 1", {"a": Quantity(1, "t")})


_SAME_DIMENSION_PAIRS = st.sampled_from(DECIMAL_GROUPS).flatmap(
    lambda g: st.tuples(quantities(g), quantities(g))
)


@given(_SAME_DIMENSION_PAIRS)
def test_ordering_is_consistent_with_equality(pair: tuple[Quantity, Quantity]) -> None:
    a, b = pair
    # Ordering compares amounts; equality also needs both exact or both approximate.
    same_amount = base_value(a) == base_value(b)
    assert (a == b) == (same_amount and a.approximate == b.approximate)
    assert [a < b, same_amount, a > b].count(True) == 1
    assert (a <= b) == (a < b or same_amount)
    assert (a >= b) == (a > b or same_amount)
    assert (a < b) == (b > a)
    assert (a < b) == (base_value(a) < base_value(b))


@given(
    st.sampled_from(DECIMAL_GROUPS).flatmap(lambda g: st.tuples(quantities(g), st.sampled_from(g)))
)
def test_hash_is_consistent_with_equality(pair: tuple[Quantity, str]) -> None:
    q, unit = pair
    other = q.to(unit)
    assert other == q
    assert hash(other) == hash(q)


@given(_SAME_DIMENSION_PAIRS)
def test_equal_quantities_hash_equal(pair: tuple[Quantity, Quantity]) -> None:
    a, b = pair
    if a == b:
        assert hash(a) == hash(b)


# --- Quantity: arithmetic --------------------------------------------------------


def test_addition_and_subtraction_in_the_left_unit() -> None:
    total = Quantity.parse("3,110 t") + Quantity.parse("1.09 kt")
    assert str(total) == "4200 t"
    assert str(Quantity(Decimal("4.2"), "kt") - Quantity(3110, "t")) == "1.09 kt"
    assert str(Quantity(Decimal("1.50"), "t") + Quantity(Decimal("1.50"), "t")) == "3.00 t"


@pytest.mark.parametrize("operation", ["a + b", "a - b"])
def test_adding_across_dimensions_is_an_error(operation: str) -> None:
    with pytest.raises(IncompatibleUnitsError):
        eval(operation, {"a": Quantity(1, "t"), "b": Quantity(1, "m")})


@pytest.mark.parametrize("operation", ["a + 1", "a - 1", "a + '1 t'"])
def test_adding_other_types_is_a_type_error(operation: str) -> None:
    with pytest.raises(TypeError):
        eval(operation, {"a": Quantity(1, "t")})


def test_multiplication_by_a_scalar_is_exact() -> None:
    assert str(Quantity(Decimal("1.5"), "kt") * 2) == "3.0 kt"
    assert str(3 * Quantity(Decimal("0.1"), "t")) == "0.3 t"
    assert Quantity(Decimal("0.1"), "t") * Decimal("0.5") == Quantity(Decimal("0.05"), "t")


@pytest.mark.parametrize(
    ("factor", "error"),
    [
        (1.5, InvalidTypeError),
        (True, TypeError),
        ("2", TypeError),
        (Decimal("NaN"), InvalidQuantityError),
    ],
)
def test_multiplication_refuses(factor: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        Quantity(1, "t") * factor


@given(quantities(MASS_UNITS), quantities(MASS_UNITS))
def test_addition_then_subtraction_gives_back_the_quantity(a: Quantity, b: Quantity) -> None:
    # Arithmetic is exact or refused: it never rounds silently.
    try:
        back: Quantity | str = (a + b) - b
    except InvalidQuantityError as exc:
        back = exc.reason or ""
    # The result is approximate when either operand is.
    expected = attrs.evolve(a, approximate=a.approximate or b.approximate)
    assert back in (expected, "the exact result has more digits and would be rounded")


def test_arithmetic_that_would_round_is_refused() -> None:
    tiny, huge = Quantity(Decimal("1E-8"), "g"), Quantity(Decimal("1.00000000E+14"), "Mt")
    with pytest.raises(InvalidQuantityError, match="would be rounded"):
        huge + tiny
    with pytest.raises(InvalidQuantityError, match=r"Quantity \*"):
        Quantity(Decimal("1234567890123456789"), "t") * Decimal("1234567890123456789")
    with pytest.raises(InvalidQuantityError, match="Money -"):
        Money(Decimal("1E+30"), "USD") - Money(Decimal("1E-10"), "USD")
    # Within 34 digits, it is exact.
    assert str(Quantity(Decimal("0.1"), "t") + Quantity(Decimal("0.2"), "t")) == "0.3 t"


# --- Share ---------------------------------------------------------------------------


def test_share() -> None:
    share = Share(Decimal("16"), of="global rare-earth reserves")
    assert str(share) == "16% of global rare-earth reserves"
    assert share.as_fraction() == Decimal("0.16")
    assert share.as_quantity() == Quantity(Decimal("0.16"), "dimensionless")
    assert Share(16, "x") == Share(Decimal("16.00"), "x")
    assert hash(Share(16, "x")) == hash(Share(Decimal("16.00"), "x"))


def test_share_bounds_are_inclusive_and_minus_zero_is_zero() -> None:
    assert Share(0, "x").value == 0
    assert Share(100, "x").value == 100
    assert str(Share(Decimal("-0"), "x")) == "0% of x"


def test_share_from_fraction() -> None:
    assert Share.from_fraction(Decimal("0.16"), "x") == Share(16, "x")
    assert Share.from_fraction(1, "x").value == 100
    with pytest.raises(InvalidQuantityError):
        Share.from_fraction(Decimal("1.01"), "x")
    with pytest.raises(InvalidTypeError):
        Share.from_fraction(0.16, "x")  # type: ignore[arg-type]


def test_share_description_whitespace_is_collapsed() -> None:
    assert Share(16, "  global \n reserves ").of == "global reserves"


@pytest.mark.parametrize(
    ("value", "of", "error"),
    [
        pytest.param(Decimal("100.01"), "x", InvalidQuantityError, id="above-100"),
        pytest.param(-1, "x", InvalidQuantityError, id="negative"),
        pytest.param(Decimal("NaN"), "x", InvalidQuantityError, id="nan"),
        pytest.param(16.0, "x", InvalidTypeError, id="float"),
        pytest.param(True, "x", InvalidTypeError, id="bool"),
        pytest.param("16", "x", InvalidTypeError, id="str-value"),
        pytest.param(16, "", InvalidQuantityError, id="empty-of"),
        pytest.param(16, "   ", InvalidQuantityError, id="blank-of"),
        pytest.param(16, "a\x00b", InvalidQuantityError, id="control-character"),
        pytest.param(16, "x" * (MAX_DESCRIPTION_LENGTH + 1), InvalidQuantityError, id="long-of"),
        pytest.param(16, "x " * 5000, InvalidQuantityError, id="huge-of"),
        pytest.param(16, None, InvalidTypeError, id="none-of"),
    ],
)
def test_share_refuses(value: object, of: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        Share(value, of)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "value", "of"),
    [
        ("16% of global rare-earth reserves", "16", "global rare-earth reserves"),
        ("16 % of x", "16", "x"),
        ("16 percent of x", "16", "x"),
        ("12.5% of world production of molybdenum", "12.5", "world production of molybdenum"),
        ("0% of x", "0", "x"),
        ("100% of x", "100", "x"),
    ],
)
def test_share_parse(text: str, value: str, of: str) -> None:
    share = Share.parse(text)
    assert same_representation(share.value, Decimal(value))
    assert share.of == of


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("16%", id="no-total"),
        pytest.param("16% of ", id="empty-total"),
        pytest.param("16 of x", id="no-percent"),
        pytest.param("16%of x", id="no-space"),
        pytest.param("120% of x", id="above-100"),
        pytest.param("-5% of x", id="negative"),
        pytest.param("1,6% of x", id="bad-separator"),
        pytest.param("sixteen% of x", id="words"),
        pytest.param("16% of a\x00b", id="control-character"),
        pytest.param("", id="empty"),
    ],
)
def test_share_parse_refuses(text: str) -> None:
    with pytest.raises(InvalidQuantityError) as info:
        Share.parse(text)
    assert info.value.what == "Share"
    assert info.value.value == text


@given(shares())
def test_share_round_trip(share: Share) -> None:
    parsed = Share.parse(str(share))
    assert parsed == share
    assert same_representation(parsed.value, share.value)
    assert eval(repr(share), {"Share": Share, "Decimal": Decimal}) == share
    fraction = share.as_fraction()
    assert Share.from_fraction(fraction, share.of, approximate=share.approximate) == share


@given(shares())
def test_share_hash_is_consistent_with_equality(share: Share) -> None:
    other = Share(
        share.value.quantize(Decimal("0.000001")), share.of, approximate=share.approximate
    )
    assert other == share
    assert hash(other) == hash(share)


# --- Rank ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("position", "ordinal"),
    [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (8, "8th"), (10, "10th"), (11, "11th"),
     (12, "12th"), (13, "13th"), (14, "14th"), (20, "20th"), (21, "21st"), (22, "22nd"),
     (23, "23rd"), (100, "100th"), (101, "101st"), (102, "102nd"), (111, "111th"),
     (112, "112th"), (113, "113th"), (121, "121st"), (1001, "1001st"), (1011, "1011th")],
)  # fmt: skip
def test_ordinal(position: int, ordinal: str) -> None:
    assert Rank(position, scope="x").ordinal == ordinal


def test_rank() -> None:
    rank = Rank(8, scope="largest producers of molybdenum")
    assert rank.of is None
    assert str(rank) == "8th: largest producers of molybdenum"
    assert str(Rank(8, 20, scope="x")) == "8th of 20: x"
    assert Rank(8, 8, scope="x").of == 8


@pytest.mark.parametrize(
    ("position", "of", "scope", "error"),
    [
        pytest.param(0, None, "x", InvalidQuantityError, id="zero"),
        pytest.param(-1, None, "x", InvalidQuantityError, id="negative"),
        pytest.param(True, None, "x", InvalidTypeError, id="bool"),
        pytest.param(8.0, None, "x", InvalidTypeError, id="float"),
        pytest.param("8", None, "x", InvalidTypeError, id="str"),
        pytest.param(8, 7, "x", InvalidQuantityError, id="of-below-position"),
        pytest.param(8, 0, "x", InvalidQuantityError, id="of-zero"),
        pytest.param(8, True, "x", InvalidTypeError, id="of-bool"),
        pytest.param(8, None, "", InvalidQuantityError, id="empty-scope"),
        pytest.param(8, None, 8, InvalidTypeError, id="scope-not-str"),
    ],
)
def test_rank_refuses(position: object, of: object, scope: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        Rank(position, of, scope=scope)  # type: ignore[arg-type]


def test_rank_scope_is_required() -> None:
    with pytest.raises(TypeError):
        Rank(8)  # type: ignore[call-arg]


def test_ranks_have_no_ordering() -> None:
    with pytest.raises(TypeError):
        Rank(1, scope="x") < Rank(2, scope="x")  # noqa: B015


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("8th: largest producers of molybdenum", Rank(8, scope="largest producers of molybdenum")),
        ("8th of 20: x", Rank(8, 20, scope="x")),
        ("  1st   of  3 :  a: b ", Rank(1, 3, scope="a: b")),
        ("22nd: x", Rank(22, scope="x")),
    ],
)
def test_rank_parse(text: str, rank: Rank) -> None:
    assert Rank.parse(text) == rank


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        pytest.param("8st: x", "ordinal of 8", id="wrong-suffix"),
        pytest.param("22th: x", "ordinal of 22", id="wrong-suffix-22"),
        pytest.param("11st: x", "ordinal of 11", id="wrong-suffix-11"),
        pytest.param("0th: x", "too small", id="zero"),
        pytest.param("8th of 5: x", "fewer ranked", id="of-below-position"),
        pytest.param("8th", None, id="no-scope"),
        pytest.param("8th x", None, id="no-colon"),
        pytest.param("8: x", None, id="no-suffix"),
        pytest.param("eighth: x", None, id="words"),
        pytest.param("8th:  ", None, id="blank-scope"),
        pytest.param("-8th: x", None, id="negative"),
        pytest.param("", None, id="empty"),
    ],
)
def test_rank_parse_refuses(text: str, reason: str | None) -> None:
    with pytest.raises(InvalidQuantityError) as info:
        Rank.parse(text)
    assert info.value.what == "Rank"
    assert info.value.value == text
    if reason is not None:
        assert reason in (info.value.reason or "")


@given(ranks())
def test_rank_round_trip(rank: Rank) -> None:
    assert Rank.parse(str(rank)) == rank
    assert eval(repr(rank), {"Rank": Rank}) == rank
    assert hash(Rank.parse(str(rank))) == hash(rank)


# --- Count -----------------------------------------------------------------------------


def test_count() -> None:
    count = Count(80, approximate=True, of="kinds of mineral resources")
    assert str(count) == "~80 kinds of mineral resources"
    assert str(Count(35, of="types of rare metals")) == "35 types of rare metals"
    assert str(Count(0)) == "0"
    assert Count(80) != Count(80, approximate=True)


@pytest.mark.parametrize(
    ("value", "approximate", "of", "error"),
    [
        pytest.param(-1, False, None, InvalidQuantityError, id="negative"),
        pytest.param(True, False, None, InvalidTypeError, id="bool-value"),
        pytest.param(80.0, False, None, InvalidTypeError, id="float"),
        pytest.param(Decimal(80), False, None, InvalidTypeError, id="decimal"),
        pytest.param(80, 1, None, InvalidTypeError, id="int-approximate"),
        pytest.param(80, "yes", None, InvalidTypeError, id="str-approximate"),
        pytest.param(80, False, "", InvalidQuantityError, id="empty-of"),
        pytest.param(80, False, "\t\n", InvalidQuantityError, id="blank-of"),
        pytest.param(80, False, ("kinds",), InvalidTypeError, id="tuple-of"),
    ],
)
def test_count_refuses(
    value: object, approximate: object, of: object, error: type[Exception]
) -> None:
    with pytest.raises(error):
        Count(value, approximate, of)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("80", Count(80)),
        ("~80", Count(80, approximate=True)),
        ("~ 80", Count(80, approximate=True)),
        ("~80 kinds of mineral resources", Count(80, True, "kinds of mineral resources")),
        ("35 types of rare metals", Count(35, of="types of rare metals")),
        ("1,200 kinds", Count(1200, of="kinds")),
        ("80 5-star hotels", Count(80, of="5-star hotels")),
        (" 0 ", Count(0)),
    ],
)
def test_count_parse(text: str, count: Count) -> None:
    assert Count.parse(text) == count


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("~", id="tilde-only"),
        pytest.param("80kinds", id="no-space"),
        pytest.param("-1", id="negative"),
        pytest.param("1,20 kinds", id="bad-separator"),
        pytest.param("8.5 kinds", id="fraction"),
        pytest.param("eighty kinds", id="words"),
        pytest.param("9" * 30, id="too-many-digits"),
        pytest.param("80 a\x00b", id="control-character"),
    ],
)
def test_count_parse_refuses(text: str) -> None:
    with pytest.raises(InvalidQuantityError) as info:
        Count.parse(text)
    assert info.value.what == "Count"
    assert info.value.value == text


@given(counts())
def test_count_round_trip(count: Count) -> None:
    assert Count.parse(str(count)) == count
    assert eval(repr(count), {"Count": Count}) == count
    assert hash(Count.parse(str(count))) == hash(count)


# --- Money -------------------------------------------------------------------------------


def test_money() -> None:
    assert Money(1000000, "usd") == Money(Decimal("1000000"), "USD")
    assert str(Money(1000000, "USD")) == "1000000 USD"
    assert same_representation(Money(Decimal("1.50"), "EUR").amount, Decimal("1.50"))
    assert hash(Money(Decimal("1.50"), "EUR")) == hash(Money(Decimal("1.5"), "EUR"))
    assert Money(1, "MNT") != Money(1, "KRW")


@pytest.mark.parametrize(
    ("amount", "currency", "error"),
    [
        pytest.param(1.5, "USD", InvalidTypeError, id="float"),
        pytest.param(True, "USD", InvalidTypeError, id="bool"),
        pytest.param("1", "USD", InvalidTypeError, id="str-amount"),
        pytest.param(Decimal("NaN"), "USD", InvalidQuantityError, id="nan"),
        pytest.param(Decimal("1e200"), "USD", InvalidQuantityError, id="huge"),
        pytest.param(1, "ZZZ", InvalidCodeError, id="unknown-code"),
        pytest.param(1, "US", InvalidCodeError, id="two-letters"),
        pytest.param(1, "USDX", InvalidCodeError, id="four-letters"),
        pytest.param(1, "US1", InvalidCodeError, id="digit"),
        pytest.param(1, "ÜSD", InvalidCodeError, id="non-ascii"),
        pytest.param(1, "", InvalidCodeError, id="empty"),
        pytest.param(1, "$", InvalidCodeError, id="symbol"),
        pytest.param(1, None, InvalidTypeError, id="none"),
    ],
)
def test_money_refuses(amount: object, currency: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        Money(amount, currency)  # type: ignore[arg-type]


def test_money_float_error_suggests_a_decimal() -> None:
    with pytest.raises(InvalidTypeError, match=r"Decimal\(str\(x\)\)"):
        Money(1.5, "USD")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "money_"),
    [
        ("1000000 USD", Money(1000000, "USD")),
        ("1,000,000 usd", Money(1000000, "USD")),
        ("25,000,000 KRW", Money(25000000, "KRW")),
        ("-2.50 EUR", Money(Decimal("-2.50"), "EUR")),
        ("  3 MNT  ", Money(3, "MNT")),
    ],
)
def test_money_parse(text: str, money_: Money) -> None:
    assert Money.parse(text) == money_


@pytest.mark.parametrize(
    ("text", "error"),
    [
        pytest.param("1000000", InvalidQuantityError, id="no-currency"),
        pytest.param("USD 1000000", InvalidQuantityError, id="code-first"),
        pytest.param("1000000USD", InvalidQuantityError, id="no-space"),
        pytest.param("$1000000", InvalidQuantityError, id="symbol"),
        pytest.param("1,00 USD", InvalidQuantityError, id="bad-separator"),
        pytest.param("1 ZZZ", InvalidCodeError, id="unknown-code"),
        pytest.param("1 dollars", InvalidCodeError, id="word"),
        pytest.param("", InvalidQuantityError, id="empty"),
    ],
)
def test_money_parse_refuses(text: str, error: type[InvalidValueError]) -> None:
    with pytest.raises(error) as info:
        Money.parse(text)
    assert info.value.what == "Money"
    assert info.value.value == text


def test_money_arithmetic_within_a_currency() -> None:
    assert Money(Decimal("1.50"), "USD") + Money(2, "USD") == Money(Decimal("3.50"), "USD")
    assert str(Money(Decimal("1.50"), "USD") + Money(Decimal("1.50"), "USD")) == "3.00 USD"
    assert str(Money(5, "EUR") - Money(Decimal("0.25"), "EUR")) == "4.75 EUR"
    assert str(Money(Decimal("1.25"), "USD") * 4) == "5.00 USD"
    assert str(2 * Money(3, "KRW")) == "6 KRW"
    assert Money(1, "USD") < Money(2, "USD") <= Money(2, "USD")
    assert Money(3, "USD") > Money(2, "USD") >= Money(2, "USD")


@pytest.mark.parametrize("operation", ["a + b", "a - b", "a < b", "a <= b", "a > b", "a >= b"])
def test_money_across_currencies_is_an_error(operation: str) -> None:
    with pytest.raises(IncompatibleUnitsError) as info:
        eval(operation, {"a": Money(1, "USD"), "b": Money(1, "KRW")})
    assert "USD" in str(info.value)
    assert "KRW" in str(info.value)


@pytest.mark.parametrize("operation", ["a + 1", "a - 1", "a < 1", "a * 1.5", "a * 'x'"])
def test_money_with_other_types_is_a_type_error(operation: str) -> None:
    with pytest.raises(TypeError):
        eval(operation, {"a": Money(1, "USD")})


@given(money())
def test_money_round_trip(m: Money) -> None:
    parsed = Money.parse(str(m))
    assert parsed == m
    assert same_representation(parsed.amount, m.amount)
    assert eval(repr(m), {"Money": Money, "Decimal": Decimal}) == m
    assert pickle.loads(pickle.dumps(m)) == m


@given(money())
def test_money_hash_is_consistent_with_equality(m: Money) -> None:
    other = Money(m.amount.quantize(Decimal("0.00001")), m.currency)
    assert other == m
    assert hash(other) == hash(m)


@given(money(), money())
def test_money_ordering_is_consistent_with_equality(a: Money, b: Money) -> None:
    b = Money(b.amount, a.currency)
    assert [a < b, a == b, a > b].count(True) == 1
    assert (a <= b) == (not a > b)


# --- all types --------------------------------------------------------------------------


@pytest.mark.parametrize("cls", [Quantity, Share, Rank, Count, Money])
@pytest.mark.parametrize("value", [None, 3110, b"3110 t", ["3110 t"]])
def test_parse_refuses_non_str(cls: type[Quantity], value: object) -> None:
    with pytest.raises(InvalidTypeError):
        cls.parse(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("cls", [Quantity, Share, Rank, Count, Money])
def test_parse_refuses_overlong_text_quickly(cls: type[Quantity]) -> None:
    with pytest.raises(InvalidQuantityError):
        cls.parse("1" * 100_000)


# Text that often gets far into the parsers: pieces of every text form, and noise.
_TEXT_PIECES = st.sampled_from(
    ["1", "0", "3,110", ",", ".", "e", "E", "-", "+", "~", "%", " ", "  ", "t", "kt", "g/t",
     "t/yr", "**", "(", ")", "percent", "of", "th", "st", "nd", "rd", ":", "USD", "usd", "x",
     "\n", "\x00", "9**9**9", "NaN", "1e99999"]
)  # fmt: skip


@pytest.mark.parametrize("cls", [Quantity, Share, Rank, Count, Money])
@given(text=st.lists(_TEXT_PIECES, max_size=12).map("".join) | st.text(max_size=60))
def test_parse_gives_a_value_or_a_mineralpact_error(cls: type[Quantity], text: str) -> None:
    error: InvalidValueError | None = None
    try:
        value = cls.parse(text)
    except InvalidValueError as exc:
        error = exc
    if error is None:
        assert cls.parse(str(value)) == value
    else:
        # The error names the whole text it was given.
        assert error.value == text


def test_money_loads_pycountry_only_when_a_currency_is_checked() -> None:
    code = (
        "import sys\n"
        "from mineralpact.quantities import Money, Quantity\n"
        "before = 'pycountry' in sys.modules\n"
        "Money(1, 'USD')\n"
        "print(before, 'pycountry' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "False True"


# --- approximate quantities and shares ----------------------------------------


def test_about_16_percent_is_an_approximate_share_not_an_exact_one() -> None:
    # The Korea Herald's "about 16 percent" is not the Seoul Economic Daily's "16%".
    about = Share.parse("about 16 percent of global rare earth reserves")
    exact = Share.parse("16% of global rare earth reserves")
    assert about.approximate is True
    assert exact.approximate is False
    assert about.value == exact.value
    assert about != exact
    assert len({about, exact}) == 2
    assert str(about) == "about 16% of global rare earth reserves"
    assert Share.parse(str(about)) == about
    assert Share.parse("~16% of global rare earth reserves") == about
    assert repr(about) == (
        "Share(value=Decimal('16'), of='global rare earth reserves', approximate=True)"
    )
    assert eval(repr(about)) == about
    assert about.as_quantity() == Quantity(16, "%", approximate=True)
    assert Share.from_fraction(Decimal("0.16"), "x", approximate=True) == Share(
        16, "x", approximate=True
    )


@pytest.mark.parametrize(
    ("text", "approximate"),
    [
        ("3110 t", False),
        ("about 3,110 t", True),
        ("About 3110 t", True),
        ("~3110 t", True),
        ("~ 3110 t", True),
        ("  about   3110 t ", True),
    ],
)
def test_quantity_parse_reads_about(text: str, approximate: bool) -> None:
    quantity = Quantity.parse(text)
    assert quantity.magnitude == 3110
    assert quantity.unit == "t"
    assert quantity.approximate is approximate


@pytest.mark.parametrize("text", ["about", "about t", "aboutt 3 t", "about3 t", "~~3 t"])
def test_quantity_parse_refuses_a_bare_about(text: str) -> None:
    with pytest.raises(InvalidQuantityError):
        Quantity.parse(text)


def test_an_approximate_quantity_stays_approximate() -> None:
    about = Quantity(3110, "t", approximate=True)
    exact = Quantity(3110, "t")
    assert about != exact
    assert about == Quantity(Decimal("3.11"), "kt", approximate=True)
    assert hash(about) == hash(Quantity(Decimal("3.11"), "kt", approximate=True))
    assert str(about) == "about 3110 t"
    assert str(about.to("kt")) == "about 3.11 kt"
    assert (about + exact).approximate
    assert (exact + about).approximate
    assert (exact - about).approximate
    assert (about * 2).approximate
    assert not (exact + exact).approximate
    # Ordering compares amounts only.
    assert exact <= about <= exact
    assert Quantity.from_float(0.5, "t", approximate=True).approximate
    assert repr(about) == "Quantity(magnitude=Decimal('3110'), unit='t', approximate=True)"


def test_count_reads_about_as_a_tilde() -> None:
    assert Count.parse("about 80 kinds") == Count(80, approximate=True, of="kinds")
    assert str(Count.parse("About 80")) == "~80"


@pytest.mark.parametrize("flag", [1, 0, "yes", None])
def test_approximate_must_be_a_bool(flag: object) -> None:
    with pytest.raises(InvalidTypeError) as info:
        Quantity(1, "t", approximate=flag)  # type: ignore[arg-type]
    assert info.value.what == "Quantity.approximate"
    with pytest.raises(InvalidTypeError) as info:
        Share(1, "x", approximate=flag)  # type: ignore[arg-type]
    assert info.value.what == "Share.approximate"


@given(quantities())
def test_quantity_text_keeps_approximate(quantity: Quantity) -> None:
    read = Quantity.parse(str(quantity))
    assert read == quantity
    assert read.approximate is quantity.approximate
    assert str(read).startswith("about ") is quantity.approximate


@given(shares())
def test_share_text_keeps_approximate(share: Share) -> None:
    read = Share.parse(str(share))
    assert read == share
    assert read.approximate is share.approximate


@given(st.one_of(quantities(), shares()))
def test_approximate_never_equals_exact(value: Quantity | Share) -> None:
    flipped = attrs.evolve(value, approximate=not value.approximate)
    assert flipped != value
    assert attrs.evolve(flipped, approximate=value.approximate) == value
