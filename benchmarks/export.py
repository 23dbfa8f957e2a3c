"""Peak memory of exporting figures as Parquet: in batches, partitioned, and as one table at once.

    python benchmarks/export.py --figures 1000000   # 100,000 and 1,000,000 figures
    python benchmarks/export.py --figures 20000     # a quick run: 100,000 is left out

Each measurement runs in a fresh process, which builds a dataset of ``N``
production figures first (objects made directly, as ``queries.py`` does:
countries, elements and years in turn, magnitudes of every size) and
builds the indexes the tables read. Then the peak of the process's resident
memory is reset (``/proc/self/clear_refs``, Linux) and what is measured is
what the export adds above the loaded dataset: the growth of the peak
resident memory (``VmHWM``, which ``ru_maxrss`` reports too), and the peak
of Arrow's memory pool, which ``tracemalloc`` does not see.

* ``batched``: ``mineralpact.tables.export(data, DIR)`` as users run it
  (10,000 figures a batch through one ``ParquetWriter``; the other tables
  are small here);
* ``partitioned``: the same with ``partition_by="year"`` (a writer per year);
* ``whole``: the alternative, every row at once: ``figures_table`` builds
  the whole Arrow table, and ``pyarrow.parquet.write_table`` writes it.

Bounded means that the exporter's growth stays the same from 100,000 to
1,000,000 figures, while the whole table's grows with them.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

MODES = ("batched", "partitioned", "whole")


def _figures(n: int) -> list[object]:
    """A source and ``n`` production figures: 50 countries, 40 elements, years up to 2025."""
    from mineralpact import Citation, Country, Figure, Measure, PartialDate, Quantity, Source
    from mineralpact.minerals import periodic_table
    from mineralpact.sources import SourceKind

    codes = ["AU", "BR", "CA", "CD", "CL", "CN", "DE", "FR", "GB", "ID", "IN", "JP", "KR", "KZ"]
    codes += ["MN", "MX", "MZ", "NO", "PE", "PH", "RU", "SE", "TR", "US", "VN", "ZA", "ZM", "ZW"]
    codes += ["AR", "BO", "GA", "GH", "GN", "MA", "MG", "MY", "NA", "NC", "PG", "PL", "RW", "SA"]
    codes += ["TH", "TZ", "UA", "UZ", "AT", "BE", "FI", "IT"]
    countries = [f"country:{Country(code).alpha2.lower()}" for code in codes]
    elements = [frozenset({e.id}) for e in periodic_table()[:40]]
    cite = (Citation("src:statistics"),)
    units = ("t", "kt", "kg", "Mt")
    per_year = len(countries) * len(elements)
    out: list[object] = [Source(id="src:statistics", title="Statistics", kind=SourceKind.DATASET)]
    years = {year: PartialDate(year) for year in range(2025 - n // per_year - 1, 2026)}
    out.extend(
        Figure(
            id=f"figure:{i:07d}",
            subject=countries[i % len(countries)],
            measure=Measure.PRODUCTION,
            minerals=elements[(i // len(countries)) % len(elements)],
            value=Quantity(Decimal(i % 99991 + 1) / 100, units[i % len(units)]),
            period=years[2025 - i // per_year],
            estimated=i % 7 == 0,
            citations=cite,
        )
        for i in range(n)
    )
    return out


def _reset_peak() -> bool:
    """Reset the peak resident memory to the current one, where Linux allows it."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as clear:
            clear.write("5")
    except OSError:
        return False
    return True


def _peak_bytes() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _rss_bytes() -> int:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize()


def _measure(n: int, mode: str) -> dict[str, float]:
    import pyarrow as pa  # type: ignore[import-untyped]  # no stubs
    import pyarrow.parquet as pq  # type: ignore[import-untyped]  # no stubs

    from mineralpact import Dataset, tables

    start = time.perf_counter()
    data = Dataset(tuple(_figures(n)))  # type: ignore[arg-type]
    # Build the lazy indexes the tables read before measuring.
    next(tables.figure_batches(data, batch_size=1))
    built = time.perf_counter() - start
    gc.collect()
    loaded = _rss_bytes()
    reset = _reset_peak()
    before = _peak_bytes()
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        if mode == "batched":
            tables.export(data, folder)
            written = [Path(folder) / "figures.parquet"]
        elif mode == "partitioned":
            tables.export(data, folder, partition_by="year")
            written = list((Path(folder) / "figures").rglob("*.parquet"))
        else:
            pq.write_table(
                tables.figures_table(data), Path(folder) / "figures.parquet", compression="zstd"
            )
            written = [Path(folder) / "figures.parquet"]
        size = sum(path.stat().st_size for path in written)
    seconds = time.perf_counter() - start
    peak = _peak_bytes()
    return {
        "figures": n,
        "built_seconds": built,
        "loaded_mb": loaded / 1e6,
        "seconds": seconds,
        "peak_growth_mb": max(0, peak - max(before, loaded)) / 1e6,
        "peak_reset": reset,
        "arrow_pool_peak_mb": pa.default_memory_pool().max_memory() / 1e6,
        "parquet_mb": size / 1e6,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n", 1)[0])
    parser.add_argument(
        "--figures",
        type=int,
        default=1_000_000,
        help="the largest number of figures; 100,000 is measured first when it is smaller",
    )
    parser.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES))
    parser.add_argument("--child", nargs=2, metavar=("N", "MODE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_measure(int(args.child[0]), args.child[1])))
        return
    sizes = [100_000, args.figures] if args.figures > 100_000 else [args.figures]
    print(
        f"{'figures':>10} {'mode':>12} {'dataset':>9} {'export s':>9} "
        f"{'peak growth':>12} {'Arrow pool':>11} {'Parquet':>9}",
        flush=True,
    )
    growth: dict[str, list[float]] = {mode: [] for mode in args.modes}
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    for n in sizes:
        for mode in args.modes:
            output = subprocess.run(
                [sys.executable, __file__, "--child", str(n), mode],
                capture_output=True,
                text=True,
                check=True,
                env=env,
            ).stdout
            r = json.loads(output)
            growth[mode].append(r["peak_growth_mb"])
            print(
                f"{r['figures']:>10,} {mode:>12} {r['loaded_mb']:>6.0f} MB {r['seconds']:>9.1f} "
                f"{r['peak_growth_mb']:>9.0f} MB {r['arrow_pool_peak_mb']:>8.0f} MB "
                f"{r['parquet_mb']:>6.1f} MB" + ("" if r["peak_reset"] else " (peak not reset)"),
                flush=True,
            )
    if len(sizes) == 2:
        print(f"\npeak growth from {sizes[0]:,} to {sizes[1]:,} figures:")
        for mode, (small, large) in growth.items():
            ratio = f"{large / small:.1f}x" if small else "n/a"
            print(f"  {mode:>12}: {small:.0f} MB -> {large:.0f} MB ({ratio})")


if __name__ == "__main__":
    main()
