"""How fast does mineralpact read and write its file format, next to the alternatives?

A seeded synthetic dataset of ``--records`` figures and events (half each,
plus the sources, organisations, people and positions they refer to) is
written with ``mineralpact.dumps``; the same JSON text is then read by:

* ``mineralpact.loads``: full validation, building the ``Dataset`` (so the
  dataset-wide checks run too);
* a hand-written loader of plain Python (``json.loads`` and straight-line
  code calling the mineralpact constructors and ``parse`` methods, then
  ``Dataset``): the floor;
* pydantic v2 models of the same schema (strict, extra fields forbidden);
* msgspec Structs of the same schema (strict, unknown fields forbidden,
  tagged unions).

and written back by each. Each figure is the median of ``--repeat`` runs in
this one process, with ``gc.collect()`` before each run; peak memory per
record is measured in a separate pass with ``tracemalloc`` so that it does
not distort the timings. The effect of the garbage collector on ``loads``
is measured separately. Run it with::

    pip install -e ".[bench]"
    python benchmarks/serialization.py [--records N] [--repeat N] [--profile]
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import gc
import io
import json
import os
import platform
import pstats
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from importlib.metadata import version

import _handwritten
import _models_msgspec
import _models_pydantic
import _synthetic

import mineralpact
from mineralpact import serialization

LOADS = "mineralpact.loads"
DUMPS = "mineralpact.dumps"
FLOOR = "hand-written floor"
PYDANTIC = "pydantic v2 (strict models)"
MSGSPEC = "msgspec (strict Structs)"
PARSE_ONLY = "(json.loads alone: parsing, no checks)"
CHECKS_ONLY = "(Dataset(records) alone: dataset checks)"


def _run_once(fn: Callable[[], object], gc_enabled: bool) -> float:
    gc.collect()
    if not gc_enabled:
        gc.disable()
    try:
        start = time.perf_counter()
        result = fn()
        elapsed = time.perf_counter() - start
    finally:
        gc.enable()
    del result
    return elapsed


def _median_times(
    cases: dict[str, Callable[[], object]], repeat: int, *, gc_enabled: bool = True
) -> dict[str, float]:
    """The median wall time of each case over ``repeat`` runs.

    The cases take turns (one run of each, then the next round), so that a
    slow spell of the machine falls on all of them alike; the garbage
    collector runs before each run, outside the timing.
    """
    times: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(repeat):
        for name, fn in cases.items():
            times[name].append(_run_once(fn, gc_enabled))
    gc.collect()
    return {name: statistics.median(runs) for name, runs in times.items()}


def _peak_bytes(fn: Callable[[], object]) -> int:
    """The peak of memory allocated while ``fn()`` runs and its result is alive."""
    gc.collect()
    tracemalloc.start()
    try:
        result = fn()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    del result
    gc.collect()
    return peak


class _Table:
    def __init__(self, title: str, total: int, memory: bool) -> None:
        self.total = total
        self.memory = memory
        memory_head = f" {'peak KiB/rec':>13}" if memory else ""
        print()
        print(f"{title:<44} {'seconds':>8} {'records/s':>11} {'vs floor':>9}{memory_head}")

    def row(self, name: str, seconds: float, floor: float | None, peak: int | None = None) -> None:
        ratio = f"{seconds / floor:>8.2f}x" if floor else f"{'':>9}"
        memory = ""
        if self.memory:
            memory = f" {peak / self.total / 1024:>13.2f}" if peak is not None else f" {'':>13}"
        rate = self.total / seconds
        print(f"  {name:<42} {seconds:>8.3f} {rate:>11,.0f} {ratio}{memory}")


def _check_agreement(dataset: mineralpact.Dataset, text: str) -> None:
    """Every contestant must read (and the floor write) the very same document."""
    if json.loads(_handwritten.dump(dataset)) != json.loads(text):
        sys.exit("the hand-written dump differs from mineralpact.dumps: fix the floor first")
    if serialization.loads(text) != dataset:
        sys.exit("mineralpact.loads(mineralpact.dumps(dataset)) != dataset")
    if _handwritten.load(text) != dataset:
        sys.exit("the hand-written loader does not read back the dataset")
    for name, load in (("pydantic", _models_pydantic.load), ("msgspec", _models_msgspec.load)):
        if len(load(text).records) != len(dataset):
            sys.exit(f"the {name} models do not read every record")


def _profile(text: str, top: int) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    result = serialization.loads(text)
    profiler.disable()
    del result
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out).strip_dirs()
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    print()
    print(f"cProfile of one mineralpact.loads (top {top} by own time, then cumulative):")
    print(out.getvalue())


def _profile_dumps(dataset: mineralpact.Dataset, top: int) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    result = serialization.dumps(dataset)
    profiler.disable()
    del result
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).strip_dirs().sort_stats("tottime").print_stats(top)
    print()
    print(f"cProfile of one mineralpact.dumps (top {top} by own time):")
    print(out.getvalue())


def _jsonl(dataset: mineralpact.Dataset, repeat: int, memory: bool) -> None:
    """Read and write JSON Lines record by record, when this release can."""
    dump_lines = getattr(serialization, "dump_lines", None)
    iter_lines = getattr(serialization, "iter_lines", None)
    if dump_lines is None or iter_lines is None:
        print()
        print("JSON Lines: not measured (mineralpact.serialization has no dump_lines/iter_lines)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "dataset.jsonl")

        def write() -> None:
            with open(path, "w", encoding="utf-8") as f:
                dump_lines(dataset.records, f)

        def read() -> int:
            with open(path, encoding="utf-8") as f:
                return sum(1 for _ in iter_lines(f))

        write()
        times = _median_times({"read": read, "write": write}, repeat)
        table = _Table("JSON Lines: one record a line, from a file", len(dataset), memory)
        peak = _peak_bytes(read) if memory else None
        table.row("mineralpact.iter_lines (records, no Dataset)", times["read"], None, peak)
        table.row("mineralpact.dump_lines", times["write"], None)


def _gc_effect(
    loaders: dict[str, Callable[[], object]], times: dict[str, float], repeat: int, total: int
) -> dict[str, float]:
    """Each loader with the collector off, and mineralpact's with it left on.

    ``mineralpact.loads`` turns the collector off while it reads (the values
    it makes hold no cycles to collect); its private switch is replaced
    here by a no-op to show what that saves.
    """
    cases = {name: loaders[name] for name in (LOADS, FLOOR, PYDANTIC, MSGSPEC)}
    gc_off = _median_times(cases, repeat, gc_enabled=False)
    bulk = getattr(serialization, "_bulk", None)
    gc_on = None
    if bulk is not None:
        serialization._bulk = contextlib.nullcontext  # type: ignore[assignment]
        try:
            gc_on = _median_times({LOADS: loaders[LOADS]}, repeat)[LOADS]
        finally:
            serialization._bulk = bulk
    table = _Table("loads with the garbage collector off", total, False)
    for name, seconds in gc_off.items():
        table.row(f"{name}, gc off", seconds, gc_off[FLOOR])
    if gc_on is not None:
        table.row(f"{LOADS}, gc left on", gc_on, gc_off[FLOOR])
        print(f"  mineralpact.loads turns gc off itself: that saves {1 - times[LOADS] / gc_on:.0%}")
    for name in (FLOOR, PYDANTIC, MSGSPEC):
        print(f"  gc off saves {1 - gc_off[name] / times[name]:.0%} of {name}")
    vs_floor = times[LOADS] / gc_off[FLOOR]
    print(f"  like for like, mineralpact.loads takes {vs_floor:.2f}x the floor's time with gc off")
    return gc_off


def _target(what: str, times: dict[str, float], ours: str, theirs: str, most: float) -> None:
    ratio = times[ours] / times[theirs]
    print(f"target: {what}: {ratio:.2f}x, {'met' if ratio <= most else 'NOT met'}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000, help="figures and events")
    parser.add_argument("--repeat", type=int, default=5, help="runs per measurement")
    parser.add_argument("--seed", type=int, default=2025, help="seed of the synthetic data")
    parser.add_argument("--no-memory", action="store_true", help="skip the tracemalloc pass")
    parser.add_argument(
        "--profile", action="store_true", help="also print a cProfile of mineralpact.loads"
    )
    parser.add_argument(
        "--profile-dumps", action="store_true", help="also print a cProfile of mineralpact.dumps"
    )
    parser.add_argument("--top", type=int, default=30, help="profile entries to print")
    args = parser.parse_args(argv)
    memory = not args.no_memory

    start = time.perf_counter()
    records = _synthetic.records(args.records, seed=args.seed)
    build = time.perf_counter() - start
    dataset = mineralpact.Dataset(records)
    text = serialization.dumps(dataset)
    total = len(dataset)
    _check_agreement(dataset, text)

    print(
        f"mineralpact {version('mineralpact')}, pydantic {version('pydantic')}, "
        f"msgspec {version('msgspec')}; Python {platform.python_version()} "
        f"on {platform.machine()}, {os.cpu_count()} CPUs"
    )
    print(
        f"{args.records:,} figures and events + {total - args.records:,} supporting records "
        f"= {total:,} records, {len(text.encode()) / 2**20:.1f} MiB of JSON "
        f"(built in {build:.1f} s); median of {args.repeat} runs"
    )

    loaders: dict[str, Callable[[], object]] = {
        LOADS: lambda: serialization.loads(text),
        FLOOR: lambda: _handwritten.load(text),
        PYDANTIC: lambda: _models_pydantic.load(text),
        MSGSPEC: lambda: _models_msgspec.load(text),
        PARSE_ONLY: lambda: json.loads(text),
        CHECKS_ONLY: lambda: mineralpact.Dataset(records),
    }
    times = _median_times(loaders, args.repeat)
    table = _Table("loads: JSON text -> validated objects", total, memory)
    for name, fn in loaders.items():
        peak = _peak_bytes(fn) if memory and name not in (PARSE_ONLY, CHECKS_ONLY) else None
        table.row(name, times[name], times[FLOOR], peak)

    pydantic_doc = _models_pydantic.load(text)
    msgspec_doc = _models_msgspec.load(text)
    dumpers: dict[str, Callable[[], object]] = {
        DUMPS: lambda: serialization.dumps(dataset),
        FLOOR: lambda: _handwritten.dump(dataset),
        PYDANTIC: lambda: _models_pydantic.dump(pydantic_doc),
        MSGSPEC: lambda: _models_msgspec.dump(msgspec_doc),
    }
    dump_times = _median_times(dumpers, args.repeat)
    table = _Table("dumps: objects -> JSON text", total, False)
    for name, seconds in dump_times.items():
        table.row(name, seconds, dump_times[FLOOR])

    _jsonl(dataset, args.repeat, memory)

    gc_off = _gc_effect(loaders, times, args.repeat, total)

    print()
    _target("loads, as users run it, at most 0.5x pydantic's time", times, LOADS, PYDANTIC, 0.5)
    _target("loads, as users run it, at most 1.5x msgspec's time", times, LOADS, MSGSPEC, 1.5)
    _target("loads, gc off for all, at most 1.0x pydantic's time", gc_off, LOADS, PYDANTIC, 1.0)
    _target("dumps at most 1.0x pydantic's time", dump_times, DUMPS, PYDANTIC, 1.0)
    _target("loads within 1.5x of the hand-written floor", times, LOADS, FLOOR, 1.5)

    if args.profile:
        _profile(text, args.top)
    if args.profile_dumps:
        _profile_dumps(dataset, args.top)


if __name__ == "__main__":
    main()
