"""The README's examples run, and its commands are the ones CI runs."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_readme_examples_run() -> None:
    blocks = re.findall(r"```pycon\n(.*?)```", README, re.S)
    assert blocks
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    globs: dict[str, object] = {}
    for i, block in enumerate(blocks):
        runner.run(parser.get_doctest(block, globs, f"README[{i}]", "README.md", 0))
    result = runner.summarize(verbose=False)
    assert result.failed == 0
    assert result.attempted >= 8


def test_the_ci_runs_the_readmes_test_command() -> None:
    first_screen = README.split("\n## ")[0]
    commands = re.findall(r"^python -m pip install .*$", first_screen, re.M)
    assert len(commands) == 2
    install_and_run, test = commands
    assert "mineralpact timeline" in install_and_run
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test in ci.splitlines()


REPOSITORY = "https://github.com/mineralpact/mineralpact"


def _link_targets(markdown: str) -> list[str]:
    """Every link and image target of ``markdown``: inline, reference-style and HTML."""
    prose = re.sub(r"```.*?```", "", markdown, flags=re.S)  # code is not linked
    return [
        *re.findall(r"\]\(\s*<?([^)\s>]+)", prose),
        *re.findall(r"^\s*\[[^\]]+\]:\s*<?(\S+?)>?\s*$", prose, re.M),
        *re.findall(r"""(?:href|src)\s*=\s*["']([^"']+)["']""", prose),
    ]


def test_the_link_finder_finds_every_kind_of_link() -> None:
    text = '[a](docs/a.md) ![b](img.png "t") [c]: c.md\n<a href="d.html">d</a>\n```\n[e](e)\n```'
    assert _link_targets(text + "\n[c]: c.md\n") == ["docs/a.md", "img.png", "c.md", "d.html"]


def test_every_link_is_absolute_so_that_it_works_on_the_package_index() -> None:
    # The package index shows the README without the repository around it:
    # a relative link there leads nowhere.
    targets = _link_targets(README)
    assert len(targets) >= 5
    relative = [target for target in targets if not target.startswith("https://")]
    assert relative == []


def test_the_links_into_the_repository_name_files_it_holds() -> None:
    inside = [
        target.removeprefix(REPOSITORY)
        for target in _link_targets(README)
        if target.startswith(REPOSITORY + "/")
    ]
    assert inside
    for path in inside:
        if path == "/issues":
            continue
        match = re.fullmatch(r"/(?:blob|tree)/main/([^#?]+)(?:#.*)?", path)
        assert match, path
        assert (ROOT / match.group(1)).exists(), path


def test_the_first_screen_installs_from_a_clone_and_names_the_install_without_one() -> None:
    """A newcomer on a fresh machine runs the first command in the clone; the package index's
    install line is beside it, and the install section shows the extras."""
    first_screen = README.split("\n## ")[0]
    install_and_run = re.findall(r"^python -m pip install .*$", first_screen, re.M)[0]
    assert install_and_run == "python -m pip install . && mineralpact timeline"
    assert "without a clone: python -m pip install mineralpact" in first_screen
    install = README.split("\n## Install\n")[1].split("\n## ")[0]
    assert "python -m pip install mineralpact\n" in install
    assert 'python -m pip install "mineralpact[hypothesis]"' in install
    assert 'python -m pip install "mineralpact[arrow]"' in install


def test_the_readme_links_to_the_compatibility_policy() -> None:
    assert f"{REPOSITORY}/blob/main/docs/explanation/compatibility.md" in README
