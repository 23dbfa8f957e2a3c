"""A magnitude, a share or an amount reads back exactly as it was written.

Equal is not enough: ``Decimal("2.60E+6")`` states three significant digits
and ``Decimal("2600000")`` seven. The written form keeps the Decimal's digits
and exponent, so that ``str()`` and ``as_tuple()`` of the value read back are
the original's.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from _sizes import examples
from mineralpact.quantities import MAX_DIGITS, MAX_EXPONENT, Money, Quantity, Share
from mineralpact.serialization import dumps, loads


def _in_range(value: Decimal) -> bool:
    return len(value.as_tuple().digits) <= MAX_DIGITS and -MAX_EXPONENT <= value.adjusted() <= (
        MAX_EXPONENT
    )


#: Decimals within the format's limits, with and without exponents: drawn by
#: hypothesis, and built from their digits and exponent so that every exponent
#: (and trailing zeros, and signed zeros) comes up.
magnitudes = st.one_of(
    st.decimals(allow_nan=False, allow_infinity=False).filter(_in_range),
    st.builds(
        lambda sign, digits, exponent: Decimal((sign, tuple(digits), exponent)),
        st.integers(0, 1),
        st.lists(st.integers(0, 9), min_size=1, max_size=MAX_DIGITS),
        st.integers(-MAX_EXPONENT - MAX_DIGITS, MAX_EXPONENT),
    ).filter(_in_range),
)


def _same(back: Decimal, original: Decimal) -> None:
    assert str(back) == str(original)
    assert back.as_tuple() == original.as_tuple()


def test_a_stated_precision_survives_the_round_trip() -> None:
    for text in ("2.60E+6", "1E+3", "0E-7", "-0", "0.00", "1.0E-10", "9.999E+99"):
        original = Decimal(text)
        _same(loads(dumps(Quantity(original, "t")), Quantity).magnitude, original)


@examples(200)
@given(magnitudes)
def test_a_quantity_magnitude_reads_back_in_its_exact_form(value: Decimal) -> None:
    quantity = Quantity(value, "t")
    _same(quantity.magnitude, value)
    _same(loads(dumps(quantity), Quantity).magnitude, value)


@examples(200)
@given(magnitudes)
def test_a_money_amount_reads_back_in_its_exact_form(value: Decimal) -> None:
    money = Money(value, "USD")
    _same(loads(dumps(money), Money).amount, money.amount)


@examples(200)
@given(magnitudes.filter(lambda value: 0 <= value <= 100))
def test_a_share_value_reads_back_in_its_exact_form(value: Decimal) -> None:
    share = Share(value, of="world reserves")  # -0 is 0, and only that changes
    assert share.value == value
    _same(loads(dumps(share), Share).value, share.value)
