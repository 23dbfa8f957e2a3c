"""The declared lowest versions of the dependencies are the ones CI tests.

``.ci/run`` installs ``.ci/min-versions.txt`` and runs the suite with it; this
file must pin exactly the floors that ``pyproject.toml`` declares.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
PINS = ROOT / ".ci" / "min-versions.txt"


def _pyproject() -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:
        tomllib = pytest.importorskip("tomli")
    with (ROOT / "pyproject.toml").open("rb") as file:
        data: dict[str, Any] = tomllib.load(file)
    return data


#: The extras that every lane of .ci/run installs (.ci/pytest-on), and so pins at their floors.
PINNED_EXTRAS = ("plot",)
#: The extras that the min-versions lane alone installs, from the pins.
MIN_LANE_EXTRAS = ("arrow", "ftm")


def _floors() -> dict[str, Version]:
    floors: dict[str, Version] = {}
    project = _pyproject()["project"]
    extras = project["optional-dependencies"]
    pinned = (*PINNED_EXTRAS, *MIN_LANE_EXTRAS)
    for text in [*project["dependencies"], *(r for e in pinned for r in extras[e])]:
        requirement = Requirement(text)
        (specifier,) = requirement.specifier  # one ">=" floor each, nothing more
        assert specifier.operator == ">=", text
        floors[canonicalize_name(requirement.name)] = Version(specifier.version)
    return floors


def _pins() -> dict[str, Version]:
    pins: dict[str, Version] = {}
    for line in PINS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        requirement = Requirement(line)
        (specifier,) = requirement.specifier
        assert specifier.operator == "==", line
        pins[canonicalize_name(requirement.name)] = Version(specifier.version)
    return pins


@pytest.mark.skipif(not PINS.exists(), reason="the CI files are not in the installed package")
def test_the_pinned_minimum_versions_are_the_declared_floors() -> None:
    assert _pins() == _floors()


@pytest.mark.skipif(not PINS.exists(), reason="the CI files are not in the installed package")
def test_ci_installs_the_pins() -> None:
    assert ".ci/min-versions.txt" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


@pytest.mark.skipif(not PINS.exists(), reason="the CI files are not in the installed package")
def test_every_lane_installs_the_pinned_extras() -> None:
    lanes = (ROOT / ".ci" / "pytest-on").read_text(encoding="utf-8")
    assert f'-e ".[test,{",".join(PINNED_EXTRAS)}]"' in lanes


@pytest.mark.skipif(not PINS.exists(), reason="the CI files are not in the installed package")
def test_the_min_versions_lane_reads_the_tables_with_duckdb() -> None:
    """Without DuckDB, the tests of the exports would skip at pyarrow's floor."""
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "-r .ci/min-versions.txt duckdb" in run
