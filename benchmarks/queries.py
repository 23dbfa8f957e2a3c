"""How do the queries of a Dataset grow with its size?

Builds datasets of figures, one for each (country, element, year), as world
statistics state them: every size has the same countries and elements, and a
bigger dataset reaches back more years. For each size it prints the time to
load (construct the ``Dataset``, with its checks), to build the query indexes
(on the first query), and to answer a query whose answer does not grow (one
country, one element, one year), then the growth of each per tenfold step.
Run it with::

    python benchmarks/queries.py [--sizes 10000,100000,1000000] [--max N] [--repeat N]

For comparison it also times a plain dict of the records by id (what any
program holding them by id pays): its growth is that of the interpreter and
the machine's memory, with no code of the library in it.

The figures are built directly as objects (not read from JSON), and that
time is not counted.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import math
import time
from collections.abc import Callable
from decimal import Decimal

import pycountry

from mineralpact import (
    Citation,
    Country,
    Dataset,
    Figure,
    Measure,
    PartialDate,
    Quantity,
    Record,
    Source,
    SourceKind,
)
from mineralpact.minerals import periodic_table

#: Countries and elements of the figures; a year holds one figure of each pair.
COUNTRIES = 200
ELEMENTS = 50
LAST_YEAR = 2025
TARGETS = {"load": 11.0, "index": 11.0, "query": 2.0}


def records(n: int) -> tuple[Record, ...]:
    """A source and ``n`` production figures: countries fastest, then elements, then years."""
    codes = sorted(c.alpha_2 for c in pycountry.countries)[:COUNTRIES]
    countries = [f"country:{Country(code).alpha2.lower()}" for code in codes]
    elements = [e.id for e in periodic_table()[:ELEMENTS]]
    cite = (Citation("src:statistics"),)
    source = Source(id="src:statistics", title="World statistics", kind=SourceKind.DATASET)
    per_year = len(countries) * len(elements)
    out: list[Record] = [source]
    for i in range(n):
        year = LAST_YEAR - i // per_year
        out.append(
            Figure(
                id=f"figure:{i:07d}",
                subject=countries[i % len(countries)],
                measure=Measure.PRODUCTION,
                minerals=frozenset({elements[(i // len(countries)) % len(elements)]}),
                value=Quantity(Decimal(i % 9973 + 1), "t"),
                period=PartialDate(year),
                citations=cite,
            )
        )
    return tuple(out)


def _timed(action: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


def measure(n: int, repeat: int) -> dict[str, float]:
    """Seconds to build, load, index and query a dataset of ``n`` figures."""
    start = time.perf_counter()
    built = records(n)
    build = time.perf_counter() - start
    gc.collect()
    by_id = min(_timed(lambda: {r.id: r for r in built})[0] for _ in range(3))
    load, data = _timed(lambda: Dataset(built))
    assert isinstance(data, Dataset)
    index, _ = _timed(data._query_index)  # what the first query builds
    query = math.inf
    for _ in range(repeat):
        seconds, found = _timed(
            lambda: data.query(country="AD", mineral="H", period=PartialDate(LAST_YEAR))
        )
        query = min(query, seconds)
    assert isinstance(found, tuple)
    assert len(found) == 1, len(found)  # the answer does not grow
    return {"build": build, "dict": by_id, "load": load, "index": index, "query": query}


def _seconds(value: float) -> str:
    return f"{value * 1000:.3f} ms" if value < 1 else f"{value:.2f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes",
        default="10000,100000,1000000",
        help="comma-separated numbers of figures (default: %(default)s)",
    )
    parser.add_argument(
        "--max", type=int, default=None, help="leave out the sizes above this number of figures"
    )
    parser.add_argument("--repeat", type=int, default=20, help="runs of the query (best taken)")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    if args.max is not None:
        sizes = [n for n in sizes if n <= args.max]

    results = {n: measure(n, args.repeat) for n in sizes}
    print(f"queries: {COUNTRIES} countries x {ELEMENTS} elements per year, one figure each")
    print("times by number of figures")
    print(f"  {'':28}" + "".join(f"{n:>14,}" for n in sizes))
    for row, name in (
        ("build", "(building the records)"),
        ("dict", "(a dict of them by id)"),
        ("load", "load: Dataset(records)"),
        ("index", "index: first query's build"),
        ("query", "query: 1 country+mineral+year"),
    ):
        cells = "".join(f"{_seconds(results[n][row]):>14}" for n in sizes)
        print(f"  {name:28}{cells}")
    print("growth per 10x step")
    steps = list(itertools.pairwise(sizes))
    for row in ("dict", "load", "index", "query"):
        ratios = [(results[b][row] / results[a][row]) ** (1 / math.log10(b / a)) for a, b in steps]
        cells = "".join(f"{f'{r:.2f}x':>14}" for r in ratios)
        if row not in TARGETS:
            print(f"  {'(' + row + ', no target)':28}{cells}")
            continue
        worst = max(ratios, default=0.0)
        verdict = "met" if worst <= TARGETS[row] else "MISSED"
        print(f"  {row:28}{cells}  target <= {TARGETS[row]:g}x: {verdict}")


if __name__ == "__main__":
    main()
