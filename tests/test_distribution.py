"""What the package index shows: the metadata, the README as the description,
and the CI step that builds the distributions and checks that they render."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
CI = ROOT / ".ci" / "run"
REPOSITORY = "https://github.com/mineralpact/mineralpact"


def _project() -> dict[str, Any]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:
        tomllib = pytest.importorskip("tomli")
    with (ROOT / "pyproject.toml").open("rb") as file:
        project: dict[str, Any] = tomllib.load(file)["project"]
    return project


def test_the_metadata_links_to_the_documentation_and_the_repository() -> None:
    urls = _project()["urls"]
    assert set(urls) >= {"Homepage", "Documentation", "Source", "Changelog", "Issues"}
    assert all(url.startswith(REPOSITORY) for url in urls.values()), urls
    for url in urls.values():
        # a file of the repository that the link names must be there
        match = re.fullmatch(re.escape(REPOSITORY) + r"/(?:blob|tree)/main/(.+)", url)
        if match:
            assert (ROOT / match.group(1)).exists(), url


def test_the_readme_is_the_description_as_markdown() -> None:
    # Without a content type the index would read the README as
    # reStructuredText, and twine check would fail.
    assert _project()["readme"] == {"file": "README.md", "content-type": "text/markdown"}


def test_the_hypothesis_extra_has_the_floor_the_tests_use() -> None:
    extras = _project()["optional-dependencies"]

    def floor(extra: str) -> str:
        (requirement,) = [
            Requirement(text) for text in extras[extra] if Requirement(text).name == "hypothesis"
        ]
        return str(requirement.specifier)

    assert floor("hypothesis") == floor("test") == ">=6.100"


@pytest.mark.skipif(not CI.exists(), reason="the CI files are not in the installed package")
def test_ci_builds_the_distributions_and_checks_that_they_render() -> None:
    lines = [line.strip() for line in CI.read_text(encoding="utf-8").splitlines()]
    install = next(
        line for line in lines if line.startswith('python -m pip install --quiet -e ".[')
    )
    assert install.split()[-2:] == ["build", "twine"]
    # into a temporary directory, not the tree
    assert "dist=$(mktemp -d)" in lines
    assert 'python -m build --outdir "$dist" .' in lines
    assert 'twine check --strict "$dist"/*' in lines
