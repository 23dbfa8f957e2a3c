"""Build the bundled Korea–Mongolia dataset from the per-report examples.

Each script in ``examples/`` states what one report says, through the public
API; this merges them, in a fixed order, into one dataset and writes it to
``src/mineralpact/data/korea_mongolia.json``. Run it after changing an
example::

    python scripts/build_korea_mongolia.py          # write the file
    python scripts/build_korea_mongolia.py --check  # exit 1 if it is out of date
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from mineralpact import Dataset
from mineralpact._atomic import atomic_write
from mineralpact.serialization import dumps

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
TARGET = ROOT / "src" / "mineralpact" / "data" / "korea_mongolia.json"

#: The reports, in the order their statements are merged.
REPORTS = (
    "korea_herald_2023_01_26",
    "korea_net_2025_03_12",
    "korea_times_2025_09_22",
    "asia_review_2025",
    "sedaily_2025_12_15",
    "corroborating_reports",
)


def load_example(name: str) -> ModuleType:
    """Import ``examples/<name>.py`` as a module."""
    if str(EXAMPLES) not in sys.path:
        sys.path.insert(0, str(EXAMPLES))
    spec = importlib.util.spec_from_file_location(f"examples.{name}", EXAMPLES / f"{name}.py")
    if spec is None or spec.loader is None:  # pragma: no cover - the files are in the repo
        raise FileNotFoundError(EXAMPLES / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build() -> Dataset:
    """Every report's statements, merged."""
    merged: Dataset | None = None
    for name in REPORTS:
        data: Dataset = load_example(name).build()
        merged = data if merged is None else merged.merge(data)
    assert merged is not None
    return merged


def render() -> str:
    """The data file's text."""
    return dumps(build(), indent=1) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is out of date")
    args = parser.parse_args()
    text = render()
    if args.check:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET} is out of date: run python scripts/build_korea_mongolia.py")
            return 1
        print(f"{TARGET} is up to date")
        return 0
    with atomic_write(TARGET) as out:
        out.write(text)
    print(f"wrote {TARGET} ({len(build())} records)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
