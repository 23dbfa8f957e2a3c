"""Checks that every per-report example script must pass.

An example script (``examples/<name>.py``) states what one report says
through the public API: its ``build()`` returns a dataset in which every
record cites the report, every quotation is the report's own words, and
every date given as a phrase is the value ``resolve_date`` gives the phrase
against the report's publication date.

A test module names its script in a :class:`Report`, takes its ``data`` and
``source`` fixtures from :func:`report_fixtures`, and runs the shared checks
by subclassing :class:`ReportChecks` (or :class:`QuotedReportChecks`, for a
script that quotes its report)::

    REPORT = Report("korea_herald_2023_01_26", seed="000", abbreviations=("Corp.",))
    data, source = report_fixtures(REPORT)


    class TestReport(QuotedReportChecks):
        report = REPORT

Its own tests then check the facts that only its report states.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import io
import runpy
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any, ClassVar

import attrs
import pytest

from mineralpact import (
    Citation,
    Dataset,
    DateClaim,
    Organisation,
    Person,
    Position,
    Record,
    Source,
    TemporalValue,
    Tense,
    UnresolvableDateError,
    resolve_date,
)

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
#: The reports' texts, next to the repository; a user's clone has no such folder.
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@functools.cache
def load(name: str) -> ModuleType:
    """The example script ``examples/<name>.py``, imported as a module (once).

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


def build(name: str) -> Dataset:
    """What the example script ``examples/<name>.py`` states."""
    built = load(name).build()
    assert isinstance(built, Dataset)
    return built


def seed_text(prefix: str) -> str | None:
    """The text of the seed report whose file name starts with ``prefix``, if present."""
    if not SEEDS.is_dir():
        return None
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


@functools.cache
def run(name: str) -> str:
    """Run ``examples/<name>.py`` as ``python examples/<name>.py`` does (once); what it prints.

    In this process, as ``__main__``, with its own output streams: starting an
    interpreter for each script would cost more than the script. A warning
    fails the run (the suite's warnings are errors), and so does a word on
    standard error. ``tests/test_korea_mongolia.py`` runs one script in a
    fresh interpreter, as a smoke test of that way.
    """
    if str(EXAMPLES) not in sys.path:
        sys.path.insert(0, str(EXAMPLES))
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        runpy.run_path(str(EXAMPLES / f"{name}.py"), run_name="__main__")
    assert err.getvalue() == ""
    return out.getvalue()


def get(data: Dataset, record_id: str, cls: type[Any]) -> Any:
    """The record ``record_id`` of ``data``, which must be a ``cls``."""
    record = data.get(record_id)
    assert isinstance(record, cls), record
    return record


def held(
    data: Dataset, position_id: str, *, person_id: str, organisation_id: str, title: str
) -> Position:
    """The post ``position_id``: ``person_id`` holds it, as ``title``, at ``organisation_id``.

    The person and the organisation are in the dataset too.
    """
    position: Position = get(data, position_id, Position)
    assert (position.person, position.organisation, position.title) == (
        person_id,
        organisation_id,
        title,
    )
    get(data, person_id, Person)
    get(data, organisation_id, Organisation)
    return position


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


def facts(data: Dataset) -> list[Record]:
    """The dataset's records other than the reports themselves."""
    return [record for record in data.records if not isinstance(record, Source)]


def citations_in(value: object) -> list[Citation]:
    """Every citation anywhere in ``value``: in records, names, claims, nested."""
    return [item for item in walk(value) if isinstance(item, Citation)]


def citations(data: Dataset) -> list[Citation]:
    """Every citation in the dataset: of records, names, date claims."""
    return citations_in(data.records)


def date_claims(data: Dataset) -> list[DateClaim]:
    """Every date claim in the dataset."""
    return [item for item in walk(data.records) if isinstance(item, DateClaim)]


def sources_of(claim: DateClaim) -> set[str]:
    """The ids of the sources that a date claim cites."""
    return {c.source for c in claim.citations}


def resolved(phrase: str, reference: TemporalValue, tense: Tense) -> TemporalValue | None:
    """What ``phrase`` means against ``reference`` in ``tense``, or None if unresolvable."""
    try:
        return resolve_date(phrase, reference, tense=tense).value
    except UnresolvableDateError:
        return None


def resolves_to(phrase: str, source: Source, value: TemporalValue) -> bool:
    """Whether ``phrase``, read in the past or future tense, gives ``value``."""
    assert source.published is not None
    return any(resolved(phrase, source.published, tense) == value for tense in Tense)


@attrs.frozen
class Report:
    """An example script, and what the shared checks need to know of it."""

    #: The script is ``examples/<name>.py``.
    name: str
    #: The prefix of its report's file among the seed texts; None when the
    #: script quotes nothing (its reports' texts are not reproduced).
    seed: str | None = None
    #: The abbreviations its report writes with a full stop inside a sentence.
    abbreviations: tuple[str, ...] = ()
    #: The most characters a quotation may have.
    longest: int = 400
    #: Whether a date may also cite sentences that support it without a phrase.
    supported_dates: bool = False

    def build(self) -> Dataset:
        """What the script states."""
        return build(self.name)

    def sources(self) -> tuple[Source, ...]:
        """The reports the script states facts of: its ``SOURCES``, or its one ``SOURCE``."""
        module = load(self.name)
        stated = getattr(module, "SOURCES", None) or (module.SOURCE,)
        assert all(isinstance(source, Source) for source in stated)
        return tuple(stated)

    def source(self) -> Source:
        """The one report the script states facts of."""
        (source,) = self.sources()
        return source

    def text(self) -> str:
        """The report's text; the test is skipped where the seed texts are not at hand."""
        text = seed_text(self.seed) if self.seed is not None else None
        if text is None:
            pytest.skip("the seed texts are not next to this clone")
        return text

    def run(self) -> str:
        """What the script prints when run as a user runs it."""
        return run(self.name)


def report_fixtures(report: Report) -> tuple[object, object]:
    """The module-scoped ``data`` and ``source`` fixtures of ``report``'s test module.

    Assign them in the module, under those names: ``data, source = report_fixtures(REPORT)``.
    """

    @pytest.fixture(scope="module", name="data")
    def data() -> Dataset:
        return report.build()

    @pytest.fixture(scope="module", name="source")
    def source() -> Source:
        return report.source()

    return data, source


def _cited(record: Record) -> tuple[Citation, ...]:
    cited: tuple[Citation, ...] = getattr(record, "citations", ())
    return cited


class ReportChecks:
    """The checks every per-report example script passes.

    A test module subclasses it, as ``TestReport``, with its :class:`Report`.
    """

    report: ClassVar[Report]

    def test_the_dataset_holds_its_reports_and_every_record_cites_them(self, data: Dataset) -> None:
        sources = self.report.sources()
        assert set(data.of_type(Source)) == set(sources)
        ids = {source.id for source in sources}
        for record in data.records:
            if isinstance(record, Source):
                continue
            assert _cited(record), record.id
            assert {c.source for c in citations_in(record)} <= ids, record.id
        assert {c.source for c in citations(data)} == ids

    def test_every_phrase_is_in_its_quotation(self, data: Dataset) -> None:
        for citation in citations(data):
            if citation.phrase is not None:
                assert citation.quotation is not None, citation
                assert citation.phrase in citation.quotation, citation

    def test_every_date_phrase_resolves_to_its_claims_value(self, data: Dataset) -> None:
        """Against the publication date of the report that writes it."""
        claims = date_claims(data)
        assert claims
        dated = [(c, claim.value) for claim in claims for c in claim.citations]
        for position in data.of_type(Position):
            if position.since is not None:
                dated += [(c, position.since) for c in position.citations]
        for citation, value in dated:
            if citation.phrase is not None:
                source = data.get(citation.source)
                assert isinstance(source, Source)
                assert resolves_to(citation.phrase, source, value), citation

    def test_the_report_alone_has_no_disagreement_and_no_warning(self, data: Dataset) -> None:
        assert data.disagreements() == ()
        assert data.warnings == ()

    def test_the_script_runs_and_prints_every_record(self, data: Dataset) -> None:
        out = self.report.run()
        for record in data.records:
            assert record.id in out, record.id


class QuotedReportChecks(ReportChecks):
    """The checks every example script that quotes its report passes, besides the others."""

    def test_every_citation_quotes_a_sentence_or_less(self, data: Dataset) -> None:
        quoted = citations(data)
        assert quoted
        for citation in quoted:
            quotation = citation.quotation
            assert quotation is not None, citation
            assert 10 < len(quotation) <= self.report.longest, quotation
            assert "\n" not in quotation
            # A sentence or less: no full stop followed by more text.
            for abbreviation in self.report.abbreviations:
                quotation = quotation.replace(f"{abbreviation} ", "")
            assert ". " not in quotation, citation.quotation

    def test_every_quotation_is_the_reports_own_words(self, data: Dataset) -> None:
        text = self.report.text()
        for citation in citations(data):
            assert citation.quotation is not None
            assert citation.quotation in text, citation.quotation

    def test_every_date_is_given_by_a_phrase(self, data: Dataset) -> None:
        """Each date cites the phrase it comes from; only the sentences that support it may not."""
        for claim in date_claims(data):
            phrased = [c for c in claim.citations if c.phrase is not None]
            assert phrased, claim
            if not self.report.supported_dates:
                assert phrased == list(claim.citations), claim
