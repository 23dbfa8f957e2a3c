"""Smoke tests of the benchmark scripts: they run, and print every row they promise.

Timings are not asserted (a benchmark is not a timed test); the scripts are
run on tiny inputs so that a change to the library that breaks them is seen
here rather than the next time someone measures.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"

LOAD_ROWS = (
    "mineralpact.loads",
    "hand-written floor",
    "pydantic v2 (strict models)",
    "msgspec (strict Structs)",
    "(json.loads alone: parsing, no checks)",
    "(Dataset(records) alone: dataset checks)",
)
DUMP_ROWS = ("mineralpact.dumps",)


def _run(script: str, *args: str) -> str:
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), *args],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def _rows(output: str, section: str) -> dict[str, list[str]]:
    """The rows of one table of the output, by name, each as its numeric columns."""
    lines = output.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(section))
    rows: dict[str, list[str]] = {}
    for line in lines[start + 1 :]:
        if not line.startswith("  "):
            break
        # Names may hold single spaces; columns are separated by runs of spaces.
        name, *columns = (part.strip() for part in line.strip().split("  ") if part.strip())
        rows[name] = columns
    return rows


def _number(text: str) -> float:
    return float(text.rstrip("x").replace(",", ""))


def test_serialization_benchmark_prints_every_row() -> None:
    pytest.importorskip("pydantic")
    pytest.importorskip("msgspec")
    output = _run("serialization.py", "--records", "200", "--repeat", "1")

    assert "200 figures and events" in output
    loads = _rows(output, "loads: JSON text -> validated objects")
    assert set(LOAD_ROWS) <= set(loads)
    for name in LOAD_ROWS:
        seconds, rate, ratio, *peak = loads[name]
        assert _number(seconds) > 0
        assert _number(rate) > 0
        assert _number(ratio) > 0
        if not name.startswith("("):
            assert _number(peak[0]) > 0, f"{name} has no peak memory per record"
    assert _number(loads["hand-written floor"][2]) == 1.0

    dumps = _rows(output, "dumps: objects -> JSON text")
    assert {*DUMP_ROWS, "hand-written floor", "pydantic v2 (strict models)"} <= set(dumps)

    gc_rows = _rows(output, "loads with the garbage collector off")
    assert {f"{name}, gc off" for name in LOAD_ROWS[:4]} <= set(gc_rows)
    assert "mineralpact.loads, gc left on" in gc_rows
    assert "mineralpact.loads turns gc off itself" in output

    lines = _rows(output, "JSON Lines: one record a line")
    assert {"mineralpact.iter_lines (records, no Dataset)", "mineralpact.dump_lines"} <= set(lines)
    targets = [line for line in output.splitlines() if line.startswith("target: ")]
    assert [line.split(": ")[1] for line in targets] == [
        "loads, as users run it, at most 0.5x pydantic's time",
        "loads, as users run it, at most 1.5x msgspec's time",
        "loads, gc off for all, at most 1.0x pydantic's time",
        "dumps at most 1.0x pydantic's time",
        "loads within 1.5x of the hand-written floor",
    ]
    assert all(line.endswith((", met", ", NOT met")) for line in targets)


def test_serialization_benchmark_profiles_loads() -> None:
    pytest.importorskip("pydantic")
    pytest.importorskip("msgspec")
    output = _run(
        "serialization.py", "--records", "40", "--repeat", "1", "--no-memory", "--profile"
    )
    assert "cProfile of one mineralpact.loads" in output
    assert "peak KiB/rec" not in output
    assert "ncalls" in output


def test_import_time_benchmark_prints_every_case() -> None:
    output = _run("import_time.py", "--runs", "1")
    for case in ("import mineralpact", "import attrs, cattrs", "import pint"):
        assert f"\n{case} " in output


def test_hostile_benchmark_prints_every_case_and_the_worst_ratio() -> None:
    output = _run("hostile.py", "--sizes", "0.01")
    for case in ("records of 1", "deep values", "long strings", "many keys", "unknown fields"):
        assert f"\n{case} " in output
    assert "worst peak memory: " in output


def test_queries_benchmark_prints_times_and_growth() -> None:
    output = _run("queries.py", "--sizes", "100,1000,10000", "--max", "1000", "--repeat", "1")
    times = _rows(output, "times by number of figures")
    for name in ("(a dict of them by id)", "load: Dataset(records)", "index: first query's build"):
        assert len(times[name]) == 2
    assert len(times["query: 1 country+mineral+year"]) == 2
    growth = _rows(output, "growth per 10x step")
    assert {"(dict, no target)", "load", "index", "query"} <= set(growth)
    assert _number(growth["load"][0]) > 0
