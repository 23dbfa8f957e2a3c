"""The USGS molybdenum example: the figures as published, the rank and who states it.

The example is loaded from its file (examples are scripts, not a package).
The USGS text is not at hand, so its figures cite the publication without a
quotation; the other texts that state Mongolia's rank are quoted. The tests
check the figures, that the undated rank stated by three texts compares and
corroborates while USGS's yearly ranks are other figures, that the dataset
round-trips exactly, and that it merges with the bundled dataset without a
conflict or a new disagreement.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from _report_examples import citations, get, load, run, seed_text
from mineralpact import (
    Basis,
    Dataset,
    Figure,
    Measure,
    PartialDate,
    ProductionStage,
    Quantity,
    Rank,
    Rounding,
    Source,
    SourceKind,
    dumps,
    loads,
)
from mineralpact.bundled import korea_mongolia

NAME = "usgs_molybdenum_2026"
USGS = "src:usgs-mcs-2026"
MOFA = "src:mofa-kr-joint-committee-2023-en"
STATED_RANKS = ("figure:mn-mo-production-rank", "figure:mn-mo-production-rank-mofa")


@pytest.fixture(scope="module")
def data() -> Dataset:
    built = load(NAME).build()
    assert isinstance(built, Dataset)
    return built


def test_the_publication_is_the_data_release(data: Dataset) -> None:
    usgs = get(data, USGS, Source)
    assert usgs.kind is SourceKind.DATASET
    assert usgs.publisher == "U.S. Geological Survey"
    assert usgs.published == PartialDate(2026, 2, 6)
    assert usgs.url == "https://doi.org/10.5066/P1WKQ63T"
    assert usgs.language == "en"


#: Each production figure: (subject, tonnes, year, rounded).
PRODUCTION = {
    "figure:mn-mo-production-2024": ("country:mn", 3110, 2024, False),
    "figure:mn-mo-production-2025": ("country:mn", 4200, 2025, False),
    "figure:world-mo-production-2024": (None, 256000, 2024, False),
    "figure:world-mo-production-2025": (None, 260000, 2025, True),
}


@pytest.mark.parametrize("figure_id", PRODUCTION)
def test_the_production_figures_are_as_published(data: Dataset, figure_id: str) -> None:
    subject, tonnes, year, rounded = PRODUCTION[figure_id]
    figure = get(data, figure_id, Figure)
    assert (figure.subject, figure.measure, figure.minerals) == (
        subject,
        Measure.PRODUCTION,
        frozenset({"element:mo"}),
    )
    assert figure.value == Quantity(tonnes, "t")
    assert (figure.basis, figure.stage) == (Basis.CONTAINED_METAL, ProductionStage.MINE)
    assert figure.period == PartialDate(year)
    assert figure.estimated is (year == 2025)
    assert (figure.rounding == Rounding()) is rounded
    assert [(c.source, c.quotation) for c in figure.citations] == [(USGS, None)]


def test_mongolias_share_is_computed_exactly(data: Dataset) -> None:
    share = load(NAME).share
    assert share(data, 2024) == Fraction(3110, 256000) == Fraction(311, 25600)
    assert share(data, 2025) == Fraction(4200, 260000) == Fraction(21, 1300)
    assert load(NAME).percent(Fraction(21, 1300)) == "1.62%"


def test_usgs_ranks_mongolia_8th_in_each_year_as_a_mine_production_figure(data: Dataset) -> None:
    for year in (2024, 2025):
        figure = get(data, f"figure:mn-mo-production-rank-{year}", Figure)
        assert isinstance(figure.value, Rank)
        assert figure.value.position == 8
        assert (figure.period, figure.stage, figure.within) == (
            PartialDate(year),
            ProductionStage.MINE,
            None,
        )


def test_the_undated_rank_stated_by_three_texts_compares_and_corroborates(data: Dataset) -> None:
    assert [f.id for f in data.same_figure(STATED_RANKS[0])] == list(STATED_RANKS)
    (corroboration,) = data.corroborations()
    assert corroboration.records == STATED_RANKS
    assert corroboration.sources == {
        "src:korea-net-2025-03-12",
        "src:asia-review-2025",
        MOFA,
    }
    # USGS's ranks are for a year and a stage: other figures, not a disagreement.
    assert (
        get(data, "figure:mn-mo-production-rank-2024", Figure).key
        != data.get(STATED_RANKS[0], Figure).key
    )
    assert data.disagreements() == ()
    assert data.warnings == ()


def test_only_the_texts_at_hand_are_quoted(data: Dataset) -> None:
    for citation in citations(data):
        if citation.source == USGS:
            assert citation.quotation is None
        else:
            assert citation.quotation is not None
            assert citation.phrase is not None
            assert citation.phrase in citation.quotation
    mofa = get(data, "figure:mn-mo-production-rank-mofa", Figure)
    assert [c.quotation for c in mofa.citations] == [
        "Mongolia is home to various rare metals, including molybdenum "
        "(the world's 8th largest producer) and tin"
    ]


@pytest.mark.parametrize(
    ("prefix", "source"), [("001", "src:korea-net-2025-03-12"), ("003", "src:asia-review-2025")]
)
def test_the_seed_quotations_are_the_texts_own_words(
    data: Dataset, prefix: str, source: str
) -> None:
    text = seed_text(prefix)
    if text is None:
        pytest.skip("the seed texts are not next to this clone")
    quoted = [c.quotation for c in citations(data) if c.source == source]
    assert quoted
    assert all(q is not None and q in text for q in quoted)


def test_the_dataset_round_trips_exactly(data: Dataset) -> None:
    assert loads(dumps(data)) == data
    assert dumps(loads(dumps(data))) == dumps(data)


def test_merged_with_the_bundled_dataset_the_same_figures_agree(data: Dataset) -> None:
    """Regression: the bundled USGS source had an approximate month, and the merge failed."""
    bundled = korea_mongolia()
    merged = bundled.merge(data)
    assert merged.get(USGS) == data.get(USGS)
    # The USGS figures are the bundled records: merging adds nothing to them.
    for figure in data.of_type(Figure):
        if figure.id != "figure:mn-mo-production-rank-mofa":
            assert bundled.get(figure.id) == figure, figure.id
    assert set(merged.disagreements()) == set(bundled.disagreements())
    assert any(c.records == STATED_RANKS for c in merged.corroborations())


def test_the_script_runs_and_prints_the_table_the_ranks_and_the_keys(data: Dataset) -> None:
    out = run(NAME)
    assert "2024     3110 t     256000 t" in out
    assert "2025e    4200 t     260000 t  (rounded) 21/1300 = 1.62%" in out
    assert "8th (no year): Ministry of Foreign Affairs of the Republic of Korea" in out
    assert "disagreements the merge adds: 0" in out
    for figure in data.of_type(Figure):
        assert f"  {figure.id}: subject=" in out
