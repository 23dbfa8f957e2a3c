"""Plans are stated as of their sources' dates: a later plan revises an earlier one.

Only plans stated as of the same date (publication dates that overlap, or are
unknown) that cannot both be true are disagreements. The timeline shows a
revised plan once, at its latest date, with the earlier plans as its history.
"""

from __future__ import annotations

import datetime
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mineralpact import (
    Citation,
    Dataset,
    DateClaim,
    DateRange,
    EntryKind,
    InvalidTypeError,
    Milestone,
    MilestoneKind,
    PartialDate,
    Plan,
    Project,
    RecordNotFoundError,
    Source,
    SourceKind,
)
from mineralpact.bundled import korea_mongolia
from mineralpact.dates import TemporalValue

D = PartialDate
CENTRE = "project:centre"


def _source(source_id: str, published: TemporalValue | None) -> Source:
    return Source(id=source_id, title="A report", kind=SourceKind.NEWS_REPORT, published=published)


def _opening(*plans: tuple[TemporalValue, str]) -> Milestone:
    values: dict[TemporalValue, list[Citation]] = {}
    for value, source_id in plans:
        values.setdefault(value, []).append(Citation(source_id))
    return Milestone(
        id="milestone:opening",
        subject=CENTRE,
        kind=MilestoneKind.OPENING,
        description="The centre opens",
        planned=tuple(DateClaim(value, tuple(cites)) for value, cites in values.items()),
        citations=(Citation(plans[0][1]),),
    )


def _data(published: dict[str, TemporalValue | None], *plans: tuple[TemporalValue, str]) -> Dataset:
    sources = tuple(_source(source_id, date) for source_id, date in published.items())
    project = Project(id=CENTRE, title="The centre", citations=(Citation(plans[0][1]),))
    return Dataset((*sources, project, _opening(*plans)))


# --- the bundled data ------------------------------------------------------------


def test_the_centres_plan_moved_by_a_later_source_is_a_revision_not_a_disagreement() -> None:
    data = korea_mongolia()
    assert [(d.subject, d.aspect) for d in data.disagreements()] == [
        ("milestone:centre-opening", "actual")
    ]
    history = data.plan_history("milestone:centre-opening")
    assert [(str(p.value), str(p.as_of), p.superseded, p.disputed) for p in history] == [
        ("2025-11", "2025-09-22", True, False),
        ("2025-12-12", "2025-12-11", False, False),
    ]
    assert history[0].sources == {"src:korea-times-2025-09-22"}
    assert history[1].sources == {"src:yonhap-2025-12-11", "src:joongang-2025-12-11"}


def test_the_timeline_shows_the_revised_plan_once_with_its_history() -> None:
    planned = [
        e
        for e in korea_mongolia().timeline()
        if e.record == "milestone:centre-opening" and e.kind is EntryKind.PLANNED
    ]
    (entry,) = planned
    assert entry.when == D(2025, 12, 12)
    assert not entry.disputed
    assert entry.sources == {"src:yonhap-2025-12-11", "src:joongang-2025-12-11"}
    assert [(str(p.value), str(p.as_of)) for p in entry.history] == [("2025-11", "2025-09-22")]
    assert "(planned; revised from 2025-11 as of 2025-09-22)" in str(entry)


# --- revisions and disputes ---------------------------------------------------------


def test_plans_stated_as_of_the_same_date_that_cannot_both_be_true_disagree() -> None:
    data = _data(
        {"src:a": D(2025, 12, 11), "src:b": D(2025, 12)},
        (D(2025, 11), "src:a"),
        (D(2025, 12, 12), "src:b"),
    )
    (disagreement,) = data.disagreements()
    assert disagreement.aspect == "planned"
    assert [(str(c.value), str(c.as_of)) for c in disagreement.claims] == [
        ("2025-12-12", "2025-12"),
        ("2025-11", "2025-12-11"),
    ]
    entries = data.timeline()
    assert [(str(e.when), e.disputed, e.history) for e in entries] == [
        ("2025-11", True, ()),
        ("2025-12-12", True, ()),
    ]


def test_a_plan_whose_source_has_no_date_cannot_be_told_apart_and_disagrees() -> None:
    data = _data(
        {"src:a": D(2025, 9, 22), "src:b": None},
        (D(2025, 11), "src:a"),
        (D(2025, 12, 12), "src:b"),
    )
    assert [d.aspect for d in data.disagreements()] == ["planned"]
    history = data.plan_history("milestone:opening")
    assert [(p.as_of, p.superseded, p.disputed) for p in history] == [
        (D(2025, 9, 22), False, True),
        (None, False, True),
    ]


def test_a_revision_and_a_dispute_at_the_latest_date_are_both_kept() -> None:
    data = _data(
        {"src:a": D(2025, 9, 22), "src:b": D(2025, 12, 11), "src:c": D(2025, 12, 11)},
        (D(2025, 11), "src:a"),
        (D(2025, 12, 12), "src:b"),
        (D(2026, 1), "src:c"),
    )
    (disagreement,) = data.disagreements()
    assert {str(c.value) for c in disagreement.claims} == {"2025-12-12", "2026-01"}
    entries = data.timeline()
    assert [(str(e.when), e.disputed) for e in entries] == [
        ("2025-12-12", True),
        ("2026-01", True),
    ]
    assert all([str(p.value) for p in e.history] == ["2025-11"] for e in entries)


def test_plan_history_names_the_record_it_wants() -> None:
    data = korea_mongolia()
    with pytest.raises(InvalidTypeError, match="a Milestone"):
        data.plan_history("org:kigam")
    with pytest.raises(RecordNotFoundError):
        data.plan_history("milestone:nowhere")


# --- against a brute-force reference ----------------------------------------------

_DAYS = st.dates(datetime.date(2025, 1, 1), datetime.date(2025, 3, 31))


@st.composite
def _dates(draw: st.DrawFn) -> TemporalValue:
    """Days, months, and ranges of days, in a short span so that they meet."""
    first = draw(_DAYS)
    kind = draw(st.sampled_from(("day", "month", "range")))
    if kind == "day":
        return D.from_date(first)
    if kind == "month":
        return D(first.year, first.month)
    last = draw(st.dates(first, datetime.date(2025, 3, 31)))
    return DateRange(D.from_date(first), D.from_date(last))


def _days(value: TemporalValue) -> set[datetime.date]:
    assert value.earliest is not None
    assert value.latest is not None
    count = (value.latest - value.earliest).days + 1
    return {value.earliest + datetime.timedelta(days=n) for n in range(count)}


@given(
    st.lists(st.one_of(st.none(), _dates()), min_size=1, max_size=4),
    st.lists(st.tuples(_dates(), st.integers(0, 3)), min_size=1, max_size=5),
)
def test_plans_disagree_exactly_when_two_as_of_the_same_days_share_no_day(
    published: list[TemporalValue | None], stated: list[tuple[TemporalValue, int]]
) -> None:
    dates = {f"src:s{i}": date for i, date in enumerate(published)}
    plans = [(value, f"src:s{i % len(published)}") for value, i in stated]
    data = _data(dates, *plans)

    def same_time(a: TemporalValue | None, b: TemporalValue | None) -> bool:
        if a is None or b is None:
            return True
        # Neither lies wholly before the other.
        return not (max(_days(a)) < min(_days(b)) or max(_days(b)) < min(_days(a)))

    def clash(one: tuple[TemporalValue, str], other: tuple[TemporalValue, str]) -> bool:
        return same_time(dates[one[1]], dates[other[1]]) and not _days(one[0]) & _days(other[0])

    expected = {plan for plan in plans if any(clash(plan, other) for other in plans)}
    found = [d for d in data.disagreements() if d.aspect == "planned"]
    assert len(found) == (1 if expected else 0)
    claimed = {(c.value, s) for d in found for c in d.claims for s in c.sources}
    assert claimed == expected

    history = data.plan_history("milestone:opening")
    for plan in history:
        assert isinstance(plan, Plan)
        assert plan.as_of == dates[next(iter(plan.sources))]
        later = any(
            other.as_of is not None
            and plan.as_of is not None
            and max(_days(plan.as_of)) < min(_days(other.as_of))
            for other in history
        )
        assert plan.superseded == later
    # Oldest first, the unknown dates last.
    keys = [(p.as_of is None, p.as_of.sort_key if p.as_of else ()) for p in history]
    assert keys == sorted(keys)
    # Every plan stated is in the history once per source date.
    assert sorted((str(p.value), s) for p in history for s in p.sources) == sorted(
        {(str(v), s) for v, s in plans}
    )
    # The timeline keeps one planned line per current plan (or one agreed line);
    # every superseded plan is in its history.
    entries = data.timeline()
    superseded = {(p.value, p.as_of) for p in history if p.superseded}
    for entry in entries:
        assert {(p.value, p.as_of) for p in entry.history} == superseded
    assert not any(pair[0] == pair[1] for pair in itertools.combinations(entries, 2))
