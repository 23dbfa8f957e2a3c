"""Molybdenum as the USGS Mineral Commodity Summaries 2026 publishes it, and Mongolia's rank.

USGS gives mine production of molybdenum, in tonnes of contained metal:
Mongolia 3,110 t in 2024 and 4,200 t in 2025 (estimated), of a world total of
256,000 t in 2024 and 260,000 t in 2025 (estimated, rounded); Mongolia is the
8th of the producers the table lists. Three other texts call Mongolia the
eighth-largest producer of molybdenum, without a year: an English release of
Korea's foreign ministry on the first joint committee of 20 November 2023,
Korea.net and The Asia Review.

The summaries' text is not reproduced here: the figures are cited to the
publication (its data release, doi:10.5066/P1WKQ63T, published 6 February
2026) without a quotation, as ``corroborating_reports.py`` cites it, and
they are the same records as the bundled dataset's. The other texts are
quoted word for word. The release and the two news texts state the rank
with no year and no stage, so their figures compare with one another (and
corroborate); USGS's ranks are for 2024 and 2025, mine production, and are
other figures. No statement here uses one of USGS's codes (W, NA, —,
"Large", "Very small"), so none is shown; see the how-to
``docs/how-to/record-published-statistics.md``.

Run it with ``python examples/usgs_molybdenum_2026.py`` after installing the
package.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from _common import MO_RANK_NOTE, MOLYBDENUM_PRODUCERS, cite, heading
from asia_review_2025 import RANK as ASIA_REVIEW_RANK
from asia_review_2025 import SOURCE as ASIA_REVIEW
from korea_net_2025_03_12 import RANK as KOREA_NET_RANK
from korea_net_2025_03_12 import SOURCE as KOREA_NET

from mineralpact import (
    Basis,
    Citation,
    Confidence,
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
)
from mineralpact.bundled import korea_mongolia

USGS = Source(
    id="src:usgs-mcs-2026",
    title="Mineral Commodity Summaries 2026",
    kind=SourceKind.DATASET,
    publisher="U.S. Geological Survey",
    url="https://doi.org/10.5066/P1WKQ63T",
    published=PartialDate(2026, 2, 6),
    language="en",
    confidence=Confidence.HIGH,
    notes=(
        "Published on 6 February 2026, the day of its data release; it covers 2021 to 2025. "
        "Figures for 2025 are estimates. "
        "Mongolia's rare-earth reserves are not listed separately."
    ),
)
MOFA_EN = Source(
    id="src:mofa-kr-joint-committee-2023-en",
    title="[First Korea-Mongolia Rare Metals Cooperation Joint Committee (English release)]",
    kind=SourceKind.PRESS_RELEASE,
    publisher="Ministry of Foreign Affairs of the Republic of Korea",
    url=(
        "https://mofa.go.kr/eng/brd/m_5676/view.do"
        "?itm_seq_1=0&itm_seq_2=0&multi_itm_seq=0&seq=322364"
    ),
    language="en",
    confidence=Confidence.HIGH,
    notes=(
        "The title is supplied, describing the release. It reports the joint committee of "
        "20 November 2023; the day it was published is not recorded."
    ),
)
MOFA_RANK = (
    "Mongolia is home to various rare metals, including molybdenum "
    "(the world's 8th largest producer) and tin"
)

SOURCES = (USGS, MOFA_EN, KOREA_NET, ASIA_REVIEW)


def usgs(
    figure_id: str,
    subject: str | None,
    value: Quantity | Rank,
    year: int,
    rounding: Rounding | None = None,
) -> Figure:
    """A figure of the molybdenum table: mine production, contained metal, for ``year``."""
    return Figure(
        id=figure_id,
        subject=subject,
        measure=Measure.PRODUCTION,
        minerals=frozenset({"element:mo"}),
        value=value,
        basis=Basis.CONTAINED_METAL,
        stage=ProductionStage.MINE,
        period=PartialDate(year),
        estimated=year == 2025,
        rounding=rounding,
        citations=(cite(USGS),),
    )


def stated_rank(figure_id: str, *citations: Citation) -> Figure:
    """Mongolia's undated rank among molybdenum producers, as a text states it."""
    return Figure(
        id=figure_id,
        subject="country:mn",
        measure=Measure.PRODUCTION,
        minerals=frozenset({"element:mo"}),
        value=Rank(8, scope=MOLYBDENUM_PRODUCERS),
        citations=citations,
        notes=MO_RANK_NOTE,
    )


RANK = Rank(8, scope=MOLYBDENUM_PRODUCERS)


def usgs_figures() -> tuple[Figure, ...]:
    """Mongolia's and the world's production and Mongolia's rank, as the USGS table gives them.

    The bundled dataset states them too, from here (``corroborating_reports.py``).
    """
    return (
        usgs("figure:mn-mo-production-2024", "country:mn", Quantity(3110, "t"), 2024),
        usgs("figure:mn-mo-production-2025", "country:mn", Quantity(4200, "t"), 2025),
        usgs("figure:world-mo-production-2024", None, Quantity(256000, "t"), 2024),
        # Rounded, as USGS says of its 2025 world total; 2024's is not said to be.
        usgs("figure:world-mo-production-2025", None, Quantity(260000, "t"), 2025, Rounding()),
        usgs("figure:mn-mo-production-rank-2024", "country:mn", RANK, 2024),
        usgs("figure:mn-mo-production-rank-2025", "country:mn", RANK, 2025),
    )


def build() -> Dataset:
    """The USGS figures, and the rank as the three other texts state it."""
    return Dataset(
        (
            *SOURCES,
            *usgs_figures(),
            stated_rank(
                "figure:mn-mo-production-rank",
                cite(KOREA_NET, KOREA_NET_RANK, "eighth-largest producer of molybdenum"),
                cite(ASIA_REVIEW, ASIA_REVIEW_RANK, "eighth-largest global producer of molybdenum"),
            ),
            stated_rank(
                "figure:mn-mo-production-rank-mofa",
                cite(MOFA_EN, MOFA_RANK, "the world's 8th largest producer"),
            ),
        )
    )


def share(data: Dataset, year: int) -> Fraction:
    """Mongolia's share of world mine production in ``year``, exactly."""
    mongolia = data.get(f"figure:mn-mo-production-{year}", Figure).value
    world = data.get(f"figure:world-mo-production-{year}", Figure).value
    assert isinstance(mongolia, Quantity)
    assert isinstance(world, Quantity)
    return Fraction(mongolia.magnitude) / Fraction(world.to(mongolia.unit, exact=True).magnitude)


def percent(fraction: Fraction) -> str:
    """``fraction`` as a percentage to two places (the exact value is the fraction)."""
    hundredths = Decimal(fraction.numerator * 10000) / Decimal(fraction.denominator)
    return f"{hundredths.quantize(Decimal(1)) / 100}%"


def key_text(figure: Figure) -> str:
    """What decides whether ``figure`` compares with another: its key, field by field."""
    key = figure.key
    minerals = ",".join(sorted(key.minerals))
    return (
        f"subject={key.subject or 'world'} measure={key.measure.value} minerals={minerals} "
        f"basis={key.basis and key.basis.value} stage={key.stage and key.stage.value} "
        f"period={key.period} within={key.within or 'world'} kind={key.kind[0]}"
    )


def main() -> None:
    """Print the figures, the rank and who states it, what corroborates, and the merge."""
    data = build()
    heading("Molybdenum mine production, contained metal (USGS Mineral Commodity Summaries 2026):")
    print("  year     Mongolia   world        Mongolia's share")
    for year in (2024, 2025):
        mongolia = data.get(f"figure:mn-mo-production-{year}", Figure)
        world = data.get(f"figure:world-mo-production-{year}", Figure)
        mark = "e" if mongolia.estimated else " "
        rounded = " (rounded)" if world.rounding is not None else "          "
        exact = share(data, year)
        print(
            f"  {year}{mark}    {mongolia.value!s:<10} {world.value!s:<9}{rounded}"
            f" {exact} = {percent(exact)}"
        )
    heading("Mongolia's rank among molybdenum producers, and who states it:")
    for figure in data.of_type(Figure):
        if isinstance(figure.value, Rank):
            when = figure.period or "no year"
            sources = ", ".join(
                data.get(c.source, Source).publisher or c.source for c in figure.citations
            )
            print(f"  {figure.value.ordinal} ({when}): {sources}  [{figure.id}]")
    heading("Figures stated by more than one record, agreeing:")
    for corroboration in data.corroborations():
        print(f"  {corroboration}")
    heading("What compares: each figure's key")
    for figure in data.of_type(Figure):
        print(f"  {figure.id}: {key_text(figure)}")
    bundled = korea_mongolia()
    merged = bundled.merge(data)
    heading("Merged with the bundled dataset (korea_mongolia()):")
    print(f"  records: {len(bundled)} bundled + {len(data)} here = {len(merged)} merged")
    new = [str(d) for d in merged.disagreements() if d not in bundled.disagreements()]
    print(f"  disagreements the merge adds: {len(new)}")
    for corroboration in merged.corroborations():
        if set(corroboration.records) & {f.id for f in data.of_type(Figure)}:
            print(f"  corroborated: {corroboration}")


if __name__ == "__main__":
    main()
