"""Print the declared minimum version of every runtime dependency, pinned.

``.ci/run`` installs these (``attrs==23.1 cattrs==24.1 ...``) once and runs
the test suite, so that the floors in ``pyproject.toml`` stay true::

    python scripts/minimum_requirements.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"

# A runtime dependency with its floor: "pycountry>=24.6.1".
_FLOOR = re.compile(r'^\s*"([A-Za-z0-9][A-Za-z0-9._-]*)>=([0-9][^",;\s]*)",?\s*$')


def minimum_requirements(pyproject: str) -> list[str]:
    """The runtime dependencies of ``pyproject`` pinned to their floors.

    Every dependency must declare a floor (``name>=version`` and nothing
    else), or there is no minimum to install.

    >>> minimum_requirements('dependencies = [\\n  "attrs>=23.1",\\n  "pint>=0.23",\\n]\\n')
    ['attrs==23.1', 'pint==0.23']
    """
    block = re.search(r"^dependencies = \[\n(.*?)^\]", pyproject, re.S | re.M)
    if block is None:
        raise ValueError("pyproject.toml declares no dependencies = [...]")
    pins = []
    for line in block.group(1).splitlines():
        if not line.strip():
            continue
        floor = _FLOOR.match(line)
        if floor is None:
            raise ValueError(f"a dependency without a plain floor (name>=version): {line.strip()}")
        pins.append(f"{floor.group(1)}=={floor.group(2)}")
    return pins


def main() -> int:
    print(" ".join(minimum_requirements(PYPROJECT.read_text(encoding="utf-8"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
