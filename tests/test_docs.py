"""The examples in the documentation run, and print what the pages say they print.

Every fenced code block in ``docs/**/*.md`` that holds ``>>>`` examples is run
with :mod:`doctest`, one test per page: the examples of one page run in order
and share one namespace, as a reader typing them in one session would.
"""

from __future__ import annotations

import doctest
import importlib.util
import logging
import re
from pathlib import Path
from types import ModuleType
from typing import Any

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


_HEADING = re.compile(r"^#{1,6} +(?P<title>.+?) *#*$")


def sections(text: str) -> list[tuple[int, str]]:
    """The headings of Markdown ``text`` outside code blocks: (line number from 0, title)."""
    inside: set[int] = set()
    for start, _info, body in code_blocks(text):
        inside.update(range(start - 1, start + body.count("\n") + 2))
    return [
        (number, heading["title"])
        for number, line in enumerate(text.split("\n"))
        if number not in inside and (heading := _HEADING.match(line))
    ]


def section_at(text: str, line: int) -> str | None:
    """The title of the heading that the line numbered ``line`` (from 0) falls under."""
    titles = [title for number, title in sections(text) if number < line]
    return titles[-1] if titles else None


def page_test(
    page: Path, name: str | None = None, leave_out: frozenset[str] = frozenset()
) -> doctest.DocTest:
    """All the examples of one page, as one doctest with line numbers into the page.

    The examples under a heading whose title is in ``leave_out`` are left out.
    """
    parser = doctest.DocTestParser()
    name = name or page.relative_to(DOCS).as_posix()
    examples: list[doctest.Example] = []
    text = page.read_text(encoding="utf-8")
    for start, _info, body in code_blocks(text):
        if not has_examples(body) or section_at(text, start) in leave_out:
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

#: Sections of pages whose examples use optional extras, and the modules they
#: need; where one is missing the page's other examples run without them, as a
#: reader without the extra skips that section. (The later sections of the page
#: must not build on these.)
_EXTRA_SECTIONS = {
    "tutorial.md": {
        "Draw the timeline and the figures": ("matplotlib",),
        "Query the data as tables": ("pyarrow", "duckdb"),
    },
}


def _missing_sections(name: str) -> frozenset[str]:
    """The sections of the page ``name`` whose modules are not installed."""
    return frozenset(
        title
        for title, modules in _EXTRA_SECTIONS.get(name, {}).items()
        if any(importlib.util.find_spec(module) is None for module in modules)
    )


@pytest.mark.parametrize("page", PAGES, ids=[p.relative_to(DOCS).as_posix() for p in PAGES])
def test_examples_on_the_page_run(
    page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A page about an extra's module runs where the extra is installed (CI's
    # main run installs every extra), as that module's own tests do.
    name = page.relative_to(DOCS).as_posix()
    needs = _EXTRA_PAGES.get(name)
    if needs is not None:
        pytest.importorskip(needs, reason=f"the page's examples need {needs}")
    # Examples that write files write them in a fresh directory.
    monkeypatch.chdir(tmp_path)
    test = page_test(page, leave_out=_missing_sections(name))
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


@pytest.mark.parametrize(
    ("name", "title"),
    [(name, title) for name, titles in _EXTRA_SECTIONS.items() for title in titles],
)
def test_sections_that_need_an_extra_are_found(name: str, title: str) -> None:
    # A renamed heading would make its examples run where the extra is missing.
    page = DOCS / name
    everything = page_test(page)
    without = page_test(page, leave_out=frozenset({title}))
    assert len(without.examples) < len(everything.examples), title


def test_sections_are_found_outside_code_blocks(tmp_path: Path) -> None:
    text = (
        "# Page\n\n```console\n# not a heading\n```\n\n```pycon\n>>> 1\n1\n```\n\n"
        "## Two\n\n```pycon\n>>> 2\n2\n```\n"
    )
    assert sections(text) == [(0, "Page"), (11, "Two")]
    assert [section_at(text, start) for start, _, _ in code_blocks(text)] == ["Page"] * 2 + ["Two"]
    assert section_at(text, 0) is None
    page = tmp_path / "page.md"
    page.write_text(text, encoding="utf-8")
    assert [e.source for e in page_test(page, "page.md").examples] == ["1\n", "2\n"]
    left = page_test(page, "page.md", leave_out=frozenset({"Two"}))
    assert [e.source for e in left.examples] == ["1\n"]


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


# --- the site's theme: Material for MkDocs --------------------------------------------


def _site_config() -> Any:
    pytest.importorskip("material", reason="the docs extra installs the theme")
    from mkdocs.config import load_config

    return load_config(str(DOCS.parent / "mkdocs.yml"))


def test_the_site_uses_material_with_copy_buttons_search_and_both_modes() -> None:
    config = _site_config()
    assert config.theme.name == "material"
    assert {"content.code.copy", "navigation.instant", "navigation.sections", "toc.follow"} <= set(
        config.theme["features"]
    )
    # Light and dark modes follow the reader's system, and each has a toggle.
    palettes = config.theme["palette"]
    assert [(p["media"], p["scheme"]) for p in palettes] == [
        ("(prefers-color-scheme: light)", "default"),
        ("(prefers-color-scheme: dark)", "slate"),
    ]
    assert all(p["toggle"]["name"] for p in palettes)
    assert "material/search" in config.plugins
    # Every warning is an error.
    assert config["strict"] is True
    assert config["validation"]["links"]["anchors"] == logging.WARNING


def test_the_pages_render_admonitions_and_highlighted_code() -> None:
    config = _site_config()
    markdown = importlib.import_module("markdown")  # installed with mkdocs; untyped
    md = markdown.Markdown(
        extensions=config.markdown_extensions, extension_configs=config.mdx_configs
    )
    html = md.convert(
        '!!! warning "Beware"\n    Text.\n\n??? note\n    More.\n\n'
        "- A list:\n\n    ```pycon\n    >>> 1 + 1\n    2\n    ```\n"
    )
    assert '<div class="admonition warning">' in html
    assert '<p class="admonition-title">Beware</p>' in html
    assert '<details class="note">' in html
    # The fence inside the list item is highlighted: the prompt apart from the output.
    assert '<div class="language-pycon highlight">' in html
    assert '<span class="gp">&gt;&gt;&gt; </span>' in html
    assert '<span class="go">2</span>' in html
