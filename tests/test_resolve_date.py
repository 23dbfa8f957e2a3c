"""Tests for mineralpact.dates.resolve_date: phrases as written, against a reference date."""

from __future__ import annotations

import datetime

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mineralpact.dates import (
    DateRange,
    Deadline,
    PartialDate,
    Precision,
    QualifiedDate,
    Qualifier,
    ResolvedDate,
    TemporalValue,
    Tense,
    parse_temporal,
    resolve_date,
)
from mineralpact.errors import InvalidTypeError, UnresolvableDateError
from mineralpact.strategies import partial_dates, temporal_values

PAST, FUTURE = Tense.PAST, Tense.FUTURE
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

# Publication dates of the five source texts (the fifth is inferred from the
# article id, the fourth unknown; the phrases are as the texts write them).
KOREA_HERALD = PartialDate(2023, 1, 26)
KOREA_NET = PartialDate(2025, 3, 12)
KOREA_TIMES = PartialDate(2025, 9, 22)
ASIA_REVIEW = PartialDate(2026, 3, 21)
SEOUL_ECONOMIC_DAILY = PartialDate(2025, 12, 15)


@pytest.mark.parametrize(
    ("phrase", "reference", "tense", "expected"),
    [
        # 000: The Korea Herald, 2023-01-26
        ("Thursday", KOREA_HERALD, PAST, "2023-01-26"),
        ("since last year", KOREA_HERALD, PAST, "2022"),
        ("In December 2021", KOREA_HERALD, PAST, "2021-12"),
        ("May last year", KOREA_HERALD, PAST, "2022-05"),
        ("In May last year", KOREA_HERALD, PAST, "2022-05"),
        ("this year", KOREA_HERALD, FUTURE, "2023"),
        # 001: Korea.net, 2025-03-12
        ("March 12", KOREA_NET, PAST, "2025-03-12"),
        ("on March 12", KOREA_NET, PAST, "2025-03-12"),
        ("Nov. 20, 2023", KOREA_NET, PAST, "2023-11-20"),
        ("February 2023", KOREA_NET, PAST, "2023-02"),
        ("in February 2023", KOREA_NET, PAST, "2023-02"),
        ("by November", KOREA_NET, FUTURE, "../2025-11"),
        # 002: The Korea Times, 2025-09-22
        ("Monday", KOREA_TIMES, PAST, "2025-09-22"),
        ("in November", KOREA_TIMES, FUTURE, "2025-11"),
        # 003: The Asia Review, date unknown; its explicit year needs none
        ("in 2023", ASIA_REVIEW, PAST, "2023"),
        ("by November", PartialDate(2025, 3, 13), FUTURE, "../2025-11"),
        # 004: Seoul Economic Daily, 2025-12-15
        ("Wednesday", SEOUL_ECONOMIC_DAILY, PAST, "2025-12-10"),
        ("January 12", SEOUL_ECONOMIC_DAILY, PAST, "2025-01-12"),
        ("next year", SEOUL_ECONOMIC_DAILY, FUTURE, "2026"),
        ("next year", SEOUL_ECONOMIC_DAILY, PAST, "2026"),
        ("Starting next year", SEOUL_ECONOMIC_DAILY, FUTURE, "2026"),
    ],
)
def test_phrases_of_the_source_texts(
    phrase: str, reference: PartialDate, tense: Tense, expected: str
) -> None:
    resolved = resolve_date(phrase, reference, tense=tense)
    assert resolved.value == parse_temporal(expected)
    assert resolved.phrase == phrase
    assert resolved.reference == reference
    assert resolved.tense is tense


@pytest.mark.parametrize(
    ("phrase", "reference", "tense", "expected"),
    [
        ("2023", KOREA_NET, PAST, "2023"),
        ("2023-11-20", KOREA_NET, FUTURE, "2023-11-20"),
        ("in 2023-11", KOREA_NET, PAST, "2023-11"),
        ("2023-11-20/2025-03-12", KOREA_NET, PAST, "2023-11-20/2025-03-12"),
        ("2023~", KOREA_NET, PAST, "2023~"),
        ("by 2025-11", KOREA_NET, FUTURE, "../2025-11"),
        ("Thursday, Jan. 26, 2023", KOREA_NET, PAST, "2023-01-26"),
        ("20 November 2023", KOREA_NET, PAST, "2023-11-20"),
        ("20th of November 2023", KOREA_NET, PAST, "2023-11-20"),
        ("November 20th, 2023", KOREA_NET, PAST, "2023-11-20"),
        ("Sept. 3", KOREA_NET, PAST, "2024-09-03"),
        ("Sept. 3", KOREA_NET, FUTURE, "2025-09-03"),
        ("March 12", KOREA_NET, FUTURE, "2025-03-12"),
        ("March 11", KOREA_NET, FUTURE, "2026-03-11"),
        ("March 13", KOREA_NET, PAST, "2024-03-13"),
        ("March", KOREA_NET, PAST, "2025-03"),
        ("March", KOREA_NET, FUTURE, "2025-03"),
        ("April", KOREA_NET, PAST, "2024-04"),
        ("February", KOREA_NET, FUTURE, "2026-02"),
        ("Wednesday", KOREA_NET, FUTURE, "2025-03-12"),
        ("Thursday", KOREA_NET, FUTURE, "2025-03-13"),
        ("Thursday", KOREA_NET, PAST, "2025-03-06"),
        ("thu", KOREA_NET, PAST, "2025-03-06"),
        ("  Thursday ", KOREA_NET, PAST, "2025-03-06"),
        ("Thursday,", KOREA_NET, PAST, "2025-03-06"),
        ("Nov. 20, 2023,", KOREA_NET, PAST, "2023-11-20"),
        ("february 29", PartialDate(2025, 3, 1), PAST, "2024-02-29"),
        ("February 29", PartialDate(2025, 3, 1), FUTURE, "2028-02-29"),
        ("February 29 last year", PartialDate(2025, 3, 1), PAST, "2024-02-29"),
        ("May 5 last year", KOREA_NET, PAST, "2024-05-05"),
        ("May next year", KOREA_NET, FUTURE, "2026-05"),
        ("May this year", KOREA_NET, FUTURE, "2025-05"),
        ("last month", PartialDate(2025, 1, 5), PAST, "2024-12"),
        ("this month", PartialDate(2025, 1), PAST, "2025-01"),
        ("next month", PartialDate(2025, 12, 31), FUTURE, "2026-01"),
        ("yesterday", PartialDate(2025, 1, 1), PAST, "2024-12-31"),
        ("today", KOREA_NET, PAST, "2025-03-12"),
        ("tomorrow", PartialDate(2024, 2, 28), FUTURE, "2024-02-29"),
        ("by Thursday", KOREA_NET, FUTURE, "../2025-03-13"),
        ("by next year", KOREA_NET, FUTURE, "../2026"),
        ("by Nov. 20, 2023", KOREA_NET, PAST, "../2023-11-20"),
        # a reference known to the month or year is enough when it settles the phrase
        ("January 12", PartialDate(2025, 3), PAST, "2025-01-12"),
        ("March", PartialDate(2025, 3), PAST, "2025-03"),
        ("next year", PartialDate(2025), PAST, "2026"),
        ("May last year", PartialDate(2023), PAST, "2022-05"),
        ("December", PartialDate(2025, 12), FUTURE, "2025-12"),
    ],
)
def test_more_phrases(phrase: str, reference: PartialDate, tense: Tense, expected: str) -> None:
    assert resolve_date(phrase, reference, tense=tense).value == parse_temporal(expected)


def test_past_is_the_default_tense() -> None:
    resolved = resolve_date("March 13", KOREA_NET)
    assert resolved.tense is PAST
    assert resolved.value == PartialDate(2024, 3, 13)


def test_a_date_is_accepted_as_reference() -> None:
    resolved = resolve_date("Thursday", datetime.date(2023, 1, 26))
    assert resolved.reference == KOREA_HERALD
    assert resolved.value == KOREA_HERALD


def test_the_phrase_is_kept_exactly_as_given() -> None:
    phrase = "  In   May LAST year "
    resolved = resolve_date(phrase, KOREA_HERALD)
    assert resolved.phrase == phrase
    assert resolved.value == PartialDate(2022, 5)


@pytest.mark.parametrize(
    ("phrase", "reason"),
    [
        ("soon", "'soon' is not part of a date"),
        ("", "the phrase is empty"),
        ("   ", "the phrase is empty"),
        ("the other day", "'the' is not part of a date"),
        ("Thursday next week", "'next' is not part of a date"),
        ("next Thursday", "'next' is not part of a date"),
        ("last Thursday", "'last' is not part of a date"),
        ("March 32", "its numbers can be read more than one way"),
        ("March 5, 0099", "its numbers can be read more than one way"),
        ("March 0", None),
        ("February 30", None),
        ("February 30, 2024", None),
        ("12/03/2025", None),
        ("03/12", None),
        ("2023-02-30", "2023-02 has 28 days, not 30"),
        ("2023-13", "month 13 is not between 1 and 12"),
        ("1 2 3", "more than one day"),
        ("May 5 12", "more than one day"),
        ("March 12 2023 2024", "more than one year"),
        ("March May", "more than one month"),
        ("Monday Tuesday", "more than one weekday"),
        ("12", "not an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD"),
        ("12th", "no month in the phrase"),
        ("2023 Thursday", "no month in the phrase"),
        ("of", "no month in the phrase"),
        ("Thursday November", "a weekday with a month but no day"),
        ("Thursday in November", "'in' is not part of a date"),
        ("Friday, Jan. 26, 2023", "2023-01-26 is not on the weekday the phrase names"),
        ("Friday, March 12", "2025-03-12 is not on the weekday the phrase names"),
        ("Thursday at 10:00", "a time of day; only dates are resolved"),
        ("March 12, 10:00", "a time of day; only dates are resolved"),
        ("March 12 3pm", "a time of day; only dates are resolved"),
        ("March 12 at 3 p.m.", "a time of day; only dates are resolved"),
        ("Thursday morning", "a time of day; only dates are resolved"),
        ("2023-02-15T10:00", "a time of day; only dates are resolved"),
        ("March 12 KST", "'kst' is not part of a date"),
        ("March 12 at 10", "'at' is not part of a date"),
        ("Thurs", "'thurs' is not part of a date"),
        ("in", "'in' is not part of a date"),
        ("by", "'by' is not part of a date"),
        ("by by November", "'by' is not part of a date"),
        ("in by November", "'by' is not part of a date"),
        ("by 2023~", "'by' must be followed by a single date"),
        ("by 2023/2024", "'by' must be followed by a single date"),
        ("by ../2025", "'by' must be followed by a single date"),
        ("early next year", "'early' is not part of a date"),
        ("last week", "'last' is not part of a date"),
        ("March last month", "'march' cannot go before 'last/this/next month'"),
        ("2023 last year", "no month in the phrase"),
        ("Thursday last year", "only a month, or a month and day, can go before 'year'"),
        ("12 last year", "no month in the phrase"),
        ("February 29 last year", "2023-02 has 28 days, not 29"),
        ("March 12" + " " * 60, "longer than 64 characters"),
    ],
)
def test_unreadable_phrases_are_refused_not_guessed(phrase: str, reason: str | None) -> None:
    reference = PartialDate(2024, 3, 12) if "last year" in phrase else KOREA_NET
    with pytest.raises(UnresolvableDateError) as caught:
        resolve_date(phrase, reference)
    assert caught.value.value == phrase
    assert caught.value.what == "date phrase"
    if reason is not None:
        assert caught.value.reason == reason
    else:
        assert caught.value.reason


@pytest.mark.parametrize(
    ("phrase", "reference"),
    [
        ("Thursday", PartialDate(2025, 3)),
        ("Thursday", PartialDate(2025)),
        ("today", PartialDate(2025, 3)),
        ("March 12", PartialDate(2025, 3)),
        ("March 12", PartialDate(2025)),
        ("March", PartialDate(2025)),
        ("December", PartialDate(2025)),
        ("by November", PartialDate(2025)),
        ("last month", PartialDate(2025)),
    ],
)
def test_a_reference_too_coarse_to_settle_the_phrase_is_an_error(
    phrase: str, reference: PartialDate
) -> None:
    with pytest.raises(UnresolvableDateError) as caught:
        resolve_date(phrase, reference)
    assert caught.value.reason == f"the reference {reference} is not precise enough to tell"


@pytest.mark.parametrize(
    ("phrase", "reference", "tense"),
    [
        ("Thursday", PartialDate(1, 1, 1), PAST),
        ("Thursday", PartialDate(9999, 12, 31), FUTURE),
        ("yesterday", PartialDate(1, 1, 1), PAST),
        ("next month", PartialDate(9999, 12), PAST),
        ("December 31", PartialDate(1, 6, 1), PAST),
        ("January 1", PartialDate(9999, 6, 1), FUTURE),
        ("last year", PartialDate(1), PAST),
        ("next year", PartialDate(9999), PAST),
    ],
)
def test_phrases_that_leave_the_calendar_are_errors(
    phrase: str, reference: PartialDate, tense: Tense
) -> None:
    with pytest.raises(UnresolvableDateError) as caught:
        resolve_date(phrase, reference, tense=tense)
    assert caught.value.value == phrase


@pytest.mark.parametrize("phrase", [None, 12, b"Thursday", ["Thursday"]])
def test_phrase_must_be_text(phrase: object) -> None:
    with pytest.raises(InvalidTypeError) as caught:
        resolve_date(phrase, KOREA_NET)  # type: ignore[arg-type]
    assert caught.value.value is phrase


@pytest.mark.parametrize(
    "reference",
    ["2025-03-12", None, datetime.datetime(2025, 3, 12, 9, 0)],
)
def test_reference_must_be_a_temporal_value_or_a_date(reference: object) -> None:
    with pytest.raises(InvalidTypeError) as caught:
        resolve_date("Thursday", reference)  # type: ignore[arg-type]
    assert caught.value.value is reference


@pytest.mark.parametrize("tense", ["past", None, 0])
def test_tense_must_be_a_tense(tense: object) -> None:
    with pytest.raises(InvalidTypeError):
        resolve_date("Thursday", KOREA_NET, tense=tense)  # type: ignore[arg-type]


# --- ResolvedDate -----------------------------------------------------------------


def test_resolved_date_text_and_repr() -> None:
    resolved = resolve_date("by November", KOREA_NET, tense=FUTURE)
    assert str(resolved) == "'by November' -> ../2025-11 (future, against 2025-03-12)"
    assert repr(resolved) == (
        "ResolvedDate(phrase='by November', value=Deadline(PartialDate(2025, 11)), "
        "reference=PartialDate(2025, 3, 12), tense=Tense.FUTURE)"
    )
    namespace = {"ResolvedDate": ResolvedDate, "Deadline": Deadline}
    namespace |= {"PartialDate": PartialDate, "Tense": Tense}
    assert eval(repr(resolved), namespace) == resolved


def test_resolved_date_is_frozen_and_hashable() -> None:
    resolved = resolve_date("Thursday", KOREA_HERALD)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        resolved.phrase = "Friday"  # type: ignore[misc]
    assert hash(resolved) == hash(resolve_date("Thursday", KOREA_HERALD))
    assert resolved != resolve_date("thursday", KOREA_HERALD)


@pytest.mark.parametrize(
    ("phrase", "value", "reference", "tense"),
    [
        (None, KOREA_NET, KOREA_NET, PAST),
        ("x", "2025-03-12", KOREA_NET, PAST),
        ("x", KOREA_NET, datetime.date(2025, 3, 12), PAST),
        ("x", KOREA_NET, KOREA_NET, "past"),
    ],
)
def test_resolved_date_checks_its_fields(
    phrase: object, value: object, reference: object, tense: object
) -> None:
    with pytest.raises(InvalidTypeError):
        ResolvedDate(phrase, value, reference, tense)  # type: ignore[arg-type]


# --- properties -------------------------------------------------------------------


@given(partial_dates(Precision.DAY), st.sampled_from(WEEKDAYS), st.sampled_from(Tense))
def test_a_weekday_is_the_nearest_one_on_the_tense_side(
    reference: PartialDate, weekday: str, tense: Tense
) -> None:
    try:
        value = resolve_date(weekday, reference, tense=tense).value
    except UnresolvableDateError:
        # only within a week of the ends of the calendar
        assert not datetime.date(1, 1, 8) <= reference.earliest <= datetime.date(9999, 12, 24)
        return
    assert isinstance(value, PartialDate)
    assert value.falls_on(weekday)
    gap = (value.earliest - reference.earliest).days
    assert (-6 <= gap <= 0) if tense is PAST else (0 <= gap <= 6)


@given(
    partial_dates(Precision.DAY).filter(lambda d: 10 <= d.year <= 9990),
    st.dates(),
    st.sampled_from(Tense),
)
def test_a_month_and_day_is_the_nearest_on_the_tense_side(
    reference: PartialDate, day: datetime.date, tense: Tense
) -> None:
    phrase = f"{MONTHS[day.month - 1]} {day.day}"
    value = resolve_date(phrase, reference, tense=tense).value
    assert isinstance(value, PartialDate)
    assert (value.month, value.day) == (day.month, day.day)
    if tense is PAST:
        assert value.earliest <= reference.earliest
        later_years = range(value.year + 1, reference.year + 1)
    else:
        assert value.earliest >= reference.earliest
        later_years = range(reference.year, value.year)
    # no occurrence of that month and day lies between the value and the reference
    for year in later_years:
        try:
            between = datetime.date(year, day.month, day.day)
        except ValueError:  # 29 February of a common year
            continue
        if tense is PAST:
            assert between > reference.earliest
        else:
            assert between < reference.earliest


@given(partial_dates(Precision.MONTH), st.integers(1, 12), st.sampled_from(Tense))
def test_a_month_alone_is_the_nearest_on_the_tense_side(
    reference: PartialDate, month: int, tense: Tense
) -> None:
    try:
        value = resolve_date(MONTHS[month - 1], reference, tense=tense).value
    except UnresolvableDateError:
        assert reference.year in (1, 9999)
        return
    assert isinstance(value, PartialDate)
    assert value.precision is Precision.MONTH
    assert value.month == month
    months_apart = (value.year - reference.year) * 12 + month - (reference.month or 0)
    assert (-11 <= months_apart <= 0) if tense is PAST else (0 <= months_apart <= 11)


@given(partial_dates(Precision.DAY).filter(lambda d: d.year >= 1000), st.sampled_from(Tense))
def test_a_written_out_date_is_kept_as_written(d: PartialDate, tense: Tense) -> None:
    assert d.month is not None
    name = MONTHS[d.month - 1]
    for phrase in (
        f"{name} {d.day}, {d.year}",
        f"{d.day} {name} {d.year}",
        f"{name[:3]}. {d.day}, {d.year}",
    ):
        assert resolve_date(phrase, KOREA_NET, tense=tense).value == d
    assert resolve_date(f"in {name} {d.year}", KOREA_NET).value == PartialDate(d.year, d.month)


@given(temporal_values(), partial_dates(), st.sampled_from(Tense))
def test_edtf_text_resolves_to_itself(
    value: TemporalValue, reference: PartialDate, tense: Tense
) -> None:
    assert resolve_date(str(value), reference, tense=tense).value == value


@given(partial_dates(), partial_dates(), st.sampled_from(Tense))
def test_by_a_date_is_a_deadline_by_it(
    by: PartialDate, reference: PartialDate, tense: Tense
) -> None:
    assert resolve_date(f"by {by}", reference, tense=tense).value == Deadline(by)


@given(partial_dates(Precision.YEAR).filter(lambda d: 1 < d.year < 9999), st.sampled_from(Tense))
def test_relative_years(reference: PartialDate, tense: Tense) -> None:
    for phrase, step in (("last year", -1), ("this year", 0), ("next year", 1)):
        value = resolve_date(phrase, reference, tense=tense).value
        assert value == PartialDate(reference.year + step)


def test_ranges_are_not_produced_from_phrases_with_since() -> None:
    # "since last year" is read as the year it names: the text says when, not
    # for how long. A range would need its end, which the phrase does not give.
    value = resolve_date("since last year", KOREA_HERALD).value
    assert not isinstance(value, DateRange)
    assert value == PartialDate(2022)


def test_a_reference_known_to_lie_in_a_range_resolves_what_the_whole_range_agrees_on() -> None:
    # Korea.net's report was published on 12 or 13 March 2025.
    published = DateRange(PartialDate(2025, 3, 12), PartialDate(2025, 3, 13))
    resolved = resolve_date("March 12", published)
    assert resolved.value == PartialDate(2025, 3, 12)
    assert resolved.reference == published
    # Thursday: the 6th if published on the 12th, the 13th if on the 13th.
    with pytest.raises(UnresolvableDateError, match="not precise enough"):
        resolve_date("Thursday", published)


def test_a_phrase_read_against_an_uncertain_date_is_uncertain() -> None:
    # The Seoul Economic Daily's date is read from its article id: uncertain.
    published = QualifiedDate.uncertain(PartialDate(2025, 12, 15))
    assert resolve_date("Wednesday", published).value == QualifiedDate.uncertain(
        PartialDate(2025, 12, 10)
    )
    assert resolve_date("next year", published).value == QualifiedDate.uncertain(PartialDate(2026))
    assert resolve_date("January 12", published).value == QualifiedDate.uncertain(
        PartialDate(2025, 1, 12)
    )
    approximate = QualifiedDate.approximate(PartialDate(2025, 12, 15))
    assert resolve_date("today", approximate).value == approximate
    # A phrase that names its year needs no reference and stays certain.
    assert resolve_date("Nov. 20, 2023", published).value == PartialDate(2023, 11, 20)
    assert resolve_date("by 2025-11", published).value == Deadline(PartialDate(2025, 11))
    # A deadline cannot carry the uncertainty: it is refused, not made certain.
    with pytest.raises(UnresolvableDateError) as caught:
        resolve_date("by November", published, tense=FUTURE)
    assert caught.value.reason == (
        "the reference 2025-12-15? is uncertain, and a deadline cannot say so"
    )


_PHRASES = (
    "Wednesday",
    "March 12",
    "in November",
    "by November",
    "next year",
    "May last year",
    "last month",
    "today",
    "Nov. 20, 2023",
    "2023-02",
    "by 2024",
)
_MODERN_DAYS = st.dates(datetime.date(1900, 1, 1), datetime.date(2100, 12, 31))


@st.composite
def _references(draw: st.DrawFn) -> TemporalValue:
    """Certain days, coarser dates, short ranges, and qualified dates."""
    day = draw(_MODERN_DAYS)
    kind = draw(st.sampled_from(("day", "month", "range", "qualified")))
    if kind == "day":
        return PartialDate.from_date(day)
    if kind == "month":
        return PartialDate(day.year, day.month)
    if kind == "range":
        span = draw(st.integers(min_value=1, max_value=40))
        return DateRange(
            PartialDate.from_date(day), PartialDate.from_date(day + datetime.timedelta(span))
        )
    date = draw(st.sampled_from((PartialDate.from_date(day), PartialDate(day.year, day.month))))
    return QualifiedDate(date, draw(st.sampled_from(Qualifier)))


def _possible_days(reference: TemporalValue) -> list[datetime.date]:
    """Days the reference may stand for; a qualified date also for days near it."""
    assert reference.earliest is not None
    assert reference.latest is not None
    first, last = reference.earliest, reference.latest
    days = [first + datetime.timedelta(n) for n in range((last - first).days + 1)]
    if isinstance(reference, QualifiedDate):
        shifts = (1, 3, 7, 31, 100, 366, 3000)
        days += [first - datetime.timedelta(n) for n in shifts]
        days += [last + datetime.timedelta(n) for n in shifts]
    return days


def _answer(phrase: str, day: datetime.date, tense: Tense) -> TemporalValue | None:
    try:
        return resolve_date(phrase, day, tense=tense).value
    except UnresolvableDateError:
        return None


@given(_references(), st.sampled_from(_PHRASES), st.sampled_from(Tense))
def test_the_result_is_no_more_certain_than_the_reference(
    reference: TemporalValue, phrase: str, tense: Tense
) -> None:
    answers = {_answer(phrase, day, tense) for day in _possible_days(reference)}
    try:
        value = resolve_date(phrase, reference, tense=tense).value
    except UnresolvableDateError:
        # Refused: an uncertain reference is not made certain. A phrase that
        # reads the same on every possible day is only refused when it is a
        # deadline against a qualified reference.
        if len(answers) == 1 and None not in answers:
            assert isinstance(reference, QualifiedDate)
            assert phrase.startswith("by")
        return
    if isinstance(value, QualifiedDate):
        assert isinstance(reference, QualifiedDate), f"{value} from {reference}"
        # The reference's qualifier, on the date its own day gives.
        assert value.qualifier is reference.qualifier
        assert {_answer(phrase, day, tense) for day in _possible_days(reference.date)} == {
            value.date
        }
    else:
        # A certain value: every day the reference may stand for gives it.
        assert answers == {value}


def test_a_reference_with_an_open_end_cannot_anchor_a_phrase() -> None:
    # The Asia Review page was published at some point up to 2026-03-21.
    with pytest.raises(UnresolvableDateError, match="not precise enough"):
        resolve_date("by November", Deadline(PartialDate(2026, 3, 21)), tense=Tense.FUTURE)
    # A phrase that names its year needs no reference.
    assert resolve_date("in 2023", Deadline(PartialDate(2026, 3, 21))).value == PartialDate(2023)
    since = DateRange(PartialDate(2025, 3, 12), None)
    assert resolve_date("Nov. 20, 2023", since).value == PartialDate(2023, 11, 20)
    with pytest.raises(UnresolvableDateError, match="not precise enough"):
        resolve_date("next year", since)


def test_the_resolver_is_importable_first_and_is_the_same_function() -> None:
    """The resolver lives in its own module, which imports mineralpact.dates:
    importing either first works, and both name the same function, which
    does not load dateutil's parser until it is called."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import mineralpact._resolve as r\n"
        "import mineralpact.dates as d\n"
        "import mineralpact\n"
        "print(d.resolve_date is r.resolve_date is mineralpact.resolve_date,"
        " 'resolve_date' in dir(d), 'dateutil.parser' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == "True True False"
