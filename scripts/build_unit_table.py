"""Build the table of pint's units that spares a process building pint's registry.

``src/mineralpact/data/units.tsv`` holds pint's prefixes, suffixes, unit
names and exact factors (see :mod:`mineralpact._unit_table`), generated from
the package's registry with the installed pint. Run it after upgrading pint
or changing the package's unit definitions::

    python scripts/build_unit_table.py          # write the file
    python scripts/build_unit_table.py --check  # exit 1 if it is out of date
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mineralpact._atomic import atomic_write
from mineralpact._unit_table import build_table
from mineralpact._units import DEFINITIONS, registry

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "mineralpact" / "data" / "units.tsv"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is out of date")
    args = parser.parse_args(argv)
    # A fresh registry, not the shared one: what was read before must not matter.
    text = build_table(registry.__wrapped__(), DEFINITIONS)
    if args.check:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET.relative_to(ROOT)} is out of date: run {Path(__file__).name}")
            return 1
        return 0
    with atomic_write(TARGET) as file:
        file.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
