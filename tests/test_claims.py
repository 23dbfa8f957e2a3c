"""Whether the dates that sources claim for one thing agree, and on what."""

from __future__ import annotations

import datetime
import itertools

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mineralpact import _validate as v
from mineralpact._claims import (
    bounds,
    compatible,
    conflicts,
    consensus,
    disputed,
    distinct_values,
    within,
)
from mineralpact.dates import (
    DateRange,
    Deadline,
    PartialDate,
    QualifiedDate,
    Qualifier,
    TemporalValue,
)
from mineralpact.errors import InvalidTypeError, InvalidValueError
from mineralpact.sources import Citation, DateClaim

# A narrow span of years, so that generated values overlap often enough for
# every branch to be exercised.
_YEARS = st.integers(min_value=2022, max_value=2025)


@st.composite
def _partial_dates(draw: st.DrawFn) -> PartialDate:
    year = draw(_YEARS)
    month = draw(st.none() | st.integers(min_value=1, max_value=12))
    if month is None:
        return PartialDate(year)
    day = draw(st.none() | st.integers(min_value=1, max_value=28))
    return PartialDate(year, month, day)


@st.composite
def _ranges(draw: st.DrawFn) -> DateRange:
    start = draw(_partial_dates())
    end = draw(st.none() | _partial_dates().filter(lambda d: d.latest >= start.earliest))
    return DateRange(start, end)


def _temporal_values() -> st.SearchStrategy[TemporalValue]:
    return st.one_of(
        _partial_dates(),
        _ranges(),
        _partial_dates().map(Deadline),
        st.builds(QualifiedDate, _partial_dates(), st.sampled_from(Qualifier)),
    )


def _claim(value: TemporalValue, source: str = "src:a") -> DateClaim:
    return DateClaim(value, (Citation(source),))


def _days(value: TemporalValue) -> set[datetime.date]:
    """Every day the value covers, open ends clipped to the generated years ± 1."""
    first, last = bounds(value)
    first = first or datetime.date(2021, 1, 1)
    last = last or datetime.date(2026, 12, 31)
    return {first + datetime.timedelta(days=n) for n in range((last - first).days + 1)}


# --- the seed texts' dates -----------------------------------------------------------

FEB_2023 = PartialDate(2023, 2)
FEB_15 = PartialDate(2023, 2, 15)
DEC_12 = PartialDate(2025, 12, 12)
JAN_12 = PartialDate(2025, 1, 12)
BY_NOVEMBER = Deadline(PartialDate(2025, 11))


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (FEB_2023, FEB_15, True),  # "February 2023" (Korea.net) and 2023-02-15 (Yonhap)
        (FEB_2023, FEB_2023, True),
        (DEC_12, JAN_12, False),  # the centre's opening: Yonhap against "January 12"
        (BY_NOVEMBER, DEC_12, False),  # "by November" was not met by 12 December
        (BY_NOVEMBER, PartialDate(2025, 11), True),
        (BY_NOVEMBER, PartialDate(2025), True),
        (Deadline(PartialDate(2020)), Deadline(PartialDate(2030)), True),
        (DateRange(PartialDate(2023), None), PartialDate(2030, 1, 1), True),
        (DateRange(PartialDate(2023), None), PartialDate(2022, 12, 31), False),
        (DateRange(PartialDate(2023), None), Deadline(PartialDate(2023, 1, 1)), True),
        (DateRange(PartialDate(2023, 2), None), Deadline(PartialDate(2023, 1)), False),
        (QualifiedDate.approximate(PartialDate(2023)), PartialDate(2024, 1), False),
        (QualifiedDate.uncertain(PartialDate(2025, 12, 15)), PartialDate(2025, 12), True),
        (PartialDate(2023, 1, 31), PartialDate(2023, 2, 1), False),  # adjacent, not shared
    ],
)
def test_compatible(a: TemporalValue, b: TemporalValue, expected: bool) -> None:
    assert compatible(a, b) is expected
    assert compatible(b, a) is expected


@pytest.mark.parametrize(
    ("inner", "outer", "expected"),
    [
        (FEB_15, FEB_2023, True),
        (FEB_2023, FEB_15, False),
        (FEB_2023, FEB_2023, True),
        (PartialDate(2025, 10), BY_NOVEMBER, True),
        (BY_NOVEMBER, PartialDate(2025), False),  # open start is not within a year
        (Deadline(PartialDate(2025, 10)), BY_NOVEMBER, True),
        (DateRange(PartialDate(2023), None), DateRange(PartialDate(2022), None), True),
        (DateRange(PartialDate(2023), None), PartialDate(2023), False),  # open end
        (PartialDate(2023), DateRange(PartialDate(2023), None), True),
    ],
)
def test_within(inner: TemporalValue, outer: TemporalValue, expected: bool) -> None:
    assert within(inner, outer) is expected


def test_bounds_of_each_kind() -> None:
    assert bounds(FEB_2023) == (datetime.date(2023, 2, 1), datetime.date(2023, 2, 28))
    assert bounds(BY_NOVEMBER) == (None, datetime.date(2025, 11, 30))
    assert bounds(DateRange(PartialDate(2023), None)) == (datetime.date(2023, 1, 1), None)
    assert bounds(QualifiedDate.approximate(PartialDate(2023))) == (
        datetime.date(2023, 1, 1),
        datetime.date(2023, 12, 31),
    )


def test_consensus_of_the_government_mou_is_the_day() -> None:
    claims = [_claim(FEB_2023, "src:korea-net"), _claim(FEB_15, "src:yonhap")]
    assert consensus(claims) == FEB_15
    assert consensus(reversed(claims)) == FEB_15
    assert not disputed(claims)
    assert conflicts(claims) == ()


def test_the_centre_opening_is_disputed() -> None:
    december, january = _claim(DEC_12, "src:yonhap"), _claim(JAN_12, "src:sedaily")
    assert disputed([december, january])
    assert conflicts([december, january]) == ((december, january),)
    assert consensus([december, january]) is None


def test_conflicts_lists_every_incompatible_pair_in_order() -> None:
    a, b, c = _claim(JAN_12), _claim(DEC_12), _claim(PartialDate(2025, 12))
    assert conflicts([a, b, c]) == ((a, b), (a, c))


def test_no_claims() -> None:
    assert consensus([]) is None
    assert not disputed([])
    assert conflicts(()) == ()


def test_overlap_without_a_refining_claim_has_no_consensus() -> None:
    claims = [_claim(PartialDate(2023)), _claim(DateRange(PartialDate(2022, 12), FEB_2023))]
    assert not disputed(claims)
    assert consensus(claims) is None


def test_equal_spans_prefer_the_plain_date() -> None:
    uncertain = QualifiedDate.uncertain(FEB_15)
    assert consensus([_claim(uncertain), _claim(FEB_15)]) == FEB_15
    assert consensus([_claim(FEB_15), _claim(uncertain)]) == FEB_15


def test_consensus_accepts_any_iterable() -> None:
    assert consensus(_claim(v) for v in (FEB_2023, FEB_15)) == FEB_15


@pytest.mark.parametrize(
    "bad", [None, "2023-02", datetime.date(2023, 2, 15), 2023, FEB_15.sort_key]
)
def test_non_temporal_values_are_refused(bad: object) -> None:
    for call in (
        lambda: bounds(bad),  # type: ignore[arg-type]
        lambda: compatible(bad, FEB_15),  # type: ignore[arg-type]
        lambda: compatible(FEB_15, bad),  # type: ignore[arg-type]
        lambda: within(bad, FEB_15),  # type: ignore[arg-type]
    ):
        with pytest.raises(InvalidTypeError) as info:
            call()
        assert info.value.value is bad
        assert info.value.what == "temporal value"


@pytest.mark.parametrize("bad", [FEB_15, "2023-02", None, Citation("src:a")])
@pytest.mark.parametrize("function", [consensus, disputed, conflicts])
def test_claims_must_be_date_claims(bad: object, function: object) -> None:
    assert callable(function)
    with pytest.raises(InvalidTypeError) as info:
        function([_claim(FEB_2023), bad])
    assert info.value.value is bad


# --- properties ----------------------------------------------------------------------


@given(_temporal_values(), _temporal_values())
def test_compatible_means_a_shared_day(a: TemporalValue, b: TemporalValue) -> None:
    assert compatible(a, b) is bool(_days(a) & _days(b))
    assert compatible(a, b) is compatible(b, a)


@given(_temporal_values(), _temporal_values())
def test_within_means_a_subset_of_days(a: TemporalValue, b: TemporalValue) -> None:
    if within(a, b):
        assert _days(a) <= _days(b)
        assert compatible(a, b)
    else:
        # A bounded inner value that is not within is missing some day.
        first, last = bounds(a)
        if first is not None and last is not None:
            assert not _days(a) <= _days(b)


@given(_temporal_values())
def test_every_value_is_compatible_with_and_within_itself(value: TemporalValue) -> None:
    assert compatible(value, value)
    assert within(value, value)


@given(st.lists(_temporal_values(), max_size=4))
def test_consensus_is_a_claimed_value_within_every_claim(values: list[TemporalValue]) -> None:
    claims = [_claim(v) for v in values]
    agreed = consensus(claims)
    if disputed(claims):
        assert agreed is None
        assert conflicts(claims)
    else:
        # Intervals that overlap pairwise share a day (Helly's theorem on a line).
        if values:
            assert set.intersection(*(_days(v) for v in values))
        if agreed is not None:
            assert agreed in values
            assert all(within(agreed, v) for v in values)


@given(st.lists(_temporal_values(), max_size=4))
def test_consensus_does_not_depend_on_order(values: list[TemporalValue]) -> None:
    claims = [_claim(v) for v in values]
    for permutation in itertools.islice(itertools.permutations(claims), 6):
        assert consensus(permutation) == consensus(claims)
        assert disputed(permutation) is disputed(claims)


# --- one claim per distinct value ----------------------------------------------------


@attrs.frozen
class _Dated:
    dates: tuple[DateClaim, ...] = attrs.field(validator=[v.tuple_of(DateClaim), distinct_values])


def test_distinct_values_accepts_different_dates() -> None:
    claims = (_claim(DEC_12, "src:yonhap"), _claim(JAN_12, "src:sedaily"), _claim(FEB_2023))
    assert _Dated(claims).dates == claims
    assert _Dated(()).dates == ()


@pytest.mark.parametrize(
    "claims",
    [
        (_claim(DEC_12, "src:yonhap"), _claim(DEC_12, "src:kigam")),
        (_claim(FEB_2023), _claim(FEB_15), _claim(FEB_2023, "src:b")),
    ],
)
def test_distinct_values_refuses_a_repeated_date(claims: tuple[DateClaim, ...]) -> None:
    with pytest.raises(InvalidValueError) as info:
        _Dated(claims)
    assert info.value.what == "_Dated.dates"
    assert info.value.reason == "given by 2 claims"
