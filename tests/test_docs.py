"""The examples in the documentation run, and print what the pages say they print.

Every fenced code block in ``docs/**/*.md`` that holds ``>>>`` examples is run
with :mod:`doctest`, one test per page: the examples of one page run in order
and share one namespace, as a reader typing them in one session would.
"""

from __future__ import annotations

import doctest
import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest

DOCS = Path(__file__).resolve().parent.parent / "docs"
PAGES = sorted(p for p in DOCS.rglob("*.md") if "_ext" not in p.relative_to(DOCS).parts)
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE

_OPENING = re.compile(r"^(?P<indent> *)(?P<fence>```+|~~~+)\s*(?P<info>[^`\s]*)")


def code_blocks(text: str) -> list[tuple[int, str, str]]:
    """The fenced code blocks of Markdown ``text``: (first line's number from 0, info, body)."""
    blocks: list[tuple[int, str, str]] = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        opening = _OPENING.match(lines[i])
        if opening is None:
            i += 1
            continue
        indent, fence = opening["indent"], opening["fence"]
        body: list[str] = []
        start = i + 1
        i += 1
        while i < len(lines) and not lines[i].strip().startswith(fence):
            line = lines[i]
            body.append(line[len(indent) :] if line.startswith(indent) else line.lstrip())
            i += 1
        blocks.append((start, opening["info"], "\n".join(body)))
        i += 1
    return blocks


def has_examples(body: str) -> bool:
    return any(line.lstrip().startswith(">>>") for line in body.split("\n"))


def page_test(page: Path, name: str | None = None) -> doctest.DocTest:
    """All the examples of one page, as one doctest with line numbers into the page."""
    parser = doctest.DocTestParser()
    name = name or page.relative_to(DOCS).as_posix()
    examples: list[doctest.Example] = []
    for start, _info, body in code_blocks(page.read_text(encoding="utf-8")):
        if not has_examples(body):
            continue
        for example in parser.get_examples(body + "\n", name):
            example.lineno += start
            examples.append(example)
    return doctest.DocTest(examples, {"__name__": "__docs__"}, name, str(page), 0, None)


#: Pages whose examples use an optional extra, and the module it installs.
_EXTRA_PAGES = {
    "how-to/draw-charts.md": "matplotlib",
    "how-to/export-to-followthemoney.md": "followthemoney",
}


@pytest.mark.parametrize("page", PAGES, ids=[p.relative_to(DOCS).as_posix() for p in PAGES])
def test_examples_on_the_page_run(
    page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A page about an extra's module runs where the extra is installed (CI's
    # main run installs every extra), as that module's own tests do.
    needs = _EXTRA_PAGES.get(page.relative_to(DOCS).as_posix())
    if needs is not None:
        pytest.importorskip(needs, reason=f"the page's examples need {needs}")
    # Examples that write files write them in a fresh directory.
    monkeypatch.chdir(tmp_path)
    test = page_test(page)
    report: list[str] = []
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    try:
        result = runner.run(test, out=report.append, clear_globs=True)
    finally:
        test.globs.clear()
    if result.failed:
        pytest.fail("".join(report), pytrace=False)


def test_every_page_with_examples_is_found() -> None:
    # Guards the extraction itself: the pages that teach by example have examples.
    for name in ("tutorial.md", "how-to/record-an-agreement.md", "reference/dates.md"):
        assert page_test(DOCS / name).examples, name


def test_examples_are_marked_as_console_sessions() -> None:
    # ``pycon`` highlights prompts and output apart; a ``python`` block would not.
    unmarked = [
        f"{page.relative_to(DOCS)}:{start}"
        for page in PAGES
        for start, info, body in code_blocks(page.read_text(encoding="utf-8"))
        if has_examples(body) and info != "pycon"
    ]
    assert unmarked == []


def test_code_blocks_are_found_with_their_line_numbers() -> None:
    text = "Text\n\n```pycon\n>>> 1 + 1\n2\n```\n\n- item\n\n  ```pycon\n  >>> 2\n  2\n  ```\n"
    assert code_blocks(text) == [(3, "pycon", ">>> 1 + 1\n2"), (10, "pycon", ">>> 2\n2")]


def test_a_wrong_example_fails(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("# Page\n\n```pycon\n>>> x = 1\n>>> x + 1\n3\n```\n", encoding="utf-8")
    test = page_test(page, "page.md")
    report: list[str] = []
    result = doctest.DocTestRunner(optionflags=FLAGS).run(test, out=report.append)
    assert (result.failed, result.attempted) == (1, 2)
    assert "line 5" in "".join(report)


# --- the Griffe extension that renders docstrings for the reference pages ---------------


def _extension() -> ModuleType:
    pytest.importorskip("griffe", reason="the docs extra builds the reference pages")
    path = DOCS / "_ext" / "griffe_docstrings.py"
    spec = importlib.util.spec_from_file_location("griffe_docstrings", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_doctest_examples_in_docstrings_are_fenced() -> None:
    ext = _extension()
    text = "Read it:\n\n>>> parse('x')  # doctest: +ELLIPSIS\n'x'\n\nThen more."
    assert ext.fence_doctests(text) == (
        "Read it:\n\n```pycon\n>>> parse('x')\n'x'\n```\n\nThen more."
    )
    fenced = "```pycon\n>>> 1\n1\n```"
    assert ext.fence_doctests(fenced) == fenced
    assert ext.fence_doctests("    >>> 1\n    1") == "    ```pycon\n    >>> 1\n    1\n    ```"


def test_roles_become_cross_references_or_code() -> None:
    ext = _extension()

    def resolve(kind: str, target: str) -> str | None:
        return None if target == "decimal.Decimal" else f"pkg.{target.rsplit('.', 1)[-1]}"

    assert ext.roles(":class:`~mineralpact.Dataset`", resolve) == "[`Dataset`][pkg.Dataset]"
    assert ext.roles(":meth:`Dataset.get`", resolve) == "[`Dataset.get`][pkg.get]"
    assert ext.roles(":func:`expands <expand>`", resolve) == "[`expands`][pkg.expand]"
    assert ext.roles("a :class:`~decimal.Decimal`.", resolve) == "a `Decimal`."
    assert ext.literal_blocks("Like this::\n\n    code") == "Like this:\n\n    code"
