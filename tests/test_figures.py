"""Figures: Mongolia's reserves, production, rank and counts, as each source states them."""

from __future__ import annotations

import pickle
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given

from mineralpact.dates import DateRange, Deadline, PartialDate
from mineralpact.errors import InvalidIdError, InvalidTypeError, InvalidValueError
from mineralpact.figures import (
    Basis,
    Figure,
    FigureKey,
    FigureValue,
    Measure,
    ReserveCategory,
)
from mineralpact.quantities import (
    Coded,
    Count,
    Money,
    Quantity,
    QuantityRange,
    Rank,
    Share,
    StatisticCode,
)
from mineralpact.sources import Citation
from mineralpact.strategies import figures

# --- the seed facts -------------------------------------------------------------------

HERALD = "src:korea-herald-2023-01-26"
KOREA_NET = "src:korea-net-2025-03-12"
KOREA_TIMES = "src:korea-times-2025-09-22"
ASIA_REVIEW = "src:asia-review-2025-03"
SEDAILY = "src:sedaily-2025-12-15"
USGS = "src:usgs-mcs-2026"

REE_SHARE_000 = Citation(
    HERALD,
    quotation="The country's deposits of rare earth elements accounted for about 16 percent "
    "of global reserves.",
    phrase="about 16 percent",
)
REE_SHARE_004 = Citation(
    SEDAILY,
    quotation="holding 16% of the world's rare earth reserves",
    phrase="16%",
)
KINDS_000 = Citation(HERALD, quotation="It has some 80 kinds of mineral deposits")
RANK_001 = Citation(
    KOREA_NET,
    quotation="being the world's eighth-largest producer of molybdenum",
    phrase="eighth-largest producer",
)
RANK_003 = Citation(
    ASIA_REVIEW, quotation="The country is also the eighth-largest global producer of molybdenum"
)
ABUNDANT_002 = Citation(
    KOREA_TIMES,
    quotation="Mongolia holds abundant reserves of minerals such as molybdenum, nickel and tin",
    phrase="abundant reserves",
)

MO = frozenset({"element:mo"})


def ree_share(**changes: Any) -> Figure:
    fields: dict[str, Any] = {
        "id": "figure:mn-ree-reserves-share",
        "subject": "country:mn",
        "measure": Measure.RESERVES,
        "minerals": frozenset({"group:ree"}),
        "value": Share(16, of="global rare earth reserves"),
        "citations": (REE_SHARE_000, REE_SHARE_004),
        "notes": "USGS does not list Mongolia's rare-earth reserves separately.",
    }
    fields.update(changes)
    return Figure(**fields)


def mo_production(year: int, tonnes: int, *, estimated: bool = False, **changes: Any) -> Figure:
    fields: dict[str, Any] = {
        "id": f"figure:mn-mo-production-{year}-usgs",
        "subject": "country:mn",
        "measure": Measure.PRODUCTION,
        "minerals": MO,
        "value": Quantity(tonnes, "t"),
        "basis": Basis.CONTAINED_METAL,
        "period": PartialDate(year),
        "estimated": estimated,
        "citations": (Citation(USGS),),
    }
    fields.update(changes)
    return Figure(**fields)


def world_mo_production(year: int, tonnes: int, *, estimated: bool = False) -> Figure:
    return mo_production(
        year, tonnes, estimated=estimated, id=f"figure:world-mo-production-{year}", subject=None
    )


def mo_rank(position: int, citation: Citation, **changes: Any) -> Figure:
    fields: dict[str, Any] = {
        "id": f"figure:mn-mo-rank-{citation.source.partition(':')[2]}",
        "subject": "country:mn",
        "measure": Measure.PRODUCTION,
        "minerals": MO,
        "value": Rank(position, scope="largest producers of molybdenum"),
        "citations": (citation,),
    }
    fields.update(changes)
    return Figure(**fields)


def abundant() -> Figure:
    return Figure(
        id="figure:mn-mo-ni-sn-reserves-abundant",
        subject="country:mn",
        measure=Measure.RESERVES,
        minerals=frozenset({"element:mo", "element:ni", "element:sn"}),
        description="abundant reserves",
        citations=(ABUNDANT_002,),
    )


# --- the seed figures -----------------------------------------------------------------


def test_rare_earth_share_of_global_reserves_cites_both_texts() -> None:
    figure = ree_share()
    assert figure.value == Share(Decimal(16), "global rare earth reserves")
    assert {c.source for c in figure.citations} == {HERALD, SEDAILY}
    assert figure.category is None
    assert figure.is_qualitative is False
    assert figure.is_world is False


def test_some_80_kinds_of_mineral_deposits_is_an_approximate_count() -> None:
    figure = Figure(
        id="figure:mn-mineral-deposit-kinds",
        subject="country:mn",
        measure=Measure.DEPOSITS,
        value=Count(80, approximate=True, of="kinds of mineral deposits"),
        citations=(KINDS_000,),
    )
    assert isinstance(figure.value, Count)
    assert figure.value.approximate is True
    assert str(figure.value) == "~80 kinds of mineral deposits"


def test_usgs_production_and_world_totals() -> None:
    mn_2024 = mo_production(2024, 3110)
    mn_2025 = mo_production(2025, 4200, estimated=True)
    world_2024 = world_mo_production(2024, 256000)
    world_2025 = world_mo_production(2025, 260000, estimated=True)
    assert mn_2025.estimated
    assert world_2025.estimated
    assert not mn_2024.estimated
    assert world_2024.is_world
    assert world_2024.subject is None
    assert not mn_2024.is_world
    # The years, and the world against Mongolia, are different figures.
    assert len({mn_2024.key, mn_2025.key, world_2024.key, world_2025.key}) == 4
    assert world_2024.key.subject is None


def test_the_eighth_largest_producer_agrees_across_texts() -> None:
    assert mo_rank(8, RANK_001).key == mo_rank(8, RANK_003).key
    assert mo_rank(8, RANK_001).value == mo_rank(8, RANK_003).value


def test_an_earlier_rank_from_another_year_is_another_figure() -> None:
    in_2023 = mo_rank(9, Citation("src:early-2023-report"), as_of=PartialDate(2023, 1))
    in_2025 = mo_rank(8, RANK_001, as_of=PartialDate(2025, 3))
    assert in_2023.key != in_2025.key


def test_abundant_reserves_is_a_qualitative_figure() -> None:
    figure = abundant()
    assert figure.value is None
    assert figure.is_qualitative is True
    assert figure.key.kind == ("qualitative", "abundant reserves")


def test_a_figure_may_have_both_a_value_and_the_words_of_the_source() -> None:
    figure = ree_share(description="about 16 percent of global reserves")
    assert figure.description == "about 16 percent of global reserves"
    # What the total is, is the figure's structured fields and ``within``, not the text.
    assert figure.key.kind == ("share", "")


# --- key ------------------------------------------------------------------------------


def test_key_names_every_identifying_field() -> None:
    figure = mo_production(2024, 3110)
    assert figure.key == FigureKey(
        subject="country:mn",
        measure=Measure.PRODUCTION,
        minerals=MO,
        basis=Basis.CONTAINED_METAL,
        category=None,
        period=PartialDate(2024),
        as_of=None,
        kind=("quantity", "[mass]"),
    )
    assert isinstance(figure.key, tuple)
    assert hash(figure.key) == hash(mo_production(2024, 3110).key)


def test_same_key_and_different_values_are_a_disagreement() -> None:
    usgs = mo_production(2024, 3110)
    other = mo_production(2024, 3000, id="figure:mn-mo-production-2024-other")
    assert usgs.key == other.key
    assert usgs.value != other.value


def test_the_same_amount_in_other_units_is_the_same_figure_and_value() -> None:
    usgs = mo_production(2024, 3110)
    in_kt = mo_production(2024, 0, value=Quantity(Decimal("3.11"), "kt"))
    assert usgs.key == in_kt.key
    assert usgs.value == in_kt.value


def test_estimates_citations_notes_and_descriptions_of_numbers_do_not_change_the_key() -> None:
    base = mo_production(2025, 4200)
    variants = [
        attrs.evolve(base, estimated=True),
        attrs.evolve(base, citations=(Citation("src:other"),)),
        attrs.evolve(base, notes="rounded"),
        attrs.evolve(base, id="figure:another"),
        attrs.evolve(base, description="4,200 t Mo content"),
    ]
    assert {v.key for v in variants} == {base.key}


@pytest.mark.parametrize(
    "change",
    [
        {"subject": "country:cn"},
        {"subject": None},
        {"measure": Measure.CAPACITY},
        {"minerals": frozenset({"element:mo", "element:cu"})},
        {"minerals": frozenset()},
        {"basis": Basis.CONCENTRATE},
        {"basis": None},
        {"period": PartialDate(2023)},
        {"period": DateRange(PartialDate(2024, 1), PartialDate(2024, 6))},
        {"period": None, "as_of": PartialDate(2024)},
        {"value": Quantity(4200, "t/yr")},
        {"value": Share(3, "world molybdenum production")},
        {"value": Rank(8, scope="largest producers of molybdenum")},
        {"value": Count(3)},
        {"value": Money(1000, "USD")},
        {"value": None, "description": "large production"},
    ],
)
def test_each_identifying_field_changes_the_key(change: dict[str, Any]) -> None:
    base = mo_production(2024, 3110)
    assert attrs.evolve(base, **change).key != base.key


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (Share(16, "global rare earth reserves"), Share(20, "Global  Rare Earth reserves"), True),
        # The texts of a share's total and a rank's scope are descriptions: they
        # do not decide what compares (``within`` and the figure's fields do).
        (Share(16, "global rare earth reserves"), Share(16, "world reserves of REE"), True),
        (Rank(8, scope="largest producers"), Rank(9, 40, scope="LARGEST producers"), True),
        (Rank(8, scope="largest producers"), Rank(8, scope="eighth-largest global producer"), True),
        (Rank(8, scope="largest producers"), Share(16, "world production"), False),
        (Count(80, of="kinds of deposits"), Count(6000, of="kinds of  deposits"), True),
        (Count(80, of="kinds of deposits"), Count(80), False),
        (Money(1, "USD"), Money(2, "usd"), True),
        (Money(1, "USD"), Money(1, "KRW"), False),
        (Quantity(1, "t"), Quantity(1, "lb"), True),
        (Quantity(1, "t"), Quantity(1, "t/yr"), False),
        (Quantity(16, "%"), Quantity(16, "ppm"), True),
    ],
)
def test_values_compare_only_within_their_kind(a: FigureValue, b: FigureValue, same: bool) -> None:
    base = ree_share()
    assert (attrs.evolve(base, value=a).key == attrs.evolve(base, value=b).key) is same


def test_qualitative_figures_never_disagree_with_numbers_or_other_wordings() -> None:
    words = abundant()
    rich = attrs.evolve(words, description="rich reserves")
    same_words = attrs.evolve(words, description="Abundant   reserves")
    number = attrs.evolve(words, value=Quantity(100, "t"))
    assert words.key != rich.key
    assert words.key == same_words.key
    assert words.key != number.key


# --- references -----------------------------------------------------------------------


def test_references_list_subject_minerals_and_sources() -> None:
    assert list(abundant().references()) == [
        ("subject", "country:mn"),
        ("minerals[0]", "element:mo"),
        ("minerals[1]", "element:ni"),
        ("minerals[2]", "element:sn"),
        ("citations[0].source", KOREA_TIMES),
    ]


def test_a_world_figure_refers_to_no_subject() -> None:
    assert list(world_mo_production(2024, 256000).references()) == [
        ("minerals[0]", "element:mo"),
        ("citations[0].source", USGS),
    ]


@pytest.mark.parametrize(
    "subject",
    [
        "country:mn",
        "org:erdenes-mongol",
        "person:ku-hyeon-mo",
        "facility:kr-mn-rare-metal-cooperation-center",
        "project:kr-mn-rare-metal-center-oda",
        None,
    ],
)
def test_subjects_may_be_parties_facilities_projects_or_the_world(subject: str | None) -> None:
    assert ree_share(subject=subject).subject == subject


# --- categories -----------------------------------------------------------------------


def test_crirsco_reserve_and_resource_categories() -> None:
    assert {c for c in ReserveCategory if c.is_reserve} == {
        ReserveCategory.PROVED,
        ReserveCategory.PROBABLE,
    }
    assert {c for c in ReserveCategory if c.is_resource} == {
        ReserveCategory.MEASURED,
        ReserveCategory.INDICATED,
        ReserveCategory.INFERRED,
    }
    national = ReserveCategory.NATIONAL_UNCLASSIFIED
    assert not national.is_reserve
    assert not national.is_resource


@pytest.mark.parametrize(
    ("measure", "category"),
    [
        (Measure.RESERVES, ReserveCategory.PROVED),
        (Measure.RESERVES, ReserveCategory.PROBABLE),
        (Measure.RESERVES, ReserveCategory.NATIONAL_UNCLASSIFIED),
        (Measure.RESOURCES, ReserveCategory.MEASURED),
        (Measure.RESOURCES, ReserveCategory.INDICATED),
        (Measure.RESOURCES, ReserveCategory.INFERRED),
        (Measure.RESOURCES, ReserveCategory.NATIONAL_UNCLASSIFIED),
    ],
)
def test_a_category_that_fits_the_measure_is_accepted(
    measure: Measure, category: ReserveCategory
) -> None:
    figure = ree_share(measure=measure, category=category, value=Quantity(1, "Mt"))
    assert figure.category is category
    assert figure.key.category is category


@pytest.mark.parametrize(
    ("measure", "category"),
    [
        (Measure.RESERVES, ReserveCategory.MEASURED),
        (Measure.RESERVES, ReserveCategory.INDICATED),
        (Measure.RESERVES, ReserveCategory.INFERRED),
        (Measure.RESOURCES, ReserveCategory.PROVED),
        (Measure.RESOURCES, ReserveCategory.PROBABLE),
        (Measure.PRODUCTION, ReserveCategory.NATIONAL_UNCLASSIFIED),
        (Measure.PRODUCTION, ReserveCategory.PROVED),
        (Measure.DEPOSITS, ReserveCategory.INFERRED),
        (Measure.CAPACITY, ReserveCategory.MEASURED),
    ],
)
def test_a_category_that_does_not_fit_the_measure_is_refused(
    measure: Measure, category: ReserveCategory
) -> None:
    with pytest.raises(InvalidValueError) as info:
        ree_share(measure=measure, category=category, value=Quantity(1, "Mt"))
    assert info.value.what == "Figure.category"
    assert info.value.value == category.value


# --- invalid figures ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("id", "fig:mn-ree", InvalidIdError),
        ("id", "figure:MN", InvalidIdError),
        ("id", None, InvalidTypeError),
        ("subject", "mn", InvalidIdError),
        ("subject", "element:mo", InvalidIdError),
        ("subject", "milestone:x", InvalidIdError),
        ("subject", "src:usgs", InvalidIdError),
        ("subject", 496, InvalidTypeError),
        ("measure", "reserves", InvalidTypeError),
        ("measure", None, InvalidTypeError),
        ("minerals", {"group:ree"}, InvalidTypeError),
        ("minerals", frozenset({"ree"}), InvalidIdError),
        ("minerals", frozenset({"country:mn"}), InvalidIdError),
        ("value", 16, InvalidTypeError),
        ("value", Decimal(16), InvalidTypeError),
        ("value", "16%", InvalidTypeError),
        ("value", PartialDate(2024), InvalidTypeError),
        ("description", "", InvalidValueError),
        ("description", "x" * 1001, InvalidValueError),
        ("description", 16, InvalidTypeError),
        ("basis", "oxide", InvalidTypeError),
        ("period", "2024", InvalidTypeError),
        ("period", Deadline(PartialDate(2024)), InvalidTypeError),
        ("as_of", DateRange(PartialDate(2024), None), InvalidTypeError),
        ("as_of", "2024-12-31", InvalidTypeError),
        ("category", "proved", InvalidTypeError),
        ("estimated", 1, InvalidTypeError),
        ("estimated", None, InvalidTypeError),
        ("estimated", "e", InvalidTypeError),
        ("citations", (), InvalidValueError),
        ("citations", [REE_SHARE_000], InvalidTypeError),
        ("notes", " ", InvalidValueError),
    ],
)
def test_figure_refuses_an_invalid_field(field: str, value: object, error: type) -> None:
    with pytest.raises(error) as info:
        ree_share(**{field: value})
    assert info.value.what.startswith(f"Figure.{field}")  # type: ignore[attr-defined]


def test_a_figure_without_a_value_needs_a_description() -> None:
    with pytest.raises(InvalidValueError) as info:
        ree_share(value=None)
    assert info.value.what == "Figure.description"
    assert info.value.value is None


def test_a_figure_is_for_a_period_or_as_of_a_date_not_both() -> None:
    with pytest.raises(InvalidValueError) as info:
        mo_production(2024, 3110, as_of=PartialDate(2024, 12, 31))
    assert info.value.what == "Figure.as_of"


@pytest.mark.parametrize(
    "value",
    [
        Count(56),
        Quantity(56, "t"),
        Share(16, "global reserves"),
        Rank(8, scope="largest producers"),
        Money(56, "USD"),
    ],
)
def test_a_count_figure_holds_a_count_of_something(value: FigureValue) -> None:
    with pytest.raises(InvalidValueError) as info:
        Figure(
            id="figure:kr-mn-rare-metal-center-equipment-types",
            subject="facility:kr-mn-rare-metal-cooperation-center",
            measure=Measure.COUNT,
            value=value,
            citations=(Citation(SEDAILY),),
        )
    assert info.value.what == "Figure.value"


def test_a_qualitative_count_figure_is_accepted() -> None:
    figure = Figure(
        id="figure:kr-mn-rare-metal-center-equipment",
        subject="facility:kr-mn-rare-metal-cooperation-center",
        measure=Measure.COUNT,
        description="a wide range of advanced equipment",
        citations=(Citation(SEDAILY),),
    )
    assert figure.is_qualitative


def test_subject_is_required_even_for_the_world() -> None:
    with pytest.raises(TypeError):
        Figure(  # type: ignore[call-arg]
            id="figure:x",
            measure=Measure.RESERVES,
            value=Quantity(1, "t"),
            citations=(REE_SHARE_000,),
        )


# --- values ---------------------------------------------------------------------------


def test_figure_is_immutable_hashable_and_evolves() -> None:
    figure = ree_share()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        figure.value = Share(20, "global rare earth reserves")  # type: ignore[misc]
    assert figure == ree_share()
    assert hash(figure) == hash(ree_share())
    resources = attrs.evolve(figure, measure=Measure.RESOURCES, category=ReserveCategory.INFERRED)
    assert resources.category is ReserveCategory.INFERRED
    with pytest.raises(InvalidValueError):
        attrs.evolve(figure, category=ReserveCategory.INFERRED)
    with pytest.raises(InvalidValueError):
        attrs.evolve(figure, value=None)


def test_equal_quantities_in_other_units_make_equal_figures() -> None:
    in_t = mo_production(2024, 3110)
    in_kt = attrs.evolve(in_t, value=Quantity(Decimal("3.11"), "kt"))
    assert in_t == in_kt
    assert hash(in_t) == hash(in_kt)


def test_figure_survives_pickle() -> None:
    for figure in (ree_share(), abundant(), world_mo_production(2024, 256000)):
        assert pickle.loads(pickle.dumps(figure)) == figure


def test_enum_values_are_lower_case_member_names() -> None:
    for enum_type in (Measure, Basis, ReserveCategory):
        for member in enum_type:
            assert member.value == member.name.lower()


# --- strategies -----------------------------------------------------------------------


@given(figures())
def test_generated_figures_are_valid_values(figure: Figure) -> None:
    assert figure == attrs.evolve(figure)
    assert hash(figure) == hash(attrs.evolve(figure))
    assert hash(figure.key) == hash(attrs.evolve(figure).key)
    assert figure.value is not None or figure.description is not None
    assert figure.period is None or figure.as_of is None
    assert figure.is_world is (figure.subject is None)
    kinds = {"QuantityRange": "quantity"}
    assert figure.key.kind[0] == (
        "qualitative"
        if figure.value is None
        else kinds.get(type(figure.value).__name__, type(figure.value).__name__.lower())
    )
    assert Figure(**attrs.asdict(figure, recurse=False)) == figure


def _another_number(value: FigureValue) -> FigureValue:
    """The same kind of value, about the same thing, with another number."""
    if isinstance(value, Quantity):
        return attrs.evolve(value, magnitude=value.magnitude + 1)
    if isinstance(value, Share):
        return attrs.evolve(value, value=100 - value.value if value.value != 50 else 0)
    if isinstance(value, Rank):
        return Rank(value.position + 1, scope=value.scope)
    if isinstance(value, Count):
        return attrs.evolve(value, value=value.value + 1, approximate=not value.approximate)
    if isinstance(value, QuantityRange):
        return QuantityRange(
            value.low, attrs.evolve(value.high, magnitude=value.high.magnitude + 1)
        )
    if isinstance(value, Coded):
        others = [c for c in StatisticCode if c is not value.code]
        return Coded(others[0])
    return attrs.evolve(value, amount=value.amount + 1)


@given(figures().filter(lambda f: f.value is not None))
def test_the_key_does_not_depend_on_the_number(figure: Figure) -> None:
    assert figure.value is not None
    changed = attrs.evolve(figure, value=_another_number(figure.value), rounding=None)
    assert changed.value != figure.value
    assert changed.key == figure.key
