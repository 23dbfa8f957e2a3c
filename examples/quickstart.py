"""A first look at mineralpact: facts from real reports on Korea–Mongolia
cooperation in critical minerals, in the library's own terms.

Run it with ``python examples/quickstart.py`` after installing the package.
"""

from __future__ import annotations

from mineralpact import (
    Count,
    Country,
    MineralList,
    Quantity,
    Rank,
    Share,
    Subdivision,
    Tense,
    parse_temporal,
    resolve_date,
)
from mineralpact.minerals import lookup

# Each report gives dates as phrases; resolve them against its publication date.
# The Seoul Economic Daily's is read from the article's id, so it is uncertain
# ("2025-12-15?"), and so is every date read against it.
REPORTS = [
    ("The Korea Herald", "2023-01-26", "Thursday", Tense.PAST, "KT signs the MoU with Mongolia"),
    ("The Korea Herald", "2023-01-26", "May last year", Tense.PAST, "digital department set up"),
    ("Korea.net", "2025-03-12", "March 12", Tense.PAST, "2nd joint committee in Seoul"),
    ("Korea.net", "2025-03-12", "by November", Tense.FUTURE, "centre equipment installed"),
    ("The Korea Times", "2025-09-22", "in November", Tense.FUTURE, "joint centre to open"),
    ("Seoul Economic Daily", "2025-12-15?", "January 12", Tense.PAST, "centre opened"),
    ("Seoul Economic Daily", "2025-12-15?", "next year", Tense.FUTURE, "research begins"),
]


def main() -> None:
    print("Dates as the reports write them, resolved against their publication dates:")
    for publisher, published, phrase, tense, what in REPORTS:
        resolved = resolve_date(phrase, parse_temporal(published), tense=tense)
        print(f"  {resolved.value!s:<11} {what:<30} {phrase!r} ({publisher}, {published})")
    print()
    print("The centre's opening: 'January 12' (Seoul Economic Daily) against 2025-12-12")
    print("(Yonhap, KIGAM): the sources disagree, and mineralpact keeps both.")
    print()

    mongolia, korea = Country.parse("Mongolia"), Country.parse("Republic of Korea")
    print(f"Countries: {mongolia} ({mongolia.name}), {korea} ({korea.name})")
    print(f"Exploration for nickel in {Subdivision('MN-071').name} (MN-071)")
    print()

    print("Figures, each its own kind of value:")
    reserves = Share(16, of="global rare earth reserves", approximate=True)  # "about 16 percent"
    print(f"  rare earths:  {reserves}")
    print(f"  molybdenum:   {Rank(8, scope='largest producers of molybdenum')}")
    print(f"  minerals:     {Count(80, approximate=True, of='kinds of mineral deposits')}")
    production, world = Quantity.parse("3,110 t"), Quantity.parse("256,000 t")
    share = production.magnitude / world.magnitude * 100
    print(
        f"  USGS, 2024:   {production} = {production.to('kt')} of molybdenum, "
        f"{share:.1f} % of the world's {world.to('kt')}"
    )
    print()

    rare_metals = lookup("rare metals")
    assert isinstance(rare_metals, MineralList)
    print(
        f"Korea's rare metals ({rare_metals.id}): {len(rare_metals.entries)} types "
        f"covering {len(rare_metals.element_ids())} elements"
    )


if __name__ == "__main__":
    main()
