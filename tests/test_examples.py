"""The example scripts run as a user runs them, and print what they promise."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _run(name: str) -> str:
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / name)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def test_quickstart_resolves_the_reports_dates_and_shows_figures() -> None:
    out = _run("quickstart.py")
    lines = [line.split() for line in out.splitlines()]
    resolved = {line[0] for line in lines if line}
    assert {"2023-01-26", "2022-05", "2025-03-12", "../2025-11", "2025-11", "2025-01-12"} <= (
        resolved
    )
    assert "3110 t = 3.11 kt of molybdenum, 1.2 % of the world's 256 kt" in out
    assert "35 types covering 56 elements" in out
