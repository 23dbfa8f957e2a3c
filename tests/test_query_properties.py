"""``Dataset.query`` and ``Dataset.timeline`` against a brute-force reference.

The reference below reads each filter's documented meaning as plainly as it
can (a fixed point for sub-organisations, a walk of every record for posts),
and is compared with the dataset's answers for every filter and their
combinations, on generated datasets whose records refer to one another.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from datetime import date
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from mineralpact import dataset as dataset_module
from mineralpact import minerals as reference_minerals
from mineralpact._claims import consensus
from mineralpact.agreements import Agreement, AgreementKind
from mineralpact.codes import Country
from mineralpact.dataset import (
    Claim,
    Corroboration,
    Dataset,
    Disagreement,
    EntryKind,
    Record,
)
from mineralpact.dates import DateRange, Deadline, PartialDate, TemporalValue
from mineralpact.errors import InvalidDatasetError, RecordNotFoundError
from mineralpact.events import Event
from mineralpact.figures import Figure, Measure
from mineralpact.laws import Law
from mineralpact.milestones import Milestone
from mineralpact.minerals import Commodity, Element, MineralForm, MineralGroup, MineralList
from mineralpact.parties import (
    Membership,
    Name,
    Organisation,
    OrganisationKind,
    Person,
    Position,
)
from mineralpact.projects import Facility, Project
from mineralpact.quantities import Quantity
from mineralpact.restatements import Restatement
from mineralpact.sources import Citation, DateClaim, Source, SourceKind
from mineralpact.strategies import datasets, partial_dates, temporal_values

COUNTRIES = ("KR", "MN", "JP")
PARTY_KINDS = ("org", "person", "country")
MINERAL_KINDS = ("element", "group", "commodity", "form", "list")
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
    MineralForm,
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


def country_parties(data: Dataset, code: str) -> set[str]:
    """The country, the organisations under its jurisdiction and below them, and their people."""
    country = Country(code)
    roots = {f"country:{code.lower()}"} | {
        o.id for o in data.records if isinstance(o, Organisation) and o.jurisdiction == country
    }
    return under(data, roots)


def about_country(data: Dataset, record: Record, code: str) -> bool:
    place = getattr(record, "place", None)
    in_place = place is not None and place.country == Country(code)
    return in_place or bool(mentioned(record) & country_parties(data, code))


Span = tuple[date | None, date | None]


def spans_meet(a: Span, b: Span) -> bool:
    """Whether two spans of days (None: unbounded) can share a day."""
    return (a[0] is None or b[1] is None or a[0] <= b[1]) and (
        b[0] is None or a[1] is None or b[0] <= a[1]
    )


def dated_spans(record: Record) -> list[Span]:
    """The spans of the dates a record has: those the period filter reads, and a list's date."""
    if isinstance(record, Position) and (record.since or record.until):
        return [
            (
                record.since.earliest if record.since else None,
                record.until.latest if record.until else None,
            )
        ]
    values = claims_of(record)
    if isinstance(record, Figure):
        values += [v for v in (record.period, record.as_of) if v is not None]
    if isinstance(record, MineralList) and record.published is not None:
        values.append(record.published)
    return [(v.earliest, v.latest) for v in values]


def through_membership(data: Dataset, record: Record, code: str) -> bool:
    """Whether the record involves an organisation the country belonged to at its date."""
    members = country_parties(data, code)
    spans = dated_spans(record)
    for organisation in data.records:
        if not isinstance(organisation, Organisation):
            continue
        if not mentioned(record) & under(data, {organisation.id}):
            continue
        for membership in organisation.members:
            period = (
                membership.since.earliest if membership.since else None,
                membership.until.latest if membership.until else None,
            )
            if membership.member in members and (
                not spans or any(spans_meet(span, period) for span in spans)
            ):
                return True
    return False


def elements_of(data: Dataset, mineral_id: str) -> set[str]:
    """The elements (and commodities) a mineral held or bundled stands for."""
    record = data.find(mineral_id) or reference_minerals.find(mineral_id)
    if isinstance(record, Element):
        return {record.id}
    if isinstance(record, MineralGroup):
        return set(record.members)
    if isinstance(record, Commodity):
        return {record.id, *record.elements}
    if isinstance(record, MineralForm):
        whole = elements_of(data, record.of)
        if not record.only:
            return whole
        return set(record.only) | {m for m in whole if prefix(m) == "commodity"}
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
        reach = filters.get("through_membership", False)
        if not all(
            about_country(data, record, code) or (reach and through_membership(data, record, code))
            for code in codes
        ):
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
    drawn = {name: draw(options[name]) for name in sorted(chosen)}
    if chosen & {"country", "countries"}:
        drawn["through_membership"] = draw(st.booleans())
    return drawn


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
            if given_filters.get("through_membership"):
                direct = reference_query(data, **{**given_filters, "through_membership": False})
                seen["through membership"] += 1
                seen["reached through membership"] += len(expected) > len(direct)
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
    # The generated data give the filters something to find. (Loose bounds:
    # the quick profile draws ten datasets, and a tighter share of answered
    # queries was missed by chance.)
    assert seen["answered"] >= seen["queries"] // 10, seen
    assert seen["timeline lines"] >= seen["timelines"] // 20, seen


@given(datasets(4, linked=True), st.permutations(COUNTRIES))
def test_a_country_list_is_read_in_any_order(data: Dataset, order: list[str]) -> None:
    assert set(data.query(countries=order)) == set(data.query(countries=sorted(order)))
    assert data.query(countries=order) == tuple(
        r for r in data.records if all(about_country(data, r, code) for code in order)
    )


# --- through membership ----------------------------------------------------------

UNION = "org:union"
MEMBER_IDS = ("country:kr", "country:mn", "country:jp", "org:a", "org:b", "org:c")


@st.composite
def with_a_union(draw: st.DrawFn) -> Dataset:
    """A linked dataset with an organisation whose members come and go.

    Some agreements gain it as a party, and an organisation may be placed
    under it, so that records reach it directly, through a sub-organisation
    and through posts in one.
    """
    data = draw(datasets(4, linked=True))
    stated = [d for d in dates_in(data) if isinstance(d, PartialDate)] or [PartialDate(2024)]
    periods = st.none() | st.sampled_from(stated) | partial_dates()
    members = draw(
        st.lists(
            st.builds(Membership, st.sampled_from(MEMBER_IDS), since=periods, until=periods),
            min_size=1,
            max_size=4,
        )
    )
    union = Organisation(
        id=UNION,
        names=(Name("Union"),),
        kind=OrganisationKind.SUPRANATIONAL_UNION,
        members=tuple(members),
        citations=(Citation("src:union"),),
    )
    joins = draw(st.lists(st.booleans(), min_size=len(data.records), max_size=len(data.records)))
    records: list[Any] = [Source(id="src:union", title="Union", kind=SourceKind.OTHER)]
    for record, join in zip(data.records, joins, strict=True):
        if join and isinstance(record, Agreement):
            records.append(attrs.evolve(record, parties=record.parties | {UNION}))
        elif join and isinstance(record, Organisation) and record.parent is None:
            records.append(attrs.evolve(record, parent=UNION))
        else:
            records.append(record)
    try:
        return Dataset((*records, union))
    except InvalidDatasetError:  # a period of the union that ends before it starts
        assume(False)
        raise  # pragma: no cover - assume(False) raises


def test_a_country_reaches_records_through_its_memberships() -> None:
    seen: Counter[str] = Counter()

    @settings(
        suppress_health_check=[*settings().suppress_health_check, HealthCheck.filter_too_much]
    )
    @given(with_a_union(), st.data())
    def check(data: Dataset, draws: st.DataObject) -> None:
        for code in COUNTRIES:
            extra = draws.draw(
                st.fixed_dictionaries(
                    {},
                    optional={"type": st.sampled_from(RECORD_TYPES), "period": temporal_values()},
                )
            )
            expected = reference_query(data, country=code, through_membership=True, **extra)
            assert data.query(country=code, through_membership=True, **extra) == expected
            direct = data.query(country=code, **extra)
            assert set(direct) <= set(expected)
            seen["reached"] += len(expected) > len(direct)
            entries = data.timeline(
                country=code,
                through_membership=True,
                **{k: v for k, v in extra.items() if k != "type"},
            )
            dated = reference_query(
                data,
                type=DATED,
                country=code,
                through_membership=True,
                **{k: v for k, v in extra.items() if k != "type"},
            )
            assert {e.record for e in entries} <= {r.id for r in dated}

    check()
    assert seen["reached"] > 0, seen


def test_a_membership_ends_when_it_ends() -> None:
    # The UK left the union on 2020-01-31: an agreement of 2020 may be of January.
    source = Source(id="src:x", title="X", kind=SourceKind.OTHER)
    cite = (Citation("src:x"),)
    union = Organisation(
        id=UNION,
        names=(Name("Union"),),
        kind=OrganisationKind.SUPRANATIONAL_UNION,
        members=(Membership("country:gb", until=PartialDate(2020, 1, 31)),),
        citations=cite,
    )

    def agreement(when: TemporalValue) -> Agreement:
        return Agreement(
            id=f"agreement:{abs(hash(str(when)))}",
            kind=AgreementKind.AGREEMENT,
            parties=frozenset({UNION}),
            dates=(DateClaim(when, cite),),
            citations=cite,
        )

    dated = [
        agreement(PartialDate(2020, 1, 31)),
        agreement(PartialDate(2020)),
        agreement(PartialDate(2020, 2)),
        agreement(DateRange(PartialDate(2021), None)),
        agreement(Deadline(PartialDate(1990))),
    ]
    data = Dataset((source, union, *dated))
    found = data.query(type=Agreement, country="GB", through_membership=True)
    assert [r.id for r in found] == [dated[0].id, dated[1].id, dated[4].id]


# --- the indexes ------------------------------------------------------------------


def plain_closure(data: Dataset, roots: Iterable[str]) -> frozenset[str]:
    """``Dataset._closure`` as it read every record: organisations under the roots, and posts."""
    children: dict[str, list[str]] = defaultdict(list)
    posts: dict[str, list[Position]] = defaultdict(list)
    for record in data.records:
        if isinstance(record, Organisation) and record.parent is not None:
            children[record.parent].append(record.id)
        elif isinstance(record, Position):
            posts[record.organisation].append(record)
    wanted: set[str] = set()
    stack = list(roots)
    while stack:
        party = stack.pop()
        if party not in wanted:
            wanted.add(party)
            stack.extend(children.get(party, ()))
    for organisation in list(wanted):
        for position in posts.get(organisation, ()):
            wanted.update((position.person, position.id))
    return frozenset(wanted)


def plain_country_closure(data: Dataset, country_id: str) -> frozenset[str]:
    roots = [country_id]
    roots += [
        org.id
        for org in data.of_type(Organisation)
        if org.jurisdiction is not None
        and f"country:{org.jurisdiction.alpha2.lower()}" == country_id
    ]
    return plain_closure(data, roots)


def plain_reach(data: Dataset, closure: frozenset[str]) -> list[Any]:
    """``Dataset._membership_reach`` as it read every organisation."""
    reach: list[Any] = []
    for organisation in data.of_type(Organisation):
        periods = [
            (
                m.since.earliest if m.since is not None else None,
                m.until.latest if m.until is not None else None,
            )
            for m in organisation.members
            if m.member in closure
        ]
        if periods:
            reach.append((plain_closure(data, (organisation.id,)), tuple(periods)))
    return reach


def plain_mineral_id(data: Dataset, mineral: str) -> str:
    if mineral in data and prefix(mineral) in MINERAL_KINDS:
        return mineral
    for record in data.records:
        if isinstance(
            record, (Element, MineralGroup, Commodity, MineralForm, MineralList)
        ) and dataset_module._minerals_match(record, mineral):
            return record.id
    return reference_minerals.lookup(mineral).id


def about(data: Dataset, closure: frozenset[str], reach: Any) -> Callable[[Record], bool]:
    return lambda r: data._about(r, closure) or data._reached(r, reach)


def scan(data: Dataset, **filters: Any) -> tuple[Record, ...]:
    """The query as a plain scan: each filter's test, on every record, and no index.

    The tests of one record are the dataset's own; what they compare with
    (the parties under a party or a country, what a country reaches through
    its memberships, the mineral a name names) is found by reading every
    record, as the dataset did before it had indexes. The query reads only
    the records the indexes name for its narrowest filter, and then runs
    the same tests: the answers must be the same.
    """
    tests: list[Callable[[Record], bool]] = []
    kinds = filters.get("type")
    if kinds is not None:
        tests.append(lambda r: isinstance(r, kinds))
    party = filters.get("party")
    if party is not None:
        wanted = plain_closure(data, (data._party_id(party, "scan"),))
        tests.append(lambda r: bool(data._involved(r) & wanted))
    codes = [*filters.get("countries", ()), *[filters.get("country")] * ("country" in filters)]
    for code in codes:
        closure = plain_country_closure(data, f"country:{code.lower()}")
        reach = plain_reach(data, closure) if filters.get("through_membership") else []
        tests.append(about(data, closure, reach))
    mineral = filters.get("mineral")
    if mineral is not None:
        covered = data._expand(plain_mineral_id(data, mineral))
        tests.append(lambda r: data._covers_any(r, covered))
    period = filters.get("period")
    if period is not None:
        tests.append(lambda r: data._in_period(r, period.earliest, period.latest))
    return tuple(r for r in data.records if all(test(r) for test in tests))


@given(with_a_union(), st.data())
def test_the_indexed_query_is_the_plain_scan(data: Dataset, draws: st.DataObject) -> None:
    for _ in range(8):
        given_filters = draws.draw(filters(data))
        party = given_filters.get("party")
        if party is not None and party not in data and prefix(party) != "country":
            continue
        assert data.query(**given_filters) == scan(data, **given_filters), given_filters
    # Built on the first query, once, and kept.
    index = data._query_index()
    data.query(period=PartialDate(2024))
    assert data._query_index() is index


def test_a_wide_or_open_date_is_found_by_every_period_it_meets() -> None:
    # Dates across many years, or open on one side, are filed apart from the years.
    source = Source(id="src:x", title="X", kind=SourceKind.OTHER)
    cite = (Citation("src:x"),)

    def agreement(number: int, when: TemporalValue) -> Agreement:
        return Agreement(
            id=f"agreement:{number}",
            kind=AgreementKind.AGREEMENT,
            parties=frozenset({"country:kr"}),
            minerals=frozenset({"element:nd"}),
            dates=(DateClaim(when, cite),),
            citations=cite,
        )

    dated = [
        agreement(0, DateRange(PartialDate(1990), PartialDate(2030))),
        agreement(1, DateRange(PartialDate(2021), None)),
        agreement(2, Deadline(PartialDate(2023))),
        agreement(3, PartialDate(2023, 5)),
        agreement(4, PartialDate(2022, 12, 31)),
    ]
    data = Dataset((source, *dated))
    for period in (PartialDate(2023), DateRange(PartialDate(2000), PartialDate(2099))):
        found = data.query(country="KR", mineral="Nd", period=period)
        assert found == scan(data, country="KR", mineral="Nd", period=period)
    assert [r.id for r in data.query(country="KR", period=PartialDate(2023))] == [
        "agreement:0",
        "agreement:1",
        "agreement:2",
        "agreement:3",
    ]


# --- the look-ups that read the indexes -------------------------------------------
#
# Restatements, the instruments that establish a record, the figures that
# share a key, and what disagrees or corroborates are read from the indexes;
# the references below are the plain scans of every record they replaced.


def plain_restatements(data: Dataset, record_id: str) -> tuple[Restatement, ...]:
    return tuple(r for r in data.records if isinstance(r, Restatement) and r.record == record_id)


def plain_established_by(data: Dataset, record_id: str) -> tuple[Record, ...]:
    return tuple(
        r for r in data.records if isinstance(r, (Agreement, Law)) and record_id in r.establishes
    )


def plain_figures_by_key(data: Dataset) -> dict[object, list[Figure]]:
    by_key: dict[object, list[Figure]] = defaultdict(list)
    for figure in data.of_type(Figure):
        by_key[figure.key].append(figure)
    return by_key


def plain_corroborations(data: Dataset) -> tuple[Corroboration, ...]:
    return tuple(
        Corroboration(
            records=tuple(f.id for f in figures),
            citations=tuple(c for f in figures for c in f.citations),
        )
        for figures in plain_figures_by_key(data).values()
        if len(figures) > 1 and dataset_module._all_agree(figures)
    )


def plain_disagreements(data: Dataset) -> tuple[Disagreement, ...]:
    """``Dataset.disagreements`` as it read every record for every part."""
    found: list[Disagreement] = []
    for record in data.records:
        for aspect, kind, claims in dataset_module._dated_claims(record):
            if kind is EntryKind.PLANNED and isinstance(record, Milestone):
                disputed = [p for p in record.plan_history(data._published) if p.disputed]
                if disputed:
                    found.append(
                        Disagreement(
                            subject=record.id,
                            aspect=aspect,
                            claims=tuple(
                                Claim(
                                    value=p.value,
                                    citations=p.citations,
                                    record=record.id,
                                    as_of=p.as_of,
                                )
                                for p in disputed
                            ),
                        )
                    )
                continue
            if len(claims) > 1 and consensus(claims) is None:
                found.append(
                    Disagreement(
                        subject=record.id,
                        aspect=dataset_module._ASPECTS.get(aspect, aspect),
                        claims=tuple(
                            Claim(
                                value=c.value,
                                citations=c.citations,
                                record=record.id,
                                reason=c.reason,
                            )
                            for c in claims
                        ),
                    )
                )
    for figures in plain_figures_by_key(data).values():
        values: dict[object, list[Figure]] = defaultdict(list)
        for figure in figures:
            values[figure.value].append(figure)
        if not dataset_module._all_agree(figures):
            found.append(
                Disagreement(
                    subject=figures[0].id,
                    aspect="value",
                    claims=tuple(
                        Claim(
                            value=value,
                            citations=tuple(c for f in group for c in f.citations),
                            record=group[0].id,
                        )
                        for value, group in values.items()
                    ),
                )
            )
    restated = dict.fromkeys(r.record for r in data.records if isinstance(r, Restatement))
    for record_id in restated:
        record = data.get(record_id)
        for field in attrs.fields(type(record)):
            if field.name != "id":
                stated = data.claims(record_id, field.name)
                if len(stated) > 1 and dataset_module._conflicting(
                    field, [c.value for c in stated]
                ):
                    found.append(Disagreement(subject=record_id, aspect=field.name, claims=stated))
    return tuple(found)


@st.composite
def restated(draw: st.DrawFn) -> Dataset:
    """A linked dataset merged with its own records in other words, and more figures.

    Merging keeps what the other side states otherwise as restatements; a
    copy of a figure under another id, and figures of a few keys and
    values, state the same figure, and an instrument may establish an organisation.
    """
    data = draw(with_a_union())
    sources = sorted(r.id for r in data.records if isinstance(r, Source))
    organisations = sorted(r.id for r in data.records if isinstance(r, Organisation))
    records: list[Any] = []
    edited: list[Any] = []
    for number, drawn in enumerate(data.records):
        record = drawn
        if organisations and isinstance(drawn, (Agreement, Law)) and draw(st.booleans()):
            record = attrs.evolve(
                drawn, establishes=frozenset(draw(st.sets(st.sampled_from(organisations))))
            )
        records.append(record)
        if isinstance(record, Figure) and draw(st.booleans()):
            records.append(attrs.evolve(record, id=f"figure:copy-{number}"))
        changes: dict[str, Any] = {}
        names = attrs.fields_dict(type(record))
        if "notes" in names and draw(st.booleans()):
            changes["notes"] = draw(st.sampled_from(["other words", "yet other words"]))
        if isinstance(record, Organisation) and draw(st.booleans()):
            changes["kind"] = draw(st.sampled_from(OrganisationKind))
        cited = getattr(record, "citations", None)
        if cited is not None and sources and draw(st.booleans()):
            changes["citations"] = (*cited, Citation(draw(st.sampled_from(sources))))
        edited.append(attrs.evolve(record, **changes) if changes else record)
    # Figures of a few keys and values, so that some state the same figure.
    for number in range(draw(st.integers(2, 5))):
        figure = Figure(
            id=f"figure:drawn-{number}",
            subject=draw(st.sampled_from(["country:kr", "country:mn"])),
            measure=Measure.PRODUCTION,
            minerals=frozenset({"element:nd"}),
            value=Quantity(draw(st.sampled_from([Decimal(16), Decimal(16), Decimal(17)])), "t"),
            period=PartialDate(draw(st.sampled_from([2023, 2024]))),
            citations=(Citation("src:union"),),
        )
        records.append(figure)
        edited.append(figure)
    try:
        base = Dataset(tuple(records))
        other = Dataset(tuple(edited))
    except InvalidDatasetError:  # an instrument that establishes what it is party to...
        assume(False)
        raise  # pragma: no cover - assume(False) raises
    merged = base.merge(other)
    return merged.merge(other.merge(base)) if draw(st.booleans()) else merged


def test_the_indexed_look_ups_are_the_plain_scans() -> None:
    seen: Counter[str] = Counter()

    @settings(
        suppress_health_check=[*settings().suppress_health_check, HealthCheck.filter_too_much]
    )
    @given(restated(), st.data())
    def check(data: Dataset, draws: st.DataObject) -> None:
        for record in data.records:
            assert data.restatements(record.id) == plain_restatements(data, record.id)
            assert data.established_by(record.id) == plain_established_by(data, record.id)
            seen["restated"] += bool(data.restatements(record.id))
            seen["established"] += bool(data.established_by(record.id))
            if isinstance(record, Figure):
                group = plain_figures_by_key(data)[record.key]
                expected = (record, *(f for f in group if f is not record))
                assert data.same_figure(record.id) == expected
                seen["same figure"] += len(expected) > 1
        assert data.corroborations() == plain_corroborations(data)
        assert data.disagreements() == plain_disagreements(data)
        seen["corroborations"] += bool(data.corroborations())
        seen["disagreements"] += bool(data.disagreements())
        # And every query option, through membership too, on the same data.
        for _ in range(4):
            given_filters = draws.draw(filters(data))
            party = given_filters.get("party")
            if party is not None and party not in data and prefix(party) != "country":
                continue
            assert data.query(**given_filters) == scan(data, **given_filters), given_filters
            timeline_filters = {
                k: v for k, v in given_filters.items() if k not in ("type", "period")
            }
            dated = {r.id for r in scan(data, type=DATED, **timeline_filters) if claims_of(r)}
            assert {e.record for e in data.timeline(**timeline_filters)} == dated

    check()
    # The generated data give each look-up something to find.
    for name in ("restated", "established", "same figure", "corroborations", "disagreements"):
        assert seen[name] > 0, seen


def test_a_subclass_is_indexed_as_its_class() -> None:
    class Union(Organisation):
        pass

    source = Source(id="src:x", title="X", kind=SourceKind.OTHER)
    cite = (Citation("src:x"),)
    union = Union(
        id=UNION,
        names=(Name("Union"),),
        kind=OrganisationKind.SUPRANATIONAL_UNION,
        members=(Membership("country:fr"),),
        citations=cite,
    )
    agreement = Agreement(
        id="agreement:union",
        kind=AgreementKind.AGREEMENT,
        parties=frozenset({UNION}),
        citations=cite,
    )
    data = Dataset((source, union, agreement))
    assert data.query(type=Agreement, country="FR", through_membership=True) == (agreement,)
    assert data.query(type=Organisation) == (union,)


def test_building_the_indexes_leaves_the_collector_as_it_was() -> None:
    import gc

    data = Dataset((Source(id="src:x", title="X", kind=SourceKind.OTHER),))
    enabled = gc.isenabled()
    gc.disable()
    try:
        data.query(type=Source)
        assert not gc.isenabled()
    finally:
        if enabled:
            gc.enable()
    Dataset(data.records).query(type=Source)
    assert gc.isenabled() == enabled
