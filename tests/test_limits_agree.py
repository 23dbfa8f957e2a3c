"""Whatever a constructor accepts is written, read back and parsed from its text.

A value the reader or ``parse`` could not take back is refused where it is
made, with the library's error: the bounds of the constructors, of ``parse``
and of the JSON Schema come from one constant each.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from _sizes import examples
from mineralpact import Count, InvalidQuantityError, MineralpactError, Money, Quantity, Rank, Share
from mineralpact.quantities import MAX_WHOLE
from mineralpact.schema import json_schema
from mineralpact.serialization import dumps, loads
from mineralpact.sources import Citation
from mineralpact.strategies import FIELD_UNITS

SOME = examples(200)

#: Whole numbers around every bound, and anywhere at all.
WHOLES = st.one_of(
    st.integers(-2, 2),
    st.integers(MAX_WHOLE - 2, MAX_WHOLE + 2),
    st.integers(0, 10 * MAX_WHOLE),
    st.integers(),
    st.sampled_from([10**15, 10**30, 10**400]),
)
#: Decimals of any size and exponent, including those past every bound.
DECIMALS = st.one_of(
    st.decimals(allow_nan=False, allow_infinity=False),
    st.builds(
        lambda digits, exponent: Decimal(f"{digits}E{exponent}"),
        st.integers(-(10**40), 10**40),
        st.integers(-140, 140),
    ),
)
DESCRIPTIONS = st.sampled_from(["kinds of mineral resources", "largest producers"])


def _made(make: Any) -> Any:
    """What ``make()`` returns, or None when it refuses with the library's error."""
    try:
        return make()
    except MineralpactError:
        return None


def _agrees(value: Any) -> None:
    cls = type(value)
    assert loads(dumps(value), cls) == value
    assert cls.parse(str(value)) == value


@SOME
@given(WHOLES, st.booleans(), st.none() | DESCRIPTIONS)
def test_every_count_made_is_read_back(number: int, approximate: bool, of: str | None) -> None:
    count = _made(lambda: Count(number, approximate, of))
    assert (count is not None) == (0 <= number <= MAX_WHOLE)
    if count is not None:
        _agrees(count)


@SOME
@given(WHOLES, st.none() | WHOLES, DESCRIPTIONS)
def test_every_rank_made_is_read_back(position: int, of: int | None, scope: str) -> None:
    rank = _made(lambda: Rank(position, of, scope=scope))
    fits = 1 <= position <= MAX_WHOLE and (of is None or position <= of <= MAX_WHOLE)
    assert (rank is not None) == fits
    if rank is not None:
        _agrees(rank)


@SOME
@given(DECIMALS, st.sampled_from(FIELD_UNITS), st.booleans())
def test_every_quantity_made_is_read_back(number: Decimal, unit: str, approximate: bool) -> None:
    quantity = _made(lambda: Quantity(number, unit, approximate=approximate))
    if quantity is not None:
        _agrees(quantity)


@SOME
@given(DECIMALS, st.booleans())
def test_every_share_made_is_read_back(number: Decimal, approximate: bool) -> None:
    share = _made(lambda: Share(number, "global reserves", approximate=approximate))
    if share is not None:
        _agrees(share)


@SOME
@given(DECIMALS, st.sampled_from(["USD", "KRW", "MNT"]))
def test_every_amount_made_is_read_back(number: Decimal, currency: str) -> None:
    money = _made(lambda: Money(number, currency))
    if money is not None:
        _agrees(money)


@pytest.mark.parametrize(
    "make",
    [
        lambda: Count(10**30),
        lambda: Count(MAX_WHOLE + 1),
        lambda: Rank(10**15, scope="largest producers"),
        lambda: Rank(1, 10**15, scope="largest producers"),
        lambda: Count.parse("1000000000000000"),
        lambda: Rank.parse("1000000000000000th: largest producers"),
    ],
)
def test_a_whole_number_past_the_bound_is_refused_where_it_is_made(make: Any) -> None:
    with pytest.raises(InvalidQuantityError, match="too large"):
        make()


def test_a_huge_count_is_named_by_its_size_not_its_digits() -> None:
    with pytest.raises(InvalidQuantityError) as caught:
        Count(10**5000)
    assert "about 5001 digits" in str(caught.value)
    assert "0000000000" not in str(caught.value)


def test_the_schema_bounds_ranks_and_counts_by_the_same_constant() -> None:
    defs = json_schema()["$defs"]
    assert defs["Count"]["properties"]["value"]["maximum"] == MAX_WHOLE
    assert defs["Rank"]["properties"]["position"]["maximum"] == MAX_WHOLE
    assert defs["Rank"]["properties"]["of"]["maximum"] == MAX_WHOLE


@SOME
@given(WHOLES)
def test_an_event_number_is_read_back_or_refused_where_it_is_made(number: int) -> None:
    from mineralpact import Event, EventKind, InvalidValueError

    def event() -> Event:
        return Event(
            id="event:a",
            kind=EventKind.COMMITTEE_SESSION,
            title="A session",
            number=number,
            citations=(Citation("src:a"),),
        )

    if 1 <= number <= MAX_WHOLE:
        made = event()
        assert loads(dumps(made), Event) == made
    else:
        with pytest.raises(InvalidValueError) as caught:
            event()
        assert str(10**20) not in str(caught.value)  # a huge number is named by its size
    number_schema = json_schema()["$defs"]["Event"]["properties"]["number"]
    assert number_schema["maximum"] == MAX_WHOLE
