"""Peak memory of exporting figures as Parquet: in batches, and as one table at once.

    python benchmarks/export.py                    # 100,000 and 1,000,000 figures
    python benchmarks/export.py --sizes 20000      # a quick run

Each measurement runs in a fresh process. The synthetic dataset (half
figures, half events: ``_synthetic.records``) is built first; what is
measured is what the export adds above that: the growth of the process's
peak resident memory (``ru_maxrss``), and the peak of Arrow's memory pool,
which ``tracemalloc`` does not see. ``batched`` writes the figures
as ``mineralpact.tables.export`` does (10,000 figures a batch through
``ParquetWriter``); ``whole`` builds ``figures_table`` at once and writes it.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _rss_bytes() -> int:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize()


def _measure(n: int, mode: str) -> dict[str, float]:
    sys.path.insert(0, str(HERE))
    import _synthetic
    import pyarrow as pa
    import pyarrow.parquet as pq

    from mineralpact import Dataset, Figure, tables

    data = Dataset(_synthetic.records(2 * n))
    figures = len(data.of_type(Figure))
    # Build the lazy indexes the tables read before measuring.
    next(tables.figure_batches(data, batch_size=1))
    gc.collect()
    before = _rss_bytes()
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        if mode == "batched":
            # What tables.export does for the figures file.
            schema = tables.schema("figures")
            with pq.ParquetWriter(Path(folder) / "figures.parquet", schema) as writer:
                for batch in tables.figure_batches(data, batch_size=10_000):
                    writer.write_batch(batch)
        else:
            pq.write_table(tables.figures_table(data), Path(folder) / "figures.parquet")
        size = (Path(folder) / "figures.parquet").stat().st_size
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return {
        "figures": figures,
        "seconds": seconds,
        "rss_growth_mb": max(0, peak - max(before, peak_before)) / 1e6,
        "arrow_pool_peak_mb": pa.default_memory_pool().max_memory() / 1e6,
        "parquet_mb": size / 1e6,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--child", nargs=2, metavar=("N", "MODE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_measure(int(args.child[0]), args.child[1])))
        return
    print(
        f"{'figures':>10} {'mode':>8} {'seconds':>8} {'peak RSS growth':>16} "
        f"{'Arrow pool peak':>16} {'Parquet':>9}"
    )
    for n in args.sizes:
        for mode in ("batched", "whole"):
            output = subprocess.run(
                [sys.executable, __file__, "--child", str(n), mode],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            r = json.loads(output)
            print(
                f"{r['figures']:>10,} {mode:>8} {r['seconds']:>8.1f} "
                f"{r['rss_growth_mb']:>13.0f} MB {r['arrow_pool_peak_mb']:>13.0f} MB "
                f"{r['parquet_mb']:>6.1f} MB",
                flush=True,
            )


if __name__ == "__main__":
    main()
