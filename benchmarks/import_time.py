"""How much does ``import mineralpact`` cost, next to the alternatives?

Each figure is the median over several fresh interpreters of the time the
import statement takes inside that interpreter (interpreter start-up is not
counted), in elapsed time and in the processor time the interpreter used
(which other work on a busy machine changes less). Run it with::

    python benchmarks/import_time.py [--runs N]

The package is measured as installed, compiled to bytecode: an installer
compiles it, and a source checkout does on its first import. Each case runs
once first, unmeasured, with bytecode writing allowed even where
``PYTHONDONTWRITEBYTECODE`` is set, so that no figure counts compiling the
package's sources (which a process that may not write bytecode to a source
checkout pays on every start).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys

CASES = {
    "import mineralpact": "import mineralpact",
    "import attrs, cattrs": "import attrs, cattrs",
    "import pint": "import pint",
    "import pint + UnitRegistry()": "import pint; pint.UnitRegistry()",
    "mineralpact: first unit conversion": (
        "import mineralpact; mineralpact.Quantity.parse('3110 t').to('kt')"
    ),
    # The same, with the shipped unit table turned off: pint's registry is built.
    "  the same, unit table off (pint)": (
        "import os; os.environ['MINERALPACT_UNIT_TABLE'] = 'off'\n"
        "import mineralpact; mineralpact.Quantity.parse('3110 t').to('kt')"
    ),
}

_TEMPLATE = (
    "import time\n"
    "t0, c0 = time.perf_counter(), time.process_time()\n"
    "{stmt}\n"
    "print(time.perf_counter() - t0, time.process_time() - c0)\n"
)


def _measure(stmt: str, runs: int) -> tuple[float, float]:
    """The median elapsed and processor seconds of ``stmt`` in ``runs`` fresh interpreters."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    command = [sys.executable, "-c", _TEMPLATE.format(stmt=stmt)]
    subprocess.run(command, capture_output=True, check=True, env=env)  # writes the bytecode
    elapsed, processor = [], []
    for _ in range(runs):
        out = subprocess.run(command, capture_output=True, text=True, check=True, env=env).stdout
        wall, cpu = out.split()
        elapsed.append(float(wall))
        processor.append(float(cpu))
    return statistics.median(elapsed), statistics.median(processor)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="fresh interpreters per case")
    args = parser.parse_args()
    results = {name: _measure(stmt, args.runs) for name, stmt in CASES.items()}
    base = results["import attrs, cattrs"][0]
    print(f"median of {args.runs} fresh interpreters, Python {sys.version.split()[0]}")
    print(f"{'case':<38} {'ms':>8} {'cpu ms':>8} {'vs attrs+cattrs':>16}")
    for name, (seconds, cpu) in results.items():
        print(f"{name:<38} {seconds * 1000:>8.1f} {cpu * 1000:>8.1f} {seconds / base:>15.2f}x")


if __name__ == "__main__":
    main()
