"""The shared strategies (ids, citations, sources, places) and every public strategy's type."""

from __future__ import annotations

import pickle
import re
from collections.abc import Callable
from typing import Any, TypeVar

import attrs
import pytest
from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st

from mineralpact import strategies
from mineralpact._ids import ID_PATTERN, MAX_ID_LENGTH, check_id
from mineralpact.agreements import Agreement, Signatory
from mineralpact.codes import Country, Identifier, Subdivision
from mineralpact.dataset import Dataset
from mineralpact.dates import DateRange, Deadline, PartialDate, QualifiedDate, TemporalValue
from mineralpact.errors import InvalidIdError, InvalidTypeError
from mineralpact.events import Event, Participant
from mineralpact.figures import Figure
from mineralpact.laws import Law
from mineralpact.milestones import Milestone
from mineralpact.minerals import Commodity, Element, MineralForm, MineralGroup, MineralList
from mineralpact.parties import Membership, Name, Organisation, Person, Position
from mineralpact.places import Place
from mineralpact.projects import Facility, Project
from mineralpact.quantities import Coded, Count, Money, Quantity, QuantityRange, Rank, Share
from mineralpact.restatements import Restatement
from mineralpact.sources import Citation, DateClaim, Source
from mineralpact.stages import Stage
from mineralpact.strategies import citations, places, record_ids, sources

PREFIXES = st.from_regex(r"[a-z][a-z0-9]{0,15}", fullmatch=True)

T = TypeVar("T")

# Examples that show a strategy draws some kind of value: found by generating
# alone, since shrinking them to the simplest one would take seconds. Not the
# profile's number of examples: a search stops at its first find, and needs
# room to find a rare one whatever the profile.
_SEARCH = settings(phases=[Phase.generate], max_examples=2000, database=None)


def _example(strategy: st.SearchStrategy[T], condition: Callable[[T], bool]) -> T:
    """A value drawn from ``strategy`` that meets ``condition``."""
    return find(strategy, condition, settings=_SEARCH)


def _check_value(value: Any) -> None:
    """A generated value rebuilds from its fields, hashes as it equals, and evolves."""
    fields = attrs.asdict(value, recurse=False)
    rebuilt = type(value)(**fields)
    assert rebuilt == value
    assert hash(rebuilt) == hash(value)
    assert attrs.evolve(value) == value
    assert attrs.evolve(value, **fields) == value
    assert pickle.loads(pickle.dumps(value)) == value


# --- record ids -----------------------------------------------------------------------


@given(PREFIXES, st.data())
def test_record_ids_are_well_formed_ids_with_the_prefix(prefix: str, data: st.DataObject) -> None:
    record_id = data.draw(record_ids(prefix))
    assert re.fullmatch(ID_PATTERN, record_id)
    assert check_id("id", record_id, {prefix}) == record_id
    assert record_id.partition(":")[0] == prefix


@given(st.data())
def test_ids_of_the_longest_prefix_stay_within_the_id_length(data: st.DataObject) -> None:
    record_id = data.draw(record_ids("p" * 97))
    assert len(record_id) <= MAX_ID_LENGTH
    assert check_id("id", record_id) == record_id


@pytest.mark.parametrize("separator", ["-", "_", "."])
def test_record_ids_join_slug_parts_with_each_separator(separator: str) -> None:
    record_id = _example(record_ids("org"), lambda i: i.count(separator) == 2)
    assert re.fullmatch(rf"org:[a-z0-9]+\{separator}[a-z0-9]+\{separator}[a-z0-9]+", record_id)


@pytest.mark.parametrize(
    "prefix", ["", "Org", "1org", "org:", "org-x", "org x", "örg", "org\n", "p" * 98]
)
def test_record_ids_refuse_a_malformed_prefix(prefix: str) -> None:
    with pytest.raises(InvalidIdError) as info:
        record_ids(prefix)
    assert info.value.value == prefix
    assert "lower-case" in info.value.expected


@pytest.mark.parametrize(
    ("strategy", "argument"),
    [
        (record_ids, None),
        (record_ids, 3),
        (record_ids, b"org"),
        (record_ids, ("org",)),
        (citations, "src:a"),
        (citations, ["src:a"]),
        (citations, 3),
    ],
)
def test_shared_strategies_refuse_an_argument_of_the_wrong_type(
    strategy: Callable[[Any], st.SearchStrategy[Any]], argument: object
) -> None:
    with pytest.raises(InvalidTypeError) as info:
        strategy(argument)
    assert info.value.value == argument


# --- citations ------------------------------------------------------------------------


@given(citations())
def test_citations_are_valid_values(citation: Citation) -> None:
    _check_value(citation)
    assert re.fullmatch(ID_PATTERN, citation.source)
    assert citation.source.startswith("src:")


@given(citations())
def test_a_citations_phrase_occurs_in_its_quotation(citation: Citation) -> None:
    if citation.phrase is not None:
        assert citation.phrase.strip()
        if citation.quotation is not None:
            assert citation.phrase in citation.quotation


@given(citations(st.sampled_from(["src:a", "src:b"])))
def test_citations_cite_the_given_sources(citation: Citation) -> None:
    assert citation.source in {"src:a", "src:b"}


def test_citations_hold_a_phrase_that_is_part_of_a_longer_quotation() -> None:
    citation = _example(
        citations(),
        lambda c: (
            c.quotation is not None and c.phrase is not None and len(c.phrase) < len(c.quotation)
        ),
    )
    assert citation.quotation is not None
    assert citation.phrase is not None
    assert citation.phrase in citation.quotation


@pytest.mark.parametrize(
    ("quoted", "phrased"), [(False, False), (True, False), (False, True), (True, True)]
)
def test_citations_have_every_make_up(quoted: bool, phrased: bool) -> None:
    citation = _example(
        citations(),
        lambda c: (c.quotation is not None) is quoted and (c.phrase is not None) is phrased,
    )
    assert (citation.quotation is not None) is quoted


# --- sources --------------------------------------------------------------------------


@given(sources())
def test_sources_are_valid_values(source: Source) -> None:
    _check_value(source)
    assert source.id.startswith("src:")
    assert re.fullmatch(r"[a-z]{2}", source.language)
    assert source.published is None or isinstance(source.published, TemporalValue)


@pytest.mark.parametrize("field", ["publisher", "url", "published", "confidence", "notes"])
def test_sources_draw_every_optional_field(field: str) -> None:
    source = _example(sources(), lambda s: getattr(s, field) is not None)
    assert getattr(source, field) is not None


def test_sources_have_several_authors_at_times() -> None:
    assert len(_example(sources(), lambda s: len(s.authors) > 1).authors) > 1


@pytest.mark.parametrize("kind", [Deadline, QualifiedDate, DateRange, PartialDate])
def test_sources_are_published_on_any_kind_of_temporal_value(kind: type) -> None:
    source = _example(sources(), lambda s: isinstance(s.published, kind))
    assert isinstance(source.published, kind)


def test_sources_are_in_more_than_one_language() -> None:
    assert _example(sources(), lambda s: s.language != "en").language != "en"


# --- places ---------------------------------------------------------------------------


@given(places())
def test_places_are_valid_values(place: Place) -> None:
    _check_value(place)
    assert any(part is not None for part in (place.country, place.city, place.venue))
    if place.subdivision is not None:
        assert place.subdivision.country == place.country


@pytest.mark.parametrize(
    ("has_subdivision", "has_country", "has_city", "has_venue"),
    [
        (False, True, False, False),
        (False, True, True, True),
        (True, True, False, False),
        (True, True, True, False),
        (True, True, False, True),
        (False, False, True, False),
        (False, False, False, True),
        (False, False, True, True),
    ],
)
def test_places_have_every_make_up(
    has_subdivision: bool, has_country: bool, has_city: bool, has_venue: bool
) -> None:
    wanted = (has_subdivision, has_country, has_city, has_venue)

    def make_up(place: Place) -> tuple[bool, ...]:
        parts = (place.subdivision, place.country, place.city, place.venue)
        return tuple(part is not None for part in parts)

    assert make_up(_example(places(), lambda p: make_up(p) == wanted)) == wanted


# --- every public strategy ------------------------------------------------------------

#: The arguments each public strategy is called with, and the type of what it draws.
EXPECTED: dict[str, tuple[tuple[Any, ...], Any]] = {
    "agreements": ((), Agreement),
    "citations": ((), Citation),
    "commodities": ((), Commodity),
    "countries": ((), Country),
    "coded_values": ((), Coded),
    "counts": ((), Count),
    "datasets": ((), Dataset),
    "date_claims": ((), DateClaim),
    "date_ranges": ((), DateRange),
    "deadlines": ((), Deadline),
    "elements": ((), Element),
    "events": ((), Event),
    "facilities": ((), Facility),
    "figures": ((), Figure),
    "laws": ((), Law),
    "stages": ((), Stage),
    "identifiers": ((), Identifier),
    "memberships": ((), Membership),
    "milestones": ((), Milestone),
    "mineral_forms": ((), MineralForm),
    "mineral_groups": ((), MineralGroup),
    "mineral_ids": ((), str),
    "mineral_lists": ((), MineralList),
    "money": ((), Money),
    "names": ((), Name),
    "organisations": ((), Organisation),
    "partial_dates": ((), PartialDate),
    "participants": ((), Participant),
    "persons": ((), Person),
    "places": ((), Place),
    "positions": ((), Position),
    "projects": ((), Project),
    "qualified_dates": ((), QualifiedDate),
    "quantities": ((), Quantity),
    "quantity_ranges": ((), QuantityRange),
    "ranks": ((), Rank),
    "restatements": ((), Restatement),
    "record_ids": (("org",), str),
    "shares": ((), Share),
    "signatories": ((), Signatory),
    "sources": ((), Source),
    "subdivisions": ((), Subdivision),
    "temporal_values": ((), TemporalValue),
}


def test_every_public_name_is_a_strategy_or_the_field_units() -> None:
    assert set(strategies.__all__) == {*EXPECTED, "FIELD_UNITS"}
    assert len(strategies.__all__) == len(set(strategies.__all__))
    assert strategies.FIELD_UNITS
    assert all(isinstance(unit, str) for unit in strategies.FIELD_UNITS)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_public_strategy_draws_values_of_its_type(name: str) -> None:
    args, expected = EXPECTED[name]
    factory = getattr(strategies, name)
    assert callable(factory)
    strategy = factory(*args)
    assert isinstance(strategy, st.SearchStrategy)

    @given(st.data())
    def check(data: st.DataObject) -> None:
        value = data.draw(strategy)
        assert isinstance(value, expected)
        if attrs.has(type(value)):
            assert hash(value) == hash(attrs.evolve(value))

    check()
