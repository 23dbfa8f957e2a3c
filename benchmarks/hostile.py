"""What does reading a hostile document cost, per byte of it?

Each case is a document made to be expensive to refuse: many small bad
records, deep values, long strings, many keys in one object, many unknown
fields. For each size the script reads it with ``mineralpact.loads`` and
prints the seconds and the peak memory (traced by :mod:`tracemalloc`, the
document's own text not counted) per input byte, then the worst ratio.
The target: peak memory at most 10 times the document's size, and time
linear in it. Run it with::

    python benchmarks/hostile.py [--sizes 0.5,1,2,4]

(sizes in MB; every case runs in a fresh interpreter).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys

HEAD = '{"format":"mineralpact","version":"1.1","records":['
SOURCE = '{"type":"source","id":"src:a","title":"A","kind":"dataset"'


def _repeat(item: str, size: int, head: str = HEAD, tail: str = "]}") -> str:
    count = max(1, (size - len(head) - len(tail)) // (len(item) + 1))
    return head + ",".join([item] * count) + tail


def make(case: str, size: int) -> str:
    """A hostile document of about ``size`` bytes."""
    if case == "records of 1":
        return _repeat("1", size)
    if case == "empty objects":
        return _repeat("{}", size)
    if case == "records of bad values":
        return _repeat('{"type":"source","id":1,"title":2,"kind":3}', size)
    if case == "deep values":
        depth = 200
        return _repeat("[" * depth + "]" * depth, size)
    if case == "long strings":
        return _repeat(json.dumps("x" * 20_000), size)
    if case == "many keys":
        keys = (f'"k{i}":{{}}' for i in range(size // 8))
        return HEAD + SOURCE + "," + ",".join(keys) + "}]}"
    if case == "unknown fields":
        return _repeat(SOURCE + ',"extra":1}', size)
    if case == "short strings":
        return _repeat('"ab"', size)
    if case == "unique keys":
        keys = (f'"k{i}":"ab"' for i in range(size // 10))
        return HEAD + SOURCE + "," + ",".join(keys) + "}]}"
    if case == "unique keys, nested":
        keys = (f'{{"k{i}":"ab","j{i}":"ab"}}' for i in range(size // 24))
        return HEAD + SOURCE + ',"authors":[' + ",".join(keys) + "]}]}"
    if case == "unique unknown fields":
        records = (SOURCE + f',"x{i}":1}}' for i in range(size // 66))
        return HEAD + ",".join(records) + "]}"
    raise ValueError(case)


CASES = (
    "records of 1",
    "empty objects",
    "records of bad values",
    "deep values",
    "long strings",
    "many keys",
    "unknown fields",
    "short strings",
    "unique keys",
    "unique keys, nested",
    "unique unknown fields",
)

_CHILD = """
import sys, time, tracemalloc
sys.path.insert(0, {here!r})
from hostile import make
import mineralpact
text = make({case!r}, {size})
def read():
    try:
        mineralpact.loads(text)
    except mineralpact.InvalidDocumentError:
        pass
read()  # warm the caches (unit registry, hooks) out of the figures
start = time.perf_counter()
read()
seconds = time.perf_counter() - start
tracemalloc.start()
read()
peak = tracemalloc.get_traced_memory()[1]
print(len(text.encode()), seconds, peak)
"""


def measure(case: str, size: int) -> tuple[int, float, int]:
    here = str(__import__("pathlib").Path(__file__).resolve().parent)
    out = subprocess.run(
        [sys.executable, "-c", _CHILD.format(here=here, case=case, size=size)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return int(out[0]), float(out[1]), int(out[2])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="0.5,1,2,4", help="sizes in MB, comma-separated")
    args = parser.parse_args()
    sizes = [int(float(s) * 2**20) for s in args.sizes.split(",")]
    print(f"{'case':<24}{'bytes':>12}{'seconds':>10}{'µs/KB':>10}{'peak/byte':>11}")
    worst = (0.0, "")
    for case in CASES:
        for size in sizes:
            length, seconds, peak = measure(case, size)
            ratio = peak / length
            per_kb = seconds / length * 1024 * 1e6
            print(f"{case:<24}{length:>12,}{seconds:>10.3f}{per_kb:>10.1f}{ratio:>10.1f}x")
            worst = max(worst, (ratio, f"{case}, {length:,} bytes"))
    print(f"worst peak memory: {worst[0]:.1f}x the document's size ({worst[1]})")


if __name__ == "__main__":
    main()
