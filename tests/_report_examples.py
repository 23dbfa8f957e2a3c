"""Checks that every per-report example script must pass.

An example script (``examples/<name>.py``) states what one report says
through the public API: its ``build()`` returns a dataset in which every
record cites the report, every quotation is the report's own words, and
every date given as a phrase is the value ``resolve_date`` gives the phrase
against the report's publication date.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs

from mineralpact import (
    Citation,
    Dataset,
    DateClaim,
    Position,
    Source,
    TemporalValue,
    Tense,
    UnresolvableDateError,
    resolve_date,
)

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
#: The reports' texts, next to the repository; a user's clone has no such folder.
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def load(name: str) -> ModuleType:
    """The example script ``examples/<name>.py``, imported as a module.

    The scripts import their shared helpers as a sibling module, as they do
    when run with ``python examples/<name>.py``.
    """
    if str(EXAMPLES) not in sys.path:
        sys.path.insert(0, str(EXAMPLES))
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def seed_text(prefix: str) -> str | None:
    """The text of the seed report whose file name starts with ``prefix``, if present."""
    if not SEEDS.is_dir():
        return None
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def run(name: str) -> str:
    """Run ``examples/<name>.py`` as a user does; what it prints."""
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / f"{name}.py")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def walk(value: object) -> Iterator[object]:
    """``value`` and every value inside it: attrs fields, tuples and frozensets."""
    yield value
    cls: Any = type(value)
    if attrs.has(cls):
        for field in attrs.fields(cls):
            yield from walk(getattr(value, field.name))
    elif isinstance(value, (tuple, frozenset)):
        for item in value:
            yield from walk(item)


def citations(data: Dataset) -> list[Citation]:
    """Every citation in the dataset: of records, names, date claims."""
    return [item for record in data.records for item in walk(record) if isinstance(item, Citation)]


def date_claims(data: Dataset) -> list[DateClaim]:
    """Every date claim in the dataset."""
    return [item for record in data.records for item in walk(record) if isinstance(item, DateClaim)]


def _resolve(phrase: str, source: Source, tense: Tense) -> TemporalValue | None:
    assert source.published is not None
    try:
        return resolve_date(phrase, source.published, tense=tense).value
    except UnresolvableDateError:
        return None


def resolves_to(phrase: str, source: Source, value: TemporalValue) -> bool:
    """Whether ``phrase``, read in the past or future tense, gives ``value``."""
    return any(_resolve(phrase, source, tense) == value for tense in Tense)


def check_cites_only(data: Dataset, source: Source) -> None:
    """The dataset holds the report, and every other record cites it and it alone."""
    assert data.get(source.id) == source
    for record in data.records:
        if record is source:
            continue
        cited = {c.source for c in getattr(record, "citations", ())}
        assert cited == {source.id}, record.id
    assert {c.source for c in citations(data)} == {source.id}


def check_quotations(data: Dataset, text: str) -> None:
    """Every quotation occurs verbatim in the report, and is a sentence or less."""
    quoted = [c.quotation for c in citations(data) if c.quotation is not None]
    assert quoted
    for quotation in quoted:
        assert quotation in text, quotation
        assert "\n" not in quotation
        # A sentence or less: no full stop followed by another sentence.
        assert ". " not in quotation.rstrip(".").replace("Corp. ", "Corp "), quotation


def check_phrases(data: Dataset, source: Source) -> None:
    """Every phrase is in its quotation, and a date phrase resolves to its claim's value."""
    for citation in citations(data):
        if citation.phrase is not None:
            assert citation.quotation is not None, citation
            assert citation.phrase in citation.quotation, citation
    claims = date_claims(data)
    assert claims
    for claim in claims:
        phrased = [c for c in claim.citations if c.phrase is not None]
        assert phrased, claim
        for citation in phrased:
            assert citation.phrase is not None
            assert resolves_to(citation.phrase, source, claim.value), citation
    for position in data.of_type(Position):
        if position.since is not None:
            for citation in position.citations:
                if citation.phrase is not None:
                    assert resolves_to(citation.phrase, source, position.since), citation
