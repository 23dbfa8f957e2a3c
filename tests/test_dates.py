"""Tests for mineralpact.dates: partial dates, ranges, deadlines and qualified dates."""

from __future__ import annotations

import datetime
import pickle
import subprocess
import sys

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mineralpact.dates import (
    Comparison,
    DateRange,
    Deadline,
    PartialDate,
    Precision,
    QualifiedDate,
    Qualifier,
    TemporalValue,
    Tense,
    parse_temporal,
)
from mineralpact.errors import InvalidDateError, InvalidTypeError, MineralpactError
from mineralpact.strategies import (
    date_ranges,
    deadlines,
    partial_dates,
    qualified_dates,
    temporal_values,
)

ISO_EXPECTED = "an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD"
NAMESPACE = {
    "PartialDate": PartialDate,
    "DateRange": DateRange,
    "Deadline": Deadline,
    "QualifiedDate": QualifiedDate,
    "Qualifier": Qualifier,
    "Precision": Precision,
    "Comparison": Comparison,
    "Tense": Tense,
}


def _earliest(value: TemporalValue) -> datetime.date:
    return value.earliest or datetime.date.min


def _latest(value: TemporalValue) -> datetime.date:
    return value.latest or datetime.date.max


# --- import cost ----------------------------------------------------------------


def test_importing_dates_does_not_load_dateutil() -> None:
    code = (
        "import sys, mineralpact.dates as d\n"
        "assert not [m for m in sys.modules if m.startswith('dateutil')], 'dateutil at import'\n"
        "d.PartialDate.parse('2023-02'); d.parse_temporal('../2025-11')\n"
        "assert 'dateutil.parser' not in sys.modules, 'dateutil.parser loaded to parse EDTF'\n"
        "d.resolve_date('Thursday', d.PartialDate(2023, 1, 26))\n"
        "assert 'dateutil.parser' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# --- enums ------------------------------------------------------------------------


def test_precision_ranks_from_coarse_to_fine() -> None:
    assert [p.rank for p in (Precision.YEAR, Precision.MONTH, Precision.DAY)] == [0, 1, 2]
    assert [p.value for p in Precision] == ["year", "month", "day"]


def test_precision_has_no_misleading_order() -> None:
    # A str-valued enum would order "day" < "year" alphabetically.
    with pytest.raises(TypeError):
        assert Precision.DAY < Precision.YEAR  # type: ignore[operator]


@pytest.mark.parametrize(
    "member",
    [*Precision, *Comparison, *Qualifier, *Tense],
)
def test_enum_repr_is_evaluable(member: object) -> None:
    assert eval(repr(member), NAMESPACE) is member


def test_enum_values() -> None:
    assert [q.value for q in Qualifier] == ["~", "?", "%"]
    assert [c.value for c in Comparison] == ["before", "after", "same", "unknown"]
    assert [t.value for t in Tense] == ["past", "future"]


# --- PartialDate: reading and writing ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("2023", PartialDate(2023), Precision.YEAR),
        ("2023-02", PartialDate(2023, 2), Precision.MONTH),
        ("2023-02-15", PartialDate(2023, 2, 15), Precision.DAY),
        ("0001", PartialDate(1), Precision.YEAR),
        ("9999-12-31", PartialDate(9999, 12, 31), Precision.DAY),
        ("2024-02-29", PartialDate(2024, 2, 29), Precision.DAY),
    ],
)
def test_partial_date_parse(text: str, expected: PartialDate, precision: Precision) -> None:
    parsed = PartialDate.parse(text)
    assert parsed == expected
    assert parsed.precision is precision
    assert str(parsed) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (PartialDate(2023), "PartialDate(2023)"),
        (PartialDate(2023, 2), "PartialDate(2023, 2)"),
        (PartialDate(2023, 2, 15), "PartialDate(2023, 2, 15)"),
    ],
)
def test_partial_date_repr(value: PartialDate, text: str) -> None:
    assert repr(value) == text


def test_month_is_never_padded() -> None:
    february = PartialDate.parse("2023-02")
    assert february.day is None
    assert february != PartialDate(2023, 2, 1)
    assert str(february) == "2023-02"
    assert february.earliest == datetime.date(2023, 2, 1)
    assert february.latest == datetime.date(2023, 2, 28)


@pytest.mark.parametrize(
    ("value", "earliest", "latest"),
    [
        (PartialDate(2023), datetime.date(2023, 1, 1), datetime.date(2023, 12, 31)),
        (PartialDate(2024, 2), datetime.date(2024, 2, 1), datetime.date(2024, 2, 29)),
        (PartialDate(2023, 2), datetime.date(2023, 2, 1), datetime.date(2023, 2, 28)),
        (PartialDate(2023, 4), datetime.date(2023, 4, 1), datetime.date(2023, 4, 30)),
        (PartialDate(2023, 2, 15), datetime.date(2023, 2, 15), datetime.date(2023, 2, 15)),
    ],
)
def test_partial_date_bounds(
    value: PartialDate, earliest: datetime.date, latest: datetime.date
) -> None:
    assert (value.earliest, value.latest) == (earliest, latest)


@pytest.mark.parametrize(
    "text",
    [
        "2023-13",
        "2023-02-30",
        "23",
        "2023-2",
        "2023-02-15T10:00",
        "2023-02-15 10:00",
        "2023-02-15T10:00:00Z",
        "2023-02-15Z",
        "",
        "0000",
        "10000",
        "+2023",
        "-2023",
        "2023-00",
        "2023-02-00",
        "2023-02-29",
        "2023-04-31",
        "2023-1-05",
        "2023-02-5",
        " 2023",
        "2023 ",
        "2023\n",
        "２０２３",  # fullwidth digits
        "٢٠٢٣",  # Arabic-Indic digits
        "20230215",
        "2023/02",
        "2023-W05",
        "2023-046",
        "2023-21",  # an EDTF season, not supported
        "201X",
        "2023~",
        "2023-02-15/2023-02-16",
        "x" * 65,
        "2" * 10_000,
    ],
)
def test_partial_date_parse_refuses(text: str) -> None:
    with pytest.raises(InvalidDateError) as caught:
        PartialDate.parse(text)
    assert caught.value.value == text
    assert caught.value.what == "PartialDate"
    assert caught.value.expected == ISO_EXPECTED
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2023-02-30", "2023-02 has 28 days, not 30"),
        ("2023-13", "month 13 is not between 1 and 12"),
        ("0000", "year 0 is not between 1 and 9999"),
        ("2023-02-15T10:00", "a time of day is not part of a date"),
        ("x" * 65, "longer than 64 characters"),
    ],
)
def test_partial_date_parse_says_why(text: str, reason: str) -> None:
    with pytest.raises(InvalidDateError) as caught:
        PartialDate.parse(text)
    assert caught.value.reason == reason
    assert repr(text) in str(caught.value)


@pytest.mark.parametrize("value", [2023, None, b"2023", datetime.date(2023, 1, 1), ["2023"]])
def test_partial_date_parse_refuses_non_text(value: object) -> None:
    with pytest.raises(InvalidTypeError) as caught:
        PartialDate.parse(value)  # type: ignore[arg-type]
    assert caught.value.value is value


# --- PartialDate: construction ----------------------------------------------------


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        ((0,), "year 0 is not between 1 and 9999"),
        ((10000,), "year 10000 is not between 1 and 9999"),
        ((-1,), "year -1 is not between 1 and 9999"),
        ((2023, 0), "month 0 is not between 1 and 12"),
        ((2023, 13), "month 13 is not between 1 and 12"),
        ((2023, 2, 29), "2023-02 has 28 days, not 29"),
        ((2023, 2, 0), "2023-02 has 28 days, not 0"),
        ((2023, 4, 31), "2023-04 has 30 days, not 31"),
        ((2023, None, 5), "a day needs a month"),
    ],
)
def test_partial_date_refuses_invalid_fields(args: tuple[int | None, ...], reason: str) -> None:
    with pytest.raises(InvalidDateError) as caught:
        PartialDate(*args)  # type: ignore[arg-type]
    assert caught.value.reason == reason
    assert caught.value.value == (*args, None, None)[:3]


@pytest.mark.parametrize(
    "args",
    [(True,), ("2023",), (2023.0,), (2023, "2"), (2023, 2, 1.0), (2023, False), (None,)],
)
def test_partial_date_refuses_wrong_types(args: tuple[object, ...]) -> None:
    with pytest.raises(InvalidTypeError):
        PartialDate(*args)  # type: ignore[arg-type]


def test_from_date() -> None:
    assert PartialDate.from_date(datetime.date(2025, 3, 12)) == PartialDate(2025, 3, 12)


@pytest.mark.parametrize(
    "value", [datetime.datetime(2025, 3, 12, 10, 0), "2025-03-12", PartialDate(2025), None]
)
def test_from_date_refuses_anything_but_a_date(value: object) -> None:
    with pytest.raises(InvalidTypeError):
        PartialDate.from_date(value)  # type: ignore[arg-type]


def test_partial_date_is_frozen_and_evolves_with_validation() -> None:
    d = PartialDate(2023, 2)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        d.year = 2024  # type: ignore[misc]
    assert attrs.evolve(d, day=15) == PartialDate(2023, 2, 15)
    with pytest.raises(InvalidDateError):
        attrs.evolve(d, day=30)


def test_partial_dates_are_not_ordered_by_operators() -> None:
    with pytest.raises(TypeError):
        assert PartialDate(2023) < PartialDate(2024)


def test_errors_belong_to_the_hierarchy() -> None:
    with pytest.raises(MineralpactError):
        PartialDate.parse("2023-13")
    with pytest.raises(MineralpactError):
        PartialDate.parse(2023)  # type: ignore[arg-type]


# --- PartialDate: containment, comparison, sorting, weekdays ----------------------


@pytest.mark.parametrize(
    ("item", "container", "expected"),
    [
        (PartialDate(2023, 2, 15), PartialDate(2023), True),
        (PartialDate(2023, 2, 15), PartialDate(2023, 2), True),
        (PartialDate(2023, 2), PartialDate(2023), True),
        (PartialDate(2023), PartialDate(2023), True),
        (PartialDate(2023), PartialDate(2023, 2), False),
        (PartialDate(2023, 3, 1), PartialDate(2023, 2), False),
        (datetime.date(2023, 2, 15), PartialDate(2023, 2), True),
        (datetime.date(2023, 2, 28), PartialDate(2023, 2), True),
        (datetime.date(2023, 3, 1), PartialDate(2023, 2), False),
        (datetime.date(2022, 12, 31), PartialDate(2023), False),
    ],
)
def test_partial_date_contains(
    item: PartialDate | datetime.date, container: PartialDate, expected: bool
) -> None:
    assert (item in container) is expected


@pytest.mark.parametrize(
    "item", ["2023-02-15", datetime.datetime(2023, 2, 15, 9, 0), 2023, None, (2023, 2)]
)
def test_partial_date_contains_refuses_other_types(item: object) -> None:
    with pytest.raises(InvalidTypeError):
        assert item in PartialDate(2023)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ("2022", "2023-02", Comparison.BEFORE),
        ("2023-01-31", "2023-02", Comparison.BEFORE),
        ("2023-03", "2023-02-15", Comparison.AFTER),
        ("2024", "2023-12-31", Comparison.AFTER),
        ("2023-02", "2023-02", Comparison.SAME),
        ("2023", "2023-02-15", Comparison.UNKNOWN),
        ("2023-02-15", "2023", Comparison.UNKNOWN),
        ("2023-02", "2023-02-01", Comparison.UNKNOWN),
    ],
)
def test_partial_date_compare(left: str, right: str, expected: Comparison) -> None:
    assert PartialDate.parse(left).compare(PartialDate.parse(right)) is expected


@pytest.mark.parametrize("other", [datetime.date(2023, 1, 1), "2023", DateRange.parse("2023/..")])
def test_partial_date_compare_refuses_other_types(other: object) -> None:
    with pytest.raises(InvalidTypeError):
        PartialDate(2023).compare(other)  # type: ignore[arg-type]


def test_sort_key_puts_coarser_first_on_the_same_earliest_day() -> None:
    texts = ["2023-02-15", "2023-02-01", "2023", "2022-12-31", "2023-02"]
    ordered = sorted(map(PartialDate.parse, texts), key=lambda d: d.sort_key)
    assert [str(d) for d in ordered] == [
        "2022-12-31",
        "2023",
        "2023-02",
        "2023-02-01",
        "2023-02-15",
    ]


@pytest.mark.parametrize("name", ["Thursday", "thursday", "THURSDAY", "Thu", "thu", "THU"])
def test_falls_on_accepts_weekday_names_in_any_case(name: str) -> None:
    assert PartialDate(2023, 1, 26).falls_on(name)
    assert not PartialDate(2023, 1, 27).falls_on(name)


@pytest.mark.parametrize("name", ["Thurs", "", "Donnerstag", "th", "Thursday.", "x" * 100])
def test_falls_on_refuses_unknown_names(name: str) -> None:
    with pytest.raises(InvalidDateError) as caught:
        PartialDate(2023, 1, 26).falls_on(name)
    assert caught.value.value == name


def test_falls_on_refuses_non_text() -> None:
    with pytest.raises(InvalidTypeError):
        PartialDate(2023, 1, 26).falls_on(3)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [PartialDate(2023, 1), PartialDate(2023)])
def test_falls_on_needs_a_full_date(value: PartialDate) -> None:
    with pytest.raises(InvalidDateError) as caught:
        value.falls_on("Thursday")
    assert caught.value.value == str(value)


@given(partial_dates(Precision.DAY), st.integers(0, 6))
def test_falls_on_agrees_with_the_calendar(d: PartialDate, weekday: int) -> None:
    names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    assert d.falls_on(names[weekday]) is (d.earliest.weekday() == weekday)


# --- PartialDate: properties ------------------------------------------------------


@given(partial_dates())
def test_partial_date_round_trips_through_text_and_repr(d: PartialDate) -> None:
    assert PartialDate.parse(str(d)) == d
    assert eval(repr(d), NAMESPACE) == d
    assert pickle.loads(pickle.dumps(d)) == d


@given(partial_dates())
def test_partial_date_bounds_match_precision(d: PartialDate) -> None:
    assert d.earliest <= d.latest
    assert d.earliest in d
    assert d.latest in d
    assert (d.earliest == d.latest) is (d.precision is Precision.DAY)
    assert d.precision is PartialDate.from_date(d.earliest).precision or d.day is None


@given(partial_dates(), partial_dates())
def test_partial_date_hash_agrees_with_equality(a: PartialDate, b: PartialDate) -> None:
    assert (a == b) is (str(a) == str(b))
    if a == b:
        assert hash(a) == hash(b)
    rebuilt = PartialDate.parse(str(a))
    assert rebuilt == a
    assert hash(rebuilt) == hash(a)


@given(partial_dates(), partial_dates())
def test_compare_is_consistent_with_bounds(a: PartialDate, b: PartialDate) -> None:
    result = a.compare(b)
    opposite = {
        Comparison.BEFORE: Comparison.AFTER,
        Comparison.AFTER: Comparison.BEFORE,
        Comparison.SAME: Comparison.SAME,
        Comparison.UNKNOWN: Comparison.UNKNOWN,
    }
    assert b.compare(a) is opposite[result]
    assert (result is Comparison.BEFORE) is (a.latest < b.earliest)
    assert (result is Comparison.SAME) is (a == b)
    if a in b or b in a:
        assert result in (Comparison.SAME, Comparison.UNKNOWN)


@given(partial_dates(), partial_dates())
def test_sort_key_is_a_total_order_consistent_with_bounds(a: PartialDate, b: PartialDate) -> None:
    assert (a.sort_key == b.sort_key) is (a == b)
    if a.sort_key < b.sort_key:
        assert a.earliest <= b.earliest
        if a.earliest == b.earliest:
            # coarser first
            assert a.precision.rank < b.precision.rank
    if a.compare(b) is Comparison.BEFORE:
        assert a.sort_key < b.sort_key


@pytest.mark.parametrize("precision", list(Precision))
@given(data=st.data())
def test_partial_dates_strategy_keeps_to_the_precision(
    precision: Precision, data: st.DataObject
) -> None:
    assert data.draw(partial_dates(precision)).precision is precision


def test_partial_dates_strategy_refuses_other_precisions() -> None:
    with pytest.raises(InvalidTypeError):
        partial_dates("day")  # type: ignore[arg-type]


# --- DateRange --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2023-11-20/2025-03-12", PartialDate(2023, 11, 20), PartialDate(2025, 3, 12)),
        ("2023/..", PartialDate(2023), None),
        ("2023-02/2023-02-15", PartialDate(2023, 2), PartialDate(2023, 2, 15)),
        ("2023-02-15/2023", PartialDate(2023, 2, 15), PartialDate(2023)),
        ("2023/2023", PartialDate(2023), PartialDate(2023)),
    ],
)
def test_date_range_parse(text: str, start: PartialDate, end: PartialDate | None) -> None:
    parsed = DateRange.parse(text)
    assert parsed == DateRange(start, end)
    assert str(parsed) == text


def test_date_range_bounds_and_repr() -> None:
    closed = DateRange.parse("2023-11/2025")
    assert (closed.earliest, closed.latest) == (
        datetime.date(2023, 11, 1),
        datetime.date(2025, 12, 31),
    )
    assert repr(closed) == "DateRange(PartialDate(2023, 11), PartialDate(2025))"
    open_ended = DateRange.parse("2023/..")
    assert (open_ended.earliest, open_ended.latest) == (datetime.date(2023, 1, 1), None)
    assert repr(open_ended) == "DateRange(PartialDate(2023), None)"


@pytest.mark.parametrize(
    ("item", "container", "expected"),
    [
        (PartialDate(2024, 6), "2023-11-20/2025-03-12", True),
        (PartialDate(2023, 11), "2023-11-20/2025-03-12", False),
        (datetime.date(2023, 11, 20), "2023-11-20/2025-03-12", True),
        (datetime.date(2025, 3, 13), "2023-11-20/2025-03-12", False),
        (PartialDate(2025), "2023-11-20/2025-03-12", False),
        (datetime.date(9999, 12, 31), "2023/..", True),
        (PartialDate(2022, 12, 31), "2023/..", False),
    ],
)
def test_date_range_contains(
    item: PartialDate | datetime.date, container: str, expected: bool
) -> None:
    assert (item in DateRange.parse(container)) is expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("../2025-11", "a range open at the start is a deadline: use Deadline.parse"),
        ("../..", "a range must have a start"),
        ("2025/2023", "2025 is after 2023"),
        ("2023-02-16/2023-02-15", "2023-02-16 is after 2023-02-15"),
        ("2023-02-30/2024", "2023-02 has 28 days, not 30"),
        ("2023/2024-13", "month 13 is not between 1 and 12"),
        ("2023/2024-1", "'2024-1' is not an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD"),
        ("2023", None),
        ("2023/", None),
        ("/2023", None),
        ("2023/2024/2025", "'2024/2025' is not an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD"),
        ("2023 / 2024", "'2023 ' is not an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD"),
        ("2023/...", "'...' is not an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD"),
        ("2023~/2024", "'2023~' is not an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD"),
        ("2023-01-01/2023-12-31" * 4, "longer than 64 characters"),
    ],
)
def test_date_range_parse_refuses(text: str, reason: str | None) -> None:
    with pytest.raises(InvalidDateError) as caught:
        DateRange.parse(text)
    assert caught.value.value == text
    assert caught.value.what == "DateRange"
    assert caught.value.reason == reason


@pytest.mark.parametrize(
    ("start", "end", "reason"),
    [
        (None, PartialDate(2025, 11), "a range open at the start is a deadline: use Deadline(end)"),
        (None, None, "a range must have a start"),
        (PartialDate(2025), PartialDate(2024, 12, 31), "2025 is after 2024-12-31"),
    ],
)
def test_date_range_refuses_invalid_ends(
    start: PartialDate | None, end: PartialDate | None, reason: str
) -> None:
    with pytest.raises(InvalidDateError) as caught:
        DateRange(start, end)
    assert caught.value.reason == reason


@pytest.mark.parametrize(
    ("start", "end"),
    [("2023", None), (PartialDate(2023), "2024"), (datetime.date(2023, 1, 1), None)],
)
def test_date_range_refuses_wrong_types(start: object, end: object) -> None:
    with pytest.raises(InvalidTypeError):
        DateRange(start, end)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [None, 2023, b"2023/.."])
def test_date_range_parse_refuses_non_text(value: object) -> None:
    with pytest.raises(InvalidTypeError):
        DateRange.parse(value)  # type: ignore[arg-type]


@given(date_ranges())
def test_date_range_round_trips(r: DateRange) -> None:
    assert DateRange.parse(str(r)) == r
    assert eval(repr(r), NAMESPACE) == r
    assert pickle.loads(pickle.dumps(r)) == r
    assert r.start is not None
    assert r.start.earliest in r
    if r.end is not None:
        assert r.end.latest in r


# --- Deadline ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "by"),
    [
        ("../2025-11", PartialDate(2025, 11)),
        ("../2025", PartialDate(2025)),
        ("../2025-11-30", PartialDate(2025, 11, 30)),
    ],
)
def test_deadline_parse(text: str, by: PartialDate) -> None:
    parsed = Deadline.parse(text)
    assert parsed == Deadline(by)
    assert str(parsed) == text
    assert parsed.earliest is None
    assert parsed.latest == by.latest
    assert repr(parsed) == f"Deadline({by!r})"


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (PartialDate(2025, 10, 2), True),
        (PartialDate(2025, 11), True),
        (datetime.date(2025, 11, 30), True),
        (datetime.date(2025, 12, 1), False),
        (PartialDate(2025), False),
        (PartialDate(1), True),
    ],
)
def test_deadline_contains(item: PartialDate | datetime.date, expected: bool) -> None:
    assert (item in Deadline(PartialDate(2025, 11))) is expected


@pytest.mark.parametrize(
    "text",
    ["2025-11", "../..", "..2025", ".../2025", "../2025-13", "/2025", "../ 2025", "2023/2025", ""],
)
def test_deadline_parse_refuses(text: str) -> None:
    with pytest.raises(InvalidDateError) as caught:
        Deadline.parse(text)
    assert caught.value.value == text
    assert caught.value.what == "Deadline"


@pytest.mark.parametrize("by", ["2025-11", None, datetime.date(2025, 11, 30)])
def test_deadline_refuses_wrong_types(by: object) -> None:
    with pytest.raises(InvalidTypeError):
        Deadline(by)  # type: ignore[arg-type]


@given(deadlines())
def test_deadline_round_trips(d: Deadline) -> None:
    assert Deadline.parse(str(d)) == d
    assert eval(repr(d), NAMESPACE) == d
    assert d.by in d


# --- QualifiedDate ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "qualifier"),
    [
        ("2023~", PartialDate(2023), Qualifier.APPROXIMATE),
        ("2025-12-15?", PartialDate(2025, 12, 15), Qualifier.UNCERTAIN),
        ("2025-12%", PartialDate(2025, 12), Qualifier.APPROXIMATE_AND_UNCERTAIN),
    ],
)
def test_qualified_date_parse(text: str, date: PartialDate, qualifier: Qualifier) -> None:
    parsed = QualifiedDate.parse(text)
    assert parsed == QualifiedDate(date, qualifier)
    assert str(parsed) == text
    assert (parsed.earliest, parsed.latest) == (date.earliest, date.latest)


def test_qualified_date_shortcuts() -> None:
    d = PartialDate(2025, 12, 15)
    assert QualifiedDate.approximate(d) == QualifiedDate(d, Qualifier.APPROXIMATE)
    assert QualifiedDate.uncertain(d) == QualifiedDate(d, Qualifier.UNCERTAIN)
    assert repr(QualifiedDate.uncertain(d)) == (
        "QualifiedDate(PartialDate(2025, 12, 15), Qualifier.UNCERTAIN)"
    )
    assert QualifiedDate.approximate(d) != QualifiedDate.uncertain(d)
    plain: object = d
    assert QualifiedDate.approximate(d) != plain


@pytest.mark.parametrize(
    "text", ["2023", "2023~~", "~2023", "2023-13~", "2023?~", "2023 ~", "2023-02-30?", "~", ""]
)
def test_qualified_date_parse_refuses(text: str) -> None:
    with pytest.raises(InvalidDateError) as caught:
        QualifiedDate.parse(text)
    assert caught.value.value == text
    assert caught.value.what == "QualifiedDate"


@pytest.mark.parametrize(
    ("date", "qualifier"),
    [("2023", Qualifier.APPROXIMATE), (PartialDate(2023), "~"), (PartialDate(2023), None)],
)
def test_qualified_date_refuses_wrong_types(date: object, qualifier: object) -> None:
    with pytest.raises(InvalidTypeError):
        QualifiedDate(date, qualifier)  # type: ignore[arg-type]


@given(qualified_dates())
def test_qualified_date_round_trips(q: QualifiedDate) -> None:
    assert QualifiedDate.parse(str(q)) == q
    assert eval(repr(q), NAMESPACE) == q


# --- parse_temporal and the mix of all types --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-11", PartialDate(2025, 11)),
        ("../2025-11", Deadline(PartialDate(2025, 11))),
        ("2023/..", DateRange(PartialDate(2023), None)),
        ("2023-11-20/2025-03-12", DateRange(PartialDate(2023, 11, 20), PartialDate(2025, 3, 12))),
        ("2023~", QualifiedDate(PartialDate(2023), Qualifier.APPROXIMATE)),
        ("2025-12-15?", QualifiedDate(PartialDate(2025, 12, 15), Qualifier.UNCERTAIN)),
    ],
)
def test_parse_temporal_dispatches_on_form(text: str, expected: TemporalValue) -> None:
    value = parse_temporal(text)
    assert value == expected
    assert type(value) is type(expected)


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("2023-13", "PartialDate"),
        ("../..", "Deadline"),
        ("2025/2023", "DateRange"),
        ("2023~~", "QualifiedDate"),
        ("soon", "PartialDate"),
        ("", "PartialDate"),
        ("1" * 65, "temporal value"),
    ],
)
def test_parse_temporal_refuses(text: str, what: str) -> None:
    with pytest.raises(InvalidDateError) as caught:
        parse_temporal(text)
    assert caught.value.value == text
    assert caught.value.what == what


def test_parse_temporal_refuses_non_text() -> None:
    with pytest.raises(InvalidTypeError):
        parse_temporal(20231120)  # type: ignore[arg-type]


@given(temporal_values())
def test_every_temporal_value_round_trips(value: TemporalValue) -> None:
    assert parse_temporal(str(value)) == value
    assert eval(repr(value), NAMESPACE) == value
    assert hash(parse_temporal(str(value))) == hash(value)
    assert _earliest(value) <= _latest(value)


@given(temporal_values(), temporal_values())
def test_equal_values_hash_equal_and_keys_are_distinct(a: TemporalValue, b: TemporalValue) -> None:
    assert (a == b) is (str(a) == str(b))
    if a == b:
        assert hash(a) == hash(b)
    assert (a.sort_key == b.sort_key) is (a == b)


@given(temporal_values(), temporal_values())
def test_mixed_sort_key_is_consistent_with_bounds(a: TemporalValue, b: TemporalValue) -> None:
    if _earliest(a) < _earliest(b):
        assert a.sort_key < b.sort_key
    elif _earliest(a) == _earliest(b) and _latest(a) > _latest(b):
        # on the same first day, the wider value sorts first
        assert a.sort_key < b.sort_key


@given(st.lists(temporal_values(), max_size=8))
def test_sorting_a_timeline(values: list[TemporalValue]) -> None:
    ordered = sorted(values, key=lambda v: v.sort_key)
    assert [_earliest(v) for v in ordered] == sorted(_earliest(v) for v in values)
    # keys are distinct, so the order does not depend on the order given
    rotated = ordered[1:] + ordered[:1]
    assert sorted(rotated, key=lambda v: v.sort_key) == ordered


def test_sort_key_orders_a_mixed_timeline() -> None:
    texts = [
        "2025-03-12",
        "../2025-11",
        "2023-11-20/2025-03-12",
        "2023~",
        "2023",
        "2023-02-15",
        "2023/..",
    ]
    ordered = sorted(map(parse_temporal, texts), key=lambda v: v.sort_key)
    assert [str(v) for v in ordered] == [
        "../2025-11",
        "2023/..",
        "2023",
        "2023~",
        "2023-02-15",
        "2023-11-20/2025-03-12",
        "2025-03-12",
    ]
