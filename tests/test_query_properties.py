"""``Dataset.query`` and ``Dataset.timeline`` against a brute-force reference.

The reference below reads each filter's documented meaning as plainly as it
can (a fixed point for sub-organisations, a walk of every record for posts),
and is compared with the dataset's answers for every filter and their
combinations, on generated datasets whose records refer to one another.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from mineralpact import minerals as reference_minerals
from mineralpact.agreements import Agreement
from mineralpact.codes import Country
from mineralpact.dataset import Dataset, Record
from mineralpact.dates import TemporalValue
from mineralpact.errors import RecordNotFoundError
from mineralpact.events import Event
from mineralpact.figures import Figure
from mineralpact.laws import Law
from mineralpact.milestones import Milestone
from mineralpact.minerals import Commodity, Element, MineralGroup, MineralList
from mineralpact.parties import Organisation, Person, Position
from mineralpact.projects import Facility, Project
from mineralpact.sources import Source
from mineralpact.strategies import datasets, temporal_values

COUNTRIES = ("KR", "MN", "JP")
PARTY_KINDS = ("org", "person", "country")
MINERAL_KINDS = ("element", "group", "commodity", "list")
RECORD_TYPES: tuple[type[Any], ...] = (
    Source,
    Organisation,
    Person,
    Position,
    Agreement,
    Event,
    Project,
    Facility,
    Milestone,
    Figure,
    Element,
    MineralGroup,
    Commodity,
    MineralList,
    Law,
)
DATED = (Event, Agreement, Milestone, Law, Project, Facility)


def claims_of(record: Record) -> list[TemporalValue]:
    """Every date a record's sources state: done, planned, started, ended, or a stage's."""
    claims = [
        c
        for name in ("dates", "planned", "actual", "start", "end")
        for c in getattr(record, name, ())
    ]
    for stage in getattr(record, "stages", ()):
        claims += [*stage.dates, *stage.scheduled]
    return [claim.value for claim in claims]


def prefix(record_id: str) -> str:
    return record_id.partition(":")[0]


# --- the reference -------------------------------------------------------------


def mentioned(record: Record) -> set[str]:
    """The parties and posts a record names (its citations aside), and itself if a party."""
    found = {
        ref
        for path, ref in record.references()
        if not path.endswith(".source") and prefix(ref) in {*PARTY_KINDS, "position"}
    }
    if isinstance(record, (Organisation, Person, Position)):
        found.add(record.id)
    return found


def under(data: Dataset, roots: Iterable[str]) -> set[str]:
    """The roots, every organisation below one, and the people (and posts) in any of them."""
    found = set(roots)
    grew = True
    while grew:
        below = {o.id for o in data.records if isinstance(o, Organisation) and o.parent in found}
        grew = not below <= found
        found |= below
    for post in data.records:
        if isinstance(post, Position) and post.organisation in found:
            found |= {post.person, post.id}
    return found


def about_country(data: Dataset, record: Record, code: str) -> bool:
    country = Country(code)
    roots = {f"country:{code.lower()}"} | {
        o.id for o in data.records if isinstance(o, Organisation) and o.jurisdiction == country
    }
    place = getattr(record, "place", None)
    in_place = place is not None and place.country == country
    return in_place or bool(mentioned(record) & under(data, roots))


def elements_of(data: Dataset, mineral_id: str) -> set[str]:
    """The elements (and commodities) a mineral held or bundled stands for."""
    record = data.find(mineral_id) or reference_minerals.find(mineral_id)
    if isinstance(record, Element):
        return {record.id}
    if isinstance(record, MineralGroup):
        return set(record.members)
    if isinstance(record, Commodity):
        return {record.id, *record.elements}
    assert isinstance(record, MineralList), mineral_id
    return set().union(*(elements_of(data, entry) for entry in record.entries))


def covers(data: Dataset, record: Record, mineral_id: str) -> bool:
    wanted = elements_of(data, mineral_id)
    if prefix(record.id) in MINERAL_KINDS:
        return bool(elements_of(data, record.id) & wanted)
    return any(elements_of(data, m) & wanted for m in getattr(record, "minerals", ()))


def meet(lo: date | None, hi: date | None, period: TemporalValue) -> bool:
    """Whether [lo, hi] (None: unbounded) and the period can share a day."""
    p_lo, p_hi = period.earliest, period.latest
    return (hi is None or p_lo is None or p_lo <= hi) and (lo is None or p_hi is None or lo <= p_hi)


def in_period(record: Record, period: TemporalValue) -> bool:
    if isinstance(record, Position) and (record.since or record.until):
        lo = record.since.earliest if record.since else None
        hi = record.until.latest if record.until else None
        return meet(lo, hi, period)
    values = claims_of(record)
    if isinstance(record, Figure):
        values += [v for v in (record.period, record.as_of) if v is not None]
    return any(meet(v.earliest, v.latest, period) for v in values)


def reference_query(data: Dataset, **filters: Any) -> tuple[Record, ...]:
    def keep(record: Record) -> bool:
        kinds = filters.get("type")
        if kinds is not None and not isinstance(record, kinds):
            return False
        party = filters.get("party")
        if party is not None and not mentioned(record) & under(data, {party}):
            return False
        codes = [*filters.get("countries", ()), *[filters.get("country")] * ("country" in filters)]
        if not all(about_country(data, record, code) for code in codes):
            return False
        mineral = filters.get("mineral")
        if mineral is not None and not covers(data, record, mineral):
            return False
        period = filters.get("period")
        return period is None or in_period(record, period)

    return tuple(record for record in data.records if keep(record))


# --- the filters drawn ---------------------------------------------------------


def dates_in(data: Dataset) -> list[TemporalValue]:
    values: list[TemporalValue] = []
    for record in data.records:
        values += claims_of(record)
        for name in ("period", "as_of", "since", "until"):
            value = getattr(record, name, None)
            if value is not None:
                values.append(value)
    return values


@st.composite
def filters(draw: st.DrawFn, data: Dataset) -> dict[str, Any]:
    held = sorted(r.id for r in data.records)
    parties = [*(r for r in held if prefix(r) in PARTY_KINDS), "org:a", "person:a", "country:kr"]
    minerals = [
        *(r for r in held if prefix(r) in MINERAL_KINDS),
        *("element:nd", "element:fe", "group:ree", "list:kr-rare-metals"),
    ]
    periods = dates_in(data)
    options: dict[str, st.SearchStrategy[Any]] = {
        "type": st.sampled_from(RECORD_TYPES)
        | st.lists(st.sampled_from(RECORD_TYPES), min_size=1, max_size=3).map(tuple),
        "party": st.sampled_from(parties),
        "country": st.sampled_from(COUNTRIES),
        "countries": st.lists(st.sampled_from(COUNTRIES), min_size=1, max_size=3).map(tuple),
        "mineral": st.sampled_from(minerals),
        "period": (st.sampled_from(periods) if periods else st.nothing()) | temporal_values(),
    }
    chosen = draw(st.sets(st.sampled_from(sorted(options)), max_size=3))
    return {name: draw(options[name]) for name in sorted(chosen)}


# --- the properties ------------------------------------------------------------


def test_query_and_timeline_agree_with_the_reference() -> None:
    seen: Counter[str] = Counter()

    # A linked dataset whose records refuse together is rejected (``assume``) and
    # drawn again, more often than Hypothesis expects of a strategy; otherwise
    # the profile's settings (conftest.py).
    @settings(
        suppress_health_check=[*settings().suppress_health_check, HealthCheck.filter_too_much]
    )
    @given(datasets(4, linked=True), st.data())
    def check(data: Dataset, draws: st.DataObject) -> None:
        for _ in range(8):
            given_filters = draws.draw(filters(data))
            party = given_filters.get("party")
            if party is not None and party not in data and prefix(party) != "country":
                # An id that names nothing is an error, not an empty answer.
                with pytest.raises(RecordNotFoundError):
                    data.query(**given_filters)
                with pytest.raises(RecordNotFoundError):
                    data.timeline(**{k: v for k, v in given_filters.items() if k != "type"})
                seen["unknown party"] += 1
                continue
            expected = reference_query(data, **given_filters)
            assert data.query(**given_filters) == expected, given_filters
            seen["queries"] += 1
            seen["answered"] += bool(expected)
            event("answered" if expected else "empty")

            timeline_filters = {k: v for k, v in given_filters.items() if k != "type"}
            entries = data.timeline(**timeline_filters)
            dated = reference_query(data, type=DATED, **timeline_filters)
            assert {e.record for e in entries} <= {r.id for r in dated}
            period = timeline_filters.pop("period", None)
            if period is None:
                # Every record with a date has a line; none without.
                with_dates = {r.id for r in dated if claims_of(r)}
                assert {e.record for e in entries} == with_dates
            else:
                # A period keeps the lines of the whole timeline whose date can fall in it.
                whole = data.timeline(**timeline_filters)
                assert entries == tuple(
                    e for e in whole if meet(e.when.earliest, e.when.latest, period)
                )
            seen["timelines"] += 1
            seen["timeline lines"] += bool(entries)

    check()
    # The generated data give the filters something to find.
    assert seen["answered"] >= seen["queries"] // 5, seen
    assert seen["timeline lines"] >= seen["timelines"] // 10, seen


@given(datasets(4, linked=True), st.permutations(COUNTRIES))
def test_a_country_list_is_read_in_any_order(data: Dataset, order: list[str]) -> None:
    assert set(data.query(countries=order)) == set(data.query(countries=sorted(order)))
    assert data.query(countries=order) == tuple(
        r for r in data.records if all(about_country(data, r, code) for code in order)
    )
