"""The example scripts run as a user runs them, and print what they promise."""

from __future__ import annotations

from _report_examples import run


def test_quickstart_resolves_the_reports_dates_and_shows_figures() -> None:
    out = run("quickstart")
    lines = [line.split() for line in out.splitlines()]
    resolved = {line[0] for line in lines if line}
    assert {"2023-01-26", "2022-05", "2025-03-12", "../2025-11", "2025-11"} <= resolved
    # Read against the Seoul Economic Daily's uncertain date, uncertain too.
    assert {"2025-01-12?", "2026?"} <= resolved
    assert "2025-01-12" not in resolved
    assert "rare earths:  about 16% of global rare earth reserves" in out
    assert "3110 t = 3.11 kt of molybdenum, 1.2 % of the world's 256 kt" in out
    assert "35 types covering 56 elements" in out
