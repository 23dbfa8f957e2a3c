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
